"""Contesting a code, and the corrections kept for retraining.

Only the therapist whose report it is may contest (a supervisor reads, and gets 403 here; anyone
else 404). A contested code leaves the report's figures and feedback at once (``reports.refresh``)
and is kept as a correction: which turn, which dimension, the model's code, the therapist's code
and an optional comment. Contesting the same code again replaces the therapist's code; a
correction can be withdrawn, and the model's code counts again.

``export_corrections`` gives them as JSON lines in the shapes ``alongside tutor train
--corrections`` reads: an empathy correction as ``{"seeker", "response", "mechanism", "level"}``,
an MI correction as ``{"speaker", "text", "context", "code"}``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.tutor.models import TutorCorrection, TutorReport
from alongside.tutor.repository import CorrectionRepository
from alongside.tutor.schemas import CorrectionCreate
from alongside.tutor.service import scoring
from alongside.tutor.service.reports import access_report, refresh, turns_of


def _own_report(session: Session, actor: Actor, report_id: int) -> TutorReport:
    report = access_report(session, actor, report_id)
    if report.therapist_id != actor.user_id:
        raise Forbidden("Only the therapist whose session this is can contest a code.")
    return report


def contest_code(
    session: Session, actor: Actor, report_id: int, data: CorrectionCreate, *, now: datetime | None = None
) -> TutorCorrection:
    """Mark the model's code of a turn as wrong, with the therapist's code; the figures follow."""
    report = _own_report(session, actor, report_id)
    turn = next((t for t in turns_of(report) if t["n"] == data.turn), None)
    allowed = scoring.allowed_codes(turn, data.dimension) if turn else ()
    if not allowed:
        raise InvalidInput("This turn has no code of this kind.", field="dimension")
    if data.code not in allowed:
        raise InvalidInput("Choose one of the codes offered.", field="code")
    model = scoring.model_code(turn, data.dimension)
    if data.code == model:
        raise InvalidInput("That is the code the tutor gave. Choose the one you think is right.", field="code")
    corrections = CorrectionRepository(session)
    row = corrections.find(report.id, data.turn, data.dimension)
    comment = (data.comment or "").strip() or None
    if row is None:
        row = corrections.add(
            TutorCorrection(
                report_id=report.id, therapist_id=actor.user_id, turn=data.turn, dimension=data.dimension,
                model_code=model, therapist_code=data.code, comment=comment, created_at=now or utc_now(),
            )
        )  # fmt: skip
    else:
        row.therapist_code, row.comment = data.code, comment
    refresh(session, report, now=now)
    audit.record(
        session, actor, AuditEvent.TUTOR_CODE_CONTESTED, subject_id=report.client_id, object_type="tutor_report",
        object_id=report.id, extra={"turn": data.turn, "dimension": data.dimension, "model_code": model,
                                    "therapist_code": data.code},
    )  # fmt: skip
    return row


def withdraw_correction(session: Session, actor: Actor, report_id: int, correction_id: int) -> TutorReport:
    """The model's code counts again."""
    report = _own_report(session, actor, report_id)
    corrections = CorrectionRepository(session)
    row = corrections.get_for_report(report.id, correction_id)
    if row is None:
        raise NotFound("No such correction.")
    extra = {"turn": row.turn, "dimension": row.dimension}
    corrections.delete(row)
    refresh(session, report)
    audit.record(
        session, actor, AuditEvent.TUTOR_CORRECTION_WITHDRAWN, subject_id=report.client_id,
        object_type="tutor_report", object_id=report.id, extra=extra,
    )  # fmt: skip
    return report


def _context(turns: list[dict[str, Any]], n: int) -> str:
    """The text of the coded turn before turn ``n`` (what the MI coder saw as context)."""
    before = ""
    for turn in turns:
        if turn["n"] == n:
            return before
        if turn.get("mi") is not None:
            before = turn["text"]
    return before


def export_corrections(session: Session, therapist_id: int) -> list[dict[str, Any]]:
    """The therapist's corrections with the turns they are about, oldest first (for the command
    line, run by an operator for the therapist; audited with no actor)."""
    out = []
    reports_seen: set[int] = set()
    for correction, report in CorrectionRepository(session).with_reports_for_therapist(therapist_id):
        turns = turns_of(report)
        by_n = {t["n"]: t for t in turns}
        turn = by_n.get(correction.turn)
        if turn is None:
            continue
        reports_seen.add(report.id)
        base = {"id": f"tutor-{report.id}-{correction.turn}-{correction.dimension}", "lang": report.language,
                "report_id": report.id, "turn": correction.turn, "dimension": correction.dimension,
                "model_code": correction.model_code, "comment": correction.comment,
                "created_at": correction.created_at.isoformat()}  # fmt: skip
        if correction.dimension == "mi":
            row = {"kind": "mi", "speaker": turn["role"], "text": turn["text"],
                   "context": _context(turns, turn["n"]), "code": correction.therapist_code}  # fmt: skip
        else:
            client = by_n.get(turn.get("answers"))
            row = {"kind": "empathy", "seeker": client["text"] if client else "", "response": turn["text"],
                   "mechanism": correction.dimension, "level": int(correction.therapist_code)}  # fmt: skip
        out.append({**base, **row})
    audit.record(
        session, None, AuditEvent.TUTOR_CORRECTIONS_EXPORTED, subject_id=None, object_type="tutor_corrections",
        object_id=therapist_id, extra={"corrections": len(out), "reports": len(reports_seen)},
    )  # fmt: skip
    return out
