"""The client marks homework done: today, or a day of the past week; once per day per homework.

The day is the client's own calendar day (their time zone), so a walk at 00:30 on Monday in
Amsterdam counts for Monday, and for the new ISO week. A note is screened for risk before it is
stored, like every text a client writes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.careplan.models import Homework, HomeworkCompletion
from alongside.careplan.repository import CompletionRepository
from alongside.careplan.schemas import CompletionCreate
from alongside.careplan.service.adherence import client_today
from alongside.careplan.service.plan import access_homework, client_timezone, today_for_client
from alongside.careplan.service.reminders import record_reminder_answered
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

BACKDATE_DAYS = 7


def _already_done() -> Conflict:
    return Conflict("This homework is already marked done for that day. You can mark it once a day.")


def own_homework(session: Session, actor: Actor, homework_id: int) -> Homework:
    """A homework of the calling client's own plan; 404 for anyone else."""
    if not actor.is_client:
        raise NotFound("No such homework.")
    return access_homework(session, actor, actor.user_id, homework_id)


def _check_day(homework: Homework, day: date, today: date) -> None:
    if day > today:
        raise InvalidInput("You cannot mark homework done for a day that has not come yet.", field="done_on")
    if day < today - timedelta(days=BACKDATE_DAYS):
        raise InvalidInput("You can mark homework done up to 7 days back.", field="done_on")
    if not homework.active:
        raise Conflict("This homework is no longer on your plan.")
    if day < homework.start_date:
        raise InvalidInput("This homework had not started yet on that day.", field="done_on")
    if homework.end_date is not None and day > homework.end_date:
        raise InvalidInput("This homework had already ended on that day.", field="done_on")


def mark_done(
    session: Session, actor: Actor, homework_id: int, data: CompletionCreate, *, now: datetime | None = None
) -> HomeworkCompletion:
    """409 when the day is already marked; the note's risk raises an alert in the same transaction."""
    homework = own_homework(session, actor, homework_id)
    now = now or utc_now()
    today = today_for_client(session, actor.user_id, now)
    day = data.done_on or today
    _check_day(homework, day, today)
    repo = CompletionRepository(session)
    if repo.get(homework.id, day) is not None:
        raise _already_done()
    result = safety_service.screen(data.note) if data.note else None
    try:
        with session.begin_nested():  # a double tap that raced past the check above
            completion = repo.add(
                HomeworkCompletion(
                    homework_id=homework.id,
                    client_id=actor.user_id,
                    done_on=day,
                    note=data.note or None,
                    risk_level=result.level.value if result else None,
                    created_at=now,
                )
            )
    except IntegrityError as exc:
        raise _already_done() from exc
    audit.record(
        session,
        actor,
        AuditEvent.HOMEWORK_COMPLETED,
        subject_id=actor.user_id,
        object_type="careplan_completion",
        object_id=completion.id,
        extra={"homework_id": homework.id, "done_on": day.isoformat(), "note": completion.note is not None},
    )
    record_reminder_answered(session, actor.user_id, "homework", homework_id=homework.id, done_on=day, now=now)
    if result is not None:
        safety_service.raise_for_result(session, actor, result, source="homework", source_id=completion.id)
    return completion


def unmark_done(
    session: Session, actor: Actor, homework_id: int, done_on: date, *, now: datetime | None = None
) -> Homework:
    """Undo a mark, on the day it was made (in the client's time zone): a slip of the thumb can be
    put right, but the history of earlier days is not rewritten."""
    homework = own_homework(session, actor, homework_id)
    repo = CompletionRepository(session)
    completion = repo.get(homework.id, done_on)
    if completion is None:
        raise NotFound("This homework is not marked done for that day.")
    timezone = client_timezone(session, actor.user_id)
    if client_today(completion.created_at, timezone) != client_today(now or utc_now(), timezone):
        raise Conflict("You can undo a mark only on the day you made it.")
    audit.record(
        session,
        actor,
        AuditEvent.HOMEWORK_COMPLETION_DELETED,
        subject_id=actor.user_id,
        object_type="careplan_completion",
        object_id=completion.id,
        extra={"homework_id": homework.id, "done_on": done_on.isoformat()},
    )
    repo.delete(completion)
    return homework
