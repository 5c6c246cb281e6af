"""Every query on companion conversations, messages and memories. A client's rows are read through
``readable_by`` (the client, or a therapist the client shares the companion with)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.companion.models import Conversation, Memory, Message


class CompanionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[Message]]:
        return select(Message).where(Message.client_id.in_(readable_client_ids(actor, Scope.COMPANION)))

    def add(self, row: Conversation | Message | Memory) -> None:
        self.session.add(row)
        self.session.flush()

    def latest_conversation(self, client_id: int) -> Conversation | None:
        return self.session.scalar(
            select(Conversation)
            .where(Conversation.client_id == client_id)
            .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
            .limit(1)
        )

    def messages_of(self, actor: Actor, conversation_id: int, *, upto_id: int | None = None) -> list[Message]:
        query = self.readable_by(actor).where(Message.conversation_id == conversation_id)
        if upto_id is not None:
            query = query.where(Message.id <= upto_id)
        return list(self.session.scalars(query.order_by(Message.created_at, Message.id)))

    def count_for_client(self, client_id: int) -> int:
        return self.session.scalar(select(func.count()).where(Message.client_id == client_id)) or 0

    def messages_since(self, client_id: int, since: datetime, *, limit: int = 400) -> list[Message]:
        query = (
            select(Message)
            .where(Message.client_id == client_id, Message.created_at >= since)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(limit)
        )
        return list(reversed(list(self.session.scalars(query))))

    def own_message(self, actor: Actor, message_id: int) -> Message | None:
        return self.session.scalar(self.readable_by(actor).where(Message.id == message_id))

    def reply_after(self, message: Message) -> Message | None:
        return self.session.scalar(
            select(Message)
            .where(Message.conversation_id == message.conversation_id, Message.id > message.id)
            .order_by(Message.id)
            .limit(1)
        )

    def conversation(self, conversation_id: int) -> Conversation | None:
        return self.session.get(Conversation, conversation_id)

    def recent_conversations(self, actor: Actor, client_id: int, *, limit: int) -> list[Conversation]:
        ids = select(Message.conversation_id).where(
            Message.client_id == client_id, Message.client_id.in_(readable_client_ids(actor, Scope.COMPANION))
        )
        query = (
            select(Conversation)
            .where(Conversation.id.in_(ids))
            .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def memory(self, client_id: int) -> Memory | None:
        return self.session.scalar(select(Memory).where(Memory.client_id == client_id))
