"""Check-in patterns over a period, for the therapist's workspace (and the client themself): sleep per
day, how often each emotion was chosen, and the mean mood with and without each tag.

Each public function checks access like any read of check-ins (a therapist needs an active care link
with consent for check-ins; otherwise 404) and is audited. The note is never read here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import fmean

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.checkins.repository import CheckInRepository, TagRepository
from alongside.checkins.schemas import (
    EMOTIONS,
    CheckInPatternsRead,
    EmotionCountRead,
    SleepNightRead,
    TagMoodRead,
)
from alongside.checkins.service import tags
from alongside.checkins.service.checkins import client_zone, local_day_bounds
from alongside.errors import InvalidInput
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

DEFAULT_DAYS = 28
MAX_DAYS = 366
MIN_TAGGED = 2  # a tag on fewer check-ins than this says nothing about mood


@dataclass(frozen=True)
class Period:
    since: date
    until: date  # inclusive
    tz: tzinfo

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        return local_day_bounds(self.since, self.tz)[0], local_day_bounds(self.until, self.tz)[1]


def _access(session: Session, actor: Actor, client_id: int) -> None:
    care_service.access_own_or_shared(session, actor, client_id, Scope.CHECKINS)


def _period(session: Session, client_id: int, since: date | None, until: date | None, now: datetime | None) -> Period:
    tz = client_zone(session, client_id)
    until = until or (now or utc_now()).astimezone(tz).date()
    since = since or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        raise InvalidInput("The start of the period is after its end.", field="since")
    if (until - since).days >= MAX_DAYS:
        raise InvalidInput("Choose a period of a year at most.", field="since")
    return Period(since, until, tz)


def _rows(session: Session, actor: Actor, client_id: int, period: Period) -> list[tuple]:
    return CheckInRepository(session).details_between(actor, client_id, *period.bounds)


def _audit(session: Session, actor: Actor, client_id: int, view: str, period: Period, count: int) -> None:
    audit.record(
        session,
        actor,
        AuditEvent.CHECKINS_VIEWED,
        subject_id=client_id,
        extra={"view": view, "since": period.since.isoformat(), "until": period.until.isoformat(), "count": count},
    )


def _sleep(rows: list[tuple], tz: tzinfo) -> list[SleepNightRead]:
    hours: dict[date, list[int]] = defaultdict(list)
    quality: dict[date, list[int]] = defaultdict(list)
    for _, at, _mood, half_hours, sleep_quality, _emotions in rows:
        day = at.astimezone(tz).date()
        if half_hours is not None:
            hours[day].append(half_hours)
        if sleep_quality is not None:
            quality[day].append(sleep_quality)
    return [
        SleepNightRead(
            day=day,
            hours=round(fmean(hours[day]) / 2, 1) if hours[day] else None,
            quality=round(fmean(quality[day]), 1) if quality[day] else None,
        )
        for day in sorted(hours.keys() | quality.keys())
    ]


def _emotions(rows: list[tuple], locale: str) -> list[EmotionCountRead]:
    counts = Counter(e for row in rows if row[5] for e in row[5].split(","))
    order = list(EMOTIONS)
    ranked = sorted(counts, key=lambda e: (-counts[e], order.index(e) if e in order else len(order)))
    return [EmotionCountRead(emotion=e, label=tags.emotion_label(e, locale), count=counts[e]) for e in ranked]


def _tag_moods(session: Session, client_id: int, rows: list[tuple], locale: str) -> list[TagMoodRead]:
    links = TagRepository(session).links_for([row[0] for row in rows])
    views = tags.views_by_row(TagRepository(session).for_client(client_id), locale)
    moods = {row[0]: row[2] for row in rows}
    tagged: dict[int, list[int]] = defaultdict(list)
    for checkin_id, tag_ids in links.items():
        for tag_id in tag_ids:
            tagged[tag_id].append(checkin_id)
    found = []
    for tag_id, checkin_ids in tagged.items():
        if len(checkin_ids) < MIN_TAGGED or tag_id not in views:
            continue
        others = [mood for checkin_id, mood in moods.items() if checkin_id not in set(checkin_ids)]
        view = views[tag_id]
        found.append(
            TagMoodRead(
                ref=view.ref,
                group=view.group,
                label=view.label,
                count=len(checkin_ids),
                mood_with=round(fmean(moods[c] for c in checkin_ids), 1),
                mood_without=round(fmean(others), 1) if others else None,
            )
        )
    return sorted(found, key=lambda t: (-t.count, t.label.casefold()))


def sleep_series(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
) -> list[SleepNightRead]:
    """Hours slept and sleep quality (1–5) per day with a report, oldest first (default: the last 28 days)."""
    _access(session, actor, client_id)
    period = _period(session, client_id, since, until, now)
    rows = _rows(session, actor, client_id, period)
    _audit(session, actor, client_id, "sleep", period, len(rows))
    return _sleep(rows, period.tz)


def emotion_counts(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
    locale: str = "en",
    now: datetime | None = None,
) -> list[EmotionCountRead]:
    """How often each emotion was chosen in the period, most often first."""
    _access(session, actor, client_id)
    period = _period(session, client_id, since, until, now)
    rows = _rows(session, actor, client_id, period)
    _audit(session, actor, client_id, "emotions", period, len(rows))
    return _emotions(rows, locale)


def tag_mood_means(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
    locale: str = "en",
    now: datetime | None = None,
) -> list[TagMoodRead]:
    """Per tag used at least twice in the period: how often, the mean mood of those check-ins and of the others."""
    _access(session, actor, client_id)
    period = _period(session, client_id, since, until, now)
    rows = _rows(session, actor, client_id, period)
    _audit(session, actor, client_id, "tags", period, len(rows))
    return _tag_moods(session, client_id, rows, locale)


def checkin_patterns(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
    locale: str = "en",
    now: datetime | None = None,
) -> CheckInPatternsRead:
    """All three at once, read and audited once (for the JSON API and a workspace panel)."""
    _access(session, actor, client_id)
    period = _period(session, client_id, since, until, now)
    rows = _rows(session, actor, client_id, period)
    _audit(session, actor, client_id, "patterns", period, len(rows))
    return CheckInPatternsRead(
        client_id=client_id,
        since=period.since,
        until=period.until,
        sleep=_sleep(rows, period.tz),
        emotions=_emotions(rows, locale),
        tags=_tag_moods(session, client_id, rows, locale),
    )
