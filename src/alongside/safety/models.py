from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Enum, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText

if TYPE_CHECKING:
    from alongside.accounts.models import User


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class AlertStatus(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class Alert(CreatedAtMixin, Base):
    """A risk that a human must acknowledge before its deadline. Never closes by itself.

    ``stage`` 0 = the client's therapists, 1 = the backup clinician, 2 = the organisation's admins.
    """

    __tablename__ = "alerts"
    __table_args__ = (
        Index("ix_alerts_client_status", "client_id", "status"),
        Index("ix_alerts_status_deadline", "status", "deadline_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(16))
    status: Mapped[AlertStatus] = mapped_column(_enum(AlertStatus), default=AlertStatus.OPEN)
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime())
    stage: Mapped[int] = mapped_column(SmallInteger, default=0)
    last_signal_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome_note: Mapped[str | None] = mapped_column(EncryptedText())

    client: Mapped[User] = relationship(foreign_keys=[client_id], lazy="raise")
    signals: Mapped[list[AlertSignal]] = relationship(back_populates="alert", lazy="raise", order_by="AlertSignal.id")


class AlertSignal(CreatedAtMixin, Base):
    """One screening result (or rule such as deterioration) that opened or raised an alert."""

    __tablename__ = "alert_signals"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))
    codes: Mapped[list] = mapped_column(JSON)
    # The sentences behind the signals: clinical free text, so encrypted (JSON list inside).
    evidence: Mapped[str | None] = mapped_column(EncryptedText())

    alert: Mapped[Alert] = relationship(back_populates="signals", lazy="raise")


class Channel(enum.StrEnum):
    IN_APP = "in_app"
    EMAIL = "email"
    WEBHOOK = "webhook"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    RETRYING = "retrying"


class Notification(CreatedAtMixin, Base):
    """The outbox: every notification is stored first and delivered by a job, with retries.

    A failed delivery stays ``retrying`` (with its last error) and is tried again with back-off for
    as long as it takes; nothing is dropped.
    """

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    address: Mapped[str | None] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EscalationPolicy(Base):
    """Per organisation, editable by its admin. Defaults follow the safety issue."""

    __tablename__ = "escalation_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), unique=True)
    imminent_minutes: Mapped[int] = mapped_column(Integer, default=15)
    high_minutes: Mapped[int] = mapped_column(Integer, default=240)
    # moderate: by the end of the next working day (Mon–Fri), at this hour, organisation time.
    moderate_hour: Mapped[int] = mapped_column(SmallInteger, default=17)
    backup_clinician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Receives the alerts of clients without a therapist (the waiting list) at stage 0.
    on_call_clinician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    alert_from_level: Mapped[str] = mapped_column(String(16), default="moderate")
    email_enabled: Mapped[bool] = mapped_column(default=True)
    webhook_url: Mapped[str | None] = mapped_column(String(500))
    webhook_secret: Mapped[str | None] = mapped_column(EncryptedText())
    silence_days: Mapped[int] = mapped_column(SmallInteger, default=3)


class SafetyPlan(Base):
    """The client's Stanley–Brown safety plan, written together with their therapist."""

    __tablename__ = "safety_plans"
    __table_args__ = (UniqueConstraint("client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # One encrypted JSON object with the six steps and "reasons for living".
    content: Mapped[str] = mapped_column(EncryptedText())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CrisisResourceOverride(Base):
    """An organisation's own edits of a country's crisis lines (otherwise the shipped file applies)."""

    __tablename__ = "crisis_resource_overrides"
    __table_args__ = (UniqueConstraint("organisation_id", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    country: Mapped[str] = mapped_column(String(2))
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ClientSafety(Base):
    """Per-client safety settings: how many silent days after a risk alert raise a new alert."""

    __tablename__ = "client_safety"
    __table_args__ = (UniqueConstraint("client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    silence_days: Mapped[int | None] = mapped_column(SmallInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
