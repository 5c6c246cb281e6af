"""Named personas (Zulip-style): a client, their therapist, an outsider therapist, another client,
an admin, and web clients logged in as each of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.dependencies import SESSION_COOKIE
from alongside.accounts.models import Role, User
from alongside.accounts.schemas import UserCreate
from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.care.schemas import Consent
from alongside.careplan import service as careplan_service
from alongside.careplan.models import Goal, Homework, HomeworkCompletion, ReminderOccurrence, ReminderRule
from alongside.careplan.repository import OccurrenceRepository
from alongside.careplan.schemas import (
    CompletionCreate,
    GoalCreate,
    HomeworkCreate,
    ReminderPreferencesUpdate,
    ReminderRuleCreate,
)
from alongside.checkins import service as checkins_service
from alongside.checkins.models import CheckIn
from alongside.checkins.schemas import CheckInCreate, TagCreate
from alongside.companion import service as companion_service
from alongside.companion.models import Message as CompanionMessage
from alongside.companion.schemas import MessageCreate
from alongside.exercises import service as exercises_service
from alongside.exercises.models import ExerciseSession
from alongside.exercises.schemas import SessionCreate as ExerciseSessionCreate
from alongside.journal import service as journal_service
from alongside.journal.models import JournalEntry
from alongside.journal.schemas import EntryCreate
from alongside.kit.orm import utc_now
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.models import QuestionnaireResponse
from alongside.questionnaires.schemas import ResponseCreate
from alongside.safety import service as safety_service
from alongside.safety.models import Alert
from alongside.safety.schemas import SafetyPlanContent

PASSWORD = "correct horse battery"
BEN_PRIVATE = "Ben private marker: the walk by the canal helped"
BEN_SHARED = "Ben shared marker: I argued with my sister again"
BEN_NOTE = "Ben check-in marker note"
BEN_RISK = "Ben risk marker: everyone would be better off without me"
BEN_PLAN = "Ben plan marker: call my brother Sam"
# Ben's PHQ-9: 13 (moderate), item 9 answered 0.
BEN_PHQ9 = {1: 2, 2: 2, 3: 2, 4: 2, 5: 1, 6: 2, 7: 1, 8: 1, 9: 0}
BEN_GOAL = "Ben goal marker: more energy in the mornings"
BEN_HOMEWORK = "Ben homework marker: a 20-minute walk"
BEN_HOMEWORK_NOTE = "Ben homework note marker: walked with Sam"
BEN_TAG = "Ben tag marker: choir"
BEN_CHAT = "Ben companion marker: my girlfriend and I argued again"


@dataclass
class Personas:
    client_ben: User
    therapist_ana: User
    outsider_therapist: User
    client_cleo: User
    admin_ada: User
    ben_link: CareLink
    ben_private_entry: JournalEntry
    ben_shared_entry: JournalEntry
    ben_checkin: CheckIn
    ben_alert: Alert
    ben_phq9: QuestionnaireResponse
    # Ben's care plan, made with Ana: a goal, a daily walk since ten days, done yesterday with a note.
    ben_goal: Goal | None = None
    ben_homework: Homework | None = None
    ben_completion: HomeworkCompletion | None = None
    # Ben did box breathing yesterday: distress 9 before, 3 after (shared under check-ins).
    ben_exercise: ExerciseSession | None = None
    # Ben's own check-in tag ("own-<id>"), on his check-in with sleep and emotions.
    ben_tag_ref: str | None = None
    # Ben talked with the companion (shared with Ana), and sent one more message still to be answered.
    ben_chat_pending: CompanionMessage | None = None
    # Ben's reminder for his walk at 20:00; the first one has just come (sent in the app).
    ben_reminder_rule: ReminderRule | None = None
    ben_reminder: ReminderOccurrence | None = None

    def actor(self, name: str) -> Actor:
        return Actor.of(getattr(self, name))


def make_user(session: Session, org_id: int, name: str, role: Role, email: str | None = None) -> User:
    return accounts_service.create_user(
        session,
        org_id,
        UserCreate(email=email or f"{name.lower()}@example.org", display_name=name, role=role, password=PASSWORD),
    )


@pytest.fixture
def personas(session: Session) -> Personas:
    org = care_service.create_organisation(session, name="Test practice")
    ben = make_user(session, org.id, "Ben", Role.CLIENT)
    ana = make_user(session, org.id, "Ana", Role.THERAPIST)
    otto = make_user(session, org.id, "Otto", Role.THERAPIST)
    cleo = make_user(session, org.id, "Cleo", Role.CLIENT)
    ada = make_user(session, org.id, "Ada", Role.ADMIN)
    link = care_service.link_therapist(
        session, ana, ben, Consent(checkins=True, journal=True, questionnaires=True, companion=True)
    )
    care_service.link_therapist(session, otto, cleo, Consent(checkins=True, journal=True))
    ben_actor = Actor.of(ben)
    private = journal_service.create_entry(session, ben_actor, EntryCreate(title="Walk", body=BEN_PRIVATE))
    shared = journal_service.create_entry(session, ben_actor, EntryCreate(title="Sister", body=BEN_SHARED, shared=True))
    tag = checkins_service.create_tag(session, ben_actor, TagCreate(group="activities", name=BEN_TAG), locale="en")
    checkin = checkins_service.create_checkin(
        session,
        ben_actor,
        CheckInCreate(
            mood=4,
            note=BEN_NOTE,
            at=utc_now() - timedelta(hours=1),
            sleep_hours=6.5,
            sleep_quality=2,
            emotions=["sad", "anxious"],
            tags=[tag.ref, "work"],
        ),
    )
    alert = safety_service.raise_alert(
        session,
        ben.id,
        org.id,
        "moderate",
        source="journal",
        source_id=None,
        codes=["hopelessness"],
        evidence=[BEN_RISK],
    )
    safety_service.update_safety_plan(session, ben_actor, ben.id, SafetyPlanContent(people_to_ask=[BEN_PLAN]))
    phq9 = questionnaires_service.submit_response(
        session, ben_actor, "phq9", ResponseCreate(answers=BEN_PHQ9), now=utc_now() - timedelta(days=3)
    )
    questionnaires_service.set_schedule(session, Actor.of(ana), ben.id, "phq9", 14)
    # Ana has looked at Ben's journal once, so Ben's access log has something from someone else.
    journal_service.list_client_entries(session, Actor.of(ana), ben.id)
    goal = careplan_service.create_goal(session, Actor.of(ana), ben.id, GoalCreate(title=BEN_GOAL))
    today = careplan_service.today_for_client(session, ben.id)
    walk = careplan_service.create_homework(
        session,
        Actor.of(ana),
        ben.id,
        HomeworkCreate(
            title=BEN_HOMEWORK, kind="walk", schedule="daily", goal_id=goal.id, start_date=today - timedelta(days=10)
        ),
    )
    walked = careplan_service.mark_done(
        session, ben_actor, walk.id, CompletionCreate(done_on=today - timedelta(days=1), note=BEN_HOMEWORK_NOTE)
    )
    exercise = exercises_service.log_session(
        session,
        ben_actor,
        ExerciseSessionCreate(
            routine="box",
            distress_before=9,
            distress_after=3,
            started_at=utc_now() - timedelta(days=1, minutes=3),
            finished_at=utc_now() - timedelta(days=1),
        ),
    )
    chat = companion_service.send_message(session, ben_actor, MessageCreate(text=BEN_CHAT))
    pending = CompanionMessage(
        conversation_id=chat.client_message.conversation_id,
        client_id=ben.id,
        role="user",
        content="and now?",
        created_at=utc_now(),
    )
    session.add(pending)
    session.flush()
    # No quiet hours for Ben, so that snoozing his reminder works whatever the hour the tests run at
    # (the default 22:00–08:00 would refuse a snooze that runs into them; that is tested with a fixed
    # clock in test_reminders.py).
    careplan_service.update_preferences(session, ben_actor, ReminderPreferencesUpdate(quiet_start=None, quiet_end=None))
    reminder_rule = careplan_service.create_rule(
        session, ben_actor, ReminderRuleCreate(kind="homework", homework_id=walk.id, times=["20:00"])
    )
    reminders = OccurrenceRepository(session)
    reminder = reminders.upcoming_for_rules([reminder_rule.id], utc_now())[0]
    reminders.transition(reminder, [reminder.status], status="sent", sent_at=utc_now(), channels="in_app")
    # Commit releases the test's savepoint (the outer transaction still rolls back at the end), so a
    # request that fails and rolls back does not take the personas with it.
    session.commit()
    personas = Personas(ben, ana, otto, cleo, ada, link, private, shared, checkin, alert, phq9)
    personas.ben_goal, personas.ben_homework, personas.ben_completion = goal, walk, walked
    personas.ben_exercise = exercise
    personas.ben_tag_ref = tag.ref
    personas.ben_chat_pending = pending
    personas.ben_reminder_rule, personas.ben_reminder = reminder_rule, reminder
    return personas


class LoggedIn(TestClient):
    """A TestClient with a web session cookie and the matching CSRF header."""

    user: User


def login_as(app, session: Session, user: User) -> LoggedIn:
    secret, web_session = accounts_service.start_web_session(session, user)
    session.commit()
    client = LoggedIn(app, base_url="http://testserver")
    client.cookies.set(SESSION_COOKIE, secret)
    client.headers["X-CSRF-Token"] = web_session.csrf_token
    client.user = user
    return client


@pytest.fixture
def as_user(app, session):
    def _login(user: User) -> LoggedIn:
        return login_as(app, session, user)

    return _login


@pytest.fixture
def anonymous(app) -> TestClient:
    return TestClient(app, base_url="http://testserver")
