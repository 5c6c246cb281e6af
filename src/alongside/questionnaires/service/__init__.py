"""Questionnaire use cases: the instruments' wording, submitting and reading responses, schedules.
Routes and other domains call these functions."""

from alongside.questionnaires.service.instruments import instrument_name, instrument_or_404, instrument_text, scales
from alongside.questionnaires.service.overview import access_result, client_overview, list_questionnaires
from alongside.questionnaires.service.responses import (
    UnansweredItems,
    access_response,
    change_since_previous,
    history,
    list_client_responses,
    list_own_responses,
    outcome_of,
    submit_response,
)
from alongside.questionnaires.service.schedules import (
    due_instruments,
    list_client_schedules,
    set_schedule,
)

__all__ = [
    "UnansweredItems",
    "access_response",
    "access_result",
    "change_since_previous",
    "client_overview",
    "due_instruments",
    "history",
    "instrument_name",
    "instrument_or_404",
    "instrument_text",
    "list_client_responses",
    "list_client_schedules",
    "list_own_responses",
    "list_questionnaires",
    "outcome_of",
    "scales",
    "set_schedule",
    "submit_response",
]
