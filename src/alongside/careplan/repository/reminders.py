"""Every query on reminders. They are the client's own: ``readable_by`` gives a client their rows
and nobody else anything (therapists and admins included); the planning and dispatch jobs use the
unscoped methods. State changes are conditional updates (``transition``, ``claim``), so a reminder
is moved by one worker only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, false, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.careplan.models import (
    OccurrenceStatus,
    PushSubscription,
    ReminderDelivery,
    ReminderDeliveryStatus,
    ReminderKind,
    ReminderOccurrence,
    ReminderPreferences,
    ReminderRule,
)


class ReminderPreferencesRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, client_id: int) -> ReminderPreferences | None:
        return self.session.scalar(select(ReminderPreferences).where(ReminderPreferences.client_id == client_id))

    def for_clients(self, client_ids: Iterable[int]) -> dict[int, ReminderPreferences]:
        ids = list(client_ids)
        if not ids:
            return {}
        rows = self.session.scalars(select(ReminderPreferences).where(ReminderPreferences.client_id.in_(ids)))
        return {row.client_id: row for row in rows}

    def add(self, preferences: ReminderPreferences) -> ReminderPreferences:
        self.session.add(preferences)
        self.session.flush()
        return preferences


class ReminderRuleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[ReminderRule]]:
        if not actor.is_client:
            return select(ReminderRule).where(false())
        return select(ReminderRule).where(ReminderRule.client_id == actor.user_id)

    def get_readable(self, actor: Actor, rule_id: int) -> ReminderRule | None:
        return self.session.scalar(self.readable_by(actor).where(ReminderRule.id == rule_id))

    def for_client(self, actor: Actor) -> list[ReminderRule]:
        return list(self.session.scalars(self.readable_by(actor).order_by(ReminderRule.created_at, ReminderRule.id)))

    def count_for_client(self, client_id: int) -> int:
        return self.session.scalar(select(func.count()).where(ReminderRule.client_id == client_id)) or 0

    def add(self, rule: ReminderRule) -> ReminderRule:
        self.session.add(rule)
        self.session.flush()
        return rule

    def delete(self, rule: ReminderRule) -> None:
        self.session.delete(rule)
        self.session.flush()

    def enabled(self, client_id: int | None = None) -> list[ReminderRule]:
        """Unscoped, for the planning job (all clients) and re-planning one client's rules."""
        query = select(ReminderRule).where(ReminderRule.enabled.is_(True))
        if client_id is not None:
            query = query.where(ReminderRule.client_id == client_id)
        return list(self.session.scalars(query.order_by(ReminderRule.client_id, ReminderRule.id)))

    def get(self, rule_id: int) -> ReminderRule | None:
        return self.session.get(ReminderRule, rule_id)


_OPEN = (OccurrenceStatus.SENT, OccurrenceStatus.SNOOZED)


class OccurrenceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[ReminderOccurrence]]:
        if not actor.is_client:
            return select(ReminderOccurrence).where(false())
        return select(ReminderOccurrence).where(ReminderOccurrence.client_id == actor.user_id)

    def get_readable(self, actor: Actor, occurrence_id: int) -> ReminderOccurrence | None:
        return self.session.scalar(self.readable_by(actor).where(ReminderOccurrence.id == occurrence_id))

    def get(self, occurrence_id: int) -> ReminderOccurrence | None:
        """Unscoped, for the jobs; read from the database, not from the session's memory."""
        return self.session.get(ReminderOccurrence, occurrence_id, populate_existing=True)

    def history(self, actor: Actor, since: datetime, until: datetime, limit: int = 200) -> list[ReminderOccurrence]:
        """The client's reminders planned in [since, until], newest first."""
        query = self.readable_by(actor).where(
            ReminderOccurrence.planned_at >= since, ReminderOccurrence.planned_at <= until
        )
        return list(
            self.session.scalars(
                query.order_by(ReminderOccurrence.planned_at.desc(), ReminderOccurrence.id.desc()).limit(limit)
            )
        )

    def open_for(self, actor: Actor, sent_since: datetime) -> list[ReminderOccurrence]:
        """Sent (or snoozed), not answered, sent since ``sent_since``: what the inbox and banner show."""
        query = self.readable_by(actor).where(
            ReminderOccurrence.status.in_(_OPEN),
            func.coalesce(ReminderOccurrence.resent_at, ReminderOccurrence.sent_at) >= sent_since,
        )
        return list(self.session.scalars(query.order_by(ReminderOccurrence.planned_at.desc())))

    def unanswered(
        self, client_id: int, kind: ReminderKind, sent_since: datetime, *, homework_id: int | None = None
    ) -> list[ReminderOccurrence]:
        """Unscoped (the caller is the client's own write): their open reminders of one kind, newest first."""
        query = select(ReminderOccurrence).where(
            ReminderOccurrence.client_id == client_id,
            ReminderOccurrence.kind == kind,
            ReminderOccurrence.status.in_(_OPEN),
            ReminderOccurrence.sent_at >= sent_since,
        )
        if homework_id is not None:
            query = query.where(ReminderOccurrence.homework_id == homework_id)
        return list(self.session.scalars(query.order_by(ReminderOccurrence.planned_at.desc())))

    def insert_new(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert occurrences, leaving out every (rule, local day, slot) that already has one: the
        unique constraint decides, in one statement, also when two planners run at once."""
        if not rows:
            return
        dialect = self.session.get_bind().dialect.name
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        statement = insert(ReminderOccurrence).values(list(rows))
        statement = statement.on_conflict_do_nothing(index_elements=["rule_id", "local_date", "slot"])
        self.session.execute(statement)

    def upcoming_for_rules(self, rule_ids: Iterable[int], after: datetime) -> list[ReminderOccurrence]:
        """Planned, or skipped for quiet hours, with the moment they stand for still to come (re-placed
        when quiet hours or the time zone change)."""
        ids = list(rule_ids)
        if not ids:
            return []
        query = select(ReminderOccurrence).where(
            ReminderOccurrence.rule_id.in_(ids),
            ReminderOccurrence.expires_at > after,
            (ReminderOccurrence.status == OccurrenceStatus.PLANNED)
            | ((ReminderOccurrence.status == OccurrenceStatus.SKIPPED) & (ReminderOccurrence.reason == "quiet_hours")),
        )
        return list(self.session.scalars(query.order_by(ReminderOccurrence.planned_at)))

    def zones_of_planned(self, rule_ids: Iterable[int]) -> dict[int, set[str]]:
        ids = list(rule_ids)
        if not ids:
            return {}
        rows = self.session.execute(
            select(ReminderOccurrence.rule_id, ReminderOccurrence.timezone)
            .where(ReminderOccurrence.rule_id.in_(ids), ReminderOccurrence.status == OccurrenceStatus.PLANNED)
            .distinct()
        )
        zones: dict[int, set[str]] = {}
        for rule_id, zone in rows:
            zones.setdefault(rule_id, set()).add(zone)
        return zones

    def next_planned(self, rule_ids: Iterable[int], after: datetime) -> dict[int, datetime]:
        ids = list(rule_ids)
        if not ids:
            return {}
        rows = self.session.execute(
            select(ReminderOccurrence.rule_id, func.min(ReminderOccurrence.planned_at))
            .where(
                ReminderOccurrence.rule_id.in_(ids),
                ReminderOccurrence.status == OccurrenceStatus.PLANNED,
                ReminderOccurrence.planned_at >= after,
            )
            .group_by(ReminderOccurrence.rule_id)
        )
        return {rule_id: at for rule_id, at in rows}

    def delete_upcoming(self, rule_id: int, now: datetime) -> int:
        """Drop a rule's reminders that are still only planned, and the coming ones skipped for quiet
        hours (conditional on the status: one a worker has just sent stays)."""
        skipped_for_quiet = (
            (ReminderOccurrence.status == OccurrenceStatus.SKIPPED)
            & (ReminderOccurrence.reason == "quiet_hours")
            & (ReminderOccurrence.expires_at > now)
        )
        result = self.session.execute(
            delete(ReminderOccurrence)
            .where(
                ReminderOccurrence.rule_id == rule_id,
                (ReminderOccurrence.status == OccurrenceStatus.PLANNED) | skipped_for_quiet,
            )
            .execution_options(synchronize_session=False)
        )
        return result.rowcount or 0

    def due(self, now: datetime, limit: int = 500) -> list[ReminderOccurrence]:
        """Planned ones whose moment has come, and snoozed ones whose snooze has ended, oldest first."""
        query = select(ReminderOccurrence).where(
            ((ReminderOccurrence.status == OccurrenceStatus.PLANNED) & (ReminderOccurrence.planned_at <= now))
            | ((ReminderOccurrence.status == OccurrenceStatus.SNOOZED) & (ReminderOccurrence.snoozed_until <= now))
        )
        return list(
            self.session.scalars(query.order_by(ReminderOccurrence.planned_at, ReminderOccurrence.id).limit(limit))
        )

    def transition(
        self, occurrence: ReminderOccurrence, from_status: Iterable[OccurrenceStatus], **values: Any
    ) -> bool:
        """``UPDATE ... SET ... WHERE id = :id AND status IN (:from)``: true when this call made the
        move. Two workers, or a restarted process, racing for the same reminder: one wins, the other
        changes nothing. The object is expired so it is read again."""
        result = self.session.execute(
            update(ReminderOccurrence)
            .where(ReminderOccurrence.id == occurrence.id, ReminderOccurrence.status.in_(list(from_status)))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        self.session.expire(occurrence)
        return result.rowcount == 1

    def mark_opened(self, occurrence: ReminderOccurrence, at: datetime) -> bool:
        """The first opening only."""
        result = self.session.execute(
            update(ReminderOccurrence)
            .where(ReminderOccurrence.id == occurrence.id, ReminderOccurrence.opened_at.is_(None))
            .values(opened_at=at)
            .execution_options(synchronize_session=False)
        )
        self.session.expire(occurrence)
        return result.rowcount == 1


class DeliveryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, delivery: ReminderDelivery) -> ReminderDelivery:
        self.session.add(delivery)
        self.session.flush()
        return delivery

    def get(self, delivery_id: int) -> ReminderDelivery | None:
        """Read from the database (a claim just changed it with a plain UPDATE)."""
        return self.session.get(ReminderDelivery, delivery_id, populate_existing=True)

    def for_occurrences(self, occurrence_ids: Iterable[int]) -> list[ReminderDelivery]:
        ids = list(occurrence_ids)
        if not ids:
            return []
        query = select(ReminderDelivery).where(ReminderDelivery.occurrence_id.in_(ids))
        return list(self.session.scalars(query.order_by(ReminderDelivery.id)))

    def claim(self, delivery_id: int, now: datetime) -> bool:
        """pending → sending, when its attempt is due: only one worker gets it."""
        result = self.session.execute(
            update(ReminderDelivery)
            .where(
                ReminderDelivery.id == delivery_id,
                ReminderDelivery.status == ReminderDeliveryStatus.PENDING,
                ReminderDelivery.next_attempt_at <= now,
            )
            .values(status=ReminderDeliveryStatus.SENDING, claimed_at=now, attempts=ReminderDelivery.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    def due_ids(self, now: datetime, limit: int = 500) -> list[int]:
        query = select(ReminderDelivery.id).where(
            ReminderDelivery.status == ReminderDeliveryStatus.PENDING, ReminderDelivery.next_attempt_at <= now
        )
        return list(self.session.scalars(query.order_by(ReminderDelivery.next_attempt_at).limit(limit)))

    def fail_interrupted(self, claimed_before: datetime) -> int:
        """Claimed long ago and never finished (the process died while sending): it may have gone
        out, so it is never tried again."""
        result = self.session.execute(
            update(ReminderDelivery)
            .where(
                ReminderDelivery.status == ReminderDeliveryStatus.SENDING,
                ReminderDelivery.claimed_at < claimed_before,
            )
            .values(status=ReminderDeliveryStatus.FAILED, last_error="interrupted while sending; not sent again")
            .execution_options(synchronize_session=False)
        )
        return result.rowcount or 0


class PushSubscriptionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_endpoint(self, endpoint: str) -> PushSubscription | None:
        return self.session.scalar(select(PushSubscription).where(PushSubscription.endpoint == endpoint))

    def get(self, subscription_id: int) -> PushSubscription | None:
        return self.session.get(PushSubscription, subscription_id)

    def for_client(self, client_id: int) -> list[PushSubscription]:
        query = select(PushSubscription).where(PushSubscription.client_id == client_id)
        return list(self.session.scalars(query.order_by(PushSubscription.id)))

    def add(self, subscription: PushSubscription) -> PushSubscription:
        self.session.add(subscription)
        self.session.flush()
        return subscription

    def delete(self, subscription: PushSubscription) -> None:
        self.session.delete(subscription)
        self.session.flush()
