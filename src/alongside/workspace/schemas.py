"""What the caseload and the client page's timeline show, for the pages and the JSON API alike."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel

from alongside.questionnaires.schemas import ScoreTrend

ReasonKind = Literal["alert", "deterioration", "missed_checkins", "missed_homework"]
CaseloadFilter = Literal["all", "attention", "alerts", "deteriorating", "missed"]
TimelineKind = Literal["checkin", "journal", "questionnaire", "exercise", "homework", "alert", "session"]


class Reason(BaseModel):
    """Why a client sits where they do in the caseload, with a link to the data behind it. The
    sentence is made by the page (in the reader's language) from these fields."""

    kind: ReasonKind
    href: str
    since: datetime | None = None  # alert raised; last check-in; the measure the change is from
    level: str | None = None  # alert
    status: str | None = None  # alert: open or acknowledged
    instrument: str | None = None  # deterioration
    points: int | None = None  # deterioration: up by
    total: int | None = None  # deterioration: the latest score
    days: int | None = None  # missed check-ins: days since the last one
    week: date | None = None  # missed homework: the Monday of the week it is about
    done: int | None = None  # missed homework, last week
    planned: int | None = None
    percent: int | None = None


class Adherence(BaseModel):
    done: int
    planned: int
    percent: int | None


class CaseloadRow(BaseModel):
    client_id: int
    name: str
    rung: int  # 0 unresolved alert, 1 reliable deterioration, 2 missed check-ins or homework, 3 the rest
    reasons: list[Reason]
    shares_checkins: bool
    shares_questionnaires: bool
    last_checkin_at: datetime | None = None
    # (day, the day's mean mood 1–10), oldest first; None when check-ins are not shared
    mood_days: list[tuple[date, float]] | None = None
    scores: dict[str, ScoreTrend] = {}  # phq9, gad7 (empty when questionnaires are not shared)
    homework_this_week: Adherence | None = None
    next_session: datetime | None = None  # filled in by the notes domain when it is wired


class CaseloadRead(BaseModel):
    rows: list[CaseloadRow]  # one page, the most in need first
    counts: dict[str, int]  # clients per filter, before the filter
    filter: CaseloadFilter
    search: str | None = None
    total: int  # clients matching the filter and search
    page: int
    pages: int


class TimelineItem(BaseModel):
    """One thing that happened, of any kind; ``href`` leads to the data behind it."""

    kind: TimelineKind
    at: datetime
    title: str  # a short, untranslated fact (a score, a routine's title, a homework title)
    detail: str | None = None  # e.g. a check-in note or a journal excerpt
    href: str | None = None
    level: str | None = None  # risk level, for check-ins, journal entries and alerts
    ref_id: int | None = None  # the row behind the item (entry, response, homework, alert)
    values: dict[str, int | float | str | None] = {}  # kind-specific numbers for the page
    record: dict[str, int | str | None] | None = None  # a shared thought record's steps


class TimelineRead(BaseModel):
    client_id: int
    start: datetime
    end: datetime
    kinds: list[TimelineKind]  # the kinds shown (the filter)
    available: list[TimelineKind]  # the kinds the client shares with this therapist
    items: list[TimelineItem]
    older: datetime | None  # ``before`` for the previous window, if anything can be older
