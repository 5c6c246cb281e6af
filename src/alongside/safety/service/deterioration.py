"""Deterioration rules that raise alerts without any text: reliable change on PHQ-9 / GAD-7
(NHS Talking Therapies: PHQ-9 up 6 or more, GAD-7 up 4 or more), PHQ-9 item 9 above 0, a drop of the
7-day mean mood by 2 or more against the 28 days before, and silence after a risk alert."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.kit.orm import utc_now
from alongside.safety.models import Alert
from alongside.safety.repository import AlertRepository, PolicyRepository
from alongside.safety.screening import RiskLevel
from alongside.safety.service.alerts import raise_alert
from alongside.safety.service.escalation import get_policy

RELIABLE_CHANGE = {"phq9": 6, "gad7": 4}
MOOD_DROP = 2.0
MIN_RECENT_CHECKINS = 3
MIN_BASELINE_CHECKINS = 7
SILENCE_LOOKBACK = timedelta(days=60)


def reliable_deterioration(instrument: str, before: int, after: int) -> bool:
    return after - before >= RELIABLE_CHANGE[instrument]


def check_questionnaire_change(
    session: Session,
    client_id: int,
    organisation_id: int,
    instrument: str,
    before: int | None,
    after: int,
    *,
    source_id: int | None = None,
    now: datetime | None = None,
) -> Alert | None:
    if before is None or not reliable_deterioration(instrument, before, after):
        return None
    return _moderate(
        session,
        client_id,
        organisation_id,
        "deterioration",
        f"{instrument}_reliable_deterioration",
        f"{instrument.upper()} {before} → {after}",
        source_id=source_id,
        now=now,
    )


def screen_phq9_item9(
    session: Session,
    client_id: int,
    organisation_id: int,
    value: int,
    *,
    source_id: int | None = None,
    now: datetime | None = None,
) -> Alert | None:
    """PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0 always goes to safety."""
    if value <= 0:
        return None
    return _moderate(
        session,
        client_id,
        organisation_id,
        "questionnaire",
        "phq9_item9",
        f"PHQ-9 item 9 = {value}",
        source_id=source_id,
        now=now,
    )


def _moderate(
    session: Session,
    client_id: int,
    organisation_id: int,
    source: str,
    code: str,
    evidence: str,
    *,
    source_id: int | None,
    now: datetime | None,
) -> Alert:
    """Deterioration rules raise ``moderate`` unless a signal says more (raise_alert keeps the higher)."""
    return raise_alert(
        session,
        client_id,
        organisation_id,
        RiskLevel.MODERATE,
        source=source,
        source_id=source_id,
        codes=[code],
        evidence=[evidence],
        now=now,
    )


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


def mood_drop(recent: list[int], baseline: list[int]) -> float | None:
    """How far the recent mean fell below the baseline mean; ``None`` without enough data."""
    if len(recent) < MIN_RECENT_CHECKINS or len(baseline) < MIN_BASELINE_CHECKINS:
        return None
    return _mean(baseline) - _mean(recent)


def check_mood_drop(
    session: Session, client_id: int, organisation_id: int, *, now: datetime | None = None
) -> Alert | None:
    """Called after each check-in: 7-day mean down by 2 or more against the 28 days before."""
    from alongside.checkins import service as checkins_service

    now = now or utc_now()
    recent = checkins_service.moods_between(session, client_id, now - timedelta(days=7), now)
    baseline = checkins_service.moods_between(session, client_id, now - timedelta(days=35), now - timedelta(days=7))
    drop = mood_drop(recent, baseline)
    if drop is None or drop < MOOD_DROP:
        return None
    if AlertRepository(session).has_unresolved_signal(client_id, "mood_drop"):
        return None
    return _moderate(
        session,
        client_id,
        organisation_id,
        "deterioration",
        "mood_drop",
        f"7-day mean mood {_mean(recent):.1f} against {_mean(baseline):.1f} in the 28 days before",
        source_id=None,
        now=now,
    )


def check_silence(session: Session, *, now: datetime | None = None) -> list[Alert]:
    """Periodic: a client with a risk alert who has not checked in for N days (per client, else the
    organisation's policy) since that alert gets a new alert."""
    from alongside.checkins import service as checkins_service

    now = now or utc_now()
    repo = AlertRepository(session)
    raised = []
    for client_id, organisation_id, last_alert_at in repo.clients_with_alert_since(now - SILENCE_LOOKBACK):
        own = PolicyRepository(session).client_safety(client_id)
        days = (own.silence_days if own and own.silence_days else None) or get_policy(
            session, organisation_id
        ).silence_days
        last_checkin = checkins_service.last_checkin_at(session, client_id)
        last_seen = max(filter(None, [last_checkin, last_alert_at]))
        if now - last_seen < timedelta(days=days) or repo.has_unresolved_signal(client_id, "silence"):
            continue
        raised.append(
            _moderate(
                session,
                client_id,
                organisation_id,
                "deterioration",
                "silence",
                f"No check-in for {(now - last_seen).days} days after a risk alert",
                source_id=None,
                now=now,
            )
        )
    return raised


def set_silence_days(
    session: Session,
    actor,
    client_id: int,
    days: int | None,  # noqa: ANN001
    *,
    now: datetime | None = None,
) -> None:
    """A therapist in the care team sets how many silent days after a risk alert raise a new one."""
    from alongside.care import service as care_service
    from alongside.errors import InvalidInput
    from alongside.safety.models import ClientSafety

    care_service.access_client_link(session, actor, client_id)
    if days is not None and not 1 <= days <= 30:
        raise InvalidInput("Choose between 1 and 30 days.", field="silence_days")
    repo = PolicyRepository(session)
    row = repo.client_safety(client_id)
    if row is None:
        row = ClientSafety(client_id=client_id, updated_at=now or utc_now())
        repo.add_client_safety(row)
    row.silence_days, row.updated_at = days, now or utc_now()


def get_silence_days(session: Session, client_id: int) -> int | None:
    row = PolicyRepository(session).client_safety(client_id)
    return row.silence_days if row else None
