"""Journal entries: write, read, share per entry. Every read and write is audited."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.journal.models import EntryKind, JournalEntry
from alongside.journal.repository import JournalRepository
from alongside.journal.schemas import EntryCreate, EntryUpdate, ThoughtRecordContent
from alongside.journal.service import prompts
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service


def create_entry(session: Session, actor: Actor, data: EntryCreate) -> JournalEntry:
    """Screened for risk before it is stored; risk raises an alert in the same transaction."""
    if not actor.is_client:
        raise Forbidden("Only clients keep a journal.")
    prompts.check_prompt_id(data.prompt_id)
    result = safety_service.screen(_text_of(data.title, data.body))
    entry = JournalRepository(session).add(
        JournalEntry(
            client_id=actor.user_id,
            title=data.title or None,
            body=data.body,
            prompt_id=data.prompt_id,
            shared=data.shared,
            risk_level=result.level.value,
        )
    )
    record_created(session, actor, entry)
    safety_service.raise_for_result(session, actor, result, source="journal", source_id=entry.id)
    return entry


def record_created(session: Session, actor: Actor, entry: JournalEntry) -> None:
    """The audit row for a new entry of any kind, and the link to the prompt it answers."""
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_ENTRY_CREATED,
        subject_id=actor.user_id,
        object_type="journal_entry",
        object_id=entry.id,
        extra={"shared": entry.shared, "kind": entry.kind},
    )
    if entry.prompt_id:
        prompts.mark_answered(session, actor, entry)


def _text_of(title: str | None, body: str) -> str:
    return f"{title}.\n{body}" if title else body


def screened_text(entry: JournalEntry) -> str:
    """All of an entry's own words in one text: what safety screens and what themes are found in."""
    if entry.kind == EntryKind.THOUGHT_RECORD and entry.thought_record:
        return thought_record_text(ThoughtRecordContent.model_validate_json(entry.thought_record), entry.title)
    return _text_of(entry.title, entry.body)


def thought_record_text(record: ThoughtRecordContent, title: str | None = None) -> str:
    parts = [
        record.situation,
        record.automatic_thought,
        record.emotion,  # a list id is an English word ("anxious"), else the client's own word
        record.evidence_for,
        record.evidence_against,
        record.balanced_thought,
    ]
    return _text_of(title, "\n".join(parts))


def access_entry(session: Session, actor: Actor, entry_id: int) -> JournalEntry:
    """Fetch an entry the actor may read and audit the read; 404 if missing or hidden."""
    entry = JournalRepository(session).get_readable(actor, entry_id)
    if entry is None:
        raise NotFound("No such journal entry.")
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_ENTRY_VIEWED,
        subject_id=entry.client_id,
        object_type="journal_entry",
        object_id=entry.id,
    )
    return entry


def _own_entry(session: Session, actor: Actor, entry_id: int) -> JournalEntry:
    entry = JournalRepository(session).get_readable(actor, entry_id) if actor.is_client else None
    if entry is None:
        raise NotFound("No such journal entry.")
    return entry


def update_entry(session: Session, actor: Actor, entry_id: int, data: EntryUpdate) -> JournalEntry:
    """Free writing changes its title and body; a thought record changes all its steps at once."""
    entry = _own_entry(session, actor, entry_id)
    changes = data.model_dump(exclude_unset=True)
    _check_fits_kind(entry, changes)
    for field, value in changes.items():
        if field == "body" and value is None:
            continue
        if field == "thought_record":
            if value is not None:
                entry.thought_record = json.dumps(value, ensure_ascii=False)
            continue
        setattr(entry, field, value or None if field == "title" else value)
    entry.updated_at = utc_now()
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_ENTRY_UPDATED,
        subject_id=actor.user_id,
        object_type="journal_entry",
        object_id=entry.id,
        extra={"fields": sorted(changes)},
    )
    if {"title", "body", "thought_record"} & changes.keys():
        result = safety_service.screen(screened_text(entry))
        entry.risk_level = result.level.value
        safety_service.raise_for_result(session, actor, result, source="journal", source_id=entry.id)
    return entry


def _check_fits_kind(entry: JournalEntry, changes: dict) -> None:
    if entry.kind == EntryKind.THOUGHT_RECORD and changes.get("body") is not None:
        raise InvalidInput("A thought record is changed step by step, not as free text.", field="body")
    if entry.kind != EntryKind.THOUGHT_RECORD and changes.get("thought_record") is not None:
        raise InvalidInput("Only a thought record has thought-record steps.", field="thought_record")


def delete_entry(session: Session, actor: Actor, entry_id: int) -> None:
    entry = _own_entry(session, actor, entry_id)
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_ENTRY_DELETED,
        subject_id=actor.user_id,
        object_type="journal_entry",
        object_id=entry.id,
    )
    JournalRepository(session).delete(entry)


def list_own_entries(
    session: Session, actor: Actor, *, limit: int = 20, offset: int = 0
) -> tuple[list[JournalEntry], int]:
    if not actor.is_client:
        raise Forbidden("Only clients keep a journal.")
    entries, total = JournalRepository(session).page_for_client(actor, actor.user_id, limit=limit, offset=offset)
    audit.record(session, actor, AuditEvent.JOURNAL_LISTED, subject_id=actor.user_id, extra={"count": len(entries)})
    return entries, total


def list_client_entries(
    session: Session, actor: Actor, client_id: int, *, limit: int = 20, offset: int = 0
) -> tuple[list[JournalEntry], int]:
    """A therapist reads a client's shared entries; 404 unless linked and the client shares the journal."""
    care_service.access_client_scope(session, actor, client_id, Scope.JOURNAL)
    entries, total = JournalRepository(session).page_for_client(actor, client_id, limit=limit, offset=offset)
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_LISTED,
        subject_id=client_id,
        extra={"count": len(entries), "entry_ids": [e.id for e in entries]},
    )
    return entries, total


def client_entries_between(
    session: Session, actor: Actor, client_id: int, start: datetime, end: datetime
) -> list[JournalEntry]:
    """A therapist reads the shared entries a client wrote in a window (the timeline), newest first;
    404 unless linked and the client shares the journal; audited with the entries' ids."""
    care_service.access_client_scope(session, actor, client_id, Scope.JOURNAL)
    entries = JournalRepository(session).between_for_client(actor, client_id, start, end)
    audit.record(
        session,
        actor,
        AuditEvent.JOURNAL_LISTED,
        subject_id=client_id,
        extra={"count": len(entries), "entry_ids": [e.id for e in entries]},
    )
    return entries
