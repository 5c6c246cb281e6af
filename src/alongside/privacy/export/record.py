"""What a client's record export holds, gathered through the domains' service functions.

Only what the client shares with the exporting therapist goes in: mood ratings under check-ins,
questionnaire results under questionnaires, the journal's themes under the journal (inside the
between-session summary). Signed notes are the care team's own record and always go in; drafts never
do. Free text the client wrote (check-in notes, journal entries) is not exported, only the numbers and
themes the summary shows. Every read is audited by the service that does it, and the export itself
as ``RECORD_EXPORTED`` with its format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.care.schemas import Consent
from alongside.checkins import service as checkins_service
from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import service as questionnaires_service

MOOD_DAYS = 365  # mood ratings of the last year go into the export


@dataclass(frozen=True)
class Response:
    id: int
    instrument: str
    locale: str
    answers: dict[str, int]
    difficulty: int | None
    total: int
    band: str
    completed_at: datetime


@dataclass
class ClientRecord:
    client: User
    exporter: Actor
    consent: Consent
    generated_at: datetime
    locale: str
    tz: ZoneInfo
    summary: notes_service.Summary
    moods: list[tuple[datetime, int]] | None
    responses: list[Response] | None
    notes: list[notes_service.SignedNote]


def client_record(session: Session, actor: Actor, client_id: int, *, locale: str) -> ClientRecord:
    """Everything the export may hold for this therapist (404 outside the care team)."""
    link = care_service.access_client_link(session, actor, client_id)
    now = utc_now()
    summary = notes_service.between_session_summary(session, actor, client_id, locale=locale)
    moods = None
    if link.allows(Scope.CHECKINS):
        points = checkins_service.client_mood_points(session, actor, client_id, since=now - timedelta(days=MOOD_DAYS))
        moods = [(p.at, p.mood) for p in points]
    responses = None
    if link.allows(Scope.QUESTIONNAIRES):
        rows, _ = questionnaires_service.list_client_responses(session, actor, client_id)
        responses = [
            Response(r.id, r.instrument, r.locale, dict(r.answers), r.difficulty, r.total, r.band, r.completed_at)
            for r in sorted(rows, key=lambda r: (r.completed_at, r.id))
        ]
    return ClientRecord(
        client=link.client,
        exporter=actor,
        consent=care_service.consent_of(link),
        generated_at=now,
        locale=locale,
        tz=summary.tz,
        summary=summary,
        moods=moods,
        responses=responses,
        notes=notes_service.signed_notes(session, actor, client_id),
    )


def record_export(session: Session, actor: Actor, record: ClientRecord, fmt: str) -> None:
    audit.record(
        session,
        actor,
        AuditEvent.RECORD_EXPORTED,
        subject_id=record.client.id,
        extra={
            "format": fmt,
            "notes": len(record.notes),
            "responses": len(record.responses or []),
            "moods": len(record.moods or []),
        },
    )
