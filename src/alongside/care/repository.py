"""Every query on organisations, care links and invitations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from alongside.accounts.models import User
from alongside.care.models import CareLink, Invitation, LinkStatus, Organisation


class OrganisationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, organisation: Organisation) -> Organisation:
        self.session.add(organisation)
        self.session.flush()
        return organisation

    def get(self, organisation_id: int) -> Organisation | None:
        return self.session.get(Organisation, organisation_id)

    def first(self) -> Organisation | None:
        return self.session.scalar(select(Organisation).order_by(Organisation.id).limit(1))


class CareLinkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, link: CareLink) -> CareLink:
        self.session.add(link)
        self.session.flush()
        return link

    def between(self, therapist_id: int, client_id: int) -> CareLink | None:
        return self.session.scalar(
            select(CareLink).where(CareLink.therapist_id == therapist_id, CareLink.client_id == client_id)
        )

    def active_between(self, therapist_id: int, client_id: int) -> CareLink | None:
        return self.session.scalar(
            select(CareLink)
            .options(joinedload(CareLink.client))
            .where(
                CareLink.therapist_id == therapist_id,
                CareLink.client_id == client_id,
                CareLink.status == LinkStatus.ACTIVE,
            )
        )

    def for_client(self, client_id: int, link_id: int) -> CareLink | None:
        return self.session.scalar(
            select(CareLink)
            .options(joinedload(CareLink.therapist))
            .where(CareLink.id == link_id, CareLink.client_id == client_id)
        )

    def active_for_client(self, client_id: int) -> list[CareLink]:
        return list(
            self.session.scalars(
                select(CareLink)
                .options(joinedload(CareLink.therapist))
                .where(CareLink.client_id == client_id, CareLink.status == LinkStatus.ACTIVE)
                .order_by(CareLink.id)
            )
        )

    def caseload(self, therapist_id: int, *, search: str | None = None) -> list[CareLink]:
        query = (
            select(CareLink)
            .join(User, User.id == CareLink.client_id)
            .options(joinedload(CareLink.client))
            .where(CareLink.therapist_id == therapist_id, CareLink.status == LinkStatus.ACTIVE)
            .order_by(User.display_name)
        )
        if search:
            query = query.where(User.display_name.ilike(f"%{search}%"))
        return list(self.session.scalars(query))

    def caseload_entries(self, therapist_id: int, *, search: str | None = None) -> list[tuple]:
        """(client id, name, time zone, share_checkins, share_questionnaires, linked since) of the
        active caseload, by name: plain rows, no ORM objects, for a page that lists hundreds."""
        query = (
            select(
                CareLink.client_id,
                User.display_name,
                User.timezone,
                CareLink.share_checkins,
                CareLink.share_questionnaires,
                CareLink.created_at,
            )
            .join(User, User.id == CareLink.client_id)
            .where(CareLink.therapist_id == therapist_id, CareLink.status == LinkStatus.ACTIVE)
            .order_by(User.display_name)
        )
        if search:
            query = query.where(User.display_name.ilike(f"%{search}%"))
        return [tuple(row) for row in self.session.execute(query)]


class InvitationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, invitation: Invitation) -> Invitation:
        self.session.add(invitation)
        self.session.flush()
        return invitation

    def open_by_hash(self, code_hash: str, now: datetime) -> Invitation | None:
        return self.session.scalar(
            select(Invitation)
            .options(joinedload(Invitation.therapist))
            .where(
                Invitation.code_hash == code_hash,
                Invitation.accepted_at.is_(None),
                Invitation.revoked_at.is_(None),
                Invitation.expires_at > now,
            )
        )
