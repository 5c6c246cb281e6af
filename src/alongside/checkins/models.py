from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText


class CheckIn(CreatedAtMixin, Base):
    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    mood: Mapped[int] = mapped_column(SmallInteger)
    energy: Mapped[int | None] = mapped_column(SmallInteger)
    anxiety: Mapped[int | None] = mapped_column(SmallInteger)
    note: Mapped[str | None] = mapped_column(EncryptedText())
    # The safety screening's level for the text, kept so pages can flag it and offer help.
    risk_level: Mapped[str | None] = mapped_column(String(16))
