"""Self-referral per organisation (open or closed, its code) and who is on the intake team."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role
from alongside.care import service as care_service
from alongside.care.models import Organisation
from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.intake.models import IntakeSettings
from alongside.intake.repository import IntakeSettingsRepository, IntakeTeamRepository
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or typed from a poster
CODE_LENGTH = 8


class ReferralClosed(Conflict):
    """The organisation is not taking self-referrals now."""


def fresh_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def settings_for(session: Session, organisation_id: int) -> IntakeSettings:
    """The organisation's settings, created closed with a fresh code the first time they are asked for."""
    repo = IntakeSettingsRepository(session)
    found = repo.for_organisation(organisation_id)
    if found is None:
        found = repo.add(IntakeSettings(organisation_id=organisation_id, open=False, code=fresh_code()))
    return found


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise Forbidden("Only an administrator can change self-referral.")


def update_settings(
    session: Session, actor: Actor, *, open: bool, new_code: bool = False, code: str | None = None
) -> IntakeSettings:
    """Open or close self-referral; ``new_code`` replaces the code (the old link stops working) and
    ``code`` sets one of the admin's own choosing (letters and digits, 6 to 32)."""
    _require_admin(actor)
    row = settings_for(session, actor.organisation_id)
    if code is not None:
        chosen = normalise_code(code)
        if not 6 <= len(chosen) <= 32:
            raise InvalidInput("A code has 6 to 32 letters or digits.", field="code")
        other = IntakeSettingsRepository(session).by_code(chosen)
        if other is not None and other.id != row.id:
            raise InvalidInput("This code is already in use. Choose another.", field="code")
        row.code = chosen
    elif new_code:
        row.code = fresh_code()
    row.open = open
    row.updated_at = utc_now()
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_SETTINGS_CHANGED,
        subject_id=None,
        object_type="intake_settings",
        object_id=row.id,
        extra={"open": open, "code_changed": bool(code or new_code)},
    )
    return row


def open_referral(session: Session, code: str) -> tuple[Organisation, IntakeSettings]:
    """The organisation behind a referral code; 404 for an unknown code, 409 while self-referral is closed."""
    row = IntakeSettingsRepository(session).by_code(normalise_code(code))
    organisation = care_service.get_organisation(session, row.organisation_id) if row else None
    if row is None or organisation is None:
        raise NotFound("This self-referral link is not valid. Check the code with the organisation.")
    if not row.open:
        raise ReferralClosed(
            "This organisation is not taking self-referrals at the moment. If you need help now, use the crisis lines."
        )
    return organisation, row


@dataclass(frozen=True)
class TeamMember:
    user_id: int
    name: str


def team(session: Session, organisation_id: int) -> list[TeamMember]:
    return [
        TeamMember(m.therapist_id, m.therapist.display_name)
        for m in IntakeTeamRepository(session).members(organisation_id)
    ]


def is_team_member(session: Session, actor: Actor) -> bool:
    return actor.is_therapist and IntakeTeamRepository(session).is_member(actor.organisation_id, actor.user_id)


def require_team(session: Session, actor: Actor) -> None:
    """The intake pages are the intake team's; anyone else gets 404, as for a hidden record."""
    if not is_team_member(session, actor):
        raise NotFound("Not found.")


def set_team(session: Session, actor: Actor, therapist_ids: list[int]) -> list[TeamMember]:
    _require_admin(actor)
    chosen = sorted(set(therapist_ids))
    for therapist_id in chosen:
        user = accounts_service.get_user(session, therapist_id)
        if user is None or user.organisation_id != actor.organisation_id or user.role != Role.THERAPIST:
            raise InvalidInput("Choose therapists of your organisation.", field="team")
    IntakeTeamRepository(session).replace(actor.organisation_id, chosen, utc_now())
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_SETTINGS_CHANGED,
        subject_id=None,
        object_type="intake_team",
        extra={"team": chosen},
    )
    return team(session, actor.organisation_id)


def organisation_therapists(session: Session, actor: Actor) -> list[TeamMember]:
    """Therapists of the caller's organisation (to choose the team from, or to propose to a client)."""
    users, _ = accounts_service.list_organisation_users(session, actor.organisation_id, role=Role.THERAPIST)
    return [TeamMember(u.id, u.display_name) for u in users if u.is_active]
