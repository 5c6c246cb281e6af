"""What the client's list and the therapist's client page show: due instruments with the last result,
and a client's results with their schedules and outcome."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires.repository import ResponseRepository
from alongside.questionnaires.schemas import (
    ClientQuestionnaires,
    InstrumentStatus,
    OutcomeRead,
    ResponseRead,
    ResultRead,
    ScheduleRead,
)
from alongside.questionnaires.scoring import Instrument
from alongside.questionnaires.service.instruments import instrument_text
from alongside.questionnaires.service.responses import (
    access_response,
    change_since_previous,
    history,
    list_client_responses,
    outcome_of,
)
from alongside.questionnaires.service.schedules import list_client_schedules, own_schedules


def list_questionnaires(
    session: Session, actor: Actor, *, locale: str | None = None, now: datetime | None = None
) -> list[InstrumentStatus]:
    """Every instrument for the client: due or not, and the last result (a read of results: audited)."""
    now = now or utc_now()
    schedules = own_schedules(session, actor)
    repo = ResponseRepository(session)
    rows = []
    for instrument in Instrument:
        latest, _ = repo.page_for_client(actor, actor.user_id, instrument=instrument.value, limit=1)
        schedule = schedules.get(instrument.value)
        text = instrument_text(instrument.value, locale or actor.locale)
        rows.append(
            InstrumentStatus(
                instrument=instrument.value,
                name=text.name,
                title=text.title,
                due=schedule is not None and schedule.next_due_at <= now,
                next_due_at=schedule.next_due_at if schedule else None,
                every_days=schedule.every_days if schedule else None,
                last=ResponseRead.model_validate(latest[0]) if latest else None,
            )
        )
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRES_VIEWED,
        subject_id=actor.user_id,
        extra={"count": sum(r.last is not None for r in rows)},
    )
    return rows


def client_overview(session: Session, actor: Actor, client_id: int) -> ClientQuestionnaires:
    """A therapist's view of a consenting client's results, schedules and NHS Talking Therapies outcome."""
    rows, total = list_client_responses(session, actor, client_id)
    schedules = list_client_schedules(session, actor, client_id)
    outcome = outcome_of(rows)
    return ClientQuestionnaires(
        responses=[ResponseRead.model_validate(r) for r in rows],
        total=total,
        schedules=[ScheduleRead.model_validate(s) for s in schedules],
        outcome=OutcomeRead(**vars(outcome)) if outcome else None,
    )


def access_result(session: Session, actor: Actor, response_id: int) -> ResultRead:
    """A response the actor may read (audited; 404 otherwise), its change since the previous response
    of the same instrument, and the history of that instrument for the chart."""
    response = access_response(session, actor, response_id)
    rows = history(session, actor, response.client_id, response.instrument)
    return ResultRead(
        response=ResponseRead.model_validate(response),
        change=change_since_previous(session, actor, response),
        history=[ResponseRead.model_validate(r) for r in rows],
    )
