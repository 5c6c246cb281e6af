"""Care-plan pages: the client's plan with the one-tap "Done today" (htmx), and the therapist's
section of the client page with the goal and homework forms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.careplan import service
from alongside.careplan.schemas import CompletionCreate, GoalCreate, GoalUpdate, HomeworkCreate, HomeworkUpdate
from alongside.errors import AppError, InvalidInput
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
R = TypeVar("R")
CRISIS = ("high", "imminent")


def _attempt(session: Session, action: Callable[[], R]) -> tuple[R | None, forms.FormErrors, int]:
    """Like ``forms.attempt``, with the status the error calls for (422 for input, 409 for a conflict)."""
    try:
        with session.begin_nested():
            return action(), {}, 200
    except InvalidInput as exc:
        return None, {exc.field or "__all__": exc.message}, 422
    except AppError as exc:
        if exc.status_code == 409:
            return None, {"__all__": exc.message}, 409
        raise


# --------------------------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------------------------


def _recent_days(today: date) -> list[date]:
    return [today - timedelta(days=n) for n in range(service.BACKDATE_DAYS + 1)]


def _client_context(session: Session, actor: Actor, **extra: Any) -> dict[str, Any]:
    plan = service.own_care_plan(session, actor)
    return {"plan": plan, "recent_days": _recent_days(plan.today), "errors": {}, "error_for": None, **extra}


@router.get("/care-plan")
def care_plan(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return render(request, "careplan/client.html", _client_context(session, actor))


def _after_mark(
    request: Request, session: Session, actor: Actor, homework_id: int, errors: forms.FormErrors, status: int
) -> Response:
    """The card again (htmx, with the error inline) or the whole page."""
    context = _client_context(session, actor, errors=errors, error_for=homework_id if errors else None)
    if is_htmx(request):
        return render(request, "careplan/_homework_update.html", {**context, "homework_id": homework_id})
    if errors:
        return render(request, "careplan/client.html", context, status_code=status)
    return redirect(f"/care-plan?saved=1#homework-{homework_id}")


def _go(request: Request, url: str) -> Response:
    if is_htmx(request):
        response = Response(status_code=204)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url)


@router.post("/care-plan/homework/{homework_id}/done")
def mark_done(request: Request, session: SessionDep, actor: ClientActor, homework_id: int, form: Form) -> Response:
    service.own_homework(session, actor, homework_id)  # 404 before anything else for someone else's
    data, errors = forms.parse(CompletionCreate, form)
    status = 422
    if data:
        completion, errors, status = _attempt(session, lambda: service.mark_done(session, actor, homework_id, data))
        if completion is not None and completion.risk_level in CRISIS:
            return _go(request, "/help?crisis=1")
        if completion is not None and completion.risk_level == "moderate":
            return _go(request, f"/care-plan?support=1#homework-{homework_id}")
    return _after_mark(request, session, actor, homework_id, errors, status)


@router.post("/care-plan/homework/{homework_id}/undo")
def unmark_done(request: Request, session: SessionDep, actor: ClientActor, homework_id: int, done_on: date) -> Response:
    """``?done_on=YYYY-MM-DD``: the day to undo (in the form's action, so the URL names it)."""
    service.own_homework(session, actor, homework_id)
    _, errors, status = _attempt(session, lambda: service.unmark_done(session, actor, homework_id, done_on))
    return _after_mark(request, session, actor, homework_id, errors, status)


# --------------------------------------------------------------------------------------------
# The therapist
# --------------------------------------------------------------------------------------------


def _section_context(session: Session, actor: Actor, client_id: int, **extra: Any) -> dict[str, Any]:
    client = service.access_plan_client(session, actor, client_id)
    plan = service.client_care_plan(session, actor, client_id)
    return {"client": client, "plan": plan, "errors": {}, "values": {}, "form": None, "saved": False, **extra}


def _section(
    request: Request, session: Session, actor: Actor, client_id: int, status: int = 200, **extra: Any
) -> Response:
    context = _section_context(session, actor, client_id, **extra)
    if is_htmx(request):
        return render(request, "careplan/_therapist_section.html", context)
    return render(request, "careplan/therapist.html", context, status_code=status)


@router.get("/clients/{client_id}/care-plan")
def therapist_page(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    saved = bool(request.query_params.get("saved"))
    return render(request, "careplan/therapist.html", _section_context(session, actor, client_id, saved=saved))


@router.get("/clients/{client_id}/care-plan/section")
def therapist_section(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    """The section on the client page, loaded by htmx."""
    return render(request, "careplan/_therapist_section.html", _section_context(session, actor, client_id))


def _homework_form(form: dict[str, Any]) -> dict[str, Any]:
    """The form's fields as the schema has them: the therapist's own word for the kind wins."""
    raw = dict(form)
    own = str(raw.pop("kind_own", "") or "").strip()
    if own:
        raw["kind"] = own
    return raw


@router.post("/clients/{client_id}/care-plan/goals")
def create_goal(request: Request, session: SessionDep, actor: TherapistActor, client_id: int, form: Form) -> Response:
    service.access_plan_client(session, actor, client_id)
    data, errors = forms.parse(GoalCreate, form)
    status = 422
    if data:
        goal, errors, status = _attempt(session, lambda: service.create_goal(session, actor, client_id, data))
        if goal is not None:
            return _saved(request, session, actor, client_id)
    return _section(request, session, actor, client_id, status, errors=errors, values=form, form="goal")


@router.post("/clients/{client_id}/care-plan/homework")
def create_homework(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, form: Form
) -> Response:
    service.access_plan_client(session, actor, client_id)
    data, errors = forms.parse(HomeworkCreate, _homework_form(form))
    status = 422
    if data:
        homework, errors, status = _attempt(session, lambda: service.create_homework(session, actor, client_id, data))
        if homework is not None:
            return _saved(request, session, actor, client_id)
    return _section(request, session, actor, client_id, status, errors=errors, values=form, form="homework")


def _saved(request: Request, session: Session, actor: Actor, client_id: int) -> Response:
    if is_htmx(request):
        return _section(request, session, actor, client_id, saved=True)
    return redirect(f"/clients/{client_id}/care-plan?saved=1#careplan-heading")


@router.get("/clients/{client_id}/care-plan/goals/{goal_id}/edit")
def edit_goal_form(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, goal_id: int
) -> Response:
    client = service.access_plan_client(session, actor, client_id)
    goal = service.read_goal(session, actor, client_id, goal_id)
    values = {"title": goal.title, "description": goal.description, "status": goal.status.value}
    context = {"client": client, "goal_id": goal.id, "values": values, "errors": {}}
    return render(request, "careplan/goal_form.html", context)


@router.post("/clients/{client_id}/care-plan/goals/{goal_id}")
def update_goal(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, goal_id: int, form: Form
) -> Response:
    client = service.access_plan_client(session, actor, client_id)
    service.access_goal(session, actor, client_id, goal_id)
    data, errors = forms.parse(GoalCreate, form)  # the edit form sends every field
    status = 422
    if data:
        update = GoalUpdate(**data.model_dump())
        goal, errors, status = _attempt(
            session, lambda: service.update_goal(session, actor, client_id, goal_id, update)
        )
        if goal is not None:
            return redirect(f"/clients/{client_id}/care-plan?saved=1#careplan-heading")
    context = {"client": client, "goal_id": goal_id, "values": form, "errors": errors}
    return render(request, "careplan/goal_form.html", context, status_code=status)


def _homework_values(homework: Any) -> dict[str, Any]:
    return {
        "title": homework.title,
        "kind": homework.kind,
        "schedule": "daily" if homework.daily else homework.times_per_week,
        "preferred_time": homework.preferred_time.strftime("%H:%M") if homework.preferred_time else "",
        "start_date": homework.start_date.isoformat(),
        "end_date": homework.end_date.isoformat() if homework.end_date else "",
        "goal_id": homework.goal_id,
        "active": homework.active,
    }


@router.get("/clients/{client_id}/care-plan/homework/{homework_id}/edit")
def edit_homework_form(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, homework_id: int
) -> Response:
    client = service.access_plan_client(session, actor, client_id)
    homework = service.read_homework(session, actor, client_id, homework_id)
    context = {
        "client": client,
        "homework_id": homework.id,
        "values": _homework_values(homework),
        "errors": {},
        "goals": service.client_goals(session, actor, client_id),  # all: the current one may be achieved
    }
    return render(request, "careplan/homework_form.html", context)


@router.post("/clients/{client_id}/care-plan/homework/{homework_id}")
def update_homework(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, homework_id: int, form: Form
) -> Response:
    client = service.access_plan_client(session, actor, client_id)
    service.access_homework(session, actor, client_id, homework_id)
    raw = {**_homework_form(form), "active": bool(form.get("active"))}
    data, errors = forms.parse(HomeworkCreate, raw)  # the edit form sends every field
    status = 422
    if data:
        changes = data.model_dump(exclude={"start_date"} if data.start_date is None else set())
        update = HomeworkUpdate(**changes)
        homework, errors, status = _attempt(
            session, lambda: service.update_homework(session, actor, client_id, homework_id, update)
        )
        if homework is not None:
            return redirect(f"/clients/{client_id}/care-plan?saved=1#careplan-heading")
    context = {
        "client": client,
        "homework_id": homework_id,
        "values": {**form, "active": bool(form.get("active"))},
        "errors": errors,
        "goals": service.client_goals(session, actor, client_id),  # all: the current one may be achieved
    }
    return render(request, "careplan/homework_form.html", context, status_code=status)
