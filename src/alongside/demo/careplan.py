"""The demo's care plans: goals and homework that six clients agreed with their therapist, and the
days they marked homework done over the weeks since.

How often a client does their homework follows the course of their story (``_ClientSpec.course``):
Eva and Emily get more regular as they recover, Fleur and James do less and less as they go
downhill (what a therapist should notice on the adherence bars), Lotte dips in her rough patch and
Priya goes up and down. Today is left open, so whoever logs in as the client can tap "Done today".

Rows are written as model objects with their own dates (the service would refuse back-dating
beyond a week), with the audit rows the therapist's and the client's actions would have left;
notes are screened like every client text. Today's reads by the therapists go through the service.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care.models import CareLink
from alongside.careplan import service as careplan_service
from alongside.careplan.models import Goal, GoalStatus, Homework, HomeworkCompletion
from alongside.careplan.service import adherence
from alongside.demo.cast import _CLIENTS, _LIVE_READS
from alongside.demo.rows import audit_row
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry
from alongside.safety import service as safety_service


@dataclass(frozen=True)
class _Goal:
    title: str
    description: str | None = None
    status: GoalStatus = GoalStatus.ACTIVE


@dataclass(frozen=True)
class _Homework:
    title: str
    kind: str
    per_week: int  # 7 = daily
    weeks_ago: int  # when it started
    hour: int  # when it is usually done (preferred time when ``at`` is set)
    at: time | None = None
    goal: int | None = None  # index into the client's goals
    ended_weeks_ago: int | None = None


@dataclass(frozen=True)
class _Plan:
    therapist: str
    goals: tuple[_Goal, ...]
    homework: tuple[_Homework, ...]
    notes: tuple[str, ...]


PLANS: dict[str, _Plan] = {
    "eva": _Plan(
        "sanne",
        (
            _Goal("Weer met plezier lesgeven", "Merken wanneer de spanning oploopt en op tijd pauze nemen."),
            _Goal("Minder piekeren 's avonds", "Piekergedachten op papier zetten in plaats van in bed."),
        ),
        (
            _Homework("Gedachtenschema invullen", "thought_record", 3, 11, 20, time(19, 30), goal=1),
            _Homework("Ademhalingsoefening, 5 minuten", "exercise", 7, 6, 8, time(8, 0), goal=0),
        ),
        ("Ging beter dan gedacht.", "Lastig, maar gedaan.", "Na het werk gedaan, rustiger daarna."),
    ),
    "fleur": _Plan(
        "sanne",
        (_Goal("Structuur in mijn dag", "Elke dag iets plannen dat ik fijn vind, ook als ik er geen zin in heb."),),
        (
            _Homework("Eén fijne activiteit per dag plannen", "behavioural_activation", 7, 9, 17, goal=0),
            _Homework("Slaapdagboek bijhouden", "journal", 7, 7, 9, time(9, 0), goal=0),
        ),
        ("Kort gewandeld langs het water.", "Moeite mee gehad vandaag.", "Alleen het begin gedaan."),
    ),
    "lotte": _Plan(
        "sanne",
        (_Goal("Meer ontspanning in de week"), _Goal("Weer gaan wandelen", status=GoalStatus.ACHIEVED)),
        (
            _Homework("Bodyscan", "exercise", 4, 12, 21, time(21, 0), goal=0),
            _Homework("Wandelen door de uiterwaarden", "walk", 3, 12, 12, goal=1),
        ),
        ("Met Mila erbij, was gezellig.", "Halverwege in slaap gevallen."),
    ),
    "emily": _Plan(
        "helen",
        (
            _Goal("Feel confident presenting at work", "Notice the 'I'll mess it up' thought and test it."),
            _Goal("Notice the good bits of the day"),
        ),
        (
            _Homework("Thought record", "thought_record", 3, 10, 20, time(20, 0), goal=0),
            _Homework("Three good things", "journal", 7, 5, 22, time(22, 0), goal=1),
        ),
        ("Easier than last week.", "Did it on the bus home.", "Tom helped me think of the third one."),
    ),
    "james": _Plan(
        "helen",
        (_Goal("Get back to cycling with Conor", "Small steps: a short ride, then the Sunday group."),),
        (
            _Homework("Activity schedule", "behavioural_activation", 5, 10, 18, goal=0),
            _Homework("A 20-minute walk along the seafront", "walk", 7, 8, 13, goal=0),
        ),
        ("Only did ten minutes.", "Took Liam with me.", "Rained, went anyway."),
    ),
    "priya": _Plan(
        "helen",
        (_Goal("Worry less about work in the evenings"),),
        (
            _Homework("Worry time, 15 minutes", "exercise", 7, 9, 18, time(18, 0), goal=0),
            _Homework("Thought record", "thought_record", 2, 14, 20, goal=0, ended_weeks_ago=4),
        ),
        ("Wrote the worries down and closed the notebook.", "Hard to stop at 15 minutes."),
    ),
}


def _likelihood(course: str, progress: float, rng: random.Random) -> float:
    """How likely the client is to do a day's homework, ``progress`` 0 → 1 through the plan."""
    if course == "improving":
        base = 0.45 + 0.45 * progress
    elif course == "deteriorating":
        base = 0.85 - 0.6 * progress
    elif course == "rough_patch":
        base = 0.85 - 0.55 * math.exp(-(((progress - 0.5) / 0.15) ** 2))
    elif course == "ups_and_downs":
        base = 0.62 + 0.25 * math.sin(progress * 5 * math.pi)
    else:
        base = 0.7
    return min(0.97, max(0.05, base + rng.gauss(0, 0.05)))


_audit = audit_row


def store_careplans(
    session: Session, users: dict[str, User], links: dict[tuple[str, str], CareLink], now: datetime, seed: int
) -> list[AuditEntry]:
    """The plans, their completions, and the audit rows the therapist and the client would have left."""
    courses = {spec.key: spec.course for spec in _CLIENTS}
    audit: list[AuditEntry] = []
    for client_key, plan in PLANS.items():
        rng = random.Random(f"{seed}:{client_key}:careplan")  # noqa: S311 (synthetic data)
        client, therapist = users[client_key], users[plan.therapist]
        tz = ZoneInfo(client.timezone)
        today = adherence.client_today(now, client.timezone)
        first = max(h.weeks_ago for h in plan.homework)
        since = today - timedelta(weeks=first)
        set_at = max(links[(plan.therapist, client_key)].created_at, now - timedelta(weeks=first, days=1))
        goals = [
            Goal(
                client_id=client.id,
                therapist_id=therapist.id,
                title=g.title,
                description=g.description,
                status=g.status,
                created_at=set_at,
                updated_at=now - timedelta(days=rng.randint(3, 20)) if g.status != GoalStatus.ACTIVE else None,
            )
            for g in plan.goals
        ]
        session.add_all(goals)
        session.flush()
        audit += [_audit(therapist, AuditEvent.GOAL_CREATED, client.id, set_at, "careplan_goal", g.id) for g in goals]
        for spec in plan.homework:
            start = today - timedelta(weeks=spec.weeks_ago, days=rng.randint(0, 3))
            end = today - timedelta(weeks=spec.ended_weeks_ago) if spec.ended_weeks_ago else None
            created = max(set_at, datetime.combine(start, time(10, rng.randint(0, 59)), tz).astimezone(UTC))
            homework = Homework(
                client_id=client.id,
                therapist_id=therapist.id,
                goal_id=goals[spec.goal].id if spec.goal is not None else None,
                title=spec.title,
                kind=spec.kind,
                daily=spec.per_week == 7,
                times_per_week=spec.per_week,
                preferred_time=spec.at,
                start_date=start,
                end_date=end,
                active=True,
                created_at=created,
            )
            session.add(homework)
            session.flush()
            audit.append(
                _audit(therapist, AuditEvent.HOMEWORK_CREATED, client.id, created, "careplan_homework", homework.id)
            )
            audit += _completions(
                session, rng, client, homework, spec, plan.notes, courses[client_key], since, today, now
            )
    session.flush()
    for therapist_key, client_key in _LIVE_READS:
        if client_key in PLANS:
            careplan_service.client_care_plan(session, Actor.of(users[therapist_key]), users[client_key].id, now=now)
    return audit


def _completions(
    session: Session,
    rng: random.Random,
    client: User,
    homework: Homework,
    spec: _Homework,
    notes: tuple[str, ...],
    course: str,
    since: date,
    today: date,
    now: datetime,
) -> list[AuditEntry]:
    """The days done, week by week up to yesterday: the week's plan times how likely the client was
    to keep to it at that point of their story (``since`` = when the plan began), on random days."""
    tz = ZoneInfo(client.timezone)
    last = min(today - timedelta(days=1), homework.end_date or today)
    span = max(1, (today - since).days)
    plan = adherence.Plan(spec.per_week, homework.start_date, homework.end_date)
    rows = []
    monday = adherence.week_start(homework.start_date)
    while monday <= last:
        days = [d for d in (monday + timedelta(days=n) for n in range(7)) if homework.start_date <= d <= last]
        running = adherence.days_running(plan, monday)
        share = len(days) / ((running[1] - running[0]).days + 1) if running else 0
        likely = _likelihood(course, (monday + timedelta(days=3) - since).days / span, rng)
        target = min(len(days), round(adherence.planned_in_week(plan, monday) * share * likely + rng.gauss(0, 0.3)))
        for day in sorted(rng.sample(days, max(0, target))):
            at = datetime.combine(day, time(spec.hour, rng.randint(0, 59)), tz).astimezone(UTC)
            if rng.random() < 0.25:  # marked the next morning instead
                at = datetime.combine(day + timedelta(days=1), time(8, rng.randint(0, 59)), tz).astimezone(UTC)
            note = rng.choice(notes) if rng.random() < 0.12 else None
            rows.append(
                HomeworkCompletion(
                    homework_id=homework.id,
                    client_id=client.id,
                    done_on=day,
                    note=note,
                    risk_level=safety_service.screen(note).level.value if note else None,
                    created_at=min(at, now),
                )
            )
        monday += timedelta(weeks=1)
    session.add_all(rows)
    session.flush()
    return [
        _audit(
            client,
            AuditEvent.HOMEWORK_COMPLETED,
            client.id,
            row.created_at,
            "careplan_completion",
            row.id,
            {"homework_id": homework.id, "done_on": row.done_on.isoformat(), "note": row.note is not None},
        )
        for row in rows
    ]
