"""Care-plan use cases: goals and homework (therapist), marking homework done (client), reading the
plan with weekly adherence, and ``active_plan_for`` for other domains.

For the companion and the prompt engine: call ``active_plan_for(session, client_id)`` to get a
``CarePlanSummary`` (schemas.py) of the client's active goals and the homework running this week,
with this week's adherence ("3 of 5", percent) and whether it is done today. It carries titles and
numbers only, never goal descriptions or the client's notes, and it is a system read (unscoped, not
audited): use it only inside a conversation with that same client.

Reminders (reminder_*.py, reminders.py): the client's rules and settings, the planning and dispatch
jobs, and ``record_reminder_answered`` — checkins, questionnaires and the care plan call it when the
client does what a reminder asked for (see reminders.py).
"""

from alongside.careplan.service.adherence import HISTORY_WEEKS, Adherence, client_today, week_start
from alongside.careplan.service.caseload import (
    CompletionEvent,
    WeekAdherence,
    adherence_for_clients,
    completions_between,
    homework_done_days,
)
from alongside.careplan.service.completions import BACKDATE_DAYS, mark_done, own_homework, unmark_done
from alongside.careplan.service.overview import active_plan_for, client_care_plan, own_care_plan, state_of
from alongside.careplan.service.plan import (
    access_goal,
    access_homework,
    access_plan_client,
    client_goals,
    create_goal,
    create_homework,
    read_goal,
    read_homework,
    today_for_client,
    update_goal,
    update_homework,
)
from alongside.careplan.service.reminder_dispatch import claim_delivery, dispatch_due, send_delivery
from alongside.careplan.service.reminder_planning import plan_reminders
from alongside.careplan.service.reminder_settings import (
    access_rule,
    add_push_subscription,
    create_rule,
    delete_rule,
    describe_rule,
    reminder_settings,
    remove_push_subscription,
    update_preferences,
    update_rule,
)
from alongside.careplan.service.reminders import (
    access_reminder,
    describe_reminder,
    open_reminder,
    open_reminders,
    own_reminders,
    record_reminder_answered,
    snooze_reminder,
)

__all__ = [
    "homework_done_days",
    "BACKDATE_DAYS",
    "HISTORY_WEEKS",
    "Adherence",
    "CompletionEvent",
    "WeekAdherence",
    "adherence_for_clients",
    "completions_between",
    "access_goal",
    "access_homework",
    "access_plan_client",
    "access_reminder",
    "access_rule",
    "active_plan_for",
    "add_push_subscription",
    "claim_delivery",
    "client_care_plan",
    "client_goals",
    "client_today",
    "create_goal",
    "create_homework",
    "create_rule",
    "delete_rule",
    "describe_reminder",
    "describe_rule",
    "dispatch_due",
    "mark_done",
    "open_reminder",
    "open_reminders",
    "own_reminders",
    "plan_reminders",
    "record_reminder_answered",
    "remove_push_subscription",
    "reminder_settings",
    "send_delivery",
    "snooze_reminder",
    "update_preferences",
    "update_rule",
    "own_care_plan",
    "own_homework",
    "read_goal",
    "read_homework",
    "state_of",
    "today_for_client",
    "unmark_done",
    "update_goal",
    "update_homework",
    "week_start",
]
