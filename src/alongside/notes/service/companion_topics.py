"""The companion's part of the between-session summary: how many conversations and client messages
there were in the period, and the topics that came up most.

Read only when the client shares the companion with the therapist, through the companion's own
service (``list_client_conversations``: 404 without consent, and it audits the read with the
conversations it showed). A message's topics are the ones the companion's understanding step finds
in it (``companion_service.memory.summarise``, the same words the companion's memory uses), counted
once per client message. The text of the messages is never copied into the summary or a note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.companion import service as companion_service
from alongside.notes.service import facts as f
from alongside.notes.service.facts import N_

CONVERSATION_LIMIT = 200  # the most recent conversations read (a new one starts after a 6-hour pause)
TOPICS_SHOWN = 3
TOPIC_WORDS = {
    "work": N_("work"),
    "school": N_("school or studies"),
    "relationship": N_("relationship"),
    "family": N_("family"),
    "friends": N_("friends"),
    "health": N_("health"),
    "sleep": N_("sleep"),
    "money": N_("money"),
    "loss": N_("loss"),
    "future": N_("the future"),
}


@dataclass(frozen=True)
class CompanionItem:
    """One conversation's client messages within the period (no text)."""

    conversation_id: int
    first_at: datetime
    messages: int
    topics: tuple[tuple[str, int], ...]  # (topic id, client messages it came up in), most first


def _item(conversation_id: int, times: list[datetime], topics: Counter[str]) -> CompanionItem:
    ordered = tuple(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0])))
    return CompanionItem(conversation_id, min(times), len(times), ordered)


def companion_items(session: Session, actor: Actor, client_id: int, start: datetime, end: datetime):  # noqa: ANN201
    """Per conversation with client messages in ``start``..``end``: their number and topics."""
    items: list[CompanionItem] = []
    conversations = companion_service.list_client_conversations(session, actor, client_id, limit=CONVERSATION_LIMIT)
    for conversation, messages in conversations:
        own = [m for m in messages if m.role == "user" and start <= m.created_at < end]
        if not own:
            continue
        topics: Counter[str] = Counter()
        for message in own:
            themes, _ = companion_service.memory.summarise([message])
            topics.update({t.removeprefix("topic:") for t in themes if t.startswith("topic:")})
        items.append(_item(conversation.id, [m.created_at for m in own], topics))
    return sorted(items, key=lambda item: item.first_at)


def companion_facts(ctx: f.FactContext, items: Sequence[CompanionItem]) -> list[f.Fact]:
    """The conversations and client messages, and the topics of at least two messages (or of the only
    one), most frequent first."""
    label = (f.LABEL_COMPANION, ctx.span())
    if not items:
        return [f.make_fact(ctx, "companion", "themes", "companion", f.COMPANION_NONE, {}, label, "companion")]
    messages = sum(item.messages for item in items)
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(dict(item.topics))
    least = 1 if messages == 1 else 2
    ranked = [t for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= least][:TOPICS_SHOWN]
    values: dict[str, Any] = {"count": len(items), "messages": messages}
    template = f.COMPANION_NO_TOPIC
    if ranked:
        template, values["topics"] = f.COMPANION, ", ".join(ctx.tr(TOPIC_WORDS.get(t, t)) for t in ranked)
    return [f.make_fact(ctx, "companion", "themes", "companion", template, values, label, "companion")]
