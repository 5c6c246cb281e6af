"""Audit rows dated to when a demo story event happened (the service functions stamp "now")."""

from __future__ import annotations

from datetime import datetime

from alongside.accounts.models import User
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry


def audit_row(
    actor: User,
    event: AuditEvent,
    subject_id: int | None,
    at: datetime,
    object_type: str | None = None,
    object_id: int | None = None,
    extra: dict | None = None,
) -> AuditEntry:
    return AuditEntry(
        at=at,
        actor_id=actor.id,
        actor_role=str(actor.role),
        event=str(event),
        subject_id=subject_id,
        object_type=object_type,
        object_id=object_id,
        extra=extra,
    )
