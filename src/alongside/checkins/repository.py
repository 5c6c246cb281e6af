"""Every query on check-ins and check-in tags, scoped by who is asking."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.checkins.models import CheckIn, CheckInTag, CheckInTagLink


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
        self,
        actor: Actor,
        client_id: int,
        *,
        limit: int,
        offset: int,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> tuple[list[CheckIn], int]:
        """Newest first; ``since`` inclusive, ``until`` exclusive."""
        query = self.readable_by(actor).where(CheckIn.client_id == client_id)
        if since is not None:
            query = query.where(CheckIn.at >= since)
        if until is not None:
            query = query.where(CheckIn.at < until)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = self.session.scalars(query.order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(limit).offset(offset))
        return list(rows), total

    def ratings_since(self, actor: Actor, client_id: int, since: datetime) -> list[tuple]:
        """(id, at, mood, energy, anxiety) oldest first; the note is not read (nor decrypted)."""
        rows = self.session.execute(
            select(CheckIn.id, CheckIn.at, CheckIn.mood, CheckIn.energy, CheckIn.anxiety)
            .where(CheckIn.client_id == client_id, CheckIn.at >= since)
            .where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))
            .order_by(CheckIn.at, CheckIn.id)
        ).all()
        return [tuple(row) for row in rows]

    def details_between(self, actor: Actor, client_id: int, since: datetime, until: datetime) -> list[tuple]:
        """(id, at, mood, sleep_half_hours, sleep_quality, emotions) oldest first, without the note."""
        rows = self.session.execute(
            select(
                CheckIn.id, CheckIn.at, CheckIn.mood, CheckIn.sleep_half_hours, CheckIn.sleep_quality, CheckIn.emotions
            )
            .where(CheckIn.client_id == client_id, CheckIn.at >= since, CheckIn.at < until)
            .where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))
            .order_by(CheckIn.at, CheckIn.id)
        ).all()
        return [tuple(row) for row in rows]

    def ratings_between(self, actor: Actor, client_id: int, since: datetime, until: datetime) -> list[tuple]:
        """(id, at, mood, anxiety, energy, sleep_half_hours, sleep_quality) oldest first, without the note."""
        rows = self.session.execute(
            select(
                CheckIn.id,
                CheckIn.at,
                CheckIn.mood,
                CheckIn.anxiety,
                CheckIn.energy,
                CheckIn.sleep_half_hours,
                CheckIn.sleep_quality,
            )
            .where(CheckIn.client_id == client_id, CheckIn.at >= since, CheckIn.at < until)
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

    def activity_for_clients(
        self, actor: Actor, client_ids: list[int], since: datetime
    ) -> dict[int, tuple[datetime | None, int]]:
        """(latest check-in ever, check-ins since ``since``) per readable client, in one query.

        Correlated subqueries per client use the (client_id, at) index for a max and a range count,
        so a client with years of daily check-ins costs two index seeks, not a scan.
        """
        if not client_ids:
            return {}
        last = select(func.max(CheckIn.at)).where(CheckIn.client_id == User.id).scalar_subquery()
        recent = (
            select(func.count()).select_from(CheckIn).where(CheckIn.client_id == User.id, CheckIn.at >= since)
        ).scalar_subquery()
        rows = self.session.execute(
            select(User.id, last, recent)
            .where(User.id.in_(client_ids))
            .where(User.id.in_(readable_client_ids(actor, Scope.CHECKINS)))
        ).all()
        return {client_id: (at, count) for client_id, at, count in rows}

    def moods_for_clients(
        self, actor: Actor, client_ids: list[int], since: datetime
    ) -> list[tuple[int, datetime, int]]:
        """(client id, at, mood) of readable clients since ``since``; notes are not read."""
        if not client_ids:
            return []
        rows = self.session.execute(
            select(CheckIn.client_id, CheckIn.at, CheckIn.mood)
            .where(CheckIn.client_id.in_(client_ids), CheckIn.at >= since)
            .where(CheckIn.client_id.in_(readable_client_ids(actor, Scope.CHECKINS)))
            .order_by(CheckIn.client_id, CheckIn.at)
        ).all()
        return [(client_id, at, mood) for client_id, at, mood in rows]

    def between_for_client(self, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[CheckIn]:
        """The client's check-ins in [start, end), newest first (a window of the timeline)."""
        query = self.readable_by(actor).where(CheckIn.client_id == client_id, CheckIn.at >= start, CheckIn.at < end)
        return list(self.session.scalars(query.order_by(CheckIn.at.desc(), CheckIn.id.desc())))


class TagRepository:
    """A client's tags and the links of check-ins to them. Callers pass the client whose tags they may
    read (their own, or a client whose check-ins they were given access to)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def for_client(self, client_id: int) -> list[CheckInTag]:
        return list(
            self.session.scalars(select(CheckInTag).where(CheckInTag.client_id == client_id).order_by(CheckInTag.id))
        )

    def get(self, client_id: int, tag_id: int) -> CheckInTag | None:
        return self.session.scalar(select(CheckInTag).where(CheckInTag.client_id == client_id, CheckInTag.id == tag_id))

    def get_default(self, client_id: int, key: str) -> CheckInTag | None:
        return self.session.scalar(
            select(CheckInTag).where(CheckInTag.client_id == client_id, CheckInTag.default_key == key)
        )

    def add(self, tag: CheckInTag) -> CheckInTag:
        self.session.add(tag)
        self.session.flush()
        return tag

    def link(self, checkin_id: int, tag_ids: Iterable[int]) -> None:
        self.session.add_all([CheckInTagLink(checkin_id=checkin_id, tag_id=tag_id) for tag_id in tag_ids])
        self.session.flush()

    def links_for(self, checkin_ids: list[int]) -> dict[int, list[int]]:
        """Check-in id → its tag ids (in the order the tags were made)."""
        found: dict[int, list[int]] = defaultdict(list)
        for start in range(0, len(checkin_ids), 500):
            chunk = checkin_ids[start : start + 500]
            rows = self.session.execute(
                select(CheckInTagLink.checkin_id, CheckInTagLink.tag_id)
                .where(CheckInTagLink.checkin_id.in_(chunk))
                .order_by(CheckInTagLink.checkin_id, CheckInTagLink.tag_id)
            ).all()
            for checkin_id, tag_id in rows:
                found[checkin_id].append(tag_id)
        return dict(found)
