"""Companion conversations, their messages (encrypted), and each client's memory summary."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, UTCDateTime, utc_now
from alongside.privacy.crypto import EncryptedText


class Conversation(Base):
    """A run of messages; a new one starts after a long pause (service.CONVERSATION_GAP)."""

    __tablename__ = "companion_conversations"
    __table_args__ = (Index("ix_companion_conversations_client_last", "client_id", "last_message_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # The guided skill in progress and its step (0: offered), so a skill survives a reworded reply.
    skill: Mapped[str | None] = mapped_column(String(40))
    skill_step: Mapped[int | None] = mapped_column(SmallInteger)


class Message(Base):
    __tablename__ = "companion_messages"
    __table_args__ = (
        Index("ix_companion_messages_conversation_at", "conversation_id", "created_at"),
        Index("ix_companion_messages_client_at", "client_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("companion_conversations.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))  # "user" or "assistant"
    content: Mapped[str] = mapped_column(EncryptedText())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # For a client message: the screening's level. For a reply: the decision it carried out.
    risk_level: Mapped[str | None] = mapped_column(String(16))
    actions: Mapped[list | None] = mapped_column(JSON)
    stance: Mapped[str | None] = mapped_column(String(32))
    skill: Mapped[str | None] = mapped_column(String(40))
    skill_step: Mapped[int | None] = mapped_column(SmallInteger)
    responder: Mapped[str | None] = mapped_column(String(16))
    # A reply that failed the output check and was replaced, with the failure codes (no text).
    replaced: Mapped[bool] = mapped_column(Boolean, default=False)
    check_failures: Mapped[list | None] = mapped_column(JSON)
    # "heavy_use" when the reply suggested a break (given once a day).
    notice: Mapped[str | None] = mapped_column(String(32))


class Memory(Base):
    """A short summary per client of recent themes and what has helped, built from their own data.
    The client reads and deletes it; after a deletion only newer data is used (``cleared_at``)."""

    __tablename__ = "companion_memories"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    # JSON lists of ids (topics, feelings, skills): derived from clinical text, so encrypted.
    themes: Mapped[str | None] = mapped_column(EncryptedText())
    helped: Mapped[str | None] = mapped_column(EncryptedText())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
