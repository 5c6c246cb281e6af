"""Safety for one companion turn: the safety domain's screening of the last client message, of the
last few messages together, and what the companion adds on top (it can raise, never lower).

Why more than ``screen(last message)``: risk in a chat is spread over turns. "I lost my job" and,
two messages later, "which bridges are highest?" is indirect method-seeking; "yes" is an answer to
"are you thinking about ending your life?"; and a person who said "tonight" a minute ago is not safe
because their next message is short. The screening's floor is never lowered: the level is the
maximum of what the screening found and what these conversation rules add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from alongside.companion.pipeline import lexicon_en, lexicon_nl
from alongside.companion.pipeline.result import Turn, Understanding
from alongside.safety.screening import RiskLevel, ScreenResult, Signal, max_level, normalise, screen

__all__ = ["Assessment", "assess", "SUICIDE_NAMED_CODES"]

WINDOW = 3  # client messages screened together
CARRY = 2  # earlier client messages whose level carries into this turn

# Signals meaning the person has already named suicide or self-harm (so the crisis reply does not
# need to ask about it directly).
SUICIDE_NAMED_CODES = frozenset(
    {
        "intent",
        "plan",
        "method",
        "suicidal_thoughts",
        "recent_attempt",
        "attempt_in_progress",
        "goodbye",
        "passive_death_wish",
        "self_harm",
        "command_hallucination",
    }
)
_SUICIDE_WORDS = re.compile(
    r"\b(?:suicid\w*|kill (?:my ?self|me)|end (?:my life|it all)|zelfmoord\w*|zelfdoding|suïcid\w*|"
    r"mezelf (?:van kant|dood)|er een eind aan|self[- ]harm|cutting myself|snijden|mezelf pijn)\b"
)
# A client telling they are safer now ("I called 113", "my sister is here"): a carried level eases to moderate.
_SAFER = re.compile(
    r"\b(?:i (?:called|rang|phoned|texted|contacted) (?:113|988|116 ?123|1813|the (?:crisis )?line|samaritans|"
    r"my therapist|my gp|911|999|112)|i'?m safe(?: now)?|i won'?t do (?:it|anything)|(?:my \w+|someone) is "
    r"(?:here|with me|coming)|i'?m (?:not going to|not gonna) do (?:it|anything)|ik heb (?:113|1813|112|de "
    r"huisarts|mijn therapeut) gebeld|ik ben (?:nu )?veilig|ik doe (?:het|niks|niets) niet|(?:mijn \w+|iemand) is "
    r"(?:hier|bij me|onderweg))\b"
)
_ASKED_SUICIDE = re.compile(
    r"(?:thoughts of (?:ending your life|suicide|killing yourself)|thinking (?:about|of) (?:ending your life|"
    r"suicide|killing yourself)|gedachten (?:aan|over) zelfdoding|denk je (?:aan|erover) (?:zelfdoding|een eind "
    r"aan je leven|om een eind))",
    re.IGNORECASE,
)
_YES = re.compile(r"^\W*(?:yes|yeah|yep|yup|i am|i do|sometimes|a bit|kind of|ja|jawel|soms|een beetje|wel)\b")


@dataclass(slots=True)
class Assessment:
    level: RiskLevel
    result: ScreenResult  # what the alert is raised with (signals spanning the last message)
    suicide_named: bool  # the person already spoke of suicide or self-harm in the conversation
    codes: list[str] = field(default_factory=list)
    carried: bool = False  # the level came (partly) from an earlier message
    distress_seen: bool = False


@lru_cache(maxsize=1)
def _extra_rules() -> tuple[list[tuple[str, RiskLevel, re.Pattern[str]]], re.Pattern[str]]:
    rules = []
    for lex in (lexicon_en, lexicon_nl):
        for code, (level, patterns) in lex.RISK_EXTRA.items():
            rules.append((code, RiskLevel(level), re.compile("|".join(f"(?:{p})" for p in patterns))))
    timeline = re.compile(f"(?:{lexicon_en.TIMELINE})|(?:{lexicon_nl.TIMELINE})")
    return rules, timeline


# Companion rules that count only beside moderate+ risk in the recent messages, and the code they raise.
_BESIDE_RISK = {"plan_anaphora": "plan", "means_considered": "method"}


def _extra_signals(last: str, window_level: RiskLevel, window_norm: str) -> list[Signal]:
    """The companion's own risk rules on the last message (see RISK_EXTRA in the lexicons)."""
    rules, timeline = _extra_rules()
    norm, found = normalise(last), []
    for code, level, pattern in rules:
        m = pattern.search(norm)
        if not m or (code in _BESIDE_RISK and not window_level.at_least(RiskLevel.MODERATE)):
            continue
        if code == "means_at_hand" and timeline.search(window_norm):
            level = RiskLevel.IMMINENT
        signal_code = _BESIDE_RISK.get(code, code)
        found.append(Signal(signal_code, level, m.start(), m.end(), last[m.start() : m.end()]))
    return found


# Signals that are no evidence of distress by themselves: a question about a bridge kept at "low" by the
# screening (so that it is declined) must not count as the distress that makes it method-seeking.
_NOT_DISTRESS = frozenset({"method_seeking", "timeline", "means_at_hand"})


def _shows_distress(result: ScreenResult) -> bool:
    return any(s.level.at_least(RiskLevel.LOW) for s in result.signals if s.code not in _NOT_DISTRESS)


def _companion_signal(code: str, level: RiskLevel, text: str) -> Signal:
    return Signal(code, level, 0, len(text), text)


def _user_texts(turns: list[Turn]) -> list[str]:
    return [t.content for t in turns if t.role == "user"]


def _last_assistant(turns: list[Turn]) -> str:
    return next((t.content for t in reversed(turns[:-1]) if t.role == "assistant"), "")


def assess(turns: list[Turn], lang: str, understanding: Understanding) -> Assessment:
    users = _user_texts(turns)
    last = users[-1]
    current = screen(last, lang=lang)
    level, signals, carried = current.level, list(current.signals), False
    # 1. The recent messages together (context rules: "tonight" or "which bridge" after distress).
    if len(users) > 1:
        window_text = "\n".join(users[-WINDOW:])
        offset = len(window_text) - len(last)
        window = screen(window_text, lang=lang)
        in_last = [s for s in window.signals if s.start >= offset]
        if window.level.rank > level.rank and in_last:
            level = window.level
            signals += [
                Signal(s.code, s.level, s.start - offset, s.end - offset, s.text)
                for s in in_last
                if s.code not in {x.code for x in signals}
            ]
    earlier = [screen(text, lang=lang) for text in users[-1 - CARRY : -1]]
    context_level = max_level(level, *(r.level for r in earlier))
    for extra in _extra_signals(last, context_level, normalise("\n".join(users[-WINDOW:]))):
        signals.append(extra)
        level = max_level(level, extra.level)
    distress_seen = (
        any(_shows_distress(r) for r in [current, *earlier])
        or bool(understanding.emotion_kinds - {"positive"})
        or bool(understanding.recent_kinds - {"positive"})
        or bool((understanding.intents | understanding.recent_intents) & {"life_event", "stressor"})
        or "loss" in understanding.topics
    )
    # 2. Indirect method-seeking beside distress anywhere in the recent conversation.
    if understanding.method_request and distress_seen and level.rank < RiskLevel.HIGH.rank:
        level = RiskLevel.HIGH
        signals.append(_companion_signal("method_seeking", RiskLevel.HIGH, last))
    # 3. "Yes" to the direct question about suicide.
    if _ASKED_SUICIDE.search(_last_assistant(turns)) and _YES.search(normalise(last)):
        if level.rank < RiskLevel.MODERATE.rank:
            level = RiskLevel.MODERATE
            signals.append(_companion_signal("suicidal_thoughts", RiskLevel.MODERATE, last))
    # 4. A level from a moment ago carries (eased to moderate once the person says they are safer).
    earlier_level = max_level(*(r.level for r in earlier))
    if earlier_level.at_least(RiskLevel.MODERATE) and earlier_level.rank > level.rank:
        eased = RiskLevel.MODERATE if _SAFER.search(normalise(last)) else earlier_level
        if eased.rank > level.rank:
            # The evidence stays with the earlier message's own alert signal; this one says why.
            level, carried = eased, True
            signals.append(_companion_signal("earlier_risk", eased, last))
    named = any(s.code in SUICIDE_NAMED_CODES for r in [current, *earlier] for s in r.signals) or any(
        _SUICIDE_WORDS.search(normalise(t)) for t in users[-WINDOW:]
    )
    result = ScreenResult(level=level, lang=current.lang, signals=tuple(signals))
    return Assessment(
        level=level,
        result=result,
        suicide_named=named,
        codes=[s.code for s in signals],
        carried=carried,
        distress_seen=distress_seen,
    )
