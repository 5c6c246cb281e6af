"""Therapy sessions: recording them (planned, held, cancelled) and reading them, for the therapist's
pages and for the caseload and timeline (``next_sessions_for_clients``, ``sessions_for_timeline``).

A session belongs to the care the client gets from their care team: any therapist with an active link
to the client records and reads sessions, whatever the client shares otherwise; everyone else gets 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.errors import InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.notes.models import SessionStatus, TherapySession
from alongside.notes.repository import NoteRepository, SessionRepository
from alongside.notes.schemas import SessionCreate, SessionUpdate
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

HORIZON = timedelta(days=2 * 365)  # how far from today a session may be put
FALLBACK_TZ = "Europe/Amsterdam"


def access_client(session: Session, actor: Actor, client_id: int) -> CareLink:
    """The therapist's active link to the client; 404 for anyone else."""
    return care_service.access_client_link(session, actor, client_id)


def access_session(session: Session, actor: Actor, session_id: int) -> TherapySession:
    row = SessionRepository(session).get_readable(actor, session_id)
    if row is None:
        raise NotFound("No such session.")
    return row


def user_zone(session: Session, user_id: int) -> ZoneInfo:
    user = accounts_service.get_user(session, user_id)
    try:
        return ZoneInfo(user.timezone if user else FALLBACK_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(FALLBACK_TZ)


def _aware(session: Session, actor: Actor, value: datetime) -> datetime:
    """A form's "2026-11-20T14:00" means 14:00 where the therapist is."""
    return value if value.tzinfo else value.replace(tzinfo=user_zone(session, actor.user_id))


def _check_time(starts_at: datetime, now: datetime) -> None:
    if abs(starts_at - now) > HORIZON:
        raise InvalidInput("Choose a date within two years of today.", field="starts_at")


def create_session(
    session: Session, actor: Actor, client_id: int, data: SessionCreate, *, now: datetime | None = None
) -> TherapySession:
    access_client(session, actor, client_id)
    now = now or utc_now()
    starts_at = _aware(session, actor, data.starts_at)
    _check_time(starts_at, now)
    status = data.status or (SessionStatus.PLANNED if starts_at > now else SessionStatus.HELD)
    if status == SessionStatus.HELD and starts_at > now + timedelta(minutes=5):
        raise InvalidInput("A session in the future cannot have been held yet.", field="status")
    row = SessionRepository(session).add(
        TherapySession(
            client_id=client_id,
            therapist_id=actor.user_id,
            starts_at=starts_at,
            duration_minutes=data.duration_minutes,
            modality=data.modality,
            status=status,
            created_at=now,
        )
    )
    audit.record(
        session,
        actor,
        AuditEvent.SESSION_CREATED,
        subject_id=client_id,
        object_type="therapy_session",
        object_id=row.id,
        extra={"status": status.value, "modality": row.modality.value},
    )
    return row


def update_session(
    session: Session, actor: Actor, session_id: int, data: SessionUpdate, *, now: datetime | None = None
) -> TherapySession:
    """Changes only what was sent (mark a planned session held, move it, cancel it)."""
    row = access_session(session, actor, session_id)
    now = now or utc_now()
    changes = data.model_dump(exclude_unset=True)
    if changes.get("starts_at") is not None:
        starts_at = _aware(session, actor, changes["starts_at"])
        _check_time(starts_at, now)
        row.starts_at = starts_at
    for field in ("duration_minutes", "modality", "status"):
        if changes.get(field) is not None:
            setattr(row, field, changes[field])
    if row.status == SessionStatus.HELD and row.starts_at > now + timedelta(minutes=5):
        raise InvalidInput("A session in the future cannot have been held yet.", field="status")
    row.updated_at = now
    audit.record(
        session,
        actor,
        AuditEvent.SESSION_UPDATED,
        subject_id=row.client_id,
        object_type="therapy_session",
        object_id=row.id,
        extra={"fields": sorted(changes), "status": row.status.value},
    )
    return row


@dataclass(frozen=True)
class SessionItem:
    """A session with the state of its note, for lists."""

    session: TherapySession
    note_id: int | None
    note_status: str | None


def list_client_sessions(session: Session, actor: Actor, client_id: int, *, limit: int = 100) -> list[SessionItem]:
    """The client's sessions, newest first, with their note's state (audited)."""
    access_client(session, actor, client_id)
    rows = SessionRepository(session).for_client(actor, client_id, limit=limit)
    statuses = NoteRepository(session).statuses_for_sessions([r.id for r in rows])
    audit.record(session, actor, AuditEvent.SESSIONS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return [SessionItem(r, *statuses.get(r.id, (None, None))) for r in rows]


def next_sessions_for_clients(
    session: Session, actor: Actor, client_ids: list[int], *, now: datetime | None = None
) -> dict[int, TherapySession]:
    """The next planned session per client (for the caseload), in one query; clients outside the
    actor's care team are left out. Dates only, no clinical content: not audited, like the caseload's
    last check-in."""
    upcoming = SessionRepository(session).planned_after(actor, client_ids, now or utc_now())
    found: dict[int, TherapySession] = {}
    for row in upcoming:
        found.setdefault(row.client_id, row)
    return found


@dataclass(frozen=True)
class TimelineSession:
    """A session as an event on the client's timeline."""

    id: int
    at: datetime
    duration_minutes: int
    modality: str
    status: str
    url: str
    note_id: int | None
    note_status: str | None


def sessions_for_timeline(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 200,
) -> list[TimelineSession]:
    """The client's sessions between ``start`` and ``end`` (either open), newest first; 404 outside
    the care team; audited."""
    access_client(session, actor, client_id)
    rows = SessionRepository(session).for_client(actor, client_id, limit=limit, start=start, end=end)
    statuses = NoteRepository(session).statuses_for_sessions([r.id for r in rows])
    audit.record(session, actor, AuditEvent.SESSIONS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return [
        TimelineSession(
            r.id,
            r.starts_at,
            r.duration_minutes,
            r.modality.value,
            r.status.value,
            f"/sessions/{r.id}",
            *statuses.get(r.id, (None, None)),
        )
        for r in rows
    ]


def held_sessions_before(session: Session, actor: Actor, client_id: int, before: datetime) -> list[TherapySession]:
    """The two latest held sessions before ``before`` (the summary's periods); unaudited dates."""
    return SessionRepository(session).held_before(actor, client_id, before)


def next_planned(session: Session, actor: Actor, client_id: int, after: datetime) -> TherapySession | None:
    upcoming = SessionRepository(session).planned_after(actor, [client_id], after)
    return upcoming[0] if upcoming else None


def first_session_starts(session: Session, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], datetime]:
    """Unscoped, for the organisation's waiting-list figures (counts and days, no content): per
    (client, therapist), when their first session that was not cancelled starts."""
    return SessionRepository(session).first_starts(pairs)
