"""The tutor's tables: coded session reports, contested codes kept as corrections, and supervision.

Tutor data is the therapist's own. A report belongs to the therapist whose session was coded; only
they and a supervisor they invited (and who accepted, and was not revoked) may read it.

Every free text is encrypted: the coded turns (what the therapist and the client said, with the
words that carry each code), the feedback (it cites those words) and a correction's comment. The
summary figures (ratios, shares, counts, turn numbers) are not clinical text and stay readable, so
the trend needs no decryption.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class SupervisionStatus(enum.StrEnum):
    PENDING = "pending"  # invited, not answered yet: grants nothing
    ACTIVE = "active"  # accepted: the supervisor may read the therapist's reports and trend
    DECLINED = "declined"
    REVOKED = "revoked"  # ended by the therapist


class TutorReport(CreatedAtMixin, Base):
    """The coding of one transcript of a therapist's session.

    ``turns`` is JSON: per transcript line ``{"n", "role", "text", "mi", "empathy", "evidence"}``
    (``empathy`` per mechanism 0–2 for a therapist turn answering a client turn, else null;
    ``evidence`` per mechanism the words that carry it). ``summary`` holds the figures as they are
    after the therapist's corrections (contested codes left out). ``feedback`` is JSON: strengths
    and suggestions, each citing turns.
    """

    __tablename__ = "tutor_reports"
    __table_args__ = (
        UniqueConstraint("therapist_id", "session_id", "transcript_id"),
        Index("ix_tutor_reports_therapist_session_at", "therapist_id", "session_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("therapy_sessions.id", ondelete="CASCADE"))
    transcript_id: Mapped[int] = mapped_column(ForeignKey("session_transcripts.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    session_at: Mapped[datetime] = mapped_column(UTCDateTime())
    language: Mapped[str] = mapped_column(String(8))
    model: Mapped[str] = mapped_column(String(64))
    turns: Mapped[str] = mapped_column(EncryptedText())
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
    feedback: Mapped[str] = mapped_column(EncryptedText())
    feedback_source: Mapped[str] = mapped_column(String(24))  # "templates" | "llm"
    feedback_note: Mapped[str | None] = mapped_column(String(24))  # why the LLM's feedback was not used
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TutorCorrection(CreatedAtMixin, Base):
    """A code the therapist marked as wrong: it leaves the report's scores and is kept for retraining."""

    __tablename__ = "tutor_corrections"
    __table_args__ = (UniqueConstraint("report_id", "turn", "dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("tutor_reports.id", ondelete="CASCADE"), index=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    turn: Mapped[int] = mapped_column(Integer)  # the transcript line number
    dimension: Mapped[str] = mapped_column(String(24))  # an empathy mechanism or "mi"
    model_code: Mapped[str] = mapped_column(String(24))
    therapist_code: Mapped[str] = mapped_column(String(24))
    comment: Mapped[str | None] = mapped_column(EncryptedText())


class TutorSupervision(CreatedAtMixin, Base):
    """A therapist's invitation to another therapist of their organisation to supervise them."""

    __tablename__ = "tutor_supervisions"
    __table_args__ = (UniqueConstraint("therapist_id", "supervisor_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    status: Mapped[SupervisionStatus] = mapped_column(_enum(SupervisionStatus))
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
