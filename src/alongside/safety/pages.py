"""Help (crisis lines and the safety plan, without login), the safety plan editor, alerts for
therapists, and the admin's escalation policy and crisis lines."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, Response

from alongside.accounts.dependencies import (
    AdminActor,
    AuthDep,
    ClientActor,
    CurrentActor,
    SessionDep,
    TherapistActor,
)
from alongside.errors import NotFound
from alongside.kit import forms
from alongside.kit.web import PACKAGE_DIR, redirect, render
from alongside.safety import service
from alongside.safety.dependencies import HelpCountry
from alongside.safety.schemas import AlertResolve, CrisisLine, PolicyUpdate, SafetyPlanContent

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
PLAN_STEPS = list(SafetyPlanContent.model_fields)


@router.get("/help")
def help_page(request: Request, session: SessionDep, auth: AuthDep, country: HelpCountry) -> Response:
    org_id = auth.user.organisation_id if auth.user else None
    plan = None
    contact_to = None  # whom "contact me" reaches: "therapist", "intake" (no therapist yet) or "nobody"
    if auth.actor is not None and auth.actor.is_client:
        plan, _ = service.get_safety_plan(session, auth.actor, auth.actor.user_id)
        contact_to = service.contact_route(session, auth.actor)
    return render(
        request,
        "safety/help.html",
        {
            "country": country,
            "resources": service.crisis_resources(session, org_id, country),
            "countries": service.crisis_country_names(),
            "plan": plan,
            "steps": PLAN_STEPS,
            "crisis": request.query_params.get("crisis") == "1",
            "contacted": request.query_params.get("contacted"),
            "contact_to": contact_to,
        },
    )


@router.get("/sw.js")
def service_worker() -> Response:
    """At the root so its scope covers /help; caches the help page for use offline."""
    response = FileResponse(PACKAGE_DIR / "static" / "sw.js", media_type="text/javascript")
    response.headers["Cache-Control"] = "no-cache"
    return response


@router.post("/contact-therapist")
def contact_therapist(session: SessionDep, actor: ClientActor, form: Form) -> Response:
    count = service.request_contact(session, actor, str(form.get("message") or "")[:500] or None)
    return redirect(f"/help?contacted={count}")


def plan_from_form(form: dict[str, Any]) -> tuple[SafetyPlanContent | None, dict[str, str]]:
    data = {
        step: [line.strip() for line in str(form.get(step) or "").splitlines() if line.strip()] for step in PLAN_STEPS
    }
    return forms.parse(SafetyPlanContent, data)


def _plan_page(
    request: Request,
    plan: SafetyPlanContent,
    updated_at,
    *,
    action: str,
    client_name: str | None,
    errors: dict[str, str] | None = None,
) -> Response:  # noqa: ANN001
    return render(
        request,
        "safety/plan_form.html",
        {
            "plan": plan,
            "updated_at": updated_at,
            "steps": PLAN_STEPS,
            "action": action,
            "client_name": client_name,
            "errors": errors or {},
        },
        status_code=422 if errors else 200,
    )


@router.get("/safety-plan")
def own_plan(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    plan, updated_at = service.get_safety_plan(session, actor, actor.user_id)
    return _plan_page(request, plan, updated_at, action="/safety-plan", client_name=None)


@router.post("/safety-plan")
def save_own_plan(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    plan, errors = plan_from_form(form)
    if plan is None:
        return _plan_page(request, SafetyPlanContent(), None, action="/safety-plan", client_name=None, errors=errors)
    service.update_safety_plan(session, actor, actor.user_id, plan)
    return redirect("/safety-plan?saved=1")


@router.get("/clients/{client_id}/safety-plan")
def client_plan(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    plan, updated_at = service.get_safety_plan(session, actor, client_id)
    return _plan_page(
        request,
        plan,
        updated_at,
        action=f"/clients/{client_id}/safety-plan",
        client_name=service.client_name(session, actor, client_id),
    )


@router.post("/clients/{client_id}/safety-plan")
def save_client_plan(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, form: Form
) -> Response:
    plan, errors = plan_from_form(form)
    if plan is None:
        return _plan_page(
            request,
            SafetyPlanContent(),
            None,
            action=f"/clients/{client_id}/safety-plan",
            client_name=service.client_name(session, actor, client_id),
            errors=errors,
        )
    service.update_safety_plan(session, actor, client_id, plan)
    return redirect(f"/clients/{client_id}/safety-plan?saved=1")


@router.get("/alerts")
def alerts_page(request: Request, session: SessionDep, actor: CurrentActor, resolved: bool = False) -> Response:
    if actor.is_client:
        raise NotFound()
    alerts = [
        service.alert_read(session, actor, a, with_details=False)
        for a in service.list_alerts(session, actor, include_resolved=resolved)
    ]
    return render(request, "safety/alerts.html", {"alerts": alerts, "resolved": resolved})


def _alert_page(request: Request, session: SessionDep, actor, alert, errors=None) -> Response:  # noqa: ANN001
    return render(
        request,
        "safety/alert.html",
        {"alert": service.alert_read(session, actor, alert), "errors": errors or {}},
        status_code=422 if errors else 200,
    )


@router.get("/alerts/{alert_id}")
def alert_page(request: Request, session: SessionDep, actor: CurrentActor, alert_id: int) -> Response:
    return _alert_page(request, session, actor, service.access_alert(session, actor, alert_id))


@router.post("/alerts/{alert_id}/acknowledge")
def acknowledge(request: Request, session: SessionDep, actor: CurrentActor, alert_id: int) -> Response:
    alert, errors = forms.attempt(session, lambda: service.acknowledge_alert(session, actor, alert_id))
    if alert is None:
        return _alert_page(request, session, actor, service.access_alert(session, actor, alert_id), errors)
    return redirect(f"/alerts/{alert_id}")


@router.post("/alerts/{alert_id}/resolve")
def resolve(request: Request, session: SessionDep, actor: TherapistActor, alert_id: int, form: Form) -> Response:
    data, errors = forms.parse(AlertResolve, form)
    if data:
        alert, errors = forms.attempt(
            session, lambda: service.resolve_alert(session, actor, alert_id, data.outcome_note)
        )
        if alert:
            return redirect(f"/alerts/{alert_id}")
    return _alert_page(request, session, actor, service.access_alert(session, actor, alert_id), errors)


@router.get("/admin/safety")
def admin_safety(request: Request, session: SessionDep, actor: AdminActor) -> Response:
    return _admin_page(request, session, actor)


def _admin_page(request: Request, session: SessionDep, actor, errors=None, values=None) -> Response:  # noqa: ANN001
    policy = service.get_policy(session, actor.organisation_id)
    return render(
        request,
        "safety/admin.html",
        {
            "policy": policy,
            "therapists": service.organisation_therapists(session, actor),
            "countries": service.crisis_countries(),
            "errors": errors or {},
            "values": values or {},
            "resources": {
                c: service.crisis_resources(session, actor.organisation_id, c) for c in service.crisis_countries()
            },
        },
        status_code=422 if errors else 200,
    )


@router.post("/admin/safety/policy")
def save_policy(request: Request, session: SessionDep, actor: AdminActor, form: Form) -> Response:
    values = {k: v for k, v in form.items() if k != "webhook_secret"}
    data, errors = forms.parse(PolicyUpdate, {**form, "email_enabled": form.get("email_enabled") == "on"})
    if data:
        policy, errors = forms.attempt(session, lambda: service.update_policy(session, actor, data))
        if policy:
            return redirect("/admin/safety?saved=1")
    return _admin_page(request, session, actor, errors, values)


@router.post("/admin/safety/crisis-lines/{country}")
def save_crisis_lines(request: Request, session: SessionDep, actor: AdminActor, country: str, form: Form) -> Response:
    """One line per crisis line: ``name | phone | text | chat | hours``."""
    lines, errors = [], {}
    for number, raw in enumerate(str(form.get("lines") or "").splitlines(), start=1):
        if not raw.strip():
            continue
        parts = [p.strip() or None for p in raw.split("|")] + [None] * 5
        line, line_errors = forms.parse(
            CrisisLine, dict(zip(["name", "phone", "text", "chat", "hours"], parts[:5], strict=True))
        )
        if line is None:
            errors = {"lines": f"Line {number}: {next(iter(line_errors.values()))}"}
            break
        lines.append(line)
    if not errors:
        row, errors = forms.attempt(
            session,
            lambda: service.update_crisis_resources(
                session, actor, country, lines, emergency=str(form.get("emergency") or "").strip() or None
            ),
        )
        if row:
            return redirect("/admin/safety?saved=1")
    return _admin_page(request, session, actor, errors)


@router.post("/clients/{client_id}/silence-days")
def save_silence_days(session: SessionDep, actor: TherapistActor, client_id: int, form: Form) -> Response:
    raw = str(form.get("silence_days") or "").strip()
    days = int(raw) if raw.isdigit() else None
    service.set_silence_days(session, actor, client_id, days)
    return redirect(f"/clients/{client_id}?saved=1")
