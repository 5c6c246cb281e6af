"""Notes use cases: sessions, transcripts, drafting and signing notes, the between-session summary.

For the caseload and the timeline (wired by whoever owns those pages):

- ``next_sessions_for_clients(session, actor, client_ids)`` → ``{client_id: TherapySession}``, the
  next planned session of each client in the actor's care team, in one query (not audited: dates only).
- ``sessions_for_timeline(session, actor, client_id, start=None, end=None)`` → ``[TimelineSession]``
  (at, duration, modality, status, url, note id and state), newest first; audited; 404 outside the team.

The drafter is a strategy (``drafting.Drafter``): the extractive one is the default; an abstractive
one (the LLM adapter) registers itself with ``register_drafter``.
"""

from alongside.notes.service.drafting import Drafter, DraftRequest, register_drafter, unregister_drafter
from alongside.notes.service.notes import (
    NoteView,
    SignedNote,
    access_note,
    amend_note,
    check,
    draft_note,
    note_for_session,
    read_note,
    save_draft,
    sign_note,
    signed_notes,
    view_text,
)
from alongside.notes.service.sessions import (
    SessionItem,
    TimelineSession,
    access_client,
    access_session,
    create_session,
    first_session_starts,
    list_client_sessions,
    next_sessions_for_clients,
    sessions_for_timeline,
    update_session,
    user_zone,
)
from alongside.notes.service.summary import Summary, between_session_summary, data_url
from alongside.notes.service.transcripts import (
    TranscriptView,
    access_transcript,
    add_text_transcript,
    add_uploaded_transcript,
    latest_transcript,
    read_transcript,
    set_speaker_roles,
)

__all__ = [
    "DraftRequest",
    "Drafter",
    "NoteView",
    "SessionItem",
    "SignedNote",
    "Summary",
    "TimelineSession",
    "TranscriptView",
    "access_client",
    "access_note",
    "access_session",
    "access_transcript",
    "add_text_transcript",
    "add_uploaded_transcript",
    "amend_note",
    "between_session_summary",
    "check",
    "create_session",
    "first_session_starts",
    "data_url",
    "draft_note",
    "latest_transcript",
    "list_client_sessions",
    "next_sessions_for_clients",
    "note_for_session",
    "read_note",
    "read_transcript",
    "register_drafter",
    "save_draft",
    "sessions_for_timeline",
    "set_speaker_roles",
    "sign_note",
    "signed_notes",
    "unregister_drafter",
    "update_session",
    "user_zone",
    "view_text",
]
