"""Every query on check-ins, scoped by who is asking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.checkins.models import CheckIn


class CheckInRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[CheckIn]]:
        return select(CheckIn).where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))

    def add(self, checkin: CheckIn) -> CheckIn:
        self.session.add(checkin)
        self.session.flush()
        return checkin

    def page_for_client(
        self, actor: Actor, client_id: int, *, limit: int, offset: int, since: datetime | None = None
    ) -> tuple[list[CheckIn], int]:
        query = self.readable_by(actor).where(CheckIn.client_id == client_id)
        if since is not None:
            query = query.where(CheckIn.at >= since)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = self.session.scalars(query.order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(limit).offset(offset))
        return list(rows), total

    def ratings_since(self, actor: Actor, client_id: int, since: datetime) -> list[tuple]:
        """(at, mood, energy, anxiety) oldest first; the note is not read (nor decrypted)."""
        rows = self.session.execute(
            select(CheckIn.at, CheckIn.mood, CheckIn.energy, CheckIn.anxiety)
            .where(CheckIn.client_id == client_id, CheckIn.at >= since)
            .where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))
            .order_by(CheckIn.at, CheckIn.id)
        ).all()
        return [tuple(row) for row in rows]

    def last_at_for_clients(self, actor: Actor, client_ids: list[int]) -> dict[int, datetime]:
        """The latest check-in time per client, in one query (the caseload must not grow in queries)."""
        if not client_ids:
            return {}
        rows = self.session.execute(
            select(CheckIn.client_id, func.max(CheckIn.at))
            .where(CheckIn.client_id.in_(client_ids))
            .where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))
            .group_by(CheckIn.client_id)
        ).all()
        return {client_id: at for client_id, at in rows}

    def moods_between(self, client_id: int, start: datetime, end: datetime) -> list[int]:
        """Unscoped: for the safety rules, which run as the system, never shown to a user as such."""
        return list(
            self.session.scalars(
                select(CheckIn.mood).where(CheckIn.client_id == client_id, CheckIn.at > start, CheckIn.at <= end)
            )
        )

    def last_at(self, client_id: int) -> datetime | None:
        return self.session.scalar(select(func.max(CheckIn.at)).where(CheckIn.client_id == client_id))
