"""Companion use cases: sending a message (screened, stored encrypted, answered, checked), streaming
an LLM reply, reading conversations (the client; therapists with consent), and the memory summary."""

from alongside.companion.service.conversations import (
    CONVERSATION_GAP,
    Exchange,
    current_conversation,
    list_client_conversations,
    send_message,
    stream_reply,
)
from alongside.companion.service.memory import delete_memory, read_memory, refresh_memory

__all__ = [
    "CONVERSATION_GAP",
    "Exchange",
    "current_conversation",
    "delete_memory",
    "list_client_conversations",
    "read_memory",
    "refresh_memory",
    "send_message",
    "stream_reply",
]
