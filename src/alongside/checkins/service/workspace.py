"""Check-in reads for the therapist's workspace: the caseload's batch reads (one query for many
clients) and the client page's window of the timeline and mood trend. Reads by a therapist need the
client's consent for check-ins; single-client reads are audited here, batch reads by the caller
(which knows what it showed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.checkins.models import CheckIn
from alongside.checkins.repository import CheckInRepository
from alongside.checkins.schemas import MoodPoint
from alongside.checkins.service.history import MoodDay, daily_moods, daily_sleep, with_rolling_mean
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


def zone_named(name: str | None) -> ZoneInfo:
    """The client's zone by name; UTC when missing or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def activity_for_clients(
    session: Session, actor: Actor, client_ids: list[int], *, since: datetime
) -> dict[int, tuple[datetime | None, int]]:
    """(latest check-in, number of check-ins since ``since``) per client who shares check-ins with the
    actor, in one query whatever their number (the caseload); others are absent. Times and counts
    only, no notes. The caller audits what it shows."""
    return CheckInRepository(session).activity_for_clients(actor, client_ids, since)


def mood_days_for_clients(
    session: Session, actor: Actor, timezones: dict[int, str | None], *, now: datetime, days: int = 14
) -> dict[int, list[tuple[date, float]]]:
    """The mean mood per day of the last ``days`` days (in each client's time zone, oldest first) of
    many clients in one query: ``timezones`` maps client id to time zone. Only clients who share
    check-ins with the actor are in the answer. The caller audits what it shows."""
    points: dict[int, list[tuple[datetime, int]]] = {}
    since = now - timedelta(days=days + 1)  # a day more, so the first day is whole in every zone
    for client_id, at, mood in CheckInRepository(session).moods_for_clients(actor, list(timezones), since):
        points.setdefault(client_id, []).append((at, mood))
    out = {}
    for client_id, found in points.items():
        tz = zone_named(timezones.get(client_id))
        first_day = now.astimezone(tz).date() - timedelta(days=days - 1)
        out[client_id] = [(d, m) for d, m in daily_moods(found, tz) if d >= first_day]
    return out


def checkins_between(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[CheckIn]:
    """A therapist reads a client's check-ins of a time window (the timeline), newest first;
    404 unless linked with consent for check-ins; audited."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows = CheckInRepository(session).between_for_client(actor, client_id, start, end)
    audit.record(
        session,
        actor,
        AuditEvent.CHECKINS_VIEWED,
        subject_id=client_id,
        extra={"count": len(rows), "from": start.isoformat(), "to": end.isoformat()},
    )
    return rows


def client_mood_trend(
    session: Session, actor: Actor, client_id: int, *, days: int = 90, now: datetime | None = None
) -> list[MoodDay]:
    """A client's daily mood with the 7-day mean (and hours slept, where reported) over the last
    ``days`` days, for the therapist's chart; 404 unless the client shares check-ins; audited. Reads
    six days more, so the first mean of the window is a whole week's."""
    link = care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    now = now or utc_now()
    tz = zone_named(link.client.timezone)
    first_day = now.astimezone(tz).date() - timedelta(days=days - 1)
    since = now - timedelta(days=days + 7)
    # (id, at, mood, sleep_half_hours, sleep_quality, emotions), without the note
    rows = CheckInRepository(session).details_between(actor, client_id, since, now)
    sleep = daily_sleep([(r[1], r[3]) for r in rows], tz)
    trend = [
        MoodDay(d.day, d.mean, d.rolling, sleep.get(d.day))
        for d in with_rolling_mean(daily_moods([(r[1], r[2]) for r in rows], tz))
        if d.day >= first_day
    ]
    audit.record(
        session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=client_id, extra={"count": len(rows), "chart": True}
    )
    return trend


def client_mood_points(session: Session, actor: Actor, client_id: int, *, since: datetime) -> list[MoodPoint]:
    """A therapist reads a client's ratings since ``since``, oldest first (the between-session summary);
    404 unless linked with consent for check-ins. The notes are not read; the read is audited."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows = CheckInRepository(session).ratings_since(actor, client_id, since)  # (id, at, mood, energy, anxiety)
    audit.record(
        session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=client_id, extra={"count": len(rows), "ratings": True}
    )
    return [MoodPoint(at=at, mood=mood, energy=energy, anxiety=anxiety) for _, at, mood, energy, anxiety in rows]
