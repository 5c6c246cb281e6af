"""Google Takeout (Google Fit, and Fitbit's "Global Export Data"), as a zip or one of its files.

What is read (everything else in the archive is ignored; see ``docs/footprint-import.md``):

- ``Fit/Daily activity metrics/Daily activity metrics.csv``: ``Date`` and ``Step count``. Without that
  summary, the per-day files ``Fit/Daily activity metrics/YYYY-MM-DD.csv`` (``Start time`` with its
  offset, ``Step count``), re-bucketed into the client's days.
- ``Fit/All Sessions/*.json`` with ``"fitnessActivity": "sleep"``: ``startTime`` and ``endTime``.
- Fitbit ``steps-YYYY-MM-DD.json`` (``dateTime`` in UTC, ``value``), ``sleep-YYYY-MM-DD.json``
  (``startTime``/``endTime`` in the client's local time, ``minutesAsleep``) and
  ``resting_heart_rate-YYYY-MM-DD.json`` (``value.date``, ``value.value``; 0 means unknown).
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from alongside.errors import InvalidInput
from alongside.insights.service.footprint_csv import text
from alongside.insights.service.footprint_daily import DayValue, Sample

FIT_SUMMARY = "Daily activity metrics.csv"
FIT_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})\.csv$")
FITBIT = re.compile(r"^(steps|sleep|resting_heart_rate)-\d{4}-\d{2}-\d{2}\.json$")
Item = Sample | DayValue


def _fail(name: str, where: str, what: str) -> InvalidInput:
    return InvalidInput(f"{name}, {where}: {what}", field="file")


def _number(text: str | None) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def fit_summary(stream: IO[str], name: str) -> Iterator[Item]:
    """The Takeout summary: one row per day as the phone counted it (its days, not re-bucketed)."""
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "Date" not in reader.fieldnames:
        raise _fail(name, "line 1", "expected a 'Date' column.")
    for row in reader:
        try:
            day = date.fromisoformat(row["Date"].strip())
            steps = _number(row.get("Step count"))
        except (ValueError, AttributeError):
            raise _fail(name, f"line {reader.line_num}", "a date like 2024-01-31 and a numeric 'Step count'.") from None
        if steps is not None:
            yield DayValue(day, "steps", steps, "google_fit")


def fit_day(stream: IO[str], name: str, day: date) -> Iterator[Item]:
    """A per-day Takeout file: quarter-hour rows with ``Start time`` like ``09:15:00.000+01:00``."""
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "Start time" not in reader.fieldnames:
        raise _fail(name, "line 1", "expected a 'Start time' column.")
    for row in reader:
        try:
            steps = _number(row.get("Step count"))
            if steps is None:
                continue
            start = datetime.fromisoformat(f"{day.isoformat()}T{row['Start time'].strip()}")
            end = datetime.fromisoformat(f"{day.isoformat()}T{row['End time'].strip()}")
            if start.tzinfo is None:
                raise ValueError("no offset")
        except (ValueError, KeyError, AttributeError):
            raise _fail(name, f"line {reader.line_num}", "expected times like 09:15:00.000+01:00.") from None
        yield Sample("steps", start, max(start, end), steps, "count", "google_fit")


def fit_session(data: Any, name: str) -> Iterator[Item]:
    """A Takeout session; only sleep sessions are read."""
    if not isinstance(data, dict) or data.get("fitnessActivity") != "sleep":
        return
    try:
        start = datetime.fromisoformat(data["startTime"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(data["endTime"].replace("Z", "+00:00"))
    except (KeyError, ValueError, AttributeError):
        raise _fail(name, "startTime/endTime", "expected ISO times like 2024-01-01T22:30:00.000Z.") from None
    if end > start:
        yield Sample("sleep", start, end, (end - start).total_seconds() / 3600, "h", "google_fit")


def _fitbit_time(text: str) -> datetime:
    return datetime.strptime(text, "%m/%d/%y %H:%M:%S")


def fitbit(data: Any, name: str, kind: str, tz: tzinfo) -> Iterator[Item]:
    """One Fitbit file: a JSON list of entries, element numbers counted from 1 in errors."""
    if not isinstance(data, list):
        raise _fail(name, "top level", "expected a JSON list.")
    for number, entry in enumerate(data, start=1):
        try:
            yield from _fitbit_entry(entry, kind, tz)
        except (KeyError, ValueError, TypeError, AttributeError):
            raise _fail(name, f"entry {number}", f"not a Fitbit {kind} entry.") from None


def _fitbit_entry(entry: dict[str, Any], kind: str, tz: tzinfo) -> Iterator[Item]:
    if kind == "steps":
        at = _fitbit_time(entry["dateTime"]).replace(tzinfo=UTC)
        yield Sample("steps", at, at + timedelta(minutes=1), float(entry["value"]), "count", "fitbit")
    elif kind == "sleep":
        start = datetime.fromisoformat(entry["startTime"]).replace(tzinfo=tz)
        end = datetime.fromisoformat(entry["endTime"]).replace(tzinfo=tz)
        if end > start:
            yield Sample("sleep", start, end, float(entry["minutesAsleep"]) / 60, "h", "fitbit")
    else:
        value = entry["value"]
        bpm = float(value["value"])
        if bpm > 0:
            day = datetime.strptime(value["date"], "%m/%d/%y").date()
            yield DayValue(day, "resting_hr", bpm, "fitbit")


def _reader(name: str, tz: tzinfo, *, alone: bool = False) -> Callable[[IO[bytes], bool], Iterator[Item]] | None:
    """How to read a file of this name (``None``: not ours); ``has_summary`` skips per-day Fit files.
    In a zip, per-day CSVs and sessions are known by their folder; a file given ``alone`` by its name."""
    base = PurePosixPath(name).name
    if base == FIT_SUMMARY:

        def summary(raw: IO[bytes], _: bool) -> Iterator[Item]:
            with text(raw) as stream:
                yield from fit_summary(stream, name)

        return summary
    found = FIT_DAY.match(base)
    if found and (alone or "Daily activity metrics" in name):
        day = date.fromisoformat(found.group(1))

        def per_day(raw: IO[bytes], has_summary: bool) -> Iterator[Item]:
            if not has_summary:
                with text(raw) as stream:
                    yield from fit_day(stream, name, day)

        return per_day
    fitbit_file = FITBIT.match(base)
    if fitbit_file:
        return lambda raw, _: fitbit(_json(raw, name), name, fitbit_file.group(1), tz)
    if base.endswith(".json") and (alone or "All Sessions" in name):
        return lambda raw, _: fit_session(_json(raw, name), name)
    return None


def _json(raw: IO[bytes], name: str) -> Any:
    try:
        return json.load(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "start"
        raise _fail(name, where, "the JSON is malformed.") from None


def is_google_name(name: str) -> bool:
    return _reader(name, UTC) is not None


def iter_file(source: str | Path | BinaryIO, *, filename: str, tz: tzinfo) -> Iterator[Item]:
    """Items of a Takeout zip or of one of the files above (named by ``filename``)."""
    if filename.lower().endswith(".zip"):
        yield from _iter_zip(source, tz)
        return
    read = _reader(filename, tz, alone=True)
    if read is None:
        raise InvalidInput(f"{filename} is not a Google Fit or Fitbit file this import reads.", field="file")
    if isinstance(source, str | Path):
        with open(source, "rb") as raw:
            yield from read(raw, False)
    else:
        yield from read(source, False)


def _iter_zip(source: str | Path | BinaryIO, tz: tzinfo) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise InvalidInput("The file is not a readable zip archive.", field="file") from None
    with archive:
        readers = [(n, r) for n in sorted(archive.namelist()) if (r := _reader(n, tz)) is not None]
        if not readers:
            raise InvalidInput("The zip holds no Google Fit or Fitbit files this import reads.", field="file")
        has_summary = any(PurePosixPath(n).name == FIT_SUMMARY for n, _ in readers)
        for name, read in readers:
            with archive.open(name) as raw:
                yield from read(raw, has_summary)
