"""JSON routes: the person's own referral, the intake team's waiting list and summaries, the
organisation's figures."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from alongside.accounts.dependencies import ClientActor, CurrentActor, SessionDep, TherapistActor
from alongside.intake import service
from alongside.intake.schemas import ReferralRead, RiskRead, ScoreRead, SummaryRead, WaitingRowRead, WeekFigures
from alongside.kit.web import render_text

router = APIRouter(prefix="/api", tags=["intake"])


@router.get("/intake", response_model=ReferralRead)
def own_referral(session: SessionDep, actor: ClientActor) -> ReferralRead:
    r = service.access_own_referral(session, actor)
    return ReferralRead(
        id=r.id,
        status=r.status.value,
        step=r.step,
        created_at=r.created_at,
        submitted_at=r.submitted_at,
        therapist_name=r.therapist.display_name if r.therapist else None,
    )


@router.get("/intake/waiting-list", response_model=list[WaitingRowRead])
def waiting_list(session: SessionDep, actor: TherapistActor) -> list[WaitingRowRead]:
    return [
        WaitingRowRead(
            referral_id=row.referral.id,
            client_id=row.referral.client_id,
            client_name=row.referral.client.display_name,
            status=row.referral.status.value,
            open_alert_level=row.open_alert_level,
            deteriorated=[name for name, _, _ in row.deteriorated],
            waiting_days=row.waiting_days,
            suggested_step=row.referral.decided_step,
        )
        for row in service.waiting_list(session, actor)
    ]


@router.get("/intake/referrals/{referral_id}/summary", response_model=SummaryRead)
def summary(request: Request, session: SessionDep, actor: TherapistActor, referral_id: int) -> SummaryRead:
    s = service.read_summary(session, actor, referral_id)
    text = render_text(request, "intake/_summary_text.html", {"summary": s, "referral": s.referral})
    return SummaryRead(
        referral_id=s.referral.id,
        client_name=s.referral.client.display_name,
        status=s.referral.status.value,
        own_words=s.own_words,
        answers=s.answers,
        scores=[
            ScoreRead(instrument=x.instrument, total=x.total, band=x.band, completed_at=x.completed_at)
            for x in s.scores
        ],
        risks=[RiskRead(field=r.field, level=r.level, codes=r.codes, sentences=r.sentences) for r in s.risks],
        highest_risk=s.highest_risk,
        suggested_step=s.suggestion.step,
        suggested_because=[message % values if values else message for message, values in s.suggestion.because],
        text=text,
    )


@router.get("/intake/figures", response_model=list[WeekFigures])
def figures(
    session: SessionDep, actor: CurrentActor, weeks: int = Query(service.DEFAULT_WEEKS, ge=4, le=104)
) -> list[WeekFigures]:
    return [
        WeekFigures(
            week=r.week,
            referrals=r.referrals,
            reviewed=r.reviewed,
            median_days_to_review=r.median_days_to_review,
            first_appointments=r.first_appointments,
            median_days_to_first_appointment=r.median_days_to_first_appointment,
            waiting_at_end=r.waiting_at_end,
            deteriorated=r.deteriorated,
            dropped_out=r.dropped_out,
        )
        for r in service.organisation_figures(session, actor, weeks=weeks)
    ]
