"""Check-in schemas, and the fixed vocabularies a check-in uses: emotions, default tags and the words for
sleep quality, each in English and Dutch (ids are stable English words: data refers to them)."""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, StringConstraints

from alongside.checkins.models import TagGroup

Scale = Annotated[int, Field(ge=1, le=10)]
Labels = dict[str, str]

# Emotions to choose from: the basic emotions and those that matter most in care (anxiety, low mood,
# shame, guilt, loneliness, hopelessness), then the pleasant ones. Unpleasant first, as the list shows them.
EMOTIONS: dict[str, Labels] = {
    "anxious": {"en": "anxious", "nl": "angstig"},
    "worried": {"en": "worried", "nl": "bezorgd"},
    "scared": {"en": "scared", "nl": "bang"},
    "stressed": {"en": "stressed", "nl": "gestrest"},
    "overwhelmed": {"en": "overwhelmed", "nl": "overweldigd"},
    "sad": {"en": "sad", "nl": "verdrietig"},
    "lonely": {"en": "lonely", "nl": "eenzaam"},
    "empty": {"en": "empty", "nl": "leeg"},
    "hopeless": {"en": "hopeless", "nl": "hopeloos"},
    "angry": {"en": "angry", "nl": "boos"},
    "irritable": {"en": "irritable", "nl": "prikkelbaar"},
    "frustrated": {"en": "frustrated", "nl": "gefrustreerd"},
    "ashamed": {"en": "ashamed", "nl": "beschaamd"},
    "guilty": {"en": "guilty", "nl": "schuldig"},
    "surprised": {"en": "surprised", "nl": "verrast"},
    "happy": {"en": "happy", "nl": "blij"},
    "calm": {"en": "calm", "nl": "rustig"},
    "content": {"en": "content", "nl": "tevreden"},
    "grateful": {"en": "grateful", "nl": "dankbaar"},
    "hopeful": {"en": "hopeful", "nl": "hoopvol"},
    "proud": {"en": "proud", "nl": "trots"},
    "relieved": {"en": "relieved", "nl": "opgelucht"},
    "connected": {"en": "connected", "nl": "verbonden"},
}
PLEASANT = frozenset({"happy", "calm", "content", "grateful", "hopeful", "proud", "relieved", "connected"})

# The tags every client starts with. Keys are English words, so the journal prompt engine finds the
# themes in them as it does in the client's own tags ("colleagues" → work, "family" → relationships).
DEFAULT_TAGS: dict[str, tuple[TagGroup, Labels]] = {
    "work": (TagGroup.ACTIVITIES, {"en": "work", "nl": "werk"}),
    "study": (TagGroup.ACTIVITIES, {"en": "study", "nl": "studie"}),
    "exercise": (TagGroup.ACTIVITIES, {"en": "exercise", "nl": "sporten"}),
    "walking": (TagGroup.ACTIVITIES, {"en": "walking", "nl": "wandelen"}),
    "housework": (TagGroup.ACTIVITIES, {"en": "housework", "nl": "huishouden"}),
    "hobby": (TagGroup.ACTIVITIES, {"en": "hobby", "nl": "hobby"}),
    "screens": (TagGroup.ACTIVITIES, {"en": "screens", "nl": "schermen"}),
    "therapy": (TagGroup.ACTIVITIES, {"en": "therapy", "nl": "therapie"}),
    "resting": (TagGroup.ACTIVITIES, {"en": "resting", "nl": "rusten"}),
    "alone": (TagGroup.PEOPLE, {"en": "alone", "nl": "alleen"}),
    "partner": (TagGroup.PEOPLE, {"en": "partner", "nl": "partner"}),
    "family": (TagGroup.PEOPLE, {"en": "family", "nl": "familie"}),
    "friends": (TagGroup.PEOPLE, {"en": "friends", "nl": "vrienden"}),
    "colleagues": (TagGroup.PEOPLE, {"en": "colleagues", "nl": "collega's"}),
    "children": (TagGroup.PEOPLE, {"en": "children", "nl": "kinderen"}),
    "home": (TagGroup.PLACES, {"en": "home", "nl": "thuis"}),
    "workplace": (TagGroup.PLACES, {"en": "at work", "nl": "op het werk"}),
    "school": (TagGroup.PLACES, {"en": "school", "nl": "school"}),
    "outdoors": (TagGroup.PLACES, {"en": "outdoors", "nl": "buiten"}),
    "town": (TagGroup.PLACES, {"en": "in town", "nl": "in de stad"}),
    "travelling": (TagGroup.PLACES, {"en": "on the way", "nl": "onderweg"}),
}
OWN_TAG_PREFIX = "own-"

SLEEP_QUALITY: dict[int, Labels] = {
    1: {"en": "very badly", "nl": "heel slecht"},
    2: {"en": "badly", "nl": "slecht"},
    3: {"en": "okay", "nl": "redelijk"},
    4: {"en": "well", "nl": "goed"},
    5: {"en": "very well", "nl": "heel goed"},
}


def label_in(labels: Labels, locale: str) -> str:
    return labels.get(locale, labels["en"])


def _as_list(value: Any) -> Any:
    """A form sends one checked box as a string and none as nothing."""
    if value is None or value == "":
        return []
    return [value] if isinstance(value, str) else value


def _known_emotion(value: str) -> str:
    if value not in EMOTIONS:
        raise ValueError("Choose emotions from the list.")
    return value


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _half_hours(value: Any) -> Any:
    """Hours slept as "7.5" or the Dutch "7,5"; empty is not given."""
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        return value or None
    return value


def _on_the_half_hour(value: float | None) -> float | None:
    if value is not None and (value * 2) != int(value * 2):
        raise ValueError("Give hours of sleep in half hours, e.g. 7 or 7.5.")
    return value


EmotionId = Annotated[str, AfterValidator(_known_emotion)]
TagRef = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^([a-z]{2,32}|own-\d{1,12})$")]
SleepHours = Annotated[float, BeforeValidator(_half_hours), Field(ge=0, le=24), AfterValidator(_on_the_half_hour)]
TagName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]


class CheckInCreate(BaseModel):
    mood: Scale
    energy: Scale | None = None
    anxiety: Scale | None = None
    sleep_hours: SleepHours | None = Field(default=None, description="Hours slept, 0–24 in half hours.")
    sleep_quality: Annotated[int, Field(ge=1, le=5)] | None = Field(
        default=None, description="1 very badly … 5 very well."
    )
    emotions: Annotated[list[EmotionId], BeforeValidator(_as_list), AfterValidator(_unique), Field(max_length=12)] = []
    tags: Annotated[list[TagRef], BeforeValidator(_as_list), AfterValidator(_unique), Field(max_length=20)] = []
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None
    at: datetime | None = Field(
        default=None,
        description="Back-dating up to 48 hours; default now. Without an offset, the time is read in the "
        "client's own time zone.",
    )
    day: date | None = Field(default=None, description="Instead of `at`: the day in the client's time zone …")
    time: dt.time | None = Field(default=None, description='… and the time there ("yesterday at 20:00").')


class CheckInTagRead(BaseModel):
    ref: str
    group: TagGroup
    label: str


class CheckInRead(BaseModel):
    id: int
    client_id: int
    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    emotions: list[str] = []
    tags: list[CheckInTagRead] = []
    note: str | None
    risk_level: str | None = None


class MoodPoint(BaseModel):
    """One check-in's ratings and tag words without its note, for features that adapt to the client
    (journal prompts). A tag word is a default tag's key ("work") or the client's own tag name."""

    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None
    tags: tuple[str, ...] = ()


class CheckInPage(BaseModel):
    items: list[CheckInRead]
    total: int


class EmotionRead(BaseModel):
    id: str
    label: str
    pleasant: bool


class TagRead(BaseModel):
    ref: str  # a default tag's key ("work") or "own-<id>"
    group: TagGroup
    label: str
    own: bool
    hidden: bool


class TagCreate(BaseModel):
    group: TagGroup
    name: TagName


class TagUpdate(BaseModel):
    name: TagName | None = None
    hidden: bool | None = None


class CalendarDayRead(BaseModel):
    day: date
    mood: float | None  # the day's mean mood, rounded to one decimal
    count: int
    sleep_hours: float | None


class CalendarMonthRead(BaseModel):
    month: str  # YYYY-MM
    today: date
    days: list[CalendarDayRead]
    previous: str
    next: str | None  # none after the current month


class SleepNightRead(BaseModel):
    day: date  # the day of the check-in that reported it, in the client's time zone
    hours: float | None
    quality: float | None


class EmotionCountRead(BaseModel):
    emotion: str
    label: str
    count: int


class TagMoodRead(BaseModel):
    ref: str
    group: TagGroup
    label: str
    count: int
    mood_with: float
    mood_without: float | None


class CheckInPatternsRead(BaseModel):
    client_id: int
    since: date
    until: date
    sleep: list[SleepNightRead]
    emotions: list[EmotionCountRead]
    tags: list[TagMoodRead]
