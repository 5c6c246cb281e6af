"""The waiting list as the intake team sees it, sorted by need: open alerts first (most severe
first), then reliable deterioration since the intake, then the longest wait."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.intake.models import Referral, ReferralStatus
from alongside.intake.repository import ReferralRepository
from alongside.intake.service.settings import is_team_member, require_team
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.safety.screening import RiskLevel

CHANGE_INSTRUMENTS = ("phq9", "gad7")


@dataclass
class WaitingRow:
    referral: Referral
    open_alert_level: str | None
    deteriorated: list[tuple[str, int, int]]  # (instrument, at intake, latest)
    waiting_days: int

    @property
    def needs_review(self) -> bool:
        return self.referral.status == ReferralStatus.SUBMITTED

    def sort_key(self) -> tuple[int, int, int, int]:
        alert_rank = RiskLevel(self.open_alert_level).rank if self.open_alert_level else -1
        return (-alert_rank, -len(self.deteriorated), -self.waiting_days, self.referral.id)


def deteriorations(
    session: Session, referrals: list[Referral], *, until: dict[int, datetime] | None = None
) -> dict[int, list[tuple[str, int, int]]]:
    """Per referral: PHQ-9 (6 or more) or GAD-7 (4 or more) reliably worse at the latest response than
    at the intake. Unscoped: the caller checked the intake team and audits."""
    intake_ids = {r.id: {name: getattr(r, f"{name}_response_id") for name in CHANGE_INSTRUMENTS} for r in referrals}
    found = questionnaires_service.responses_by_id(
        session, [i for ids in intake_ids.values() for i in ids.values() if i]
    )
    latest = questionnaires_service.latest_responses_for_clients(
        session, [r.client_id for r in referrals], CHANGE_INSTRUMENTS
    )
    out: dict[int, list[tuple[str, int, int]]] = {}
    for r in referrals:
        worse = []
        for name in CHANGE_INSTRUMENTS:
            first = found.get(intake_ids[r.id][name] or -1)
            last = latest.get((r.client_id, name))
            if first is None or last is None or last.id == first.id:
                continue
            if until and r.id in until and last.completed_at > until[r.id]:
                continue
            if safety_service.reliable_deterioration(name, first.total, last.total):
                worse.append((name, first.total, last.total))
        out[r.id] = worse
    return out


def waiting_list(session: Session, actor: Actor, *, now: datetime | None = None) -> list[WaitingRow]:
    require_team(session, actor)
    now = now or utc_now()
    referrals = ReferralRepository(session).waiting(actor.organisation_id)
    levels = safety_service.open_alert_levels(session, [r.client_id for r in referrals])
    worse = deteriorations(session, referrals)
    rows = [
        WaitingRow(
            referral=r,
            open_alert_level=levels.get(r.client_id),
            deteriorated=worse.get(r.id, []),
            waiting_days=max(0, (now - (r.submitted_at or r.created_at)).days),
        )
        for r in referrals
    ]
    rows.sort(key=WaitingRow.sort_key)
    if rows:
        audit.record_many(session, actor, AuditEvent.WAITING_LIST_VIEWED, [(r.referral.client_id, None) for r in rows])
    return rows


def to_review(session: Session, actor: Actor) -> int | None:
    """For the caseload's link: how many sent intakes wait for review (``None``: not on the intake team)."""
    if not is_team_member(session, actor):
        return None
    return ReferralRepository(session).count_with_status(actor.organisation_id, ReferralStatus.SUBMITTED)
