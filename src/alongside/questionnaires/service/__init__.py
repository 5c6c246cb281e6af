"""Questionnaire use cases: the instruments' wording, submitting and reading responses, schedules.
Routes and other domains call these functions."""

from alongside.questionnaires.service.instruments import instrument_name, instrument_or_404, instrument_text, scales
from alongside.questionnaires.service.overview import access_result, client_overview, list_questionnaires
from alongside.questionnaires.service.responses import (
    UnansweredItems,
    access_response,
    change_since_previous,
    history,
    latest_responses_for_clients,
    list_client_responses,
    list_own_responses,
    outcome_of,
    responses_by_id,
    submit_response,
)
from alongside.questionnaires.service.schedules import (
    due_instruments,
    list_client_schedules,
    schedule_for_waiting_list,
    set_schedule,
)
from alongside.questionnaires.service.trends import (
    Trend,
    changes_by_response,
    client_results_between,
    latest_totals_for_clients,
)

__all__ = [
    "Trend",
    "UnansweredItems",
    "access_response",
    "access_result",
    "change_since_previous",
    "changes_by_response",
    "client_overview",
    "client_results_between",
    "due_instruments",
    "history",
    "instrument_name",
    "instrument_or_404",
    "instrument_text",
    "latest_responses_for_clients",
    "latest_totals_for_clients",
    "list_client_responses",
    "list_client_schedules",
    "list_own_responses",
    "list_questionnaires",
    "outcome_of",
    "responses_by_id",
    "scales",
    "schedule_for_waiting_list",
    "set_schedule",
    "submit_response",
]
