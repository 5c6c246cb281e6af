"""The client's "who has seen my data" page."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.kit.web import render
from alongside.privacy import service

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


@router.get("/privacy/access-log")
def access_log(
    request: Request, session: SessionDep, actor: ClientActor, page: int = Query(1, ge=1), own: bool = False
) -> Response:
    rows, total = service.list_access_log(
        session, actor, include_own=own, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    return render(
        request,
        "privacy/access_log.html",
        {
            "rows": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "own": own,
        },
    )
