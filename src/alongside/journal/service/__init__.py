"""Journal use cases: entries (written, read and shared per entry), the guided CBT thought record, and
personal prompts chosen from the client's recent data. Routes and other domains call these functions."""

from alongside.journal.service.entries import (
    access_entry,
    client_entries_between,
    create_entry,
    delete_entry,
    list_client_entries,
    list_own_entries,
    screened_text,
    update_entry,
)
from alongside.journal.service.prompts import (
    PromptContext,
    check_prompt_id,
    choose_prompt,
    find_themes,
    library,
    offer_prompt,
    prompt_text,
    reason_text,
)
from alongside.journal.service.thought_records import (
    ThoughtRecordView,
    create_thought_record,
    emotion_choices,
    emotion_label,
    thought_record_form_values,
    thought_record_of,
    thought_record_views,
)

__all__ = [
    "client_entries_between",
    "PromptContext",
    "ThoughtRecordView",
    "access_entry",
    "check_prompt_id",
    "choose_prompt",
    "create_entry",
    "create_thought_record",
    "delete_entry",
    "emotion_choices",
    "emotion_label",
    "find_themes",
    "library",
    "list_client_entries",
    "list_own_entries",
    "offer_prompt",
    "prompt_text",
    "reason_text",
    "screened_text",
    "thought_record_form_values",
    "thought_record_of",
    "thought_record_views",
    "update_entry",
]
