from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, EmailStr, StringConstraints

from alongside.accounts.schemas import DisplayName, Password
from alongside.care.models import LinkStatus


class Consent(BaseModel):
    """What the client lets this therapist see. Everything is off unless the client turns it on."""

    checkins: bool = False
    questionnaires: bool = False
    journal: bool = False
    companion: bool = False
    footprint: bool = False


class InvitationCreate(BaseModel):
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] | None = None


class InvitationCreated(BaseModel):
    code: str
    url: str
    expires_at: datetime


class InvitationAccept(BaseModel):
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=6, max_length=32)]
    consent: Consent


class InvitationSignup(BaseModel):
    """A new client accepting an invitation creates their account at the same time."""

    display_name: DisplayName
    email: EmailStr
    password: Password
    password_again: str
    consent: Consent


class CareLinkRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    therapist_id: int
    therapist_name: str
    client_id: int
    status: LinkStatus
    consent: Consent
    consent_updated_at: datetime


class ClientSummary(BaseModel):
    id: int
    display_name: str
    linked_since: datetime
    consent: Consent
    last_checkin_at: datetime | None = None
