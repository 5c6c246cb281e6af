"""The vocabulary of a screening: levels, signals and the result handed to callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["RiskLevel", "Signal", "ScreenResult", "max_level"]


class RiskLevel(StrEnum):
    """Triage levels after the Columbia (C-SSRS) screener, lowest first.

    A StrEnum so the value travels as plain text through JSON, the database and the CLI; the
    order lives in ``rank`` so levels are compared by severity, never alphabetically.
    """

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    def at_least(self, other: RiskLevel | str) -> bool:
        return self.rank >= RiskLevel(other).rank

    @classmethod
    def from_rank(cls, rank: int) -> RiskLevel:
        return _ORDER[max(0, min(rank, len(_ORDER) - 1))]


_ORDER = tuple(RiskLevel)


def max_level(*levels: RiskLevel | str) -> RiskLevel:
    """The most severe of the given levels (``none`` for no levels)."""
    return max((RiskLevel(x) for x in levels), key=lambda x: x.rank, default=RiskLevel.NONE)


@dataclass(frozen=True, slots=True)
class Signal:
    """One finding: a reason code, the level it stands for alone, and where it was written.

    ``start``/``end`` index the original text, so ``text`` is exactly what the client wrote; a
    clinician sees the sentence behind an alert, not a paraphrase.
    """

    code: str
    level: RiskLevel
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "span": self.text}


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """Overall level (which combinations of signals may raise above any single one), language,
    and the signals in text order."""

    level: RiskLevel
    lang: str
    signals: tuple[Signal, ...] = field(default_factory=tuple)

    @property
    def codes(self) -> list[str]:
        return [s.code for s in self.signals]

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": str(self.level),
            "lang": self.lang,
            "signals": [s.to_dict() for s in self.signals],
        }
