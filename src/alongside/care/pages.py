"""Care team and consent (client), invitations, caseload and client page (therapist)."""

from __future__ import annotations

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
from alongside.checkins import service as checkins_service
from alongside.config import settings
from alongside.errors import NotFound
from alongside.exercises import service as exercises_service
from alongside.journal import service as journal_service
from alongside.kit import forms
from alongside.kit.web import public_url, redirect, render, request_locale
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service

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


@router.get("/caseload")
def caseload(
    request: Request, session: SessionDep, actor: TherapistActor, q: str | None = Query(None, max_length=100)
) -> Response:
    links = service.list_caseload(session, actor, search=q)
    last = checkins_service.last_checkins(session, actor, [link.client_id for link in links])
    alerts = safety_service.open_alert_levels(session, [link.client_id for link in links])
    return render(
        request,
        "care/caseload.html",
        {"links": links, "last": last, "q": q or "", "invitation": None, "alerts": alerts},
    )


@router.post("/invitations")
def create_invitation(request: Request, session: SessionDep, actor: TherapistActor, form: Form) -> Response:
    note = str(form.get("note") or "").strip()[:120] or None
    code, invitation = service.create_invitation(session, actor, note=note)
    links = service.list_caseload(session, actor)
    last = checkins_service.last_checkins(session, actor, [link.client_id for link in links])
    return render(
        request,
        "care/caseload.html",
        {
            "links": links,
            "last": last,
            "q": "",
            "alerts": safety_service.open_alert_levels(session, [link.client_id for link in links]),
            "invitation": {
                "code": code,
                "url": public_url(request, f"/invite/{code}"),
                "expires_at": invitation.expires_at,
            },
        },
        status_code=201,
    )


@router.get("/clients/{client_id}")
def client_page(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    link = service.access_client_link(session, actor, client_id)
    checkins = entries = questionnaires = exercise_log = None
    if link.share_checkins:
        checkins, _ = checkins_service.list_client_checkins(session, actor, client_id, limit=30)
        exercise_log = exercises_service.client_log(session, actor, client_id, locale=request_locale(request))
    if link.share_journal:
        entries, _ = journal_service.list_client_entries(session, actor, client_id, limit=10)
    if link.share_questionnaires:
        questionnaires = questionnaires_service.client_overview(session, actor, client_id)
    return render(
        request,
        "care/client.html",
        {
            "link": link,
            "client": link.client,
            "consent": service.consent_of(link),
            "checkins": checkins,
            "entries": entries,
            "thought_records": journal_service.thought_record_views(entries or [], request_locale(request)),
            "questionnaires": questionnaires,
            "exercise_log": exercise_log,
            "scales": questionnaires_service.scales(),
            "silence_days": safety_service.get_silence_days(session, client_id),
            "alert_level": safety_service.open_alert_levels(session, [client_id]).get(client_id),
        },
    )
