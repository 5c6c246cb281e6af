from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Query

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.privacy import service
from alongside.privacy.schemas import AccessLogEntry, AccessLogPage

router = APIRouter(prefix="/api", tags=["privacy"])


@router.get("/access-log", response_model=AccessLogPage)
def access_log(
    session: SessionDep,
    actor: ClientActor,
    include_own: bool = False,
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0),
):
    rows, total = service.list_access_log(session, actor, include_own=include_own, limit=limit, offset=offset)
    return AccessLogPage(items=[AccessLogEntry(**asdict(r)) for r in rows], total=total)
