"""Schedules: a therapist asks a client to fill in an instrument every N days."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.errors import Forbidden, InvalidInput
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires.models import QuestionnaireSchedule
from alongside.questionnaires.repository import ResponseRepository, ScheduleRepository
from alongside.questionnaires.scoring import Instrument
from alongside.questionnaires.service.instruments import instrument_name, instrument_or_404

MAX_EVERY_DAYS = 90


def _consenting_link(session: Session, actor: Actor, client_id: int) -> None:
    care_service.access_client_scope(session, actor, client_id, Scope.QUESTIONNAIRES)


def set_schedule(
    session: Session,
    actor: Actor,
    client_id: int,
    instrument_name: str,
    every_days: int | None,
    *,
    now: datetime | None = None,
) -> QuestionnaireSchedule | None:
    """Ask for ``instrument`` every ``every_days`` days (``None`` stops asking). Due at once unless a
    recent response already covers the first period."""
    _consenting_link(session, actor, client_id)
    instrument = instrument_or_404(instrument_name)
    if every_days is not None and not 1 <= every_days <= MAX_EVERY_DAYS:
        raise InvalidInput("Choose between 1 and 90 days.", field="every_days")
    now = now or utc_now()
    repo = ScheduleRepository(session)
    schedule = repo.get(client_id, instrument.value)
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRE_SCHEDULE_CHANGED,
        subject_id=client_id,
        object_type="questionnaire_schedule",
        object_id=schedule.id if schedule else None,
        extra={"instrument": instrument.value, "every_days": every_days},
    )
    if every_days is None:
        if schedule is not None:
            repo.delete(schedule)
        return None
    latest = ResponseRepository(session).get_latest(client_id, instrument.value)
    next_due = max(now, latest.completed_at + timedelta(days=every_days)) if latest else now
    if schedule is None:
        schedule = repo.add(
            QuestionnaireSchedule(
                client_id=client_id,
                therapist_id=actor.user_id,
                instrument=instrument.value,
                every_days=every_days,
                next_due_at=next_due,
                created_at=now,
            )
        )
    else:
        schedule.therapist_id, schedule.every_days = actor.user_id, every_days
        schedule.next_due_at, schedule.updated_at = next_due, now
    return schedule


def schedule_for_waiting_list(
    session: Session, client_id: int, instrument_name: str, every_days: int, *, start: datetime
) -> QuestionnaireSchedule:
    """Someone on the organisation's waiting list is asked for ``instrument`` every ``every_days`` days,
    first a full period after ``start`` (the intake). A therapist's schedule, if there is one, stays."""
    instrument = instrument_or_404(instrument_name)
    repo = ScheduleRepository(session)
    schedule = repo.get(client_id, instrument.value)
    if schedule is None:
        schedule = repo.add(
            QuestionnaireSchedule(
                client_id=client_id,
                therapist_id=None,
                instrument=instrument.value,
                every_days=every_days,
                next_due_at=start + timedelta(days=every_days),
                created_at=start,
            )
        )
    audit.record(
        session,
        None,
        AuditEvent.QUESTIONNAIRE_SCHEDULE_CHANGED,
        subject_id=client_id,
        object_type="questionnaire_schedule",
        object_id=schedule.id,
        extra={"instrument": instrument.value, "every_days": every_days, "by": "waiting_list"},
    )
    return schedule


def advance_schedule(session: Session, client_id: int, instrument: str, completed_at: datetime) -> None:
    """After a response: the next one is due a full period later."""
    schedule = ScheduleRepository(session).get(client_id, instrument)
    if schedule is not None:
        schedule.next_due_at = completed_at + timedelta(days=schedule.every_days)


def list_client_schedules(session: Session, actor: Actor, client_id: int) -> list[QuestionnaireSchedule]:
    _consenting_link(session, actor, client_id)
    return ScheduleRepository(session).for_client(actor, client_id)


def own_schedules(session: Session, actor: Actor) -> dict[str, QuestionnaireSchedule]:
    if not actor.is_client:
        raise Forbidden("Only clients fill in questionnaires.")
    return {s.instrument: s for s in ScheduleRepository(session).for_client(actor, actor.user_id)}


def due_instruments(session: Session, actor: Actor, *, now: datetime | None = None) -> list[tuple[str, str]]:
    """(instrument, name) of what the client is asked to fill in now (no results, so not audited)."""
    now = now or utc_now()
    schedules = own_schedules(session, actor)
    return [
        (i.value, instrument_name(i.value))
        for i in Instrument
        if i.value in schedules and schedules[i.value].next_due_at <= now
    ]
