"""Every query on journal entries and shown prompts, scoped by who is asking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.journal.models import JournalEntry, PromptShown


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

    def between_for_client(self, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[JournalEntry]:
        """The entries the actor may read, written in [start, end), newest first."""
        query = self.readable_by(actor).where(
            JournalEntry.client_id == client_id, JournalEntry.written_at >= start, JournalEntry.written_at < end
        )
        return list(self.session.scalars(query.order_by(JournalEntry.written_at.desc(), JournalEntry.id.desc())))

    def recent_for_client(self, actor: Actor, client_id: int, *, since: datetime, limit: int) -> list[JournalEntry]:
        query = self.readable_by(actor).where(JournalEntry.client_id == client_id, JournalEntry.written_at >= since)
        return list(self.session.scalars(query.order_by(JournalEntry.written_at.desc()).limit(limit)))


class PromptShownRepository:
    """Shown prompts are the client's own: every query takes the client's id from their Actor."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, shown: PromptShown) -> PromptShown:
        self.session.add(shown)
        self.session.flush()
        return shown

    def prompt_ids_since(self, client_id: int, since: datetime) -> set[str]:
        query = select(PromptShown.prompt_id).where(PromptShown.client_id == client_id, PromptShown.shown_at > since)
        return set(self.session.scalars(query))

    def latest_unanswered(self, client_id: int, since: datetime) -> PromptShown | None:
        return self.session.scalar(
            select(PromptShown)
            .where(
                PromptShown.client_id == client_id,
                PromptShown.shown_at >= since,
                PromptShown.answered_entry_id.is_(None),
            )
            .order_by(PromptShown.shown_at.desc(), PromptShown.id.desc())
            .limit(1)
        )

    def latest_unanswered_of(self, client_id: int, prompt_id: str, since: datetime) -> PromptShown | None:
        return self.session.scalar(
            select(PromptShown)
            .where(
                PromptShown.client_id == client_id,
                PromptShown.prompt_id == prompt_id,
                PromptShown.shown_at >= since,
                PromptShown.answered_entry_id.is_(None),
            )
            .order_by(PromptShown.shown_at.desc(), PromptShown.id.desc())
            .limit(1)
        )
