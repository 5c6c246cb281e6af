from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, EmailStr

from alongside.accounts.schemas import DisplayName, Password


class SelfReferralSignup(BaseModel):
    """A person creates their account from the organisation's self-referral link, after reading
    what happens with their data; ``agree`` and ``age_ok`` must both be ticked."""

    display_name: DisplayName
    email: EmailStr
    password: Password
    password_again: str
    locale: Literal["en", "nl"] = "nl"
    agree: bool = False
    age_ok: bool = False


class IntakeSettingsUpdate(BaseModel):
    open: bool
    new_code: bool = False
    code: str | None = None


class ReferralRead(BaseModel):
    id: int
    status: str
    step: str
    created_at: datetime
    submitted_at: datetime | None
    therapist_name: str | None


class ScoreRead(BaseModel):
    instrument: str
    total: int
    band: str
    completed_at: datetime


class RiskRead(BaseModel):
    field: str
    level: str
    codes: list[str]
    sentences: list[str]


class SummaryRead(BaseModel):
    referral_id: int
    client_name: str
    status: str
    own_words: str
    answers: dict[str, str]
    scores: list[ScoreRead]
    risks: list[RiskRead]
    highest_risk: str
    suggested_step: str
    suggested_because: list[str]
    text: str


class WaitingRowRead(BaseModel):
    referral_id: int
    client_id: int
    client_name: str
    status: str
    open_alert_level: str | None
    deteriorated: list[str]
    waiting_days: int
    suggested_step: str | None


class WeekFigures(BaseModel):
    week: str
    referrals: int
    reviewed: int
    median_days_to_review: float | None
    first_appointments: int
    median_days_to_first_appointment: float | None
    waiting_at_end: int
    deteriorated: int
    dropped_out: int
