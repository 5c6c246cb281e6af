"""Every query of the care-plan domain, scoped by who is asking: goals, homework and completions
(plan.py) and reminders (reminders.py)."""

from alongside.careplan.repository.plan import (
    CompletionRepository,
    GoalRepository,
    HomeworkRepository,
    plan_client_ids,
)
from alongside.careplan.repository.reminders import (
    DeliveryRepository,
    OccurrenceRepository,
    PushSubscriptionRepository,
    ReminderPreferencesRepository,
    ReminderRuleRepository,
)

__all__ = [
    "CompletionRepository",
    "DeliveryRepository",
    "GoalRepository",
    "HomeworkRepository",
    "OccurrenceRepository",
    "PushSubscriptionRepository",
    "ReminderPreferencesRepository",
    "ReminderRuleRepository",
    "plan_client_ids",
]
