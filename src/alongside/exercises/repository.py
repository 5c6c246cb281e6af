"""Every query on exercise sessions, scoped by who is asking.

A therapist reads a client's exercise log under the client's *check-ins* consent: the log is part of
the day-to-day self-monitoring a client shares with that choice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.exercises.models import ExerciseSession

SCOPE = Scope.CHECKINS


class ExerciseSessionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[ExerciseSession]]:
        """Clients read their own sessions; therapists those of clients who share check-ins."""
        return select(ExerciseSession).where(ExerciseSession.client_id.in_(readable_client_ids(actor, SCOPE)))

    def add(self, row: ExerciseSession) -> ExerciseSession:
        self.session.add(row)
        self.session.flush()
        return row

    def page_for_client(
        self, actor: Actor, client_id: int, *, limit: int, offset: int = 0
    ) -> tuple[list[ExerciseSession], int]:
        """Newest first."""
        query = self.readable_by(actor).where(ExerciseSession.client_id == client_id)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = self.session.scalars(
            query.order_by(ExerciseSession.started_at.desc(), ExerciseSession.id.desc()).limit(limit).offset(offset)
        )
        return list(rows), total

    def between_for_client(self, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[ExerciseSession]:
        """Sessions started in [start, end), newest first."""
        query = self.readable_by(actor).where(
            ExerciseSession.client_id == client_id,
            ExerciseSession.started_at >= start,
            ExerciseSession.started_at < end,
        )
        return list(self.session.scalars(query.order_by(ExerciseSession.started_at.desc(), ExerciseSession.id.desc())))
