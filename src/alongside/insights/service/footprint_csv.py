"""The generic CSV: a header ``date,metric,value`` and one line per day and metric.

``date`` is the client's local calendar day (``2024-01-31``); the metric names, units and conversions
are in ``METRICS`` and ``docs/footprint-import.md``. A later line for the same date and metric replaces
an earlier one. Any bad line stops the import with an error naming its line number.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import IO, BinaryIO

from alongside.errors import InvalidInput
from alongside.insights.service.footprint_daily import DayValue, clock_hours

HEADER = ["date", "metric", "value"]
# name in the file → (feature, factor to the feature's unit, lowest, highest) after conversion
METRICS: dict[str, tuple[str, float, float, float]] = {
    "steps": ("steps", 1, 0, 200_000),
    "sleep_hours": ("sleep_hours", 1, 0, 24),
    "sleep_minutes": ("sleep_hours", 1 / 60, 0, 24),
    "resting_hr": ("resting_hr", 1, 20, 250),
    "screen_minutes": ("screen_minutes", 1, 0, 1440),
    "screen_hours": ("screen_minutes", 60, 0, 1440),
    "unlocks": ("unlocks", 1, 0, 10_000),
    "calls": ("calls", 1, 0, 10_000),
    "messages": ("messages", 1, 0, 100_000),
    "home_minutes": ("home_hours", 1 / 60, 0, 24),
    "home_hours": ("home_hours", 1, 0, 24),
    "time_at_home_hours": ("home_hours", 1, 0, 24),
    "places_visited": ("places_visited", 1, 0, 1_000),
}
CLOCK_METRICS = ("sleep_start", "sleep_end")  # HH:MM local time
BEDTIME_FROM = 18  # a bedtime at or after 18:00 was the evening before the day on the line


def _clock(metric: str, text: str) -> float:
    """``23:30`` → -0.5 for a bedtime (the evening before), wake times as they are (7.5)."""
    at = time.fromisoformat(text)
    if at.second or at.microsecond or len(text) != 5:
        raise ValueError(text)
    day = date(2000, 1, 2)
    on = date(2000, 1, 1) if metric == "sleep_start" and at.hour >= BEDTIME_FROM else day
    return clock_hours(day, on, at)


def _row(metric: str, text: str) -> tuple[str, float]:
    if metric in CLOCK_METRICS:
        return metric, _clock(metric, text)
    feature, factor, low, high = METRICS[metric]
    value = float(text) * factor
    if not math.isfinite(value) or not low <= value <= high:
        raise OverflowError(value)
    return feature, value


def _bad(name: str, line: int, what: str) -> InvalidInput:
    return InvalidInput(f"{name}, line {line}: {what}", field="file")


def iter_rows(stream: IO[str], name: str = "footprint.csv") -> Iterator[DayValue]:
    reader = csv.reader(stream)
    header = next(reader, None)
    if header is None or [h.strip().lower() for h in header] != HEADER:
        raise InvalidInput(f"{name}, line 1: the header must be exactly 'date,metric,value'.", field="file")
    for row in reader:
        line = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise _bad(name, line, f"expected 3 fields, found {len(row)}.")
        day_text, metric, value_text = (cell.strip() for cell in row)
        metric = metric.lower()
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            raise _bad(name, line, f"{day_text!r} is not a date like 2024-01-31.") from None
        if metric not in METRICS and metric not in CLOCK_METRICS:
            raise _bad(name, line, f"unknown metric {metric!r}.")
        try:
            feature, value = _row(metric, value_text)
        except OverflowError:
            raise _bad(name, line, f"{value_text!r} is out of range for {metric}.") from None
        except ValueError:
            expected = "a time like 23:30" if metric in CLOCK_METRICS else "a number"
            raise _bad(name, line, f"{value_text!r} is not {expected}.") from None
        yield DayValue(day, feature, value, "csv")


@contextmanager
def text(raw: IO[bytes]) -> Iterator[IO[str]]:
    """A caller's binary file read as UTF-8 text, left open (and unwrapped) afterwards."""
    wrapper = io.TextIOWrapper(raw, "utf-8-sig", newline="")
    try:
        yield wrapper
    finally:
        wrapper.detach()


def iter_file(source: str | Path | BinaryIO, *, filename: str = "footprint.csv") -> Iterator[DayValue]:
    try:
        if isinstance(source, str | Path):
            with open(source, encoding="utf-8-sig", newline="") as stream:
                yield from iter_rows(stream, Path(source).name)
        else:
            with text(source) as stream:
                yield from iter_rows(stream, filename)
    except UnicodeDecodeError:
        raise InvalidInput(f"{filename} is not UTF-8 text.", field="file") from None
