"""Helpers for the care-plan tests: a fixed clock and a plan for Cleo, made by her therapist Otto."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from alongside.accounts.actor import Actor
from alongside.careplan import service
from alongside.careplan.schemas import GoalCreate, HomeworkCreate

# Wednesday 25 November 2026, 12:00 in Amsterdam (ISO week 48; its Monday is the 23rd).
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
MONDAY = date(2026, 11, 23)


@pytest.fixture
def otto(personas) -> Actor:
    return personas.actor("outsider_therapist")  # Cleo's therapist; outside Ben's care team


@pytest.fixture
def cleo(personas) -> Actor:
    return personas.actor("client_cleo")


@pytest.fixture
def cleo_plan(session, personas, otto):
    """A goal, a daily walk from last Monday, and a thought record three times a week from this Thursday."""
    cleo_id = personas.client_cleo.id
    goal = service.create_goal(
        session, otto, cleo_id, GoalCreate(title="Sleep better", description="Cleo's private wording"), now=NOW
    )
    walk = service.create_homework(
        session,
        otto,
        cleo_id,
        HomeworkCreate(title="A 20-minute walk", kind="walk", schedule="daily", start_date=date(2026, 11, 16)),
        now=NOW,
    )
    record = service.create_homework(
        session,
        otto,
        cleo_id,
        HomeworkCreate(
            title="Thought record", kind="thought_record", schedule=3, goal_id=goal.id, start_date=date(2026, 11, 26)
        ),
        now=NOW,
    )
    session.commit()
    return goal, walk, record


# --------------------------------------------------------------------------------------------
# Reminders
# --------------------------------------------------------------------------------------------

from collections.abc import Callable  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

from sqlalchemy import select  # noqa: E402

from alongside.careplan.models import ReminderDelivery, ReminderOccurrence  # noqa: E402
from alongside.careplan.schemas import ReminderRuleCreate  # noqa: E402

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def occurrences(session, client_id: int, **where) -> list[ReminderOccurrence]:  # noqa: ANN001, ANN003
    """All of a client's reminders, oldest first, read fresh from the database."""
    session.flush()
    session.expire_all()
    query = select(ReminderOccurrence).where(ReminderOccurrence.client_id == client_id)
    for name, value in where.items():
        query = query.where(getattr(ReminderOccurrence, name) == value)
    return list(session.scalars(query.order_by(ReminderOccurrence.planned_at, ReminderOccurrence.id)))


def deliveries(session, occurrence_id: int | None = None) -> list[ReminderDelivery]:  # noqa: ANN001
    session.flush()
    session.expire_all()
    query = select(ReminderDelivery)
    if occurrence_id is not None:
        query = query.where(ReminderDelivery.occurrence_id == occurrence_id)
    return list(session.scalars(query.order_by(ReminderDelivery.id)))


@pytest.fixture
def set_zone(session, personas) -> Callable[[str], None]:
    """Move Cleo to another time zone (as an account setting would)."""

    def _set(name: str) -> None:
        personas.client_cleo.timezone = name
        session.flush()

    return _set


@pytest.fixture
def add_rule(session, cleo):
    """Cleo sets a reminder (default: a daily check-in at 20:00) at ``now``."""
    from alongside.careplan import service as careplan_service

    def _add(now: datetime, rng=None, **fields):  # noqa: ANN001, ANN003
        data = ReminderRuleCreate(**{"kind": "checkin", "times": ["20:00"], **fields})
        rule = careplan_service.create_rule(session, cleo, data, now=now, rng=rng)
        session.flush()
        return rule

    return _add
