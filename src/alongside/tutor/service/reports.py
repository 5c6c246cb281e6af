"""Coding a therapist's own session, and reading the report and the trend across sessions.

Who may do what:

- Coding: the therapist who held the session (``TherapySession.therapist_id``) and is still in the
  client's care team; the transcript is read through the notes service (audited there as a
  transcript read). Anyone else gets 404, another therapist of the same care team included: the
  report is the therapist's own.
- Reading a report or the trend: that therapist, and a supervisor with an *active* supervision
  (``service.supervision``). Everyone else gets 404 (clients, admins, other therapists, a pending,
  declined or revoked supervisor). Every read is audited, with the client as subject for a report
  (it quotes what was said in their session).
- What a supervisor sees: the codes, the figures and the therapist's own turns, not the client's
  turns, and feedback made by the templates without the client's words. The therapist sees the
  same once they are no longer in the client's care team.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.errors import InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.notes.models import TherapySession, Transcript
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.tutor.models import TutorCorrection, TutorReport
from alongside.tutor.repository import CorrectionRepository, ReportRepository, SupervisionRepository
from alongside.tutor.service import scoring
from alongside.tutor.service.feedback import Feedback, build_feedback, template_feedback

MODEL_NAME = "shipped"  # the default models in alongside/tutor/model/


def model_name() -> str:
    """Which models code a report: "shipped", or the folders of models made by ``tutor train``."""
    from alongside.config import settings

    trained = [f"{kind}:{path.name}" for kind, path in (("empathy", settings.tutor_empathy_model),
               ("mi", settings.tutor_mi_model)) if path]  # fmt: skip
    return ("trained " + " ".join(trained))[:64] if trained else MODEL_NAME


def turns_of(report: TutorReport) -> list[dict[str, Any]]:
    return json.loads(report.turns)


def _own_session(session: Session, actor: Actor, session_id: int) -> TherapySession:
    """The session, when the actor held it and is in the client's care team; 404 otherwise."""
    row = notes_service.access_session(session, actor, session_id)
    if row.therapist_id != actor.user_id:
        raise NotFound("No such session.")
    return row


def _coded_transcript(session: Session, actor: Actor, session_id: int) -> tuple[TherapySession, Transcript]:
    row = _own_session(session, actor, session_id)
    transcript = notes_service.latest_transcript(session, actor, session_id)
    if transcript is None:
        raise InvalidInput("Add the session's transcript first.", field="transcript")
    if transcript.source.value == "typed":
        raise InvalidInput("The tutor codes transcripts with speakers, not your own notes.", field="transcript")
    return row, transcript


@dataclass(frozen=True)
class SessionTutor:
    """A session as the tutor sees it: its latest transcript and the report of it, if coded."""

    row: TherapySession
    transcript: Transcript | None
    report: TutorReport | None


def session_tutor(session: Session, actor: Actor, session_id: int) -> SessionTutor:
    row = _own_session(session, actor, session_id)
    transcript = notes_service.latest_transcript(session, actor, session_id)
    found = ReportRepository(session).find_own(actor.user_id, row.id, transcript.id) if transcript else None
    return SessionTutor(row, transcript, found)


def code_session(session: Session, actor: Actor, session_id: int, *, now: datetime | None = None) -> TutorReport:
    """Code the session's latest transcript and store the report (the same one again if it was coded)."""
    row, transcript = _coded_transcript(session, actor, session_id)
    reports = ReportRepository(session)
    found = reports.find_own(actor.user_id, row.id, transcript.id)
    if found is not None:
        return found
    view = notes_service.read_transcript(session, actor, transcript)
    lines = [(line.n, line.speaker, line.role, line.text, line.risk) for line in view.lines]
    if not any(line[2] == "therapist" for line in lines):
        raise InvalidInput(
            "No line of this transcript is marked as yours. Set who is who on the session page first.",
            field="transcript",
        )
    turns = scoring.code_lines(lines)
    summary = scoring.summary_of(turns)
    feedback = build_feedback(turns, summary, transcript.language)
    report = reports.add(
        TutorReport(
            therapist_id=actor.user_id,
            session_id=row.id,
            transcript_id=transcript.id,
            client_id=row.client_id,
            session_at=row.starts_at,
            language=transcript.language,
            model=model_name(),
            turns=json.dumps(turns, ensure_ascii=False),
            summary=summary,
            feedback=feedback.to_json(),
            feedback_source=feedback.source,
            feedback_note=feedback.note,
            created_at=now or utc_now(),
        )
    )
    audit.record(
        session, actor, AuditEvent.TUTOR_REPORT_CREATED, subject_id=row.client_id, object_type="tutor_report",
        object_id=report.id, extra={"turns": len(turns), "feedback": feedback.source, "note": feedback.note},
    )  # fmt: skip
    return report


def access_report(session: Session, actor: Actor, report_id: int) -> TutorReport:
    """The report, for its therapist or an active supervisor; 404 for anyone else."""
    report = ReportRepository(session).get_readable(actor, report_id)
    if report is None:
        raise NotFound("No such report.")
    return report


def contested_of(corrections: list[TutorCorrection]) -> set[tuple[int, str]]:
    return {(c.turn, c.dimension) for c in corrections}


def refresh(session: Session, report: TutorReport, *, now: datetime | None = None) -> None:
    """Figures and feedback again, without the contested codes (after a correction)."""
    contested = contested_of(CorrectionRepository(session).for_report(report.id))
    turns = turns_of(report)
    report.summary = scoring.summary_of(turns, contested)
    feedback = build_feedback(turns, report.summary, report.language, contested)
    report.feedback, report.feedback_source, report.feedback_note = (
        feedback.to_json(), feedback.source, feedback.note,
    )  # fmt: skip
    report.updated_at = now or utc_now()
    session.flush()


@dataclass
class ReportView:
    report: TutorReport
    therapist_name: str
    turns: list[dict[str, Any]]
    corrections: list[TutorCorrection]
    feedback: Feedback
    is_owner: bool
    client_words: bool  # whether the client's turns are shown
    by_turn: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def contested(self) -> set[tuple[int, str]]:
        return contested_of(self.corrections)

    @property
    def summary(self) -> dict[str, Any]:
        return self.report.summary


def _sees_client_words(session: Session, actor: Actor, report: TutorReport) -> bool:
    if report.therapist_id != actor.user_id:
        return False
    try:
        notes_service.access_session(session, actor, report.session_id)
    except NotFound:
        return False
    return True


def read_report(session: Session, actor: Actor, report_id: int) -> ReportView:
    """The report with its corrections, as the actor may see it (see the module); audited."""
    report = access_report(session, actor, report_id)
    corrections = CorrectionRepository(session).for_report(report.id)
    turns = turns_of(report)
    client_words = _sees_client_words(session, actor, report)
    if client_words:
        feedback = Feedback.from_json(report.feedback, report.feedback_source, report.feedback_note)
    else:
        feedback = template_feedback(turns, report.summary, report.language, contested_of(corrections),
                                     client_words=False)  # fmt: skip
        for turn in turns:
            if turn["role"] != "therapist":
                turn["text"], turn["evidence"], turn["hidden"] = "", {}, True
    therapist = accounts_service.get_user(session, report.therapist_id)
    is_owner = report.therapist_id == actor.user_id
    audit.record(
        session, actor, AuditEvent.TUTOR_REPORT_VIEWED, subject_id=report.client_id, object_type="tutor_report",
        object_id=report.id, extra={"as": "therapist" if is_owner else "supervisor", "client_words": client_words},
    )  # fmt: skip
    view = ReportView(report, therapist.display_name if therapist else "", turns, corrections, feedback, is_owner,
                      client_words)  # fmt: skip
    view.by_turn = {t["n"]: t for t in turns}
    return view


def own_reports(session: Session, actor: Actor) -> list[TutorReport]:
    """The actor's own reports, oldest session first (figures only: not audited)."""
    return ReportRepository(session).for_therapist(actor, actor.user_id)


# -- the trend ----------------------------------------------------------------------------------------

TREND_FIGURES = (
    "reflection_to_question",
    "complex_reflection_share",
    "open_question_share",
    "therapist_talk_share",
    "change_talk_share",
)


@dataclass(frozen=True)
class TrendPoint:
    report_id: int
    session_at: datetime
    figures: dict[str, float | None]
    ratings: dict[str, str]
    empathy: dict[str, float | None]
    cbt: dict[str, int]
    contested: int


@dataclass(frozen=True)
class Trend:
    therapist_id: int
    therapist_name: str
    is_owner: bool
    points: list[TrendPoint]


def _can_read_therapist(session: Session, actor: Actor, therapist_id: int) -> bool:
    if not actor.is_therapist:
        return False
    return therapist_id == actor.user_id or SupervisionRepository(session).is_active(actor, therapist_id)


def therapist_trend(session: Session, actor: Actor, therapist_id: int) -> Trend:
    """The summary figures of each coded session of the therapist, oldest first; 404 unless the actor
    is that therapist or actively supervises them; audited."""
    if not _can_read_therapist(session, actor, therapist_id):
        raise NotFound("No such therapist.")
    reports = ReportRepository(session).for_therapist(actor, therapist_id)
    points = [
        TrendPoint(
            r.id,
            r.session_at,
            {name: r.summary.get(name) for name in TREND_FIGURES},
            dict(r.summary.get("ratings") or {}),
            {m: (r.summary.get("empathy") or {}).get(m, {}).get("mean") for m in scoring.DIMENSIONS[:3]},
            {name: item["count"] for name, item in (r.summary.get("cbt") or {}).items()},
            int(r.summary.get("contested") or 0),
        )
        for r in reports
    ]
    therapist = accounts_service.get_user(session, therapist_id)
    audit.record(
        session, actor, AuditEvent.TUTOR_TREND_VIEWED, subject_id=None, object_type="tutor_trend",
        object_id=therapist_id, extra={"sessions": len(points), "as": "therapist" if therapist_id == actor.user_id
                                       else "supervisor"},
    )  # fmt: skip
    return Trend(therapist_id, therapist.display_name if therapist else "", therapist_id == actor.user_id, points)
