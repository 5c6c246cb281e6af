"""Every query on self-referral settings, the intake team and referrals.

Referrals are read by the person themselves and by the intake team of their organisation; the
service checks team membership before it calls the team's queries, and every team query is bound
to the caller's organisation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from alongside.accounts.actor import Actor
from alongside.intake.models import IntakeSettings, IntakeTeamMember, Referral, ReferralStatus

WAITING = (ReferralStatus.SUBMITTED, ReferralStatus.WAITING, ReferralStatus.PROPOSED)


class IntakeSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_organisation(self, organisation_id: int) -> IntakeSettings | None:
        return self.session.scalar(select(IntakeSettings).where(IntakeSettings.organisation_id == organisation_id))

    def by_code(self, code: str) -> IntakeSettings | None:
        return self.session.scalar(select(IntakeSettings).where(IntakeSettings.code == code))

    def add(self, row: IntakeSettings) -> IntakeSettings:
        self.session.add(row)
        self.session.flush()
        return row


class IntakeTeamRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def members(self, organisation_id: int) -> list[IntakeTeamMember]:
        query = (
            select(IntakeTeamMember)
            .where(IntakeTeamMember.organisation_id == organisation_id)
            .options(selectinload(IntakeTeamMember.therapist))
            .order_by(IntakeTeamMember.id)
        )
        return list(self.session.scalars(query))

    def is_member(self, organisation_id: int, therapist_id: int) -> bool:
        query = select(IntakeTeamMember.id).where(
            IntakeTeamMember.organisation_id == organisation_id, IntakeTeamMember.therapist_id == therapist_id
        )
        return self.session.scalar(query) is not None

    def replace(self, organisation_id: int, therapist_ids: list[int], now: datetime) -> None:
        self.session.execute(delete(IntakeTeamMember).where(IntakeTeamMember.organisation_id == organisation_id))
        for therapist_id in therapist_ids:
            self.session.add(
                IntakeTeamMember(organisation_id=organisation_id, therapist_id=therapist_id, created_at=now)
            )
        self.session.flush()


class ReferralRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, referral: Referral) -> Referral:
        self.session.add(referral)
        self.session.flush()
        return referral

    def own(self, actor: Actor) -> Referral | None:
        query = select(Referral).where(Referral.client_id == actor.user_id).options(selectinload(Referral.therapist))
        return self.session.scalar(query)

    def for_client(self, client_id: int) -> Referral | None:
        return self.session.scalar(select(Referral).where(Referral.client_id == client_id))

    def in_organisation(self, organisation_id: int, referral_id: int) -> Referral | None:
        query = (
            select(Referral)
            .where(Referral.organisation_id == organisation_id, Referral.id == referral_id)
            .options(selectinload(Referral.client), selectinload(Referral.therapist))
        )
        return self.session.scalar(query)

    def waiting(self, organisation_id: int) -> list[Referral]:
        query = (
            select(Referral)
            .where(Referral.organisation_id == organisation_id, Referral.status.in_(WAITING))
            .options(selectinload(Referral.client), selectinload(Referral.therapist))
        )
        return list(self.session.scalars(query))

    def count_with_status(self, organisation_id: int, status: ReferralStatus) -> int:
        query = select(func.count()).where(Referral.organisation_id == organisation_id, Referral.status == status)
        return self.session.scalar(query) or 0

    def created_since(self, organisation_id: int, since: datetime) -> list[Referral]:
        query = select(Referral).where(Referral.organisation_id == organisation_id, Referral.created_at >= since)
        return list(self.session.scalars(query.order_by(Referral.created_at)))
