"""The client's reminders: the list (open ones and the history, with planned, sent, opened and
answered times), opening one, snoozing one, and ``record_reminder_answered`` for the domains in
which the client does what a reminder asked for.

For other domains: after the client checked in, submitted a questionnaire or marked homework done,
call ``record_reminder_answered(session, client_id, "checkin" | "questionnaire" | "homework", ...)``
in the same transaction. It marks the client's open reminder (sent in the last 24 hours, not yet
answered) as answered: the latest check-in reminder, the latest reminder for that questionnaire
(or for any questionnaire), every reminder for that homework on the day marked done. An answered
reminder that was snoozed is not sent again. Nothing happens when there is no open reminder.

Rules of the rest (times, quiet hours, DST, expiry) are in reminder_times.py and reminder_dispatch.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.careplan.models import OccurrenceStatus, ReminderKind, ReminderOccurrence
from alongside.careplan.repository import HomeworkRepository, OccurrenceRepository, ReminderRuleRepository
from alongside.careplan.schemas import ReminderInbox, ReminderRead
from alongside.careplan.service import reminder_channels as channels
from alongside.careplan.service import reminder_planning as planning
from alongside.careplan.service import reminder_times as times
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

OPEN_FOR = timedelta(hours=24)
HISTORY_DAYS = 14
OPEN_STATUSES = (OccurrenceStatus.SENT, OccurrenceStatus.SNOOZED)
DEFAULT_EXPIRY = timedelta(minutes=120)


def target_url(occurrence: ReminderOccurrence) -> str:
    """Where the reminder leads: the check-in on /home, the questionnaire, the homework's card."""
    if occurrence.kind == ReminderKind.CHECKIN:
        return "/home#mood-heading"
    if occurrence.kind == ReminderKind.QUESTIONNAIRE:
        return f"/questionnaires/{occurrence.instrument}" if occurrence.instrument else "/questionnaires"
    return f"/care-plan#homework-{occurrence.homework_id}" if occurrence.homework_id else "/care-plan"


def can_snooze(occurrence: ReminderOccurrence) -> bool:
    """Once, after it was sent, while it is not yet done."""
    return occurrence.status == OccurrenceStatus.SENT and occurrence.snoozed_until is None


def _title(occurrence: ReminderOccurrence, titles: dict[int, str]) -> str | None:
    if occurrence.homework_id:
        return titles.get(occurrence.homework_id)
    if occurrence.instrument:
        from alongside.questionnaires import service as questionnaires_service

        return questionnaires_service.instrument_name(occurrence.instrument)
    return None


def reminder_read(occurrence: ReminderOccurrence, titles: dict[int, str] | None = None) -> ReminderRead:
    return ReminderRead(
        id=occurrence.id,
        kind=occurrence.kind,
        homework_id=occurrence.homework_id,
        instrument=occurrence.instrument,
        title=_title(occurrence, titles or {}),
        local_date=occurrence.local_date,
        local_time=occurrence.local_time,
        timezone=occurrence.timezone,
        planned_at=occurrence.planned_at,
        expires_at=occurrence.expires_at,
        status=occurrence.status,
        adjusted=occurrence.adjusted,
        reason=occurrence.reason,
        channels=occurrence.channels.split(",") if occurrence.channels else [],
        sent_at=occurrence.sent_at,
        opened_at=occurrence.opened_at,
        answered_at=occurrence.answered_at,
        snoozed_until=occurrence.snoozed_until,
        resent_at=occurrence.resent_at,
        url=channels.open_path(occurrence.id),
        can_snooze=can_snooze(occurrence),
    )


def describe_reminder(occurrence: ReminderOccurrence) -> ReminderRead:
    return reminder_read(occurrence)


def _titles(session: Session, actor: Actor) -> dict[int, str]:
    return {item.id: item.title for item in HomeworkRepository(session).for_client(actor, actor.user_id)}


def _client_only(actor: Actor) -> None:
    if not actor.is_client:
        raise NotFound()


def open_reminders(session: Session, actor: Actor, *, now: datetime | None = None) -> list[ReminderRead]:
    """What the banner shows: sent in the last day and not yet done (kinds only on the banner, so not
    audited as a read of the plan)."""
    _client_only(actor)
    now = now or utc_now()
    return [reminder_read(o) for o in OccurrenceRepository(session).open_for(actor, now - OPEN_FOR)]


def own_reminders(session: Session, actor: Actor, *, now: datetime | None = None) -> ReminderInbox:
    """Open reminders and the last 14 days (with what is planned), audited like any read of the plan."""
    _client_only(actor)
    now = now or utc_now()
    repo = OccurrenceRepository(session)
    titles = _titles(session, actor)
    opened = [reminder_read(o, titles) for o in repo.open_for(actor, now - OPEN_FOR)]
    rows = repo.history(actor, now - timedelta(days=HISTORY_DAYS), planning.horizon(now))
    audit.record(session, actor, AuditEvent.REMINDERS_VIEWED, subject_id=actor.user_id, extra={"count": len(rows)})
    return ReminderInbox(open=opened, history=[reminder_read(o, titles) for o in rows])


def access_reminder(session: Session, actor: Actor, occurrence_id: int) -> ReminderOccurrence:
    occurrence = OccurrenceRepository(session).get_readable(actor, occurrence_id)
    if occurrence is None:
        raise NotFound("No such reminder.")
    return occurrence


def open_reminder(session: Session, actor: Actor, occurrence_id: int, *, now: datetime | None = None) -> str:
    """Record the first opening of a sent reminder; returns the page it leads to."""
    occurrence = access_reminder(session, actor, occurrence_id)
    if occurrence.sent_at is not None:
        OccurrenceRepository(session).mark_opened(occurrence, now or utc_now())
    return target_url(occurrence)


def snooze_reminder(
    session: Session, actor: Actor, occurrence_id: int, minutes: int, *, now: datetime | None = None
) -> ReminderOccurrence:
    """Send it once more in 10, 30 or 60 minutes (after quiet hours, if they start meanwhile)."""
    occurrence = access_reminder(session, actor, occurrence_id)
    if minutes not in times.SNOOZE_MINUTES:
        raise InvalidInput("Choose 10, 30 or 60 minutes.", field="minutes")
    if not can_snooze(occurrence):
        raise Conflict("A reminder can be snoozed once, after it came, until you have done it.")
    now = now or utc_now()
    rule = ReminderRuleRepository(session).get(occurrence.rule_id) if occurrence.rule_id else None
    expiry = timedelta(minutes=rule.expiry_minutes) if rule else DEFAULT_EXPIRY
    clock = planning.client_clock(session, actor.user_id)
    plan = times.snooze(now, minutes, clock.tz, clock.quiet, expiry)
    if plan.skipped:
        raise Conflict("Your quiet hours start before then, so it would not come again. Choose a shorter time.")
    moved = OccurrenceRepository(session).transition(
        occurrence,
        [OccurrenceStatus.SENT],
        status=OccurrenceStatus.SNOOZED,
        snoozed_until=plan.until,
        expires_at=plan.expires_at,
    )
    if not moved:
        raise Conflict("A reminder can be snoozed once, after it came, until you have done it.")
    audit.record(
        session,
        actor,
        AuditEvent.REMINDER_SNOOZED,
        subject_id=actor.user_id,
        object_type="reminder",
        object_id=occurrence.id,
        extra={"minutes": minutes},
    )
    return occurrence


def record_reminder_answered(
    session: Session,
    client_id: int,
    kind: str | ReminderKind,
    *,
    homework_id: int | None = None,
    instrument: str | None = None,
    done_on: date | None = None,
    now: datetime | None = None,
) -> int:
    """Mark the client's open reminder for what they just did as answered (see the module docstring).
    Returns how many were marked."""
    now = now or utc_now()
    kind = ReminderKind(kind)
    repo = OccurrenceRepository(session)
    rows = repo.unanswered(client_id, kind, now - OPEN_FOR, homework_id=homework_id)
    if kind == ReminderKind.HOMEWORK:
        rows = [row for row in rows if done_on is None or row.local_date == done_on]
    elif kind == ReminderKind.QUESTIONNAIRE:
        rows = [row for row in rows if row.instrument in (None, instrument)][:1]
    else:
        rows = rows[:1]
    return sum(repo.transition(row, OPEN_STATUSES, status=OccurrenceStatus.ANSWERED, answered_at=now) for row in rows)
