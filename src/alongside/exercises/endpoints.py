"""Mindfulness routines and the client's exercise log."""

from __future__ import annotations

from fastapi import APIRouter, Query

from alongside.accounts.dependencies import ClientActor, CurrentActor, SessionDep, TherapistActor
from alongside.exercises import service
from alongside.exercises.schemas import RoutineRead, SessionCreate, SessionPage, SessionRead

router = APIRouter(prefix="/api", tags=["exercises"])
Limit = Query(30, ge=1, le=500)
Offset = Query(0, ge=0)


@router.get("/exercises", response_model=list[RoutineRead])
def list_routines(actor: CurrentActor, lang: str | None = Query(None, pattern="^(en|nl)$")):
    """Every routine with its breathing pattern or timed steps, in English or Dutch (default: yours)."""
    return service.list_routines(lang or actor.locale)


@router.get("/exercises/sessions", response_model=SessionPage)
def list_sessions(session: SessionDep, actor: ClientActor, limit: int = Limit, offset: int = Offset):
    """Your own exercise log, newest first; ``change`` is distress after minus before."""
    rows, total = service.list_own_sessions(session, actor, limit=limit, offset=offset)
    return SessionPage(items=[SessionRead.model_validate(r) for r in rows], total=total)


@router.post("/exercises/sessions", response_model=SessionRead, status_code=201)
def log_session(session: SessionDep, actor: ClientActor, data: SessionCreate):
    """Log one go at a routine: distress 0–10 before (required) and after (required unless
    ``completed`` is false)."""
    return service.log_session(session, actor, data)


@router.get("/clients/{client_id}/exercises/sessions", response_model=SessionPage)
def client_sessions(
    session: SessionDep, actor: TherapistActor, client_id: int, limit: int = Limit, offset: int = Offset
):
    """A client's exercise log, while they share check-ins with you."""
    rows, total = service.list_client_sessions(session, actor, client_id, limit=limit, offset=offset)
    return SessionPage(items=[SessionRead.model_validate(r) for r in rows], total=total)
