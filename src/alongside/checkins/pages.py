"""Client home with the one-tap mood check-in (details optional), the history (calendar, chart, list)
and the client's tags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated, Any, TypeVar

from babel.numbers import format_decimal
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.checkins import service
from alongside.checkins.schemas import SLEEP_QUALITY, CheckInCreate, TagCreate, TagUpdate
from alongside.errors import Conflict, InvalidInput
from alongside.exercises import service as exercises_service
from alongside.intake import service as intake_service
from alongside.journal import service as journal_service
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render, request_locale
from alongside.questionnaires import service as questionnaires_service

router = APIRouter(include_in_schema=False)
WEEK_OF_2024 = [date(2024, 1, 1) + timedelta(days=n) for n in range(7)]  # Monday to Sunday, for day names
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
R = TypeVar("R")


def _attempt(session: Session, action: Callable[[], R]) -> tuple[R | None, forms.FormErrors]:
    """A tag change in a savepoint; input errors and conflicts go back to the form, a tag that is not
    the client's stays a 404 (as everywhere, existence is not revealed)."""
    try:
        with session.begin_nested():
            return action(), {}
    except InvalidInput as exc:
        return None, {exc.field or "__all__": exc.message}
    except Conflict as exc:
        return None, {"name": exc.message}


def form_context(request: Request, session: Session, actor: Actor, **extra: Any) -> dict[str, Any]:
    """What the check-in form offers: the days it may be dated on, emotions, the client's tags."""
    locale = request_locale(request)
    visible = [view for view in service.list_own_tags(session, actor, locale=locale) if not view.hidden]
    return {
        "days": service.backdate_days(session, actor),
        "emotions": service.emotion_choices(locale),
        "tag_groups": [(group, [v for v in visible if v.group == group]) for group in service.TAG_GROUPS],
        "sleep_quality": [(n, labels.get(locale, labels["en"])) for n, labels in SLEEP_QUALITY.items()],
        "errors": {},
        "values": {},
        **extra,
    }


def _home(request: Request, session: SessionDep, actor: ClientActor, **extra: Any) -> Response:
    recent, _ = service.list_own_checkins(session, actor, limit=7, locale=request_locale(request))
    entries, _ = journal_service.list_own_entries(session, actor, limit=3)
    due = questionnaires_service.due_instruments(session, actor)
    referral = intake_service.own_referral(session, actor)
    context = form_context(request, session, actor, recent=recent, entries=entries, due=due, referral=referral, **extra)
    return render(request, "checkins/home.html", context, status_code=422 if context["errors"] else 200)


@router.get("/home")
def home(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return _home(request, session, actor)


def _saved(request: Request, session: Session, actor: Actor, checkin: Any) -> Response:
    if checkin.risk_level in ("high", "imminent"):
        if not is_htmx(request):
            return redirect("/help?crisis=1")
        response = Response(status_code=204)
        response.headers["HX-Redirect"] = "/help?crisis=1"
        return response
    if not is_htmx(request):
        return redirect("/home?saved=1")
    locale = request_locale(request)
    recent, _ = service.list_own_checkins(session, actor, limit=7, locale=locale)
    exercise = exercises_service.suggest_for_checkin(checkin, locale=locale)
    return render(request, "checkins/_saved.html", {"checkin": checkin, "recent": recent, "exercise": exercise})


@router.post("/checkins")
def create_checkin(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(CheckInCreate, form)
    if data:
        checkin, errors = forms.attempt(session, lambda: service.create_checkin(session, actor, data))
        if checkin:
            return _saved(request, session, actor, checkin)
    values = {k: v if isinstance(v, list) else str(v) for k, v in form.items()}
    for many in ("emotions", "tags"):  # one checked box arrives as a string
        if isinstance(values.get(many), str):
            values[many] = [values[many]]
    if is_htmx(request):  # 200: htmx swaps only successful responses; the errors are in the form
        context = form_context(request, session, actor, errors=errors, values=values)
        return render(request, "checkins/_form.html", context)
    return _home(request, session, actor, errors=errors, values=values)


def _calendar_context(request: Request, month: Any, chosen: date | None) -> dict[str, Any]:
    formats = {"en": "en_GB"}.get(request_locale(request), request_locale(request))
    return {
        "month": month,
        "weeks": service.calendar_weeks(month),
        "weeks_header": [WEEK_OF_2024[n] for n in range(7)],
        "chosen": chosen,
        "fmt_number": lambda value: "" if value is None else format_decimal(value, format="0.#", locale=formats),
    }


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("Give the day as YYYY-MM-DD.", field="day") from None


@router.get("/checkins")
def history(
    request: Request,
    session: SessionDep,
    actor: ClientActor,
    month: str | None = Query(None),
    day: str | None = Query(None),
) -> Response:
    """The month calendar (the month of ``day`` when one is chosen), the chart and the check-ins."""
    chosen = _day(day)
    locale = request_locale(request)
    rows, total, trend = service.checkin_history(session, actor, locale=locale, day=chosen)
    month_read = service.calendar_month(session, actor, month=chosen.strftime("%Y-%m") if chosen else month)
    context = {
        **_calendar_context(request, month_read, chosen),
        "checkins": rows,
        "total": total,
        "trend": trend,
        "emotion_labels": {e.id: e.label for e in service.emotion_choices(locale)},
        "sleep_words": {n: labels.get(locale, labels["en"]) for n, labels in SLEEP_QUALITY.items()},
    }
    return render(request, "checkins/list.html", context)


@router.get("/checkins/calendar")
def calendar_partial(request: Request, session: SessionDep, actor: ClientActor, month: str | None = Query(None)):
    """The calendar alone, for htmx's previous/next month; without htmx, the whole history page."""
    if not is_htmx(request):
        return redirect(f"/checkins?month={month}" if month else "/checkins")
    month_read = service.calendar_month(session, actor, month=month)
    return render(request, "checkins/_calendar.html", _calendar_context(request, month_read, None))


# -- the client's tags ------------------------------------------------------------------------------


def _tags_page(request: Request, session: Session, actor: Actor, *, status: int = 200, **extra: Any) -> Response:
    views = service.list_own_tags(session, actor, locale=request_locale(request))
    groups = [(group, [v for v in views if v.group == group]) for group in service.TAG_GROUPS]
    context = {"groups": groups, "errors": {}, "error_ref": None, "values": {}, **extra}
    return render(request, "checkins/tags.html", context, status_code=status)


@router.get("/checkins/tags")
def tags_page(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return _tags_page(request, session, actor)


@router.post("/checkins/tags")
def add_tag(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(TagCreate, form)
    if data:
        locale = request_locale(request)
        tag, errors = _attempt(session, lambda: service.create_tag(session, actor, data, locale=locale))
        if tag:
            return redirect(f"/checkins/tags?saved={tag.ref}#tag-{tag.ref}")
    return _tags_page(request, session, actor, status=422, errors=errors, values=form, error_ref="new")


@router.post("/checkins/tags/{ref}")
def change_tag(request: Request, session: SessionDep, actor: ClientActor, ref: str, form: Form) -> Response:
    """One form per tag: rename (``name``), or hide/show (``hidden`` = 1/0)."""
    data, errors = forms.parse(TagUpdate, form)
    if data:
        locale = request_locale(request)
        tag, errors = _attempt(session, lambda: service.update_tag(session, actor, ref, data, locale=locale))
        if tag:
            return redirect(f"/checkins/tags?saved={tag.ref}#tag-{tag.ref}")
    return _tags_page(request, session, actor, status=422, errors=errors, values=form, error_ref=ref)
