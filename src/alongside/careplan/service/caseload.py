"""Adherence of many clients at once, for the therapist's caseload: this week's (in progress) and
last week's (complete), in a constant number of queries whatever the number of clients.

Homework completions of a timeline window are read here too (days and titles, never the notes).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.careplan.repository import CompletionRepository, HomeworkRepository
from alongside.careplan.service import adherence
from alongside.careplan.service.plan import access_plan_client
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


@dataclass(frozen=True)
class WeekAdherence:
    this_week: adherence.Adherence
    last_week: adherence.Adherence
    week_start: date  # this week's Monday in the client's time zone


def adherence_for_clients(
    session: Session, actor: Actor, timezones: dict[int, str | None], *, now: datetime | None = None
) -> dict[int, WeekAdherence]:
    """Per client with running homework in a plan the actor may read: this and last week's adherence.
    Clients without homework are absent. Two queries for any number of clients; the caller audits."""
    now = now or utc_now()
    homework = HomeworkRepository(session).active_plans_for_clients(actor, list(timezones))
    if not homework:
        return {}
    mondays = {cid: adherence.week_start(adherence.client_today(now, tz)) for cid, tz in timezones.items()}
    first_day = min(mondays.values()) - timedelta(weeks=1)
    days: dict[int, list[date]] = defaultdict(list)
    for homework_id, done_on in CompletionRepository(session).days_since([h[0] for h in homework], first_day):
        days[homework_id].append(done_on)
    this_week: dict[int, list[adherence.Adherence]] = defaultdict(list)
    last_week: dict[int, list[adherence.Adherence]] = defaultdict(list)
    for homework_id, client_id, per_week, start, end in homework:
        plan = adherence.Plan(per_week, start, end, True)
        monday = mondays[client_id]
        this_week[client_id].append(adherence.week_adherence(plan, days[homework_id], monday))
        previous = monday - timedelta(weeks=1)
        last_week[client_id].append(adherence.week_adherence(plan, days[homework_id], previous))
    return {
        cid: WeekAdherence(adherence.total(this_week[cid]), adherence.total(last_week[cid]), mondays[cid])
        for cid in this_week
    }


@dataclass(frozen=True)
class CompletionEvent:
    done_on: date
    recorded_at: datetime
    homework_id: int
    title: str
    kind: str


def completions_between(
    session: Session, actor: Actor, client_id: int, first_day: date, last_day: date
) -> list[CompletionEvent]:
    """A therapist reads the days a client did homework in a window (the timeline), newest first,
    without the client's notes; 404 outside the care team; audited as a read of the care plan."""
    access_plan_client(session, actor, client_id)
    rows = CompletionRepository(session).between_for_client(actor, client_id, first_day, last_day)
    audit.record(
        session,
        actor,
        AuditEvent.CARE_PLAN_VIEWED,
        subject_id=client_id,
        extra={"completions": len(rows), "from": first_day.isoformat(), "to": last_day.isoformat()},
    )
    return [CompletionEvent(*row) for row in rows]


def homework_done_days(
    session: Session, actor: Actor, client_id: int, first_day: date, last_day: date
) -> dict[date, int]:
    """How many homework tasks the client marked done on each day of a window (days with none are
    absent), for the insights engine. The client reads their own; a therapist in the care team too;
    404 for anyone else; audited as a read of the care plan."""
    if not (actor.is_client and actor.user_id == client_id):
        access_plan_client(session, actor, client_id)
    rows = CompletionRepository(session).between_for_client(actor, client_id, first_day, last_day)
    audit.record(
        session,
        actor,
        AuditEvent.CARE_PLAN_VIEWED,
        subject_id=client_id,
        extra={"view": "daily", "completions": len(rows), "from": first_day.isoformat(), "to": last_day.isoformat()},
    )
    counts: dict[date, int] = defaultdict(int)
    for row in rows:
        counts[row[0]] += 1
    return dict(counts)
