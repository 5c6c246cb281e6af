from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

MessageText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class MessageCreate(BaseModel):
    text: MessageText


class MessageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    role: str
    content: str
    created_at: datetime
    risk_level: str | None = None
    stance: str | None = None
    skill: str | None = None


class SafetyRead(BaseModel):
    level: str
    actions: list[str]


class ReplyRead(BaseModel):
    """The companion's answer, shaped like the command line's: reply, safety, stance, skill."""

    message: MessageRead
    reply: str
    safety: SafetyRead
    stance: str
    skill: str | None
    crisis_lines: dict | None = None


class ExchangeRead(BaseModel):
    client_message: MessageRead
    answer: ReplyRead


class ConversationRead(BaseModel):
    id: int
    started_at: datetime
    messages: list[MessageRead]


class ConversationPage(BaseModel):
    items: list[ConversationRead]


class MemoryRead(BaseModel):
    """Recent themes (topics and feelings) and the skills that helped, as ids; empty after deletion."""

    themes: list[str]
    helped: list[str]
    updated_at: datetime | None
    cleared_at: datetime | None
