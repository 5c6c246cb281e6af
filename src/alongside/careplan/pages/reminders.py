"""The client's reminders: the list with snooze (htmx, plain-form fallback), the banner on /home, the
link a reminder opens, and the settings page (rules, quiet hours, e-mail, this device's web push)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.careplan import service
from alongside.careplan.schemas import (
    ReminderPreferencesUpdate,
    ReminderRuleCreate,
    ReminderRuleUpdate,
    SnoozeCreate,
)
from alongside.careplan.service.reminder_times import SNOOZE_MINUTES
from alongside.errors import Conflict, InvalidInput
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
R = TypeVar("R")
EXPIRY_CHOICES = (30, 60, 120, 240, 720)


def _attempt(session: Session, action: Callable[[], R]) -> tuple[R | None, forms.FormErrors, int]:
    """A service call in a savepoint: 422 for bad input, 409 for a conflict, nothing kept on error."""
    try:
        with session.begin_nested():
            return action(), {}, 200
    except InvalidInput as exc:
        return None, {exc.field or "__all__": exc.message}, 422
    except Conflict as exc:
        return None, {"__all__": exc.message}, 409


# --------------------------------------------------------------------------------------------
# The list, the banner, opening and snoozing
# --------------------------------------------------------------------------------------------


def _inbox(request: Request, session: Session, actor: Actor, status: int = 200, **extra: Any) -> Response:
    context = {"inbox": service.own_reminders(session, actor), "snooze_minutes": SNOOZE_MINUTES, "errors": {}}
    context.update(extra)
    if is_htmx(request):  # htmx swaps only a 2xx answer: the error travels inside the partial
        return render(request, "careplan/_reminders_open.html", context)
    return render(request, "careplan/reminders.html", context, status_code=status)


@router.get("/reminders")
def reminders(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    snoozed = request.query_params.get("snoozed")
    return _inbox(request, session, actor, snoozed=int(snoozed) if snoozed in ("10", "30", "60") else None)


@router.get("/reminders/banner")
def banner(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    """The open reminders on /home, loaded by htmx (kinds only)."""
    return render(request, "careplan/_reminder_banner.html", {"open": service.open_reminders(session, actor)})


@router.get("/reminders/{reminder_id}/open")
def open_reminder(session: SessionDep, actor: ClientActor, reminder_id: int) -> Response:
    """The link in a reminder (in the app, an e-mail or a notification): records the opening, then
    goes to the check-in, questionnaire or homework."""
    return redirect(service.open_reminder(session, actor, reminder_id))


@router.post("/reminders/{reminder_id}/snooze")
def snooze(request: Request, session: SessionDep, actor: ClientActor, reminder_id: int, form: Form) -> Response:
    service.access_reminder(session, actor, reminder_id)  # 404 before anything else for someone else's
    data, errors = forms.parse(SnoozeCreate, form)
    status = 422
    if data:
        done, errors, status = _attempt(
            session, lambda: service.snooze_reminder(session, actor, reminder_id, data.minutes)
        )
        if done is not None:
            if is_htmx(request):
                return _inbox(request, session, actor, snoozed=data.minutes)
            return redirect(f"/reminders?snoozed={data.minutes}")
    return _inbox(request, session, actor, status, errors=errors, error_for=reminder_id)


# --------------------------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------------------------


def _settings(request: Request, session: Session, actor: Actor, status: int = 200, **extra: Any) -> Response:
    context = {
        "settings": service.reminder_settings(session, actor),
        "expiry_choices": EXPIRY_CHOICES,
        "errors": {},
        "error_for": None,
        "values": {},
        "message": None,
        **extra,
    }
    if is_htmx(request):  # htmx swaps only a 2xx answer: the errors travel inside the partial
        return render(request, "careplan/_reminder_settings_body.html", context)
    return render(request, "careplan/reminder_settings.html", context, status_code=status)


def _after(
    request: Request,
    session: Session,
    actor: Actor,
    message: str,
    anchor: str,
    errors: forms.FormErrors,
    status: int,
    **extra: Any,
) -> Response:
    """htmx: the settings again, with the message or the errors; otherwise a redirect or the page."""
    if errors:
        return _settings(request, session, actor, status, errors=errors, **extra)
    if is_htmx(request):
        return _settings(request, session, actor, message=message)  # saved: every form closed and fresh
    return redirect(f"/reminders/settings?saved={message}#{anchor}")


@router.get("/reminders/settings")
def settings_page(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return _settings(request, session, actor, message=request.query_params.get("saved"))


@router.post("/reminders/settings/preferences")
def update_preferences(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    raw = {"email": bool(form.get("email"))}
    if form.get("quiet"):
        raw.update(quiet_start=form.get("quiet_start"), quiet_end=form.get("quiet_end"))
    data, errors = forms.parse(ReminderPreferencesUpdate, raw)
    status = 422
    if data:
        _, errors, status = _attempt(session, lambda: service.update_preferences(session, actor, data))
    return _after(request, session, actor, "preferences", "preferences-heading", errors, status, values=form)


def _rule_form(form: dict[str, Any]) -> dict[str, Any]:
    """The form's fields as the schema has them (a missing checkbox is "off")."""
    raw = {key: form.get(key) for key in ("mode", "times", "window_start", "window_end", "expiry_minutes")}
    raw["days"] = form.get("days") or []  # no day ticked: an error, not "every day"
    raw["enabled"] = bool(form.get("enabled"))
    return {key: value for key, value in raw.items() if value is not None}


@router.post("/reminders/settings/rules")
def create_rule(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    raw = {**_rule_form(form), **{k: form.get(k) for k in ("kind", "homework_id", "instrument") if form.get(k)}}
    data, errors = forms.parse(ReminderRuleCreate, raw)
    status = 422
    if data:
        _, errors, status = _attempt(session, lambda: service.create_rule(session, actor, data))
    return _after(request, session, actor, "created", "rules-heading", errors, status, values=form, error_for="new")


@router.post("/reminders/settings/rules/{rule_id}")
def update_rule(request: Request, session: SessionDep, actor: ClientActor, rule_id: int, form: Form) -> Response:
    service.access_rule(session, actor, rule_id)
    data, errors = forms.parse(ReminderRuleUpdate, _rule_form(form))
    status = 422
    if data:
        _, errors, status = _attempt(session, lambda: service.update_rule(session, actor, rule_id, data))
    return _after(request, session, actor, "updated", f"rule-{rule_id}", errors, status, values=form, error_for=rule_id)


@router.post("/reminders/settings/rules/{rule_id}/switch")
def switch_rule(request: Request, session: SessionDep, actor: ClientActor, rule_id: int, form: Form) -> Response:
    """The on/off button of a reminder."""
    service.access_rule(session, actor, rule_id)
    enabled = form.get("enabled") == "1"
    service.update_rule(session, actor, rule_id, ReminderRuleUpdate(enabled=enabled))
    return _after(request, session, actor, "on" if enabled else "off", f"rule-{rule_id}", {}, 200)


@router.post("/reminders/settings/rules/{rule_id}/delete")
def delete_rule(request: Request, session: SessionDep, actor: ClientActor, rule_id: int) -> Response:
    service.delete_rule(session, actor, rule_id)
    return _after(request, session, actor, "deleted", "rules-heading", {}, 200)
