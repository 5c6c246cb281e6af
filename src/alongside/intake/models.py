"""Self-referral settings per organisation, the intake team, and one referral per person who self-refers.

A referral's free text (their own words, the structured answers, a questionnaire in progress) is
encrypted at rest. The intake team of the organisation reads it; a therapist only sees the client's
data once the client has agreed to join their care team (a ``CareLink``), never through the referral.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText

if TYPE_CHECKING:
    from alongside.accounts.models import User


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class ReferralStatus(enum.StrEnum):
    STARTED = "started"  # signed up, intake not yet sent
    SUBMITTED = "submitted"  # intake sent, waiting for the intake team's review
    WAITING = "waiting"  # reviewed, on the waiting list
    PROPOSED = "proposed"  # a therapist is proposed; waiting for the client's consent
    IN_CARE = "in_care"  # the client agreed and joined the therapist's care team
    CLOSED = "closed"  # ended before care began (see ``closed_reason``)


class CloseReason(enum.StrEnum):
    WITHDRAWN = "withdrawn"  # the person stopped (drop-out)
    NO_RESPONSE = "no_response"  # could not be reached (drop-out)
    REFERRED_ELSEWHERE = "elsewhere"  # better helped by another service
    NOT_NEEDED = "not_needed"  # no longer needs care


DROP_OUT = (CloseReason.WITHDRAWN, CloseReason.NO_RESPONSE)


class IntakeSettings(Base):
    """Self-referral for one organisation: open or closed, and the code in its link."""

    __tablename__ = "intake_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), unique=True)
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    # Public by design (it is printed on the organisation's website), so kept as it is.
    code: Mapped[str] = mapped_column(String(32), unique=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class IntakeTeamMember(CreatedAtMixin, Base):
    """A therapist of the organisation who reviews intakes and watches the waiting list."""

    __tablename__ = "intake_team_members"
    __table_args__ = (UniqueConstraint("organisation_id", "therapist_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))

    therapist: Mapped[User] = relationship(foreign_keys=[therapist_id], lazy="raise")


class Referral(CreatedAtMixin, Base):
    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_org_status", "organisation_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus))
    # Which version of the data text they agreed to, and when.
    consent_version: Mapped[str] = mapped_column(String(16))
    consented_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The intake as JSON: own words, background, preferences, questionnaire answers in progress.
    answers: Mapped[str] = mapped_column(EncryptedText())
    step: Mapped[str] = mapped_column(String(16), default="words")
    # Highest risk level screened in any intake text (``none`` … ``imminent``), per text field in ``answers``.
    risk_level: Mapped[str] = mapped_column(String(16), default="none")
    phq9_response_id: Mapped[int | None] = mapped_column(ForeignKey("questionnaire_responses.id"))
    gad7_response_id: Mapped[int | None] = mapped_column(ForeignKey("questionnaire_responses.id"))
    who5_response_id: Mapped[int | None] = mapped_column(ForeignKey("questionnaire_responses.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The step of care the clinician chose (``guided_self_help`` …), which may differ from the suggestion.
    decided_step: Mapped[str | None] = mapped_column(String(24))
    review_note: Mapped[str | None] = mapped_column(EncryptedText())
    therapist_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    declined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    in_care_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_reason: Mapped[CloseReason | None] = mapped_column(_enum(CloseReason))

    client: Mapped[User] = relationship(foreign_keys=[client_id], lazy="raise")
    therapist: Mapped[User | None] = relationship(foreign_keys=[therapist_id], lazy="raise")
