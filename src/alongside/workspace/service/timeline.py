"""The client page's timeline: typed items from every domain the client shares, one window at a time.

Each source is one function ``(session, actor, client_id, start, end) -> list[TimelineItem]`` in
``SOURCES``, with the consent scope it needs (``None``: the care team sees it whatever the client
shares — the care plan, made together, and risk alerts). A new source (the notes domain's therapy
sessions: kind ``"session"``) is one function and one line in ``SOURCES``.

A window is ``WINDOW_DAYS`` days ending at ``before`` (default now), so a client with two years of
daily check-ins costs the same as one with two weeks; "older" moves the window back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.careplan import service as careplan_service
from alongside.checkins import service as checkins_service
from alongside.exercises import service as exercises_service
from alongside.journal import service as journal_service
from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.workspace.schemas import TimelineItem, TimelineKind, TimelineRead

WINDOW_DAYS = 90

Read = Callable[[Session, Actor, int, datetime, datetime], list[TimelineItem]]


@dataclass(frozen=True)
class Source:
    scope: Scope | None
    read: Read


def _checkins(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    return [
        TimelineItem(
            kind="checkin",
            at=c.at,
            title="",
            detail=c.note,
            level=c.risk_level if c.risk_level not in (None, "none") else None,
            values={"mood": c.mood, "energy": c.energy, "anxiety": c.anxiety},
        )
        for c in checkins_service.checkins_between(session, actor, client_id, start, end)
    ]


def _journal(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    entries = journal_service.client_entries_between(session, actor, client_id, start, end)
    records = journal_service.thought_record_views(entries, actor.locale or "en")
    items = []
    for entry in entries:
        view = records.get(entry.id)
        items.append(
            TimelineItem(
                kind="journal",
                at=entry.written_at,
                title=entry.title or "",
                detail=None if view else entry.body,
                ref_id=entry.id,
                level=entry.risk_level if entry.risk_level not in (None, "none") else None,
                record={**view.record.model_dump(), "emotion_label": view.emotion} if view else None,
            )
        )
    return items


def _questionnaires(
    session: Session, actor: Actor, client_id: int, start: datetime, end: datetime
) -> list[TimelineItem]:
    names = {code: scale["name"] for code, scale in questionnaires_service.scales().items()}
    return [
        TimelineItem(
            kind="questionnaire",
            at=r.completed_at,
            title=names.get(r.instrument, r.instrument),
            ref_id=r.id,
            values={
                "instrument": r.instrument,
                "total": r.total,
                "band": r.band,
                "change": points,
                "reliable": reliable,
                "item9": r.answer(9) if r.instrument == "phq9" else None,
            },
        )
        for r, points, reliable in questionnaires_service.client_results_between(session, actor, client_id, start, end)
    ]


def _exercises(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    titles = exercises_service.routine_titles(actor.locale)
    return [
        TimelineItem(
            kind="exercise",
            at=s.started_at,
            title=titles.get(s.routine, s.routine),
            values={
                "before": s.distress_before,
                "after": s.distress_after,
                "completed": int(s.completed),
                "minutes": round(s.duration_seconds / 60),
            },
        )
        for s in exercises_service.client_sessions_between(session, actor, client_id, start, end)
    ]


def _homework(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    done = careplan_service.completions_between(session, actor, client_id, start.date(), end.date())
    return [
        TimelineItem(
            kind="homework",
            # A completion is a day; it sorts at the moment it was marked (or the day's noon if later).
            at=min(c.recorded_at, datetime.combine(c.done_on, datetime.min.time(), start.tzinfo) + timedelta(hours=12)),
            title=c.title,
            ref_id=c.homework_id,
            href=f"/clients/{client_id}/care-plan#careplan-heading",
            values={"done_on": c.done_on.isoformat(), "kind": c.kind},
        )
        for c in done
    ]


def _alerts(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    return [
        TimelineItem(
            kind="alert",
            at=a.created_at,
            title="",
            level=a.level,
            ref_id=a.id,
            href=f"/alerts/{a.id}",
            values={"status": a.status.value},
        )
        for a in safety_service.client_alerts(session, actor, client_id, since=start)
        if start <= a.created_at < end
    ]


def _sessions(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime) -> list[TimelineItem]:
    return [
        TimelineItem(
            kind="session",
            at=s.at,
            title="",
            ref_id=s.id,
            href=s.url,
            values={
                "minutes": s.duration_minutes,
                "modality": s.modality,
                "status": s.status,
                "note_status": s.note_status,
            },
        )
        for s in notes_service.sessions_for_timeline(session, actor, client_id, start=start, end=end)
    ]


# The order is the filter's order on the page.
SOURCES: dict[TimelineKind, Source] = {
    "checkin": Source(Scope.CHECKINS, _checkins),
    "journal": Source(Scope.JOURNAL, _journal),
    "questionnaire": Source(Scope.QUESTIONNAIRES, _questionnaires),
    "exercise": Source(Scope.CHECKINS, _exercises),
    "homework": Source(None, _homework),
    "alert": Source(None, _alerts),
    "session": Source(None, _sessions),
}


def client_timeline(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    before: datetime | None = None,
    kinds: list[str] | None = None,
    days: int = WINDOW_DAYS,
    now: datetime | None = None,
) -> TimelineRead:
    """What happened in the ``days`` before ``before`` (default now), newest first, of the ``kinds``
    asked for (default every kind the client shares); 404 outside the care team. Each source audits
    its own read."""
    link = care_service.access_client_link(session, actor, client_id)
    now = now or utc_now()
    end = min(before, now) if before else now
    start = end - timedelta(days=days)
    available = [kind for kind, source in SOURCES.items() if source.scope is None or link.allows(source.scope)]
    shown = [kind for kind in available if kinds is None or kind in kinds]
    items = [item for kind in shown for item in SOURCES[kind].read(session, actor, client_id, start, end)]
    items.sort(key=lambda item: item.at, reverse=True)
    return TimelineRead(
        client_id=client_id,
        start=start,
        end=end,
        kinds=shown,
        available=available,
        items=items,
        older=start if start > link.client.created_at else None,
    )
