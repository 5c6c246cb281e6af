"""Care teams: invitations, the client's consent per therapist, the therapist's caseload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.accounts.schemas import UserCreate
from alongside.care.models import CareLink, Invitation, LinkStatus, Organisation, Scope
from alongside.care.repository import CareLinkRepository, InvitationRepository, OrganisationRepository
from alongside.care.schemas import CareLinkRead, Consent, InvitationSignup
from alongside.config import settings
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.kit import tokens
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent


def create_organisation(session: Session, *, name: str, country: str = "NL", locale: str = "nl") -> Organisation:
    return OrganisationRepository(session).add(Organisation(name=name, country=country, default_locale=locale))


def get_organisation(session: Session, organisation_id: int) -> Organisation | None:
    return OrganisationRepository(session).get(organisation_id)


def consent_of(link: CareLink) -> Consent:
    return Consent(**{scope.value: getattr(link, f"share_{scope.value}") for scope in Scope})


def _apply_consent(link: CareLink, consent: Consent, now: datetime) -> None:
    for scope in Scope:
        setattr(link, f"share_{scope.value}", getattr(consent, scope.value))
    link.consent_updated_at = now


def link_read(link: CareLink) -> CareLinkRead:
    return CareLinkRead(
        id=link.id,
        therapist_id=link.therapist_id,
        therapist_name=link.therapist.display_name,
        client_id=link.client_id,
        status=link.status,
        consent=consent_of(link),
        consent_updated_at=link.consent_updated_at,
    )


def create_invitation(
    session: Session, actor: Actor, *, note: str | None = None, now: datetime | None = None
) -> tuple[str, Invitation]:
    """A therapist invites a client; returns the code, shown once (only its hash is stored)."""
    if not actor.is_therapist:
        raise Forbidden("Only therapists can invite clients.")
    now = now or utc_now()
    code = tokens.new_code()
    invitation = Invitation(
        therapist_id=actor.user_id,
        code_hash=tokens.digest(code),
        note=note,
        expires_at=now + timedelta(days=settings.invitation_days),
        created_at=now,
    )
    return code, InvitationRepository(session).add(invitation)


def open_invitation(session: Session, code: str) -> Invitation:
    invitation = InvitationRepository(session).open_by_hash(tokens.digest(tokens.normalise_code(code)), utc_now())
    if invitation is None:
        raise NotFound("This invitation code is not valid. It may have expired or been used already.")
    return invitation


def accept_invitation(session: Session, actor: Actor, code: str, consent: Consent) -> CareLink:
    """The client joins the therapist's care team with the consent they chose."""
    if not actor.is_client:
        raise Forbidden("Only clients can accept an invitation.")
    invitation = open_invitation(session, code)
    if invitation.therapist.organisation_id != actor.organisation_id:
        raise NotFound("This invitation code is not valid. It may have expired or been used already.")
    now = utc_now()
    link = join_care_team(session, actor, invitation.therapist_id, consent, now=now)
    invitation.accepted_by_id = actor.user_id
    invitation.accepted_at = now
    return link


def join_care_team(
    session: Session, actor: Actor, therapist_id: int, consent: Consent, *, now: datetime | None = None
) -> CareLink:
    """The client joins (or rejoins) a therapist's care team with the consent they chose. Callers check
    that the client was invited or proposed to this therapist; this is the consent step itself."""
    if not actor.is_client:
        raise Forbidden("Only clients can accept an invitation.")
    now = now or utc_now()
    repo = CareLinkRepository(session)
    link = repo.between(therapist_id, actor.user_id)
    if link is None:
        link = CareLink(
            therapist_id=therapist_id,
            client_id=actor.user_id,
            status=LinkStatus.ACTIVE,
            consent_updated_at=now,
            created_at=now,
        )
        _apply_consent(link, consent, now)
        repo.add(link)
    else:
        link.status = LinkStatus.ACTIVE
        link.ended_at = None
        _apply_consent(link, consent, now)
    audit.record(
        session,
        actor,
        AuditEvent.CONSENT_GIVEN,
        subject_id=actor.user_id,
        object_type="care_link",
        object_id=link.id,
        extra={"therapist_id": link.therapist_id, **consent.model_dump()},
    )
    return link


def sign_up_with_invitation(session: Session, code: str, data: InvitationSignup) -> tuple[User, CareLink]:
    """A new client creates an account from an invitation link and gives consent in one step."""
    invitation = open_invitation(session, code)
    if data.password != data.password_again:
        raise InvalidInput("The two passwords are not the same.", field="password_again")
    user = accounts_service.create_user(
        session,
        invitation.therapist.organisation_id,
        UserCreate(email=data.email, display_name=data.display_name, role=Role.CLIENT, password=data.password),
    )
    link = accept_invitation(session, Actor.of(user), code, data.consent)
    return user, link


def list_care_team(session: Session, actor: Actor) -> list[CareLink]:
    if not actor.is_client:
        raise Forbidden("Only clients have a care team.")
    return CareLinkRepository(session).active_for_client(actor.user_id)


def access_own_link(session: Session, actor: Actor, link_id: int) -> CareLink:
    link = CareLinkRepository(session).for_client(actor.user_id, link_id) if actor.is_client else None
    if link is None or link.status != LinkStatus.ACTIVE:
        raise NotFound("No such therapist in your care team.")
    return link


def update_consent(session: Session, actor: Actor, link_id: int, consent: Consent) -> CareLink:
    link = access_own_link(session, actor, link_id)
    before = consent_of(link)
    _apply_consent(link, consent, utc_now())
    audit.record(
        session,
        actor,
        AuditEvent.CONSENT_CHANGED,
        subject_id=actor.user_id,
        object_type="care_link",
        object_id=link.id,
        extra={"therapist_id": link.therapist_id, "before": before.model_dump(), "after": consent.model_dump()},
    )
    return link


def withdraw(session: Session, actor: Actor, link_id: int) -> CareLink:
    """The client ends this therapist's access to everything at once."""
    link = access_own_link(session, actor, link_id)
    now = utc_now()
    _apply_consent(link, Consent(), now)
    link.status = LinkStatus.ENDED
    link.ended_at = now
    audit.record(
        session,
        actor,
        AuditEvent.CONSENT_WITHDRAWN,
        subject_id=actor.user_id,
        object_type="care_link",
        object_id=link.id,
        extra={"therapist_id": link.therapist_id},
    )
    return link


def list_caseload(session: Session, actor: Actor, *, search: str | None = None) -> list[CareLink]:
    if not actor.is_therapist:
        raise Forbidden("Only therapists have a caseload.")
    return CareLinkRepository(session).caseload(actor.user_id, search=search or None)


@dataclass(frozen=True)
class CaseloadEntry:
    """A client in the therapist's active caseload with what they share (no clinical data)."""

    client_id: int
    name: str
    timezone: str | None
    share_checkins: bool
    share_questionnaires: bool
    linked_since: datetime


def caseload_entries(session: Session, actor: Actor, *, search: str | None = None) -> list[CaseloadEntry]:
    """The active caseload as plain values, by name (cheap for hundreds of clients)."""
    if not actor.is_therapist:
        raise Forbidden("Only therapists have a caseload.")
    rows = CareLinkRepository(session).caseload_entries(actor.user_id, search=search or None)
    return [CaseloadEntry(*row) for row in rows]


_LINKS = "alongside.care.active_links"


def access_client_link(session: Session, actor: Actor, client_id: int) -> CareLink:
    """The therapist's active link to this client; 404 whether the client is missing or not theirs.

    A page reads a client through several domains, each of which checks the link: it is looked up
    once per session and the same (identity-mapped) object is checked again each time, so a change
    to the link within the transaction (consent withdrawn) is still seen."""
    if not actor.is_therapist:
        raise NotFound("No such client.")
    found: dict[tuple[int, int], CareLink] = session.info.setdefault(_LINKS, {})
    link = found.get((actor.user_id, client_id))
    if link is None or "client" in inspect(link).unloaded:  # new, or expired by a rollback since
        link = CareLinkRepository(session).active_between(actor.user_id, client_id)
        found.pop((actor.user_id, client_id), None)
        if link is not None:
            found[(actor.user_id, client_id)] = link
    if link is None or link.status != LinkStatus.ACTIVE:
        raise NotFound("No such client.")
    return link


def access_client_scope(session: Session, actor: Actor, client_id: int, scope: Scope) -> CareLink:
    """The therapist's active link to a client who shares ``scope`` with them; 404 otherwise, so a
    therapist cannot tell a missing client from one who does not share this."""
    link = access_client_link(session, actor, client_id)
    if not link.allows(scope):
        raise NotFound("No such client.")
    return link


def access_own_or_shared(session: Session, actor: Actor, client_id: int, scope: Scope) -> CareLink | None:
    """For reads of a client's data: ``None`` when the actor is that client, else the therapist's
    active link that shares ``scope`` (404 otherwise, as ``access_client_scope``)."""
    if actor.is_client and actor.user_id == client_id:
        return None
    return access_client_scope(session, actor, client_id, scope)


def link_therapist(
    session: Session, therapist: User, client: User, consent: Consent, *, now: datetime | None = None
) -> CareLink:
    """Direct link without an invitation (demo and admin command line)."""
    now = now or utc_now()
    link = CareLink(
        therapist_id=therapist.id,
        client_id=client.id,
        status=LinkStatus.ACTIVE,
        consent_updated_at=now,
        created_at=now,
    )
    _apply_consent(link, consent, now)
    CareLinkRepository(session).add(link)
    audit.record(
        session,
        Actor.of(client),
        AuditEvent.CONSENT_GIVEN,
        subject_id=client.id,
        object_type="care_link",
        object_id=link.id,
        extra={"therapist_id": therapist.id, **consent.model_dump()},
    )
    return link


def first_organisation(session: Session) -> Organisation | None:
    return OrganisationRepository(session).first()


def active_links_for_client(session: Session, client_id: int) -> list[CareLink]:
    """The client's care team (for safety: risk is shared with every therapist, whatever the consent)."""
    return CareLinkRepository(session).active_for_client(client_id)
