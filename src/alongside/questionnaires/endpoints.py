from __future__ import annotations

from fastapi import APIRouter, Query

from alongside.accounts.dependencies import ClientActor, CurrentActor, SessionDep, TherapistActor
from alongside.questionnaires import service
from alongside.questionnaires.schemas import (
    ClientQuestionnaires,
    InstrumentRead,
    InstrumentStatus,
    ResponseCreate,
    ResponsePage,
    ResponseRead,
    ScheduleRead,
    ScheduleSet,
)

router = APIRouter(prefix="/api", tags=["questionnaires"])
Limit = Query(20, ge=1, le=100)
Offset = Query(0, ge=0)


@router.get("/questionnaires", response_model=list[InstrumentStatus])
def list_questionnaires(session: SessionDep, actor: ClientActor):
    """Every instrument: whether your therapist asks for it now, and your last result."""
    return service.list_questionnaires(session, actor)


@router.get("/questionnaires/instruments/{instrument}", response_model=InstrumentRead)
def get_instrument(actor: CurrentActor, instrument: str, lang: str | None = Query(None, pattern="^(en|nl)$")):
    """The wording to fill in (``phq9``, ``gad7``, ``who5``), in English or Dutch."""
    return service.instrument_text(instrument, lang or actor.locale)


@router.get("/questionnaires/responses", response_model=ResponsePage)
def list_responses(
    session: SessionDep,
    actor: ClientActor,
    instrument: str | None = Query(None, max_length=16),
    limit: int = Limit,
    offset: int = Offset,
):
    rows, total = service.list_own_responses(session, actor, instrument=instrument, limit=limit, offset=offset)
    return ResponsePage(items=[ResponseRead.model_validate(r) for r in rows], total=total)


@router.get("/questionnaires/responses/{response_id}", response_model=ResponseRead)
def get_response(session: SessionDep, actor: CurrentActor, response_id: int):
    return service.access_response(session, actor, response_id)


@router.post("/questionnaires/{instrument}/responses", response_model=ResponseRead, status_code=201)
def submit_response(session: SessionDep, actor: ClientActor, instrument: str, data: ResponseCreate):
    """Every item must be answered (422 names the missing ones); nothing is stored otherwise."""
    return service.submit_response(session, actor, instrument, data)


@router.get("/clients/{client_id}/questionnaires", response_model=ClientQuestionnaires)
def client_questionnaires(session: SessionDep, actor: TherapistActor, client_id: int):
    return service.client_overview(session, actor, client_id)


@router.put("/clients/{client_id}/questionnaires/schedules/{instrument}", response_model=ScheduleRead)
def set_schedule(session: SessionDep, actor: TherapistActor, client_id: int, instrument: str, data: ScheduleSet):
    return service.set_schedule(session, actor, client_id, instrument, data.every_days)


@router.delete("/clients/{client_id}/questionnaires/schedules/{instrument}", status_code=204)
def stop_schedule(session: SessionDep, actor: TherapistActor, client_id: int, instrument: str) -> None:
    service.set_schedule(session, actor, client_id, instrument, None)
