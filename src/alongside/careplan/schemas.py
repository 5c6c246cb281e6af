from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from alongside.careplan.models import GoalStatus, HomeworkKind, OccurrenceStatus, ReminderKind, ReminderMode

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


# --------------------------------------------------------------------------------------------
# Reminders
# --------------------------------------------------------------------------------------------

Weekday = Annotated[int, Field(ge=1, le=7)]
EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]


def _list_of(value: object) -> object:
    """A form sends "08:00, 20:00" or repeated fields; the API a list. Blanks are dropped."""
    if isinstance(value, str):
        value = [part for part in value.replace(";", ",").split(",")]
    if isinstance(value, list):
        return [item.strip() if isinstance(item, str) else item for item in value if item not in ("", None)]
    return value


def _whole_minutes(values: list[time]) -> list[time]:
    """Times of day to the minute, each once, in order; 1–4 of them (none is checked by the service)."""
    cleaned = sorted({t.replace(second=0, microsecond=0, tzinfo=None) for t in values})
    if len(cleaned) > 4:
        raise ValueError("Give at most 4 times of day.")
    return cleaned


def _some_days(values: list[int]) -> list[int]:
    if not values:
        raise ValueError("Choose at least one day.")
    return sorted(set(values))


Times = Annotated[list[time], BeforeValidator(_list_of), AfterValidator(_whole_minutes)]
Days = Annotated[list[Weekday], BeforeValidator(_list_of), AfterValidator(_some_days)]


class ReminderRuleCreate(BaseModel):
    """A reminder for a check-in, a questionnaire (``instrument``, or none for whichever is due) or a
    homework (``homework_id``): at 1–4 local ``times`` a day (mode ``fixed``) or once a day at a random
    time between ``window_start`` and ``window_end`` (mode ``random``), on ``days`` (1 = Monday)."""

    kind: ReminderKind
    homework_id: int | None = None
    instrument: str | None = Field(default=None, max_length=16)
    mode: ReminderMode = ReminderMode.FIXED
    times: Times = Field(default_factory=list, description='Local times of day, e.g. ["08:30", "20:00"]')
    window_start: time | None = None
    window_end: time | None = None
    days: Days = Field(default_factory=lambda: list(EVERY_DAY), description="1 = Monday … 7 = Sunday")
    expiry_minutes: int = Field(
        default=120, ge=10, le=1440, description="How late it may still be sent; after that it expires"
    )
    enabled: bool = True


class ReminderRuleUpdate(BaseModel):
    """Only the fields sent change (kind and target stay)."""

    mode: ReminderMode | None = None
    times: Times | None = None
    window_start: time | None = None
    window_end: time | None = None
    days: Days | None = None
    expiry_minutes: int | None = Field(default=None, ge=10, le=1440)
    enabled: bool | None = None


class ReminderRuleRead(BaseModel):
    id: int
    kind: ReminderKind
    homework_id: int | None
    instrument: str | None
    title: str | None = Field(description="The homework's title or the questionnaire's name")
    mode: ReminderMode
    times: list[str]
    window_start: time | None
    window_end: time | None
    days: list[int]
    expiry_minutes: int
    enabled: bool
    next_at: datetime | None = Field(description="When the next one is planned (UTC), if any")
    created_at: datetime
    updated_at: datetime | None


class ReminderSuggestion(BaseModel):
    """A reminder the client can switch on with one tap (none of its kind and target exists yet)."""

    kind: ReminderKind
    homework_id: int | None = None
    title: str | None = None
    times: list[str]
    days: list[int]


class ReminderPreferencesUpdate(BaseModel):
    """Quiet hours (both times, or neither for none; they may cross midnight) and e-mail."""

    quiet_start: time | None = None
    quiet_end: time | None = None
    email: bool = False


class ReminderPreferencesRead(BaseModel):
    quiet_start: time | None
    quiet_end: time | None
    email: bool


class PushInfo(BaseModel):
    available: bool = Field(description="Web push is configured on this server (VAPID keys)")
    public_key: str | None = Field(description="The applicationServerKey for PushManager.subscribe")
    devices: int


class Choice(BaseModel):
    """Something a reminder can be for: a homework (``id``) or a questionnaire (``code``)."""

    id: int | None = None
    code: str | None = None
    title: str


class ReminderSettingsRead(BaseModel):
    timezone: str
    preferences: ReminderPreferencesRead
    rules: list[ReminderRuleRead]
    suggestions: list[ReminderSuggestion]
    homework: list[Choice] = Field(description="Your running homework, for homework reminders")
    questionnaires: list[Choice] = Field(description="The questionnaires, for questionnaire reminders")
    push: PushInfo
    email_available: bool = Field(description="The server can send e-mail")


class ReminderRead(BaseModel):
    """One reminder: when it was planned for (local and UTC), sent, opened and answered."""

    id: int
    kind: ReminderKind
    homework_id: int | None
    instrument: str | None
    title: str | None = Field(default=None, description="The homework's title or the questionnaire's name")
    local_date: date
    local_time: time
    timezone: str
    planned_at: datetime
    expires_at: datetime
    status: OccurrenceStatus
    adjusted: str | None
    reason: str | None
    channels: list[str]
    sent_at: datetime | None
    opened_at: datetime | None
    answered_at: datetime | None
    snoozed_until: datetime | None
    resent_at: datetime | None
    url: str = Field(
        description="Opening this records the opening and leads to the check-in, questionnaire or homework"
    )
    can_snooze: bool


class ReminderInbox(BaseModel):
    open: list[ReminderRead] = Field(description="Sent in the last day and not yet done")
    history: list[ReminderRead] = Field(description="The last 14 days and what is planned, newest first")


def _whole_number(value: object) -> object:
    return int(value) if isinstance(value, str) and value.strip().isdigit() else value


class SnoozeCreate(BaseModel):
    minutes: Annotated[Literal[10, 30, 60], BeforeValidator(_whole_number)]


PushKey = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=8, max_length=200, pattern=r"^[A-Za-z0-9_\-=]+$")
]


class PushKeys(BaseModel):
    p256dh: PushKey
    auth: PushKey


class PushSubscriptionCreate(BaseModel):
    """The browser's ``PushSubscription.toJSON()``."""

    endpoint: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=12, max_length=2000, pattern=r"^https://")
    ]
    keys: PushKeys


class PushSubscriptionDelete(BaseModel):
    endpoint: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class ReminderOpened(BaseModel):
    url: str = Field(description="The page the reminder leads to")


class PushDevices(BaseModel):
    devices: int = Field(description="How many of your devices get notifications")
