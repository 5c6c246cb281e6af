"""Supervision: a therapist invites another therapist of their organisation to read their tutor
reports and trend; the invited therapist accepts or declines; the therapist can revoke at any time.

Only an *active* supervision (accepted, not revoked) grants reading (``repository.supervised_ids``);
a supervisor never contests codes. Inviting again after a decline or a revocation asks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.tutor.models import SupervisionStatus, TutorSupervision
from alongside.tutor.repository import SupervisionRepository


@dataclass(frozen=True)
class SupervisionItem:
    row: TutorSupervision
    other: User  # the supervisor (for the therapist's list) or the therapist (for the supervisor's)


@dataclass(frozen=True)
class Overview:
    given: list[SupervisionItem]  # the actor's invitations to supervisors
    received: list[SupervisionItem]  # invitations the actor received
    candidates: list[User]  # therapists of the organisation the actor may invite


def _audit(session: Session, actor: Actor, event: AuditEvent, row: TutorSupervision) -> None:
    audit.record(
        session, actor, event, subject_id=None, object_type="tutor_supervision", object_id=row.id,
        extra={"therapist_id": row.therapist_id, "supervisor_id": row.supervisor_id, "status": row.status.value},
    )  # fmt: skip


def candidates(session: Session, actor: Actor) -> list[User]:
    users, _ = accounts_service.list_organisation_users(session, actor.organisation_id, role=Role.THERAPIST)
    return [u for u in users if u.id != actor.user_id and u.is_active]


def invite_supervisor(
    session: Session, actor: Actor, supervisor_id: int, *, now: datetime | None = None
) -> TutorSupervision:
    """Invite a therapist of the actor's organisation; 422 for anyone else (no other user is revealed)."""
    supervisor = accounts_service.get_user(session, supervisor_id)
    if (
        supervisor is None or supervisor.id == actor.user_id or supervisor.role != Role.THERAPIST
        or supervisor.organisation_id != actor.organisation_id or not supervisor.is_active
    ):  # fmt: skip
        raise InvalidInput("Choose another therapist of your organisation.", field="supervisor_id")
    repo = SupervisionRepository(session)
    row = repo.find(actor.user_id, supervisor.id)
    if row is not None and row.status in (SupervisionStatus.PENDING, SupervisionStatus.ACTIVE):
        raise Conflict("You have already invited this therapist.")
    now = now or utc_now()
    if row is None:
        row = repo.add(
            TutorSupervision(
                organisation_id=actor.organisation_id, therapist_id=actor.user_id, supervisor_id=supervisor.id,
                status=SupervisionStatus.PENDING, created_at=now,
            )
        )  # fmt: skip
    else:
        row.status, row.created_at, row.responded_at, row.revoked_at = SupervisionStatus.PENDING, now, None, None
    _audit(session, actor, AuditEvent.TUTOR_SUPERVISOR_INVITED, row)
    return row


def _received(session: Session, actor: Actor, supervision_id: int) -> TutorSupervision:
    row = SupervisionRepository(session).get_involving(actor, supervision_id)
    if row is None or row.supervisor_id != actor.user_id:
        raise NotFound("No such invitation.")
    return row


def answer_invitation(
    session: Session, actor: Actor, supervision_id: int, *, accept: bool, now: datetime | None = None
) -> TutorSupervision:
    """The invited therapist accepts or declines a pending invitation (declining an active one ends it)."""
    row = _received(session, actor, supervision_id)
    allowed = (SupervisionStatus.PENDING,) if accept else (SupervisionStatus.PENDING, SupervisionStatus.ACTIVE)
    if row.status not in allowed:
        raise Conflict("This invitation is no longer open.")
    row.status = SupervisionStatus.ACTIVE if accept else SupervisionStatus.DECLINED
    row.responded_at = now or utc_now()
    event = AuditEvent.TUTOR_SUPERVISION_ACCEPTED if accept else AuditEvent.TUTOR_SUPERVISION_DECLINED
    _audit(session, actor, event, row)
    return row


def revoke_supervision(
    session: Session, actor: Actor, supervision_id: int, *, now: datetime | None = None
) -> TutorSupervision:
    """The therapist ends a supervision or withdraws an invitation: the supervisor sees nothing more."""
    row = SupervisionRepository(session).get_involving(actor, supervision_id)
    if row is None or row.therapist_id != actor.user_id:
        raise NotFound("No such invitation.")
    if row.status not in (SupervisionStatus.PENDING, SupervisionStatus.ACTIVE):
        raise Conflict("This invitation is no longer open.")
    row.status, row.revoked_at = SupervisionStatus.REVOKED, now or utc_now()
    _audit(session, actor, AuditEvent.TUTOR_SUPERVISION_REVOKED, row)
    return row


def overview(session: Session, actor: Actor) -> Overview:
    repo = SupervisionRepository(session)
    given = [(r, accounts_service.get_user(session, r.supervisor_id)) for r in repo.given_by(actor.user_id)]
    received = [(r, accounts_service.get_user(session, r.therapist_id)) for r in repo.received_by(actor.user_id)]
    invited = {r.supervisor_id for r, _ in given if r.status in (SupervisionStatus.PENDING, SupervisionStatus.ACTIVE)}
    return Overview(
        [SupervisionItem(r, u) for r, u in given if u is not None],
        [SupervisionItem(r, u) for r, u in received if u is not None],
        [u for u in candidates(session, actor) if u.id not in invited],
    )
