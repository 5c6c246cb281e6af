"""Planning: writing each rule's reminders (occurrences) for the coming hours, so that the dispatch
job only has to send what is due.

- The periodic job ``careplan.plan_reminders`` plans every enabled rule from where it left off
  (``rule.planned_until``) to now + ``reminder_planning_horizon_hours``. After downtime it also
  writes the slots it missed (at most ``reminder_backfill_days`` back); the dispatch job then sends
  each once if still inside its expiry window and marks the others expired.
- Rows are inserted with ``ON CONFLICT DO NOTHING`` on (rule, local day, slot): planning twice, two
  planners at once, or a restart, never makes a second reminder for a slot, and a random time drawn
  earlier is kept (the new draw is simply not inserted).
- A changed rule drops its planned (unsent) reminders and is planned again from now. Changed quiet
  hours or a changed time zone re-place the coming reminders where they are: same local day, slot
  and time (a random time stays as drawn), new moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.careplan.models import (
    Homework,
    OccurrenceStatus,
    ReminderKind,
    ReminderMode,
    ReminderPreferences,
    ReminderRule,
)
from alongside.careplan.repository import (
    HomeworkRepository,
    OccurrenceRepository,
    ReminderPreferencesRepository,
    ReminderRuleRepository,
)
from alongside.careplan.service import reminder_times as times
from alongside.config import settings
from alongside.kit.orm import utc_now

DEFAULT_QUIET = (time(22, 0), time(8, 0))
_rng = random.Random()  # noqa: S311 (a reminder's minute, not a secret)


@dataclass(frozen=True)
class ClientClock:
    """The client's zone and quiet hours, as planning needs them."""

    timezone: str
    tz: ZoneInfo
    quiet: times.QuietHours | None


def quiet_of(preferences: ReminderPreferences | None) -> times.QuietHours | None:
    """No preferences yet: the default quiet hours (22:00–08:00)."""
    if preferences is None:
        return times.quiet_hours(*DEFAULT_QUIET)
    return times.quiet_hours(preferences.quiet_start, preferences.quiet_end)


def client_clock(session: Session, client_id: int, preferences: ReminderPreferences | None = None) -> ClientClock:
    user = accounts_service.get_user(session, client_id)
    tz = times.zone(user.timezone if user else None)
    if preferences is None:
        preferences = ReminderPreferencesRepository(session).get(client_id)
    return ClientClock(tz.key, tz, quiet_of(preferences))


def horizon(now: datetime) -> datetime:
    return now + timedelta(hours=settings.reminder_planning_horizon_hours)


def rule_slots(
    rule: ReminderRule, clock: ClientClock, start: datetime, end: datetime, rng: random.Random
) -> list[times.Slot]:
    expiry = timedelta(minutes=rule.expiry_minutes)
    if rule.mode == ReminderMode.RANDOM and rule.window_start and rule.window_end:
        window = (rule.window_start, rule.window_end)
        return times.random_slots(window, rule.weekdays, clock.tz, clock.quiet, expiry, start, end, rng)
    wanted = [times.parse_time_key(key) for key in rule.times]
    return times.fixed_slots(wanted, rule.weekdays, clock.tz, clock.quiet, expiry, start, end)


def homework_runs(homework: Homework | None, slot: times.Slot) -> bool:
    if homework is None or not homework.active:
        return False
    if slot.local_date < homework.start_date:
        return False
    return homework.end_date is None or slot.local_date <= homework.end_date


def _row(rule: ReminderRule, clock: ClientClock, slot: times.Slot, now: datetime) -> dict[str, Any]:
    return {
        "rule_id": rule.id,
        "client_id": rule.client_id,
        "kind": rule.kind,
        "homework_id": rule.homework_id,
        "instrument": rule.instrument,
        "local_date": slot.local_date,
        "slot": slot.slot,
        "local_time": slot.local_time,
        "timezone": clock.timezone,
        "planned_at": slot.planned_at,
        "expires_at": slot.expires_at,
        "status": OccurrenceStatus.SKIPPED if slot.skipped else OccurrenceStatus.PLANNED,
        "reason": slot.skipped,
        "adjusted": slot.adjusted,
        "created_at": now,
    }


def plan_rule(
    session: Session,
    rule: ReminderRule,
    clock: ClientClock,
    *,
    now: datetime,
    until: datetime | None = None,
    rng: random.Random | None = None,
) -> int:
    """Write the rule's reminders from where planning left off (from now for a new or changed rule;
    at most ``reminder_backfill_days`` back after downtime) up to ``until``. Returns the slots offered."""
    until = until or horizon(now)
    if rule.planned_until is None:
        start = now
    else:
        start = max(rule.planned_until, now - timedelta(days=settings.reminder_backfill_days))
    if start >= until:
        return 0
    slots = rule_slots(rule, clock, start, until, rng or _rng)
    if rule.kind == ReminderKind.HOMEWORK:
        homework = HomeworkRepository(session).get(rule.homework_id) if rule.homework_id else None
        slots = [slot for slot in slots if homework_runs(homework, slot)]
    OccurrenceRepository(session).insert_new([_row(rule, clock, slot, now) for slot in slots])
    rule.planned_until = until
    return len(slots)


def replace_upcoming(session: Session, rules: list[ReminderRule], clock: ClientClock, now: datetime) -> int:
    """Re-place the coming reminders of these rules for new quiet hours or a new time zone: same local
    day, slot and wall-clock time, a new moment. Conditional on the status each was read with, so one
    that a worker sends meanwhile is left alone. Returns how many moved."""
    by_id = {rule.id: rule for rule in rules}
    repo = OccurrenceRepository(session)
    moved = 0
    for occurrence in repo.upcoming_for_rules(by_id, now):
        rule = by_id[occurrence.rule_id] if occurrence.rule_id in by_id else None
        if rule is None:
            continue
        expiry = timedelta(minutes=rule.expiry_minutes)
        slot = times.place(occurrence.local_date, occurrence.local_time, occurrence.slot, clock.tz, clock.quiet, expiry)
        moved += repo.transition(
            occurrence,
            [occurrence.status],
            timezone=clock.timezone,
            planned_at=slot.planned_at,
            expires_at=slot.expires_at,
            adjusted=slot.adjusted,
            status=OccurrenceStatus.SKIPPED if slot.skipped else OccurrenceStatus.PLANNED,
            reason=slot.skipped,
        )
    return moved


def plan_reminders(session: Session, *, now: datetime | None = None, rng: random.Random | None = None) -> int:
    """The periodic job: every enabled rule of every client, up to the horizon. A rule whose planned
    reminders were made in another time zone (the client moved) is re-placed and planned again from now."""
    now = now or utc_now()
    until = horizon(now)
    rules = ReminderRuleRepository(session).enabled()
    preferences = ReminderPreferencesRepository(session).for_clients({rule.client_id for rule in rules})
    zones = OccurrenceRepository(session).zones_of_planned(rule.id for rule in rules)
    clocks: dict[int, ClientClock] = {}
    offered = 0
    for rule in rules:
        if rule.client_id not in clocks:
            clocks[rule.client_id] = client_clock(session, rule.client_id, preferences.get(rule.client_id))
        clock = clocks[rule.client_id]
        if zones.get(rule.id, set()) - {clock.timezone}:
            replace_upcoming(session, [rule], clock, now)
            rule.planned_until = now
        offered += plan_rule(session, rule, clock, now=now, until=until, rng=rng)
    return offered


def replan_rule(session: Session, rule: ReminderRule, *, now: datetime, rng: random.Random | None = None) -> None:
    """After the client changed a rule: its unsent reminders go, and it is planned again from now."""
    repo = OccurrenceRepository(session)
    repo.delete_upcoming(rule.id, now)
    rule.planned_until = None
    if rule.enabled:
        plan_rule(session, rule, client_clock(session, rule.client_id), now=now, rng=rng)


def replace_for_client(session: Session, client_id: int, *, now: datetime) -> int:
    """After the client changed their quiet hours: re-place the coming reminders of all their rules."""
    rules = ReminderRuleRepository(session).enabled(client_id)
    return replace_upcoming(session, rules, client_clock(session, client_id), now)


def next_planned(session: Session, rule_ids: list[int], now: datetime) -> dict[int, datetime]:
    return OccurrenceRepository(session).next_planned(rule_ids, now)
