from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.careplan import service
from alongside.careplan.schemas import (
    CarePlanRead,
    CompletionCreate,
    CompletionRead,
    GoalCreate,
    GoalRead,
    GoalUpdate,
    HomeworkCreate,
    HomeworkRead,
    HomeworkUpdate,
)

router = APIRouter(prefix="/api", tags=["care plan"])


@router.get("/care-plan", response_model=CarePlanRead)
def own_care_plan(session: SessionDep, actor: ClientActor):
    """Your goals, your homework with this week's adherence, and the last 8 weeks."""
    return service.own_care_plan(session, actor)


@router.post("/care-plan/homework/{homework_id}/completions", response_model=CompletionRead, status_code=201)
def mark_done(session: SessionDep, actor: ClientActor, homework_id: int, data: CompletionCreate):
    """Mark homework done today (or a day up to 7 days back). Once per day: a second mark is 409."""
    return service.mark_done(session, actor, homework_id, data)


@router.delete("/care-plan/homework/{homework_id}/completions/{done_on}", status_code=204)
def unmark_done(session: SessionDep, actor: ClientActor, homework_id: int, done_on: date) -> None:
    """Undo a mark, on the day it was made."""
    service.unmark_done(session, actor, homework_id, done_on)


@router.get("/clients/{client_id}/care-plan", response_model=CarePlanRead)
def client_care_plan(session: SessionDep, actor: TherapistActor, client_id: int):
    """A client's plan and adherence (their notes stay with them)."""
    return service.client_care_plan(session, actor, client_id)


@router.post("/clients/{client_id}/care-plan/goals", response_model=GoalRead, status_code=201)
def create_goal(session: SessionDep, actor: TherapistActor, client_id: int, data: GoalCreate):
    return service.create_goal(session, actor, client_id, data)


@router.patch("/clients/{client_id}/care-plan/goals/{goal_id}", response_model=GoalRead)
def update_goal(session: SessionDep, actor: TherapistActor, client_id: int, goal_id: int, data: GoalUpdate):
    return service.update_goal(session, actor, client_id, goal_id, data)


@router.post("/clients/{client_id}/care-plan/homework", response_model=HomeworkRead, status_code=201)
def create_homework(session: SessionDep, actor: TherapistActor, client_id: int, data: HomeworkCreate):
    """``schedule`` is ``"daily"`` or 1–7 (times a week); the start date defaults to the client's today."""
    return service.create_homework(session, actor, client_id, data)


@router.patch("/clients/{client_id}/care-plan/homework/{homework_id}", response_model=HomeworkRead)
def update_homework(session: SessionDep, actor: TherapistActor, client_id: int, homework_id: int, data: HomeworkUpdate):
    """Only the fields sent change. An end date stops it and keeps its history; ``active: false``
    takes it off the plan altogether."""
    return service.update_homework(session, actor, client_id, homework_id, data)
