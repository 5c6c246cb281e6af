"""Exercise pages: the list of routines, a routine (rating before, the player, rating after) and the
client's log. The routine page is a readable script with a plain form; exercises.js turns it into the
step-by-step player (the therapist's view of the log is on the client page, care/pages.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.exercises import service
from alongside.exercises.schemas import RoutineRead, SessionCreate
from alongside.kit import forms
from alongside.kit.orm import utc_now
from alongside.kit.web import redirect, render, request_locale

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
FIELDS = ("distress_before", "distress_after", "completed", "started_at", "finished_at")


@router.get("/exercises")
def routines(request: Request, actor: ClientActor) -> Response:
    return render(request, "exercises/list.html", {"routines": service.list_routines(request_locale(request))})


@router.get("/exercises/log")
def log(request: Request, session: SessionDep, actor: ClientActor, saved: int | None = None) -> Response:
    view = service.own_log(session, actor, locale=request_locale(request))
    just_saved = next((s for s in view.items if s.id == saved), None)
    return render(request, "exercises/log.html", {"log": view, "just_saved": just_saved})


def _routine_page(
    request: Request,
    routine: RoutineRead,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    from_checkin: bool = False,
) -> Response:
    context = {
        "routine": routine,
        "routine_data": routine.model_dump(mode="json"),
        "values": values or {},
        "errors": errors or {},
        "started_at": utc_now().isoformat(timespec="seconds"),
        "from_checkin": from_checkin,
    }
    return render(request, "exercises/routine.html", context, status_code=422 if errors else 200)


@router.get("/exercises/{routine_id}")
def routine(
    request: Request, actor: ClientActor, routine_id: str, source: str | None = Query(None, alias="from", max_length=16)
) -> Response:
    text = service.routine_text(routine_id, request_locale(request))
    return _routine_page(request, text, from_checkin=source == "checkin")


@router.post("/exercises/{routine_id}")
def save(request: Request, session: SessionDep, actor: ClientActor, routine_id: str, form: Form) -> Response:
    text = service.routine_text(routine_id, request_locale(request))
    raw = {"routine": routine_id, **{name: form.get(name) for name in FIELDS}}
    raw["completed"] = raw["completed"] or "yes"
    data, errors = forms.parse(SessionCreate, raw)
    if data:
        row, errors = forms.attempt(session, lambda: service.log_session(session, actor, data))
        if row:
            return redirect(f"/exercises/log?saved={row.id}")
    # A time that was refused is not sent again: the page starts the clock anew.
    values = {name: str(form.get(name) or "") for name in FIELDS if name not in errors}
    return _routine_page(request, text, values=values, errors=errors)
