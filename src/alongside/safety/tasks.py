"""Safety jobs: notification delivery (after commit and periodically for retries), escalation of
overdue alerts, and the silence rule."""

from __future__ import annotations

from sqlalchemy.orm import Session

from alongside.safety import service
from alongside.worker import job, periodic


@job("safety.deliver_notification")
def deliver_notification(session: Session, notification_id: int) -> None:
    service.deliver_notification(session, notification_id)


@periodic("safety.deliver_due_notifications", every_seconds=30)
def deliver_due_notifications(session: Session) -> None:
    service.deliver_due(session)


@periodic("safety.escalate_overdue_alerts", every_seconds=30)
def escalate_overdue_alerts(session: Session) -> None:
    service.escalate_overdue(session)


@periodic("safety.check_silence", every_seconds=3600)
def check_silence(session: Session) -> None:
    service.check_silence(session)
