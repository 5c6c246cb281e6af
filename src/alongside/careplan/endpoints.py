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
    PushDevices,
    PushSubscriptionCreate,
    PushSubscriptionDelete,
    ReminderInbox,
    ReminderOpened,
    ReminderPreferencesRead,
    ReminderPreferencesUpdate,
    ReminderRead,
    ReminderRuleCreate,
    ReminderRuleRead,
    ReminderRuleUpdate,
    ReminderSettingsRead,
    SnoozeCreate,
)

router = APIRouter(prefix="/api", tags=["care plan"])
REMINDERS = ["reminders"]


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


# --------------------------------------------------------------------------------------------
# Reminders: the client's own (404 for everyone else)
# --------------------------------------------------------------------------------------------


@router.get("/reminders", response_model=ReminderInbox, tags=REMINDERS)
def own_reminders(session: SessionDep, actor: ClientActor):
    """Open reminders (sent in the last day, not yet done) and the last 14 days with what is planned:
    planned, sent, opened and answered times of each."""
    return service.own_reminders(session, actor)


@router.get("/reminders/settings", response_model=ReminderSettingsRead, tags=REMINDERS)
def reminder_settings(session: SessionDep, actor: ClientActor):
    """Your rules with the next time each comes, quiet hours, e-mail, web push, and suggestions."""
    return service.reminder_settings(session, actor)


@router.put("/reminders/preferences", response_model=ReminderPreferencesRead, tags=REMINDERS)
def update_preferences(session: SessionDep, actor: ClientActor, data: ReminderPreferencesUpdate):
    """Quiet hours (both times or neither; may cross midnight): a reminder in them comes at their end
    if that is within its expiry window, else not at all."""
    return service.update_preferences(session, actor, data)


@router.post("/reminders/rules", response_model=ReminderRuleRead, status_code=201, tags=REMINDERS)
def create_rule(session: SessionDep, actor: ClientActor, data: ReminderRuleCreate):
    return service.describe_rule(session, actor, service.create_rule(session, actor, data))


@router.patch("/reminders/rules/{rule_id}", response_model=ReminderRuleRead, tags=REMINDERS)
def update_rule(session: SessionDep, actor: ClientActor, rule_id: int, data: ReminderRuleUpdate):
    """Only the fields sent change; ``enabled: false`` turns it off."""
    return service.describe_rule(session, actor, service.update_rule(session, actor, rule_id, data))


@router.delete("/reminders/rules/{rule_id}", status_code=204, tags=REMINDERS)
def delete_rule(session: SessionDep, actor: ClientActor, rule_id: int) -> None:
    """The rule and its unsent reminders go; the history of sent ones stays."""
    service.delete_rule(session, actor, rule_id)


@router.post("/reminders/{reminder_id}/open", response_model=ReminderOpened, tags=REMINDERS)
def open_reminder(session: SessionDep, actor: ClientActor, reminder_id: int):
    """Record that the reminder was opened (the first time counts); answers the page it leads to."""
    return ReminderOpened(url=service.open_reminder(session, actor, reminder_id))


@router.post("/reminders/{reminder_id}/snooze", response_model=ReminderRead, tags=REMINDERS)
def snooze_reminder(session: SessionDep, actor: ClientActor, reminder_id: int, data: SnoozeCreate):
    """Send it once more in 10, 30 or 60 minutes; once per reminder (409 after that)."""
    return service.describe_reminder(service.snooze_reminder(session, actor, reminder_id, data.minutes))


@router.post("/reminders/push-subscriptions", response_model=PushDevices, status_code=201, tags=REMINDERS)
def add_push_subscription(session: SessionDep, actor: ClientActor, data: PushSubscriptionCreate):
    """Web push for this browser (the body is ``PushSubscription.toJSON()``); 409 when the server has
    no VAPID keys."""
    return PushDevices(devices=service.add_push_subscription(session, actor, data))


@router.delete("/reminders/push-subscriptions", response_model=PushDevices, tags=REMINDERS)
def remove_push_subscription(session: SessionDep, actor: ClientActor, data: PushSubscriptionDelete):
    return PushDevices(devices=service.remove_push_subscription(session, actor, data.endpoint))
