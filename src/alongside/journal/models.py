from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime, utc_now
from alongside.privacy.crypto import EncryptedText


class JournalEntry(CreatedAtMixin, Base):
    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_client_written", "client_id", "written_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(EncryptedText())
    body: Mapped[str] = mapped_column(EncryptedText())
    # The safety screening's level for the text, kept so pages can flag it and offer help.
    risk_level: Mapped[str | None] = mapped_column(String(16))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
