"""Insights and the digital-footprint import as JSON."""

from __future__ import annotations

from fastapi import APIRouter, File, Query, UploadFile

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.insights.schemas import ImportRead
from alongside.insights.service import footprint as footprint_service
from alongside.insights.service.client import client_insights

router = APIRouter(prefix="/api", tags=["insights"])
Lang = Query(None, pattern="^(en|nl)$")


@router.get("/insights")
def own_insights(session: SessionDep, actor: ClientActor, lang: str | None = Lang) -> dict:
    """Your patterns (each with effect, 95% interval, q, days with and without, a sentence and whether
    it seems to help or weigh) and trends, from up to two years of your data."""
    language = lang or actor.locale or "en"
    return client_insights(session, actor, actor.user_id, locale=language).to_dict(language)


@router.get("/clients/{client_id}/insights")
def insights_of_client(session: SessionDep, actor: TherapistActor, client_id: int, lang: str | None = Lang) -> dict:
    """A client's patterns and trends, while they share check-ins with you (footprint factors only
    with consent for the footprint)."""
    language = lang or actor.locale or "en"
    return client_insights(session, actor, client_id, locale=language).to_dict(language, person="client")


@router.post("/footprint", response_model=ImportRead, status_code=201)
def import_own_footprint(session: SessionDep, actor: ClientActor, file: UploadFile = File(...)) -> ImportRead:
    """Import an Apple Health export (export.zip or export.xml), a Google Fit or Fitbit export, or a
    CSV of ``date, metric, value`` (docs/footprint-import.md). The same file again adds nothing
    (``already_imported``); a malformed file is refused (422, naming the line or element) and nothing
    is kept."""
    return footprint_service.import_footprint(
        session, actor, actor.user_id, file.file, filename=file.filename or "upload"
    )


@router.get("/footprint/imports", response_model=list[ImportRead])
def own_imports(session: SessionDep, actor: ClientActor) -> list[ImportRead]:
    """Your imported files, newest first."""
    return footprint_service.list_imports(session, actor, actor.user_id)
