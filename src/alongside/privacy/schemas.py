from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class AccessLogEntry(BaseModel):
    at: datetime
    who: str
    role: str
    event: str
    object_type: str | None
    object_id: int | None


class AccessLogPage(BaseModel):
    items: list[AccessLogEntry]
    total: int
