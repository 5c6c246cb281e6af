"""Every query on the tutor's tables, scoped by who is asking.

A report is readable by the therapist it belongs to and by a therapist with an *active* supervision
of that therapist; nobody else (clients, admins, other therapists, pending, declined or revoked
supervisors). Corrections are reached through their report.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, false, or_, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.tutor.models import SupervisionStatus, TutorCorrection, TutorReport, TutorSupervision


def supervised_ids(actor: Actor) -> Select[tuple[int]]:
    """The therapists the actor actively supervises."""
    return select(TutorSupervision.therapist_id).where(
        TutorSupervision.supervisor_id == actor.user_id,
        TutorSupervision.status == SupervisionStatus.ACTIVE,
        TutorSupervision.organisation_id == actor.organisation_id,
    )


def _readable_therapist(actor: Actor, column) -> ColumnElement[bool]:  # noqa: ANN001 (a column)
    if not actor.is_therapist:
        return false()
    return or_(column == actor.user_id, column.in_(supervised_ids(actor)))


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[TutorReport]]:
        return select(TutorReport).where(_readable_therapist(actor, TutorReport.therapist_id))

    def add(self, row: TutorReport) -> TutorReport:
        self.session.add(row)
        self.session.flush()
        return row

    def get_readable(self, actor: Actor, report_id: int) -> TutorReport | None:
        return self.session.scalar(self.readable_by(actor).where(TutorReport.id == report_id))

    def find_own(self, therapist_id: int, session_id: int, transcript_id: int) -> TutorReport | None:
        """The therapist's report of this transcript (the caller is that therapist)."""
        return self.session.scalar(
            select(TutorReport).where(
                TutorReport.therapist_id == therapist_id,
                TutorReport.session_id == session_id,
                TutorReport.transcript_id == transcript_id,
            )
        )

    def latest_for_session(self, therapist_id: int, session_id: int) -> TutorReport | None:
        return self.session.scalar(
            select(TutorReport)
            .where(TutorReport.therapist_id == therapist_id, TutorReport.session_id == session_id)
            .order_by(TutorReport.created_at.desc(), TutorReport.id.desc())
            .limit(1)
        )

    def for_therapist(self, actor: Actor, therapist_id: int, *, limit: int = 200) -> list[TutorReport]:
        """The therapist's reports, oldest session first (the trend's order), if the actor may read them."""
        query = (
            self.readable_by(actor)
            .where(TutorReport.therapist_id == therapist_id)
            .order_by(TutorReport.session_at, TutorReport.id)
            .limit(limit)
        )
        return list(self.session.scalars(query))


class CorrectionRepository:
    """Unscoped: the service reaches corrections only through a report loaded with ``readable_by``,
    or, for the export, by the therapist's id given on the command line."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: TutorCorrection) -> TutorCorrection:
        self.session.add(row)
        self.session.flush()
        return row

    def delete(self, row: TutorCorrection) -> None:
        self.session.delete(row)
        self.session.flush()

    def for_report(self, report_id: int) -> list[TutorCorrection]:
        return list(
            self.session.scalars(
                select(TutorCorrection)
                .where(TutorCorrection.report_id == report_id)
                .order_by(TutorCorrection.turn, TutorCorrection.dimension)
            )
        )

    def find(self, report_id: int, turn: int, dimension: str) -> TutorCorrection | None:
        return self.session.scalar(
            select(TutorCorrection).where(
                TutorCorrection.report_id == report_id,
                TutorCorrection.turn == turn,
                TutorCorrection.dimension == dimension,
            )
        )

    def get_for_report(self, report_id: int, correction_id: int) -> TutorCorrection | None:
        return self.session.scalar(
            select(TutorCorrection).where(TutorCorrection.id == correction_id, TutorCorrection.report_id == report_id)
        )

    def with_reports_for_therapist(self, therapist_id: int) -> list[tuple[TutorCorrection, TutorReport]]:
        rows = self.session.execute(
            select(TutorCorrection, TutorReport)
            .join(TutorReport, TutorReport.id == TutorCorrection.report_id)
            .where(TutorCorrection.therapist_id == therapist_id, TutorReport.therapist_id == therapist_id)
            .order_by(TutorCorrection.created_at, TutorCorrection.id)
        ).all()
        return [(row[0], row[1]) for row in rows]


class SupervisionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: TutorSupervision) -> TutorSupervision:
        self.session.add(row)
        self.session.flush()
        return row

    def find(self, therapist_id: int, supervisor_id: int) -> TutorSupervision | None:
        return self.session.scalar(
            select(TutorSupervision).where(
                TutorSupervision.therapist_id == therapist_id, TutorSupervision.supervisor_id == supervisor_id
            )
        )

    def get_involving(self, actor: Actor, supervision_id: int) -> TutorSupervision | None:
        """A supervision in which the actor is the therapist or the supervisor."""
        return self.session.scalar(
            select(TutorSupervision).where(
                TutorSupervision.id == supervision_id,
                or_(TutorSupervision.therapist_id == actor.user_id, TutorSupervision.supervisor_id == actor.user_id),
            )
        )

    def given_by(self, therapist_id: int) -> list[TutorSupervision]:
        return list(
            self.session.scalars(
                select(TutorSupervision)
                .where(TutorSupervision.therapist_id == therapist_id)
                .order_by(TutorSupervision.created_at.desc(), TutorSupervision.id.desc())
            )
        )

    def received_by(self, supervisor_id: int) -> list[TutorSupervision]:
        return list(
            self.session.scalars(
                select(TutorSupervision)
                .where(TutorSupervision.supervisor_id == supervisor_id)
                .order_by(TutorSupervision.created_at.desc(), TutorSupervision.id.desc())
            )
        )

    def is_active(self, actor: Actor, therapist_id: int) -> bool:
        found = self.session.scalar(supervised_ids(actor).where(TutorSupervision.therapist_id == therapist_id))
        return found is not None
