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
