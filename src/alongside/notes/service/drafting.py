"""Drafting a note from a transcript: the strategy seam and the embedded extractive drafter.

A ``Drafter`` turns a ``DraftRequest`` (the transcript's lines with their speaker's role and
screening level, and the between-session data as ready-made sentences with their sources) into a
``Draft``: sections of sentences, each sentence with references ``line:<n>`` or ``data:<key>``.

- ``ExtractiveDrafter`` (the default, no model): sentences are picked from the transcript verbatim
  and placed by transparent rules (``lexicon.CUES``), and the data sentences go to their section. By
  construction every sentence is a source's own text, so nothing can appear that is not in it.
- An abstractive drafter (an LLM behind ``llm/``) implements the same ``Drafter`` protocol and is
  registered with ``register_drafter``; it must return the same references. Whatever the drafter,
  ``complete_draft`` then puts every risk line back in if the drafter left it out, and the draft check
  (``verify.py``) shows any number, name or medication without a source.

Where things go (``SECTIONS`` and ``HINT_SECTION``): SOAP puts what the client reports in
Subjective, observations and the measures in Objective, formulations and risk in Assessment, next
steps in Plan; DAP joins the first two as Data; BIRP has Behavior (report, observation, measures,
risk), Intervention (the therapist's techniques), Response (what the client said right after one)
and Plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol

from alongside.nlp.language import split_sentences
from alongside.notes.service import lexicon

SECTIONS: dict[str, tuple[str, ...]] = {
    "soap": ("subjective", "objective", "assessment", "plan"),
    "dap": ("data", "assessment", "plan"),
    "birp": ("behavior", "intervention", "response", "plan"),
}
# Where data sentences go, by their hint.
HINT_SECTION: dict[str, dict[str, str]] = {
    "soap": {"themes": "subjective", "measures": "objective", "risk": "assessment", "plan": "plan"},
    "dap": {"themes": "data", "measures": "data", "risk": "assessment", "plan": "plan"},
    "birp": {"themes": "behavior", "measures": "behavior", "risk": "behavior", "plan": "plan"},
}
RISK_SECTION = {"soap": "assessment", "dap": "assessment", "birp": "behavior"}
# Most transcript sentences a section takes (data and risk sentences come on top).
CAPS = {
    "subjective": 6, "objective": 4, "assessment": 5, "plan": 5, "data": 8,
    "behavior": 6, "intervention": 4, "response": 4,
}  # fmt: skip
MIN_SCORE = 3
RESPONSE_WINDOW = 2  # client lines this close after an intervention count as the response to it
RISK_CONTEXT = 2  # lines this close after a risk line (the question about it, the answer) join it


@dataclass(frozen=True)
class DraftLine:
    n: int
    speaker: str | None
    role: str  # therapist | client | other | notes (the therapist's typed notes)
    text: str
    risk: str | None = None  # the screening level when moderate or above


@dataclass(frozen=True)
class DataFact:
    """A sentence about the between-session data, ready to place, and the source it comes from."""

    key: str  # the reference is "data:<key>"
    hint: str  # themes | measures | risk | plan
    text: str
    label: str
    evidence: str
    url: str | None = None
    kind: str = "data"


@dataclass(frozen=True)
class DraftRequest:
    format: str
    lines: Sequence[DraftLine]
    facts: Sequence[DataFact] = ()
    language: str = "en"
    names: tuple[str, ...] = ()  # the people's names the caller knows (redacted before any model sees them)


@dataclass
class Sentence:
    text: str
    refs: list[str]
    risk: str | None = None
    origin: str = "drafted"  # drafted | edited | therapist


@dataclass
class Section:
    key: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Provenance:
    """Which drafter wrote the draft: "extractive", "abstractive" or "extractive_fallback" (with the
    reason the model's draft was not used); for "abstractive", the lines its kept sentences cite and
    the sections where sentences it could not back were replaced by extractive ones."""

    drafter: str = "extractive"
    reason: str | None = None  # timeout | unavailable | malformed | unverified
    lines: list[int] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    dropped: int = 0


@dataclass
class Draft:
    format: str
    sections: list[Section]
    drafted_by: Provenance = field(default_factory=Provenance)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def to_dict(self) -> dict[str, object]:
        sections = [asdict(s) for s in self.sections]
        return {"format": self.format, "sections": sections, "drafted_by": asdict(self.drafted_by)}


class Drafter(Protocol):
    name: str

    def draft(self, request: DraftRequest) -> Draft: ...


# -- the extractive drafter -------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    line: int
    order: int
    text: str
    scores: Mapping[str, int]


def _kind_scores(line: DraftLine, text: str, after_intervention: bool) -> dict[str, int]:
    """How strongly a sentence is each kind of content (0 = not at all)."""
    client_like = line.role in ("client", "other")
    therapist = line.role == "therapist"
    by_therapist = therapist or line.role == "notes"
    question = text.rstrip().endswith("?")
    feeling, seen = lexicon.cue_count("feeling", text), lexicon.cue_count("observation", text)
    formulation, plan = lexicon.cue_count("formulation", text), lexicon.cue_count("plan", text)
    technique = lexicon.cue_count("intervention", text)
    report = 0
    if not therapist:
        report = (3 if client_like else 1) + min(feeling, 3) + (1 if client_like and lexicon.first_person(text) else 0)
        report -= 2 if question else 0
    reflection = 3 if therapist and lexicon.sounds_like_reflection(text) else 0
    return {
        "report": max(report, 0),
        "observation": 2 * seen + (1 if by_therapist else 0) if seen else 0,
        "formulation": 2 * formulation + 1 - (1 if question else 0) + reflection
        if (formulation or reflection) and by_therapist
        else 0,
        "plan": 2 * plan + 1 if plan else 0,
        "intervention": _intervention(text, technique, reflection) if therapist else 0,
        "response": max(report, 0) + 1 if client_like and after_intervention and report else 0,
    }


def _intervention(text: str, technique: int, reflection: int) -> int:
    """A technique, a reflection or an open question from the therapist (BIRP's Intervention)."""
    score = 2 * technique + (2 if reflection else 0) + (2 if lexicon.open_question(text) else 0)
    return score + 1 if score else 0


SECTION_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "soap": {"subjective": ("report",), "objective": ("observation",), "assessment": ("formulation", "risk_context"),
             "plan": ("plan",)},
    "dap": {"data": ("report", "observation"), "assessment": ("formulation", "risk_context"), "plan": ("plan",)},
    "birp": {"behavior": ("report", "observation", "risk_context"), "intervention": ("intervention",),
             "response": ("response",), "plan": ("plan",)},
}  # fmt: skip
RISK_CONTEXT_SCORE = 5  # what is said right after a risk line stays with it, unless it is clearly something else


def candidates(lines: Sequence[DraftLine]) -> list[Candidate]:
    """Every sentence of every line without risk, with its kind scores (backchannel dropped)."""
    found: list[Candidate] = []
    last_intervention = last_risk = -99
    for line in lines:
        if line.risk:
            last_risk = line.n
            continue  # the whole line goes in as a risk sentence
        for order, (start, end) in enumerate(split_sentences(line.text)):
            text = line.text[start:end].strip()
            if lexicon.is_backchannel(text):
                continue
            scores = _kind_scores(line, text, 0 < line.n - last_intervention <= RESPONSE_WINDOW)
            scores["risk_context"] = RISK_CONTEXT_SCORE if 0 < line.n - last_risk <= RISK_CONTEXT else 0
            found.append(Candidate(line.n, order, text, scores))
            if scores["intervention"] >= MIN_SCORE:
                last_intervention = line.n
    return found


def _options(fmt: str, candidate: Candidate) -> list[tuple[int, str, bool]]:
    """(score, section, whether as risk context) for every section the sentence qualifies for."""
    found = []
    for section, kinds in SECTION_KINDS[fmt].items():
        score = max(candidate.scores[k] for k in kinds)
        if score >= MIN_SCORE:
            found.append((score, section, "risk_context" in kinds and score == candidate.scores["risk_context"]))
    return found


def allocate(fmt: str, found: Sequence[Candidate]) -> dict[str, list[Candidate]]:
    """Strongest first: each sentence goes to its best section that still has room, else to its next."""
    options = [(score, c, section, context) for c in found for score, section, context in _options(fmt, c)]
    options.sort(key=lambda item: (-item[0], not item[3], item[1].line, item[1].order))  # context first on a tie
    placed: dict[str, list[Candidate]] = {key: [] for key in SECTIONS[fmt]}
    taken: set[tuple[int, int]] = set()
    for _, candidate, section, _context in options:
        if (candidate.line, candidate.order) in taken:
            continue
        if len(placed[section]) >= CAPS[section]:
            continue
        placed[section].append(candidate)
        taken.add((candidate.line, candidate.order))
    return placed


class ExtractiveDrafter:
    """Sentences picked from the transcript as they were said, placed by rules; no model."""

    name = "extractive"

    def draft(self, request: DraftRequest) -> Draft:
        fmt = request.format
        draft = Draft(fmt, [Section(key) for key in SECTIONS[fmt]])
        for key, picked in allocate(fmt, candidates(request.lines)).items():
            for c in sorted(picked, key=lambda c: (c.line, c.order)):
                draft.section(key).sentences.append(Sentence(c.text, [f"line:{c.line}"]))
        place_facts(draft, request.facts)
        return draft


def place_facts(draft: Draft, facts: Sequence[DataFact]) -> None:
    """Data sentences into their sections: measures and risk before what was said, the rest after."""
    for fact in reversed([f for f in facts if f.hint in ("measures", "risk")]):
        key = HINT_SECTION[draft.format][fact.hint]
        draft.section(key).sentences.insert(0, Sentence(fact.text, [f"data:{fact.key}"]))
    for fact in facts:
        if fact.hint not in ("measures", "risk"):
            key = HINT_SECTION[draft.format][fact.hint]
            draft.section(key).sentences.append(Sentence(fact.text, [f"data:{fact.key}"]))


def _line_of(sentence: Sentence) -> int | None:
    refs = [int(r[5:]) for r in sentence.refs if r.startswith("line:")]
    return min(refs) if refs else None


def complete_draft(draft: Draft, request: DraftRequest) -> Draft:
    """Whatever the drafter did: every line with risk is in the draft, verbatim and marked, at the top
    of the risk section, each followed by what was said right after it there (the safety screening
    ran on every line before drafting)."""
    section = draft.section(RISK_SECTION[draft.format])
    present = {ref for s in draft.sections for sentence in s.sentences if sentence.risk for ref in sentence.refs}
    missing = [line for line in request.lines if line.risk and f"line:{line.n}" not in present]
    section.sentences += [Sentence(line.text, [f"line:{line.n}"], risk=line.risk) for line in missing]
    risk_lines = sorted({n for s in section.sentences if s.risk for n in [_line_of(s)] if n is not None})
    block: list[Sentence] = []
    for n in risk_lines:
        near = [s for s in section.sentences if (_line_of(s) or 0) in range(n, n + RISK_CONTEXT + 1)]
        block += sorted((s for s in near if s not in block), key=lambda s: (_line_of(s) or 0, s.risk is None))
    section.sentences = block + [s for s in section.sentences if s not in block]
    return draft


_REGISTERED: dict[str, Drafter] = {}


def register_drafter(drafter: Drafter) -> None:
    """Make an abstractive drafter the one used (the LLM adapter calls this once it is configured)."""
    _REGISTERED["abstractive"] = drafter


def unregister_drafter() -> None:
    _REGISTERED.pop("abstractive", None)


def current_drafter() -> Drafter:
    """The registered drafter, else the abstractive one when a model endpoint is configured and notes
    may use it (``notes_llm``), else the extractive one."""
    from alongside.notes.service.abstractive import configured_drafter  # it builds on this module

    return _REGISTERED.get("abstractive") or configured_drafter() or ExtractiveDrafter()


def make_draft(request: DraftRequest, drafter: Drafter | None = None) -> Draft:
    """The draft of the current (or given) drafter, completed with every risk line."""
    return complete_draft((drafter or current_drafter()).draft(request), request)
