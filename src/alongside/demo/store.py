"""Storing the story: the organisation, users, care links and consent, check-ins and journal entries,
the audit rows the clients' and therapists' actions would have left, and the safety screening of
every text.

Historical rows are created as model objects with explicit timestamps, because the service
functions rightly refuse back-dating beyond 48 hours. Consent is given and withdrawn through the
care service (so the audit log has the same rows a real client would leave) and then dated to
when it happened in the story. A few reads by therapists go through the real service functions at
build time, so "who has seen my data" also shows today's reads.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.care.schemas import Consent
from alongside.checkins import service as checkins_service
from alongside.checkins.models import CheckIn
from alongside.demo.careplan import store_careplans
from alongside.demo.cast import (
    _ADMIN,
    _CLIENTS,
    _LIVE_ENTRY_READS,
    _LIVE_READS,
    _THERAPISTS,
    DAYS,
    ORGANISATION,
    PRACTICE_TZ,
    _LinkSpec,
)
from alongside.demo.details import store_checkin_tags
from alongside.demo.intake import store_intake
from alongside.demo.questionnaires import plan_responses, store_questionnaires
from alongside.demo.rows import audit_row
from alongside.demo.story import Plan, PlannedEntry
from alongside.journal import service as journal_service
from alongside.journal.models import JournalEntry
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.safety.schemas import SafetyPlanContent


@dataclass
class _Stored:
    """What the later steps of the build need from the earlier ones."""

    users: dict[str, User]
    links: dict[tuple[str, str], CareLink] = field(default_factory=dict)
    entries: dict[str, list[tuple[PlannedEntry, JournalEntry]]] = field(default_factory=dict)


def _store(session: Session, story: Plan, password_hash: str, now: datetime, seed: int) -> None:
    rng = random.Random(f"{seed}:store")  # noqa: S311 (synthetic data, not security)
    stored = _Stored(users=_add_users(session, story, password_hash, now, rng))
    _add_links(session, story, stored, now, rng)
    audit = _add_checkins_and_entries(session, story, stored, rng)
    audit += store_questionnaires(session, plan_responses(story, seed, now), stored.users, stored.links, now)
    audit += store_careplans(session, stored.users, stored.links, now, seed)
    for spec in _CLIENTS:
        checkin_times = sorted(c.at for c in story.checkins if c.client == spec.key)
        for link_spec in spec.links:
            audit += _history_of_reads(
                rng,
                stored.users[link_spec.therapist],
                stored.links[(link_spec.therapist, spec.key)],
                link_spec,
                checkin_times,
                stored.entries.get(spec.key, []),
                now,
            )
    session.add_all(audit)
    _withdraw(session, stored, now, rng)
    _read_today(session, stored)
    _screen_history(session, story, stored, now)
    store_intake(session, stored.users, password_hash, now, seed)
    session.flush()


def _screen_history(session: Session, story: Plan, stored: _Stored, now: datetime) -> None:
    """Screen every demo text as the app would have; the latest risky entry of each client (within a
    week) raises the alert a therapist finds today, older ones were resolved, and the clients with
    hopeless entries have a safety plan made with their therapist."""
    for spec in _CLIENTS:
        rows = stored.entries.get(spec.key, [])
        risky = []
        for planned, row in rows:
            result = safety_service.screen(f"{row.title}.\n{row.body}" if row.title else row.body)
            row.risk_level = result.level.value
            if result.level.at_least("moderate"):
                risky.append((planned, row, result))
        user = stored.users[spec.key]
        recent = [item for item in risky if now - item[1].written_at <= timedelta(days=7)]
        if recent:
            _, row, result = recent[-1]
            safety_service.raise_for_result(
                session, Actor.of(user), result, source="journal", source_id=row.id, now=now
            )
        if spec.hopeless:
            therapist = next(stored.users[link.therapist] for link in spec.links if not link.withdrawn_days_ago)
            nl = spec.locale == "nl"
            plan = SafetyPlanContent(
                warning_signs=["Niet meer slapen, afspraken afzeggen" if nl else "Not sleeping, cancelling plans"],
                coping_strategies=["Wandelen met de hond" if nl else "A walk round the block, music on"],
                people_to_ask=["Mijn zus" if nl else "My sister"],
                professionals=[therapist.display_name, "113 / 0800-0113" if nl else "Samaritans 116 123"],
                reasons_for_living=["Mijn neefje" if nl else "My niece"],
            )
            safety_service.update_safety_plan(session, Actor.of(therapist), user.id, plan, now=now)


def _add_users(session: Session, story: Plan, password_hash: str, now: datetime, rng: random.Random) -> dict[str, User]:
    """The organisation, its staff and clients, all with the same (already hashed) password."""
    org = care_service.create_organisation(session, name=ORGANISATION, country="NL", locale="nl")
    org.created_at = min(story.start.values()) - timedelta(days=420)
    users: dict[str, User] = {}
    for i, staff in enumerate((_ADMIN, *_THERAPISTS)):
        users[staff.key] = User(
            organisation_id=org.id,
            email=staff.email,
            display_name=staff.name,
            role=staff.role,
            password_hash=password_hash,
            locale=staff.locale,
            country="NL",
            timezone=PRACTICE_TZ,
            created_at=org.created_at + timedelta(days=i, hours=2),
            last_login_at=now - timedelta(hours=3 + 20 * i),
        )
    last_seen: dict[str, datetime] = {}
    for when, client in [(c.at, c.client) for c in story.checkins] + [(e.written_at, e.client) for e in story.entries]:
        last_seen[client] = max(when, last_seen.get(client, when))
    for spec in _CLIENTS:
        users[spec.key] = User(
            organisation_id=org.id,
            email=spec.email,
            display_name=spec.name,
            role=Role.CLIENT,
            password_hash=password_hash,
            locale=spec.locale,
            country=spec.country,
            timezone=spec.tz,
            created_at=story.start[spec.key] - timedelta(days=rng.randint(9, 20), minutes=rng.randint(0, 600)),
            last_login_at=last_seen.get(spec.key),
        )
    session.add_all(users.values())
    session.flush()
    return users


def _add_links(session: Session, story: Plan, stored: _Stored, now: datetime, rng: random.Random) -> None:
    """Care links and consent through the care service, dated to when they happened in the story."""
    for spec in _CLIENTS:
        client = stored.users[spec.key]
        for link_spec in spec.links:
            since = max(
                client.created_at + timedelta(minutes=rng.randint(60, 1800)),
                story.start[spec.key] + timedelta(days=link_spec.start_day, minutes=rng.randint(540, 1020)),
            )
            scopes = set(link_spec.consent)
            if link_spec.journal_added_days_ago:
                scopes.discard("journal")
            link = care_service.link_therapist(
                session,
                stored.users[link_spec.therapist],
                client,
                Consent(**dict.fromkeys(scopes, True)),
                now=since,
            )
            _date_new_audit_rows(session, since)
            if link_spec.journal_added_days_ago:
                changed = now - timedelta(days=link_spec.journal_added_days_ago, minutes=rng.randint(60, 480))
                care_service.update_consent(
                    session, Actor.of(client), link.id, Consent(**dict.fromkeys(link_spec.consent, True))
                )
                link.consent_updated_at = changed
                _date_new_audit_rows(session, changed)
            stored.links[(link_spec.therapist, spec.key)] = link


def _add_checkins_and_entries(session: Session, story: Plan, stored: _Stored, rng: random.Random) -> list[AuditEntry]:
    """The historical rows as model objects (the encrypted columns encrypt as usual), and the audit
    rows the client's own actions would have left."""
    users = stored.users
    checkins = [
        CheckIn(
            client_id=users[c.client].id,
            at=c.at,
            mood=c.mood,
            energy=c.energy,
            anxiety=c.anxiety,
            sleep_half_hours=c.sleep_half_hours,
            sleep_quality=c.sleep_quality,
            emotions=",".join(c.emotions) or None,
            note=c.note,
            created_at=c.at + timedelta(seconds=rng.randint(1, 40)),
            risk_level=safety_service.screen(c.note).level.value if c.note else None,
        )
        for c in story.checkins
    ]
    pairs = [
        (
            e,
            JournalEntry(
                client_id=users[e.client].id,
                title=e.title,
                body=e.body,
                shared=e.shared,
                written_at=e.written_at,
                created_at=e.written_at,
                updated_at=max(filter(None, (e.shared_later_at, e.edited_at)), default=None),
            ),
        )
        for e in story.entries
    ]
    session.add_all(checkins)
    session.add_all([row for _, row in pairs])
    session.flush()  # ids for the audit rows
    store_checkin_tags(session, story.checkins, checkins, users)
    audit = []
    for c, row in zip(story.checkins, checkins, strict=True):
        user = users[c.client]
        audit.append(_audit(user, AuditEvent.CHECKIN_CREATED, user.id, row.created_at, "checkin", row.id))
    for e, row in pairs:
        stored.entries.setdefault(e.client, []).append((e, row))
        user = users[e.client]
        audit.append(
            _audit(
                user,
                AuditEvent.JOURNAL_ENTRY_CREATED,
                user.id,
                e.written_at,
                "journal_entry",
                row.id,
                {"shared": e.shared and e.shared_later_at is None},
            )
        )
        for when, fields in ((e.edited_at, ["body"]), (e.shared_later_at, ["shared"])):
            if when:
                audit.append(
                    _audit(
                        user,
                        AuditEvent.JOURNAL_ENTRY_UPDATED,
                        user.id,
                        when,
                        "journal_entry",
                        row.id,
                        {"fields": fields},
                    )
                )
    return audit


def _withdraw(session: Session, stored: _Stored, now: datetime, rng: random.Random) -> None:
    """Withdrawals, through the care service (the therapist's reads stop before them)."""
    for spec in _CLIENTS:
        for link_spec in spec.links:
            if link_spec.withdrawn_days_ago:
                link = stored.links[(link_spec.therapist, spec.key)]
                when = now - timedelta(days=link_spec.withdrawn_days_ago, minutes=rng.randint(60, 360))
                care_service.withdraw(session, Actor.of(stored.users[spec.key]), link.id)
                link.ended_at = link.consent_updated_at = when
                _date_new_audit_rows(session, when)


def _read_today(session: Session, stored: _Stored) -> None:
    """Today's reads go through the real service functions, which audit them with today's time."""
    for therapist_key, client_key in _LIVE_READS:
        actor, client_id = Actor.of(stored.users[therapist_key]), stored.users[client_key].id
        link = stored.links[(therapist_key, client_key)]
        if link.share_checkins:
            checkins_service.list_client_checkins(session, actor, client_id, limit=30)
        if link.share_journal:
            journal_service.list_client_entries(session, actor, client_id, limit=10)
        if link.share_questionnaires:
            questionnaires_service.client_overview(session, actor, client_id)
    for therapist_key, client_key in _LIVE_ENTRY_READS:
        shared = [row for e, row in stored.entries.get(client_key, []) if e.shared and e.hopeless]
        if shared:
            journal_service.access_entry(session, Actor.of(stored.users[therapist_key]), shared[-1].id)


_audit = audit_row


def _date_new_audit_rows(session: Session, at: datetime) -> None:
    """Date the audit rows a service call just added to when it happened in the story.

    The care service adds its audit row without flushing, so it is still pending here; should that
    change, the rows keep the build time (tests/test_demo.py notices).
    """
    for row in session.new:
        if isinstance(row, AuditEntry) and row.at is None:
            row.at = at


def _history_of_reads(
    rng: random.Random,
    therapist: User,
    link: CareLink,
    spec: _LinkSpec,
    checkin_times: list[datetime],
    entries: list[tuple[PlannedEntry, JournalEntry]],
    now: datetime,
) -> list[AuditEntry]:
    """Weekly (or fortnightly) reads of the client's page on the morning of the session, as the
    therapist's client page records them: the check-ins, the journal list, sometimes one entry."""
    tz = ZoneInfo(PRACTICE_TZ)
    end = now - timedelta(days=spec.withdrawn_days_ago, hours=7) if spec.withdrawn_days_ago else now
    journal_from = now - timedelta(days=spec.journal_added_days_ago) if spec.journal_added_days_ago else None
    day = (link.created_at + timedelta(days=7)).astimezone(tz).date()
    day += timedelta(days=(spec.session_weekday - day.weekday()) % 7)
    shared = sorted((e.shared_later_at or e.written_at, row.id) for e, row in entries if e.shared)
    rows: list[AuditEntry] = []
    last_read: datetime | None = None
    client_id = link.client_id
    for week in range(DAYS):
        session_day = day + timedelta(days=7 * week)
        at = datetime.combine(session_day, time(8, rng.randint(15, 59)), tz).astimezone(UTC)
        if at >= end - timedelta(hours=1):
            break
        if week % spec.review_weeks or rng.random() > 0.85:
            continue  # no session this week
        if "checkins" in spec.consent:
            count = min(30, bisect_right(checkin_times, at))
            rows.append(_audit(therapist, AuditEvent.CHECKINS_VIEWED, client_id, at, extra={"count": count}))
        if "journal" in spec.consent and (journal_from is None or at > journal_from):
            visible = [entry_id for when, entry_id in shared if when <= at]
            listed = visible[-10:][::-1]
            rows.append(
                _audit(
                    therapist,
                    AuditEvent.JOURNAL_LISTED,
                    client_id,
                    at + timedelta(seconds=1),
                    extra={"count": len(listed), "entry_ids": listed},
                )
            )
            new = [entry_id for when, entry_id in shared if when <= at and (last_read is None or when > last_read)]
            if new and rng.random() < 0.6:
                rows.append(
                    _audit(
                        therapist,
                        AuditEvent.JOURNAL_ENTRY_VIEWED,
                        client_id,
                        at + timedelta(seconds=rng.randint(20, 240)),
                        "journal_entry",
                        new[-1],
                    )
                )
        if "questionnaires" in spec.consent:
            rows.append(_audit(therapist, AuditEvent.QUESTIONNAIRES_VIEWED, client_id, at + timedelta(seconds=2)))
        last_read = at
    return rows
