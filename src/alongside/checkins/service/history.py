"""The client's history: daily mood with the 7-day mean (and sleep) for the chart, and a month calendar
with each day's mood, all in the client's own time zone."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.checkins.repository import CheckInRepository
from alongside.checkins.schemas import CalendarDayRead, CalendarMonthRead, CheckInRead
from alongside.checkins.service.checkins import _client_only, client_zone, list_own_checkins, local_day_bounds
from alongside.errors import InvalidInput
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


@dataclass(frozen=True)
class MoodDay:
    day: date
    mean: float
    rolling: float  # mean of the daily means of this day and the six days before (days with data)
    sleep: float | None = None  # hours slept, as reported that day (mean if more than once)


def daily_moods(points: list[tuple[datetime, int]], tz: tzinfo) -> list[tuple[date, float]]:
    """The mean mood per calendar day in the client's time zone, oldest first."""
    by_day: dict[date, list[int]] = {}
    for at, mood in points:
        by_day.setdefault(at.astimezone(tz).date(), []).append(mood)
    return [(d, sum(v) / len(v)) for d, v in sorted(by_day.items())]


def with_rolling_mean(days: list[tuple[date, float]], window: int = 7) -> list[MoodDay]:
    """Each day with the mean of the daily means of the ``window`` days up to it (days with data).
    One pass with a sliding window, so two years of days cost no more than their number."""
    out = []
    start, total = 0, 0.0
    for day, mean in days:
        total += mean
        while (day - days[start][0]).days >= window:
            total -= days[start][1]
            start += 1
        count = len(out) + 1 - start
        out.append(MoodDay(day, round(mean, 2), round(total / count, 2)))
    return out


def daily_sleep(points: list[tuple[datetime, int | None]], tz: tzinfo) -> dict[date, float]:
    """Hours slept per day (from half hours), where reported; the mean when reported more than once."""
    by_day: dict[date, list[int]] = {}
    for at, half_hours in points:
        if half_hours is not None:
            by_day.setdefault(at.astimezone(tz).date(), []).append(half_hours)
    return {d: round(sum(v) / len(v) / 2, 1) for d, v in by_day.items()}


def checkin_history(
    session: Session,
    actor: Actor,
    *,
    days: int = 60,
    limit: int = 100,
    locale: str = "en",
    day: date | None = None,
    now: datetime | None = None,
) -> tuple[list[CheckInRead], int, list[MoodDay]]:
    """The client's recent check-ins (or those of one ``day``) and their daily mood with the 7-day mean
    and sleep, for the history page."""
    _client_only(actor)
    tz = client_zone(session, actor.user_id)
    rows, total = list_own_checkins(session, actor, limit=limit, locale=locale, day=day)
    now = now or utc_now()
    recent = CheckInRepository(session).details_between(actor, actor.user_id, now - timedelta(days=days), now)
    sleep = daily_sleep([(r[1], r[3]) for r in recent], tz)
    trend = [
        MoodDay(d.day, d.mean, d.rolling, sleep.get(d.day))
        for d in with_rolling_mean(daily_moods([(r[1], r[2]) for r in recent], tz))
    ]
    return rows, total, trend


def parse_month(value: str | None, today: date) -> date:
    """The first day of "YYYY-MM" (this month when not given); not after this month."""
    if not value:
        return today.replace(day=1)
    try:
        first = datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise InvalidInput("Give the month as YYYY-MM.", field="month") from None
    if first > today.replace(day=1):
        raise InvalidInput("That month has not begun yet.", field="month")
    if first.year < 2000:
        raise InvalidInput("Give the month as YYYY-MM.", field="month")
    return first


def _shift_month(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def calendar_month(
    session: Session, actor: Actor, *, month: str | None = None, now: datetime | None = None
) -> CalendarMonthRead:
    """Each day of a month in the client's time zone: mean mood, number of check-ins, sleep."""
    _client_only(actor)
    tz = client_zone(session, actor.user_id)
    today = (now or utc_now()).astimezone(tz).date()
    first = parse_month(month, today)
    following = _shift_month(first, 1)
    start, _ = local_day_bounds(first, tz)
    end, _ = local_day_bounds(following, tz)
    rows = CheckInRepository(session).details_between(actor, actor.user_id, start, end)
    moods: dict[date, list[int]] = {}
    for _, at, mood, *_rest in rows:
        moods.setdefault(at.astimezone(tz).date(), []).append(mood)
    sleep = daily_sleep([(r[1], r[3]) for r in rows], tz)
    days = []
    for number in range(1, calendar.monthrange(first.year, first.month)[1] + 1):
        day = first.replace(day=number)
        values = moods.get(day, [])
        mean = round(sum(values) / len(values), 1) if values else None
        days.append(CalendarDayRead(day=day, mood=mean, count=len(values), sleep_hours=sleep.get(day)))
    audit.record(
        session,
        actor,
        AuditEvent.CHECKINS_VIEWED,
        subject_id=actor.user_id,
        extra={"view": "calendar", "month": first.strftime("%Y-%m"), "count": len(rows)},
    )
    return CalendarMonthRead(
        month=first.strftime("%Y-%m"),
        today=today,
        days=days,
        previous=_shift_month(first, -1).strftime("%Y-%m"),
        next=following.strftime("%Y-%m") if following <= today else None,
    )


def calendar_weeks(month: CalendarMonthRead) -> list[list[CalendarDayRead | None]]:
    """The month's days in weeks from Monday to Sunday, with empty cells before the 1st and after the last."""
    first = month.days[0].day
    cells: list[CalendarDayRead | None] = [None] * first.weekday() + list(month.days)
    cells += [None] * (-len(cells) % 7)
    return [cells[i : i + 7] for i in range(0, len(cells), 7)]
