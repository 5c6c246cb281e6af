"""Exercise use cases: the routines (data files in ``exercises/data``), logging a session with the
client's distress before and after, reading the log (the client's own; a therapist's under the
client's check-ins consent, audited), and the routine offered after an anxious check-in."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.exercises.models import ExerciseSession
from alongside.exercises.repository import ExerciseSessionRepository
from alongside.exercises.schemas import (
    ExerciseLogRead,
    PhaseRead,
    RoutineDefinition,
    RoutineRead,
    SessionCreate,
    SessionRead,
    StepRead,
)
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

if TYPE_CHECKING:
    from alongside.checkins.models import CheckIn

DATA_DIR = Path(__file__).resolve().parent / "data"
# A check-in with anxiety at or above this (of 10) is answered with an offer of a breathing routine.
ANXIETY_THRESHOLD = 7
# Slow breathing without breath holds: gentler than box or 4-7-8 for someone who is anxious right now.
SUGGESTED_ROUTINE = "paced"
CLOCK_SKEW = timedelta(minutes=5)
MAX_DURATION = timedelta(hours=3)
BACKDATE_LIMIT = timedelta(hours=48)


# -- routines ----------------------------------------------------------------------------------------


@cache
def definitions() -> dict[str, RoutineDefinition]:
    """Every routine, validated, in display order; each file is named after its routine's id."""
    found = []
    for path in sorted(DATA_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            definition = RoutineDefinition.model_validate(json.load(handle))
        if definition.id != path.stem:
            raise ValueError(f"{path.name} holds routine {definition.id!r}")
        found.append(definition)
    return {d.id: d for d in sorted(found, key=lambda d: (d.order, d.id))}


def _read(definition: RoutineDefinition, locale: str | None) -> RoutineRead:
    lang = locale if locale in definition.text else "en"
    text = definition.text[lang]  # type: ignore[index]
    cycle = definition.cycle_seconds
    return RoutineRead(
        id=definition.id,
        kind=definition.kind,
        locale=lang,
        title=text.title,
        summary=text.summary,
        intro=text.intro,
        outro=text.outro,
        phases=[
            PhaseRead(phase=p.phase, seconds=p.seconds, label=(text.phase_labels or {})[p.phase])
            for p in definition.phases or []
        ],
        cycle_seconds=cycle,
        breaths_per_minute=round(60 / cycle, 2) if cycle else None,
        default_cycles=definition.default_cycles,
        cycle_options=definition.cycle_options or [],
        steps=[
            StepRead(title=s.text[lang].title, body=s.text[lang].body, seconds=s.seconds)  # type: ignore[index]
            for s in definition.steps or []
        ],
        default_seconds=definition.default_seconds,
    )


def list_routines(locale: str | None) -> list[RoutineRead]:
    return [_read(d, locale) for d in definitions().values()]


def routine_text(routine_id: str, locale: str | None) -> RoutineRead:
    """The routine in ``locale`` (English when we do not have that language); 404 if unknown."""
    definition = definitions().get(routine_id)
    if definition is None:
        raise NotFound("No such exercise.")
    return _read(definition, locale)


def routine_titles(locale: str | None) -> dict[str, str]:
    return {r.id: r.title for r in list_routines(locale)}


def suggest_for_checkin(checkin: CheckIn, *, locale: str | None = None) -> RoutineRead | None:
    """The breathing routine to offer after a check-in with high anxiety (≥ 7 of 10), else ``None``."""
    if checkin.anxiety is None or checkin.anxiety < ANXIETY_THRESHOLD:
        return None
    return routine_text(SUGGESTED_ROUTINE, locale)


# -- sessions ----------------------------------------------------------------------------------------


def _times(data: SessionCreate, now: datetime) -> tuple[datetime, datetime]:
    started, finished = data.started_at, data.finished_at or now
    if started.tzinfo is None or finished.tzinfo is None:
        raise InvalidInput("Give the time with its time zone.", field="started_at")
    if finished > now + CLOCK_SKEW:
        raise InvalidInput("An exercise cannot end in the future.", field="finished_at")
    if now - finished > BACKDATE_LIMIT:
        raise InvalidInput("An exercise can be logged up to 48 hours afterwards.", field="finished_at")
    if started > finished + CLOCK_SKEW:
        raise InvalidInput("An exercise cannot end before it started.", field="started_at")
    if finished - started > MAX_DURATION:
        raise InvalidInput("An exercise session can last three hours at most.", field="started_at")
    return min(started, finished), finished


def log_session(session: Session, actor: Actor, data: SessionCreate, *, now: datetime | None = None) -> ExerciseSession:
    """Store one go at a routine. The rating afterwards may be left out only when it was stopped early."""
    if not actor.is_client:
        raise Forbidden("Only clients log exercises.")
    if data.routine not in definitions():
        raise InvalidInput("No such exercise.", field="routine")
    if data.completed and data.distress_after is None:
        raise InvalidInput("Rate how you feel after the exercise.", field="distress_after")
    now = now or utc_now()
    started, finished = _times(data, now)
    row = ExerciseSessionRepository(session).add(
        ExerciseSession(
            client_id=actor.user_id,
            routine=data.routine,
            started_at=started,
            finished_at=finished,
            duration_seconds=round((finished - started).total_seconds()),
            distress_before=data.distress_before,
            distress_after=data.distress_after,
            completed=data.completed,
            created_at=now,
        )
    )
    audit.record(
        session,
        actor,
        AuditEvent.EXERCISE_SESSION_LOGGED,
        subject_id=actor.user_id,
        object_type="exercise_session",
        object_id=row.id,
        extra={"routine": row.routine, "completed": row.completed},
    )
    return row


def list_own_sessions(
    session: Session, actor: Actor, *, limit: int = 30, offset: int = 0
) -> tuple[list[ExerciseSession], int]:
    if not actor.is_client:
        raise Forbidden("Only clients log exercises.")
    rows, total = ExerciseSessionRepository(session).page_for_client(actor, actor.user_id, limit=limit, offset=offset)
    audit.record(
        session, actor, AuditEvent.EXERCISE_SESSIONS_VIEWED, subject_id=actor.user_id, extra={"count": len(rows)}
    )
    return rows, total


def list_client_sessions(
    session: Session, actor: Actor, client_id: int, *, limit: int = 30, offset: int = 0
) -> tuple[list[ExerciseSession], int]:
    """A therapist reads a client's exercise log; 404 unless linked with consent for check-ins."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows, total = ExerciseSessionRepository(session).page_for_client(actor, client_id, limit=limit, offset=offset)
    audit.record(session, actor, AuditEvent.EXERCISE_SESSIONS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return rows, total


def _log(rows: list[ExerciseSession], total: int, locale: str | None) -> ExerciseLogRead:
    items = [SessionRead.model_validate(r) for r in rows]
    changes = [i.change for i in items if i.change is not None]
    return ExerciseLogRead(
        items=items,
        total=total,
        titles=routine_titles(locale),
        rated=len(changes),
        completed=sum(i.completed for i in items),
        average_change=round(sum(changes) / len(changes), 1) if changes else None,
    )


def own_log(session: Session, actor: Actor, *, locale: str | None = None, limit: int = 50) -> ExerciseLogRead:
    """The client's recent sessions with the change in distress (audited as a read of their log)."""
    rows, total = list_own_sessions(session, actor, limit=limit)
    return _log(rows, total, locale or actor.locale)


def client_log(
    session: Session, actor: Actor, client_id: int, *, locale: str | None = None, limit: int = 10
) -> ExerciseLogRead:
    """For the therapist's client page: 404 unless the client shares check-ins; audited."""
    rows, total = list_client_sessions(session, actor, client_id, limit=limit)
    return _log(rows, total, locale or actor.locale)


def client_sessions_between(
    session: Session, actor: Actor, client_id: int, start: datetime, end: datetime
) -> list[ExerciseSession]:
    """A therapist reads a client's exercise sessions of a window (the timeline), newest first; 404
    unless linked with consent for check-ins; audited."""
    care_service.access_client_scope(session, actor, client_id, Scope.CHECKINS)
    rows = ExerciseSessionRepository(session).between_for_client(actor, client_id, start, end)
    audit.record(session, actor, AuditEvent.EXERCISE_SESSIONS_VIEWED, subject_id=client_id, extra={"count": len(rows)})
    return rows


def exercise_days(
    session: Session, actor: Actor, client_id: int, start: datetime, end: datetime, tz: tzinfo
) -> dict[date, int]:
    """How many routines the client did on each local day of [start, end) (days with none are absent),
    for the insights engine. The client reads their own; a therapist needs consent for check-ins;
    404 otherwise; audited."""
    care_service.access_own_or_shared(session, actor, client_id, Scope.CHECKINS)
    rows = ExerciseSessionRepository(session).between_for_client(actor, client_id, start, end)
    extra = {"view": "daily", "count": len(rows)}
    audit.record(session, actor, AuditEvent.EXERCISE_SESSIONS_VIEWED, subject_id=client_id, extra=extra)
    counts: dict[date, int] = {}
    for row in rows:
        day = row.started_at.astimezone(tz).date()
        counts[day] = counts.get(day, 0) + 1
    return counts
