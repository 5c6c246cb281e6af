"""Queries for the audit log and for re-encrypting every encrypted column."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Column, MetaData, Table, Text, func, insert, select, update
from sqlalchemy.orm import Session

from alongside.accounts.models import User
from alongside.kit.orm import Base
from alongside.privacy.crypto import EncryptedText
from alongside.privacy.models import AuditEntry


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: AuditEntry) -> None:
        self.session.add(entry)

    def add_many(self, rows: list[dict]) -> None:
        """Many rows in one executemany (no ids read back): one statement whatever their number."""
        if rows:
            self.session.execute(insert(AuditEntry), rows)

    def page_for_subject(
        self, subject_id: int, *, exclude_actor_id: int | None, limit: int, offset: int
    ) -> tuple[list[tuple[AuditEntry, User | None]], int]:
        """Audit rows about one client, newest first, with the acting user."""
        condition = AuditEntry.subject_id == subject_id
        if exclude_actor_id is not None:
            condition = condition & ((AuditEntry.actor_id != exclude_actor_id) | AuditEntry.actor_id.is_(None))
        total = self.session.scalar(select(func.count()).select_from(AuditEntry).where(condition)) or 0
        rows = self.session.execute(
            select(AuditEntry, User)
            .outerjoin(User, User.id == AuditEntry.actor_id)
            .where(condition)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        return [(row[0], row[1]) for row in rows], total

    def events_for_subject(self, subject_id: int) -> list[AuditEntry]:
        return list(
            self.session.scalars(select(AuditEntry).where(AuditEntry.subject_id == subject_id).order_by(AuditEntry.id))
        )


def encrypted_columns() -> Iterator[tuple[str, str, str]]:
    """(table, primary-key column, column) for every EncryptedText column in the schema."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText):
                yield table.name, table.primary_key.columns.values()[0].name, column.name


def reencrypt_column(session: Session, table_name: str, pk: str, column: str, convert) -> int:  # noqa: ANN001
    """Rewrite one column's stored values with ``convert(stored) -> stored | None``; returns the count.

    The column is read as plain text (bypassing decryption) so each value is decrypted once.
    """
    raw = Table(table_name, MetaData(), Column(pk, primary_key=True), Column(column, Text))
    changed = 0
    last_id = None
    while True:
        query = select(raw.c[pk], raw.c[column]).where(raw.c[column].is_not(None)).order_by(raw.c[pk])
        if last_id is not None:
            query = query.where(raw.c[pk] > last_id)
        batch = session.execute(query.limit(500)).all()
        if not batch:
            return changed
        for row_id, stored in batch:
            new_value = convert(stored)
            if new_value is not None:
                session.execute(update(raw).where(raw.c[pk] == row_id).values({column: new_value}))
                changed += 1
        last_id = batch[-1][0]
