"""Journal pages for the client: list, write (with a personal prompt), the guided thought record, read,
edit, share per entry."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.journal import service
from alongside.journal.models import JournalEntry
from alongside.journal.schemas import EntryCreate, EntryUpdate, ThoughtRecordContent, ThoughtRecordCreate
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render, request_locale

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
PAGE_SIZE = 20
THOUGHT_RECORD_FORM = "journal/thought_record_form.html"


def _after_save(entry) -> str:  # noqa: ANN001
    """High or imminent risk goes straight to the crisis screen; anything else back to the entry."""
    if entry.risk_level in ("high", "imminent"):
        return "/help?crisis=1"
    return f"/journal/{entry.id}?saved=1"


def _thought_record_input(form: dict[str, Any]) -> dict[str, Any]:
    """The form's feeling is a choice from the list or, with "other", the client's own word."""
    emotion = form.get("emotion") or ""
    own_word = str(form.get("emotion_other") or "").strip()
    if own_word and emotion in ("", "other"):
        emotion = own_word
    elif emotion == "other":
        emotion = ""
    return {**form, "emotion": emotion, "shared": form.get("shared") == "on"}


def _thought_record_page(
    request: Request, entry: JournalEntry | None, values: dict[str, Any], errors: dict[str, str], status_code: int = 200
) -> Response:
    locale = request_locale(request)
    context = {
        "entry": entry,
        "values": values,
        "errors": errors,
        "emotions": service.emotion_choices(locale),
        "prompt": service.prompt_text(values.get("prompt_id"), locale),
    }
    return render(request, THOUGHT_RECORD_FORM, context, status_code=status_code)


@router.get("/journal")
def journal(request: Request, session: SessionDep, actor: ClientActor, page: int = Query(1, ge=1)) -> Response:
    entries, total = service.list_own_entries(session, actor, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "journal/list.html",
        {
            "entries": entries,
            "records": service.thought_record_views(entries, request_locale(request)),
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
        },
    )


@router.get("/journal/new")
def new_entry(
    request: Request, session: SessionDep, actor: ClientActor, prompt: str | None = Query(None, max_length=8)
) -> Response:
    """The form with today's prompt and why it was chosen (``?prompt=none``: write without one)."""
    offer = None if prompt == "none" else service.offer_prompt(session, actor, locale=request_locale(request))
    return render(request, "journal/form.html", {"entry": None, "errors": {}, "values": {}, "offer": offer})


@router.post("/journal/new")
def create_entry(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(EntryCreate, {**form, "shared": form.get("shared") == "on"})
    if data:
        entry, errors = forms.attempt(session, lambda: service.create_entry(session, actor, data))
        if entry:
            return redirect(_after_save(entry))
    offer = service.offer_prompt(session, actor, locale=request_locale(request)) if form.get("prompt_id") else None
    context = {"entry": None, "errors": errors, "values": form, "offer": offer}
    return render(request, "journal/form.html", context, status_code=422)


@router.post("/journal/prompt/another")
def another_prompt(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    """htmx swaps in the new prompt; without JavaScript the form page shows it."""
    offer = service.offer_prompt(session, actor, locale=request_locale(request), another=True)
    if is_htmx(request):
        return render(request, "journal/_prompt.html", {"offer": offer})
    return redirect("/journal/new")


@router.get("/journal/thought-record")
def new_thought_record(
    request: Request, actor: ClientActor, prompt_id: str | None = Query(None, max_length=64)
) -> Response:
    return _thought_record_page(request, None, {"prompt_id": prompt_id} if prompt_id else {}, {})


@router.post("/journal/thought-record")
def create_thought_record(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(ThoughtRecordCreate, _thought_record_input(form))
    if data:
        entry, errors = forms.attempt(session, lambda: service.create_thought_record(session, actor, data))
        if entry:
            return redirect(_after_save(entry))
    return _thought_record_page(request, None, form, errors, status_code=422)


@router.get("/journal/{entry_id}")
def show_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int) -> Response:
    entry = service.access_entry(session, actor, entry_id)
    locale = request_locale(request)
    context = {
        "entry": entry,
        "record": service.thought_record_views([entry], locale).get(entry.id),
        "prompt": service.prompt_text(entry.prompt_id, locale),
    }
    return render(request, "journal/show.html", context)


@router.get("/journal/{entry_id}/edit")
def edit_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int) -> Response:
    entry = service.access_entry(session, actor, entry_id)
    if entry.kind == "thought_record":
        return _thought_record_page(request, entry, service.thought_record_form_values(entry), {})
    values = {"title": entry.title or "", "body": entry.body, "shared": entry.shared}
    return render(request, "journal/form.html", {"entry": entry, "errors": {}, "values": values, "offer": None})


def _parse_update(entry: JournalEntry, form: dict[str, Any]) -> tuple[EntryUpdate | None, dict[str, str]]:
    if entry.kind != "thought_record":
        return forms.parse(EntryUpdate, {**form, "shared": form.get("shared") == "on"})
    steps = _thought_record_input(form)
    record, errors = forms.parse(ThoughtRecordContent, {k: steps.get(k) for k in ThoughtRecordContent.model_fields})
    return (EntryUpdate(thought_record=record, shared=steps["shared"]) if record else None), errors


@router.post("/journal/{entry_id}/edit")
def update_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int, form: Form) -> Response:
    entry = service.access_entry(session, actor, entry_id)
    data, errors = _parse_update(entry, form)
    if data:
        updated, errors = forms.attempt(session, lambda: service.update_entry(session, actor, entry_id, data))
        if updated:
            return redirect(_after_save(updated))
    if entry.kind == "thought_record":
        return _thought_record_page(request, entry, form, errors, status_code=422)
    context = {"entry": entry, "errors": errors, "values": form, "offer": None}
    return render(request, "journal/form.html", context, status_code=422)


@router.post("/journal/{entry_id}/share")
def toggle_share(request: Request, session: SessionDep, actor: ClientActor, entry_id: int, form: Form) -> Response:
    entry = service.update_entry(session, actor, entry_id, EntryUpdate(shared=form.get("shared") == "1"))
    if is_htmx(request):
        return render(request, "journal/_share_toggle.html", {"entry": entry})
    return redirect(f"/journal/{entry.id}")


@router.post("/journal/{entry_id}/delete")
def delete_entry(session: SessionDep, actor: ClientActor, entry_id: int) -> Response:
    service.delete_entry(session, actor, entry_id)
    return redirect("/journal?deleted=1")
