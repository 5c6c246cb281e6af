"""Scoring of PHQ-9, GAD-7 and WHO-5 and the NHS Talking Therapies change rules, as pure functions.

Every number here comes from CLINICAL.md (the rule there wins over this file):

- PHQ-9 total 0–27: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
- GAD-7 total 0–21: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.
- WHO-5 raw 0–25, ×4 → 0–100; ≤ 50 poor wellbeing, ≤ 28 likely depression; 10 points is a
  meaningful change; higher is better.
- Caseness: PHQ-9 ≥ 10, GAD-7 ≥ 8.
- Reliable improvement: PHQ-9 down ≥ 6 or GAD-7 down ≥ 4 (and the other not reliably worse).
- Reliable deterioration: PHQ-9 up ≥ 6 or GAD-7 up ≥ 4.
- Recovery: a case at the first measure, not a case on either at the last.
- Reliable recovery: recovery and reliable improvement together.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass


class Instrument(enum.StrEnum):
    PHQ9 = "phq9"
    GAD7 = "gad7"
    WHO5 = "who5"


ITEM_COUNT = {Instrument.PHQ9: 9, Instrument.GAD7: 7, Instrument.WHO5: 5}
ANSWER_MAX = {Instrument.PHQ9: 3, Instrument.GAD7: 3, Instrument.WHO5: 5}
SCORE_MAX = {Instrument.PHQ9: 27, Instrument.GAD7: 21, Instrument.WHO5: 100}
WHO5_MULTIPLIER = 4
PHQ9_DIFFICULTY_MAX = 3
PHQ9_ITEM9 = 9

# (lowest score, highest score, band code), from the bottom of the scale up.
BANDS: dict[Instrument, tuple[tuple[int, int, str], ...]] = {
    Instrument.PHQ9: (
        (0, 4, "minimal"),
        (5, 9, "mild"),
        (10, 14, "moderate"),
        (15, 19, "moderately_severe"),
        (20, 27, "severe"),
    ),
    Instrument.GAD7: ((0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")),
    # WHO-5 percentages are multiples of 4: "≤ 28" is raw 7 or less, "≤ 50" is raw 12 (48) or less.
    Instrument.WHO5: ((0, 28, "likely_depression"), (29, 50, "poor_wellbeing"), (51, 100, "adequate")),
}

CASENESS = {Instrument.PHQ9: 10, Instrument.GAD7: 8}
RELIABLE_CHANGE = {Instrument.PHQ9: 6, Instrument.GAD7: 4, Instrument.WHO5: 10}
HIGHER_IS_BETTER = {Instrument.WHO5}


def instrument_of(name: str) -> Instrument | None:
    try:
        return Instrument(name)
    except ValueError:
        return None


def missing_items(instrument: Instrument, answers: Mapping[int, int]) -> list[int]:
    """Item numbers (1-based) without an answer."""
    return [n for n in range(1, ITEM_COUNT[instrument] + 1) if answers.get(n) is None]


def invalid_items(instrument: Instrument, answers: Mapping[int, int]) -> list[int]:
    """Item numbers that do not exist or whose answer is outside the instrument's options."""
    count, top = ITEM_COUNT[instrument], ANSWER_MAX[instrument]
    return sorted(n for n, v in answers.items() if not 1 <= n <= count or (v is not None and not 0 <= v <= top))


def raw_total(instrument: Instrument, answers: Mapping[int, int]) -> int:
    """The sum of the answers; every item must be answered (see ``missing_items``)."""
    if missing_items(instrument, answers) or invalid_items(instrument, answers):
        raise ValueError(f"{instrument}: incomplete or invalid answers")
    return sum(answers[n] for n in range(1, ITEM_COUNT[instrument] + 1))


def who5_percentage(raw: int) -> int:
    if not 0 <= raw <= 25:
        raise ValueError("WHO-5 raw score is 0–25")
    return raw * WHO5_MULTIPLIER


def score(instrument: Instrument, answers: Mapping[int, int]) -> int:
    """The reported score: the total for PHQ-9 and GAD-7, the percentage (raw × 4) for WHO-5."""
    raw = raw_total(instrument, answers)
    return who5_percentage(raw) if instrument == Instrument.WHO5 else raw


def band(instrument: Instrument, value: int) -> str:
    for low, high, code in BANDS[instrument]:
        if low <= value <= high:
            return code
    raise ValueError(f"{instrument} score {value} is outside 0–{SCORE_MAX[instrument]}")


def is_case(instrument: Instrument, value: int) -> bool:
    """Above the clinical cut-off (PHQ-9 ≥ 10, GAD-7 ≥ 8); WHO-5 has no caseness rule here."""
    threshold = CASENESS.get(instrument)
    return threshold is not None and value >= threshold


def reliable_change(instrument: Instrument, before: int, after: int) -> int:
    """+1 reliably better, -1 reliably worse, 0 within the measurement's own noise.

    "Better" is down for PHQ-9 and GAD-7 and up for WHO-5 (10 points there).
    """
    delta = after - before
    if instrument in HIGHER_IS_BETTER:
        delta = -delta
    if delta <= -RELIABLE_CHANGE[instrument]:
        return 1
    if delta >= RELIABLE_CHANGE[instrument]:
        return -1
    return 0


@dataclass(frozen=True)
class Measure:
    """PHQ-9 and GAD-7 at one point in time; either may be missing."""

    phq9: int | None = None
    gad7: int | None = None

    def scores(self) -> dict[Instrument, int]:
        pairs = {Instrument.PHQ9: self.phq9, Instrument.GAD7: self.gad7}
        return {instrument: value for instrument, value in pairs.items() if value is not None}


@dataclass(frozen=True)
class Outcome:
    case_at_start: bool
    case_at_end: bool
    reliable_improvement: bool
    reliable_deterioration: bool
    recovery: bool
    reliable_recovery: bool


def is_case_on_either(measure: Measure) -> bool:
    return any(is_case(instrument, value) for instrument, value in measure.scores().items())


def outcome(first: Measure, last: Measure) -> Outcome | None:
    """NHS Talking Therapies outcome from the first to the last measure.

    Change counts only for instruments measured at both ends (``None`` when there is none); caseness
    uses every score there is, so a case on an instrument measured only at the end is still a case.
    """
    start, end = first.scores(), last.scores()
    both = start.keys() & end.keys()
    if not both:
        return None
    changes = {i: reliable_change(i, start[i], end[i]) for i in both}
    worse = any(change < 0 for change in changes.values())
    improvement = any(change > 0 for change in changes.values()) and not worse
    case_start = is_case_on_either(first)
    case_end = is_case_on_either(last)
    recovery = case_start and not case_end
    return Outcome(
        case_at_start=case_start,
        case_at_end=case_end,
        reliable_improvement=improvement,
        reliable_deterioration=worse,
        recovery=recovery,
        reliable_recovery=recovery and improvement,
    )
