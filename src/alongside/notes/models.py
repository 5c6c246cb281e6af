"""Therapy sessions, transcripts, and notes with their versions.

A note is a container for one session; its content lives in versions. A draft version may change;
a signed version never does (the service refuses, and the ``before_update``/``before_delete`` guards
below refuse even a direct ORM write). An amendment is a new version that names the one it amends.
Transcripts are never changed either: a corrected transcript is a new row, and every note version
names the transcript its line references point into.

Every free text (transcript lines, speaker labels, note content, amendment reasons) is encrypted.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Modality(enum.StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class TranscriptSource(enum.StrEnum):
    PASTED = "pasted"  # pasted "Speaker: text" lines
    TYPED = "typed"  # the therapist's own notes, no speakers
    TEXT = "text"  # an uploaded .txt
    VTT = "vtt"  # WebVTT captions (Zoom, Teams)
    DOCX = "docx"


class NoteFormat(enum.StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"


class VersionStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class TherapySession(CreatedAtMixin, Base):
    """A session with a client, planned or held (or cancelled), by the therapist who recorded it."""

    __tablename__ = "therapy_sessions"
    __table_args__ = (
        Index("ix_therapy_sessions_client_starts", "client_id", "starts_at"),
        Index("ix_therapy_sessions_therapist_starts", "therapist_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(SmallInteger)
    modality: Mapped[Modality] = mapped_column(_enum(Modality))
    status: Mapped[SessionStatus] = mapped_column(_enum(SessionStatus))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Transcript(CreatedAtMixin, Base):
    """A session's transcript (or the therapist's typed notes), parsed into numbered lines.

    ``lines`` is a JSON list of ``{"n", "speaker", "text", "start"}``; ``speakers`` maps each speaker
    label to "therapist", "client" or "other". ``risk_level`` is the highest screening level of any
    line, kept so pages can flag it without decrypting.
    """

    __tablename__ = "session_transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("therapy_sessions.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    source: Mapped[TranscriptSource] = mapped_column(_enum(TranscriptSource))
    language: Mapped[str] = mapped_column(String(8))
    line_count: Mapped[int] = mapped_column(Integer)
    lines: Mapped[str] = mapped_column(EncryptedText())
    speakers: Mapped[str] = mapped_column(EncryptedText())
    risk_level: Mapped[str | None] = mapped_column(String(16))


class Note(CreatedAtMixin, Base):
    """The note of one session; its text is in ``NoteVersion``."""

    __tablename__ = "session_notes"
    __table_args__ = (UniqueConstraint("session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("therapy_sessions.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    format: Mapped[NoteFormat] = mapped_column(_enum(NoteFormat))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class NoteVersion(CreatedAtMixin, Base):
    """One version of a note. ``content`` is JSON: the sections with their sentences, each sentence's
    references, and the sources it may refer to (transcript lines by number, data by key, with the
    evidence as it was when drafted), so a signed version stays checkable whatever changes later."""

    __tablename__ = "session_note_versions"
    __table_args__ = (UniqueConstraint("note_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("session_notes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(SmallInteger)
    status: Mapped[VersionStatus] = mapped_column(_enum(VersionStatus))
    drafter: Mapped[str] = mapped_column(String(32))
    transcript_id: Mapped[int | None] = mapped_column(ForeignKey("session_transcripts.id", ondelete="SET NULL"))
    content: Mapped[str] = mapped_column(EncryptedText())
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("session_note_versions.id"))
    amendment_reason: Mapped[str | None] = mapped_column(EncryptedText())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # SHA-256 of ``content`` at signing: a later change of the stored text would show.
    content_sha256: Mapped[str | None] = mapped_column(String(64))


class SignedVersionChanged(Exception):
    """A signed note version was about to be changed or deleted (a programming error, not user input)."""


def _was_signed(target: NoteVersion) -> bool:
    history = inspect(target).attrs.status.history
    before = list(history.deleted) + list(history.unchanged)
    return VersionStatus.SIGNED in before


@event.listens_for(NoteVersion, "before_update")
def _refuse_changing_a_signed_version(_mapper, _connection, target: NoteVersion) -> None:  # noqa: ANN001
    if _was_signed(target):
        raise SignedVersionChanged(f"note version {target.id} is signed and cannot change")


@event.listens_for(NoteVersion, "before_delete")
def _refuse_deleting_a_signed_version(_mapper, _connection, target: NoteVersion) -> None:  # noqa: ANN001
    if _was_signed(target):
        raise SignedVersionChanged(f"note version {target.id} is signed and cannot be deleted")
