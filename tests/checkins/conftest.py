"""Helpers for the check-in tests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text

from alongside.privacy.models import AuditEntry


def audit_events(session, subject_id: int, event: str) -> list[AuditEntry]:
    session.flush()
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_id == subject_id, AuditEntry.event == event)
            .order_by(AuditEntry.id)
        )
    )


def raw_tag_names(connection) -> list[str]:
    """The tag names as stored (to check they are encrypted)."""
    return [row[0] for row in connection.execute(text("SELECT name FROM checkin_tags WHERE name IS NOT NULL"))]


def at_local(zone, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)
