"""Reading a care plan: the client's own, a therapist's view of a client's, and the summary other
domains (the companion, the prompt engine) read through ``active_plan_for``.

Adherence is computed from the completions of the last 8 weeks in one query per plan.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.careplan.models import Goal, Homework, HomeworkCompletion
from alongside.careplan.repository import CompletionRepository, GoalRepository, HomeworkRepository
from alongside.careplan.schemas import (
    AdherenceRead,
    CarePlanRead,
    CarePlanSummary,
    CompletionRead,
    GoalRead,
    GoalSummary,
    HomeworkRead,
    HomeworkStatus,
    HomeworkSummary,
    WeekRead,
)
from alongside.careplan.service import adherence
from alongside.careplan.service.completions import BACKDATE_DAYS
from alongside.careplan.service.plan import access_plan_client, today_for_client
from alongside.errors import NotFound
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


def plan_of(homework: Homework) -> adherence.Plan:
    return adherence.Plan(homework.times_per_week, homework.start_date, homework.end_date, homework.active)


def state_of(homework: Homework, today: date) -> str:
    """running | upcoming | ended | inactive, for grouping on the pages."""
    if not homework.active:
        return "inactive"
    if homework.start_date > today:
        return "upcoming"
    if homework.end_date is not None and homework.end_date < today:
        return "ended"
    return "running"


def _adherence_read(value: adherence.Adherence) -> AdherenceRead:
    return AdherenceRead(done=value.done, planned=value.planned, percent=value.percent)


def _week_read(monday: date, value: adherence.Adherence) -> WeekRead:
    iso = monday.isocalendar()
    return WeekRead(
        week_start=monday,
        iso_year=iso.year,
        iso_week=iso.week,
        done=value.done,
        planned=value.planned,
        percent=value.percent,
    )


def _days_by_homework(completions: list[HomeworkCompletion]) -> dict[int, list[HomeworkCompletion]]:
    by_homework: dict[int, list[HomeworkCompletion]] = defaultdict(list)
    for completion in completions:  # newest first, as the repository returns them
        by_homework[completion.homework_id].append(completion)
    return by_homework


def build_plan(
    client_id: int,
    today: date,
    goals: list[Goal],
    homework: list[Homework],
    completions: list[HomeworkCompletion],
    *,
    with_notes: bool,
) -> CarePlanRead:
    """The plan with adherence per homework and per week. Notes only for the client's own view:
    the therapist sees what was done, not what the client wrote about it."""
    mondays = adherence.history_weeks(today)
    by_homework = _days_by_homework(completions)
    recent_from = today - timedelta(days=BACKDATE_DAYS)
    weekly: dict[date, list[adherence.Adherence]] = defaultdict(list)
    rows = []
    for item in homework:
        done = by_homework.get(item.id, [])
        days = [c.done_on for c in done]
        per_week = [adherence.week_adherence(plan_of(item), days, monday) for monday in mondays]
        for monday, value in zip(mondays, per_week, strict=True):
            weekly[monday].append(value)
        recent = [
            CompletionRead.model_validate(c).model_copy(update={} if with_notes else {"note": None})
            for c in done
            if c.done_on >= recent_from
        ]
        rows.append(
            HomeworkStatus(
                homework=HomeworkRead.model_validate(item),
                state=state_of(item, today),
                this_week=_adherence_read(per_week[-1]),
                weeks=[_week_read(m, v) for m, v in zip(mondays, per_week, strict=True)],
                done_today=today in days,
                done_on=days,
                completions=recent,
            )
        )
    weeks = [_week_read(monday, adherence.total(weekly[monday])) for monday in mondays]
    return CarePlanRead(
        client_id=client_id,
        today=today,
        goals=[GoalRead.model_validate(g) for g in goals],
        homework=rows,
        this_week=weeks[-1],
        weeks=weeks,
    )


def _read_plan(
    session: Session, actor: Actor, client_id: int, now: datetime | None, *, with_notes: bool
) -> CarePlanRead:
    today = today_for_client(session, client_id, now)
    goals = GoalRepository(session).for_client(actor, client_id)
    homework = HomeworkRepository(session).for_client(actor, client_id)
    first_day = adherence.history_weeks(today)[0]
    completions = CompletionRepository(session).since([h.id for h in homework], first_day)
    audit.record(
        session,
        actor,
        AuditEvent.CARE_PLAN_VIEWED,
        subject_id=client_id,
        extra={"goals": len(goals), "homework": len(homework)},
    )
    return build_plan(client_id, today, goals, homework, completions, with_notes=with_notes)


def own_care_plan(session: Session, actor: Actor, *, now: datetime | None = None) -> CarePlanRead:
    """The client's own plan, with their notes of the past week (a read of clinical data: audited)."""
    if not actor.is_client:
        raise NotFound()
    return _read_plan(session, actor, actor.user_id, now, with_notes=True)


def client_care_plan(session: Session, actor: Actor, client_id: int, *, now: datetime | None = None) -> CarePlanRead:
    """A therapist's view of a client in their active care team (audited; 404 otherwise)."""
    access_plan_client(session, actor, client_id)
    return _read_plan(session, actor, client_id, now, with_notes=False)


def active_plan_for(session: Session, client_id: int, *, now: datetime | None = None) -> CarePlanSummary:
    """The client's active goals and running homework with this week's adherence, for the companion
    and the prompt engine.

    A system read on the client's behalf (the companion talks to the client about their own plan),
    so it is not scoped to an actor and not audited; callers must only use it in a conversation with
    that client. It holds titles and numbers only: goal descriptions and completion notes never
    leave the care plan this way. Empty lists when the client has no plan.
    """
    today = today_for_client(session, client_id, now)
    monday = adherence.week_start(today)
    goals = GoalRepository(session).active_for_client(client_id)
    running = [h for h in HomeworkRepository(session).active_for_client(client_id) if state_of(h, today) == "running"]
    completions = CompletionRepository(session).since([h.id for h in running], monday)
    by_homework = _days_by_homework(completions)
    items, week = [], []
    for item in running:
        days = [c.done_on for c in by_homework.get(item.id, [])]
        value = adherence.week_adherence(plan_of(item), days, monday)
        week.append(value)
        items.append(
            HomeworkSummary(
                id=item.id,
                title=item.title,
                kind=item.kind,
                goal_id=item.goal_id,
                daily=item.daily,
                times_per_week=item.times_per_week,
                preferred_time=item.preferred_time,
                done_this_week=value.done,
                planned_this_week=value.planned,
                percent_this_week=value.percent,
                done_today=today in days,
            )
        )
    total = adherence.total(week)
    return CarePlanSummary(
        client_id=client_id,
        today=today,
        week_start=monday,
        goals=[GoalSummary(id=g.id, title=g.title) for g in goals],
        homework=items,
        done_this_week=total.done,
        planned_this_week=total.planned,
        percent_this_week=total.percent,
    )
