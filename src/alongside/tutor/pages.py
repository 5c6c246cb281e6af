"""The tutor's pages: the therapist's overview (coded sessions, supervisors), a session's feedback
report with the codes per turn and the form to contest one, the trend across sessions, and the
supervision forms. Everything is 404 for anyone but the therapist and an active supervisor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import SessionDep, TherapistActor
from alongside.kit import forms
from alongside.kit.web import redirect, render
from alongside.tutor.schemas import CorrectionCreate
from alongside.tutor.service import corrections, reads, reports, supervision
from alongside.tutor.service.feedback import N_
from alongside.tutor.service.summaries import MITI_THRESHOLDS

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
R = TypeVar("R")


# -- overview and supervision ---------------------------------------------------------------------------


def _home(request: Request, session: Session, actor: Actor, *, errors=None, status: int = 200) -> Response:  # noqa: ANN001
    context = {
        "reports": reports.own_reports(session, actor),
        "overview": supervision.overview(session, actor),
        "errors": errors or {},
        "saved": bool(request.query_params.get("saved")),
    }
    return render(request, "tutor/home.html", context, status_code=status)


@router.get("/tutor")
def home(request: Request, session: SessionDep, actor: TherapistActor) -> Response:
    return _home(request, session, actor)


@router.post("/tutor/supervisions")
def invite_supervisor(request: Request, session: SessionDep, actor: TherapistActor, form: Form) -> Response:
    raw = str(form.get("supervisor_id") or "")
    if not raw.isdigit():
        return _home(request, session, actor, errors={"supervisor_id": N_("Choose a therapist.")}, status=422)
    _, errors, status = forms.attempt_with_status(
        session, lambda: supervision.invite_supervisor(session, actor, int(raw))
    )
    if errors:
        return _home(request, session, actor, errors=errors, status=status)
    return redirect("/tutor?saved=1#supervision-heading")


def _answer(request: Request, session: Session, action: Callable[[], Any], actor: Actor) -> Response:
    _, errors, status = forms.attempt_with_status(session, action)
    if errors:
        return _home(request, session, actor, errors=errors, status=status)
    return redirect("/tutor?saved=1#supervision-heading")


@router.post("/tutor/supervisions/{supervision_id}/accept")
def accept_invitation(request: Request, session: SessionDep, actor: TherapistActor, supervision_id: int) -> Response:
    return _answer(request, session, lambda: supervision.answer_invitation(session, actor, supervision_id,
                                                                            accept=True), actor)  # fmt: skip


@router.post("/tutor/supervisions/{supervision_id}/decline")
def decline_invitation(request: Request, session: SessionDep, actor: TherapistActor, supervision_id: int) -> Response:
    return _answer(request, session, lambda: supervision.answer_invitation(session, actor, supervision_id,
                                                                            accept=False), actor)  # fmt: skip


@router.post("/tutor/supervisions/{supervision_id}/revoke")
def revoke_supervision(request: Request, session: SessionDep, actor: TherapistActor, supervision_id: int) -> Response:
    return _answer(request, session, lambda: supervision.revoke_supervision(session, actor, supervision_id), actor)


# -- a session's report --------------------------------------------------------------------------------


def _session_page(request: Request, session: Session, actor: Actor, session_id: int, *, errors=None,  # noqa: ANN001
                  status: int = 200) -> Response:  # fmt: skip
    found = reports.session_tutor(session, actor, session_id)
    return render(request, "tutor/session.html", {"found": found, "errors": errors or {}}, status_code=status)


@router.get("/sessions/{session_id}/tutor")
def session_tutor(request: Request, session: SessionDep, actor: TherapistActor, session_id: int) -> Response:
    """The report of the session's latest transcript, or the button that codes it."""
    found = reports.session_tutor(session, actor, session_id)
    if found.report is not None:
        return redirect(f"/tutor/reports/{found.report.id}")
    return _session_page(request, session, actor, session_id)


@router.post("/sessions/{session_id}/tutor")
def code_session(request: Request, session: SessionDep, actor: TherapistActor, session_id: int) -> Response:
    report, errors, status = forms.attempt_with_status(
        session, lambda: reports.code_session(session, actor, session_id)
    )
    if report is None:
        return _session_page(request, session, actor, session_id, errors=errors, status=status)
    return redirect(f"/tutor/reports/{report.id}")


def _report_page(request: Request, session: Session, actor: Actor, report_id: int, *, errors=None,  # noqa: ANN001
                 values=None, status: int = 200) -> Response:  # fmt: skip
    view = reports.read_report(session, actor, report_id)
    context = {
        "view": view, "summary": view.summary, "thresholds": MITI_THRESHOLDS, "errors": errors or {},
        "values": values or {}, "saved": bool(request.query_params.get("saved")),
        "cite": lambda item: reads.cited(view, item),
    }  # fmt: skip
    return render(request, "tutor/report.html", context, status_code=status)


@router.get("/tutor/reports/{report_id}")
def report_page(request: Request, session: SessionDep, actor: TherapistActor, report_id: int) -> Response:
    return _report_page(request, session, actor, report_id)


@router.post("/tutor/reports/{report_id}/corrections")
def contest_code(request: Request, session: SessionDep, actor: TherapistActor, report_id: int, form: Form) -> Response:
    """Fields: ``turn``, ``correction`` ("<dimension>:<code>", one select) and ``comment``."""
    reports.access_report(session, actor, report_id)
    dimension, _, code = str(form.get("correction") or "").partition(":")
    values = {"turn": form.get("turn"), "dimension": dimension or None, "code": code or None,
              "comment": form.get("comment")}  # fmt: skip
    data, errors = forms.parse(CorrectionCreate, values)
    status = 422
    if data is not None:
        row, errors, status = forms.attempt_with_status(
            session, lambda: corrections.contest_code(session, actor, report_id, data)
        )
        if row is not None:
            return redirect(f"/tutor/reports/{report_id}?saved=1#turn-{data.turn}")
    if {"dimension", "code"} & errors.keys():
        errors = {"correction": N_("Choose the code you think is right.")}
    return _report_page(request, session, actor, report_id, errors=errors, values=form, status=status)


@router.post("/tutor/reports/{report_id}/corrections/{correction_id}/withdraw")
def withdraw_correction(
    request: Request, session: SessionDep, actor: TherapistActor, report_id: int, correction_id: int
) -> Response:
    _, errors, status = forms.attempt_with_status(
        session, lambda: corrections.withdraw_correction(session, actor, report_id, correction_id)
    )
    if errors:
        return _report_page(request, session, actor, report_id, errors=errors, status=status)
    return redirect(f"/tutor/reports/{report_id}?saved=1#corrections-heading")


# -- the trend -----------------------------------------------------------------------------------------


@router.get("/tutor/therapists/{therapist_id}/trend")
def trend_page(request: Request, session: SessionDep, actor: TherapistActor, therapist_id: int) -> Response:
    trend = reports.therapist_trend(session, actor, therapist_id)
    context = {"trend": trend, "charts": reads.trend_charts(trend), "thresholds": MITI_THRESHOLDS}
    return render(request, "tutor/trend.html", context)
