"""Normalized samples from any footprint export, and their reduction to daily features in the client's
time zone (see ``docs/footprint-import.md``).

A parser yields two kinds of item: a ``Sample`` (a measurement over an interval, e.g. 120 steps from
09:00 to 09:10 +01:00) or a ``DayValue`` (a value the export already gives per calendar day). The
reducer keeps only per-day and per-night aggregates, so its memory grows with the number of days,
never with the number of samples.

Rules, in one place:
- A sample belongs to the local calendar day (client's zone) of its start.
- Sleep belongs to the day you wake up: asleep time in samples *ending* between 18:00 the day before
  and 18:00 that day, local time. Only asleep time counts, never "in bed".
- Several sources (iPhone and Watch) measure the same steps: per day, the source with the largest
  total wins; the same for sleep (largest asleep time). Resting heart rate is the mean of all samples.
- Clock times of sleep are wall-clock hours relative to the wake day's midnight: 23:30 the evening
  before is -0.5, 00:45 is 0.75, 07:10 is 7.17 — continuous across midnight, so they average well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

FEATURES = (
    "steps",
    "sleep_hours",
    "sleep_start",
    "sleep_mid",
    "sleep_end",
    "resting_hr",
    "screen_minutes",
    "unlocks",
    "calls",
    "messages",
    "home_hours",
    "places_visited",
)
SAMPLE_METRICS = ("steps", "sleep", "resting_hr")
WAKE_DAY_CUTOFF = timedelta(hours=6)  # end + 6 h: sleep ending before 18:00 belongs to that day
EPISODE_GAP = 3600.0  # asleep stretches less than an hour apart are one night's sleep (seconds)
DIGITS = {"steps": 0, "unlocks": 0, "calls": 0, "messages": 0, "places_visited": 0, "resting_hr": 1}


@dataclass(frozen=True, slots=True)
class Sample:
    """``value``: steps (count), resting_hr (bpm) or sleep (hours asleep within [start, end])."""

    metric: str
    start: datetime
    end: datetime
    value: float
    unit: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class DayValue:
    """A feature the export gives per calendar day (``metric`` is one of ``FEATURES``)."""

    day: date
    metric: str
    value: float
    source: str = ""


@dataclass
class Daily:
    """The result: ``features[day][metric]``, and how many samples and day values were read."""

    features: dict[date, dict[str, float]] = field(default_factory=dict)
    items: int = 0

    @property
    def days(self) -> list[date]:
        return sorted(self.features)


class DailyReducer:
    """Feed items with ``add`` (or ``add_all``), then call ``result``."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.items = 0
        self._steps: dict[tuple[date, str], float] = defaultdict(float)
        self._hr: dict[date, list[float]] = {}
        self._sleep: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
        self._days: dict[tuple[date, str, str], float] = {}
        self._offsets: dict[int, timedelta] = {}

    def local_day(self, at: datetime) -> date:
        """The client's calendar day of an aware time; the zone's offset is cached per UTC hour."""
        epoch = at.timestamp()
        hour = int(epoch // 3600)
        offset = self._offsets.get(hour)
        if offset is None:
            offset = self._offsets[hour] = datetime.fromtimestamp(hour * 3600, UTC).astimezone(self.tz).utcoffset()
        return date.fromordinal(719163 + int((epoch + offset.total_seconds()) // 86400))

    def add(self, item: Sample | DayValue) -> None:
        self.items += 1
        if type(item) is Sample:
            metric = item.metric
            if metric == "steps":
                self._steps[self.local_day(item.start), item.source] += item.value
            elif metric == "sleep":
                self._sleep[item.source].append((item.start.timestamp(), item.end.timestamp(), item.value))
            elif metric == "resting_hr":
                self._hr.setdefault(self.local_day(item.start), []).append(item.value)
            else:
                raise ValueError(f"unknown sample metric {metric!r}")
        else:
            self._days[item.day, item.metric, item.source] = item.value

    def add_all(self, items: Iterable[Sample | DayValue]) -> DailyReducer:
        for item in items:
            self.add(item)
        return self

    def result(self) -> Daily:
        features: dict[date, dict[str, float]] = defaultdict(dict)
        for (day, _source), total in _largest_per_day(self._steps).items():
            features[day]["steps"] = total
        for day, values in self._hr.items():
            features[day]["resting_hr"] = sum(values) / len(values)
        for day, night in self._nights().items():
            features[day].update(night)
        for (day, metric), value in _largest_per_day_metric(self._days).items():
            features[day][metric] = value
        for values in features.values():
            _complete_sleep_times(values)
        rounded = {
            day: {m: round(v, DIGITS.get(m, 2)) for m, v in sorted(values.items())}
            for day, values in sorted(features.items())
        }
        return Daily(features=rounded, items=self.items)

    def _nights(self) -> dict[date, dict[str, float]]:
        """Per wake day, the sleep of the source that recorded the most asleep time."""
        best: dict[date, dict[str, float]] = {}
        for intervals in self._sleep.values():
            for day, night in self._source_nights(intervals).items():
                if day not in best or night["sleep_hours"] > best[day]["sleep_hours"]:
                    best[day] = night
        return best

    def _source_nights(self, intervals: list[tuple[float, float, float]]) -> dict[date, dict[str, float]]:
        """One source's asleep intervals: overlaps clipped (counted once), grouped by wake day."""
        by_day: dict[date, list[tuple[float, float, float]]] = defaultdict(list)
        covered = float("-inf")
        for start, end, hours in sorted(intervals):
            if end <= covered or end <= start:
                continue
            clipped = max(start, covered)
            by_day[self._wake_day(end)].append((clipped, end, hours * (end - clipped) / (end - start)))
            covered = end
        return {day: self._night(day, parts) for day, parts in by_day.items()}

    def _wake_day(self, end: float) -> date:
        return self.local_day(datetime.fromtimestamp(end, UTC) + WAKE_DAY_CUTOFF)

    def _night(self, day: date, parts: list[tuple[float, float, float]]) -> dict[str, float]:
        """Total asleep hours, and the times of the longest episode (naps aside)."""
        episodes: list[list[float]] = []
        for start, end, hours in parts:
            if episodes and start - episodes[-1][1] < EPISODE_GAP:
                episodes[-1][1] = end
                episodes[-1][2] += hours
            else:
                episodes.append([start, end, hours])
        start, end, _ = max(episodes, key=lambda e: (e[2], e[1]))
        return {
            "sleep_hours": sum(hours for _, _, hours in parts),
            "sleep_start": self._clock(day, start),
            "sleep_mid": self._clock(day, (start + end) / 2),
            "sleep_end": self._clock(day, end),
        }

    def _clock(self, day: date, epoch: float) -> float:
        local = datetime.fromtimestamp(epoch, self.tz)
        return clock_hours(day, local.date(), local.time())


def clock_hours(day: date, on: date, at: time) -> float:
    """Wall-clock hours of ``on`` ``at`` relative to midnight starting ``day`` (-0.5 = 23:30 the day before)."""
    return (on - day).days * 24 + at.hour + at.minute / 60 + at.second / 3600


def _largest_per_day(totals: dict[tuple[date, str], float]) -> dict[tuple[date, str], float]:
    best: dict[date, tuple[str, float]] = {}
    for (day, source), total in totals.items():
        if day not in best or total > best[day][1]:
            best[day] = (source, total)
    return {(day, source): total for day, (source, total) in best.items()}


def _largest_per_day_metric(values: dict[tuple[date, str, str], float]) -> dict[tuple[date, str], float]:
    """Day values given by several sources: counts and durations take the largest, as for steps."""
    best: dict[tuple[date, str], float] = {}
    for (day, metric, _source), value in values.items():
        key = (day, metric)
        if key not in best or value > best[key]:
            best[key] = value
    return best


def _complete_sleep_times(values: dict[str, float]) -> None:
    """A day with a bedtime and a wake time but no midpoint (the generic CSV) gets the midpoint."""
    if "sleep_mid" not in values and "sleep_start" in values and "sleep_end" in values:
        values["sleep_mid"] = (values["sleep_start"] + values["sleep_end"]) / 2


def reduce_daily(items: Iterable[Sample | DayValue], tz: tzinfo) -> Daily:
    """All items of one export as daily features in ``tz``."""
    return DailyReducer(tz).add_all(items).result()
