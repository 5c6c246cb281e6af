"""The help page: crisis lines for the person's country and (later) their safety plan.

Reachable without logging in, from every client page, because someone in crisis must never meet a
login wall.
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import AuthDep
from alongside.kit.web import render
from alongside.safety import service

router = APIRouter(include_in_schema=False)


@router.get("/help")
def help_page(request: Request, auth: AuthDep, country: str | None = Query(None, max_length=2)) -> Response:
    chosen = service.country_for(auth.user, country, request.headers.get("accept-language"))
    return render(request, "safety/help.html", {
        "country": chosen,
        "resources": service.crisis_resources(chosen),
        "countries": service.crisis_countries(),
    })
