"""Rule and guard types, and the compiler that turns readable rule text into regexes.

Rules are written as data in ``rules_en.py`` and ``rules_nl.py`` so a clinician can review them
line by line. Three conventions keep that text readable:

* a single space in a pattern means "one or more whitespace characters" (texts are not trusted
  to be tidy), so write ``want to die`` rather than ``want\\s+to\\s+die``;
* ``@NAME`` expands to a shared sub-pattern from a ``MACROS`` dict (recursively), e.g. ``@MYSELF``
  covers "myself", "my self", "myslef";
* every pattern is anchored on word boundaries, so ``kms`` never fires inside "skms".

Patterns run on the normalised text (lower case, straight apostrophes), which has the same length
as the original so spans map back one to one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from alongside.safety.screening.result import RiskLevel

__all__ = ["Rule", "Guard", "expand", "compile_pattern"]

_MACRO = re.compile(r"@([A-Z_]+)")


def expand(pattern: str, macros: Mapping[str, str]) -> str:
    """Replace ``@NAME`` by its macro (macros may use macros) and spaces by ``\\s+``."""
    for _ in range(8):  # macros nest a few levels at most
        new = _MACRO.sub(lambda m: f"(?:{macros[m.group(1)]})", pattern)
        if new == pattern:
            break
        pattern = new
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def compile_pattern(patterns: tuple[str, ...], macros: Mapping[str, str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{expand(p, macros)})" for p in patterns)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


@dataclass(frozen=True)
class Rule:
    """A family of phrasings that stand for one reason code at one level.

    negatable: a negation just before the match ("I'd never kill myself") or inside it
        ("ik ga mezelf niet van kant maken") cancels it. Phrasings that contain their own
        negation ("I don't want to live") set this to False: their "not" is the risk.
    context: the rule only counts when another signal of at least this level lies within
        ``window`` sentences (None = anywhere in the text). At distance one or more the
        rule's own sentence must be short ("Vannacht is 't gedaan."), so the "today" of an
        unrelated sentence does not turn thoughts into a plan. Used for things that are harmless
        alone: a question about tall bridges, "tonight", "I have pills".
    fallback: the level a context rule keeps when its context is missing (None = dropped).
    personal: only counts when the writer is in the sentence ("I", "me", "ik") or the text is a
        few words long: a bare topic word ("zelfmoord") in a sentence about statistics is not risk.
    history: an attempt told as long ago ("ten years ago") counts as lifetime history,
        level moderate, not as a recent attempt.
    mutual: a context rule whose phrasings also count beside another, distinct phrasing of the same
        code within ``window`` sentences, without other risk: one "sorry for everything" may be an
        apology, "sorry for everything ... don't blame yourselves ... goodbye" is a farewell.
    needs: the codes a context rule's anchor must carry (None = any code of the context level). A
        method word ("the pills", "de brug") counts as a method only beside suicidal thoughts or a
        wish to die, not beside abuse or an eating disorder.
    """

    code: str
    level: RiskLevel
    patterns: tuple[str, ...]
    negatable: bool = True
    context: RiskLevel | None = None
    window: int | None = None
    fallback: RiskLevel | None = None
    history: bool = False
    personal: bool = False
    mutual: bool = False
    needs: frozenset[str] | None = None


@dataclass(frozen=True)
class Guard:
    """A phrase that looks like risk but is not (an idiom, a film title, an accident).

    Any signal overlapping a guard's match is dropped. Guards are narrow on purpose: each one
    is a known harmless phrase, never a broad topic filter that could hide real risk.
    """

    name: str
    patterns: tuple[str, ...]


# --- prefilter ------------------------------------------------------------------------------------
# Python's regex engine tries every pattern at every position, ~30 ns per character per pattern;
# with ~60 rule patterns a long journal entry would take milliseconds. Most rules cannot match
# most texts, and a plain substring test is a hundred times cheaper than a regex scan. So for each
# compiled rule we derive, from its parse tree, a set of literal strings of which every possible
# match must contain at least one ("anchors"), and skip the regex when none occurs in the text.
# The derivation is conservative: where it cannot be sure, it returns no anchors and the rule
# always runs. Nothing is written by hand, so anchors cannot drift from the rules.
from re import _constants as _c  # noqa: E402  (standard library internals, stable in 3.11)
from re import _parser  # noqa: E402

_COMMON = frozenset(
    """the and for with not can was are have has had been this that what when how who you she her his him
    they them then than will one all out get got just now here there ing ed my me he it is in to of on at
    de het een van ben heb wil niet dat dit wat wie hoe een als ook nog maar met voor aan bij""".split()
)
_MAX_VARIANTS = 32


def _weight(strings: frozenset[str]) -> int:
    """How selective a set of anchors is: its weakest member counts (0 = useless)."""
    return min((0 if len(x.strip()) < 3 or x.strip() in _COMMON else min(len(x), 6)) for x in strings)


def _chars(op, av) -> list[str] | None:
    """The characters a LITERAL or small character class can match, else None."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN and len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
        return [chr(v) for _, v in av]
    return None


def _flatten(items) -> list:
    """Inline plain groups, so "(?:ab)c" reads as the run "abc"."""
    out = []
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # no flags
            out.extend(_flatten(av[-1]))
        else:
            out.append((op, av))
    return out


def _required(items) -> frozenset[str] | None:
    """Strings of which any match of the sequence ``items`` contains one; None if unknown."""
    items = _flatten(items)
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}
    run_items: list = []

    def flush() -> None:
        if run - {""}:
            candidates.append(frozenset(run))
        run.clear()
        run.add("")
        run_items.clear()

    for op, av in items:
        chars = _chars(op, av)
        repeat_once = False
        if chars is None and op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and len(av[2]) == 1:
            inner = _chars(*av[2][0])
            if inner is not None and av[0] == 0 and av[1] == 1:
                chars = inner + [""]
            elif inner is not None and av[0] >= 1:
                chars, repeat_once = inner, True  # "l{1,2}": one "l" is certain, then the run ends
        if chars is not None and len(run) * len(chars) <= _MAX_VARIANTS:
            run = {r + ch for r in run for ch in chars}
            run_items.append((op, av))
            if repeat_once:
                flush()
            continue
        if op is _c.BRANCH and run_items:
            # the parser hoists a common prefix out of alternatives ("s(?:uicide|ewer slide)");
            # put it back so each alternative's anchors include it
            alts = [_required(run_items + list(a)) for a in av[1]]
            if all(a is not None for a in alts):
                candidates.append(frozenset().union(*alts))
            flush()
            continue
        flush()
        if chars is not None:
            run = set(chars)
            run_items.append((op, av))
            continue
        if op is _c.SUBPATTERN:
            found = _required(av[-1])
        elif op is _c.BRANCH:
            alts = [_required(a) for a in av[1]]
            found = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        else:
            found = None
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda x: (_weight(x), -len(x)))


def anchors(pattern: str, macros: Mapping[str, str]) -> frozenset[str]:
    """Literal anchors of one rule pattern, or an empty set when it must always run."""
    found = _required(_parser.parse(expand(pattern, macros)))
    if not found or _weight(found) == 0:
        return frozenset()
    return found
