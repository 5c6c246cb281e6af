"""Self-referral (public) and the person's intake: one step per screen, saved as they type, paused
and resumed at will; the crisis path at once when a text screens ``high`` or above."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from alongside.accounts import service as accounts_service
from alongside.accounts.dependencies import SESSION_COOKIE, AuthDep, ClientActor, SessionDep
from alongside.care.pages import consent_from_form
from alongside.care.schemas import Consent
from alongside.config import settings
from alongside.errors import NotFound
from alongside.intake import service
from alongside.intake.models import ReferralStatus
from alongside.intake.schemas import SelfReferralSignup
from alongside.kit import forms
from alongside.kit.web import redirect, render, request_locale
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.safety.dependencies import HelpCountry
from alongside.safety.screening import RiskLevel

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
CRISIS_URL = "/help?crisis=1&from=intake"


@router.get("/refer")
def refer_code_page(request: Request) -> Response:
    return render(request, "intake/code.html", {"errors": {}, "values": {}})


@router.post("/refer")
def refer_code(request: Request, form: Form) -> Response:
    code = service.normalise_code(str(form.get("code") or ""))
    if not code:
        return render(
            request,
            "intake/code.html",
            {"errors": {"code": "Enter the code you were given."}, "values": form},
            status_code=422,
        )
    return redirect(f"/refer/{code}")


def _signup_page(request: Request, session: SessionDep, code: str, **context: Any) -> Response:
    try:
        organisation, _ = service.open_referral(session, code)
    except service.ReferralClosed as exc:
        return render(request, "intake/closed.html", {"message": exc.message}, status_code=409)
    values = context.pop("values", {"locale": request_locale(request)})
    return render(
        request,
        "intake/signup.html",
        {"organisation": organisation, "code": code, "errors": {}, "values": values, **context},
        status_code=422 if context.get("errors") else 200,
    )


@router.get("/refer/{code}")
def signup_page(request: Request, session: SessionDep, auth: AuthDep, code: str) -> Response:
    if auth.actor is not None and service.own_referral(session, auth.actor) is not None:
        return redirect("/intake")
    return _signup_page(request, session, code)


@router.post("/refer/{code}")
def sign_up(request: Request, session: SessionDep, code: str, form: Form) -> Response:
    raw = {**form, "agree": form.get("agree") == "on", "age_ok": form.get("age_ok") == "on"}
    data, errors = forms.parse(SelfReferralSignup, raw)
    if data:
        result, errors = forms.attempt(session, lambda: service.sign_up(session, code, data))
        if result:
            user, _ = result
            secret, _ = accounts_service.start_web_session(session, user)
            response = redirect("/intake")
            response.set_cookie(
                SESSION_COOKIE,
                secret,
                httponly=True,
                samesite="lax",
                secure=settings.secure_cookies,
                max_age=settings.session_days * 86400,
            )
            return response
    values = {k: v for k, v in form.items() if "password" not in k}
    return _signup_page(request, session, code, errors=errors, values=values)


@router.get("/intake")
def intake_home(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    referral = service.access_own_referral(session, actor)
    if referral.status == ReferralStatus.STARTED:
        return redirect(f"/intake/step/{referral.step}")
    return render(
        request,
        "intake/status.html",
        {"referral": referral, "consent": Consent(), "sent": request.query_params.get("sent") == "1", "errors": {}},
    )


def _step_context(
    request: Request, session: SessionDep, actor: ClientActor, country: str | None, step: str, **extra: Any
) -> dict[str, Any]:
    referral = service.access_own_referral(session, actor)
    if step not in service.STEPS:
        raise NotFound("No such step.")
    data = service.load(referral)
    context: dict[str, Any] = {
        "referral": referral,
        "step": step,
        "steps": service.STEPS,
        "done": service.completed_steps(referral),
        "data": data,
        "choices": service.CHOICES,
        "errors": {},
        "level": referral.risk_level,
    }
    if step in service.QUESTIONNAIRES:
        context["instrument"] = questionnaires_service.instrument_text(step, request_locale(request))
        context["answered"] = bool(getattr(referral, f"{step}_response_id"))
        context["values"] = {f"q{k}": str(v) for k, v in data["q"].get(step, {}).items()}
        if step == "phq9" and "phq9_difficulty" in data["q"]:
            context["values"]["difficulty"] = str(data["q"]["phq9_difficulty"])
    if RiskLevel(referral.risk_level).at_least(RiskLevel.MODERATE):
        context["resources"] = safety_service.crisis_resources(session, actor.organisation_id, country)
    context.update(extra)
    return context


@router.get("/intake/step/{step}")
def step_page(request: Request, session: SessionDep, actor: ClientActor, country: HelpCountry, step: str) -> Response:
    referral = service.access_own_referral(session, actor)
    if referral.status != ReferralStatus.STARTED:
        return redirect("/intake")
    return render(request, "intake/step.html", _step_context(request, session, actor, country, step))


@router.post("/intake/step/{step}/draft")
def save_draft(
    request: Request, session: SessionDep, actor: ClientActor, country: HelpCountry, step: str, form: Form
) -> Response:
    """htmx autosave while typing: keeps the draft, screens it, and shows the crisis help inline."""
    result = service.save_step(session, actor, step, form, complete=False, locale=request_locale(request))
    resources = None
    if result.level.at_least(RiskLevel.MODERATE):
        resources = safety_service.crisis_resources(session, actor.organisation_id, country)
    return render(request, "intake/_autosaved.html", {"level": result.level.value, "resources": resources})


@router.post("/intake/step/{step}")
def save_step(
    request: Request, session: SessionDep, actor: ClientActor, country: HelpCountry, step: str, form: Form
) -> Response:
    action = str(form.get("action") or "next")
    complete = action == "next"
    result = service.save_step(session, actor, step, form, complete=complete, locale=request_locale(request))
    if result.level.at_least(RiskLevel.HIGH):
        return redirect(f"{CRISIS_URL}&step={step}")
    if action == "pause":
        return redirect("/home?intake=paused")
    if action == "back":
        index = service.STEPS.index(step)
        return redirect(f"/intake/step/{service.STEPS[max(0, index - 1)]}")
    if result.errors:
        context = _step_context(request, session, actor, country, step, errors=result.errors)
        if step in service.QUESTIONNAIRES:
            context["values"] = {k: str(v) for k, v in form.items()}
        return render(request, "intake/step.html", context, status_code=422)
    return redirect(f"/intake/step/{result.next_step}")


@router.post("/intake/submit")
def submit(request: Request, session: SessionDep, actor: ClientActor, country: HelpCountry) -> Response:
    referral, errors = forms.attempt(session, lambda: service.submit_intake(session, actor))
    if referral:
        return redirect("/intake?sent=1")
    context = _step_context(request, session, actor, country, "review", errors=errors)
    return render(request, "intake/step.html", context, status_code=422)


@router.post("/intake/withdraw")
def withdraw(session: SessionDep, actor: ClientActor) -> Response:
    service.withdraw(session, actor)
    return redirect("/intake")


@router.post("/intake/proposal")
def answer_proposal(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    if form.get("answer") == "decline":
        service.decline_proposal(session, actor)
        return redirect("/intake")
    service.accept_proposal(session, actor, consent_from_form(form))
    return redirect("/care-team?joined=1")
