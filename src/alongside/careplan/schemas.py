from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from alongside.careplan.models import GoalStatus, HomeworkKind

KNOWN_KINDS = frozenset(kind.value for kind in HomeworkKind)


def _normalise_kind(value: str) -> str:
    """A known kind however it is spelled ("Thought record" → thought_record); other words as given."""
    key = value.lower().replace(" ", "_").replace("-", "_")
    return key if key in KNOWN_KINDS else value


Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Kind = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40), AfterValidator(_normalise_kind)
]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


def _schedule(value: object) -> str | int:
    """ "daily", or 1–7 for "N times a week" (a form sends "3", the API 3 or "3")."""
    text = str(value).strip().lower()
    if text == "daily":
        return "daily"
    if text.isdigit() and 1 <= int(text) <= 7 and not isinstance(value, bool):
        return int(text)
    raise ValueError("Choose every day or 1 to 7 times a week.")


Schedule = Annotated[str | int, BeforeValidator(_schedule)]


class GoalCreate(BaseModel):
    title: Title
    description: Description | None = None
    status: GoalStatus = GoalStatus.ACTIVE


class GoalUpdate(BaseModel):
    title: Title | None = None
    description: Description | None = None
    status: GoalStatus | None = None


class GoalRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    therapist_id: int
    title: str
    description: str | None
    status: GoalStatus
    created_at: datetime
    updated_at: datetime | None


class HomeworkCreate(BaseModel):
    """The end date, when given, is on or after the start date (checked by the service: 422)."""

    title: Title
    kind: Kind = "other"
    schedule: Schedule = Field(description='"daily", or 1–7 for that many times a week')
    goal_id: int | None = None
    preferred_time: time | None = Field(default=None, description="Time of day, e.g. 08:30")
    start_date: date | None = Field(default=None, description="Default: today in the client's time zone")
    end_date: date | None = None
    active: bool = True


class HomeworkUpdate(BaseModel):
    """Only the fields sent change; send ``"goal_id": null`` or ``"end_date": null`` to clear them."""

    title: Title | None = None
    kind: Kind | None = None
    schedule: Schedule | None = None
    goal_id: int | None = None
    preferred_time: time | None = None
    start_date: date | None = None
    end_date: date | None = None
    active: bool | None = None


class AdherenceRead(BaseModel):
    done: int
    planned: int
    percent: int | None = Field(description="Done as a share of planned (capped at 100); null when nothing planned")


class WeekRead(AdherenceRead):
    week_start: date
    iso_year: int
    iso_week: int


class HomeworkRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    therapist_id: int
    goal_id: int | None
    title: str
    kind: str
    daily: bool
    times_per_week: int
    preferred_time: time | None
    start_date: date
    end_date: date | None
    active: bool
    created_at: datetime
    updated_at: datetime | None


class CompletionCreate(BaseModel):
    done_on: date | None = Field(default=None, description="Default: today in your time zone; up to 7 days back")
    note: Note | None = None


class CompletionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    homework_id: int
    client_id: int
    done_on: date
    note: str | None
    risk_level: str | None
    created_at: datetime


class HomeworkStatus(BaseModel):
    """One homework on the plan: this week's adherence, the last 8 weeks, the days marked done."""

    homework: HomeworkRead
    state: Literal["running", "upcoming", "ended", "inactive"]
    this_week: AdherenceRead
    weeks: list[WeekRead]
    done_today: bool
    done_on: list[date] = Field(description="Days marked done within the last 8 weeks, newest first")
    completions: list[CompletionRead] = Field(description="The completions of the last 7 days, with notes")


class CarePlanRead(BaseModel):
    client_id: int
    today: date = Field(description="Today in the client's time zone")
    goals: list[GoalRead]
    homework: list[HomeworkStatus]
    this_week: WeekRead
    weeks: list[WeekRead] = Field(description="The last 8 ISO weeks, oldest first, ending with this week")


class HomeworkSummary(BaseModel):
    id: int
    title: str
    kind: str
    goal_id: int | None
    daily: bool
    times_per_week: int
    preferred_time: time | None
    done_this_week: int
    planned_this_week: int
    percent_this_week: int | None
    done_today: bool


class GoalSummary(BaseModel):
    id: int
    title: str


class CarePlanSummary(BaseModel):
    """What the companion and the prompt engine may know of a client's plan: active goals and the
    homework running now with this week's adherence. Titles only: goal descriptions and completion
    notes (free text the client or therapist wrote) stay out, so nothing private reaches a prompt."""

    client_id: int
    today: date
    week_start: date
    goals: list[GoalSummary]
    homework: list[HomeworkSummary]
    done_this_week: int
    planned_this_week: int
    percent_this_week: int | None
