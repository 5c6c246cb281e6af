"""The organisation's waiting-list figures by week of referral: how many came, time to the intake
review and to the first appointment, deterioration while waiting, drop-out. Counts and days only,
never content, for the admin and the intake team."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.errors import NotFound
from alongside.intake.models import DROP_OUT, Referral, ReferralStatus
from alongside.intake.repository import ReferralRepository
from alongside.intake.service.settings import is_team_member
from alongside.intake.service.waiting import deteriorations
from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

DEFAULT_WEEKS = 26


@dataclass
class WeekRow:
    week: str  # ISO week, e.g. 2026-W49
    starts: date
    referrals: int
    reviewed: int
    median_days_to_review: float | None
    first_appointments: int
    median_days_to_first_appointment: float | None
    deteriorated: int
    dropped_out: int
    waiting_at_end: int


def _require_access(session: Session, actor: Actor) -> None:
    if not (actor.is_admin or is_team_member(session, actor)):
        raise NotFound("Not found.")


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _days(start: datetime, end: datetime | None) -> float | None:
    return None if end is None else (end - start).total_seconds() / 86400


def _ended_at(r: Referral) -> datetime | None:
    return r.in_care_at or r.closed_at


def organisation_figures(
    session: Session, actor: Actor, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None
) -> list[WeekRow]:
    _require_access(session, actor)
    now = now or utc_now()
    today = now.date()
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first_monday, datetime.min.time(), tzinfo=now.tzinfo)
    referrals = ReferralRepository(session).created_since(actor.organisation_id, since - timedelta(days=366))
    firsts = notes_service.first_session_starts(
        session, [(r.client_id, r.therapist_id) for r in referrals if r.therapist_id and r.in_care_at]
    )
    worse = deteriorations(session, referrals, until={r.id: e for r in referrals if (e := _ended_at(r))})
    rows = []
    for n in range(weeks):
        starts = first_monday + timedelta(weeks=n)
        week_start = datetime.combine(starts, datetime.min.time(), tzinfo=now.tzinfo)
        week_end = week_start + timedelta(weeks=1)
        cohort = [r for r in referrals if week_start <= r.created_at < week_end]
        to_review = [d for r in cohort if (d := _days(r.created_at, r.reviewed_at)) is not None]
        appointments = [
            d
            for r in cohort
            if r.therapist_id and (d := _days(r.created_at, firsts.get((r.client_id, r.therapist_id)))) is not None
        ]
        waiting = [
            r
            for r in referrals
            if r.submitted_at and r.submitted_at < week_end and ((e := _ended_at(r)) is None or e >= week_end)
        ]
        iso = starts.isocalendar()
        rows.append(
            WeekRow(
                week=f"{iso.year}-W{iso.week:02d}",
                starts=starts,
                referrals=len(cohort),
                reviewed=len(to_review),
                median_days_to_review=_median(to_review),
                first_appointments=len(appointments),
                median_days_to_first_appointment=_median(appointments),
                deteriorated=sum(1 for r in cohort if worse.get(r.id)),
                dropped_out=sum(1 for r in cohort if r.status == ReferralStatus.CLOSED and r.closed_reason in DROP_OUT),
                waiting_at_end=len(waiting) if week_start <= now else 0,
            )
        )
    audit.record(session, actor, AuditEvent.INTAKE_FIGURES_VIEWED, subject_id=None, extra={"weeks": weeks})
    return rows


CSV_COLUMNS = [
    "week",
    "starts",
    "referrals",
    "reviewed",
    "median_days_to_review",
    "first_appointments",
    "median_days_to_first_appointment",
    "deteriorated",
    "dropped_out",
    "waiting_at_end",
]


def figures_csv(rows: list[WeekRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = asdict(row)
        values["starts"] = row.starts.isoformat()
        writer.writerow({k: "" if values[k] is None else values[k] for k in CSV_COLUMNS})
    return out.getvalue()
