"""Care-plan jobs: planning reminders ahead, sending the due ones, and delivering their e-mails and
web pushes. They run in-process in ``alongside serve`` (the scheduler thread) or on the Redis- or
RabbitMQ-backed queue when one is configured; the code is the same (see alongside/worker.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from alongside.careplan import service
from alongside.config import settings
from alongside.worker import job, periodic


@periodic("careplan.plan_reminders", every_seconds=settings.reminder_plan_seconds)
def plan_reminders(session: Session) -> None:
    service.plan_reminders(session)


@periodic("careplan.send_due_reminders", every_seconds=settings.reminder_dispatch_seconds)
def send_due_reminders(session: Session) -> None:
    service.dispatch_due(session)


@job("careplan.deliver_reminder")
def deliver_reminder(session: Session, delivery_id: int) -> None:
    """Claim, commit, then send: a crash while sending leaves the claim, so it is never sent twice."""
    if not service.claim_delivery(session, delivery_id):
        return  # another worker has it, or it is not due (yet)
    session.commit()
    service.send_delivery(session, delivery_id)
