"""Session summaries from coded turns: MITI 4.2.1 summary scores and CBT active ingredients.

MITI 4.2.1 (CLINICAL.md): reflection-to-question ratio fair ≥ 1:1, good ≥ 2:1; complex reflections
among all reflections fair ≥ 40 %, good ≥ 50 %. The share of open questions and the therapist's
share of the talk are reported without a rating (MITI 4.2.1 sets no threshold for them). The
relational and technical globals need a rater's judgement of the whole session and are not
estimated here.

CBT active ingredients are counted by a transparent cue lexicon over therapist turns (English and
Dutch): agenda setting, homework set, homework reviewed, change methods (thought records,
behavioural experiments, exposure, activity scheduling, ...). Each count lists the turns that
matched, so a supervisor can check every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CBT_CUES", "MITI_THRESHOLDS", "CodedTurn", "SessionSummary", "rate", "summarise_session"]

MITI_THRESHOLDS = {  # score: (fair, good)
    "reflection_to_question": (1.0, 2.0),
    "complex_reflection_share": (0.40, 0.50),
}

CBT_CUES = {
    "agenda_setting": (
        r"\bagenda\b|\bwhat (?:would you like|do you want|shall we) (?:to )?(?:focus on|cover|talk about) today",
        r"\bplan for (?:today|this session)\b|\bwaar (?:wil je|zullen we) (?:het )?(?:vandaag|deze sessie)",
        r"\bwat (?:wil je|zullen we) vandaag (?:bespreken|doen)",
    ),
    "homework_set": (
        r"\b(?:homework|huiswerk)\b(?! (?:from|of|van) last)",
        r"\b(?:before|until|between now and) (?:next|our next) (?:week|session|time)\b",
        r"\b(?:this|over the next) week,? (?:could|would|will|can) you\b",
        r"\b(?:tot|voor) (?:de )?volgende (?:keer|sessie|week)",
    ),
    "homework_reviewed": (
        r"\bhow did (?:the|your)(?: \w+){0,2}? (?:homework|exercise|diary|record|experiment|practi[cs]e|plan) go",
        r"\blast (?:week|time|session) (?:you|we) (?:agreed|planned|said you would|tried)",
        r"\bdid you (?:get a chance|manage) to (?:try|do|practi[sc]e|fill)",
        r"\bhoe ging (?:het|de|je) (?:huiswerk|oefening|opdracht|dagboek)|\bvorige (?:week|keer) (?:heb je|hebben we)",
    ),
    "change_methods": (
        r"\bthought (?:record|diary)\b|\bevidence (?:for|against)\b|\balternative (?:thought|explanation)",
        r"\bbehaviou?ral (?:experiment|activation)\b|\bexposure\b|\bactivity (?:schedule|scheduling|plan)",
        r"\bproblem[- ]solving\b|\bcognitive restructuring\b|\bthinking (?:trap|error)s?\b",
        r"\bgedachte(?:n)?schema\b|\bbewijs (?:voor|tegen)\b|\bgedragsexperiment\b",
        r"\bblootstelling\b|\bactiviteitenplan",
    ),
}
_CBT_RE = {name: [re.compile(p, re.IGNORECASE) for p in patterns] for name, patterns in CBT_CUES.items()}
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class CodedTurn:
    speaker: str  # "therapist" | "client"
    text: str
    code: str  # an MI code of tutor.service.mi


@dataclass(slots=True)
class SessionSummary:
    counts: dict[str, int]
    reflection_to_question: float | None  # None when there are no questions
    complex_reflection_share: float | None  # None when there are no reflections
    open_question_share: float | None
    therapist_talk_share: float | None  # share of the words spoken by the therapist
    change_talk_share: float | None  # change / (change + sustain)
    ratings: dict[str, str]  # score → "good" | "fair" | "below fair" | "n/a"
    cbt: dict[str, list[int]] = field(default_factory=dict)  # ingredient → indices of turns

    def to_dict(self) -> dict:
        return {
            "counts": self.counts,
            "reflection_to_question": self.reflection_to_question,
            "complex_reflection_share": self.complex_reflection_share,
            "open_question_share": self.open_question_share,
            "therapist_talk_share": self.therapist_talk_share,
            "change_talk_share": self.change_talk_share,
            "ratings": self.ratings,
            "cbt": {name: {"count": len(turns), "turns": turns} for name, turns in self.cbt.items()},
        }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def rate(score: str, value: float | None) -> str:
    """The MITI 4.2.1 band of a summary score: "good", "fair", "below fair" or "n/a"."""
    if value is None:
        return "n/a"
    fair, good = MITI_THRESHOLDS[score]
    return "good" if value >= good else "fair" if value >= fair else "below fair"


def cbt_ingredients(turns: list[CodedTurn]) -> dict[str, list[int]]:
    """Indices of the therapist turns that match each ingredient's cues."""
    out: dict[str, list[int]] = {name: [] for name in CBT_CUES}
    for i, turn in enumerate(turns):
        if turn.speaker != "therapist":
            continue
        for name, patterns in _CBT_RE.items():
            if any(p.search(turn.text) for p in patterns):
                out[name].append(i)
    return out


def summarise_session(turns: list[CodedTurn]) -> SessionSummary:
    """MITI summary scores, talk shares and CBT ingredient counts of one coded session."""
    counts: dict[str, int] = {}
    for turn in turns:
        counts[turn.code] = counts.get(turn.code, 0) + 1
    simple, complex_ = counts.get("simple_reflection", 0), counts.get("complex_reflection", 0)
    open_q, closed_q = counts.get("open_question", 0), counts.get("closed_question", 0)
    reflections, questions = simple + complex_, open_q + closed_q
    words = {"therapist": 0, "client": 0}
    for turn in turns:
        words[turn.speaker] = words.get(turn.speaker, 0) + len(_WORD.findall(turn.text))
    ratio = _share(reflections, questions)
    complex_share = _share(complex_, reflections)
    change, sustain = counts.get("change", 0), counts.get("sustain", 0)
    return SessionSummary(
        counts=counts,
        reflection_to_question=ratio,
        complex_reflection_share=complex_share,
        open_question_share=_share(open_q, questions),
        therapist_talk_share=_share(words["therapist"], words["therapist"] + words["client"]),
        change_talk_share=_share(change, change + sustain),
        ratings={
            "reflection_to_question": rate("reflection_to_question", ratio),
            "complex_reflection_share": rate("complex_reflection_share", complex_share),
        },
        cbt=cbt_ingredients(turns),
    )
