from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Answer = Annotated[int, Field(ge=0, le=5)]


class ResponseCreate(BaseModel):
    """Answers by item number (1-based), e.g. ``{"1": 0, "2": 3, ...}``; every item is required."""

    answers: dict[Annotated[int, Field(ge=1, le=9)], Answer]
    difficulty: Annotated[int, Field(ge=0, le=3)] | None = Field(
        default=None, description="PHQ-9 only: the unscored question about how difficult the problems made things."
    )


class ResponseRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    instrument: str
    locale: str
    answers: dict[int, int]
    difficulty: int | None
    raw_total: int
    total: int
    band: str
    completed_at: datetime


class ResponsePage(BaseModel):
    items: list[ResponseRead]
    total: int


class ScheduleSet(BaseModel):
    every_days: Annotated[int, Field(ge=1, le=90)]


class ScheduleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    therapist_id: int | None
    instrument: str
    every_days: int
    next_due_at: datetime


class InstrumentStatus(BaseModel):
    """One instrument on the client's list: whether it is due and the last result."""

    instrument: str
    name: str
    title: str
    due: bool
    next_due_at: datetime | None
    every_days: int | None
    last: ResponseRead | None


class Option(BaseModel):
    value: int
    label: str


class Difficulty(BaseModel):
    question: str
    options: list[Option]


class InstrumentRead(BaseModel):
    """An instrument's published wording (English) or our own translation (Dutch), to fill in."""

    id: str
    name: str
    locale: str
    title: str
    stem: str
    options: list[Option]
    items: list[str]
    difficulty: Difficulty | None = None
    translation: str  # "original" or "own" (own translations are labelled until checked)
    translation_note: str | None = None
    score_max: int


class Change(BaseModel):
    """From the previous response of the same instrument to this one."""

    previous_id: int
    previous_total: int
    previous_at: datetime
    points: int  # after - before
    reliable: int  # +1 reliably better, -1 reliably worse, 0 within the noise


class OutcomeRead(BaseModel):
    """NHS Talking Therapies outcome from the first PHQ-9/GAD-7 to the latest."""

    case_at_start: bool
    case_at_end: bool
    reliable_improvement: bool
    reliable_deterioration: bool
    recovery: bool
    reliable_recovery: bool


class ClientQuestionnaires(BaseModel):
    responses: list[ResponseRead]
    total: int
    schedules: list[ScheduleRead]
    outcome: OutcomeRead | None


class ResultRead(BaseModel):
    """One result with what the result page shows around it."""

    response: ResponseRead
    change: Change | None
    history: list[ResponseRead]  # the latest responses of the same instrument, oldest first


class ScoreTrend(BaseModel):
    """One instrument's latest score of a client, with the change since the previous and the first
    response (NHS Talking Therapies reliable change: -1 reliably worse, +1 reliably better)."""

    instrument: str
    latest_id: int
    total: int
    band: str
    completed_at: datetime
    previous_total: int | None = None
    previous_at: datetime | None = None
    change: int | None = None  # latest - previous
    reliable: int = 0  # since the previous response
    first_total: int | None = None
    first_at: datetime | None = None
    change_since_first: int | None = None
    reliable_since_first: int = 0
