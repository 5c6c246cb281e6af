"""Goals and homework: the therapist in the client's active care team sets and edits them.

A care plan is made together, so no consent scope is needed beyond the active care link; every
write is audited like any other change to clinical data.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care import service as care_service
from alongside.careplan.models import Goal, Homework
from alongside.careplan.repository import GoalRepository, HomeworkRepository
from alongside.careplan.schemas import GoalCreate, GoalUpdate, HomeworkCreate, HomeworkUpdate
from alongside.careplan.service.adherence import client_today
from alongside.errors import InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


def client_timezone(session: Session, client_id: int) -> str | None:
    user = accounts_service.get_user(session, client_id)
    return user.timezone if user else None


def today_for_client(session: Session, client_id: int, now: datetime | None = None) -> date:
    """Today in the client's own time zone."""
    return client_today(now or utc_now(), client_timezone(session, client_id))


def access_plan_client(session: Session, actor: Actor, client_id: int) -> User:
    """The client, for a therapist in their active care team; 404 for anyone else (existence not
    revealed). No consent scope: a care plan is made together."""
    return care_service.access_client_link(session, actor, client_id).client


def access_goal(session: Session, actor: Actor, client_id: int, goal_id: int) -> Goal:
    goal = GoalRepository(session).get_readable(actor, client_id, goal_id)
    if goal is None:
        raise NotFound("No such goal.")
    return goal


def access_homework(session: Session, actor: Actor, client_id: int, homework_id: int) -> Homework:
    homework = HomeworkRepository(session).get_readable(actor, client_id, homework_id)
    if homework is None:
        raise NotFound("No such homework.")
    return homework


def client_goals(session: Session, actor: Actor, client_id: int) -> list[Goal]:
    """The client's goals, for choosing the one a homework serves (the plan read that shows them
    is audited by its caller)."""
    access_plan_client(session, actor, client_id)
    return GoalRepository(session).for_client(actor, client_id)


def read_goal(session: Session, actor: Actor, client_id: int, goal_id: int) -> Goal:
    """A goal to edit: a read of the description, audited."""
    access_plan_client(session, actor, client_id)
    goal = access_goal(session, actor, client_id, goal_id)
    audit.record(
        session,
        actor,
        AuditEvent.CARE_PLAN_VIEWED,
        subject_id=client_id,
        object_type="careplan_goal",
        object_id=goal.id,
    )
    return goal


def read_homework(session: Session, actor: Actor, client_id: int, homework_id: int) -> Homework:
    """A homework to edit, audited like any read of the plan."""
    access_plan_client(session, actor, client_id)
    homework = access_homework(session, actor, client_id, homework_id)
    audit.record(
        session,
        actor,
        AuditEvent.CARE_PLAN_VIEWED,
        subject_id=client_id,
        object_type="careplan_homework",
        object_id=homework.id,
    )
    return homework


def _audit(session: Session, actor: Actor, event: AuditEvent, row: Goal | Homework, extra: dict[str, Any]) -> None:
    object_type = "careplan_goal" if isinstance(row, Goal) else "careplan_homework"
    audit.record(
        session, actor, event, subject_id=row.client_id, object_type=object_type, object_id=row.id, extra=extra
    )


def create_goal(
    session: Session, actor: Actor, client_id: int, data: GoalCreate, *, now: datetime | None = None
) -> Goal:
    access_plan_client(session, actor, client_id)
    goal = GoalRepository(session).add(
        Goal(
            client_id=client_id,
            therapist_id=actor.user_id,
            title=data.title,
            description=data.description or None,
            status=data.status,
            created_at=now or utc_now(),
        )
    )
    _audit(session, actor, AuditEvent.GOAL_CREATED, goal, {"status": goal.status.value})
    return goal


def update_goal(
    session: Session, actor: Actor, client_id: int, goal_id: int, data: GoalUpdate, *, now: datetime | None = None
) -> Goal:
    access_plan_client(session, actor, client_id)
    goal = access_goal(session, actor, client_id, goal_id)
    changes = data.model_dump(exclude_unset=True)
    for field in ("title", "status"):
        if changes.get(field) is not None:
            setattr(goal, field, changes[field])
    if "description" in changes:
        goal.description = changes["description"] or None
    goal.updated_at = now or utc_now()
    _audit(session, actor, AuditEvent.GOAL_UPDATED, goal, {"fields": sorted(changes), "status": goal.status.value})
    return goal


def _schedule(value: str | int) -> tuple[bool, int]:
    """(daily, times per week) from the schema's ``"daily"`` or 1–7."""
    return (True, 7) if value == "daily" else (False, int(value))


def _check_goal(session: Session, actor: Actor, client_id: int, goal_id: int | None) -> None:
    if goal_id is not None and GoalRepository(session).get_readable(actor, client_id, goal_id) is None:
        raise InvalidInput("Choose one of this client's goals.", field="goal_id")


def create_homework(
    session: Session, actor: Actor, client_id: int, data: HomeworkCreate, *, now: datetime | None = None
) -> Homework:
    """Starts today in the client's time zone unless a start date is given."""
    access_plan_client(session, actor, client_id)
    _check_goal(session, actor, client_id, data.goal_id)
    start = data.start_date or today_for_client(session, client_id, now)
    if data.end_date is not None and data.end_date < start:
        raise InvalidInput("The end date cannot be before the start date.", field="end_date")
    daily, per_week = _schedule(data.schedule)
    homework = HomeworkRepository(session).add(
        Homework(
            client_id=client_id,
            therapist_id=actor.user_id,
            goal_id=data.goal_id,
            title=data.title,
            kind=data.kind,
            daily=daily,
            times_per_week=per_week,
            preferred_time=data.preferred_time,
            start_date=start,
            end_date=data.end_date,
            active=data.active,
            created_at=now or utc_now(),
        )
    )
    _audit(session, actor, AuditEvent.HOMEWORK_CREATED, homework, {"times_per_week": per_week, "daily": daily})
    return homework


def update_homework(
    session: Session,
    actor: Actor,
    client_id: int,
    homework_id: int,
    data: HomeworkUpdate,
    *,
    now: datetime | None = None,
) -> Homework:
    """Changes only what was sent. To stop homework and keep its history, set an end date; making it
    inactive takes it off the plan, and out of adherence, altogether."""
    access_plan_client(session, actor, client_id)
    homework = access_homework(session, actor, client_id, homework_id)
    changes = data.model_dump(exclude_unset=True)
    if "goal_id" in changes:
        _check_goal(session, actor, client_id, changes["goal_id"])
        homework.goal_id = changes["goal_id"]
    for field in ("title", "kind", "start_date", "active"):
        if changes.get(field) is not None:
            setattr(homework, field, changes[field])
    for field in ("end_date", "preferred_time"):
        if field in changes:
            setattr(homework, field, changes[field])
    if changes.get("schedule") is not None:
        homework.daily, homework.times_per_week = _schedule(changes["schedule"])
    if homework.end_date is not None and homework.end_date < homework.start_date:
        raise InvalidInput("The end date cannot be before the start date.", field="end_date")
    homework.updated_at = now or utc_now()
    _audit(session, actor, AuditEvent.HOMEWORK_UPDATED, homework, {"fields": sorted(changes)})
    return homework
