from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, File, Query, Request, UploadFile

from alongside.accounts.dependencies import SessionDep, TherapistActor
from alongside.config import settings
from alongside.kit.web import public_url, request_locale
from alongside.notes import service
from alongside.notes.schemas import (
    AmendRequest,
    DraftRequestIn,
    DraftUpdate,
    NoteRead,
    SessionCreate,
    SessionDetail,
    SessionListItem,
    SessionRead,
    SessionUpdate,
    SignRequest,
    SpeakerRoles,
    SummaryRead,
    TranscriptRead,
    TranscriptText,
)
from alongside.notes.service import reads

router = APIRouter(prefix="/api", tags=["sessions and notes"])


def _note(request: Request, session, actor, note_id: int, number: int | None = None) -> NoteRead:  # noqa: ANN001
    view = service.read_note(session, actor, note_id, number=number)
    return reads.note_read(session, view, request_locale(request))


def _transcript_read(view: service.TranscriptView) -> TranscriptRead:
    t = view.transcript
    return TranscriptRead(
        id=t.id,
        session_id=t.session_id,
        source=t.source,
        language=t.language,
        line_count=t.line_count,
        risk_level=t.risk_level,
        created_at=t.created_at,
        speakers=view.speakers,
        lines=[vars(line) for line in view.lines],
    )


@router.get("/clients/{client_id}/sessions", response_model=list[SessionListItem])
def list_sessions(session: SessionDep, actor: TherapistActor, client_id: int):
    """The client's sessions, newest first, with the state of each one's note."""
    items = service.list_client_sessions(session, actor, client_id)
    return [
        SessionListItem(
            **SessionRead.model_validate(i.session).model_dump(), note_id=i.note_id, note_status=i.note_status
        )
        for i in items
    ]


@router.post("/clients/{client_id}/sessions", response_model=SessionRead, status_code=201)
def create_session(session: SessionDep, actor: TherapistActor, client_id: int, data: SessionCreate):
    """A planned or held session; ``starts_at`` without a zone is in your own time zone."""
    return service.create_session(session, actor, client_id, data)


@router.get("/sessions/{session_id}", response_model=SessionDetail)
def read_session(session: SessionDep, actor: TherapistActor, session_id: int):
    """The session with its latest transcript (numbered lines, speakers, risk per line)."""
    row = service.access_session(session, actor, session_id)
    transcript = service.latest_transcript(session, actor, session_id)
    note = service.note_for_session(session, actor, session_id)
    return SessionDetail(
        session=SessionRead.model_validate(row),
        transcript=_transcript_read(service.read_transcript(session, actor, transcript)) if transcript else None,
        note_id=note.id if note else None,
    )


@router.patch("/sessions/{session_id}", response_model=SessionRead)
def update_session(session: SessionDep, actor: TherapistActor, session_id: int, data: SessionUpdate):
    """Mark it held or cancelled, or move it; only the fields sent change."""
    return service.update_session(session, actor, session_id, data)


@router.post("/sessions/{session_id}/transcripts", response_model=TranscriptRead, status_code=201)
def add_transcript(session: SessionDep, actor: TherapistActor, session_id: int, data: TranscriptText):
    """Pasted "Speaker: text" lines, or your own notes (``source: typed``). Every line is screened for
    risk; risk in what the client said raises an alert as for any client text."""
    transcript = service.add_text_transcript(session, actor, session_id, data)
    return _transcript_read(service.read_transcript(session, actor, transcript))


@router.post("/sessions/{session_id}/transcripts/upload", response_model=TranscriptRead, status_code=201)
async def upload_transcript(session: SessionDep, actor: TherapistActor, session_id: int, file: UploadFile = File(...)):
    """A .txt, .vtt or .docx transcript (at most ``transcript_max_bytes``); 422 naming ``file`` when it
    cannot be read."""
    data = await file.read(settings.transcript_max_bytes + 1)
    transcript = service.add_uploaded_transcript(session, actor, session_id, file.filename or "", data)
    return _transcript_read(service.read_transcript(session, actor, transcript))


@router.put("/sessions/{session_id}/transcripts/{transcript_id}/speakers", response_model=TranscriptRead)
def set_speakers(session: SessionDep, actor: TherapistActor, session_id: int, transcript_id: int, data: SpeakerRoles):
    """Say who is the therapist and who the client (the lines themselves never change)."""
    transcript = service.set_speaker_roles(session, actor, session_id, transcript_id, data.roles)
    return _transcript_read(service.read_transcript(session, actor, transcript))


@router.post("/sessions/{session_id}/note", response_model=NoteRead, status_code=201)
def draft_note(request: Request, session: SessionDep, actor: TherapistActor, session_id: int, data: DraftRequestIn):
    """Draft the session's note (SOAP, DAP or BIRP) from its latest transcript and the data of the time
    before it; again while it is a draft replaces the draft. Every sentence names its source."""
    note = service.draft_note(session, actor, session_id, data.format, locale=request_locale(request))
    return _note(request, session, actor, note.id)


@router.get("/notes/{note_id}", response_model=NoteRead)
def read_note(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, version: int | None = None):
    """The latest version (or ``?version=n``) with its sources, the check, and the text to copy."""
    return _note(request, session, actor, note_id, version)


@router.put("/notes/{note_id}/draft", response_model=NoteRead)
def save_draft(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, data: DraftUpdate):
    """Replace the open draft's sections. Sentences keep their ``refs``; one without refs is your own.
    Lines with risk cannot be removed (422); a signed version cannot change (409)."""
    service.save_draft(session, actor, note_id, data)
    return _note(request, session, actor, note_id)


@router.post("/notes/{note_id}/sign", response_model=NoteRead)
def sign_note(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, data: SignRequest):
    """Sign the open draft (``confirm: true``); it never changes afterwards."""
    service.sign_note(session, actor, note_id, confirm=data.confirm)
    return _note(request, session, actor, note_id)


@router.post("/notes/{note_id}/amendments", response_model=NoteRead, status_code=201)
def amend_note(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, data: AmendRequest):
    """Start an amendment: a new draft version of the signed note, with your reason."""
    service.amend_note(session, actor, note_id, data.reason)
    return _note(request, session, actor, note_id)


@router.get("/clients/{client_id}/summary", response_model=SummaryRead)
def summary(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    until: datetime | None = Query(None, description="End of the period (default now)"),
):
    """What happened since the last session against the period before, within the client's consent;
    every fact names its data, and ``text`` is the summary to paste into another record system."""
    locale = request_locale(request)
    found = service.between_session_summary(session, actor, client_id, locale=locale, until=until)
    return reads.summary_read(found, locale, public_url(request, ""))
