"""Questionnaire pages: the client's list with what is due, the form, the result with its chart; the
therapist's schedule form (the results show on the client page, care/pages.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.care import service as care_service
from alongside.errors import InvalidInput
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render, request_locale
from alongside.questionnaires import scoring, service
from alongside.questionnaires.schemas import InstrumentRead, ResponseCreate

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]


@router.get("/questionnaires")
def questionnaires(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    rows = service.list_questionnaires(session, actor, locale=request_locale(request))
    return render(request, "questionnaires/list.html", {"rows": rows})


@router.get("/questionnaires/{instrument}")
def questionnaire_form(request: Request, actor: ClientActor, instrument: str) -> Response:
    text = service.instrument_text(instrument, request_locale(request))
    return render(request, "questionnaires/form.html", _form_context(text))


def _form_context(
    text: InstrumentRead,
    values: dict[str, Any] | None = None,
    missing: list[int] | None = None,
    errors: dict[str, str] | None = None,
) -> dict[str, Any]:
    return {"instrument": text, "values": values or {}, "missing": missing or [], "errors": errors or {}}


def _answers(form: dict[str, Any], count: int) -> dict[str, Any]:
    """The answers the form carries, by item number; a blank or unreadable one is left out."""
    answers = {}
    for n in range(1, count + 1):
        raw = str(form.get(f"q{n}", "")).strip()
        if raw.isdigit():
            answers[str(n)] = raw
    return answers


def _submit(
    session: Session, actor: Actor, text: InstrumentRead, data: ResponseCreate, locale: str
) -> tuple[int | None, list[int], dict[str, str]]:
    """Run the submission in a savepoint: when answers are missing or wrong nothing is kept."""
    try:
        with session.begin_nested():
            response = service.submit_response(session, actor, text.id, data, locale=locale)
            return response.id, [], {}
    except service.UnansweredItems as exc:
        return None, exc.missing, {}
    except InvalidInput as exc:
        return None, [], {exc.field or "__all__": exc.message}


@router.post("/questionnaires/{instrument}")
def submit_questionnaire(
    request: Request, session: SessionDep, actor: ClientActor, instrument: str, form: Form
) -> Response:
    locale = request_locale(request)
    text = service.instrument_text(instrument, locale)
    raw = {"answers": _answers(form, len(text.items)), "difficulty": form.get("difficulty") or None}
    data, errors = forms.parse(ResponseCreate, raw)
    missing: list[int] = []
    if data:
        response_id, missing, errors = _submit(session, actor, text, data, locale)
        if response_id is not None:
            return redirect(f"/questionnaires/responses/{response_id}")
    context = _form_context(text, form, missing, errors)
    return render(request, "questionnaires/form.html", context, status_code=422)


@router.get("/questionnaires/responses/{response_id}")
def result(request: Request, session: SessionDep, actor: ClientActor, response_id: int) -> Response:
    view = service.access_result(session, actor, response_id)
    instrument = scoring.Instrument(view.response.instrument)
    return render(
        request,
        "questionnaires/result.html",
        {
            "view": view,
            "response": view.response,
            "instrument": service.instrument_text(instrument.value, request_locale(request)),
            "scale": service.scales()[instrument.value],
            "item9": view.response.answers.get(scoring.PHQ9_ITEM9) if instrument == scoring.Instrument.PHQ9 else None,
        },
    )


@router.post("/clients/{client_id}/questionnaires/schedule")
def set_schedule(request: Request, session: SessionDep, actor: TherapistActor, client_id: int, form: Form) -> Response:
    raw = str(form.get("every_days") or "").strip()
    every_days = None if form.get("stop") else int(raw) if raw.isdigit() else 0
    service.set_schedule(session, actor, client_id, str(form.get("instrument") or ""), every_days)
    if is_htmx(request):  # the section again, on the therapist's client page
        overview = service.client_overview(session, actor, client_id)
        context = {
            "client": care_service.access_client_link(session, actor, client_id).client,
            "questionnaires": overview,
            "scales": service.scales(),
            "score_changes": service.changes_by_response(overview.responses),
            "schedule_saved": True,
        }
        return render(request, "questionnaires/_client_section.html", context)
    return redirect(f"/clients/{client_id}?saved=1#questionnaires-heading")
