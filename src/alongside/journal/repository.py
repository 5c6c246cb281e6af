"""Every query on journal entries, scoped by who is asking."""

from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.journal.models import JournalEntry


class JournalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[JournalEntry]]:
        """Clients read their own entries; therapists only shared ones of consenting clients."""
        query = select(JournalEntry).where(JournalEntry.client_id.in_(readable_client_ids(actor, Scope.JOURNAL)))
        if not actor.is_client:
            query = query.where(JournalEntry.shared.is_(True))
        return query

    def add(self, entry: JournalEntry) -> JournalEntry:
        self.session.add(entry)
        self.session.flush()
        return entry

    def delete(self, entry: JournalEntry) -> None:
        self.session.delete(entry)

    def get_readable(self, actor: Actor, entry_id: int) -> JournalEntry | None:
        return self.session.scalar(self.readable_by(actor).where(JournalEntry.id == entry_id))

    def page_for_client(
        self, actor: Actor, client_id: int, *, limit: int, offset: int
    ) -> tuple[list[JournalEntry], int]:
        query = self.readable_by(actor).where(JournalEntry.client_id == client_id)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        entries = self.session.scalars(
            query.order_by(JournalEntry.written_at.desc(), JournalEntry.id.desc()).limit(limit).offset(offset)
        )
        return list(entries), total
