"""Latest scores with their change, for many clients at once (the therapist's caseload)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import scoring
from alongside.questionnaires.models import QuestionnaireResponse
from alongside.questionnaires.repository import ResponseRepository
from alongside.questionnaires.scoring import Instrument

TREND_INSTRUMENTS = (Instrument.PHQ9, Instrument.GAD7)


def latest_totals_for_clients(
    session: Session, actor: Actor, client_ids: list[int], instruments: tuple[Instrument, ...] = TREND_INSTRUMENTS
) -> dict[int, dict[str, Trend]]:
    """Per client who shares questionnaires with the actor, per instrument: the latest score with its
    change since the previous and since the first response. One query for any number of clients;
    clients who do not share questionnaires are absent. The caller audits the read."""
    ends = ResponseRepository(session).ends_for_clients(actor, client_ids, [i.value for i in instruments])
    out: dict[int, dict[str, Trend]] = defaultdict(dict)
    for (client_id, instrument), found in ends.items():
        out[client_id][instrument] = _trend(Instrument(instrument), found)
    return dict(out)


@dataclass
class Trend:
    """The fields of ``ScoreTrend`` as a plain object: a caseload makes two per client, and only the
    page it shows becomes ``ScoreTrend`` (``ScoreTrend(**vars(trend))``)."""

    instrument: str
    latest_id: int
    total: int
    band: str
    completed_at: datetime
    previous_total: int | None = None
    previous_at: datetime | None = None
    change: int | None = None
    reliable: int = 0
    first_total: int | None = None
    first_at: datetime | None = None
    change_since_first: int | None = None
    reliable_since_first: int = 0


def _trend(instrument: Instrument, found: dict[str, tuple]) -> Trend:
    """From (id, client_id, instrument, total, band, completed_at) rows."""
    latest, previous, first = found["latest"], found.get("previous"), found.get("first")
    trend = Trend(instrument.value, latest[0], latest[3], latest[4], latest[5])
    if previous is not None:
        trend.previous_total, trend.previous_at = previous[3], previous[5]
        trend.change = latest[3] - previous[3]
        trend.reliable = scoring.reliable_change(instrument, previous[3], latest[3])
    if first is not None and first[0] != latest[0]:
        trend.first_total, trend.first_at = first[3], first[5]
        trend.change_since_first = latest[3] - first[3]
        trend.reliable_since_first = scoring.reliable_change(instrument, first[3], latest[3])
    return trend


def changes_by_response(responses: list) -> dict[int, tuple[int, int]]:
    """Response id → (points since the previous response of the same instrument, reliable change:
    -1 reliably worse, +1 reliably better, 0 within the noise), for results already read with
    permission (``ResponseRead`` or rows). The first response of an instrument has no entry."""
    out: dict[int, tuple[int, int]] = {}
    previous: dict[str, int] = {}
    for response in sorted(responses, key=lambda r: (r.completed_at, r.id)):
        before = previous.get(response.instrument)
        if before is not None:
            instrument = Instrument(response.instrument)
            out[response.id] = (response.total - before, scoring.reliable_change(instrument, before, response.total))
        previous[response.instrument] = response.total
    return out


def client_results_between(
    session: Session, actor: Actor, client_id: int, start: datetime, end: datetime
) -> list[tuple[QuestionnaireResponse, int | None, int]]:
    """A therapist reads the results a client gave in a window (the timeline), oldest first, each with
    (points since the previous response of its instrument, reliable change); the previous response
    may be older than the window. 404 unless the client shares questionnaires; audited."""
    care_service.access_client_scope(session, actor, client_id, Scope.QUESTIONNAIRES)
    repo = ResponseRepository(session)
    rows = repo.between_for_client(actor, client_id, start, end)
    before: dict[str, int] = {}
    for row in rows:
        if row.instrument not in before:
            earlier = repo.get_previous_readable(actor, row)  # one per instrument in the window
            before[row.instrument] = earlier.total if earlier else -1
    out = []
    for row in rows:
        previous = before[row.instrument]
        if previous < 0:
            out.append((row, None, 0))
        else:
            instrument = Instrument(row.instrument)
            out.append((row, row.total - previous, scoring.reliable_change(instrument, previous, row.total)))
        before[row.instrument] = row.total
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRES_VIEWED,
        subject_id=client_id,
        extra={"count": len(rows), "response_ids": [r.id for r in rows[:50]]},
    )
    return out
