"""The draft check: every sentence traces to a transcript line or a named data source, and every
number, capitalised name and medication-like word in a sentence appears in that sentence's own sources.

``verify_draft(draft, sources)`` is a pure function, used by the tests on every drafter and shown on
the note page, so the therapist sees what (if anything) is not backed by a source before signing.

The rules, in one place:

- A sentence needs at least one reference, and every reference must name a known source. Sentences
  the therapist wrote themselves (``origin == "therapist"``) have none by nature: they are counted as
  the therapist's own words, not reported as problems.
- Numbers: every numeral (``13``, ``5,4``, ``2026-11-02`` gives 2026, 11 and 2) and number word
  ("three", "drie") must occur in the sentence's sources, as digits or as a word of the same value.
- Names: every word that starts with a capital must occur (in any case) in the sources, except "I",
  titles ("Dr", "Mevr"), a function word or a word ending in -ed, -ing or -ly at the start of the
  sentence ("The", "Ik", "Agreed"), the role words ("Client", "Behandelaar") and the words of the
  drafters' own templates (which contain no names; a test holds them to that).
- Medications: every word in the medication lexicon, or with a generic name's ending, must occur in
  the sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from alongside.notes.service import lexicon

_NUMERAL = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Problem:
    section: str
    index: int  # 0-based position of the sentence in its section
    kind: str  # no_source | unknown_source | number | name | medication
    token: str = ""


@dataclass(frozen=True)
class CheckReport:
    sentences: int
    problems: tuple[Problem, ...] = ()
    own_words: int = 0  # sentences the therapist wrote without a source
    own_sentences: tuple[tuple[str, int], ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def _normal_number(text: str) -> str:
    value = text.replace(",", ".")
    if "." in value:
        whole, fraction = value.split(".", 1)
        fraction = fraction.rstrip("0")
        whole = whole.lstrip("0") or "0"
        return f"{whole}.{fraction}" if fraction else whole
    return value.lstrip("0") or "0"


def numbers_in(text: str) -> set[str]:
    """Every number in the text, as normalised digits (number words by their value)."""
    found = {_normal_number(m.group()) for m in _NUMERAL.finditer(text)}
    for word in lexicon.words(text):
        value = lexicon.NUMBER_WORDS.get(word.lower())
        if value is not None:
            found.add(str(value))
    return found


def capitalised_words(text: str) -> list[tuple[int, str]]:
    """(position in the sentence, word) for each word that starts with a capital letter."""
    return [(i, w) for i, w in enumerate(lexicon.words(text)) if w[0].isupper()]


@dataclass(frozen=True)
class SourceText:
    """The text behind each reference: ``line:<n>`` for transcript lines, ``data:<key>`` for data."""

    texts: Mapping[str, str]

    def of(self, refs: Iterable[str]) -> list[str]:
        return [self.texts[ref] for ref in refs if ref in self.texts]


def check_sentence(text: str, evidence: list[str], template_words: frozenset[str]) -> list[tuple[str, str]]:
    """(kind, token) for each number, name or medication in ``text`` that its evidence lacks."""
    problems = []
    known_numbers = set().union(*(numbers_in(e) for e in evidence)) if evidence else set()
    for number in sorted(numbers_in(text) - known_numbers):
        problems.append(("number", number))
    known_words = lexicon.all_words(evidence)
    for position, word in capitalised_words(text):
        lowered = word.lower()
        if lowered in known_words or lowered in template_words or lowered in lexicon.NUMBER_WORDS or word in ("I", "U"):
            continue  # (a number word is checked as a number)
        if lowered in lexicon.HONORIFICS or lowered in lexicon.ROLE_WORDS:
            continue
        if position == 0 and (lowered in lexicon.FUNCTION_WORDS or lowered.endswith(lexicon.COMMON_ENDINGS)):
            continue
        problems.append(("name", word))
    for medication in sorted(lexicon.medication_words(text) - known_words):
        problems.append(("medication", medication))
    return problems


def verify_draft(
    draft: Mapping[str, object], sources: SourceText, template_words: frozenset[str] = frozenset()
) -> CheckReport:
    """Check a draft (``{"sections": [{"key", "sentences": [{"text", "refs", "origin"}]}]}``)."""
    problems: list[Problem] = []
    own: list[tuple[str, int]] = []
    count = 0
    for section in draft["sections"]:  # type: ignore[index]
        key = section["key"]
        for index, sentence in enumerate(section["sentences"]):
            count += 1
            refs = list(sentence.get("refs") or [])
            if not refs:
                if sentence.get("origin") == "therapist":
                    own.append((key, index))
                else:
                    problems.append(Problem(key, index, "no_source"))
                continue
            unknown = [ref for ref in refs if ref not in sources.texts]
            problems += [Problem(key, index, "unknown_source", ref) for ref in unknown]
            evidence = sources.of(refs)
            for kind, token in check_sentence(sentence["text"], evidence, template_words):
                problems.append(Problem(key, index, kind, token))
    return CheckReport(count, tuple(problems), len(own), tuple(own))
