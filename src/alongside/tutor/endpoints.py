"""The tutor's JSON API: code your own session, read a report and the trend, contest codes, and
invite or answer supervisors. Tutor data is the therapist's own: 404 for anyone but the therapist
and a supervisor they invited who accepted (supervisors read, and get 403 when they try to contest)."""

from __future__ import annotations

from fastapi import APIRouter

from alongside.accounts.dependencies import SessionDep, TherapistActor
from alongside.tutor.schemas import (
    CorrectionCreate,
    CorrectionRead,
    ReportItem,
    ReportRead,
    SupervisionCreate,
    SupervisionList,
    SupervisionRead,
    TrendRead,
)
from alongside.tutor.service import corrections, reads, reports, supervision

router = APIRouter(prefix="/api", tags=["tutor"])


def _report(session, actor, report_id: int) -> ReportRead:  # noqa: ANN001
    return reads.report_read(reports.read_report(session, actor, report_id))


@router.post("/sessions/{session_id}/tutor", response_model=ReportRead, status_code=201)
def code_session(session: SessionDep, actor: TherapistActor, session_id: int):
    """Code the latest transcript of a session you held: empathy and MI codes per turn, the MITI
    4.2.1 figures, CBT ingredients and feedback. Again for the same transcript gives the same report."""
    report = reports.code_session(session, actor, session_id)
    return _report(session, actor, report.id)


@router.get("/tutor/reports", response_model=list[ReportItem])
def list_reports(session: SessionDep, actor: TherapistActor):
    """Your own coded sessions, oldest first."""
    return [reads.report_item(r) for r in reports.own_reports(session, actor)]


@router.get("/tutor/reports/{report_id}", response_model=ReportRead)
def read_report(session: SessionDep, actor: TherapistActor, report_id: int):
    """The report; a supervisor gets the client's turns without their words."""
    return _report(session, actor, report_id)


@router.post("/tutor/reports/{report_id}/corrections", response_model=CorrectionRead, status_code=201)
def contest_code(session: SessionDep, actor: TherapistActor, report_id: int, data: CorrectionCreate):
    """Mark a code as wrong: it leaves the figures and is kept as a correction for retraining."""
    row = corrections.contest_code(session, actor, report_id, data)
    return CorrectionRead.model_validate(row, from_attributes=True)


@router.delete("/tutor/reports/{report_id}/corrections/{correction_id}", status_code=204)
def withdraw_correction(session: SessionDep, actor: TherapistActor, report_id: int, correction_id: int) -> None:
    """The model's code counts again."""
    corrections.withdraw_correction(session, actor, report_id, correction_id)


@router.get("/tutor/therapists/{therapist_id}/trend", response_model=TrendRead)
def trend(session: SessionDep, actor: TherapistActor, therapist_id: int):
    """The figures of each coded session over time, for yourself or a therapist you supervise."""
    return reads.trend_read(reports.therapist_trend(session, actor, therapist_id))


@router.get("/tutor/supervisions", response_model=SupervisionList)
def list_supervisions(session: SessionDep, actor: TherapistActor):
    """Supervisors you invited, and invitations you received."""
    return reads.supervisions_read(supervision.overview(session, actor), actor.display_name)


def _supervision(session, actor, row) -> SupervisionRead:  # noqa: ANN001
    overview = reads.supervisions_read(supervision.overview(session, actor), actor.display_name)
    return next(s for s in overview["given"] + overview["received"] if s.id == row.id)


@router.post("/tutor/supervisions", response_model=SupervisionRead, status_code=201)
def invite_supervisor(session: SessionDep, actor: TherapistActor, data: SupervisionCreate):
    """Invite a therapist of your organisation to read your reports and trend once they accept."""
    return _supervision(session, actor, supervision.invite_supervisor(session, actor, data.supervisor_id))


@router.post("/tutor/supervisions/{supervision_id}/accept", response_model=SupervisionRead)
def accept_invitation(session: SessionDep, actor: TherapistActor, supervision_id: int):
    return _supervision(session, actor, supervision.answer_invitation(session, actor, supervision_id, accept=True))


@router.post("/tutor/supervisions/{supervision_id}/decline", response_model=SupervisionRead)
def decline_invitation(session: SessionDep, actor: TherapistActor, supervision_id: int):
    return _supervision(session, actor, supervision.answer_invitation(session, actor, supervision_id, accept=False))


@router.post("/tutor/supervisions/{supervision_id}/revoke", response_model=SupervisionRead)
def revoke_supervision(session: SessionDep, actor: TherapistActor, supervision_id: int):
    """End a supervision or withdraw an invitation; the supervisor sees nothing more."""
    return _supervision(session, actor, supervision.revoke_supervision(session, actor, supervision_id))
