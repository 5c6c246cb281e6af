"""Safety use cases: screening every client text, alerts and escalation to humans, notifications,
crisis resources, the safety plan, and deterioration rules. Other domains call these functions.
"""

from alongside.safety.screening import RiskLevel, ScreenResult, screen
from alongside.safety.service.alerts import (
    access_alert,
    acknowledge_alert,
    alert_read,
    count_open_alerts,
    list_alerts,
    open_alert_levels,
    raise_alert,
    raise_for_result,
    resolve_alert,
    screen_client_text,
)
from alongside.safety.service.deterioration import (
    check_mood_drop,
    check_questionnaire_change,
    check_silence,
    get_silence_days,
    reliable_deterioration,
    screen_phq9_item9,
    set_silence_days,
)
from alongside.safety.service.escalation import (
    deadline_for,
    escalate_overdue,
    get_policy,
    organisation_therapists,
    update_policy,
)
from alongside.safety.service.notifications import (
    deliver_due,
    deliver_notification,
    in_app_notifications,
    request_contact,
)
from alongside.safety.service.plan import client_name, get_safety_plan, update_safety_plan
from alongside.safety.service.resources import (
    country_for,
    crisis_countries,
    crisis_country_names,
    crisis_resources,
    update_crisis_resources,
)

__all__ = [
    "RiskLevel",
    "ScreenResult",
    "screen",
    "access_alert",
    "acknowledge_alert",
    "count_open_alerts",
    "list_alerts",
    "open_alert_levels",
    "raise_alert",
    "resolve_alert",
    "screen_client_text",
    "check_mood_drop",
    "check_silence",
    "check_questionnaire_change",
    "get_silence_days",
    "set_silence_days",
    "alert_read",
    "raise_for_result",
    "in_app_notifications",
    "reliable_deterioration",
    "screen_phq9_item9",
    "deadline_for",
    "escalate_overdue",
    "get_policy",
    "update_policy",
    "deliver_due",
    "deliver_notification",
    "request_contact",
    "get_safety_plan",
    "update_safety_plan",
    "client_name",
    "organisation_therapists",
    "country_for",
    "crisis_countries",
    "crisis_country_names",
    "crisis_resources",
    "update_crisis_resources",
]
