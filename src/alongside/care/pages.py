"""Care team and consent (client), invitations, caseload and client page (therapist)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from alongside.accounts import service as accounts_service
from alongside.accounts.dependencies import (
    SESSION_COOKIE,
    AuthDep,
    ClientActor,
    SessionDep,
    TherapistActor,
)
from alongside.care import service
from alongside.care.schemas import Consent, InvitationSignup
from alongside.config import settings
from alongside.errors import NotFound
from alongside.intake import service as intake_service
from alongside.kit import forms
from alongside.kit.web import age_formatter, is_htmx, public_url, redirect, render, request_locale
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.safety.schemas import AlertResolve
from alongside.workspace import service as workspace_service
from alongside.workspace.schemas import CaseloadFilter, TimelineKind

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]


def consent_from_form(form: dict[str, Any]) -> Consent:
    chosen = form.get("share", [])
    chosen = [chosen] if isinstance(chosen, str) else chosen
    return Consent(**{key: key in chosen for key in Consent.model_fields})


@router.get("/care-team")
def care_team(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    links = service.list_care_team(session, actor)
    return render(
        request,
        "care/care_team.html",
        {
            "links": [(link, service.consent_of(link)) for link in links],
            "errors": {},
            "saved": None,
        },
    )


@router.post("/care-team/{link_id}/consent")
def update_consent(request: Request, session: SessionDep, actor: ClientActor, link_id: int, form: Form) -> Response:
    link = service.update_consent(session, actor, link_id, consent_from_form(form))
    return redirect(f"/care-team?saved={link.id}")


@router.post("/care-team/{link_id}/withdraw")
def withdraw(session: SessionDep, actor: ClientActor, link_id: int) -> Response:
    service.withdraw(session, actor, link_id)
    return redirect("/care-team?withdrawn=1")


@router.post("/care-team/join")
def join_with_code(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    code = str(form.get("code", "")).strip()
    if not code:
        errors = {"code": "Enter the code your therapist gave you."}
    else:
        link, errors = forms.attempt(
            session, lambda: service.accept_invitation(session, actor, code, consent_from_form(form))
        )
        if link:
            return redirect(f"/care-team?saved={link.id}")
        errors = {"code": errors.get("__all__", next(iter(errors.values())))}
    links = service.list_care_team(session, actor)
    return render(
        request,
        "care/care_team.html",
        {
            "links": [(link, service.consent_of(link)) for link in links],
            "errors": errors,
            "saved": None,
            "code": code,
        },
        status_code=422,
    )


@router.get("/invite/{code}")
def invitation_page(request: Request, session: SessionDep, auth: AuthDep, code: str) -> Response:
    invitation = service.open_invitation(session, code)
    return render(
        request,
        "care/invite.html",
        {
            "invitation": invitation,
            "code": code,
            "errors": {},
            "values": {},
            "consent": Consent(),
        },
    )


@router.post("/invite/{code}")
def accept_invitation(request: Request, session: SessionDep, auth: AuthDep, code: str, form: Form) -> Response:
    invitation = service.open_invitation(session, code)
    consent = consent_from_form(form)
    if auth.actor is not None:
        if not auth.actor.is_client:
            raise NotFound("Only clients can accept an invitation.")
        link, errors = forms.attempt(session, lambda: service.accept_invitation(session, auth.actor, code, consent))
        if link:
            return redirect(f"/care-team?saved={link.id}")
        values: dict[str, Any] = {}
    else:
        data, errors = forms.parse(InvitationSignup, {**form, "consent": consent.model_dump()})
        values = {k: v for k, v in form.items() if "password" not in k}
        if data:
            result, errors = forms.attempt(session, lambda: service.sign_up_with_invitation(session, code, data))
            if result:
                user, link = result
                secret, _ = accounts_service.start_web_session(session, user)
                response = redirect(f"/care-team?saved={link.id}")
                response.set_cookie(
                    SESSION_COOKIE,
                    secret,
                    httponly=True,
                    samesite="lax",
                    secure=settings.secure_cookies,
                    max_age=settings.session_days * 86400,
                )
                return response
    return render(
        request,
        "care/invite.html",
        {
            "invitation": invitation,
            "code": code,
            "errors": errors,
            "values": values,
            "consent": consent,
        },
        status_code=422,
    )


SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 112, 30, 3


def spark_points(days: list[tuple[Any, float]], span: int = 14) -> dict[str, Any]:
    """Where a sparkline's points go (mood 1–10 over ``span`` days ending on the last day), computed
    here rather than in the template: a caseload page draws one per client."""
    last_day = days[-1][0]
    width, height = SPARK_WIDTH - 2 * SPARK_PAD, SPARK_HEIGHT - 2 * SPARK_PAD
    xy = [
        (
            round(SPARK_WIDTH - SPARK_PAD - width * (last_day - day).days / (span - 1), 1),
            round(SPARK_PAD + height * (10 - mood) / 9, 1),
        )
        for day, mood in days
    ]
    line = " ".join(f"{x},{y}" for x, y in xy) if len(xy) > 1 else ""
    return {"line": line, "x": xy[-1][0], "y": xy[-1][1]}


def _caseload_context(
    request: Request, session: SessionDep, actor: TherapistActor, *, q: str | None, show: str, page: int = 1
) -> dict[str, Any]:
    caseload = workspace_service.build_caseload(session, actor, search=q, filter=show, page=page)
    return {
        "spark_points": spark_points,
        "caseload": caseload,
        "rows": caseload.rows,
        "q": q or "",
        "show_next_session": any(row.next_session for row in caseload.rows),
        "fmt_age": age_formatter(request),
        "invitation": None,
        "to_review": intake_service.to_review(session, actor),
    }


@router.get("/caseload")
def caseload(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    q: str | None = Query(None, max_length=100),
    show: CaseloadFilter = Query("all", alias="filter"),
    page: int = Query(1, ge=1, le=10_000),
) -> Response:
    context = _caseload_context(request, session, actor, q=q, show=show, page=page)
    return render(request, "care/caseload.html", context)


@router.post("/invitations")
def create_invitation(request: Request, session: SessionDep, actor: TherapistActor, form: Form) -> Response:
    note = str(form.get("note") or "").strip()[:120] or None
    code, invitation = service.create_invitation(session, actor, note=note)
    context = _caseload_context(request, session, actor, q=None, show="all")
    context["invitation"] = {
        "code": code,
        "url": public_url(request, f"/invite/{code}"),
        "expires_at": invitation.expires_at,
    }
    return render(request, "care/caseload.html", context, status_code=201)


Kinds = Query(None, description="Timeline kinds to show (default: every kind shared)")


def _timeline_days(request: Request, items: list) -> list[tuple[Any, list]]:
    """Timeline items grouped by day in the reader's time zone, newest day first."""
    tz = getattr(request.state, "tz", None)
    days: dict[Any, list] = {}
    for item in items:
        days.setdefault(item.at.astimezone(tz).date(), []).append(item)
    return list(days.items())


@router.get("/clients/{client_id}")
def client_page(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    before: datetime | None = None,
    kinds: list[TimelineKind] | None = Kinds,
) -> Response:
    view = workspace_service.client_page(
        session, actor, client_id, before=before, kinds=kinds, locale=request_locale(request)
    )
    return render(request, "care/client.html", _client_context(request, view))


def _client_context(request: Request, view: Any, **extra: Any) -> dict[str, Any]:
    return {
        "link": view.link,
        "client": view.link.client,
        "timeline": view.timeline,
        "timeline_days": _timeline_days(request, view.timeline.items),
        "mood_trend": view.mood_trend,
        "questionnaires": view.questionnaires,
        "score_changes": view.score_changes,
        "scales": questionnaires_service.scales(),
        "exercise_log": view.exercise_log,
        "alerts": view.alerts,
        "open_alert_count": sum(a.status.value == "open" for a in view.alerts),
        "silence_days": view.silence_days,
        "alert_message": None,
        "alert_errors": {},
        **extra,
    }


@router.get("/clients/{client_id}/timeline")
def client_timeline(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    before: datetime | None = None,
    kinds: list[TimelineKind] | None = Kinds,
) -> Response:
    """The timeline section alone (htmx: filters and older periods without reloading the page)."""
    link = service.access_client_link(session, actor, client_id)
    timeline = workspace_service.client_timeline(session, actor, client_id, before=before, kinds=kinds)
    context = {
        "link": link,
        "client": link.client,
        "timeline": timeline,
        "timeline_days": _timeline_days(request, timeline.items),
    }
    return render(request, "care/_timeline.html", context)


def _alerts_section(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    *,
    message: str | None,
    errors: dict[int, dict[str, str]] | None = None,
) -> Response:
    link = service.access_client_link(session, actor, client_id)
    context = {
        "client": link.client,
        "alerts": workspace_service.alerts_for_client_page(session, actor, client_id),
        "alert_message": message,
        "alert_errors": errors or {},
    }
    return render(request, "care/_alerts.html", context)


def _after_alert_change(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    alert_id: int,
    done: str,
    errors: dict[str, str],
    status: int,
) -> Response:
    if is_htmx(request):
        message = None if errors else done
        return _alerts_section(request, session, actor, client_id, message=message, errors={alert_id: errors})
    if errors:
        view = workspace_service.client_page(session, actor, client_id, locale=request_locale(request))
        context = _client_context(request, view, alert_errors={alert_id: errors})
        return render(request, "care/client.html", context, status_code=status)
    return redirect(f"/clients/{client_id}?saved=1#alerts-heading")


@router.post("/clients/{client_id}/alerts/{alert_id}/acknowledge")
def acknowledge_alert(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, alert_id: int
) -> Response:
    safety_service.access_client_alert(session, actor, client_id, alert_id)  # 404 before anything else
    alert, errors = forms.attempt(session, lambda: safety_service.acknowledge_alert(session, actor, alert_id))
    done = "acknowledged"
    return _after_alert_change(request, session, actor, client_id, alert_id, done, errors, 409)


@router.post("/clients/{client_id}/alerts/{alert_id}/resolve")
def resolve_alert(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, alert_id: int, form: Form
) -> Response:
    safety_service.access_client_alert(session, actor, client_id, alert_id)
    data, errors = forms.parse(AlertResolve, form)
    status = 422
    if data:
        alert, errors = forms.attempt(
            session, lambda: safety_service.resolve_alert(session, actor, alert_id, data.outcome_note)
        )
        status = 409
    done = "resolved"
    return _after_alert_change(request, session, actor, client_id, alert_id, done, errors, status)
