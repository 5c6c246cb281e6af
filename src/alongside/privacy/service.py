"""Privacy use cases: the client's "who has seen my data" log and encryption-key rotation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.errors import Forbidden
from alongside.privacy import audit, crypto, repository
from alongside.privacy.audit import AuditEvent


@dataclass(frozen=True)
class AccessLogRow:
    at: datetime
    who: str
    role: str
    event: str
    object_type: str | None
    object_id: int | None


def list_access_log(
    session: Session, actor: Actor, *, include_own: bool = False, limit: int = 50, offset: int = 0
) -> tuple[list[AccessLogRow], int]:
    """Who read or changed the client's data, newest first, built from the audit log."""
    if not actor.is_client:
        raise Forbidden("This log is the client's own.")
    rows, total = repository.AuditRepository(session).page_for_subject(
        actor.user_id, exclude_actor_id=None if include_own else actor.user_id, limit=limit, offset=offset
    )
    return [
        AccessLogRow(
            at=entry.at,
            who=user.display_name if user else "Alongside",
            role=entry.actor_role,
            event=entry.event,
            object_type=entry.object_type,
            object_id=entry.object_id,
        )
        for entry, user in rows
    ], total


def rotate_encryption_key(session: Session) -> dict[str, int]:
    """Add a new key and re-encrypt every encrypted column with it; returns rows changed per column.

    The new key is written to the key file before any row changes, so a crash midway leaves rows
    readable with either key; the old keys are retired only by ``retire_old_keys`` after commit.
    """
    ring, new_id = crypto.add_rotated_key()

    def convert(stored: str) -> str | None:
        if ring.key_id_of(stored) == new_id:
            return None
        return ring.encrypt(ring.decrypt(stored))

    counts = {}
    for table, pk, column in repository.encrypted_columns():
        counts[f"{table}.{column}"] = repository.reencrypt_column(session, table, pk, column, convert)
    audit.record(
        session,
        None,
        AuditEvent.ENCRYPTION_KEY_ROTATED,
        subject_id=None,
        extra={"key_id": new_id, "rows": sum(counts.values())},
    )
    return counts
