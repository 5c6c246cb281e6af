from __future__ import annotations

from fastapi import APIRouter, Query

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.checkins import service
from alongside.checkins.schemas import CheckInCreate, CheckInPage, CheckInRead

router = APIRouter(prefix="/api", tags=["checkins"])
Limit = Query(30, ge=1, le=500)
Offset = Query(0, ge=0)


@router.get("/checkins", response_model=CheckInPage)
def list_checkins(session: SessionDep, actor: ClientActor, limit: int = Limit, offset: int = Offset):
    rows, total = service.list_own_checkins(session, actor, limit=limit, offset=offset)
    return CheckInPage(items=[CheckInRead.model_validate(r) for r in rows], total=total)


@router.post("/checkins", response_model=CheckInRead, status_code=201)
def create_checkin(session: SessionDep, actor: ClientActor, data: CheckInCreate):
    return service.create_checkin(session, actor, data)


@router.get("/clients/{client_id}/checkins", response_model=CheckInPage)
def client_checkins(
    session: SessionDep, actor: TherapistActor, client_id: int, limit: int = Limit, offset: int = Offset
):
    rows, total = service.list_client_checkins(session, actor, client_id, limit=limit, offset=offset)
    return CheckInPage(items=[CheckInRead.model_validate(r) for r in rows], total=total)
