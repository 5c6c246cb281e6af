"""The companion's memory of a client: a short summary of recent themes (topics and feelings) and the
skills that helped, built from the client's own companion messages of the last 30 days. Both
responders use it; the client can read it and delete it, after which only newer messages count."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.companion.models import Memory, Message
from alongside.companion.pipeline.understanding import understand
from alongside.companion.repository import CompanionRepository
from alongside.companion.schemas import MemoryRead
from alongside.errors import Forbidden
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

__all__ = ["refresh_memory", "read_memory", "delete_memory", "summarise"]

WINDOW = timedelta(days=30)
TOPICS, FEELINGS, HELPED = 3, 2, 3


def summarise(messages: list[Message]) -> tuple[list[str], list[str]]:
    """(themes, helped): the most frequent topics and painful feelings ("topic:work",
    "feeling:anxious"), and skills the client finished or said helped."""
    topics: Counter[str] = Counter()
    feelings: Counter[str] = Counter()
    helped: list[str] = []
    previous: Message | None = None
    for message in messages:
        if message.role == "user":
            u = understand(message.content, "en")
            topics.update(u.topics)
            feelings.update(k for k in u.emotion_kinds if k != "positive")
            good = bool(u.intents & {"positive", "thanks"})
            if good and previous is not None and previous.skill and previous.stance == "guided_skill":
                helped.append(previous.skill)
        elif message.stance == "guided_skill" and message.skill and message.skill_step is None:
            helped.append(message.skill)  # the skill was done to its end
        previous = message
    themes = [f"topic:{t}" for t, _ in topics.most_common(TOPICS)]
    themes += [f"feeling:{f}" for f, _ in feelings.most_common(FEELINGS)]
    return themes, [s for s, _ in Counter(helped).most_common(HELPED)]


def refresh_memory(session: Session, client_id: int, *, now: datetime | None = None) -> Memory:
    """Rebuild the summary (called after each exchange; a system write beside the client's own)."""
    now = now or utc_now()
    repo = CompanionRepository(session)
    memory = repo.memory(client_id)
    if memory is None:
        memory = Memory(client_id=client_id, updated_at=now)
        repo.add(memory)
    since = max(now - WINDOW, memory.cleared_at) if memory.cleared_at else now - WINDOW
    themes, helped = summarise(repo.messages_since(client_id, since))
    memory.themes = json.dumps(themes) if themes else None
    memory.helped = json.dumps(helped) if helped else None
    memory.updated_at = now
    return memory


def _own(actor: Actor) -> None:
    if not actor.is_client:
        raise Forbidden("Only clients talk with the companion.")


def read_memory(session: Session, actor: Actor) -> MemoryRead:
    _own(actor)
    memory = CompanionRepository(session).memory(actor.user_id)
    audit.record(
        session,
        actor,
        AuditEvent.COMPANION_MEMORY_VIEWED,
        subject_id=actor.user_id,
        object_type="companion_memory",
        object_id=memory.id if memory else None,
    )
    if memory is None:
        return MemoryRead(themes=[], helped=[], updated_at=None, cleared_at=None)
    return MemoryRead(
        themes=json.loads(memory.themes) if memory.themes else [],
        helped=json.loads(memory.helped) if memory.helped else [],
        updated_at=memory.updated_at,
        cleared_at=memory.cleared_at,
    )


def delete_memory(session: Session, actor: Actor, *, now: datetime | None = None) -> None:
    """Forget the summary; it is rebuilt only from messages written after now."""
    _own(actor)
    now = now or utc_now()
    repo = CompanionRepository(session)
    memory = repo.memory(actor.user_id)
    if memory is None:
        memory = Memory(client_id=actor.user_id, updated_at=now)
        repo.add(memory)
    memory.themes = memory.helped = None
    memory.cleared_at = memory.updated_at = now
    audit.record(
        session,
        actor,
        AuditEvent.COMPANION_MEMORY_DELETED,
        subject_id=actor.user_id,
        object_type="companion_memory",
        object_id=memory.id,
    )
