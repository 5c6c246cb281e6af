"""Check-in use cases; reads by a therapist need the client's consent and are audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.checkins.models import CheckIn
from alongside.checkins.repository import CheckInRepository
from alongside.checkins.schemas import CheckInCreate, MoodPoint
from alongside.errors import Forbidden, InvalidInput
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

BACKDATE_LIMIT = timedelta(hours=48)


def create_checkin(session: Session, actor: Actor, data: CheckInCreate, *, now: datetime | None = None) -> CheckIn:
    if not actor.is_client:
        raise Forbidden("Only clients check in.")
    now = now or utc_now()
    at = data.at or now
    if at.tzinfo is None:
        raise InvalidInput("Give the time with its time zone.", field="at")
    if at > now + timedelta(minutes=5):
        raise InvalidInput("A check-in cannot be in the future.", field="at")
    if now - at > BACKDATE_LIMIT:
        raise InvalidInput("A check-in can be back-dated by 48 hours at most.", field="at")
    result = safety_service.screen(data.note) if data.note else None
    checkin = CheckInRepository(session).add(
        CheckIn(
            client_id=actor.user_id,
            at=at,
            mood=data.mood,
            energy=data.energy,
            anxiety=data.anxiety,
            note=data.note or None,
            risk_level=result.level.value if result else None,
        )
    )
    audit.record(
        session,
        actor,
        AuditEvent.CHECKIN_CREATED,
        subject_id=actor.user_id,
        object_type="checkin",
        object_id=checkin.id,
    )
    if result is not None:
        safety_service.raise_for_result(session, actor, result, source="checkin", source_id=checkin.id)
    safety_service.check_mood_drop(session, actor.user_id, actor.organisation_id, now=now)
    return checkin


def list_own_checkins(session: Session, actor: Actor, *, limit: int = 30, offset: int = 0) -> tuple[list[CheckIn], int]:
    if not actor.is_client:
        raise Forbidden("Only clients check in.")
    rows, total = CheckInRepository(session).page_for_client(actor, actor.user_id, limit=limit, offset=offset)
    audit.record(session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=actor.user_id, extra={"count": len(rows)})
    return rows, total


def list_client_checkins(
    session: Session, actor: Actor, client_id: int, *, limit: int = 30, offset: int = 0
) -> tuple[list[CheckIn], int]:
    """A therapist reads a client's check-ins; 404 unless linked with consent for check-ins."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows, total = CheckInRepository(session).page_for_client(actor, client_id, limit=limit, offset=offset)
    audit.record(session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return rows, total


def own_mood_points(session: Session, actor: Actor, *, since: datetime) -> list[MoodPoint]:
    """The caller's own ratings since ``since``, oldest first, for features that adapt to them (journal
    prompts). Not audited as a read: nothing of the check-ins is shown through this function."""
    if not actor.is_client:
        raise Forbidden("Only clients check in.")
    rows = CheckInRepository(session).ratings_since(actor, actor.user_id, since)
    return [MoodPoint(at=at, mood=mood, energy=energy, anxiety=anxiety) for at, mood, energy, anxiety in rows]


def last_checkins(session: Session, actor: Actor, client_ids: list[int]) -> dict[int, datetime]:
    return CheckInRepository(session).last_at_for_clients(actor, client_ids)


def moods_between(session: Session, client_id: int, start: datetime, end: datetime) -> list[int]:
    """For the safety rules (system reads; no user sees these through this function)."""
    return CheckInRepository(session).moods_between(client_id, start, end)


def last_checkin_at(session: Session, client_id: int) -> datetime | None:
    return CheckInRepository(session).last_at(client_id)


@dataclass(frozen=True)
class MoodDay:
    day: date
    mean: float
    rolling: float  # mean of the daily means of this day and the six days before (days with data)


def daily_moods(points: list[tuple[datetime, int]], tz: ZoneInfo) -> list[tuple[date, float]]:
    """The mean mood per calendar day in the client's time zone, oldest first."""
    by_day: dict[date, list[int]] = {}
    for at, mood in points:
        by_day.setdefault(at.astimezone(tz).date(), []).append(mood)
    return [(d, sum(v) / len(v)) for d, v in sorted(by_day.items())]


def with_rolling_mean(days: list[tuple[date, float]], window: int = 7) -> list[MoodDay]:
    out = []
    for i, (day, mean) in enumerate(days):
        recent = [m for d, m in days[: i + 1] if (day - d).days < window]
        out.append(MoodDay(day, round(mean, 2), round(sum(recent) / len(recent), 2)))
    return out


def checkin_history(
    session: Session, actor: Actor, *, days: int = 60, limit: int = 100, now: datetime | None = None
) -> tuple[list[CheckIn], int, list[MoodDay]]:
    """The client's recent check-ins and their daily mood with the 7-day mean, for the history page."""
    rows, total = list_own_checkins(session, actor, limit=limit)
    now = now or utc_now()
    since = now - timedelta(days=days)
    recent, _ = CheckInRepository(session).page_for_client(actor, actor.user_id, limit=days * 10, offset=0, since=since)
    user = accounts_service.get_user(session, actor.user_id)
    try:
        tz = ZoneInfo(user.timezone if user else "UTC")
    except ZoneInfoNotFoundError:
        tz = ZoneInfo("UTC")
    trend = with_rolling_mean(daily_moods([(c.at, c.mood) for c in recent], tz))
    return rows, total, trend
