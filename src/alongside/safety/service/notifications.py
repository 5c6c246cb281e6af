"""The notification outbox: stored in the same transaction as the alert, delivered by a job after
commit, retried with back-off until delivered, visible on the alert meanwhile. Never lost.

Messages carry no clinical text (e-mail and webhooks leave the installation): only the level, the
deadline and a link. Webhooks are signed with HMAC-SHA256 over the body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta

import httpx
from sqlalchemy.orm import Session

from alongside import worker
from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care import service as care_service
from alongside.config import settings
from alongside.errors import Forbidden
from alongside.kit import mail
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety.models import Alert, Channel, DeliveryStatus, EscalationPolicy, Notification
from alongside.safety.repository import NotificationRepository, PolicyRepository

MAX_BACKOFF = timedelta(hours=1)


class DeliveryError(Exception):
    """A channel could not deliver; the message says why (kept on the notification)."""


def _on_call_clinician(session: Session, policy: EscalationPolicy | None) -> User | None:
    """The organisation's on-call clinician, when one is set and still active."""
    user_id = policy.on_call_clinician_id if policy is not None else None
    user = accounts_service.get_user(session, user_id) if user_id else None
    return user if user is not None and user.is_active else None


def stage_recipients(session: Session, alert: Alert, policy: EscalationPolicy) -> list[User]:
    """Stage 0: the client's therapists (or, without one, the on-call clinician, else the backup);
    1: the backup clinician; 2: the organisation's admins. Each falls through to the next when nobody is there."""
    stage = alert.stage
    if stage == 0:
        therapists = [link.therapist for link in care_service.active_links_for_client(session, alert.client_id)]
        if therapists:
            return therapists
        on_call = _on_call_clinician(session, policy)  # no therapist yet (the waiting list)
        if on_call is not None:
            return [on_call]
        stage = 1
    if stage == 1 and policy.backup_clinician_id:
        backup = accounts_service.get_user(session, policy.backup_clinician_id)
        if backup is not None and backup.is_active:
            return [backup]
    return PolicyRepository(session).admins(alert.organisation_id)


def _message(alert: Alert, reason: str) -> tuple[str, str]:
    url = f"{settings.base_url}/alerts/{alert.id}"
    deadline = alert.deadline_at.strftime("%Y-%m-%d %H:%M UTC")
    stage = {0: "", 1: " (escalated to you as backup clinician)", 2: " (escalated to the organisation)"}[alert.stage]
    subject = f"Alongside: {alert.level} risk alert needs acknowledgement{stage}"
    body = (
        f"A {alert.level} risk alert ({reason}) for one of your clients needs a person to acknowledge it "
        f"by {deadline}.\nOpen it in Alongside: {url}\n\nThis message contains no clinical details."
    )
    return subject, body


def _notify_user(
    session: Session,
    user: User,
    *,
    organisation_id: int,
    alert_id: int | None,
    subject: str,
    body: str,
    email: bool,
    now: datetime,
) -> None:
    """In-app (delivered at once) and, when wanted, e-mail through the outbox (delivered after commit)."""
    repo = NotificationRepository(session)
    common = {
        "organisation_id": organisation_id,
        "alert_id": alert_id,
        "recipient_id": user.id,
        "subject": subject,
        "body": body,
        "next_attempt_at": now,
        "created_at": now,
    }
    repo.add(Notification(channel=Channel.IN_APP, status=DeliveryStatus.SENT, sent_at=now, **common))
    if email:
        queued = repo.add(Notification(channel=Channel.EMAIL, address=user.email, **common))
        worker.enqueue(session, "safety.deliver_notification", notification_id=queued.id)


def notify_staff(
    session: Session, users: list[User], *, organisation_id: int, subject: str, body: str, now: datetime | None = None
) -> None:
    """A message for staff that is not an alert (e.g. a new intake to review), through the same outbox:
    in the app, and by e-mail with retries when the organisation's policy sends e-mail. The body must
    hold no clinical details."""
    from alongside.safety.service.escalation import get_policy

    now = now or utc_now()
    email = get_policy(session, organisation_id).email_enabled
    for user in users:
        if user.is_active:
            _notify_user(
                session,
                user,
                organisation_id=organisation_id,
                alert_id=None,
                subject=subject,
                body=body,
                email=email,
                now=now,
            )


def notify_stage(session: Session, alert: Alert, policy: EscalationPolicy, *, now: datetime, reason: str) -> None:
    subject, body = _message(alert, reason)
    for user in stage_recipients(session, alert, policy):
        _notify_user(
            session,
            user,
            organisation_id=alert.organisation_id,
            alert_id=alert.id,
            subject=subject,
            body=body,
            email=policy.email_enabled,
            now=now,
        )
    if policy.webhook_url:
        payload = {
            "event": f"alert.{reason}",
            "alert_id": alert.id,
            "level": alert.level,
            "stage": alert.stage,
            "deadline_at": alert.deadline_at.isoformat(),
            "url": f"{settings.base_url}/alerts/{alert.id}",
        }
        hook = NotificationRepository(session).add(
            Notification(
                organisation_id=alert.organisation_id,
                alert_id=alert.id,
                channel=Channel.WEBHOOK,
                address=policy.webhook_url,
                subject=subject,
                body=json.dumps(payload),
                next_attempt_at=now,
                created_at=now,
            )
        )
        worker.enqueue(session, "safety.deliver_notification", notification_id=hook.id)


def request_contact(session: Session, client: Actor, message: str | None, *, now: datetime | None = None) -> int:
    """The client taps "contact my therapist": each therapist in their care team is told, in-app and by
    e-mail. A client without a therapist yet (the waiting list) reaches the organisation's on-call
    clinician instead, who also receives their alerts. Returns how many people were reached."""
    if not client.is_client:
        raise Forbidden("Only clients can ask for contact.")
    now = now or utc_now()
    recipients = contact_recipients(session, client)
    subject = f"Alongside: {client.display_name} asks you to get in touch"
    body = (
        f"{client.display_name} used the 'contact my therapist' button in Alongside. "
        "Please get in touch soon.\n\nThis message contains no clinical details."
    )
    for recipient in recipients:
        _notify_user(
            session,
            recipient,
            organisation_id=client.organisation_id,
            alert_id=None,
            subject=subject,
            body=body,
            email=True,
            now=now,
        )
    audit.record(
        session,
        client,
        AuditEvent.CONTACT_REQUESTED,
        subject_id=client.user_id,
        extra={"therapists": len(recipients), "with_message": bool(message)},
    )
    return len(recipients)


def contact_route(session: Session, client: Actor) -> str:
    """Whom "contact me" reaches, for the help page: "therapist", "intake" (the on-call clinician of a
    client without a therapist) or "nobody"."""
    if care_service.active_links_for_client(session, client.user_id):
        return "therapist"
    policy = PolicyRepository(session).for_organisation(client.organisation_id)
    return "intake" if _on_call_clinician(session, policy) is not None else "nobody"


def contact_recipients(session: Session, client: Actor) -> list[User]:
    """Who a contact request of this client reaches: their therapists, or, without one, the
    organisation's on-call clinician (none when neither exists)."""
    therapists = [link.therapist for link in care_service.active_links_for_client(session, client.user_id)]
    if therapists:
        return therapists
    on_call = _on_call_clinician(session, PolicyRepository(session).for_organisation(client.organisation_id))
    return [on_call] if on_call is not None else []


def _send_email(notification: Notification) -> None:
    try:
        mail.send_email(notification.address or "", notification.subject, notification.body)
    except mail.MailError as exc:
        raise DeliveryError(str(exc)) from exc


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _send_webhook(session: Session, notification: Notification) -> None:
    from alongside.safety.service.escalation import get_policy

    body = notification.body.encode()
    secret = get_policy(session, notification.organisation_id).webhook_secret
    headers = {"Content-Type": "application/json", "X-Alongside-Notification": str(notification.id)}
    if secret:
        headers["X-Alongside-Signature"] = sign(secret, body)
    try:
        response = httpx.post(
            notification.address or "", content=body, headers=headers, timeout=settings.webhook_timeout
        )
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook failed: {exc.__class__.__name__}: {exc}") from exc
    if response.status_code >= 300:
        raise DeliveryError(f"webhook answered {response.status_code}")


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes, at most an hour: retried for as long as it takes."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def deliver_notification(session: Session, notification_id: int, *, now: datetime | None = None) -> Notification | None:
    now = now or utc_now()
    notification = NotificationRepository(session).get(notification_id)
    if notification is None or notification.status == DeliveryStatus.SENT:
        return notification
    notification.attempts += 1
    try:
        if notification.channel == Channel.EMAIL:
            _send_email(notification)
        elif notification.channel == Channel.WEBHOOK:
            _send_webhook(session, notification)
    except DeliveryError as exc:
        notification.status = DeliveryStatus.RETRYING
        notification.last_error = str(exc)[:500]
        notification.next_attempt_at = now + backoff(notification.attempts)
        return notification
    notification.status = DeliveryStatus.SENT
    notification.sent_at = now
    notification.last_error = None
    return notification


def deliver_due(session: Session, *, now: datetime | None = None) -> list[Notification]:
    now = now or utc_now()
    return [deliver_notification(session, n.id, now=now) for n in NotificationRepository(session).due(now)]


def in_app_notifications(session: Session, actor: Actor) -> list[Notification]:
    return NotificationRepository(session).in_app_for_user(actor.user_id)
