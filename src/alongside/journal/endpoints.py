from __future__ import annotations

from fastapi import APIRouter, Query, Request

from alongside.accounts.dependencies import ClientActor, CurrentActor, SessionDep, TherapistActor
from alongside.journal import service
from alongside.journal.schemas import (
    EntryCreate,
    EntryPage,
    EntryRead,
    EntryUpdate,
    PromptOfferRead,
    ThoughtRecordCreate,
)
from alongside.kit.web import request_locale

router = APIRouter(prefix="/api", tags=["journal"])
Limit = Query(20, ge=1, le=100)
Offset = Query(0, ge=0)


@router.get("/journal", response_model=EntryPage)
def list_entries(session: SessionDep, actor: ClientActor, limit: int = Limit, offset: int = Offset):
    entries, total = service.list_own_entries(session, actor, limit=limit, offset=offset)
    return EntryPage(items=[EntryRead.model_validate(e) for e in entries], total=total)


@router.post("/journal", response_model=EntryRead, status_code=201)
def create_entry(session: SessionDep, actor: ClientActor, data: EntryCreate):
    return service.create_entry(session, actor, data)


@router.post("/journal/thought-records", response_model=EntryRead, status_code=201)
def create_thought_record(session: SessionDep, actor: ClientActor, data: ThoughtRecordCreate):
    """A guided CBT thought record, stored as a journal entry of kind "thought_record"; read it back
    through ``GET /api/journal/{entry_id}``."""
    return service.create_thought_record(session, actor, data)


@router.get("/journal/prompt", response_model=PromptOfferRead | None)
def current_prompt(request: Request, session: SessionDep, actor: ClientActor):
    """Today's prompt with the reason it was chosen; ``null`` when every prompt was shown in the last 14 days."""
    return service.offer_prompt(session, actor, locale=request_locale(request))


@router.post("/journal/prompt/another", response_model=PromptOfferRead | None)
def another_prompt(request: Request, session: SessionDep, actor: ClientActor):
    """A different prompt; the one shown before is not offered again for 14 days."""
    return service.offer_prompt(session, actor, locale=request_locale(request), another=True)


@router.get("/journal/{entry_id}", response_model=EntryRead)
def get_entry(session: SessionDep, actor: CurrentActor, entry_id: int):
    return service.access_entry(session, actor, entry_id)


@router.patch("/journal/{entry_id}", response_model=EntryRead)
def update_entry(session: SessionDep, actor: CurrentActor, entry_id: int, data: EntryUpdate):
    return service.update_entry(session, actor, entry_id, data)


@router.delete("/journal/{entry_id}", status_code=204)
def delete_entry(session: SessionDep, actor: CurrentActor, entry_id: int) -> None:
    service.delete_entry(session, actor, entry_id)


@router.get("/clients/{client_id}/journal", response_model=EntryPage)
def client_entries(
    session: SessionDep, actor: TherapistActor, client_id: int, limit: int = Limit, offset: int = Offset
):
    entries, total = service.list_client_entries(session, actor, client_id, limit=limit, offset=offset)
    return EntryPage(items=[EntryRead.model_validate(e) for e in entries], total=total)
