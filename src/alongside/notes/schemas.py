from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from alongside.notes.models import Modality, NoteFormat, SessionStatus, TranscriptSource, VersionStatus

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
SentenceText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Role = Literal["therapist", "client", "other"]


class SessionCreate(BaseModel):
    """``starts_at`` without a time zone is read in the therapist's own zone. Without a status, a
    session in the future is planned and one in the past was held."""

    starts_at: datetime
    duration_minutes: int = Field(default=50, ge=5, le=480)
    modality: Modality = Modality.IN_PERSON
    status: SessionStatus | None = None


class SessionUpdate(BaseModel):
    starts_at: datetime | None = None
    duration_minutes: int | None = Field(default=None, ge=5, le=480)
    modality: Modality | None = None
    status: SessionStatus | None = None


class SessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    therapist_id: int
    starts_at: datetime
    duration_minutes: int
    modality: Modality
    status: SessionStatus
    created_at: datetime
    updated_at: datetime | None


class SessionListItem(SessionRead):
    note_id: int | None = None
    note_status: str | None = None  # draft | signed


class TranscriptText(BaseModel):
    """Pasted "Speaker: text" lines, or (``source: typed``) your own notes, one point per line."""

    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400_000)]
    source: Literal["pasted", "typed"] = "pasted"


class SpeakerRoles(BaseModel):
    roles: dict[Annotated[str, StringConstraints(max_length=60)], Role]


class LineRead(BaseModel):
    n: int
    speaker: str | None
    role: str
    text: str
    start: str | None = None
    risk: str | None = None


class TranscriptRead(BaseModel):
    id: int
    session_id: int
    source: TranscriptSource
    language: str
    line_count: int
    risk_level: str | None
    created_at: datetime
    speakers: dict[str, str]
    lines: list[LineRead]


class SessionDetail(BaseModel):
    session: SessionRead
    transcript: TranscriptRead | None
    note_id: int | None


class DraftRequestIn(BaseModel):
    format: NoteFormat = NoteFormat.SOAP


class SentenceIn(BaseModel):
    """A sentence of a draft: its text and the references it keeps (``line:<n>``, ``data:<key>``).
    Without references it is your own sentence."""

    text: SentenceText
    refs: list[Annotated[str, StringConstraints(max_length=80)]] = Field(default_factory=list, max_length=20)


class SectionIn(BaseModel):
    key: str
    sentences: list[SentenceIn] = Field(max_length=200)


class DraftUpdate(BaseModel):
    sections: list[SectionIn] = Field(max_length=8)


class SignRequest(BaseModel):
    confirm: bool = Field(description="True: you have checked the note; once signed it cannot change.")


class AmendRequest(BaseModel):
    reason: Reason


class SentenceRead(BaseModel):
    text: str
    refs: list[str]
    risk: str | None = None
    origin: str


class SectionRead(BaseModel):
    key: str
    sentences: list[SentenceRead]


class SourceRead(BaseModel):
    ref: str
    kind: str
    label: str
    url: str | None = None


class ProblemRead(BaseModel):
    section: str
    index: int
    kind: str
    token: str


class CheckRead(BaseModel):
    ok: bool
    sentences: int
    own_words: int
    problems: list[ProblemRead]


class VersionSummary(BaseModel):
    number: int
    status: VersionStatus
    drafter: str
    created_at: datetime
    signed_at: datetime | None
    signed_by_id: int | None
    amends_number: int | None
    amendment_reason: str | None


class DraftedByRead(BaseModel):
    """Which drafter wrote the draft: extractive, abstractive (from ``lines``; ``replaced``: the sections
    where sentences from the transcript replaced ones the check refused) or extractive_fallback (``reason``)."""

    drafter: str
    reason: str | None = None
    lines: list[int] = []
    replaced: list[str] = []
    dropped: int = 0


class VersionRead(VersionSummary):
    transcript_id: int | None
    content_sha256: str | None
    drafted_by: DraftedByRead | None = None
    sections: list[SectionRead]
    sources: list[SourceRead]
    check: CheckRead


class NoteRead(BaseModel):
    id: int
    session_id: int
    client_id: int
    author_id: int
    format: NoteFormat
    versions: list[VersionSummary]
    version: VersionRead
    text: str


class FactRead(BaseModel):
    key: str
    text: str
    source: SourceRead


class SummarySectionRead(BaseModel):
    key: str
    status: str  # shared | not_shared | not_available
    facts: list[FactRead]


class SummaryRead(BaseModel):
    client_id: int
    period_start: datetime
    period_end: datetime
    before_start: datetime
    last_session_id: int | None
    next_session_id: int | None
    sections: list[SummarySectionRead]
    text: str
