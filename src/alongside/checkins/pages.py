"""Client home with the one-tap mood check-in, and the check-in history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.checkins import service
from alongside.checkins.schemas import CheckInCreate
from alongside.exercises import service as exercises_service
from alongside.journal import service as journal_service
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render, request_locale
from alongside.questionnaires import service as questionnaires_service

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]


def _home(request: Request, session: SessionDep, actor: ClientActor, **extra: Any) -> Response:
    recent, _ = service.list_own_checkins(session, actor, limit=7)
    entries, _ = journal_service.list_own_entries(session, actor, limit=3)
    due = questionnaires_service.due_instruments(session, actor)
    context = {"recent": recent, "entries": entries, "due": due, "errors": {}, "just_saved": None, **extra}
    return render(request, "checkins/home.html", context, status_code=422 if context["errors"] else 200)


@router.get("/home")
def home(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return _home(request, session, actor)


@router.post("/checkins")
def create_checkin(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(CheckInCreate, form)
    if data:
        checkin, errors = forms.attempt(session, lambda: service.create_checkin(session, actor, data))
        if checkin:
            crisis = checkin.risk_level in ("high", "imminent")
            if is_htmx(request):
                if crisis:
                    response = Response(status_code=204)
                    response.headers["HX-Redirect"] = "/help?crisis=1"
                    return response
                recent, _ = service.list_own_checkins(session, actor, limit=7)
                exercise = exercises_service.suggest_for_checkin(checkin, locale=request_locale(request))
                context = {"checkin": checkin, "recent": recent, "exercise": exercise}
                return render(request, "checkins/_saved.html", context)
            return redirect("/help?crisis=1" if crisis else "/home?saved=1")
    if is_htmx(request):
        return render(request, "checkins/_form.html", {"errors": errors}, status_code=422)
    return _home(request, session, actor, errors=errors)


@router.get("/checkins")
def history(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    rows, total, trend = service.checkin_history(session, actor)
    return render(request, "checkins/list.html", {"checkins": rows, "total": total, "trend": trend})
