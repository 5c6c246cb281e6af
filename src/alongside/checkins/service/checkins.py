"""Writing and reading check-ins. Reads by a therapist need the client's consent and are audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.careplan import service as careplan_service
from alongside.checkins.models import CheckIn
from alongside.checkins.repository import CheckInRepository, TagRepository
from alongside.checkins.schemas import EMOTIONS, CheckInCreate, CheckInRead, CheckInTagRead, MoodPoint
from alongside.checkins.service import tags
from alongside.errors import Forbidden, InvalidInput
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

BACKDATE_LIMIT = timedelta(hours=48)
CLOCK_SLACK = timedelta(minutes=5)  # a phone's clock a little ahead is not "the future"


def client_zone(session: Session, client_id: int) -> tzinfo:
    user = accounts_service.get_user(session, client_id)
    try:
        return ZoneInfo(user.timezone if user else "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC start and end (exclusive) of a calendar day where the client lives (23 or 25 hours on
    the days the clocks change)."""
    return datetime.combine(day, time(), tzinfo=tz), datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)


def checkin_time(session: Session, client_id: int, data: CheckInCreate, now: datetime) -> datetime:
    """When the check-in was: now, or back-dated up to 48 hours, given as ``at`` or as a ``day`` and
    ``time``. Times without an offset are the client's own local time ("yesterday at 20:00" where they
    live), and "today" is today there."""
    if data.at is not None and (data.day is not None or data.time is not None):
        raise InvalidInput("Give either the moment, or the day and time.", field="at")
    tz = client_zone(session, client_id)
    field = "at" if data.at is not None else "time"
    if data.at is not None:
        at = data.at if data.at.tzinfo is not None else data.at.replace(tzinfo=tz)
    elif data.time is not None:
        at = datetime.combine(data.day or now.astimezone(tz).date(), data.time, tzinfo=tz)
    elif data.day is not None and data.day != now.astimezone(tz).date():
        raise InvalidInput("Say at what time, roughly.", field="time")
    else:
        return now
    if at > now + CLOCK_SLACK:
        raise InvalidInput("A check-in cannot be in the future.", field=field)
    if now - at > BACKDATE_LIMIT:
        raise InvalidInput("A check-in can be back-dated by 48 hours at most.", field=field)
    return at


def backdate_days(session: Session, actor: Actor, *, now: datetime | None = None) -> list[date]:
    """The days a check-in may be dated on, today first, in the client's time zone (for the form)."""
    today = (now or utc_now()).astimezone(client_zone(session, actor.user_id)).date()
    return [today - timedelta(days=n) for n in range(3)]


def _client_only(actor: Actor) -> None:
    if not actor.is_client:
        raise Forbidden("Only clients check in.")


def create_checkin(session: Session, actor: Actor, data: CheckInCreate, *, now: datetime | None = None) -> CheckIn:
    """Validate, write the check-in with its tags, audit, then screen the note (risk goes to a human)."""
    _client_only(actor)
    now = now or utc_now()
    at = checkin_time(session, actor.user_id, data, now)
    tag_ids = tags.tag_ids_for(session, actor, data.tags)
    result = safety_service.screen(data.note) if data.note else None
    checkin = CheckInRepository(session).add(
        CheckIn(
            client_id=actor.user_id,
            at=at,
            mood=data.mood,
            energy=data.energy,
            anxiety=data.anxiety,
            sleep_half_hours=None if data.sleep_hours is None else round(data.sleep_hours * 2),
            sleep_quality=data.sleep_quality,
            emotions=",".join(e for e in EMOTIONS if e in data.emotions) or None,
            note=data.note or None,
            risk_level=result.level.value if result else None,
        )
    )
    TagRepository(session).link(checkin.id, tag_ids)
    details = [
        name
        for name in ("energy", "anxiety", "sleep_hours", "sleep_quality", "emotions", "tags", "note")
        if getattr(data, name) not in (None, [], "")
    ]
    audit.record(
        session,
        actor,
        AuditEvent.CHECKIN_CREATED,
        subject_id=actor.user_id,
        object_type="checkin",
        object_id=checkin.id,
        extra={"details": details, "backdated": at < now - CLOCK_SLACK},
    )
    if result is not None:
        safety_service.raise_for_result(session, actor, result, source="checkin", source_id=checkin.id)
    safety_service.check_mood_drop(session, actor.user_id, actor.organisation_id, now=now)
    careplan_service.record_reminder_answered(session, actor.user_id, "checkin", now=now)
    return checkin


def checkin_reads(session: Session, client_id: int, rows: list[CheckIn], *, locale: str) -> list[CheckInRead]:
    """Check-ins (already read with permission) with their tags named in the reader's language."""
    views = tags.views_by_row(TagRepository(session).for_client(client_id), locale)
    links = TagRepository(session).links_for([row.id for row in rows])
    reads = []
    for row in rows:
        chosen = [views[tag_id] for tag_id in links.get(row.id, []) if tag_id in views]
        reads.append(
            CheckInRead(
                id=row.id,
                client_id=row.client_id,
                at=row.at,
                mood=row.mood,
                energy=row.energy,
                anxiety=row.anxiety,
                sleep_hours=row.sleep_hours,
                sleep_quality=row.sleep_quality,
                emotions=row.emotion_ids,
                tags=[CheckInTagRead(ref=v.ref, group=v.group, label=v.label) for v in chosen],
                note=row.note,
                risk_level=row.risk_level,
            )
        )
    return reads


def list_own_checkins(
    session: Session,
    actor: Actor,
    *,
    limit: int = 30,
    offset: int = 0,
    locale: str = "en",
    day: date | None = None,
) -> tuple[list[CheckInRead], int]:
    """The client's own check-ins, newest first; only those of ``day`` (in their time zone) when given."""
    _client_only(actor)
    since = until = None
    if day is not None:
        since, until = local_day_bounds(day, client_zone(session, actor.user_id))
    rows, total = CheckInRepository(session).page_for_client(
        actor, actor.user_id, limit=limit, offset=offset, since=since, until=until
    )
    extra = {"count": len(rows), **({"day": day.isoformat()} if day else {})}
    audit.record(session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=actor.user_id, extra=extra)
    return checkin_reads(session, actor.user_id, rows, locale=locale), total


def list_client_checkins(
    session: Session, actor: Actor, client_id: int, *, limit: int = 30, offset: int = 0, locale: str = "en"
) -> tuple[list[CheckInRead], int]:
    """A therapist reads a client's check-ins; 404 unless linked with consent for check-ins."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows, total = CheckInRepository(session).page_for_client(actor, client_id, limit=limit, offset=offset)
    audit.record(session, actor, AuditEvent.CHECKINS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return checkin_reads(session, client_id, rows, locale=locale), total


def own_mood_points(session: Session, actor: Actor, *, since: datetime) -> list[MoodPoint]:
    """The caller's own ratings and tag words since ``since``, oldest first, for features that adapt to
    them (journal prompts). Not audited as a read: nothing of the check-ins is shown through this
    function (the prompt's reason may name a tag, to the client themself)."""
    _client_only(actor)
    rows = CheckInRepository(session).ratings_since(actor, actor.user_id, since)
    views = tags.views_by_row(TagRepository(session).for_client(actor.user_id), "en")
    links = TagRepository(session).links_for([row[0] for row in rows])
    return [
        MoodPoint(
            at=at,
            mood=mood,
            energy=energy,
            anxiety=anxiety,
            tags=tuple(views[t].word for t in links.get(checkin_id, []) if t in views),
        )
        for checkin_id, at, mood, energy, anxiety in rows
    ]


def last_checkins(session: Session, actor: Actor, client_ids: list[int]) -> dict[int, datetime]:
    return CheckInRepository(session).last_at_for_clients(actor, client_ids)


def moods_between(session: Session, client_id: int, start: datetime, end: datetime) -> list[int]:
    """For the safety rules (system reads; no user sees these through this function)."""
    return CheckInRepository(session).moods_between(client_id, start, end)


def last_checkin_at(session: Session, client_id: int) -> datetime | None:
    return CheckInRepository(session).last_at(client_id)
