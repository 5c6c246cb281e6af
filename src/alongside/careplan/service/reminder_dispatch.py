"""Dispatch: sending the reminders that are due, exactly once, and never late.

For every reminder whose moment has come (``careplan.send_due_reminders``, every
``reminder_dispatch_seconds``), in this order:

1. past its ``expires_at`` (the server was down, or busy) → **expired**, not sent;
2. no longer needed → **skipped** with the reason: the rule was turned off ("rule_off"), the
   homework was done that day ("done") or is not running ("not_running"), no questionnaire is due
   ("not_due"), or the client checked in within the two hours before ("done");
3. otherwise **sent**: in the app at once (the reminders list and the banner on /home), and an
   e-mail and a web push per device when the client chose them, as deliveries sent by the job
   ``careplan.deliver_reminder`` after the commit.

Each of these moves is a conditional update (``... WHERE status = 'planned'``), so of two workers,
or a process that restarted, exactly one makes it. A delivery is claimed the same way
(pending → sending) and the claim is committed before anything leaves the installation: a crash
while sending leaves it "sending", and it is marked failed later, never sent twice. A failed
delivery is tried again with back-off while the reminder has not expired; after that it is dropped.

A snoozed reminder is sent once more when its snooze ends, by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside import worker
from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.careplan.models import (
    OccurrenceStatus,
    ReminderDelivery,
    ReminderDeliveryStatus,
    ReminderKind,
    ReminderOccurrence,
)
from alongside.careplan.repository import (
    CompletionRepository,
    DeliveryRepository,
    HomeworkRepository,
    OccurrenceRepository,
    PushSubscriptionRepository,
    ReminderPreferencesRepository,
    ReminderRuleRepository,
)
from alongside.careplan.service import reminder_channels as channels
from alongside.kit.orm import utc_now

CHECKIN_FRESH = timedelta(hours=2)
INTERRUPTED_AFTER = timedelta(minutes=10)
MAX_BACKOFF = timedelta(minutes=15)
DELIVER_JOB = "careplan.deliver_reminder"


@dataclass
class DispatchReport:
    sent: list[int] = field(default_factory=list)
    resent: list[int] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    deliveries: list[int] = field(default_factory=list)


def _checkin_done(session: Session, occurrence: ReminderOccurrence) -> bool:
    from alongside.checkins import service as checkins_service

    last = checkins_service.last_checkin_at(session, occurrence.client_id)
    return last is not None and last >= occurrence.planned_at - CHECKIN_FRESH


def _questionnaire_due(session: Session, occurrence: ReminderOccurrence, now: datetime) -> bool:
    from alongside.questionnaires import service as questionnaires_service

    client = accounts_service.get_user(session, occurrence.client_id)
    if client is None:
        return False
    due = {code for code, _ in questionnaires_service.due_instruments(session, Actor.of(client), now=now)}
    return occurrence.instrument in due if occurrence.instrument else bool(due)


def _homework_reason(session: Session, occurrence: ReminderOccurrence) -> str | None:
    homework = HomeworkRepository(session).get(occurrence.homework_id) if occurrence.homework_id else None
    day = occurrence.local_date
    if homework is None or not homework.active or day < homework.start_date:
        return "not_running"
    if homework.end_date is not None and day > homework.end_date:
        return "not_running"
    if CompletionRepository(session).get(homework.id, day) is not None:
        return "done"
    return None


def not_needed(session: Session, occurrence: ReminderOccurrence, now: datetime) -> str | None:
    """Why this reminder should not be sent now, or ``None`` when it should."""
    rule = ReminderRuleRepository(session).get(occurrence.rule_id) if occurrence.rule_id else None
    if rule is None or not rule.enabled:
        return "rule_off"
    if occurrence.kind == ReminderKind.CHECKIN:
        return "done" if _checkin_done(session, occurrence) else None
    if occurrence.kind == ReminderKind.QUESTIONNAIRE:
        return None if _questionnaire_due(session, occurrence, now) else "not_due"
    return _homework_reason(session, occurrence)


def _targets(session: Session, client_id: int) -> list[tuple[str, int | None]]:
    """(channel, push subscription) for each delivery beyond the app, as the client chose."""
    targets: list[tuple[str, int | None]] = []
    preferences = ReminderPreferencesRepository(session).get(client_id)
    if preferences is not None and preferences.email:
        targets.append(("email", None))
    if channels.push_available():
        targets += [("push", s.id) for s in PushSubscriptionRepository(session).for_client(client_id)]
    return targets


def _channel_names(targets: list[tuple[str, int | None]]) -> str:
    names = ["in_app"] + sorted({channel for channel, _ in targets})
    return ",".join(names)


def _queue_deliveries(
    session: Session,
    occurrence_id: int,
    round_: int,
    targets: list[tuple[str, int | None]],
    now: datetime,
    report: DispatchReport,
) -> None:
    repo = DeliveryRepository(session)
    for channel, subscription_id in targets:
        delivery = repo.add(
            ReminderDelivery(
                occurrence_id=occurrence_id,
                round=round_,
                channel=channel,
                subscription_id=subscription_id,
                next_attempt_at=now,
                created_at=now,
            )
        )
        report.deliveries.append(delivery.id)
        worker.enqueue(session, DELIVER_JOB, delivery_id=delivery.id)


def _send(session: Session, occurrence: ReminderOccurrence, now: datetime, report: DispatchReport) -> None:
    repo = OccurrenceRepository(session)
    occurrence_id, client_id = occurrence.id, occurrence.client_id
    planned = [OccurrenceStatus.PLANNED]
    if now > occurrence.expires_at:
        if repo.transition(occurrence, planned, status=OccurrenceStatus.EXPIRED, reason="late"):
            report.expired.append(occurrence_id)
        return
    reason = not_needed(session, occurrence, now)
    if reason is not None:
        if repo.transition(occurrence, planned, status=OccurrenceStatus.SKIPPED, reason=reason):
            report.skipped.append(occurrence_id)
        return
    targets = _targets(session, client_id)
    claimed = repo.transition(
        occurrence, planned, status=OccurrenceStatus.SENT, sent_at=now, channels=_channel_names(targets)
    )
    if claimed:
        report.sent.append(occurrence_id)
        _queue_deliveries(session, occurrence_id, 0, targets, now, report)


def _resend(session: Session, occurrence: ReminderOccurrence, now: datetime, report: DispatchReport) -> None:
    """The one repeat after a snooze; dropped when it can no longer be sent in time."""
    repo = OccurrenceRepository(session)
    occurrence_id, client_id = occurrence.id, occurrence.client_id
    snoozed = [OccurrenceStatus.SNOOZED]
    if now > occurrence.expires_at:
        repo.transition(occurrence, snoozed, status=OccurrenceStatus.SENT, reason="snooze_expired")
        return
    targets = _targets(session, client_id)
    if repo.transition(occurrence, snoozed, status=OccurrenceStatus.SENT, resent_at=now):
        report.resent.append(occurrence_id)
        _queue_deliveries(session, occurrence_id, 1, targets, now, report)


def dispatch_due(session: Session, *, now: datetime | None = None) -> DispatchReport:
    """Send, skip or expire every due reminder; re-queue deliveries waiting for another attempt."""
    now = now or utc_now()
    report = DispatchReport()
    for occurrence in OccurrenceRepository(session).due(now):
        if occurrence.status == OccurrenceStatus.SNOOZED:
            _resend(session, occurrence, now, report)
        else:
            _send(session, occurrence, now, report)
    deliveries = DeliveryRepository(session)
    deliveries.fail_interrupted(now - INTERRUPTED_AFTER)
    for delivery_id in deliveries.due_ids(now):
        if delivery_id not in report.deliveries:
            worker.enqueue(session, DELIVER_JOB, delivery_id=delivery_id)
    return report


# --------------------------------------------------------------------------------------------
# Deliveries (e-mail, web push): claimed, committed, then sent — by careplan.tasks
# --------------------------------------------------------------------------------------------


def claim_delivery(session: Session, delivery_id: int, *, now: datetime | None = None) -> bool:
    """pending → sending for one worker; the task commits this before sending."""
    return DeliveryRepository(session).claim(delivery_id, now or utc_now())


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes, at most 15: a reminder's window is short."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def _drop(delivery: ReminderDelivery, why: str) -> ReminderDelivery:
    delivery.status = ReminderDeliveryStatus.EXPIRED
    delivery.last_error = why
    return delivery


def send_delivery(session: Session, delivery_id: int, *, now: datetime | None = None) -> ReminderDelivery | None:
    """Send a claimed delivery: never after the reminder expired or was answered."""
    now = now or utc_now()
    delivery = DeliveryRepository(session).get(delivery_id)
    if delivery is None or delivery.status != ReminderDeliveryStatus.SENDING:
        return delivery
    occurrence = OccurrenceRepository(session).get(delivery.occurrence_id)
    client = accounts_service.get_user(session, occurrence.client_id) if occurrence else None
    if occurrence is None or client is None:
        return _drop(delivery, "the reminder is gone")
    if occurrence.answered_at is not None:
        return _drop(delivery, "done before it could be sent")
    if now > occurrence.expires_at:
        return _drop(delivery, "not delivered before the reminder expired")
    try:
        _send_channel(session, delivery, client, occurrence, now)
    except channels.DeliveryFailed as exc:
        delivery.last_error = str(exc)[:500]
        retry_at = now + backoff(delivery.attempts)
        if exc.permanent or retry_at > occurrence.expires_at:
            delivery.status = ReminderDeliveryStatus.FAILED
        else:
            delivery.status, delivery.next_attempt_at = ReminderDeliveryStatus.PENDING, retry_at
        return delivery
    delivery.status, delivery.sent_at, delivery.last_error = ReminderDeliveryStatus.SENT, now, None
    return delivery


def _send_channel(
    session: Session, delivery: ReminderDelivery, client: User, occurrence: ReminderOccurrence, now: datetime
) -> None:
    if delivery.channel == "email":
        channels.send_email(client, occurrence)
        return
    repo = PushSubscriptionRepository(session)
    subscription = repo.get(delivery.subscription_id) if delivery.subscription_id else None
    if subscription is None:
        raise channels.DeliveryFailed("the device turned web push off", permanent=True)
    try:
        channels.send_push(client, subscription, occurrence, now)
    except channels.DeliveryFailed as exc:
        if exc.permanent and channels.push_available():
            repo.delete(subscription)  # the push service forgot it: stop sending to this device
        else:
            subscription.last_error = str(exc)[:500]
        raise
