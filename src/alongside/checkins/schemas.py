from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Scale = Annotated[int, Field(ge=1, le=10)]


class CheckInCreate(BaseModel):
    mood: Scale
    energy: Scale | None = None
    anxiety: Scale | None = None
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None
    at: datetime | None = Field(default=None, description="Back-dating up to 48 hours; default now.")


class CheckInRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None
    note: str | None
    risk_level: str | None = None


class MoodPoint(BaseModel):
    """One check-in's ratings without its note, for features that adapt to the client (journal prompts)."""

    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None


class CheckInPage(BaseModel):
    items: list[CheckInRead]
    total: int
