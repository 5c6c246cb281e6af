"""Weekly adherence: how much of the planned homework the client did, per ISO week (Monday to
Sunday) in the client's own time zone.

The rules, in one place:

- A homework is planned ``times_per_week`` times a week (7 when daily) in every week that it runs
  all seven days.
- In a week that it starts or ends in (``start_date`` and ``end_date`` are inclusive), the plan is
  pro-rated by the days it runs: ``times_per_week × days / 7``, rounded half up, never more than the
  days themselves. Daily homework starting on a Thursday is planned 4 times that week; three times a
  week from a Thursday is 3 × 4 / 7 = 1.7, so 2. A week in which the pro-rated plan rounds to 0 (once
  a week, starting on a Sunday) has nothing planned: whatever is done then is a bonus.
- Done counts the days marked done inside the days the homework runs that week. Done beyond the plan
  is shown (4 of 3) but counts as 100% and never makes up for another homework: the week's total adds
  ``min(done, planned)`` over the homework.
- The current week is planned in full (not up to today), so "2 of 5" on a Wednesday reads as
  progress towards the week.
- Inactive homework counts for nothing (it is off the plan); homework that ended keeps its history
  through its end date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HISTORY_WEEKS = 8
FALLBACK_TZ = "Europe/Amsterdam"


def client_today(now: datetime, timezone: str | None) -> date:
    """The calendar day it is for the client: the day a "done today" belongs to."""
    try:
        tz = ZoneInfo(timezone or FALLBACK_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo(FALLBACK_TZ)
    return now.astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of the ISO week that ``day`` is in."""
    return day - timedelta(days=day.weekday())


def history_weeks(today: date, weeks: int = HISTORY_WEEKS) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, oldest first, ending with the current week."""
    current = week_start(today)
    return [current - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


@dataclass(frozen=True)
class Plan:
    """What adherence needs to know about one homework."""

    times_per_week: int
    start_date: date
    end_date: date | None = None
    active: bool = True


@dataclass(frozen=True)
class Adherence:
    done: int
    planned: int

    @property
    def counted(self) -> int:
        """Done as far as it counts towards the plan."""
        return min(self.done, self.planned)

    @property
    def percent(self) -> int | None:
        """Rounded half up; ``None`` when nothing was planned."""
        if not self.planned:
            return None
        return (200 * self.counted + self.planned) // (2 * self.planned)

    def __add__(self, other: Adherence) -> Adherence:
        """A week's total: done beyond one homework's plan does not make up for another."""
        return Adherence(self.counted + other.counted, self.planned + other.planned)


NOTHING = Adherence(0, 0)


def days_running(plan: Plan, monday: date) -> tuple[date, date] | None:
    """The first and last day of this week on which the homework runs, or ``None``."""
    first = max(monday, plan.start_date)
    last = monday + timedelta(days=6)
    if plan.end_date is not None:
        last = min(last, plan.end_date)
    return (first, last) if plan.active and first <= last else None


def planned_in_week(plan: Plan, monday: date) -> int:
    span = days_running(plan, monday)
    if span is None:
        return 0
    days = (span[1] - span[0]).days + 1
    if days == 7:
        return plan.times_per_week
    return min(days, (2 * plan.times_per_week * days + 7) // 14)  # × days / 7, rounded half up


def week_adherence(plan: Plan, done_on: Iterable[date], monday: date) -> Adherence:
    """One homework's adherence in the week starting ``monday``; ``done_on`` are its completion days."""
    span = days_running(plan, monday)
    if span is None:
        return NOTHING
    done = len({day for day in done_on if span[0] <= day <= span[1]})
    return Adherence(done, planned_in_week(plan, monday))


def total(adherences: Iterable[Adherence]) -> Adherence:
    result = NOTHING
    for adherence in adherences:
        result = result + adherence
    return result
