"""Every query on questionnaire responses and schedules, scoped by who is asking."""

from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids, shares_with
from alongside.care.models import Scope
from alongside.questionnaires.models import QuestionnaireResponse, QuestionnaireSchedule


class ResponseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[QuestionnaireResponse]]:
        """Clients read their own responses; therapists those of clients who share questionnaires."""
        return select(QuestionnaireResponse).where(
            QuestionnaireResponse.client_id.in_(readable_client_ids(actor, Scope.QUESTIONNAIRES))
        )

    def add(self, response: QuestionnaireResponse) -> QuestionnaireResponse:
        self.session.add(response)
        self.session.flush()
        return response

    def get_readable(self, actor: Actor, response_id: int) -> QuestionnaireResponse | None:
        return self.session.scalar(self.readable_by(actor).where(QuestionnaireResponse.id == response_id))

    def page_for_client(
        self, actor: Actor, client_id: int, *, instrument: str | None = None, limit: int, offset: int = 0
    ) -> tuple[list[QuestionnaireResponse], int]:
        """Newest first."""
        query = self.readable_by(actor).where(QuestionnaireResponse.client_id == client_id)
        if instrument is not None:
            query = query.where(QuestionnaireResponse.instrument == instrument)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = self.session.scalars(
            query.order_by(QuestionnaireResponse.completed_at.desc(), QuestionnaireResponse.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(rows), total

    def get_previous_readable(self, actor: Actor, response: QuestionnaireResponse) -> QuestionnaireResponse | None:
        """The response of the same client and instrument just before ``response``."""
        earlier = (QuestionnaireResponse.completed_at < response.completed_at) | (
            (QuestionnaireResponse.completed_at == response.completed_at) & (QuestionnaireResponse.id < response.id)
        )
        return self.session.scalar(
            self.readable_by(actor)
            .where(
                QuestionnaireResponse.client_id == response.client_id,
                QuestionnaireResponse.instrument == response.instrument,
                earlier,
            )
            .order_by(QuestionnaireResponse.completed_at.desc(), QuestionnaireResponse.id.desc())
            .limit(1)
        )

    def get_latest(self, client_id: int, instrument: str) -> QuestionnaireResponse | None:
        """Unscoped: the client's own previous response, for the change rules of a new submission."""
        return self.session.scalar(
            select(QuestionnaireResponse)
            .where(QuestionnaireResponse.client_id == client_id, QuestionnaireResponse.instrument == instrument)
            .order_by(QuestionnaireResponse.completed_at.desc(), QuestionnaireResponse.id.desc())
            .limit(1)
        )


class ScheduleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[QuestionnaireSchedule]]:
        """Only schedules whose therapist still has an active link that covers questionnaires: a
        client is not asked for answers on behalf of someone who can no longer see them."""
        return select(QuestionnaireSchedule).where(
            QuestionnaireSchedule.client_id.in_(readable_client_ids(actor, Scope.QUESTIONNAIRES)),
            shares_with(QuestionnaireSchedule.therapist_id, QuestionnaireSchedule.client_id, Scope.QUESTIONNAIRES),
        )

    def add(self, schedule: QuestionnaireSchedule) -> QuestionnaireSchedule:
        self.session.add(schedule)
        self.session.flush()
        return schedule

    def delete(self, schedule: QuestionnaireSchedule) -> None:
        self.session.delete(schedule)
        self.session.flush()

    def for_client(self, actor: Actor, client_id: int) -> list[QuestionnaireSchedule]:
        query = self.readable_by(actor).where(QuestionnaireSchedule.client_id == client_id)
        return list(self.session.scalars(query.order_by(QuestionnaireSchedule.instrument)))

    def get(self, client_id: int, instrument: str) -> QuestionnaireSchedule | None:
        """Unscoped: the service checks the care link first (or the client submits their own)."""
        return self.session.scalar(
            select(QuestionnaireSchedule).where(
                QuestionnaireSchedule.client_id == client_id, QuestionnaireSchedule.instrument == instrument
            )
        )
