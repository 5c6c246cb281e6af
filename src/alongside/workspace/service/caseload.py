"""The caseload sorted by need, in a constant number of queries whatever its size.

The ladder (a client sits on the highest rung that applies; every reason that applies is listed):

0. **An unresolved risk alert** — unacknowledged before acknowledged, then by level (imminent,
   high, moderate, low), then the oldest first. Shown whatever the client shares: risk always goes
   to the care team.
1. **Reliable deterioration** (NHS Talking Therapies: PHQ-9 up 6 or more, GAD-7 up 4 or more) of the
   latest PHQ-9 or GAD-7 against the previous one, or against the first one (the course so far).
   Oldest latest measure first. Only for clients who share questionnaires.
2. **Missed check-ins or homework.** Missed check-ins: no check-in for ``MISSED_AFTER_DAYS`` days or
   more from a client who usually checks in (at least ``HABIT_MIN_CHECKINS`` check-ins in the last
   ``HABIT_DAYS`` days); only for clients who share check-ins. Missed homework: less than
   ``HOMEWORK_MIN_PERCENT`` % of last week's planned homework done (last week is complete; this week
   is still going). The longest silence first, then the lowest adherence.
3. **The rest**, by name.

A longer silence than ``HABIT_DAYS`` no longer counts as a habit broken; the last check-in is still
in the row, and silence after a risk alert raises an alert of its own (safety's ``check_silence``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.careplan import service as careplan_service
from alongside.checkins import service as checkins_service
from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ScoreTrend
from alongside.safety import service as safety_service
from alongside.safety.models import Alert, AlertStatus
from alongside.safety.screening import RiskLevel
from alongside.workspace.schemas import Adherence, CaseloadFilter, CaseloadRead, CaseloadRow, Reason

SPARK_DAYS = 14
MISSED_AFTER_DAYS = 3
HABIT_DAYS = 42
HABIT_MIN_CHECKINS = 8
HOMEWORK_MIN_PERCENT = 50
PER_PAGE = 25
RUNG_OF = {"alert": 0, "deterioration": 1, "missed_checkins": 2, "missed_homework": 2}
FILTERS: dict[str, set[str] | None] = {
    "all": None,
    "attention": set(RUNG_OF),
    "alerts": {"alert"},
    "deteriorating": {"deterioration"},
    "missed": {"missed_checkins", "missed_homework"},
}


def next_sessions_for(session: Session, actor: Actor, client_ids: list[int]) -> dict[int, datetime]:
    """The next planned session per client, in one query (the notes domain)."""
    found = notes_service.next_sessions_for_clients(session, actor, client_ids)
    return {client_id: planned.starts_at for client_id, planned in found.items()}


@dataclass
class _Place:
    """A client's place on the ladder, worked out before any row is built (rows are built for the
    page shown only)."""

    entry: care_service.CaseloadEntry
    reasons: list[Reason]
    scores: dict[str, questionnaires_service.Trend]
    last_checkin_at: datetime | None
    key: tuple = ()

    @property
    def kinds(self) -> set[str]:
        return {reason.kind for reason in self.reasons}


def build_caseload(
    session: Session,
    actor: Actor,
    *,
    search: str | None = None,
    filter: CaseloadFilter = "all",
    page: int = 1,
    per_page: int = PER_PAGE,
    now: datetime | None = None,
) -> CaseloadRead:
    """The therapist's caseload, sorted by need, filtered and a page of it; one batch call per domain
    for the ladder, then the sparklines and next sessions of the page's clients only."""
    now = now or utc_now()
    entries = care_service.caseload_entries(session, actor, search=search)
    ids = [entry.client_id for entry in entries]
    zones = {entry.client_id: entry.timezone for entry in entries}
    activity = checkins_service.activity_for_clients(session, actor, ids, since=now - timedelta(days=HABIT_DAYS))
    scores = questionnaires_service.latest_totals_for_clients(session, actor, ids)
    homework = careplan_service.adherence_for_clients(session, actor, zones, now=now)
    alerts = safety_service.unresolved_alerts_for_clients(session, actor, ids)
    places = []
    for entry in entries:
        cid = entry.client_id
        last_at, recent = activity.get(cid, (None, 0))
        reasons = [
            *([_alert_reason(alerts[cid])] if cid in alerts else []),
            *_deterioration(cid, scores.get(cid, {})),
            *([_missed_checkins(cid, last_at, now)] if _has_missed(last_at, recent, now) else []),
            *([_missed_homework(cid, homework[cid])] if _behind(homework.get(cid)) else []),
        ]
        place = _Place(entry, reasons, scores.get(cid, {}), last_at)
        place.key = _sort_key(place, alerts.get(cid), now)
        places.append(place)
    places.sort(key=lambda place: place.key)
    counts = {name: sum(_matches(place.kinds, name) for place in places) for name in FILTERS}
    chosen = [place for place in places if _matches(place.kinds, filter)]
    pages = max(1, -(-len(chosen) // per_page))
    page = min(max(page, 1), pages)
    shown = chosen[(page - 1) * per_page : page * per_page]
    rows = _rows(session, actor, shown, homework, now)
    _audit(session, actor, rows)
    return CaseloadRead(
        rows=rows, counts=counts, filter=filter, search=search or None, total=len(chosen), page=page, pages=pages
    )


def _rows(
    session: Session,
    actor: Actor,
    shown: list[_Place],
    homework: dict[int, careplan_service.WeekAdherence],
    now: datetime,
) -> list[CaseloadRow]:
    zones = {place.entry.client_id: place.entry.timezone for place in shown}
    moods = checkins_service.mood_days_for_clients(session, actor, zones, now=now, days=SPARK_DAYS)
    sessions = next_sessions_for(session, actor, list(zones))
    rows = []
    for place in shown:
        entry, cid = place.entry, place.entry.client_id
        adherence = homework.get(cid)
        rows.append(
            CaseloadRow(
                client_id=cid,
                name=entry.name,
                rung=min((RUNG_OF[r.kind] for r in place.reasons), default=3),
                reasons=place.reasons,
                shares_checkins=entry.share_checkins,
                shares_questionnaires=entry.share_questionnaires,
                last_checkin_at=place.last_checkin_at,
                mood_days=[(d, round(m, 1)) for d, m in moods.get(cid, [])] if entry.share_checkins else None,
                scores={code: ScoreTrend(**vars(trend)) for code, trend in place.scores.items()},
                homework_this_week=_adherence(adherence.this_week) if adherence else None,
                next_session=sessions.get(cid),
            )
        )
    return rows


def _matches(kinds: set[str], name: str) -> bool:
    wanted = FILTERS[name]
    return wanted is None or bool(kinds & wanted)


def _alert_reason(alert: Alert) -> Reason:
    return Reason(
        kind="alert", href=f"/alerts/{alert.id}", since=alert.created_at, level=alert.level, status=alert.status.value
    )


def _deterioration(client_id: int, scores: dict[str, questionnaires_service.Trend]) -> list[Reason]:
    """A reason per instrument that got reliably worse since the previous or the first measure."""
    found = []
    for instrument in ("phq9", "gad7"):
        trend = scores.get(instrument)
        if trend is None:
            continue
        if trend.reliable < 0:
            points, since = trend.change, trend.previous_at
        elif trend.reliable_since_first < 0:
            points, since = trend.change_since_first, trend.first_at
        else:
            continue
        found.append(
            Reason(
                kind="deterioration",
                href=f"/clients/{client_id}?kinds=questionnaire#timeline-heading",
                since=since,
                instrument=instrument,
                points=points,
                total=trend.total,
            )
        )
    return found


def _has_missed(last_at: datetime | None, recent: int, now: datetime) -> bool:
    return last_at is not None and recent >= HABIT_MIN_CHECKINS and now - last_at >= timedelta(days=MISSED_AFTER_DAYS)


def _missed_checkins(client_id: int, last_at: datetime, now: datetime) -> Reason:
    return Reason(
        kind="missed_checkins",
        href=f"/clients/{client_id}?kinds=checkin#timeline-heading",
        since=last_at,
        days=(now - last_at).days,
    )


def _behind(homework: careplan_service.WeekAdherence | None) -> bool:
    return (
        homework is not None
        and homework.last_week.percent is not None
        and homework.last_week.percent < HOMEWORK_MIN_PERCENT
    )


def _missed_homework(client_id: int, homework: careplan_service.WeekAdherence) -> Reason:
    last = homework.last_week
    return Reason(
        kind="missed_homework",
        href=f"/clients/{client_id}/care-plan#careplan-heading",
        week=homework.week_start - timedelta(weeks=1),
        done=last.counted,
        planned=last.planned,
        percent=last.percent,
    )


def _adherence(value: careplan_service.Adherence) -> Adherence:
    return Adherence(done=value.done, planned=value.planned, percent=value.percent)


def _sort_key(place: _Place, alert: Alert | None, now: datetime) -> tuple:
    """Within a rung, whoever has waited longest comes first; the rest by name."""
    name = place.entry.name.casefold()
    rung = min((RUNG_OF[r.kind] for r in place.reasons), default=3)
    if rung == 0 and alert is not None:
        return (0, alert.status != AlertStatus.OPEN, -RiskLevel(alert.level).rank, alert.created_at, name)
    if rung == 1:
        worse = [r for r in place.reasons if r.kind == "deterioration"]
        latest = min(place.scores[r.instrument].completed_at for r in worse)
        return (1, latest, min(r.since or now for r in worse), name)
    if rung == 2:
        gap = max((r.days or 0 for r in place.reasons if r.kind == "missed_checkins"), default=0)
        percent = min((r.percent or 0 for r in place.reasons if r.kind == "missed_homework"), default=101)
        return (2, -gap, percent, name)
    return (3, name)


def _audit(session: Session, actor: Actor, rows: list[CaseloadRow]) -> None:
    """One row per client whose mood or scores the caseload showed, in one statement."""
    subjects = []
    for row in rows:
        shown = [
            scope
            for scope, flag in (("checkins", row.mood_days is not None), ("questionnaires", bool(row.scores)))
            if flag
        ]
        if shown:
            subjects.append((row.client_id, {"shown": shown}))
    audit.record_many(session, actor, AuditEvent.CASELOAD_VIEWED, subjects)
