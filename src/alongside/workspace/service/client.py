"""The therapist's client page: everything it shows, read through each domain's service (each audits
its own read), with what the client does not share left out (``None``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.checkins import service as checkins_service
from alongside.exercises import service as exercises_service
from alongside.exercises.schemas import ExerciseLogRead
from alongside.kit.orm import utc_now
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ClientQuestionnaires
from alongside.safety import service as safety_service
from alongside.safety.models import Alert
from alongside.workspace.schemas import TimelineRead
from alongside.workspace.service.timeline import WINDOW_DAYS, client_timeline

MOOD_DAYS = 90
RECENT_ALERT_DAYS = 90


@dataclass
class ClientPage:
    link: CareLink
    timeline: TimelineRead
    mood_trend: list[checkins_service.MoodDay] | None  # None: check-ins not shared
    questionnaires: ClientQuestionnaires | None  # None: questionnaires not shared
    score_changes: dict[int, tuple[int, int]]  # response id → (points, reliable change)
    exercise_log: ExerciseLogRead | None
    alerts: list[Alert]
    silence_days: int | None


def alerts_for_client_page(
    session: Session, actor: Actor, client_id: int, *, now: datetime | None = None
) -> list[Alert]:
    """Unresolved alerts first (open before acknowledged), then those of the last 90 days."""
    now = now or utc_now()
    alerts = safety_service.client_alerts(session, actor, client_id, since=now - timedelta(days=RECENT_ALERT_DAYS))
    order = {"open": 0, "acknowledged": 1, "resolved": 2}
    return sorted(alerts, key=lambda a: (order[a.status.value], -a.created_at.timestamp()))


def client_page(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    before: datetime | None = None,
    kinds: list[str] | None = None,
    locale: str | None = None,
    now: datetime | None = None,
) -> ClientPage:
    """404 unless the client is in the actor's active caseload."""
    link = care_service.access_client_link(session, actor, client_id)
    now = now or utc_now()
    mood = exercise_log = questionnaires = None
    changes: dict[int, tuple[int, int]] = {}
    if link.share_checkins:
        mood = checkins_service.client_mood_trend(session, actor, client_id, days=MOOD_DAYS, now=now)
        exercise_log = exercises_service.client_log(session, actor, client_id, locale=locale)
    if link.share_questionnaires:
        questionnaires = questionnaires_service.client_overview(session, actor, client_id)
        changes = questionnaires_service.changes_by_response(questionnaires.responses)
    return ClientPage(
        link=link,
        timeline=client_timeline(session, actor, client_id, before=before, kinds=kinds, days=WINDOW_DAYS, now=now),
        mood_trend=mood,
        questionnaires=questionnaires,
        score_changes=changes,
        exercise_log=exercise_log,
        alerts=alerts_for_client_page(session, actor, client_id, now=now),
        silence_days=safety_service.get_silence_days(session, client_id),
    )
