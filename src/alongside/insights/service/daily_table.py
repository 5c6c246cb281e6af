"""The daily table the pattern engine reads: one row per calendar day, outcomes and factors as floats.

Invariants of a ``DailyTable``: ``dates`` are unique and ascending (``datetime64[D]``); every outcome and
factor column has one float per date, NaN meaning "unknown"; mood lies in 1–10, anxiety and energy in
0–10. A day absent from the table is simply unknown — the engine works on calendar days, so a missing
day breaks a lag-1 pair rather than joining the days either side of it.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

OUTCOME_RANGES = {"mood": (1.0, 10.0), "anxiety": (0.0, 10.0), "energy": (0.0, 10.0)}
UNKNOWN = {"", "na", "n/a", "nan", "null"}


class TableError(ValueError):
    """A daily table that cannot be read; the message names the line and column."""


@dataclass(frozen=True)
class DailyTable:
    dates: np.ndarray
    outcomes: dict[str, np.ndarray] = field(default_factory=dict)
    factors: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def from_columns(cls, dates, outcomes: dict, factors: dict | None = None) -> DailyTable:
        """Build from arrays (tests, benchmarks, a service reading check-ins); sorts by date, checks the invariants."""
        days = np.asarray(dates, dtype="datetime64[D]")
        order = np.argsort(days, kind="stable")
        days = days[order]
        if len(days) > 1 and np.any(np.diff(days.astype(np.int64)) == 0):
            raise TableError("duplicate dates")

        def column(values) -> np.ndarray:
            array = np.asarray(values, dtype=float)
            if array.shape != (len(order),):
                raise TableError("every column needs one value per date")
            return array[order]

        factors = {k: column(v) for k, v in (factors or {}).items()}
        table = cls(days, {k: column(v) for k, v in outcomes.items()}, factors)
        for name, values in table.outcomes.items():
            low, high = OUTCOME_RANGES.get(name, (-math.inf, math.inf))
            known = values[~np.isnan(values)]
            if np.any((known < low) | (known > high)):
                raise TableError(f"{name} outside {low:g}–{high:g}")
        return table

    def __len__(self) -> int:
        return len(self.dates)


def read_daily_table(path: str | Path) -> DailyTable:
    """Read a CSV file: a ``date`` column (ISO dates), outcome columns, any factor columns (blank = unknown)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise TableError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TableError(f"{path}: cannot read: {exc}") from exc
    return parse_daily_table(text)


def parse_daily_table(text: str) -> DailyTable:
    """Parse CSV text; line numbers in errors count the header as line 1."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError("line 1: empty file, expected a header with a 'date' column")
    header = [cell.strip().lower() for cell in rows[0]]
    if "date" not in header:
        raise TableError("line 1: no 'date' column in the header")
    if len(set(header)) != len(header):
        raise TableError("line 1: a column name appears twice")
    if "mood" not in header:
        raise TableError("line 1: no 'mood' column in the header")
    dates, columns = _parse_rows(header, rows[1:])
    outcomes = {name: columns[name] for name in header if name in OUTCOME_RANGES}
    factors = {name: columns[name] for name in header if name != "date" and name not in OUTCOME_RANGES}
    return DailyTable.from_columns(dates, outcomes, factors)


def _parse_rows(header: list[str], rows: list[list[str]]) -> tuple[list[date], dict[str, list[float]]]:
    date_at = header.index("date")
    dates: list[date] = []
    seen: dict[date, int] = {}
    columns: dict[str, list[float]] = {name: [] for name in header if name != "date"}
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise TableError(f"line {line}: {len(row)} values but the header has {len(header)} columns")
        row = row + [""] * (len(header) - len(row))
        day = _parse_date(row[date_at].strip(), line)
        if day in seen:
            raise TableError(f"line {line}, column 'date': {day.isoformat()} already on line {seen[day]}")
        seen[day] = line
        dates.append(day)
        for name, cell in zip(header, row, strict=True):
            if name != "date":
                columns[name].append(_parse_value(cell.strip(), line, name))
    return dates, columns


def _parse_date(cell: str, line: int) -> date:
    try:
        if len(cell) != 10:
            raise ValueError
        return date.fromisoformat(cell)
    except ValueError:
        raise TableError(f"line {line}, column 'date': {cell!r} is not an ISO date (YYYY-MM-DD)") from None


def _parse_value(cell: str, line: int, name: str) -> float:
    if cell.lower() in UNKNOWN:
        return math.nan
    try:
        value = float(cell)
    except ValueError:
        raise TableError(f"line {line}, column {name!r}: {cell!r} is not a number") from None
    if not math.isfinite(value):
        raise TableError(f"line {line}, column {name!r}: {cell!r} is not a finite number")
    low, high = OUTCOME_RANGES.get(name, (-math.inf, math.inf))
    if not low <= value <= high:
        raise TableError(f"line {line}, column {name!r}: {cell} is outside {low:g}–{high:g}")
    return value
