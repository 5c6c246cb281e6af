"""The intake team's waiting list and intake summaries, the organisation's figures, and the admin's
self-referral settings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import AdminActor, CurrentActor, SessionDep, TherapistActor
from alongside.intake import service
from alongside.intake.pages.charts import week_chart
from alongside.kit import forms
from alongside.kit.web import age_formatter, public_url, redirect, render, render_text
from alongside.safety import service as safety_service

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
SUMMARY_TEXT = "intake/_summary_text.html"


@router.get("/waiting-list")
def waiting_list(request: Request, session: SessionDep, actor: TherapistActor) -> Response:
    rows = service.waiting_list(session, actor)
    return render(request, "intake/waiting_list.html", {"rows": rows, "fmt_age": age_formatter(request)})


def _summary_context(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int) -> dict[str, Any]:
    summary = service.read_summary(session, actor, referral_id)
    context = {"summary": summary, "referral": summary.referral}
    context["text"] = render_text(request, SUMMARY_TEXT, context)
    context["therapists"] = service.organisation_therapists(session, actor)
    context["steps_of_care"] = service.STEPS_OF_CARE
    context["close_reasons"] = service.CLOSE_REASONS
    return context


@router.get("/referrals/{referral_id}")
def referral_page(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int) -> Response:
    context = _summary_context(request, session, actor, referral_id)
    context["saved"] = request.query_params.get("saved")
    return render(request, "intake/summary.html", {**context, "errors": {}})


@router.get("/referrals/{referral_id}/summary.txt")
def referral_text(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int) -> Response:
    summary = service.read_summary(session, actor, referral_id)
    text = render_text(request, SUMMARY_TEXT, {"summary": summary, "referral": summary.referral})
    return Response(text, media_type="text/plain; charset=utf-8")


def _after(
    request: Request, session: SessionDep, actor: TherapistActor, referral_id: int, action: Any, saved: str
) -> Response:
    done, errors = forms.attempt(session, action)
    if done:
        return redirect(f"/referrals/{referral_id}?saved={saved}")
    context = _summary_context(request, session, actor, referral_id)
    return render(request, "intake/summary.html", {**context, "errors": errors, "saved": None}, status_code=422)


@router.post("/referrals/{referral_id}/review")
def review(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int, form: Form) -> Response:
    step, note = str(form.get("decided_step") or ""), str(form.get("note") or "")
    action = lambda: service.mark_reviewed(session, actor, referral_id, decided_step=step, note=note)  # noqa: E731
    return _after(request, session, actor, referral_id, action, "reviewed")


@router.post("/referrals/{referral_id}/propose")
def propose(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int, form: Form) -> Response:
    raw = str(form.get("therapist_id") or "")
    therapist_id = int(raw) if raw.isdigit() else 0
    action = lambda: service.propose_therapist(session, actor, referral_id, therapist_id)  # noqa: E731
    return _after(request, session, actor, referral_id, action, "proposed")


@router.post("/referrals/{referral_id}/close")
def close(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int, form: Form) -> Response:
    reason = str(form.get("reason") or "")
    action = lambda: service.close_referral(session, actor, referral_id, reason)  # noqa: E731
    return _after(request, session, actor, referral_id, action, "closed")


def _weeks(request: Request) -> int:
    raw = request.query_params.get("weeks", "")
    return min(104, max(4, int(raw))) if raw.isdigit() else service.DEFAULT_WEEKS


@router.get("/intake-figures")
def figures(request: Request, session: SessionDep, actor: CurrentActor) -> Response:
    rows = service.organisation_figures(session, actor, weeks=_weeks(request))
    return render(request, "intake/figures.html", {"rows": rows, "chart": week_chart(rows), "weeks": len(rows)})


@router.get("/intake-figures.csv")
def figures_csv(request: Request, session: SessionDep, actor: CurrentActor) -> Response:
    rows = service.organisation_figures(session, actor, weeks=_weeks(request))
    return Response(
        service.figures_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="waiting-list-figures.csv"'},
    )


def _admin_page(request: Request, session: SessionDep, actor: AdminActor, **extra: Any) -> Response:
    row = service.settings_for(session, actor.organisation_id)
    context = {
        "intake": row,
        "link": public_url(request, f"/refer/{row.code}"),
        "team": {m.user_id for m in service.team(session, actor.organisation_id)},
        "therapists": service.organisation_therapists(session, actor),
        "on_call": safety_service.get_policy(session, actor.organisation_id).on_call_clinician_id,
        "errors": {},
        "saved": request.query_params.get("saved"),
        **extra,
    }
    return render(request, "intake/admin.html", context, status_code=422 if context["errors"] else 200)


@router.get("/admin/intake")
def admin_page(request: Request, session: SessionDep, actor: AdminActor) -> Response:
    return _admin_page(request, session, actor)


@router.post("/admin/intake")
def save_settings(request: Request, session: SessionDep, actor: AdminActor, form: Form) -> Response:
    code = str(form.get("code") or "").strip() or None
    action = lambda: service.update_settings(  # noqa: E731
        session, actor, open=form.get("open") == "on", new_code=form.get("new_code") == "on", code=code
    )
    row, errors = forms.attempt(session, action)
    if row:
        return redirect("/admin/intake?saved=settings")
    return _admin_page(request, session, actor, errors=errors)


@router.post("/admin/intake/team")
def save_team(request: Request, session: SessionDep, actor: AdminActor, form: Form) -> Response:
    chosen = form.get("team", [])
    chosen = [chosen] if isinstance(chosen, str) else chosen
    ids = [int(c) for c in chosen if str(c).isdigit()]
    team, errors = forms.attempt(session, lambda: service.set_team(session, actor, ids))
    if team is not None and not errors:
        return redirect("/admin/intake?saved=team")
    return _admin_page(request, session, actor, errors=errors)
