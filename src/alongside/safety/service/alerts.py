"""Screening every client text and turning risk into an alert that a human must acknowledge.

``raise_alert`` owns the write and its side effects as one unit (STYLE §4.4): the alert or the new
signal on the open alert, the audit row, and the notifications in the outbox, in the caller's
transaction. A new signal from a client who already has an unresolved alert updates that alert.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.errors import Conflict, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety.models import Alert, AlertSignal, AlertStatus
from alongside.safety.repository import NO_DUTY, AlertRepository, Duty, NotificationRepository
from alongside.safety.schemas import AlertRead, NotificationRead, SignalRead
from alongside.safety.screening import RiskLevel, ScreenResult, screen
from alongside.safety.service.escalation import deadline_for, get_policy, organisation_timezone


def screen_client_text(
    session: Session,
    client: Actor,
    text: str,
    *,
    source: str,
    source_id: int | None = None,
    lang: str | None = None,
    now: datetime | None = None,
) -> ScreenResult:
    """Screen a client's text and raise or update an alert when the level calls for one.

    Callers screen *before* they answer or store (they pass ``source_id`` once stored, or call
    ``raise_for_result`` afterwards); the level is returned so the caller can show crisis help.
    """
    result = screen(text, lang=lang)
    raise_for_result(session, client, result, source=source, source_id=source_id, now=now)
    return result


def raise_for_result(
    session: Session,
    client: Actor,
    result: ScreenResult,
    *,
    source: str,
    source_id: int | None,
    now: datetime | None = None,
) -> Alert | None:
    policy = get_policy(session, client.organisation_id)
    if not result.level.at_least(policy.alert_from_level):
        return None
    evidence = [s.text for s in result.signals if RiskLevel(s.level).at_least(RiskLevel.MODERATE)] or [
        s.text for s in result.signals
    ]
    return raise_alert(
        session,
        client.user_id,
        client.organisation_id,
        result.level,
        source=source,
        source_id=source_id,
        codes=result.codes,
        evidence=evidence,
        now=now,
    )


def raise_alert(
    session: Session,
    client_id: int,
    organisation_id: int,
    level: RiskLevel | str,
    *,
    source: str,
    source_id: int | None,
    codes: list[str],
    evidence: list[str] | None,
    now: datetime | None = None,
) -> Alert:
    from alongside.safety.service.notifications import notify_stage

    now = now or utc_now()
    level = RiskLevel(level)
    repo = AlertRepository(session)
    policy = get_policy(session, organisation_id)
    tz = organisation_timezone(session, organisation_id)
    alert = repo.unresolved_for_client(client_id)
    notify = False
    if alert is None:
        alert = repo.add(
            Alert(
                organisation_id=organisation_id,
                client_id=client_id,
                level=level.value,
                status=AlertStatus.OPEN,
                deadline_at=deadline_for(level, now, policy, tz),
                stage=0,
                last_signal_at=now,
                created_at=now,
            )
        )
        notify = True
        event = AuditEvent.ALERT_RAISED
    else:
        event = AuditEvent.ALERT_SIGNAL_ADDED
        if level.rank > RiskLevel(alert.level).rank:
            # Worse than what someone already saw: it needs a human again, on the shorter deadline.
            alert.level = level.value
            alert.deadline_at = (
                min(alert.deadline_at, deadline_for(level, now, policy, tz))
                if alert.status == AlertStatus.OPEN
                else deadline_for(level, now, policy, tz)
            )
            alert.status = AlertStatus.OPEN
            alert.stage = 0
            notify = True
            event = AuditEvent.ALERT_RAISED
        alert.last_signal_at = now
    repo.add_signal(
        AlertSignal(
            alert_id=alert.id,
            source=source,
            source_id=source_id,
            level=level.value,
            codes=list(codes),
            evidence=json.dumps(evidence, ensure_ascii=False) if evidence else None,
            created_at=now,
        )
    )
    audit.record(
        session,
        None,
        event,
        subject_id=client_id,
        object_type="alert",
        object_id=alert.id,
        extra={"level": level.value, "source": source, "codes": list(codes)},
    )
    if notify:
        notify_stage(session, alert, policy, now=now, reason="raised")
    return alert


def _duty(session: Session, actor: Actor) -> Duty:
    """The actor's duties for the organisation's alerts beyond their own care team."""
    if not actor.is_therapist:
        return NO_DUTY
    policy = get_policy(session, actor.organisation_id)
    return Duty(
        backup=policy.backup_clinician_id == actor.user_id, on_call=policy.on_call_clinician_id == actor.user_id
    )


def access_alert(session: Session, actor: Actor, alert_id: int) -> Alert:
    alert = AlertRepository(session).get_readable(actor, alert_id, _duty(session, actor))
    if alert is None:
        raise NotFound("No such alert.")
    audit.record(
        session, actor, AuditEvent.ALERT_VIEWED, subject_id=alert.client_id, object_type="alert", object_id=alert.id
    )
    return alert


def acknowledge_alert(session: Session, actor: Actor, alert_id: int, *, now: datetime | None = None) -> Alert:
    alert = access_alert(session, actor, alert_id)
    if alert.status != AlertStatus.OPEN:
        raise Conflict("This alert was already acknowledged.")
    alert.status = AlertStatus.ACKNOWLEDGED
    alert.acknowledged_by_id = actor.user_id
    alert.acknowledged_at = now or utc_now()
    audit.record(
        session,
        actor,
        AuditEvent.ALERT_ACKNOWLEDGED,
        subject_id=alert.client_id,
        object_type="alert",
        object_id=alert.id,
    )
    return alert


def resolve_alert(
    session: Session, actor: Actor, alert_id: int, outcome_note: str, *, now: datetime | None = None
) -> Alert:
    """Only a clinician closes an alert, with a note of what was done."""
    alert = access_alert(session, actor, alert_id)
    if not actor.is_therapist:
        raise NotFound("No such alert.")
    if alert.status == AlertStatus.RESOLVED:
        raise Conflict("This alert was already resolved.")
    now = now or utc_now()
    if alert.status == AlertStatus.OPEN:
        alert.acknowledged_by_id, alert.acknowledged_at = actor.user_id, now
    alert.status = AlertStatus.RESOLVED
    alert.resolved_by_id, alert.resolved_at, alert.outcome_note = actor.user_id, now, outcome_note
    audit.record(
        session, actor, AuditEvent.ALERT_RESOLVED, subject_id=alert.client_id, object_type="alert", object_id=alert.id
    )
    return alert


def list_alerts(session: Session, actor: Actor, *, include_resolved: bool = False, limit: int = 200) -> list[Alert]:
    return AlertRepository(session).list_readable(
        actor, _duty(session, actor), include_resolved=include_resolved, limit=limit
    )


def client_alerts_since(session: Session, actor: Actor, client_id: int, since: datetime) -> list[Alert]:
    """A client's alerts since ``since`` (the between-session summary), for a therapist of the client:
    risk is shared with the care team whatever the consent. Levels and status only; audited."""
    alerts = AlertRepository(session).for_client_since(actor, _duty(session, actor), client_id, since)
    if alerts:
        audit.record(
            session, actor, AuditEvent.ALERT_VIEWED, subject_id=client_id, extra={"alert_ids": [a.id for a in alerts]}
        )
    return alerts


def count_open_alerts(session: Session, actor: Actor) -> int:
    if actor.is_client:
        return 0
    return AlertRepository(session).count_open(actor, _duty(session, actor))


def open_alert_levels(session: Session, client_ids: list[int]) -> dict[int, str]:
    """Unresolved alert level per client (callers have already scoped ``client_ids``)."""
    return AlertRepository(session).open_levels_for_clients(client_ids)


def unresolved_alerts_for_clients(session: Session, actor: Actor, client_ids: list[int]) -> dict[int, Alert]:
    """Per client, the unresolved alert the actor may see (the most urgent if there were more), in
    one query. Risk is shared with the care team whatever the consent, so every linked client's
    alert is here. Levels and times only: the evidence is read on the alert's own page."""
    found: dict[int, Alert] = {}
    for alert in AlertRepository(session).unresolved_for_clients(actor, client_ids):
        current = found.get(alert.client_id)
        if current is None or _urgency(alert) > _urgency(current):
            found[alert.client_id] = alert
    return found


def _urgency(alert: Alert) -> tuple[int, int]:
    return (alert.status == AlertStatus.OPEN, RiskLevel(alert.level).rank)


def client_alerts(session: Session, actor: Actor, client_id: int, *, since: datetime, limit: int = 50) -> list[Alert]:
    """A client's unresolved alerts and those raised since ``since``, newest first, for the client
    page (levels, status and times; the evidence stays on the alert's page, which is audited)."""
    return AlertRepository(session).for_client(actor, client_id, since=since, limit=limit)


def access_client_alert(session: Session, actor: Actor, client_id: int, alert_id: int) -> Alert:
    """An alert of this client that the actor may see (audited); 404 otherwise."""
    alert = access_alert(session, actor, alert_id)
    if alert.client_id != client_id:
        raise NotFound("No such alert.")
    return alert


def alert_read(session: Session, actor: Actor, alert: Alert, *, with_details: bool = True) -> AlertRead:
    """The alert as the actor may see it: admins get no evidence and no outcome note."""
    show_text = actor.is_therapist
    signals = (
        [
            SignalRead(
                source=s.source,
                source_id=s.source_id,
                level=s.level,
                codes=s.codes,
                evidence=json.loads(s.evidence) if (s.evidence and show_text) else None,
                created_at=s.created_at,
            )
            for s in alert.signals
        ]
        if with_details
        else []
    )
    notifications = (
        [NotificationRead.model_validate(n) for n in NotificationRepository(session).for_alert(alert.id)]
        if with_details
        else []
    )
    client = accounts_service.get_user(session, alert.client_id)
    return AlertRead(
        id=alert.id,
        client_id=alert.client_id,
        client_name=client.display_name if client else "?",
        level=alert.level,
        status=alert.status.value,
        stage=alert.stage,
        deadline_at=alert.deadline_at,
        created_at=alert.created_at,
        acknowledged_at=alert.acknowledged_at,
        resolved_at=alert.resolved_at,
        outcome_note=alert.outcome_note if show_text else None,
        signals=signals,
        notifications=notifications,
    )
