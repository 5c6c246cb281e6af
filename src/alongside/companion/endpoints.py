"""JSON API of the companion: what the chat page can do, for a mobile app."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.companion import service
from alongside.companion.schemas import (
    ConversationPage,
    ConversationRead,
    ExchangeRead,
    MemoryRead,
    MessageCreate,
    MessageRead,
    ReplyRead,
    SafetyRead,
)

router = APIRouter(prefix="/api", tags=["companion"])


@router.get("/companion/messages", response_model=ConversationRead | None)
def current_conversation(session: SessionDep, actor: ClientActor):
    """The client's latest conversation (null before the first message)."""
    conversation, messages = service.current_conversation(session, actor)
    if conversation is None:
        return None
    return ConversationRead(
        id=conversation.id,
        started_at=conversation.started_at,
        messages=[MessageRead.model_validate(m) for m in messages],
    )


@router.post("/companion/messages", response_model=ExchangeRead, status_code=201)
def send_message(request: Request, session: SessionDep, actor: ClientActor, data: MessageCreate):
    """Send a message; the answer has the companion's reply, its safety decision (level and actions:
    show_crisis_resources, alert_care_team, suggest_contact_therapist, offer_safety_plan), stance and
    skill, and the crisis lines to show when the actions include them. Risk alerts are raised here."""
    exchange = service.send_message(session, actor, data, accept_language=request.headers.get("accept-language"))
    reply, stored = exchange.reply, exchange.reply_message
    assert reply is not None and stored is not None
    return ExchangeRead(
        client_message=MessageRead.model_validate(exchange.client_message),
        answer=ReplyRead(
            message=MessageRead.model_validate(stored),
            reply=reply.text,
            safety=SafetyRead(level=reply.level, actions=reply.actions),
            stance=reply.stance,
            skill=reply.skill,
            crisis_lines=exchange.crisis,
        ),
    )


@router.get("/companion/memory", response_model=MemoryRead)
def read_memory(session: SessionDep, actor: ClientActor):
    return service.read_memory(session, actor)


@router.delete("/companion/memory", status_code=204)
def delete_memory(session: SessionDep, actor: ClientActor) -> Response:
    service.delete_memory(session, actor)
    return Response(status_code=204)


@router.get("/clients/{client_id}/companion", response_model=ConversationPage)
def client_conversations(session: SessionDep, actor: TherapistActor, client_id: int):
    """A client's recent conversations, only while they share the companion with you (audited)."""
    rows = service.list_client_conversations(session, actor, client_id)
    return ConversationPage(
        items=[
            ConversationRead(id=c.id, started_at=c.started_at, messages=[MessageRead.model_validate(m) for m in msgs])
            for c, msgs in rows
        ]
    )
