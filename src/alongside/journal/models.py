from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime, utc_now
from alongside.privacy.crypto import EncryptedText


class EntryKind(enum.StrEnum):
    ENTRY = "entry"
    THOUGHT_RECORD = "thought_record"


class JournalEntry(CreatedAtMixin, Base):
    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_client_written", "client_id", "written_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default=EntryKind.ENTRY.value, server_default=EntryKind.ENTRY.value)
    title: Mapped[str | None] = mapped_column(EncryptedText())
    # Free writing; empty for a thought record, whose steps are in ``thought_record``.
    body: Mapped[str] = mapped_column(EncryptedText())
    # A thought record's steps as JSON (situation, thought, emotion and ratings, evidence, balanced thought).
    thought_record: Mapped[str | None] = mapped_column(EncryptedText())
    # The library prompt (journal/data/prompts.json) the client answered, if any.
    prompt_id: Mapped[str | None] = mapped_column(String(64))
    # The safety screening's level for the text, kept so pages can flag it and offer help.
    risk_level: Mapped[str | None] = mapped_column(String(16))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PromptShown(Base):
    """A prompt offered to a client; no prompt is offered again within 14 days of being shown."""

    __tablename__ = "journal_prompts_shown"
    __table_args__ = (Index("ix_journal_prompts_shown_client_at", "client_id", "shown_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    prompt_id: Mapped[str] = mapped_column(String(64))
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # Why it was chosen (a reason code such as "theme:sleep"): derived from clinical data, so encrypted.
    reason: Mapped[str | None] = mapped_column(EncryptedText())
    answered_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id", ondelete="SET NULL"))
