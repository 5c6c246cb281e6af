from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, StringConstraints

Line = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]


class PolicyUpdate(BaseModel):
    imminent_minutes: Annotated[int, Field(ge=1, le=60)] = 15
    high_minutes: Annotated[int, Field(ge=15, le=24 * 60)] = 240
    moderate_hour: Annotated[int, Field(ge=8, le=20)] = 17
    backup_clinician_id: int | None = None
    on_call_clinician_id: int | None = None
    alert_from_level: Literal["moderate", "high"] = "moderate"
    email_enabled: bool = True
    webhook_url: HttpUrl | None = None
    webhook_secret: Annotated[str, StringConstraints(min_length=16, max_length=200)] | None = None
    silence_days: Annotated[int, Field(ge=1, le=30)] = 3

    def model_dump(self, **kwargs):  # noqa: ANN003, ANN201 (URL as plain text for the column)
        data = super().model_dump(**kwargs)
        if data.get("webhook_url") is not None:
            data["webhook_url"] = str(data["webhook_url"])
        return data


class SignalRead(BaseModel):
    source: str
    source_id: int | None
    level: str
    codes: list[str]
    evidence: list[str] | None = Field(None, description="The sentences behind the signals; hidden from admins.")
    created_at: datetime


class NotificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    channel: str
    recipient_id: int | None
    address: str | None
    status: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    next_attempt_at: datetime


class AlertRead(BaseModel):
    id: int
    client_id: int
    client_name: str
    level: str
    status: str
    stage: int
    deadline_at: datetime
    created_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    outcome_note: str | None = None
    signals: list[SignalRead] = []
    notifications: list[NotificationRead] = []


class AlertResolve(BaseModel):
    outcome_note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=4000)]


class SafetyPlanContent(BaseModel):
    """Stanley–Brown, in this order, plus what matters most."""

    warning_signs: list[Line] = []
    coping_strategies: list[Line] = []
    distractions: list[Line] = []
    people_to_ask: list[Line] = []
    professionals: list[Line] = []
    safe_environment: list[Line] = []
    reasons_for_living: list[Line] = []


class CrisisLine(BaseModel):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] | None = None
    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] | None = None
    chat: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    hours: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] | None = None
    languages: list[str] = []
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None


class ContactRequest(BaseModel):
    message: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None
