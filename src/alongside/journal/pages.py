"""Journal pages for the client: list, write, read, edit, share per entry."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep
from alongside.journal import service
from alongside.journal.schemas import EntryCreate, EntryUpdate
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]
PAGE_SIZE = 20


def _after_save(entry) -> str:  # noqa: ANN001
    """High or imminent risk goes straight to the crisis screen; anything else back to the entry."""
    if entry.risk_level in ("high", "imminent"):
        return "/help?crisis=1"
    return f"/journal/{entry.id}?saved=1"


@router.get("/journal")
def journal(request: Request, session: SessionDep, actor: ClientActor, page: int = Query(1, ge=1)) -> Response:
    entries, total = service.list_own_entries(session, actor, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "journal/list.html",
        {
            "entries": entries,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
        },
    )


@router.get("/journal/new")
def new_entry(request: Request, actor: ClientActor) -> Response:
    return render(request, "journal/form.html", {"entry": None, "errors": {}, "values": {}})


@router.post("/journal/new")
def create_entry(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(EntryCreate, {**form, "shared": form.get("shared") == "on"})
    if data:
        entry, errors = forms.attempt(session, lambda: service.create_entry(session, actor, data))
        if entry:
            return redirect(_after_save(entry))
    return render(request, "journal/form.html", {"entry": None, "errors": errors, "values": form}, status_code=422)


@router.get("/journal/{entry_id}")
def show_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int) -> Response:
    entry = service.access_entry(session, actor, entry_id)
    return render(request, "journal/show.html", {"entry": entry})


@router.get("/journal/{entry_id}/edit")
def edit_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int) -> Response:
    entry = service.access_entry(session, actor, entry_id)
    values = {"title": entry.title or "", "body": entry.body, "shared": entry.shared}
    return render(request, "journal/form.html", {"entry": entry, "errors": {}, "values": values})


@router.post("/journal/{entry_id}/edit")
def update_entry(request: Request, session: SessionDep, actor: ClientActor, entry_id: int, form: Form) -> Response:
    data, errors = forms.parse(EntryUpdate, {**form, "shared": form.get("shared") == "on"})
    if data:
        entry, errors = forms.attempt(session, lambda: service.update_entry(session, actor, entry_id, data))
        if entry:
            return redirect(_after_save(entry))
    entry = service.access_entry(session, actor, entry_id)
    return render(request, "journal/form.html", {"entry": entry, "errors": errors, "values": form}, status_code=422)


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
