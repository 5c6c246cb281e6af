"""Every query on questionnaire responses and schedules, scoped by who is asking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
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

    def between_for_client(
        self, actor: Actor, client_id: int, start: datetime, end: datetime
    ) -> list[QuestionnaireResponse]:
        """Responses completed in [start, end), oldest first."""
        query = self.readable_by(actor).where(
            QuestionnaireResponse.client_id == client_id,
            QuestionnaireResponse.completed_at >= start,
            QuestionnaireResponse.completed_at < end,
        )
        return list(self.session.scalars(query.order_by(QuestionnaireResponse.completed_at, QuestionnaireResponse.id)))

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

    def by_ids(self, response_ids: list[int]) -> list[QuestionnaireResponse]:
        """Unscoped: the intake's own responses, for the intake team (the intake service checks the team)."""
        if not response_ids:
            return []
        return list(
            self.session.scalars(select(QuestionnaireResponse).where(QuestionnaireResponse.id.in_(response_ids)))
        )

    def latest_for_clients(
        self, client_ids: list[int], instruments: list[str]
    ) -> dict[tuple[int, str], QuestionnaireResponse]:
        """Unscoped: per client and instrument, the newest response (the waiting list, for the intake team)."""
        if not client_ids:
            return {}
        qr = QuestionnaireResponse
        newest = (
            select(qr.client_id, qr.instrument, func.max(qr.completed_at).label("at"))
            .where(qr.client_id.in_(client_ids), qr.instrument.in_(instruments))
            .group_by(qr.client_id, qr.instrument)
            .subquery()
        )
        query = select(qr).join(
            newest,
            (qr.client_id == newest.c.client_id)
            & (qr.instrument == newest.c.instrument)
            & (qr.completed_at == newest.c.at),
        )
        return {(r.client_id, r.instrument): r for r in self.session.scalars(query)}

    def ends_for_clients(
        self, actor: Actor, client_ids: list[int], instruments: list[str]
    ) -> dict[tuple[int, str], dict[str, tuple]]:
        """Per readable client and instrument: the ``latest``, ``previous`` and ``first`` response as
        (id, client_id, instrument, total, band, completed_at) rows, in one query whatever the number
        of clients. Each end is a seek on the (client, instrument, completed_at) index, not a scan of
        years of responses, and the rows are joined on those ids (no second list of ids to send)."""
        if not client_ids:
            return {}
        qr = QuestionnaireResponse
        newest, oldest = (qr.completed_at.desc(), qr.id.desc()), (qr.completed_at, qr.id)
        columns = []
        for instrument in instruments:
            mine = select(qr.id).where(qr.client_id == User.id, qr.instrument == instrument)
            for order, offset in ((newest, 0), (newest, 1), (oldest, 0)):  # latest, previous, first
                columns.append(
                    mine.order_by(*order).limit(1).offset(offset).scalar_subquery().label(f"end{len(columns)}")
                )
        # MATERIALIZED: each end is looked up once per client, not again for every row it is joined to.
        ends = (
            select(*columns)
            .where(User.id.in_(client_ids))
            .where(User.id.in_(readable_client_ids(actor, Scope.QUESTIONNAIRES)))
            .cte("ends")
            .prefix_with("MATERIALIZED")
        )
        end_ids = [ends.c[f"end{n}"] for n in range(len(columns))]
        rows = self.session.execute(
            select(qr.id, qr.client_id, qr.instrument, qr.total, qr.band, qr.completed_at)
            .select_from(ends)
            .join(qr, qr.id.in_(end_ids))
            .order_by(qr.completed_at, qr.id)
        ).all()
        found: dict[tuple[int, str], list[tuple]] = {}
        for row in rows:
            found.setdefault((row[1], row[2]), []).append(tuple(row))
        # At most three rows per client and instrument, oldest first: the first, the previous (the
        # first itself when there are two) and the latest (all one row when there is one).
        return {
            key: {"first": ordered[0], "latest": ordered[-1], **({"previous": ordered[-2]} if len(ordered) > 1 else {})}
            for key, ordered in found.items()
        }


class ScheduleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[QuestionnaireSchedule]]:
        """Only schedules whose therapist still has an active link that covers questionnaires (a
        client is not asked for answers on behalf of someone who can no longer see them), and those
        of the organisation's waiting list, which have no therapist."""
        return select(QuestionnaireSchedule).where(
            QuestionnaireSchedule.client_id.in_(readable_client_ids(actor, Scope.QUESTIONNAIRES)),
            or_(
                QuestionnaireSchedule.therapist_id.is_(None),  # the waiting list's own schedule
                shares_with(QuestionnaireSchedule.therapist_id, QuestionnaireSchedule.client_id, Scope.QUESTIONNAIRES),
            ),
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
