from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20000)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class EntryCreate(BaseModel):
    title: Title | None = None
    body: Body
    shared: bool = False


class EntryUpdate(BaseModel):
    title: Title | None = None
    body: Body | None = None
    shared: bool | None = None


class EntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    title: str | None
    body: str
    shared: bool
    written_at: datetime
    updated_at: datetime | None
    risk_level: str | None = None


class EntryPage(BaseModel):
    items: list[EntryRead]
    total: int
