"""Every query on alerts, signals, notifications, policies, safety plans and crisis-line overrides."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Select, String, case, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.care.care_policy import linked_client_ids
from alongside.safety.models import (
    Alert,
    AlertSignal,
    AlertStatus,
    ClientSafety,
    CrisisResourceOverride,
    DeliveryStatus,
    EscalationPolicy,
    Notification,
    SafetyPlan,
)

LEVEL_ORDER = case({"imminent": 4, "high": 3, "moderate": 2, "low": 1}, value=Alert.level, else_=0)


class Duty(NamedTuple):
    """Who besides the care team may see an organisation's alerts: its backup clinician, its on-call clinician."""

    backup: bool = False
    on_call: bool = False


NO_DUTY = Duty()


class AlertRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor, duty: Duty = NO_DUTY) -> Select[tuple[Alert]]:
        """Therapists see their clients' alerts (whatever the consent: risk is always shared with the
        care team); the on-call clinician sees those of clients without a therapist (the waiting list);
        the backup clinician sees the organisation's escalated alerts and those of clients
        without a therapist; admins see the organisation's alerts (the service hides the evidence)."""
        query = select(Alert).where(Alert.organisation_id == actor.organisation_id)
        if actor.is_admin:
            return query
        if actor.is_therapist:
            visible = Alert.client_id.in_(linked_client_ids(actor))
            if duty.backup:
                visible = or_(visible, Alert.stage >= 1, ~Alert.client_id.in_(_any_active_link()))
            elif duty.on_call:
                visible = or_(visible, ~Alert.client_id.in_(_any_active_link()))
            return query.where(visible)
        return query.where(false())

    def add(self, alert: Alert) -> Alert:
        self.session.add(alert)
        self.session.flush()
        return alert

    def add_signal(self, signal: AlertSignal) -> None:
        self.session.add(signal)

    def unresolved_for_client(self, client_id: int) -> Alert | None:
        return self.session.scalar(
            select(Alert)
            .where(Alert.client_id == client_id, Alert.status != AlertStatus.RESOLVED)
            .order_by(Alert.id.desc())
            .limit(1)
        )

    def get_readable(self, actor: Actor, alert_id: int, duty: Duty) -> Alert | None:
        return self.session.scalar(
            self.readable_by(actor, duty)
            .options(selectinload(Alert.signals), selectinload(Alert.client))
            .where(Alert.id == alert_id)
        )

    def list_readable(self, actor: Actor, duty: Duty, *, include_resolved: bool, limit: int) -> list[Alert]:
        query = self.readable_by(actor, duty).options(selectinload(Alert.client))
        if not include_resolved:
            query = query.where(Alert.status != AlertStatus.RESOLVED)
        query = query.order_by(
            case((Alert.status == AlertStatus.OPEN, 0), else_=1), LEVEL_ORDER.desc(), Alert.created_at
        )
        return list(self.session.scalars(query.limit(limit)))

    def count_open(self, actor: Actor, duty: Duty) -> int:
        query = self.readable_by(actor, duty).where(Alert.status == AlertStatus.OPEN)
        return self.session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def open_levels_for_clients(self, client_ids: list[int]) -> dict[int, str]:
        if not client_ids:
            return {}
        rows = self.session.execute(
            select(Alert.client_id, Alert.level).where(
                Alert.client_id.in_(client_ids), Alert.status != AlertStatus.RESOLVED
            )
        ).all()
        return {client_id: level for client_id, level in rows}

    def unresolved_for_clients(self, actor: Actor, client_ids: list[int]) -> list[Alert]:
        """Unresolved alerts of these clients that the actor may see, in one query (the caseload)."""
        if not client_ids:
            return []
        query = self.readable_by(actor).where(Alert.client_id.in_(client_ids), Alert.status != AlertStatus.RESOLVED)
        return list(self.session.scalars(query.order_by(Alert.created_at, Alert.id)))

    def for_client(self, actor: Actor, client_id: int, *, since: datetime, limit: int) -> list[Alert]:
        """A client's unresolved alerts, and the resolved ones raised since ``since``, newest first."""
        query = self.readable_by(actor).where(
            Alert.client_id == client_id, or_(Alert.status != AlertStatus.RESOLVED, Alert.created_at >= since)
        )
        return list(self.session.scalars(query.order_by(Alert.created_at.desc(), Alert.id.desc()).limit(limit)))

    def overdue(self, now: datetime) -> list[Alert]:
        return list(
            self.session.scalars(
                select(Alert)
                .where(Alert.status == AlertStatus.OPEN, Alert.deadline_at <= now)
                .order_by(Alert.deadline_at)
                .with_for_update(skip_locked=True)
            )
        )

    def has_unresolved_signal(self, client_id: int, code: str) -> bool:
        """Whether the client's unresolved alert already carries a signal with this code."""
        query = (
            select(func.count())
            .select_from(AlertSignal)
            .join(Alert, Alert.id == AlertSignal.alert_id)
            .where(
                Alert.client_id == client_id,
                Alert.status != AlertStatus.RESOLVED,
                AlertSignal.codes.cast(String).contains(f'"{code}"'),
            )
        )
        return (self.session.scalar(query) or 0) > 0

    def for_client_since(self, actor: Actor, duty: Duty, client_id: int, since: datetime) -> list[Alert]:
        """The client's alerts raised since ``since`` that the actor may read, oldest first."""
        query = self.readable_by(actor, duty).where(Alert.client_id == client_id, Alert.created_at >= since)
        return list(self.session.scalars(query.order_by(Alert.created_at, Alert.id)))

    def latest_for_client(self, client_id: int) -> Alert | None:
        return self.session.scalar(
            select(Alert).where(Alert.client_id == client_id).order_by(Alert.created_at.desc()).limit(1)
        )

    def clients_with_alert_since(self, since: datetime) -> list[tuple[int, int, datetime]]:
        """(client id, organisation id, latest alert time) for clients with an alert since ``since``."""
        rows = self.session.execute(
            select(Alert.client_id, Alert.organisation_id, func.max(Alert.created_at))
            .where(Alert.created_at >= since, Alert.level != "low")
            .group_by(Alert.client_id, Alert.organisation_id)
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


def _any_active_link() -> Select:
    from alongside.care.models import CareLink, LinkStatus

    return select(CareLink.client_id).where(CareLink.status == LinkStatus.ACTIVE)


class NotificationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, notification: Notification) -> Notification:
        self.session.add(notification)
        self.session.flush()
        return notification

    def get(self, notification_id: int) -> Notification | None:
        return self.session.get(Notification, notification_id, with_for_update=True)

    def due(self, now: datetime, limit: int = 100) -> list[Notification]:
        return list(
            self.session.scalars(
                select(Notification)
                .where(Notification.status != DeliveryStatus.SENT, Notification.next_attempt_at <= now)
                .order_by(Notification.next_attempt_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )

    def for_alert(self, alert_id: int) -> list[Notification]:
        return list(
            self.session.scalars(
                select(Notification).where(Notification.alert_id == alert_id).order_by(Notification.id)
            )
        )

    def in_app_for_user(self, user_id: int, limit: int = 50) -> list[Notification]:
        return list(
            self.session.scalars(
                select(Notification)
                .where(Notification.recipient_id == user_id, Notification.channel == "in_app")
                .order_by(Notification.id.desc())
                .limit(limit)
            )
        )


class PolicyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_organisation(self, organisation_id: int) -> EscalationPolicy | None:
        return self.session.scalar(select(EscalationPolicy).where(EscalationPolicy.organisation_id == organisation_id))

    def add(self, policy: EscalationPolicy) -> EscalationPolicy:
        self.session.add(policy)
        self.session.flush()
        return policy

    def admins(self, organisation_id: int) -> list[User]:
        return list(
            self.session.scalars(
                select(User)
                .where(User.organisation_id == organisation_id, User.role == Role.ADMIN, User.is_active)
                .order_by(User.id)
            )
        )

    def client_safety(self, client_id: int) -> ClientSafety | None:
        return self.session.scalar(select(ClientSafety).where(ClientSafety.client_id == client_id))

    def add_client_safety(self, row: ClientSafety) -> None:
        self.session.add(row)


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_client(self, client_id: int) -> SafetyPlan | None:
        return self.session.scalar(select(SafetyPlan).where(SafetyPlan.client_id == client_id))

    def add(self, plan: SafetyPlan) -> None:
        self.session.add(plan)


class CrisisRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def override(self, organisation_id: int, country: str) -> CrisisResourceOverride | None:
        return self.session.scalar(
            select(CrisisResourceOverride).where(
                CrisisResourceOverride.organisation_id == organisation_id, CrisisResourceOverride.country == country
            )
        )

    def add(self, row: CrisisResourceOverride) -> None:
        self.session.add(row)
