"""The guided CBT thought record: situation, automatic thought, emotion and its intensity, evidence for and
against, a balanced thought, the emotion rated again. Stored as a journal entry of kind "thought_record"
whose steps are one encrypted JSON text; private by default and shared per entry like any other."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.errors import Forbidden
from alongside.journal.models import EntryKind, JournalEntry
from alongside.journal.repository import JournalRepository
from alongside.journal.schemas import EMOTIONS, ThoughtRecordContent, ThoughtRecordCreate
from alongside.journal.service import prompts
from alongside.journal.service.entries import record_created, thought_record_text
from alongside.safety import service as safety_service

CONTENT_FIELDS = tuple(ThoughtRecordContent.model_fields)


@dataclass(frozen=True)
class ThoughtRecordView:
    """A stored record as a page shows it: the steps, the feeling in the reader's language, the change."""

    record: ThoughtRecordContent
    emotion: str
    own_word: bool

    @property
    def change(self) -> int:
        return self.record.intensity_after - self.record.intensity_before


def emotion_choices(locale: str) -> list[tuple[str, str]]:
    lang = locale if locale in ("en", "nl") else "en"
    return [(key, labels[lang]) for key, labels in EMOTIONS.items()]


def emotion_label(value: str, locale: str) -> str:
    labels = EMOTIONS.get(value)
    return labels.get(locale, labels["en"]) if labels else value


def create_thought_record(session: Session, actor: Actor, data: ThoughtRecordCreate) -> JournalEntry:
    """All the steps are screened together before anything is stored, as for any journal text."""
    if not actor.is_client:
        raise Forbidden("Only clients keep a journal.")
    prompts.check_prompt_id(data.prompt_id)
    content = ThoughtRecordContent.model_validate(data.model_dump(include=set(CONTENT_FIELDS)))
    result = safety_service.screen(thought_record_text(content))
    entry = JournalRepository(session).add(
        JournalEntry(
            client_id=actor.user_id,
            kind=EntryKind.THOUGHT_RECORD.value,
            title=None,
            body="",
            thought_record=json.dumps(content.model_dump(), ensure_ascii=False),
            prompt_id=data.prompt_id,
            shared=data.shared,
            risk_level=result.level.value,
        )
    )
    record_created(session, actor, entry)
    safety_service.raise_for_result(session, actor, result, source="journal", source_id=entry.id)
    return entry


def thought_record_of(entry: JournalEntry) -> ThoughtRecordContent | None:
    if entry.kind != EntryKind.THOUGHT_RECORD or not entry.thought_record:
        return None
    return ThoughtRecordContent.model_validate_json(entry.thought_record)


def thought_record_views(entries: Iterable[JournalEntry], locale: str) -> dict[int, ThoughtRecordView]:
    """Entry id → view, for the thought records among ``entries`` (already read with permission)."""
    views = {}
    for entry in entries:
        record = thought_record_of(entry)
        if record is not None:
            views[entry.id] = ThoughtRecordView(
                record, emotion_label(record.emotion, locale), own_word=record.emotion not in EMOTIONS
            )
    return views


def thought_record_form_values(entry: JournalEntry) -> dict[str, object]:
    """A stored record as the form's values, for editing."""
    record = thought_record_of(entry)
    values: dict[str, object] = record.model_dump() if record else {}
    if record and record.emotion not in EMOTIONS:
        values.update(emotion="other", emotion_other=record.emotion)
    return {**values, "shared": entry.shared}
