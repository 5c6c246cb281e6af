"""Notes: drafting from a session's transcript, editing the draft, signing, amending, reading.

The rules, in one place:

- Any therapist in the client's active care team reads a session's note (audited); only its author
  drafts, edits, signs and amends it (403 for the others, 404 for everyone outside the team).
- A note has versions. The latest may be a draft, which changes freely; a signed version never changes
  (the service refuses with 409, and the model refuses any direct write). An amendment is a new draft
  version that names the signed version it amends and why; it is signed in its turn.
- A draft keeps every transcript line that screened at moderate risk or above: such sentences may be
  edited and added to, not removed.
- Each version stores its content with the data it drew on (label, evidence, link), so the draft check
  (``verify.py``) gives the same answer later, whatever happens to the data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.notes.models import (
    Note,
    NoteFormat,
    NoteVersion,
    SessionStatus,
    TherapySession,
    Transcript,
    VersionStatus,
)
from alongside.notes.repository import NoteRepository, TranscriptRepository
from alongside.notes.schemas import DraftUpdate
from alongside.notes.service import drafting, facts, lexicon, text, verify
from alongside.notes.service.sessions import access_session, user_zone
from alongside.notes.service.summary import summary_for_session
from alongside.notes.service.transcripts import TranscriptView, view_of
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


@dataclass(frozen=True)
class NoteView:
    note: Note
    session: TherapySession
    versions: list[NoteVersion]
    version: NoteVersion
    content: dict[str, Any]
    transcript: TranscriptView | None
    check: verify.CheckReport

    @property
    def editable(self) -> bool:
        return self.version.status == VersionStatus.DRAFT and self.version is self.versions[-1]


def content_of(version: NoteVersion) -> dict[str, Any]:
    return json.loads(version.content)


def _dump(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def source_texts(content: dict[str, Any], transcript: TranscriptView | None) -> verify.SourceText:
    texts = {f"line:{line.n}": line.text for line in transcript.lines} if transcript else {}
    texts |= {ref: source["evidence"] for ref, source in content.get("data", {}).items()}
    return verify.SourceText(texts)


def check(content: dict[str, Any], transcript: TranscriptView | None) -> verify.CheckReport:
    return verify.verify_draft(content, source_texts(content, transcript), facts.template_words())


def _draft_lines(view: TranscriptView) -> list[drafting.DraftLine]:
    return [drafting.DraftLine(line.n, line.speaker, line.role, line.text, line.risk) for line in view.lines]


def _author(note: Note, actor: Actor) -> None:
    if note.author_id != actor.user_id:
        raise Forbidden("Only the therapist who wrote this note can change or sign it.")


def _audit(session: Session, actor: Actor, event: AuditEvent, note: Note, version: NoteVersion, **extra: Any) -> None:
    audit.record(
        session,
        actor,
        event,
        subject_id=note.client_id,
        object_type="session_note",
        object_id=note.id,
        extra={"version": version.number, **extra},
    )


def _draftable(row: TherapySession, now: datetime) -> None:
    if row.status == SessionStatus.CANCELLED:
        raise InvalidInput("A cancelled session has no note.", field="status")
    if row.starts_at > now:
        raise InvalidInput("This session has not taken place yet.", field="status")


def draft_content(
    session: Session, actor: Actor, row: TherapySession, transcript: Transcript, fmt: NoteFormat, locale: str
) -> tuple[dict[str, Any], str]:
    """The drafter's content for this session (and the drafter's name)."""
    view = view_of(transcript)
    summary = summary_for_session(session, actor, row, locale=locale)
    data_facts = [fact.as_data_fact() for fact in summary.facts]
    names = _names(session, actor, summary.client.display_name, view)
    request = drafting.DraftRequest(fmt.value, _draft_lines(view), data_facts, transcript.language, names)
    drafter = drafting.current_drafter()
    draft = drafting.make_draft(request, drafter)
    if drafter.name != "abstractive":  # the abstractive drafter says itself who wrote its draft
        draft.drafted_by = drafting.Provenance(drafter.name)
    content = draft.to_dict() | {
        "language": locale,
        "data": {
            f"data:{fact.key}": {"kind": fact.kind, "label": fact.label, "evidence": fact.evidence, "url": fact.url}
            for fact in data_facts
        },
    }
    return content, draft.drafted_by.drafter


def _names(session: Session, actor: Actor, client_name: str, view: TranscriptView) -> tuple[str, ...]:
    """The names a model must not see (unless its endpoint is local): the client's, the therapist's
    and the speakers' labels that are names rather than roles."""
    therapist = accounts_service.get_user(session, actor.user_id)
    speakers = {line.speaker for line in view.lines if line.speaker}
    names = {client_name, therapist.display_name if therapist else ""} | speakers
    return tuple(sorted(n for n in names if n and n.lower() not in lexicon.ROLE_WORDS))


def draft_note(
    session: Session,
    actor: Actor,
    session_id: int,
    fmt: NoteFormat,
    *,
    locale: str = "en",
    now: datetime | None = None,
) -> Note:
    """Draft (or draft again, replacing the open draft) the note of a session from its latest
    transcript and the data of the time before it."""
    row = access_session(session, actor, session_id)
    fmt, now = NoteFormat(fmt), now or utc_now()
    _draftable(row, now)
    transcript = TranscriptRepository(session).latest_for_session(row.id)
    if transcript is None:
        raise InvalidInput("Add a transcript or your own notes first.", field="transcript")
    repo = NoteRepository(session)
    note = repo.for_session(row.id)
    latest = repo.versions(note.id)[-1] if note else None
    if note is not None:
        _author(note, actor)
        if latest is not None and latest.status == VersionStatus.SIGNED:
            raise Conflict("This note is signed. Add an amendment instead.")
    content, drafter_name = draft_content(session, actor, row, transcript, fmt, locale)
    if note is None:
        note = repo.add(Note(session_id=row.id, client_id=row.client_id, author_id=actor.user_id, format=fmt))
    note.format, note.updated_at = fmt, now
    if latest is None:
        latest = repo.add_version(
            NoteVersion(
                note_id=note.id, number=1, status=VersionStatus.DRAFT, drafter=drafter_name,
                transcript_id=transcript.id, content=_dump(content), created_by_id=actor.user_id, created_at=now,
            )
        )  # fmt: skip
    else:
        latest.content, latest.drafter, latest.transcript_id = _dump(content), drafter_name, transcript.id
        latest.updated_at = now
    _audit(session, actor, AuditEvent.NOTE_DRAFTED, note, latest, format=fmt.value, drafter=drafter_name)
    return note


def access_note(session: Session, actor: Actor, note_id: int) -> Note:
    note = NoteRepository(session).get_readable(actor, note_id)
    if note is None:
        raise NotFound("No such note.")
    return note


def note_for_session(session: Session, actor: Actor, session_id: int) -> Note | None:
    row = access_session(session, actor, session_id)
    return NoteRepository(session).for_session(row.id)


def _transcript(session: Session, row: TherapySession, version: NoteVersion) -> TranscriptView | None:
    if version.transcript_id is None:
        return None
    found = TranscriptRepository(session).get_for_session(row.id, version.transcript_id)
    return view_of(found) if found else None


def read_note(session: Session, actor: Actor, note_id: int, *, number: int | None = None) -> NoteView:
    """The note (its latest version, or version ``number``) with its transcript and check; audited."""
    note = access_note(session, actor, note_id)
    row = access_session(session, actor, note.session_id)
    versions = NoteRepository(session).versions(note.id)
    version = versions[-1] if number is None else next((v for v in versions if v.number == number), None)
    if version is None:
        raise NotFound("No such version of this note.")
    content = content_of(version)
    transcript = _transcript(session, row, version)
    _audit(session, actor, AuditEvent.NOTE_VIEWED, note, version)
    return NoteView(note, row, versions, version, content, transcript, check(content, transcript))


def _open_draft(session: Session, actor: Actor, note_id: int) -> tuple[Note, NoteVersion]:
    note = access_note(session, actor, note_id)
    _author(note, actor)
    latest = NoteRepository(session).versions(note.id)[-1]
    if latest.status != VersionStatus.DRAFT:
        raise Conflict("This version is signed and cannot change. Add an amendment instead.")
    return note, latest


def _risk_refs(content: dict[str, Any]) -> dict[str, str]:
    return {
        ref: s["risk"] for sec in content["sections"] for s in sec["sentences"] if s.get("risk") for ref in s["refs"]
    }


def edited_content(content: dict[str, Any], data: DraftUpdate, known_refs: set[str]) -> dict[str, Any]:
    """The content with the sections as sent: refs must be known, risk lines must stay (422 otherwise);
    a sentence keeps its origin when unchanged, is "edited" when changed, "therapist" without refs."""
    allowed = drafting.SECTIONS[content["format"]]
    risky = _risk_refs(content)
    before = {
        (s["text"], tuple(s["refs"])): s.get("origin", "drafted")
        for sec in content["sections"]
        for s in sec["sentences"]
    }  # noqa: E501
    sent = {section.key: section for section in data.sections}
    if set(sent) - set(allowed):
        raise InvalidInput("This note has no such section.", field="sections")
    sections = []
    for key in allowed:
        sentences = []
        for item in sent[key].sentences if key in sent else []:
            if not item.text:
                continue
            if set(item.refs) - known_refs:
                raise InvalidInput("A sentence refers to a source this note does not have.", field="sections")
            origin = before.get((item.text, tuple(item.refs))) or ("edited" if item.refs else "therapist")
            risk = next((risky[r] for r in item.refs if r in risky), None)
            sentences.append({"text": item.text, "refs": list(item.refs), "risk": risk, "origin": origin})
        sections.append({"key": key, "sentences": sentences})
    kept = {ref for sec in sections for s in sec["sentences"] for ref in s["refs"]}
    if set(risky) - kept:
        raise InvalidInput(
            "Lines with risk stay in the note. Edit the sentence or add your assessment next to it.", field="sections"
        )
    return {**content, "sections": sections}


def save_draft(
    session: Session, actor: Actor, note_id: int, data: DraftUpdate, *, now: datetime | None = None
) -> NoteVersion:
    note, version = _open_draft(session, actor, note_id)
    content = content_of(version)
    row = access_session(session, actor, note.session_id)
    transcript = _transcript(session, row, version)
    known = set(source_texts(content, transcript).texts)
    updated = edited_content(content, data, known)
    version.content, version.updated_at = _dump(updated), now or utc_now()
    counts = {"sentences": sum(len(s["sentences"]) for s in updated["sections"])}
    _audit(session, actor, AuditEvent.NOTE_UPDATED, note, version, **counts)
    return version


def sign_note(
    session: Session, actor: Actor, note_id: int, *, confirm: bool, now: datetime | None = None
) -> NoteVersion:
    """Sign the open draft: from now on this version never changes."""
    note, version = _open_draft(session, actor, note_id)
    if not confirm:
        raise InvalidInput("Tick the box to confirm that you checked the note.", field="confirm")
    content = content_of(version)
    if not any(section["sentences"] for section in content["sections"]):
        raise InvalidInput("An empty note cannot be signed.", field="sections")
    version.status = VersionStatus.SIGNED
    version.signed_at, version.signed_by_id = now or utc_now(), actor.user_id
    version.content_sha256 = hashlib.sha256(version.content.encode()).hexdigest()
    note.updated_at = version.signed_at
    _audit(session, actor, AuditEvent.NOTE_SIGNED, note, version, sha256=version.content_sha256)
    return version


def amend_note(
    session: Session, actor: Actor, note_id: int, reason: str, *, now: datetime | None = None
) -> NoteVersion:
    """A new draft version with the signed text, to correct or add to; the signed one stays as it is."""
    note = access_note(session, actor, note_id)
    _author(note, actor)
    repo = NoteRepository(session)
    latest = repo.versions(note.id)[-1]
    if latest.status != VersionStatus.SIGNED:
        raise Conflict("Finish and sign the open draft first.")
    now = now or utc_now()
    version = repo.add_version(
        NoteVersion(
            note_id=note.id, number=latest.number + 1, status=VersionStatus.DRAFT, drafter="amendment",
            transcript_id=latest.transcript_id, content=latest.content, amends_id=latest.id,
            amendment_reason=reason, created_by_id=actor.user_id, created_at=now,
        )
    )  # fmt: skip
    note.updated_at = now
    _audit(session, actor, AuditEvent.NOTE_AMENDED, note, version, amends=latest.number)
    return version


def view_text(session: Session, view: NoteView, locale: str) -> str:
    """The version as plain text, with its references."""
    tz = user_zone(session, view.note.author_id)
    row, version = view.session, view.version
    heading = text.note_heading(
        view.content["format"], row.starts_at, row.modality.value, row.duration_minutes, tz, locale
    )
    signer = accounts_service.get_user(session, version.signed_by_id) if version.signed_by_id else None
    sign_line = text.sign_text(version.number, version.signed_at, signer.display_name if signer else None, tz, locale)
    return text.note_text(view.content, locale=locale, heading=heading, sign_line=sign_line)


@dataclass(frozen=True)
class SignedNote:
    note: Note
    version: NoteVersion
    session: TherapySession
    content: dict[str, Any]
    signer: str
    superseded: bool  # a later signed version of the same note exists


def signed_notes(session: Session, actor: Actor, client_id: int) -> list[SignedNote]:
    """Every signed version of the client's notes (for the record export), audited as reads."""
    rows = NoteRepository(session).signed_for_client(actor, client_id)
    latest: dict[int, int] = {}
    for note, version, _ in rows:
        latest[note.id] = max(latest.get(note.id, 0), version.number)
    found = []
    for note, version, row in rows:
        signer = accounts_service.get_user(session, version.signed_by_id) if version.signed_by_id else None
        found.append(
            SignedNote(note, version, row, content_of(version), signer.display_name if signer else "",
                       version.number < latest[note.id])
        )  # fmt: skip
        _audit(session, actor, AuditEvent.NOTE_VIEWED, note, version, export=True)
    return found
