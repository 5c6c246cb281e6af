"""A caseload builder for the workspace tests: a therapist (Tess) and clients whose data is written
straight into the tables at chosen moments, so each test sets up exactly one rung of the ladder.

The clock is fixed: Wednesday 25 November 2026, 12:00 in Amsterdam.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.careplan.models import Homework, HomeworkCompletion
from alongside.checkins.models import CheckIn
from alongside.questionnaires import scoring
from alongside.questionnaires.models import QuestionnaireResponse
from alongside.safety import service as safety_service
from alongside.safety.models import Alert
from tests.personas import make_user

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
MONDAY = date(2026, 11, 23)
ALL = Consent(checkins=True, questionnaires=True, journal=True)


@dataclass
class Caseload:
    session: Session
    organisation_id: int
    therapist: User
    clients: dict[str, User] = field(default_factory=dict)

    @property
    def actor(self) -> Actor:
        return Actor.of(self.therapist)

    def client(self, name: str, consent: Consent = ALL) -> User:
        email = f"{name.lower().replace(' ', '.')}@example.org"
        user = make_user(self.session, self.organisation_id, name, Role.CLIENT, email=email)
        care_service.link_therapist(self.session, self.therapist, user, consent, now=NOW - timedelta(days=400))
        self.clients[name] = user
        return user

    def daily_checkins(self, name: str, days: int, *, last_days_ago: int = 0, mood: int = 6) -> None:
        """One check-in a day at 09:00 UTC, the newest ``last_days_ago`` days before today."""
        client_id = self.clients[name].id
        for n in range(last_days_ago, last_days_ago + days):
            at = NOW.replace(hour=9) - timedelta(days=n)
            self.session.add(CheckIn(client_id=client_id, at=at, mood=mood, created_at=at))
        self.session.flush()

    def score(self, name: str, instrument: str, total: int, days_ago: int) -> QuestionnaireResponse:
        """A response with this total, written to the table (the safety rules of a submission are
        not run, so a deterioration here raises no alert of its own)."""
        at = NOW - timedelta(days=days_ago)
        row = QuestionnaireResponse(
            client_id=self.clients[name].id,
            instrument=instrument,
            locale="en",
            answers={},
            raw_total=total,
            total=total,
            band=scoring.band(scoring.Instrument(instrument), total),
            completed_at=at,
            created_at=at,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def alert(self, name: str, level: str, days_ago: float) -> Alert:
        return safety_service.raise_alert(
            self.session,
            self.clients[name].id,
            self.organisation_id,
            level,
            source="test",
            source_id=None,
            codes=["test"],
            evidence=None,
            now=NOW - timedelta(days=days_ago),
        )

    def daily_homework(self, name: str, done_days: list[date]) -> Homework:
        """A daily homework since three weeks, done on ``done_days``."""
        client_id = self.clients[name].id
        homework = Homework(
            client_id=client_id,
            therapist_id=self.therapist.id,
            title=f"Walk ({name})",
            kind="walk",
            daily=True,
            times_per_week=7,
            start_date=MONDAY - timedelta(weeks=3),
            created_at=NOW - timedelta(weeks=3),
        )
        self.session.add(homework)
        self.session.flush()
        for day in done_days:
            self.session.add(HomeworkCompletion(homework_id=homework.id, client_id=client_id, done_on=day))
        self.session.flush()
        return homework


@pytest.fixture
def clock():
    """The app's clock at ``NOW`` (ticking), for page tests whose requests read the time themselves."""
    import time_machine

    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def caseload(session: Session) -> Caseload:
    org = care_service.create_organisation(session, name="Workspace practice")
    tess = make_user(session, org.id, "Tess", Role.THERAPIST)
    return Caseload(session, org.id, tess)


def last_week(days: int) -> list[date]:
    """The first ``days`` days of last week (Monday on)."""
    return [MONDAY - timedelta(weeks=1) + timedelta(days=n) for n in range(days)]
