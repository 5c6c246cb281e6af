"""Personal identifiers out before text leaves the installation, back in when the answer returns.

Replaced: names (the ones the caller knows, such as the client's and their care team's, and names
after cues like "my sister Anna", "ik heet Sanne"), e-mail addresses, phone numbers, street
addresses and postcodes, and dates with a year (dates of birth among them). Each value gets a stable
placeholder ("[NAME_1]") for the whole conversation, so the model can still refer to it, and
``restore`` puts the original back into the model's answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Redactor", "redact", "restore"]

_MONTHS = (
    r"(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch)?|maart|apr(?:il)?|may|mei|jun[ei]?|jul[iy]?|aug(?:ust|ustus)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (
        "DATE",
        re.compile(
            r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b|"
            r"\b\d{1,2}(?:st|nd|rd|th|e)? (?:of )?"
            + _MONTHS
            + r"\.? (?:19|20)\d{2}\b|\b"
            + _MONTHS
            + r"\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b",
            re.IGNORECASE,
        ),
    ),
    ("PHONE", re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{7,16}\d(?!\w)")),
    (
        "ADDRESS",
        re.compile(
            r"\b\d{1,5}[a-zA-Z]?\s+(?:[A-Z][\w'-]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|"
            r"Court|Ct|Place|Pl|Square|Sq|Boulevard|Blvd|Crescent|Terrace|Gardens)\b\.?|"
            r"\b[A-Z][\w'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|markt|park|plantsoen)"
            r"\s+\d{1,4}(?:\s?[a-zA-Z])?\b"
        ),
    ),
    ("POSTCODE", re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")),
]
# Cues after which a capitalised word is a person's name.
_NAME = r"([A-Z][a-zà-ÿ'-]+(?:\s(?:(?:van|de|der|den|ter|te|von|la|le)\s)*[A-Z][a-zà-ÿ'-]+)?)"
_NAME_CUE = re.compile(
    r"(?i:\b(?:my|our|his|her|mijn|m'n|onze|zijn|haar)\s+(?:best\s+)?(?:friend|sister|brother|mum|mom|mother|dad|"
    r"father|boyfriend|girlfriend|husband|wife|partner|boss|manager|colleague|coworker|therapist|son|daughter|ex|"
    r"cousin|neighbou?r|roommate|flatmate|aunt|uncle|grandma|grandpa|vriend|vriendin|zus|zusje|broer|broertje|"
    r"moeder|vader|baas|collega|man|vrouw|therapeut|zoon|dochter|buurman|buurvrouw|huisgenoot|oma|opa|tante|oom|"
    r"neef|nicht)\s*,?\s+)"
    + _NAME
    + r"|(?i:\b(?:my name is|i'?m called|call me|named|called|ik heet|mijn naam is|genaamd)\s+)"
    + _NAME
)
_NOT_NAMES = frozenset(
    "I Ik The De Het A An Een And En But Maar Monday Tuesday Wednesday Thursday Friday Saturday Sunday Maandag "
    "Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Today Tomorrow Vandaag Morgen Who Wie Is Was Has Heeft".split()
)


@dataclass
class Redactor:
    """Replaces identifiers with placeholders, the same one for the same value in every message."""

    names: tuple[str, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)  # placeholder -> original
    _by_value: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def _placeholder(self, kind: str, value: str) -> str:
        key = f"{kind}:{value.lower()}"
        if key not in self._by_value:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            placeholder = f"[{kind}_{self._counts[kind]}]"
            self._by_value[key] = placeholder
            self.mapping[placeholder] = value
        return self._by_value[key]

    def _names_in(self, text: str) -> list[str]:
        found = [n for n in self.names if n and len(n) > 1]
        for m in _NAME_CUE.finditer(text):
            name = m.group(1) or m.group(2)
            if name and name.split()[0] not in _NOT_NAMES and name[0].isupper():
                found.append(name)
        # Whole names first, then their parts ("Anna de Vries", then "Anna").
        parts = [p for n in found for p in n.split() if len(p) > 2 and p[0].isupper() and p not in _NOT_NAMES]
        return sorted(set(found) | set(parts), key=len, reverse=True)

    def redact(self, text: str) -> str:
        for kind, pattern in _PATTERNS:
            text = pattern.sub(lambda m, k=kind: self._placeholder(k, m.group(0)), text)
        for name in self._names_in(text):
            pattern = re.compile(r"(?<![\w\[])" + re.escape(name) + r"(?![\w\]])")
            text = pattern.sub(lambda m: self._placeholder("NAME", m.group(0)), text)
        return text

    def restore(self, text: str) -> str:
        return restore(text, self.mapping)


def redact(text: str, names: tuple[str, ...] = ()) -> tuple[str, dict[str, str]]:
    redactor = Redactor(names=names)
    return redactor.redact(text), redactor.mapping


def restore(text: str, mapping: dict[str, str]) -> str:
    for placeholder, original in mapping.items():
        text = text.replace(placeholder, original)
    return text
