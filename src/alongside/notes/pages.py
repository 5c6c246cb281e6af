"""The therapist's pages for sessions and notes: a client's sessions and the form for a new one, a
session with its transcript and the "draft note" form, the note editor with each sentence's source,
signing and amending, the between-session summary and the data behind it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import SessionDep, TherapistActor
from alongside.config import settings
from alongside.kit import forms
from alongside.kit.web import public_url, redirect, render, request_locale
from alongside.notes import service
from alongside.notes.schemas import DraftUpdate, SectionIn, SentenceIn, SessionCreate, SessionUpdate, TranscriptText
from alongside.notes.service import drafting, reads, text
from alongside.notes.service.facts import N_

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
R = TypeVar("R")


def _labels() -> dict[str, Any]:
    return {
        "section_titles": text.SECTION_TITLES,
        "modalities": text.MODALITY_WORDS,
        "headings": reads.SECTION_HEADINGS,
        "status_text": reads.STATUS_TEXT,
        "formats": text.FORMAT_NAMES,
    }


# -- sessions -----------------------------------------------------------------------------------------


def _sessions_context(session: Session, actor: Actor, client_id: int, **extra: Any) -> dict[str, Any]:
    link = service.access_client(session, actor, client_id)
    items = service.list_client_sessions(session, actor, client_id)
    return {"client": link.client, "items": items, "errors": {}, "values": {}, **_labels(), **extra}


@router.get("/clients/{client_id}/sessions")
def sessions_page(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    return render(request, "notes/sessions.html", _sessions_context(session, actor, client_id))


@router.get("/clients/{client_id}/sessions/section")
def sessions_section(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    """The sessions and notes section of the therapist's client page, loaded by htmx."""
    context = _sessions_context(session, actor, client_id)
    context["next_session"] = service.next_sessions_for_clients(session, actor, [client_id]).get(client_id)
    return render(request, "notes/_section.html", context)


@router.post("/clients/{client_id}/sessions")
def create_session(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, form: Form
) -> Response:
    service.access_client(session, actor, client_id)
    data, errors = forms.parse(SessionCreate, form)
    status = 422
    if data:
        row, errors, status = forms.attempt_with_status(
            session, lambda: service.create_session(session, actor, client_id, data)
        )
        if row is not None:
            return redirect(f"/sessions/{row.id}?saved=1")
    context = _sessions_context(session, actor, client_id, errors=errors, values=form)
    return render(request, "notes/sessions.html", context, status_code=status)


def _session_context(session: Session, actor: Actor, session_id: int, **extra: Any) -> dict[str, Any]:
    row = service.access_session(session, actor, session_id)
    link = service.access_client(session, actor, row.client_id)
    transcript = service.latest_transcript(session, actor, session_id)
    view = service.read_transcript(session, actor, transcript) if transcript else None
    note = service.note_for_session(session, actor, session_id)
    return {
        "row": row, "client": link.client, "transcript": view, "note": note, "errors": {}, "values": {},
        "tz": service.user_zone(session, actor.user_id), **_labels(), **extra,
    }  # fmt: skip


@router.get("/sessions/{session_id}")
def session_page(request: Request, session: SessionDep, actor: TherapistActor, session_id: int) -> Response:
    saved = bool(request.query_params.get("saved"))
    return render(request, "notes/session.html", _session_context(session, actor, session_id, saved=saved))


def _session_error(request: Request, session: Session, actor: Actor, session_id: int, errors, form, status) -> Response:  # noqa: ANN001
    context = _session_context(session, actor, session_id, errors=errors, values=form)
    return render(request, "notes/session.html", context, status_code=status)


@router.post("/sessions/{session_id}")
def update_session(
    request: Request, session: SessionDep, actor: TherapistActor, session_id: int, form: Form
) -> Response:
    service.access_session(session, actor, session_id)
    data, errors = forms.parse(SessionUpdate, form)
    status = 422
    if data:
        row, errors, status = forms.attempt_with_status(
            session, lambda: service.update_session(session, actor, session_id, data)
        )
        if row is not None:
            return redirect(f"/sessions/{session_id}?saved=1")
    return _session_error(request, session, actor, session_id, errors, form, status)


@router.post("/sessions/{session_id}/transcript")
async def add_transcript(
    request: Request, session: SessionDep, actor: TherapistActor, session_id: int, form: Form
) -> Response:
    """A file (.txt, .vtt, .docx) if one was chosen, else the pasted or typed text."""
    service.access_session(session, actor, session_id)
    upload = form.get("file")
    if upload is not None and getattr(upload, "filename", ""):
        data = await upload.read(settings.transcript_max_bytes + 1)
        name = upload.filename

        def action() -> Any:
            return service.add_uploaded_transcript(session, actor, session_id, name, data)
    else:
        values = {"text": form.get("text") or "", "source": form.get("source") or "pasted"}
        parsed, errors = forms.parse(TranscriptText, values)
        if parsed is None:
            if "text" in errors:
                errors = {"text": N_("Paste the transcript or type your notes, or choose a file.")}
            return _session_error(request, session, actor, session_id, errors, values, 422)

        def action() -> Any:
            return service.add_text_transcript(session, actor, session_id, parsed)

    transcript, errors, status = forms.attempt_with_status(session, action)
    if transcript is None:
        clean = {k: v for k, v in form.items() if k != "file"}
        return _session_error(request, session, actor, session_id, errors, clean, status)
    return redirect(f"/sessions/{session_id}?saved=1#transcript-heading")


@router.post("/sessions/{session_id}/transcript/{transcript_id}/speakers")
def set_speakers(
    request: Request, session: SessionDep, actor: TherapistActor, session_id: int, transcript_id: int, form: Form
) -> Response:
    """Fields ``role-<n>`` with ``label-<n>``: who is the therapist and who the client."""
    roles = {
        str(form[f"label-{i}"]): str(form.get(f"role-{i}"))
        for i in range(50)
        if f"label-{i}" in form and form.get(f"role-{i}") in ("therapist", "client", "other")
    }
    _, errors, status = forms.attempt_with_status(
        session, lambda: service.set_speaker_roles(session, actor, session_id, transcript_id, roles)
    )
    if errors:
        return _session_error(request, session, actor, session_id, errors, form, status)
    return redirect(f"/sessions/{session_id}?saved=1#speakers-heading")


@router.post("/sessions/{session_id}/note")
def draft_note(request: Request, session: SessionDep, actor: TherapistActor, session_id: int, form: Form) -> Response:
    service.access_session(session, actor, session_id)
    fmt = str(form.get("format") or "soap")
    if fmt not in drafting.SECTIONS:
        return _session_error(
            request, session, actor, session_id, {"format": N_("Choose SOAP, DAP or BIRP.")}, form, 422
        )
    locale = request_locale(request)
    note, errors, status = forms.attempt_with_status(
        session, lambda: service.draft_note(session, actor, session_id, fmt, locale=locale)
    )
    if note is None:
        return _session_error(request, session, actor, session_id, errors, form, status)
    return redirect(f"/notes/{note.id}?drafted=1")


# -- notes --------------------------------------------------------------------------------------------


def _note_context(request: Request, session: Session, actor: Actor, note_id: int, number: int | None = None,
                  **extra: Any) -> dict[str, Any]:  # fmt: skip
    view = service.read_note(session, actor, note_id, number=number)
    link = service.access_client(session, actor, view.note.client_id)
    locale = request_locale(request)
    drafted_lines = text.line_ranges((view.content.get("drafted_by") or {}).get("lines") or [])
    return {
        "view": view, "client": link.client, "sources": {s.ref: s for s in reads.sources_of(view)},
        "drafted_lines": drafted_lines,
        "plain": service.view_text(session, view, locale), "is_author": view.note.author_id == actor.user_id,
        "tz": service.user_zone(session, actor.user_id), "errors": {}, **_labels(), **extra,
    }  # fmt: skip


@router.get("/notes/{note_id}")
def note_page(request: Request, session: SessionDep, actor: TherapistActor, note_id: int) -> Response:
    flags = {name: bool(request.query_params.get(name)) for name in ("drafted", "saved", "signed", "amended")}
    return render(request, "notes/note.html", _note_context(request, session, actor, note_id, **flags))


@router.get("/notes/{note_id}/versions/{number}")
def note_version(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, number: int) -> Response:
    return render(request, "notes/note.html", _note_context(request, session, actor, note_id, number))


def draft_from_form(form: dict[str, Any], fmt: str) -> DraftUpdate:
    """``s-<section>-<i>`` sentence text, ``r-<section>-<i>`` its refs, ``x-<section>-<i>`` remove it,
    ``new-<section>`` the therapist's own sentences, one per line."""
    sections = []
    for key in drafting.SECTIONS[fmt]:
        sentences = []
        i = 0
        while f"s-{key}-{i}" in form:
            if not form.get(f"x-{key}-{i}"):
                refs = str(form.get(f"r-{key}-{i}") or "").split()
                sentences.append(SentenceIn(text=str(form[f"s-{key}-{i}"]), refs=refs))
            i += 1
        for own in str(form.get(f"new-{key}") or "").splitlines():
            if own.strip():
                sentences.append(SentenceIn(text=own.strip()))
        sections.append(SectionIn(key=key, sentences=sentences))
    return DraftUpdate(sections=sections)


@router.post("/notes/{note_id}")
def save_draft(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, form: Form) -> Response:
    note = service.access_note(session, actor, note_id)
    data = draft_from_form(form, note.format.value)
    _, errors, status = forms.attempt_with_status(session, lambda: service.save_draft(session, actor, note_id, data))
    if errors:
        context = _note_context(request, session, actor, note_id, errors=errors)
        return render(request, "notes/note.html", context, status_code=status)
    return redirect(f"/notes/{note_id}?saved=1")


@router.post("/notes/{note_id}/sign")
def sign_note(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, form: Form) -> Response:
    service.access_note(session, actor, note_id)
    confirm = form.get("confirm") in ("1", "on", "true")
    _, errors, status = forms.attempt_with_status(
        session, lambda: service.sign_note(session, actor, note_id, confirm=confirm)
    )
    if errors:
        context = _note_context(request, session, actor, note_id, errors=errors)
        return render(request, "notes/note.html", context, status_code=status)
    return redirect(f"/notes/{note_id}?signed=1")


@router.post("/notes/{note_id}/amend")
def amend_note(request: Request, session: SessionDep, actor: TherapistActor, note_id: int, form: Form) -> Response:
    service.access_note(session, actor, note_id)
    reason = str(form.get("reason") or "").strip()
    if not reason:
        context = _note_context(request, session, actor, note_id, errors={"reason": N_("Say why you amend the note.")})
        return render(request, "notes/note.html", context, status_code=422)
    _, errors, status = forms.attempt_with_status(
        session, lambda: service.amend_note(session, actor, note_id, reason[:2000])
    )
    if errors:
        context = _note_context(request, session, actor, note_id, errors=errors)
        return render(request, "notes/note.html", context, status_code=status)
    return redirect(f"/notes/{note_id}?amended=1")


# -- the between-session summary ----------------------------------------------------------------------


def _summary_context(request: Request, session: Session, actor: Actor, client_id: int, until: datetime | None):
    locale = request_locale(request)
    summary = service.between_session_summary(session, actor, client_id, locale=locale, until=until)
    return {
        "summary": summary,
        "client": summary.client,
        "period": reads.period_text(summary, locale),
        "plain": reads.summary_plain_text(summary, locale, public_url(request, "")),
        "until": until,
        **_labels(),
    }


@router.get("/clients/{client_id}/summary")
def summary_page(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, until: datetime | None = Query(None)
) -> Response:
    return render(request, "notes/summary.html", _summary_context(request, session, actor, client_id, until))


@router.get("/clients/{client_id}/summary/data")
def summary_data(
    request: Request, session: SessionDep, actor: TherapistActor, client_id: int, until: datetime | None = Query(None)
) -> Response:
    """The rows behind every number of the summary, each with its own anchor."""
    return render(request, "notes/summary_data.html", _summary_context(request, session, actor, client_id, until))
