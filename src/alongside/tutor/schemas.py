from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StringConstraints

from alongside.tutor.models import SupervisionStatus

Dimension = Literal["emotional_reactions", "interpretations", "explorations", "mi"]
Comment = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]


class CorrectionCreate(BaseModel):
    """Mark the code of a turn in one dimension as wrong: ``code`` is the one you think is right
    (an empathy level "0", "1" or "2", or an MI code)."""

    turn: int = Field(ge=1)
    dimension: Dimension
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=24)]
    comment: Comment | None = None


class CorrectionRead(BaseModel):
    id: int
    turn: int
    dimension: str
    model_code: str
    therapist_code: str
    comment: str | None
    created_at: datetime


class SupervisionCreate(BaseModel):
    supervisor_id: int


class SupervisionRead(BaseModel):
    id: int
    therapist_id: int
    therapist_name: str
    supervisor_id: int
    supervisor_name: str
    status: SupervisionStatus
    created_at: datetime
    responded_at: datetime | None
    revoked_at: datetime | None


class SupervisionList(BaseModel):
    given: list[SupervisionRead]
    received: list[SupervisionRead]


class TurnRead(BaseModel):
    """A transcript line as coded. ``text`` is empty (and ``hidden`` true) for a client's turn
    when the reader may not see the client's words (a supervisor)."""

    n: int
    role: str
    text: str
    hidden: bool = False
    mi: str | None
    empathy: dict[str, int] | None
    evidence: dict[str, list[str]]
    answers: int | None = None
    contested: list[str] = Field(default_factory=list)  # dimensions the therapist contested


class CitedTurn(BaseModel):
    n: int
    role: str
    text: str


class FeedbackItemRead(BaseModel):
    kind: str
    title: str
    body: str
    turns: list[CitedTurn]
    example: str | None


class FeedbackRead(BaseModel):
    source: str  # "templates" | "llm"
    note: str | None  # why the model's feedback was not used: timeout, unavailable, malformed
    strengths: list[FeedbackItemRead]
    suggestions: list[FeedbackItemRead]


class ReportItem(BaseModel):
    id: int
    session_id: int
    transcript_id: int
    session_at: datetime
    language: str
    created_at: datetime
    summary: dict[str, Any]


class ReportRead(ReportItem):
    therapist_id: int
    model: str
    updated_at: datetime | None
    client_words: bool
    miti_thresholds: dict[str, tuple[float, float]]
    turns: list[TurnRead]
    corrections: list[CorrectionRead]
    feedback: FeedbackRead


class TrendPointRead(BaseModel):
    report_id: int
    session_at: datetime
    figures: dict[str, float | None]
    ratings: dict[str, str]
    empathy: dict[str, float | None]
    cbt: dict[str, int]
    contested: int


class TrendRead(BaseModel):
    therapist_id: int
    therapist_name: str
    points: list[TrendPointRead]
