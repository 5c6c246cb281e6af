"""Talking with the companion: every client message is screened (and risk alerted through safety)
before anything else happens with it, stored encrypted, answered by the pipeline, and the answer
stored with the decision it carried out. Therapists read conversations only while the client shares
the companion with them, and every read is audited."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.companion.models import Conversation, Message
from alongside.companion.pipeline import Reply, Turn, answer, prepare, respond_stream, reviewed_only
from alongside.companion.pipeline.llm_responder import configured_responder
from alongside.companion.repository import CompanionRepository
from alongside.companion.schemas import MessageCreate
from alongside.companion.service.context import build_context
from alongside.companion.service.memory import refresh_memory
from alongside.errors import Conflict, Forbidden, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

__all__ = [
    "Exchange",
    "send_message",
    "stream_reply",
    "current_conversation",
    "list_client_conversations",
    "CONVERSATION_GAP",
]

log = logging.getLogger("alongside.companion")
CONVERSATION_GAP = timedelta(hours=6)  # a pause this long starts a new conversation
HISTORY = 40


@dataclass
class Exchange:
    client_message: Message
    reply_message: Message | None  # None while an LLM reply is still to be streamed
    reply: Reply | None
    crisis: dict | None = None  # the crisis lines to show beside the reply, when its actions say so
    has_therapist: bool | None = None  # False: no therapist yet (waiting list), so no "ask my therapist" link

    @property
    def streaming(self) -> bool:
        return self.reply_message is None


def _crisis(reply: Reply, context) -> dict | None:  # noqa: ANN001 (a pipeline Context)
    return context.crisis if "show_crisis_resources" in reply.actions else None


def _require_client(actor: Actor) -> None:
    if not actor.is_client:
        raise Forbidden("Only clients talk with the companion.")


def _conversation_for(repo: CompanionRepository, actor: Actor, now: datetime) -> Conversation:
    conversation = repo.latest_conversation(actor.user_id)
    if conversation is None or now - conversation.last_message_at > CONVERSATION_GAP:
        conversation = Conversation(client_id=actor.user_id, started_at=now, last_message_at=now)
        repo.add(conversation)
    return conversation


def _turns(messages: list[Message]) -> list[Turn]:
    return [Turn(m.role, m.content) for m in messages[-HISTORY:]]


def _store_reply(session: Session, actor: Actor, conversation: Conversation, reply: Reply, now: datetime) -> Message:
    repo = CompanionRepository(session)
    message = Message(
        conversation_id=conversation.id,
        client_id=actor.user_id,
        role="assistant",
        content=reply.text,
        created_at=now,
        risk_level=reply.level,
        actions=list(reply.actions),
        stance=reply.stance,
        skill=reply.skill,
        skill_step=reply.step,
        responder=reply.responder,
        replaced=reply.replaced,
        check_failures=list(reply.failures) or None,
        notice="heavy_use" if "heavy_use" in reply.duties else None,
    )
    repo.add(message)
    conversation.skill = reply.skill if reply.step is not None else None
    conversation.skill_step = reply.step if reply.step is not None else None
    conversation.last_message_at = now
    if reply.replaced:
        # The event, never the text: which checks failed, for the organisation's oversight.
        log.warning("companion reply %s replaced after the output check: %s", message.id, reply.failures)
        audit.record(
            session,
            None,
            AuditEvent.COMPANION_REPLY_REPLACED,
            subject_id=actor.user_id,
            object_type="companion_message",
            object_id=message.id,
            extra={"failures": list(reply.failures), "responder": reply.responder},
        )
    refresh_memory(session, actor.user_id, now=now)
    return message


def send_message(
    session: Session,
    actor: Actor,
    data: MessageCreate,
    *,
    accept_language: str | None = None,
    stream: bool = False,
    now: datetime | None = None,
) -> Exchange:
    """Screen, store and answer one client message. With ``stream`` and a model that may write this
    reply, the answer is left to ``stream_reply`` (the page opens it right away)."""
    _require_client(actor)
    now = now or utc_now()
    repo = CompanionRepository(session)
    first_use = repo.count_for_client(actor.user_id) == 0
    conversation = _conversation_for(repo, actor, now)
    history = repo.messages_of(actor, conversation.id)
    message = Message(
        conversation_id=conversation.id, client_id=actor.user_id, role="user", content=data.text, created_at=now
    )
    repo.add(message)
    context = build_context(session, actor, conversation, accept_language=accept_language, now=now, first_use=first_use)
    prepared = prepare(_turns([*history, message]), context)
    result = prepared.assessment.result
    message.risk_level = str(result.level)
    conversation.last_message_at = now
    audit.record(
        session,
        actor,
        AuditEvent.COMPANION_MESSAGE_SENT,
        subject_id=actor.user_id,
        object_type="companion_message",
        object_id=message.id,
        extra={"level": str(result.level)},
    )
    safety_service.raise_for_result(session, actor, result, source="companion", source_id=message.id, now=now)
    responder = configured_responder()
    if stream and responder is not None and not reviewed_only(prepared.decision):
        return Exchange(message, None, None)
    reply = answer(prepared, responder)
    stored = _store_reply(session, actor, conversation, reply, now)
    return Exchange(message, stored, reply, _crisis(reply, context), context.has_therapist)


def stream_reply(
    session: Session, actor: Actor, message_id: int, *, accept_language: str | None = None, now: datetime | None = None
) -> Iterator[tuple[str, object]]:
    """The LLM reply to a stored client message, sentence by sentence ("text"), then ("final",
    Exchange) once it is checked and stored. The message was screened when it was sent."""
    _require_client(actor)
    repo = CompanionRepository(session)
    message = repo.own_message(actor, message_id)
    if message is None or message.role != "user" or message.client_id != actor.user_id:
        raise NotFound("No such message.")
    if repo.reply_after(message) is not None:
        raise Conflict("This message was already answered.")
    conversation = repo.conversation(message.conversation_id)
    assert conversation is not None
    history = repo.messages_of(actor, conversation.id, upto_id=message.id)
    context = build_context(
        session,
        actor,
        conversation,
        accept_language=accept_language,
        now=now or utc_now(),
        first_use=repo.count_for_client(actor.user_id) <= 1,
    )
    for kind, value in respond_stream(_turns(history), context, responder=configured_responder()):
        if kind == "final":
            assert isinstance(value, Reply)
            stored = _store_reply(session, actor, conversation, value, now or utc_now())
            yield "final", Exchange(message, stored, value, _crisis(value, context), context.has_therapist)
        else:
            yield kind, value


def current_conversation(session: Session, actor: Actor) -> tuple[Conversation | None, list[Message]]:
    """The client's latest conversation (an empty one after a long pause is not created by reading)."""
    _require_client(actor)
    repo = CompanionRepository(session)
    conversation = repo.latest_conversation(actor.user_id)
    messages = repo.messages_of(actor, conversation.id) if conversation else []
    audit.record(
        session,
        actor,
        AuditEvent.COMPANION_VIEWED,
        subject_id=actor.user_id,
        object_type="companion_conversation",
        object_id=conversation.id if conversation else None,
    )
    return conversation, messages


def list_client_conversations(
    session: Session, actor: Actor, client_id: int, *, limit: int = 5
) -> list[tuple[Conversation, list[Message]]]:
    """A therapist reads a client's recent conversations: 404 unless linked and the client shares the
    companion with them. Every read is audited with the conversations it showed."""
    care_service.access_client_scope(session, actor, client_id, Scope.COMPANION)
    repo = CompanionRepository(session)
    conversations = repo.recent_conversations(actor, client_id, limit=limit)
    audit.record(
        session,
        actor,
        AuditEvent.COMPANION_VIEWED,
        subject_id=client_id,
        object_type="companion_conversation",
        extra={"conversation_ids": [c.id for c in conversations]},
    )
    return [(c, repo.messages_of(actor, c.id)) for c in conversations]
