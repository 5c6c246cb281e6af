"""The demo's questionnaires: fortnightly PHQ-9 and GAD-7 (and a monthly WHO-5 for some) for the
clients who share questionnaires with a therapist, and for James, who fills them in on his own.

Scores follow each client's own check-ins of the two weeks before (mood, and anxiety where it is
tracked), so Fleur and James get worse and Eva and Emily recover. The therapist's schedule, the
audit rows and the alerts the latest answers would have raised are added as the app would have.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.models import User
from alongside.care.models import CareLink
from alongside.demo.cast import _CLIENTS, DAYS
from alongside.demo.rows import audit_row
from alongside.demo.story import Plan
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import scoring
from alongside.questionnaires.models import QuestionnaireResponse, QuestionnaireSchedule
from alongside.questionnaires.scoring import Instrument
from alongside.safety import service as safety_service

FORTNIGHT = 14
WHO5_CLIENTS = {"eva", "fleur", "sophie", "hannah", "michael"}
SELF_STARTED = {"james"}  # fills in questionnaires without sharing them


@dataclass(frozen=True)
class PlannedResponse:
    client: str
    instrument: Instrument
    at: datetime
    answers: dict[int, int]


def _clip(value: float, top: int) -> int:
    return max(0, min(top, round(value)))


def _spread(rng: random.Random, raw: int, items: list[int], top: int) -> dict[int, int]:
    """Answers for ``items`` that add up to ``raw``, spread at random (no item above ``top``)."""
    answers = dict.fromkeys(items, 0)
    for _ in range(min(raw, top * len(items))):
        n = rng.choice([i for i in items if answers[i] < top])
        answers[n] += 1
    return answers


def _answers(rng: random.Random, instrument: Instrument, raw: int, item9: int = 0) -> dict[int, int]:
    top = scoring.ANSWER_MAX[instrument]
    items = list(range(1, scoring.ITEM_COUNT[instrument] + 1))
    if instrument != Instrument.PHQ9:
        return _spread(rng, raw, items, top)
    return {**_spread(rng, raw - item9, items[:-1], top), 9: item9}


def plan_responses(story: Plan, seed: int, now: datetime) -> list[PlannedResponse]:
    rows: list[PlannedResponse] = []
    for spec in _CLIENTS:
        if spec.key not in SELF_STARTED and not any("questionnaires" in link.consent for link in spec.links):
            continue
        rng = random.Random(f"{seed}:{spec.key}:questionnaires")  # noqa: S311 (synthetic data)
        own = [c for c in story.checkins if c.client == spec.key]
        start = story.start[spec.key]
        for n, day in enumerate(range(rng.randint(5, 9), DAYS, FORTNIGHT)):
            at = start + timedelta(days=day, hours=rng.randint(18, 21), minutes=rng.randint(0, 59))
            recent = [c for c in own if at - timedelta(days=FORTNIGHT) <= c.at < at]
            if at >= now or len(recent) < 3:
                continue
            mood = statistics.mean(c.mood for c in recent)
            anxieties = [c.anxiety for c in recent if c.anxiety is not None]
            phq9 = _clip(3.8 * (7.4 - mood) + rng.gauss(0, 1.0), 27)
            gad7_base = 2.5 * (statistics.mean(anxieties) - 2.5) if anxieties else 2.4 * (7.2 - mood)
            gad7 = _clip(gad7_base + rng.gauss(0, 1.0), 21)
            hopeless_weeks = spec.hopeless and day >= DAYS - 35 and phq9 >= 8
            item9 = min(1 if hopeless_weeks else 0, phq9)
            rows.append(PlannedResponse(spec.key, Instrument.PHQ9, at, _answers(rng, Instrument.PHQ9, phq9, item9)))
            later = at + timedelta(minutes=rng.randint(3, 9))
            rows.append(PlannedResponse(spec.key, Instrument.GAD7, later, _answers(rng, Instrument.GAD7, gad7)))
            if spec.key in WHO5_CLIENTS and n % 2 == 0:
                who5 = _clip((11 * mood - 10 + rng.gauss(0, 4)) / scoring.WHO5_MULTIPLIER, 25)
                last = later + timedelta(minutes=rng.randint(2, 6))
                rows.append(PlannedResponse(spec.key, Instrument.WHO5, last, _answers(rng, Instrument.WHO5, who5)))
    return rows


def store_questionnaires(
    session: Session,
    planned: list[PlannedResponse],
    users: dict[str, User],
    links: dict[tuple[str, str], CareLink],
    now: datetime,
) -> list[AuditEntry]:
    """The responses, the therapists' schedules, and the audit rows both would have left."""
    rows = []
    for p in planned:
        total = scoring.score(p.instrument, p.answers)
        rows.append(
            QuestionnaireResponse(
                client_id=users[p.client].id,
                instrument=p.instrument.value,
                locale=users[p.client].locale,
                answers={str(n): v for n, v in sorted(p.answers.items())},
                difficulty=min(3, total // 7) if p.instrument == Instrument.PHQ9 else None,
                raw_total=scoring.raw_total(p.instrument, p.answers),
                total=total,
                band=scoring.band(p.instrument, total),
                completed_at=p.at,
                created_at=p.at,
            )
        )
    session.add_all(rows)
    session.flush()
    pairs = list(zip(planned, rows, strict=True))
    audit = [_audit(users[p.client], AuditEvent.QUESTIONNAIRE_SUBMITTED, p.at, row) for p, row in pairs]
    audit += _schedules(session, rows, users, links)
    _raise_recent_alerts(session, pairs, users, now)
    return audit


def _schedules(
    session: Session, rows: list[QuestionnaireResponse], users: dict[str, User], links: dict[tuple[str, str], CareLink]
) -> list[AuditEntry]:
    """Fortnightly PHQ-9 and GAD-7, set by the therapist when the client joined."""
    audit = []
    for (therapist_key, _client), link in links.items():
        if not link.share_questionnaires:
            continue
        for instrument in (Instrument.PHQ9, Instrument.GAD7):
            done = [r.completed_at for r in rows if r.client_id == link.client_id and r.instrument == instrument]
            schedule = QuestionnaireSchedule(
                client_id=link.client_id,
                therapist_id=link.therapist_id,
                instrument=instrument.value,
                every_days=FORTNIGHT,
                next_due_at=(max(done) if done else link.created_at) + timedelta(days=FORTNIGHT),
                created_at=link.created_at + timedelta(minutes=5),
            )
            session.add(schedule)
            session.flush()
            entry = _audit(users[therapist_key], AuditEvent.QUESTIONNAIRE_SCHEDULE_CHANGED, schedule.created_at)
            entry.subject_id, entry.object_type, entry.object_id = link.client_id, "questionnaire_schedule", schedule.id
            entry.extra = {"instrument": instrument.value, "every_days": FORTNIGHT}
            audit.append(entry)
    return audit


def _raise_recent_alerts(
    session: Session, pairs: list[tuple[PlannedResponse, QuestionnaireResponse]], users: dict[str, User], now: datetime
) -> None:
    """What the latest answers of the past week would have raised: PHQ-9 item 9 above 0 and a
    reliable deterioration against the response before."""
    by_series: dict[tuple[str, Instrument], list[QuestionnaireResponse]] = {}
    for p, row in sorted(pairs, key=lambda pair: pair[0].at):
        by_series.setdefault((p.client, p.instrument), []).append(row)
    for (client, instrument), series in by_series.items():
        last = series[-1]
        if instrument == Instrument.WHO5 or now - last.completed_at > timedelta(days=7):
            continue
        user = users[client]
        if instrument == Instrument.PHQ9:
            item9 = last.answer(scoring.PHQ9_ITEM9) or 0
            safety_service.screen_phq9_item9(session, user.id, user.organisation_id, item9, source_id=last.id, now=now)
        before = series[-2].total if len(series) > 1 else None
        safety_service.check_questionnaire_change(
            session, user.id, user.organisation_id, instrument.value, before, last.total, source_id=last.id, now=now
        )


def _audit(actor: User, event: AuditEvent, at: datetime, row: QuestionnaireResponse | None = None) -> AuditEntry:
    if row is None:
        return audit_row(actor, event, None, at)
    extra = {"instrument": row.instrument, "total": row.total, "band": row.band}
    return audit_row(actor, event, row.client_id, at, "questionnaire_response", row.id, extra)
