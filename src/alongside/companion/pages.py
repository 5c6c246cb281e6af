"""The companion's pages: the chat (htmx, streamed when a model writes the reply), the memory
summary, and a therapist's read-only view when the client shares the companion."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.companion import service
from alongside.companion.schemas import MessageCreate
from alongside.kit import forms
from alongside.kit.web import is_htmx, redirect, render, templates

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]


@router.get("/companion")
def chat(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    conversation, messages = service.current_conversation(session, actor)
    return render(request, "companion/chat.html", {"messages": messages, "errors": {}, "values": {}})


@router.post("/companion/messages")
def send_message(request: Request, session: SessionDep, actor: ClientActor, form: Form) -> Response:
    data, errors = forms.parse(MessageCreate, {"text": form.get("text", "")})
    if data is None:
        if is_htmx(request):
            return render(request, "companion/_form_error.html", {"errors": errors}, status_code=422)
        _, messages = service.current_conversation(session, actor)
        return render(
            request, "companion/chat.html", {"messages": messages, "errors": errors, "values": form}, status_code=422
        )
    exchange = service.send_message(
        session, actor, data, accept_language=request.headers.get("accept-language"), stream=is_htmx(request)
    )
    if not is_htmx(request):
        return redirect(f"/companion#m{exchange.reply_message.id if exchange.reply_message else ''}")
    return render(request, "companion/_exchange.html", {"exchange": exchange})


def _sse(event: str, data: str) -> str:
    return f"event: {event}\n" + "".join(f"data: {line}\n" for line in data.splitlines() or [""]) + "\n"


@router.get("/companion/messages/{message_id}/reply")
def stream_reply(request: Request, session: SessionDep, actor: ClientActor, message_id: int) -> Response:
    """Server-sent events: each checked sentence as it is written, then the stored reply as HTML."""
    events = service.stream_reply(session, actor, message_id, accept_language=request.headers.get("accept-language"))
    first = next(events)  # errors (404, 409) surface before the stream starts
    page = templates.get_template("companion/_reply.html")
    context = {"request": request, "locale": getattr(request.state, "locale", "en")}

    def body() -> Iterator[str]:
        for kind, value in [first, *events]:
            if kind == "text":
                yield _sse("text", json.dumps(value))
            else:
                yield _sse("final", page.render({**context, "exchange": value, "message": value.reply_message}))

    return StreamingResponse(body(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})


@router.get("/companion/memory")
def memory(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    return render(request, "companion/memory.html", {"memory": service.read_memory(session, actor)})


@router.post("/companion/memory/delete")
def delete_memory(request: Request, session: SessionDep, actor: ClientActor) -> Response:
    service.delete_memory(session, actor)
    return redirect("/companion/memory?deleted=1")


@router.get("/clients/{client_id}/companion")
def client_conversations(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    rows = service.list_client_conversations(session, actor, client_id)
    return render(request, "companion/client.html", {"rows": rows, "client_id": client_id})
