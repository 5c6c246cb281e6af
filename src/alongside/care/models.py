from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime

if TYPE_CHECKING:
    from alongside.accounts.models import User


class Organisation(CreatedAtMixin, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="NL")
    default_locale: Mapped[str] = mapped_column(String(8), default="nl")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Amsterdam", server_default="Europe/Amsterdam")


class Scope(enum.StrEnum):
    """What a client can let a therapist see. Each maps to a boolean on ``CareLink``."""

    CHECKINS = "checkins"
    QUESTIONNAIRES = "questionnaires"
    JOURNAL = "journal"
    COMPANION = "companion"
    FOOTPRINT = "footprint"


class LinkStatus(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class CareLink(CreatedAtMixin, Base):
    """A therapist in a client's care team, with the client's consent per scope."""

    __tablename__ = "care_links"
    __table_args__ = (UniqueConstraint("therapist_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[LinkStatus] = mapped_column(
        Enum(LinkStatus, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    share_checkins: Mapped[bool] = mapped_column(Boolean, default=False)
    share_questionnaires: Mapped[bool] = mapped_column(Boolean, default=False)
    share_journal: Mapped[bool] = mapped_column(Boolean, default=False)
    share_companion: Mapped[bool] = mapped_column(Boolean, default=False)
    share_footprint: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    therapist: Mapped[User] = relationship(foreign_keys=[therapist_id], lazy="raise")
    client: Mapped[User] = relationship(foreign_keys=[client_id], lazy="raise")

    def allows(self, scope: Scope) -> bool:
        return self.status == LinkStatus.ACTIVE and bool(getattr(self, f"share_{scope.value}"))


class Invitation(CreatedAtMixin, Base):
    """A therapist's invitation; the code is shown once and stored as a SHA-256 hash."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    note: Mapped[str | None] = mapped_column(String(120))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    therapist: Mapped[User] = relationship(foreign_keys=[therapist_id], lazy="raise")
