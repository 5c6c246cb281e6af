"""When a reminder is due: local wall-clock slots in the client's time zone, daylight-saving changes,
quiet hours, expiry, random times inside a window and snooze. Pure functions (no database, no clock:
every "now" is passed in), so each rule below has its own unit test (tests/careplan/test_reminder_times.py).

The rules, in one place:

- **Local time.** A rule's times are wall-clock times in the client's IANA time zone
  (``User.timezone``, read with zoneinfo and the tzdata package), on the chosen days of the week
  (ISO numbering: Monday = 1 … Sunday = 7). "08:00" means 08:00 on the client's clock, in summer and
  in winter alike.
- **DST gap** (spring forward; the local time does not exist, e.g. 02:30 on 29 March 2026 in
  Amsterdam): the reminder is shifted forward by the length of the gap, 02:30 → 03:30 CEST. It still
  comes that day, once. ``adjusted`` says "dst_gap".
- **DST fold** (fall back; the local time happens twice, e.g. 02:30 on 25 October 2026 in
  Amsterdam): the first occurrence only (02:30 CEST = 00:30 UTC). The second 02:30, an hour later, is
  the same slot of the same day, and a slot has one occurrence at most (unique in the database).
- **Quiet hours** (start inclusive, end exclusive, may cross midnight: 22:00–08:00): a reminder that
  falls inside them is moved to the end of that quiet period, when that is still inside its expiry
  window; otherwise it is skipped (status "skipped", reason "quiet_hours"). So a 07:30 reminder comes
  at 08:00, but a 23:00 one does not come the next morning. Equal start and end means no quiet hours.
- **Expiry.** A reminder may be sent from its planned moment until its nominal moment (the local time
  it stands for) plus the rule's expiry minutes. A reminder that could not be sent by then (the
  server was down) is marked expired, and is never sent late.
- **Random prompt.** Once a day at a minute drawn uniformly from [window start, window end), leaving
  out quiet hours and minutes already past. It is drawn when that day is first planned and stored on
  the occurrence; a restart or a second planning run finds the stored one and never draws again.
  A day is planned once its whole window fits before the planning horizon, so (with a horizon of a
  day or more) it is drawn before the window opens, from the whole window.
- **Snooze** (10, 30 or 60 minutes, once per reminder): sent once more at now + minutes, moved to the
  end of quiet hours like any reminder, and dropped if it cannot be sent within the expiry window
  counted from the snoozed moment.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_TZ = "Europe/Amsterdam"
RANDOM_SLOT = "random"
ALL_DAYS = 0b1111111
SNOOZE_MINUTES = (10, 30, 60)


def zone(name: str | None, fallback: str = FALLBACK_TZ) -> ZoneInfo:
    """The client's zone; an unknown or empty name falls back (to the organisation's, then Amsterdam)."""
    for candidate in (name, fallback, FALLBACK_TZ):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo(FALLBACK_TZ)


# --------------------------------------------------------------------------------------------
# Days of the week: a bit mask, bit 0 = Monday (ISO 1) … bit 6 = Sunday (ISO 7)
# --------------------------------------------------------------------------------------------


def mask_of(days: Iterable[int]) -> int:
    mask = 0
    for day in days:
        mask |= 1 << (day - 1)
    return mask


def days_of(mask: int) -> list[int]:
    return [day for day in range(1, 8) if mask & (1 << (day - 1))]


def runs_on(mask: int, day: date) -> bool:
    return bool(mask & (1 << (day.isoweekday() - 1)))


def spread_days(times_per_week: int) -> list[int]:
    """Days that spread N times a week evenly from Monday (3 → Mon, Wed, Fri), for default rules."""
    count = max(1, min(7, times_per_week))
    return sorted({1 + (7 * n) // count for n in range(count)})


# --------------------------------------------------------------------------------------------
# Local wall-clock time → UTC
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    at: datetime  # the UTC moment
    shifted: bool  # the local time fell in a DST gap and was moved forward by the gap


def resolve(day: date, at: time, tz: ZoneInfo) -> Resolved:
    """The UTC moment of ``at`` on ``day`` on the client's clock (see the DST rules above).

    ``fold=0`` does both rules at once (PEP 495): in a gap it reads the time with the offset from
    before the change, which lands the length of the gap later on the new clock; in a fold it picks
    the first of the two moments."""
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=tz)
    moment = local.astimezone(UTC)
    back = moment.astimezone(tz)
    return Resolved(moment, back.replace(tzinfo=None) != local.replace(tzinfo=None))


def local_wall(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.astimezone(tz)


# --------------------------------------------------------------------------------------------
# Quiet hours
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @property
    def crosses_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, at: time) -> bool:
        at = at.replace(tzinfo=None, fold=0)
        if self.start == self.end:
            return False
        if self.crosses_midnight:
            return at >= self.start or at < self.end
        return self.start <= at < self.end

    def end_after(self, moment: datetime, tz: ZoneInfo) -> datetime | None:
        """The UTC moment the quiet period containing ``moment`` ends, or ``None`` if it is not quiet."""
        wall = moment.astimezone(tz)
        if not self.contains(wall.time()):
            return None
        day = wall.date()
        if self.crosses_midnight and wall.time() >= self.start:
            day += timedelta(days=1)
        return resolve(day, self.end, tz).at

    def minutes(self) -> set[int]:
        """The quiet minutes of a day (0 … 1439), for drawing random times outside them."""
        return {m for m in range(24 * 60) if self.contains(_time_of(m))}


def quiet_hours(start: time | None, end: time | None) -> QuietHours | None:
    if start is None or end is None or start == end:
        return None
    return QuietHours(start, end)


# --------------------------------------------------------------------------------------------
# Placing one slot
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One planned reminder: the local slot it stands for and when to send it."""

    local_date: date
    slot: str  # "08:30", or "random"
    local_time: time  # the wall-clock time it stands for
    nominal_at: datetime  # that time in UTC (after the DST rules)
    planned_at: datetime  # when to send it (after quiet hours)
    expires_at: datetime
    adjusted: str | None = None  # "dst_gap", "quiet_hours" or both joined with "+"
    skipped: str | None = None  # "quiet_hours" when moving it would pass its expiry


def place(day: date, at: time, slot: str, tz: ZoneInfo, quiet: QuietHours | None, expiry: timedelta) -> Slot:
    resolved = resolve(day, at, tz)
    adjusted = ["dst_gap"] if resolved.shifted else []
    planned, expires, skipped = resolved.at, resolved.at + expiry, None
    quiet_end = quiet.end_after(resolved.at, tz) if quiet else None
    if quiet_end is not None:
        if quiet_end <= expires:
            planned = quiet_end
            adjusted.append("quiet_hours")
        else:
            skipped = "quiet_hours"
    return Slot(day, slot, at, resolved.at, planned, expires, "+".join(adjusted) or None, skipped)


def time_key(at: time) -> str:
    return at.strftime("%H:%M")


def parse_time_key(key: str) -> time:
    hours, minutes = key.split(":")
    return time(int(hours), int(minutes))


def _time_of(minute: int) -> time:
    return time(minute // 60, minute % 60)


def _minute_of(at: time) -> int:
    return at.hour * 60 + at.minute


def _days(start: datetime, end: datetime, tz: ZoneInfo) -> Iterator[date]:
    """Every local day that can hold a slot between ``start`` and ``end`` (one day of margin each side)."""
    day = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    while day <= last:
        yield day
        day += timedelta(days=1)


def fixed_slots(
    times: Iterable[time],
    weekdays: int,
    tz: ZoneInfo,
    quiet: QuietHours | None,
    expiry: timedelta,
    start: datetime,
    end: datetime,
) -> list[Slot]:
    """The slots whose nominal moment is in [start, end), in time order."""
    wanted = sorted(set(times))
    slots = []
    for day in _days(start, end, tz):
        if not runs_on(weekdays, day):
            continue
        for at in wanted:
            placed = place(day, at, time_key(at), tz, quiet, expiry)
            if start <= placed.nominal_at < end:
                slots.append(placed)
    return sorted(slots, key=lambda s: s.nominal_at)


def random_slots(
    window: tuple[time, time],
    weekdays: int,
    tz: ZoneInfo,
    quiet: QuietHours | None,
    expiry: timedelta,
    start: datetime,
    end: datetime,
    rng: random.Random,
) -> list[Slot]:
    """One slot per day whose window ends inside (start, end], drawn from the part of the window
    after ``start`` (the whole window, once planning runs ahead of it). The caller keeps what was
    drawn before: a day that already has its occurrence is never drawn again."""
    first, last = window
    slots = []
    for day in _days(start, end, tz):
        if not runs_on(weekdays, day):
            continue
        window_end = resolve(day, last, tz).at
        if not start < window_end <= end:
            continue
        drawn = draw_minute(day, first, last, tz, quiet, start, rng)
        slots.append(place(day, drawn, RANDOM_SLOT, tz, quiet, expiry))
    return slots


def draw_minute(
    day: date, first: time, last: time, tz: ZoneInfo, quiet: QuietHours | None, after: datetime, rng: random.Random
) -> time:
    """A minute of [first, last) on ``day``, not in quiet hours and not before ``after`` when any is
    left; otherwise any minute of the window not yet past (the quiet-hours rule then applies)."""
    minutes = range(_minute_of(first), _minute_of(last))
    upcoming = [m for m in minutes if resolve(day, _time_of(m), tz).at >= after] or list(minutes)
    quiet_minutes = quiet.minutes() if quiet else set()
    allowed = [m for m in upcoming if m not in quiet_minutes] or upcoming
    return _time_of(rng.choice(allowed))


# --------------------------------------------------------------------------------------------
# Snooze and expiry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snooze:
    until: datetime
    expires_at: datetime
    skipped: bool  # quiet hours start before the snooze ends and last past its expiry


def snooze(now: datetime, minutes: int, tz: ZoneInfo, quiet: QuietHours | None, expiry: timedelta) -> Snooze:
    until = now + timedelta(minutes=minutes)
    expires = until + expiry
    quiet_end = quiet.end_after(until, tz) if quiet else None
    if quiet_end is None:
        return Snooze(until, expires, False)
    return Snooze(quiet_end, expires, quiet_end > expires)


def is_expired(expires_at: datetime, now: datetime) -> bool:
    return now > expires_at
