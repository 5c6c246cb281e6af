"""Care-plan use cases: goals and homework (therapist), marking homework done (client), reading the
plan with weekly adherence, and ``active_plan_for`` for other domains.

For the companion and the prompt engine: call ``active_plan_for(session, client_id)`` to get a
``CarePlanSummary`` (schemas.py) of the client's active goals and the homework running this week,
with this week's adherence ("3 of 5", percent) and whether it is done today. It carries titles and
numbers only, never goal descriptions or the client's notes, and it is a system read (unscoped, not
audited): use it only inside a conversation with that same client.
"""

from alongside.careplan.service.adherence import HISTORY_WEEKS, Adherence, client_today, week_start
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

__all__ = [
    "BACKDATE_DAYS",
    "HISTORY_WEEKS",
    "Adherence",
    "access_goal",
    "access_homework",
    "access_plan_client",
    "active_plan_for",
    "client_care_plan",
    "client_goals",
    "client_today",
    "create_goal",
    "create_homework",
    "mark_done",
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
