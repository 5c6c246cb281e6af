"""Deadlines by level, the organisation's escalation policy, and escalation of overdue alerts:
therapists first, then the backup clinician, then the organisation's admins. Nothing closes itself."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.errors import Forbidden, InvalidInput
from alongside.kit.orm import utc_now
from alongside.safety.models import Alert, EscalationPolicy
from alongside.safety.repository import AlertRepository, PolicyRepository
from alongside.safety.schemas import PolicyUpdate
from alongside.safety.screening import RiskLevel

MAX_STAGE = 2


def get_policy(session: Session, organisation_id: int) -> EscalationPolicy:
    """The organisation's policy; an unsaved default one when it never changed it."""
    policy = PolicyRepository(session).for_organisation(organisation_id)
    return policy or EscalationPolicy(
        organisation_id=organisation_id,
        imminent_minutes=15,
        high_minutes=240,
        moderate_hour=17,
        alert_from_level="moderate",
        email_enabled=True,
        silence_days=3,
    )


def update_policy(session: Session, actor: Actor, data: PolicyUpdate) -> EscalationPolicy:
    if not actor.is_admin:
        raise Forbidden("Only an administrator can change the escalation policy.")
    repo = PolicyRepository(session)
    policy = repo.for_organisation(actor.organisation_id) or repo.add(
        EscalationPolicy(organisation_id=actor.organisation_id)
    )
    from alongside.accounts import service as accounts_service

    for name in ("backup_clinician_id", "on_call_clinician_id"):
        chosen = getattr(data, name)
        if chosen is None:
            continue
        user = accounts_service.get_user(session, chosen)
        if user is None or user.organisation_id != actor.organisation_id or not user.role == "therapist":
            raise InvalidInput("Choose a therapist of your organisation.", field=name)
    for field, value in data.model_dump().items():
        if field == "webhook_secret" and value is None:
            continue  # write-only: an empty field keeps the stored secret
        setattr(policy, field, value)
    return policy


def _next_working_day_end(now: datetime, tz_name: str, hour: int) -> datetime:
    tz = ZoneInfo(tz_name)
    day = now.astimezone(tz).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour=hour), tzinfo=tz).astimezone(now.tzinfo)


def deadline_for(level: str, now: datetime, policy: EscalationPolicy, tz_name: str) -> datetime:
    """``imminent`` 15 minutes, ``high`` 4 hours, ``moderate`` the end of the next working day."""
    level = RiskLevel(level)
    if level == RiskLevel.IMMINENT:
        return now + timedelta(minutes=policy.imminent_minutes)
    if level == RiskLevel.HIGH:
        return now + timedelta(minutes=policy.high_minutes)
    return _next_working_day_end(now, tz_name, policy.moderate_hour)


def organisation_timezone(session: Session, organisation_id: int) -> str:
    org = care_service.get_organisation(session, organisation_id)
    return org.timezone if org else "Europe/Amsterdam"


def escalate_overdue(session: Session, *, now: datetime | None = None) -> list[Alert]:
    """Move every unacknowledged alert past its deadline one stage up and notify that stage."""
    from alongside.safety.service.notifications import notify_stage

    now = now or utc_now()
    escalated = []
    for alert in AlertRepository(session).overdue(now):
        policy = get_policy(session, alert.organisation_id)
        alert.stage = min(alert.stage + 1, MAX_STAGE)
        alert.deadline_at = deadline_for(
            alert.level, now, policy, organisation_timezone(session, alert.organisation_id)
        )
        notify_stage(session, alert, policy, now=now, reason="escalated")
        escalated.append(alert)
    return escalated


def organisation_therapists(session: Session, actor: Actor) -> list:
    """Candidates for backup clinician (admin page)."""
    from alongside.accounts import service as accounts_service
    from alongside.accounts.models import Role

    users, _ = accounts_service.list_organisation_users(session, actor.organisation_id, role=Role.THERAPIST)
    return users
