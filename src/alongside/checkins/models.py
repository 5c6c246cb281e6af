"""Check-ins: mood with optional energy, anxiety, sleep, emotions, tags and a note; and each client's tags.

Emotions come from a fixed list (``schemas.EMOTIONS``) and are kept as their ids. Tags are the default
set (``schemas.DEFAULT_TAGS``) plus the client's own; a ``CheckInTag`` row exists for every own tag, and
for a default tag once the client has used, renamed or hidden it (so one link table serves both).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Index, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText


class TagGroup(enum.StrEnum):
    ACTIVITIES = "activities"
    PEOPLE = "people"
    PLACES = "places"


class CheckIn(CreatedAtMixin, Base):
    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    mood: Mapped[int] = mapped_column(SmallInteger)
    energy: Mapped[int | None] = mapped_column(SmallInteger)
    anxiety: Mapped[int | None] = mapped_column(SmallInteger)
    # Hours slept in half hours (0–48), so 7.5 hours is exact on every database.
    sleep_half_hours: Mapped[int | None] = mapped_column(SmallInteger)
    sleep_quality: Mapped[int | None] = mapped_column(SmallInteger)  # 1 very poor … 5 very good
    # Ids from the fixed list, comma-separated in the list's order ("anxious,tired"); never free text.
    emotions: Mapped[str | None] = mapped_column(String(400))
    note: Mapped[str | None] = mapped_column(EncryptedText())
    # The safety screening's level for the text, kept so pages can flag it and offer help.
    risk_level: Mapped[str | None] = mapped_column(String(16))

    @property
    def sleep_hours(self) -> float | None:
        return None if self.sleep_half_hours is None else self.sleep_half_hours / 2

    @property
    def emotion_ids(self) -> list[str]:
        return self.emotions.split(",") if self.emotions else []


class CheckInTag(CreatedAtMixin, Base):
    """A client's own tag (``name`` set, ``default_key`` empty), or their use or change of a default tag
    (``default_key`` set; ``name`` only when they renamed it). Hidden tags stay on old check-ins."""

    __tablename__ = "checkin_tags"
    __table_args__ = (UniqueConstraint("client_id", "default_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    group: Mapped[TagGroup] = mapped_column(
        Enum(TagGroup, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    default_key: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(EncryptedText())  # the client's words: encrypted
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckInTagLink(Base):
    __tablename__ = "checkin_tag_links"

    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("checkin_tags.id", ondelete="CASCADE"), primary_key=True, index=True)
