from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

FootprintFormat = Literal["apple_health", "google", "csv"]


class ImportRead(BaseModel):
    """One imported file. ``already_imported``: this very file was imported before (on ``created_at``)
    and nothing was added now."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: int
    format: FootprintFormat
    filename: str
    rows: int
    days: int
    first_day: date | None
    last_day: date | None
    created_at: datetime
    already_imported: bool = False
