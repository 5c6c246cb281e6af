"""The screening engine: normalise, match rules, apply guards, combine signals into a level.

Why rules and not a model: this layer is the floor under everything else. Its decisions can be
read and argued about line by line, it runs in well under a millisecond per text without a model
file, and nothing learned may overrule it downward. A model may add signals above it, never
remove one.

Order of work for one text:

1. ``normalise`` — lower case, straight apostrophes and quotes, one kind of space; same length as
   the input, so every match maps back to the characters the client wrote.
2. Every rule of both languages runs (mixed English/Dutch texts are common; a Dutch rule cannot
   fire on English words and vice versa, so running both costs little and misses nothing).
3. Per match: negation scope ("I'd never kill myself" is dropped, "I don't want to live" is a
   rule of its own and cannot be negated), idiom guards ("this deadline is killing me"), and
   sentence guards: media talk without the writer in it ("in the film he kills himself"), jokes
   about trivia ("if I fail this exam I'll kms lol"), and attempts told as long ago.
4. Overlaps: a span inside a more (or equally) severe span is dropped ("kill myself" inside "I'm
   going to kill myself").
5. Context rules (indirect method questions, "tonight", "I have pills") keep their level only
   next to other risk; then ``combine`` raises the level for intent/plan with means or a time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace

from alongside.nlp.language import detect_language
from alongside.safety.screening import model as _model
from alongside.safety.screening import rules_en, rules_nl
from alongside.safety.screening.patterns import Rule, anchors, compile_pattern, expand
from alongside.safety.screening.result import RiskLevel, ScreenResult, Signal, max_level

__all__ = ["screen", "screen_rules", "normalise", "MODEL_CODE"]

# Reason code of a signal added by the learned layer (span: the sentence it scored highest).
MODEL_CODE = "model_risk"
_RULES_ONLY: ContextVar[bool] = ContextVar("alongside_screening_rules_only", default=False)

LANGS = ("en", "nl")
_MODULES = (rules_en, rules_nl)

# --- normalisation -----------------------------------------------------------------------------
_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\r": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u200b": " ",
        "\u200d": " ",
        "\ufeff": " ",
    }
)


def normalise(text: str) -> str:
    """Lower-case and fold look-alike characters, keeping the length (and so every offset).

    Algospeak and typos are not rewritten here but spelled out in the rule macros, which keeps
    offsets exact and the variants visible to reviewers.
    """
    folded = text.translate(_TRANSLATE)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # rare characters whose lower case is longer ("İ")
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return lowered


# --- compiled rule tables ------------------------------------------------------------------------
class _Compiled:
    """A rule's patterns as one regex, compiled on first use (keeps the CLI's cold start short:
    a typical text needs a fraction of the rules), with its literal anchors."""

    __slots__ = ("rule", "patterns", "macros", "anchors", "anchor_set", "_regex")

    def __init__(self, rule: Rule, patterns: tuple[str, ...], macros: dict[str, str], anchors: tuple[str, ...]) -> None:
        self.rule, self.patterns, self.macros, self.anchors = rule, patterns, macros, anchors
        self.anchor_set = frozenset(anchors)
        self._regex: re.Pattern[str] | None = None

    def matches(self, norm: str, present: frozenset[str]) -> Iterable[re.Match[str]]:
        """Like ``finditer``, with the anchors found in the text computed once for all rules
        (``present``): most rules are then skipped by one set test, with no generator made."""
        if self.anchors:
            if self.anchor_set.isdisjoint(present):
                return ()
            if len(norm) >= _WINDOW * 3:
                return self.finditer(norm)
        return self.regex.finditer(norm)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = compile_pattern(self.patterns, self.macros)
        return self._regex

    def finditer(self, norm: str) -> Iterable[re.Match[str]]:
        """Matches in the text. A rule whose anchors are all absent is skipped; in a long text
        only windows around the anchors' occurrences are scanned."""
        if not self.anchors or len(norm) < _WINDOW * 3:
            if not self.anchors or any(map(norm.__contains__, self.anchors)):  # map: no Python frame per anchor
                yield from self.regex.finditer(norm)
            return
        windows: list[list[int]] = []
        for anchor in self.anchors:
            pos = norm.find(anchor)
            while pos != -1:
                windows.append([max(0, pos - _WINDOW), pos + len(anchor) + _WINDOW])
                pos = norm.find(anchor, pos + 1)
        if not windows:
            return
        windows.sort()
        merged = [windows[0]]
        for w in windows[1:]:
            if w[0] <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], w[1])
            else:
                merged.append(w)
        for start, end in merged:
            # end the window at a word boundary so no word is cut into a false whole-word match
            cut = _NON_WORD.search(norm, end)
            yield from self.regex.finditer(norm, start, cut.start() if cut else len(norm))


# Longest stretch a pattern may plausibly span on either side of its anchor.
_WINDOW = 240
_NON_WORD = re.compile(r"[^\w']")


def _alternation(name: str) -> re.Pattern[str]:
    parts = []
    for module in _MODULES:
        parts.append(expand(getattr(module, name), module.MACROS))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


def _compiled(rule: Rule, macros: dict[str, str]) -> list[_Compiled]:
    """One regex for the patterns of a rule that have anchors, one for those that have none.

    Anchoring per rule keeps the number of regexes low (short texts) while one weak pattern
    cannot force the whole rule to scan every text (long texts). A group's anchors are the
    union of its patterns' anchors: any match of the group is a match of one of them.
    """
    found = {p: anchors(p, macros) for p in rule.patterns}
    anchored = tuple(p for p in rule.patterns if found[p])
    loose = tuple(p for p in rule.patterns if not found[p])
    out = []
    if anchored:
        union = frozenset().union(*(found[p] for p in anchored))
        out.append(_Compiled(rule, anchored, macros, tuple(sorted(union, key=len))))
    if loose:
        out.append(_Compiled(rule, loose, macros, ()))
    return out


def _merged(rules: Iterable[Rule]) -> list[Rule]:
    """Rules that differ only in their patterns, as one rule (fewer regexes to run per text: the
    generalised families of ``rules_en``/``rules_nl`` add phrasings to codes that already exist)."""
    groups: dict[Rule, list[str]] = {}
    for rule in rules:
        key = replace(rule, patterns=())
        groups.setdefault(key, []).extend(rule.patterns)
    return [replace(key, patterns=tuple(patterns)) for key, patterns in groups.items()]


_RULES = tuple(c for module in _MODULES for rule in _merged(module.RULES) for c in _compiled(rule, module.MACROS))
_INDEPENDENT = tuple(c for c in _RULES if c.rule.context is None)
_DEPENDENT = tuple(c for c in _RULES if c.rule.context is not None)
# Codes with phrasings that support each other (``Rule.mutual``): their context rules always run.
_MUTUAL = frozenset(c.rule.code for c in _DEPENDENT if c.rule.mutual)
_GUARDS = tuple(
    c
    for module in _MODULES
    for guard in module.GUARDS
    for c in _compiled(Rule(guard.name, RiskLevel.NONE, guard.patterns), module.MACROS)
)
_MEDIA, _HUMOUR, _TRIVIAL, _HISTORY, _FIRST_PERSON, _PROFESSIONAL = map(
    _alternation, ("MEDIA", "HUMOUR", "TRIVIAL", "HISTORY", "FIRST_PERSON", "PROFESSIONAL")
)
# Humour markers are often emoji, so they are matched without word boundaries too.
# Every distinct anchor, indexed by its first three characters: a text's anchors are found from its
# own trigrams (a set intersection) instead of testing a thousand substrings per text.
_ANCHOR_INDEX: dict[str, tuple[str, ...]] = {}
for _a in sorted({a for c in (*_RULES, *_GUARDS) for a in c.anchors}):
    _ANCHOR_INDEX[_a[:3]] = (*_ANCHOR_INDEX.get(_a[:3], ()), _a)
_ANCHOR_KEYS = frozenset(_ANCHOR_INDEX)


def _present_anchors(norm: str) -> frozenset[str]:
    """The anchors (of any rule or guard) that occur in the normalised text."""
    trigrams = {norm[i : i + 3] for i in range(len(norm) - 2)}
    return frozenset(a for key in _ANCHOR_KEYS.intersection(trigrams) for a in _ANCHOR_INDEX[key] if a in norm)


_HUMOUR_LOOSE = re.compile("|".join(m.HUMOUR for m in _MODULES if m is rules_en))
_NEGATOR = _alternation("NEGATORS")
_PSEUDO = _alternation("PSEUDO_NEGATION")
_SUBJECTS = frozenset(w.replace("'?", "'") for m in _MODULES for w in m.SUBJECTS.split("|")) | frozenset(
    w.replace("'?", "") for m in _MODULES for w in m.SUBJECTS.split("|")
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n()\"]|(?<!\w)(?:" + "|".join(m.CONJUNCTIONS for m in _MODULES) + r")(?!\w)")
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")

# Codes that are about someone else: the writer need not appear in their sentence.
_ABOUT_OTHERS = frozenset({"third_party_risk", "harm_to_others", "child_at_risk", "abuse"})
# Codes a joke about trivia can explain away; never harm to others, abuse, attempts in progress.
_JOKEABLE = frozenset({"suicidal_thoughts", "passive_death_wish", "intent", "method", "hopelessness", "distress"})
_CORE_INTENT = frozenset({"intent", "plan"})
_MODIFIERS = frozenset({"means_at_hand", "timeline"})
_ACTIVE = frozenset({"suicidal_thoughts", "method", "command_hallucination"})
_SUICIDAL = frozenset({"suicidal_thoughts", "passive_death_wish", "method", "hopelessness", "command_hallucination"})

_ABOUT_WRITER = frozenset(
    {
        "suicidal_thoughts",
        "passive_death_wish",
        "method",
        "intent",
        "plan",
        "self_harm",
        "eating_disorder",
        "recent_attempt",
        "hopelessness",
        "distress",
        "attempt_in_progress",
    }
)
_FIRST_WORDS = frozenset(
    "i i'm im i've ive i'd id i'll ill me my myself ik 'k mij me mijn m'n mezelf mijzelf we we're".split()
)
_OTHER_WORDS = frozenset(
    "he she they who he's she's they're someone somebody people character characters girl boy man woman guy"
    " hij zij ze die iemand mensen personage".split()
)
_SENTENCE_CLAUSE = re.compile(r"[.!?;:,\n()\"]|(?<!\w)(?:but|and|maar|en)(?!\w)")

_NEG_WINDOW = 3  # words before a match that a negation may govern
_SHORT_SENTENCE = 8  # words: "Tonight." or "De pillen liggen klaar." may sit beside the anchor


@dataclass
class _Hit:
    rule: Rule
    start: int
    end: int
    level: RiskLevel


# --- matching helpers ---------------------------------------------------------------------------
def _last_end(regex: re.Pattern[str], text: str) -> int:
    """End of the last match of ``regex`` in ``text`` (0 if none)."""
    end = 0
    for m in regex.finditer(text):
        end = m.end()
    return end


def _clause_prefix(norm: str, start: int) -> str:
    """The text of the current clause before ``start`` (at most 80 characters)."""
    prefix = norm[max(0, start - 80) : start]
    return prefix[_last_end(_CLAUSE_BREAK, prefix) :]


def _negated(norm: str, start: int, end: int) -> bool:
    """True when a negation governs the match.

    Looks at up to three words before the match, stopping at a new subject ("if I don't get
    help I'll ..." keeps "I'll ..."), and inside the match (Dutch puts "niet" mid-phrase).
    Phrases such as "no one", "not sure", "can't stop" are removed first: they contain a
    negation word but do not negate the risk that follows.
    """
    span = norm[start:end]
    if _NEGATOR.search(_PSEUDO.sub(" ", span)):
        return True
    words = _PSEUDO.sub(" ", _clause_prefix(norm, start)).split()
    first = span.split(maxsplit=1)[0] if span.strip() else ""
    if first in _SUBJECTS:
        return False
    for word in reversed(words[-_NEG_WINDOW:]):
        if _NEGATOR.fullmatch(word) or word.endswith("n't"):
            return True
        if word in _SUBJECTS:
            return False
    return False


def _sentence_bounds(norm: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_BREAK.finditer(norm, 0, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(norm, pos)
    return start, (m.start() if m else len(norm))


def _other_subject(norm: str, start: int) -> bool:
    """True when the nearest subject before the match in its clause is someone else.

    "I read a book about a girl who wanted to die": the wish is the girl's. Third-person risk has
    rules of its own (third_party_risk) that name the person, so nothing is lost here.
    """
    span_first = norm[start : start + 12].split(maxsplit=1)
    if span_first and span_first[0] in _SUBJECTS | _FIRST_WORDS:
        return False
    prefix = norm[max(0, start - 60) : start]
    words = prefix[_last_end(_SENTENCE_CLAUSE, prefix) :].split()
    for word in reversed(words[-5:]):
        if word in _FIRST_WORDS:
            return False
        if word in _OTHER_WORDS:
            return True
    return False


def _guarded_by_sentence(norm: str, hit: _Hit) -> bool:
    """Media talk without the writer in it, a bare topic word in professional talk, someone
    else as the subject, or a joke about trivia explains a match away."""
    s, e = _sentence_bounds(norm, hit.start)
    sentence = norm[s:e]
    outside = norm[s : hit.start] + " " + norm[hit.end : e]
    about_others = hit.rule.code in _ABOUT_OTHERS
    writer_present = _FIRST_PERSON.search(sentence if about_others else outside)
    if _MEDIA.search(sentence) and not writer_present:
        return True
    if hit.rule.code in _ABOUT_WRITER and _other_subject(norm, hit.start):
        return True
    if hit.rule.personal and (
        _PROFESSIONAL.search(sentence) or (not _FIRST_PERSON.search(sentence) and len(norm.split()) > 4)
    ):
        return True
    if hit.rule.code in _JOKEABLE and _HUMOUR_LOOSE.search(sentence) and _TRIVIAL.search(sentence):
        return True
    return False


def _find_hits(norm: str, explained: list[tuple[int, int, str]] | None = None) -> list[_Hit]:
    """Matches that survive negation and guards. When ``explained`` is given, the spans the rules
    explained away are added to it as (start, end, kind) — kind "guard" (an idiom, "suicide
    prevention"), "negation", "sentence" (media, joke about trivia, someone else, professional talk)
    or "context" (a tourist's question) — so the learned layer can respect the same guards."""
    present = _present_anchors(norm)
    guards = [m.span() for g in _GUARDS for m in g.matches(norm, present)]
    if explained is not None:  # "ik ga dood van het lachen" explains itself, rule match or not
        explained.extend((gs, ge, "guard") for gs, ge in guards)
    hits: list[_Hit] = []
    for compiled in _INDEPENDENT:
        if compiled.anchors and compiled.anchor_set.isdisjoint(present):
            continue  # inline: most rules stop here, without a call
        _match_rule(norm, compiled, guards, hits, explained, present)
    top = max_level(*(h.level for h in hits))
    for compiled in _DEPENDENT:  # context rules: skip the work when they could not count anyway
        if compiled.rule.fallback is not None or compiled.rule.code in _MUTUAL or top.at_least(compiled.rule.context):
            _match_rule(norm, compiled, guards, hits, explained, present)
    return hits


def _match_rule(
    norm: str,
    compiled: _Compiled,
    guards: list[tuple[int, int]],
    hits: list[_Hit],
    explained: list[tuple[int, int, str]] | None = None,
    present: frozenset[str] | None = None,
) -> None:
    """Collect the matches of one rule that survive negation and guards."""
    rule = compiled.rule
    for m in compiled.finditer(norm) if present is None else compiled.matches(norm, present):
        start, end = m.span()
        if end == start:
            continue
        if rule.negatable and _negated(norm, start, end):
            if explained is not None:
                explained.append((start, end, "negation"))
            continue
        if any(gs < end and start < ge for gs, ge in guards):
            continue  # the guard's own span is already explained
        hit = _Hit(rule, start, end, rule.level)
        if _guarded_by_sentence(norm, hit):
            if explained is not None:
                explained.append((start, end, "sentence"))
            continue
        if rule.history:
            s, e = _sentence_bounds(norm, start)
            if _HISTORY.search(norm, s, e):
                hit.level = RiskLevel.MODERATE
        hits.append(hit)


def _drop_contained(hits: list[_Hit]) -> list[_Hit]:
    """Drop a hit lying inside another hit of at least its level (the fuller phrasing wins); a hit that
    counts alone is never dropped for a context hit, which may itself be dropped later for want of
    context."""
    hits.sort(key=lambda h: (h.start, h.start - h.end, -h.level.rank))
    kept: list[_Hit] = []
    for h in hits:
        if h.rule.code in _MODIFIERS:  # "tonight" inside "I'll do it tonight" still counts as a time
            kept.append(h)
        elif not any(
            k.start <= h.start
            and h.end <= k.end
            and k.level.rank >= h.level.rank
            and (k.rule.context is None or h.rule.context is not None)  # a context hit may yet be dropped
            for k in kept
        ):
            kept.append(h)
    return kept


def _sentence_index(norm: str) -> tuple[list[int], list[int]]:
    """Start offsets of the sentences and their word counts."""
    starts, words = [0], []
    for m in _SENTENCE_BREAK.finditer(norm):
        words.append(len(norm[starts[-1] : m.start()].split()))
        starts.append(m.end())
    words.append(len(norm[starts[-1] :].split()))
    return starts, words


def _apply_context(norm: str, hits: list[_Hit], explained: list[tuple[int, int, str]] | None = None) -> list[_Hit]:
    """Keep context rules only near independent risk; otherwise fall back or drop them.

    Anaphoric rules ("I'm taking them", "doe ik het") are resolved first, so a time or the means
    may then attach to them ("... I'm taking them as soon as I finish writing this").
    """
    result = [h for h in hits if h.rule.context is None]
    starts, words = _sentence_index(norm)

    def sentence(pos: int) -> int:
        return bisect_right(starts, pos) - 1

    def near(h: _Hit, anchors: list[_Hit], short_only: bool) -> bool:
        own = sentence(h.start)
        for a in anchors:
            if a.rule.code in _MODIFIERS:  # "the tablets are in my bag. Tonight.": a time beside kept means
                gap = abs(own - sentence(a.start))
                if h.rule.code in _MODIFIERS and (gap == 0 or (gap == 1 and words[own] <= _SHORT_SENTENCE)):
                    return True
                continue
            if not a.level.at_least(h.rule.context) or (h.rule.needs is not None and a.rule.code not in h.rule.needs):
                continue
            gap = abs(own - sentence(a.start))
            if (
                h.rule.window is None
                or gap == 0
                or (gap <= h.rule.window and (not short_only or words[own] <= _SHORT_SENTENCE))
            ):
                return True
        return False

    # Two passes for context rules that are not modifiers: a method word kept beside a wish to die
    # ("I want to die. The pills are in the drawer") may in turn anchor "I'm taking them tonight";
    # then two for the modifiers, so a time may stand beside means kept in the first of them.
    done: set[int] = set()
    for modifiers, last in ((False, False), (False, True), (True, False), (True, True)):
        if modifiers and not last:  # phrasings that support each other ("letters written ... everything sorted")
            result.extend(_mutual(hits, result, sentence))  # may take a time
        anchors = list(result)
        for h in hits:
            if h.rule.context is None or (h.rule.code in _MODIFIERS) != modifiers or id(h) in done:
                continue
            if near(h, anchors, short_only=modifiers):
                result.append(h)
                done.add(id(h))
            elif not last:
                continue
            elif h.rule.fallback is not None:
                h.level = h.rule.fallback
                result.append(h)
                if explained is not None:  # e.g. a tourist's question about a bridge
                    explained.append((h.start, h.end, "context"))
    return result


def _mutual(hits: list[_Hit], kept: list[_Hit], sentence) -> list[_Hit]:
    """Context hits left without context that support each other: a ``mutual`` phrasing beside a
    distinct, non-overlapping phrasing of the same code within the rule's window of sentences."""
    lonely = [h for h in hits if h.rule.context is not None and h.rule.fallback is None and h not in kept]
    out: list[_Hit] = []
    for h in lonely:
        for other in lonely:
            if other is h or other.rule.code != h.rule.code or not (h.rule.mutual or other.rule.mutual):
                continue
            if other.start < h.end and h.start < other.end:
                continue
            window = max(h.rule.window or 0, other.rule.window or 0)
            if abs(sentence(h.start) - sentence(other.start)) <= window:
                out.append(h)
                break
    return out


def combine(signals: Iterable[Signal]) -> RiskLevel:
    """The overall level: the most severe signal, raised by the combinations C-SSRS weighs.

    intent or a plan with means at hand or a time → imminent; a method with a time → imminent; a
    wish or thoughts with both the means at hand and a time → imminent;
    a wish, thoughts or a method with means at hand, or active thoughts with a time → at least high.
    A wish with a time ("I hope I don't wake up tomorrow") stays a wish.
    """
    signals = list(signals)
    codes = {s.code for s in signals}
    level = max_level(*(s.level for s in signals))
    has_modifier = bool(codes & _MODIFIERS)
    if has_modifier and codes & _CORE_INTENT:
        return RiskLevel.IMMINENT
    if "method" in codes and "timeline" in codes:
        return RiskLevel.IMMINENT
    if {"means_at_hand", "timeline"} <= codes and codes & _SUICIDAL:  # the means named and a time: a plan
        return RiskLevel.IMMINENT
    if ("means_at_hand" in codes and codes & _SUICIDAL) or ("timeline" in codes and codes & _ACTIVE):
        level = max_level(level, RiskLevel.HIGH)
    return level


# --- entry point --------------------------------------------------------------------------------
def screen(text: str, lang: str | None = None) -> ScreenResult:
    """Screen one text for risk. ``lang`` ("en"/"nl") overrides detection of the reported
    language; the rules of both languages always run, so mixed texts are covered either way."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if lang is not None and lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    detected = lang or detect_language(text)
    norm = normalise(text)
    hits, explained = rule_hits(norm)
    signals = tuple(Signal(h.rule.code, h.level, h.start, h.end, text[h.start : h.end]) for h in hits)
    level = combine(signals)
    if level is not RiskLevel.IMMINENT and norm.strip() and _model_enabled():
        verdict = _model.assess(text, norm, explained)
        if verdict is not None and verdict.level.rank > level.rank:  # the model can only raise
            # "act now" needs the rules to have seen risk too: the model alone raises to high at most
            model_level = (
                verdict.level
                if level.at_least(RiskLevel.MODERATE)
                else min(verdict.level, RiskLevel.HIGH, key=lambda lv: lv.rank)
            )
            extra = Signal(MODEL_CODE, model_level, verdict.start, verdict.end, text[verdict.start : verdict.end])
            signals = tuple(sorted((*signals, extra), key=lambda s: (s.start, s.end)))
            level = model_level
    return ScreenResult(level=level, lang=detected, signals=signals)


def rule_hits(norm: str) -> tuple[list[_Hit], list[tuple[int, int, str]]]:
    """The rule layer's surviving hits in text order, and the spans the learned layer must treat
    with care: what the rules explained away (see ``_find_hits``); risk they attributed to someone
    else (kind "other": a sister's suicidal talk is ``moderate`` for the writer's clinician, not the
    writer's own plan); and their own findings of ``moderate`` or above (kind "rule": "ik denk
    erover om er een eind aan te maken" was read as thoughts without a method, and the model, which
    cannot tell thoughts from a plan as well, may raise that reading only when very sure)."""
    explained: list[tuple[int, int, str]] = []
    hits = _apply_context(norm, _drop_contained(_find_hits(norm, explained)), explained)
    hits.sort(key=lambda h: (h.start, h.end, -h.level.rank))
    seen: set[tuple[str, int, int]] = set()  # two rules of one code on one span ("tonight") report once
    hits = [
        h for h in hits if (h.rule.code, h.start, h.end) not in seen and not seen.add((h.rule.code, h.start, h.end))
    ]
    for h in hits:
        if h.rule.code == "third_party_risk":
            explained.append((h.start, h.end, "other"))
        elif h.level.at_least(RiskLevel.MODERATE) and h.rule.code not in _MODIFIERS:
            explained.append((h.start, h.end, "rule"))
    return hits, explained


def screen_rules(text: str, lang: str | None = None) -> ScreenResult:
    """The rule layer alone (benchmarks compare it with the combined screening)."""
    token = _RULES_ONLY.set(True)
    try:
        return screen(text, lang)
    finally:
        _RULES_ONLY.reset(token)


def _model_enabled() -> bool:
    """The learned layer runs unless ``ALONGSIDE_SCREENING_MODEL=off`` (or screen_rules is used).
    The settings are imported on first use, so importing the rule layer stays cheap."""
    if _RULES_ONLY.get():
        return False
    from alongside.config import settings

    return settings.screening_model
