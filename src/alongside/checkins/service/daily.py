"""Check-ins as one row per local day, for the insights engine: the day's mean mood, anxiety and
energy, the sleep reported that day, and which tags were used that day (1) or not (0).

Only days with a check-in appear; a tag is 0 on a day with a check-in without it, and unknown on a
day without check-ins. The client reads their own; a therapist needs an active care link with
consent for check-ins (404 otherwise). One audited read for the whole period; the note is never read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, tzinfo
from statistics import fmean

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.checkins.repository import CheckInRepository, TagRepository
from alongside.checkins.service import tags
from alongside.checkins.service.checkins import client_zone
from alongside.checkins.service.patterns import Period
from alongside.errors import InvalidInput
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

MAX_DAYS = 3 * 366


@dataclass
class DailyCheckins:
    """``values[day][column]``: columns ``mood``, ``anxiety``, ``energy``, ``sleep_hours``,
    ``sleep_quality`` and ``tag:<ref>`` for each tag; ``tag_labels[ref]`` is the tag as the client
    sees it, in the reader's language."""

    values: dict[date, dict[str, float]] = field(default_factory=dict)
    tag_labels: dict[str, str] = field(default_factory=dict)


def _mean_columns(rows: list[tuple], tz: tzinfo) -> tuple[dict[date, dict[str, float]], dict[int, date]]:
    collected: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    day_of: dict[int, date] = {}
    for checkin_id, at, mood, anxiety, energy, sleep_half_hours, sleep_quality in rows:
        day = at.astimezone(tz).date()
        day_of[checkin_id] = day
        columns = collected[day]
        columns["mood"].append(mood)
        for name, value in (("anxiety", anxiety), ("energy", energy), ("sleep_quality", sleep_quality)):
            if value is not None:
                columns[name].append(value)
        if sleep_half_hours is not None:
            columns["sleep_hours"].append(sleep_half_hours / 2)
    values = {day: {name: round(fmean(v), 3) for name, v in columns.items()} for day, columns in collected.items()}
    return values, day_of


def daily_checkins(
    session: Session, actor: Actor, client_id: int, *, since: date, until: date, locale: str = "en"
) -> DailyCheckins:
    """One row per local day with a check-in in ``since`` … ``until`` (both included)."""
    if since > until:
        raise InvalidInput("The start of the period is after its end.", field="since")
    if (until - since).days >= MAX_DAYS:
        raise InvalidInput("Choose a period of three years at most.", field="since")
    care_service.access_own_or_shared(session, actor, client_id, Scope.CHECKINS)
    tz = client_zone(session, client_id)
    start, end = Period(since, until, tz).bounds
    rows = CheckInRepository(session).ratings_between(actor, client_id, start, end)
    values, day_of = _mean_columns(rows, tz)
    tag_repo = TagRepository(session)
    views = tags.views_by_row(tag_repo.for_client(client_id), locale)
    used: dict[date, set[str]] = defaultdict(set)
    for checkin_id, tag_ids in tag_repo.links_for(list(day_of)).items():
        used[day_of[checkin_id]].update(views[t].ref for t in tag_ids if t in views)
    refs = sorted({ref for day_refs in used.values() for ref in day_refs})
    for day, columns in values.items():
        for ref in refs:
            columns[f"tag:{ref}"] = 1.0 if ref in used[day] else 0.0
    labels = {view.ref: view.label for view in views.values() if view.ref in refs}
    audit.record(
        session,
        actor,
        AuditEvent.CHECKINS_VIEWED,
        subject_id=client_id,
        extra={"view": "daily", "since": since.isoformat(), "until": until.isoformat(), "count": len(rows)},
    )
    return DailyCheckins(values=values, tag_labels=labels)
