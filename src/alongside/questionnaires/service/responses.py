"""Submitting a questionnaire (score, store, audit and safety in one transaction) and reading results."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.careplan import service as careplan_service
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import scoring
from alongside.questionnaires.models import QuestionnaireResponse
from alongside.questionnaires.repository import ResponseRepository
from alongside.questionnaires.schemas import Change, ResponseCreate
from alongside.questionnaires.scoring import Instrument
from alongside.questionnaires.service.instruments import instrument_or_404
from alongside.questionnaires.service.schedules import advance_schedule
from alongside.safety import service as safety_service

CHANGE_ALERTS = (Instrument.PHQ9, Instrument.GAD7)


class UnansweredItems(InvalidInput):
    """Some items have no answer; ``missing`` holds their numbers (1-based). Nothing is stored."""

    def __init__(self, missing: list[int]) -> None:
        numbers = ", ".join(str(n) for n in missing)
        super().__init__(f"Please answer every question. Not answered: {numbers}.", field="answers")
        self.missing = missing


def _validated(instrument: Instrument, data: ResponseCreate) -> dict[int, int]:
    answers = dict(data.answers)
    invalid = scoring.invalid_items(instrument, answers)
    if invalid:
        raise InvalidInput("This answer is not one of the options.", field=f"answers.{invalid[0]}")
    missing = scoring.missing_items(instrument, answers)
    if missing:
        raise UnansweredItems(missing)
    return answers


def submit_response(
    session: Session,
    actor: Actor,
    instrument_name: str,
    data: ResponseCreate,
    *,
    locale: str | None = None,
    now: datetime | None = None,
) -> QuestionnaireResponse:
    """Score and store a complete response; PHQ-9 item 9 above 0 and a reliable deterioration against
    the previous response of the same instrument go to safety in the same transaction."""
    if not actor.is_client:
        raise Forbidden("Only clients fill in questionnaires.")
    instrument = instrument_or_404(instrument_name)
    answers = _validated(instrument, data)
    now = now or utc_now()
    repo = ResponseRepository(session)
    previous = repo.get_latest(actor.user_id, instrument.value)
    total = scoring.score(instrument, answers)
    response = repo.add(
        QuestionnaireResponse(
            client_id=actor.user_id,
            instrument=instrument.value,
            locale=locale or actor.locale or "en",
            answers={str(n): v for n, v in sorted(answers.items())},
            difficulty=data.difficulty if instrument == Instrument.PHQ9 else None,
            raw_total=scoring.raw_total(instrument, answers),
            total=total,
            band=scoring.band(instrument, total),
            completed_at=now,
            created_at=now,
        )
    )
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRE_SUBMITTED,
        subject_id=actor.user_id,
        object_type="questionnaire_response",
        object_id=response.id,
        extra={"instrument": instrument.value, "total": total, "band": response.band},
    )
    _to_safety(session, actor, instrument, response, previous, now)
    advance_schedule(session, actor.user_id, instrument.value, now)
    careplan_service.record_reminder_answered(
        session, actor.user_id, "questionnaire", instrument=instrument.value, now=now
    )
    return response


def _to_safety(
    session: Session,
    actor: Actor,
    instrument: Instrument,
    response: QuestionnaireResponse,
    previous: QuestionnaireResponse | None,
    now: datetime,
) -> None:
    client_id, organisation_id = actor.user_id, actor.organisation_id
    if instrument == Instrument.PHQ9:
        item9 = response.answer(scoring.PHQ9_ITEM9) or 0
        safety_service.screen_phq9_item9(session, client_id, organisation_id, item9, source_id=response.id, now=now)
    if instrument in CHANGE_ALERTS:
        safety_service.check_questionnaire_change(
            session,
            client_id,
            organisation_id,
            instrument.value,
            previous.total if previous else None,
            response.total,
            source_id=response.id,
            now=now,
        )


def access_response(session: Session, actor: Actor, response_id: int) -> QuestionnaireResponse:
    """A response the actor may read, audited; 404 whether it is missing or hidden."""
    response = ResponseRepository(session).get_readable(actor, response_id)
    if response is None:
        raise NotFound("No such questionnaire result.")
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRES_VIEWED,
        subject_id=response.client_id,
        object_type="questionnaire_response",
        object_id=response.id,
    )
    return response


def change_since_previous(session: Session, actor: Actor, response: QuestionnaireResponse) -> Change | None:
    previous = ResponseRepository(session).get_previous_readable(actor, response)
    if previous is None:
        return None
    instrument = Instrument(response.instrument)
    return Change(
        previous_id=previous.id,
        previous_total=previous.total,
        previous_at=previous.completed_at,
        points=response.total - previous.total,
        reliable=scoring.reliable_change(instrument, previous.total, response.total),
    )


def history(
    session: Session, actor: Actor, client_id: int, instrument: str, *, limit: int = 26
) -> list[QuestionnaireResponse]:
    """The last ``limit`` responses of one instrument, oldest first (for a chart). The caller audits."""
    rows, _ = ResponseRepository(session).page_for_client(actor, client_id, instrument=instrument, limit=limit)
    return rows[::-1]


def list_own_responses(
    session: Session, actor: Actor, *, instrument: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[list[QuestionnaireResponse], int]:
    if not actor.is_client:
        raise Forbidden("Only clients fill in questionnaires.")
    if instrument is not None:
        instrument = instrument_or_404(instrument).value
    rows, total = ResponseRepository(session).page_for_client(
        actor, actor.user_id, instrument=instrument, limit=limit, offset=offset
    )
    audit.record(session, actor, AuditEvent.QUESTIONNAIRES_VIEWED, subject_id=actor.user_id, extra={"count": len(rows)})
    return rows, total


def list_client_responses(
    session: Session, actor: Actor, client_id: int, *, limit: int = 500, offset: int = 0
) -> tuple[list[QuestionnaireResponse], int]:
    """A therapist reads a client's results; 404 unless linked and the client shares questionnaires."""
    care_service.access_client_scope(session, actor, client_id, Scope.QUESTIONNAIRES)
    rows, total = ResponseRepository(session).page_for_client(actor, client_id, limit=limit, offset=offset)
    audit.record(
        session,
        actor,
        AuditEvent.QUESTIONNAIRES_VIEWED,
        subject_id=client_id,
        extra={"count": len(rows), "response_ids": [r.id for r in rows[:50]]},
    )
    return rows, total


def outcome_of(responses: list[QuestionnaireResponse]) -> scoring.Outcome | None:
    """NHS Talking Therapies outcome from the first to the latest PHQ-9 and GAD-7 in ``responses``.

    NHS Talking Therapies pairs the two measures taken at the same appointment; here the first and
    the latest of each instrument stand in for the first and last appointment. ``None`` until
    PHQ-9 or GAD-7 has been filled in twice.
    """
    ordered = sorted(responses, key=lambda r: (r.completed_at, r.id))
    counts = Counter(r.instrument for r in ordered)
    if counts["phq9"] < 2 and counts["gad7"] < 2:
        return None  # one measure is no change
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for row in ordered:
        first.setdefault(row.instrument, row.total)
        last[row.instrument] = row.total
    return scoring.outcome(
        scoring.Measure(phq9=first.get("phq9"), gad7=first.get("gad7")),
        scoring.Measure(phq9=last.get("phq9"), gad7=last.get("gad7")),
    )


def responses_by_id(session: Session, response_ids: list[int]) -> dict[int, QuestionnaireResponse]:
    """Unscoped, for the intake team's summary: the caller checks who is asking and audits the read."""
    return {r.id: r for r in ResponseRepository(session).by_ids(response_ids)}


def latest_responses_for_clients(
    session: Session, client_ids: list[int], instruments: tuple[str, ...] = ("phq9", "gad7")
) -> dict[tuple[int, str], QuestionnaireResponse]:
    """Unscoped, for the waiting list: the caller checks who is asking and audits the read."""
    return ResponseRepository(session).latest_for_clients(client_ids, list(instruments))
