"""The care-plan rules: who may set and read a plan, once-per-day marks, back-dating, time zones,
safety screening of notes, audit, and the summary other domains read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from alongside.care import service as care_service
from alongside.careplan import service
from alongside.careplan.models import GoalStatus
from alongside.careplan.schemas import CompletionCreate, GoalCreate, GoalUpdate, HomeworkCreate, HomeworkUpdate
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.privacy.models import AuditEntry
from alongside.safety.models import Alert, AlertSignal
from tests.careplan.conftest import MONDAY, NOW, TODAY

RISKY_NOTE = "Did the walk but everyone would be better off without me"


def events(session, subject_id: int) -> list[str]:
    session.flush()
    rows = session.scalars(select(AuditEntry).where(AuditEntry.subject_id == subject_id).order_by(AuditEntry.id))
    return [row.event for row in rows]


def mark(session, actor, homework, day=None, note=None, now=NOW):
    return service.mark_done(session, actor, homework.id, CompletionCreate(done_on=day, note=note), now=now)


class TestGoals:
    def test_a_therapist_in_the_care_team_sets_a_goal_and_it_is_audited(self, session, personas, otto, cleo_plan):
        goal, _, _ = cleo_plan
        assert (goal.therapist_id, goal.status) == (personas.outsider_therapist.id, GoalStatus.ACTIVE)
        assert "GOAL_CREATED" in events(session, personas.client_cleo.id)

    def test_the_description_is_encrypted_at_rest(self, session, cleo_plan):
        goal, _, _ = cleo_plan
        stored = session.execute(text("SELECT description FROM careplan_goals WHERE id = :id"), {"id": goal.id})
        raw = stored.scalar()
        assert raw.startswith("v1:") and "private wording" not in raw

    def test_status_and_text_change_and_an_empty_description_clears_it(self, session, personas, otto, cleo_plan):
        goal, _, _ = cleo_plan
        data = GoalUpdate(status="achieved", description="")
        updated = service.update_goal(session, otto, personas.client_cleo.id, goal.id, data)
        assert (updated.status, updated.description, updated.title) == (GoalStatus.ACHIEVED, None, "Sleep better")
        assert updated.updated_at is not None
        assert "GOAL_UPDATED" in events(session, personas.client_cleo.id)

    def test_a_therapist_outside_the_care_team_gets_404(self, session, personas, cleo_plan):
        ana = personas.actor("therapist_ana")
        goal, _, _ = cleo_plan
        with pytest.raises(NotFound):
            service.create_goal(session, ana, personas.client_cleo.id, GoalCreate(title="x"))
        with pytest.raises(NotFound):
            service.update_goal(session, ana, personas.client_cleo.id, goal.id, GoalUpdate(title="x"))
        with pytest.raises(NotFound):
            service.client_care_plan(session, ana, personas.client_cleo.id)

    def test_a_goal_is_reached_only_through_its_own_client(self, session, personas, cleo_plan):
        goal, _, _ = cleo_plan
        ana = personas.actor("therapist_ana")
        with pytest.raises(NotFound):  # Ana's own client in the URL, Cleo's goal id
            service.update_goal(session, ana, personas.client_ben.id, goal.id, GoalUpdate(title="x"))

    def test_clients_and_admins_do_not_set_goals(self, session, personas):
        for name in ("client_ben", "admin_ada"):
            with pytest.raises(NotFound):
                service.create_goal(session, personas.actor(name), personas.client_ben.id, GoalCreate(title="x"))

    def test_no_consent_scope_is_needed_but_an_ended_link_closes_the_plan(self, session, personas, cleo_plan):
        # Otto's link to Cleo shares neither questionnaires nor companion: the plan is made together.
        otto = personas.actor("outsider_therapist")
        assert service.client_care_plan(session, otto, personas.client_cleo.id).goals
        link = care_service.list_care_team(session, personas.actor("client_cleo"))[0]
        care_service.withdraw(session, personas.actor("client_cleo"), link.id)
        with pytest.raises(NotFound):
            service.client_care_plan(session, otto, personas.client_cleo.id)


class TestHomework:
    def test_the_start_date_defaults_to_today_in_the_clients_time_zone(self, session, personas, otto):
        personas.client_cleo.timezone = "America/New_York"
        late = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)  # 22:00 on the 25th in New York
        walk = service.create_homework(
            session, otto, personas.client_cleo.id, HomeworkCreate(title="Walk", schedule="daily"), now=late
        )
        assert walk.start_date == date(2026, 11, 25) and (walk.daily, walk.times_per_week) == (True, 7)

    def test_the_end_cannot_come_before_the_start(self, session, personas, otto, cleo_plan):
        data = HomeworkCreate(title="Walk", schedule=2, start_date=TODAY, end_date=TODAY - timedelta(days=1))
        with pytest.raises(InvalidInput) as caught:
            service.create_homework(session, otto, personas.client_cleo.id, data, now=NOW)
        assert caught.value.field == "end_date"
        _, walk, _ = cleo_plan
        with pytest.raises(InvalidInput):
            service.update_homework(
                session, otto, personas.client_cleo.id, walk.id, HomeworkUpdate(end_date=date(2026, 11, 1))
            )

    def test_a_goal_of_another_client_cannot_be_linked(self, session, personas, otto, cleo_plan):
        ben_goal = personas.ben_goal
        with pytest.raises(InvalidInput) as caught:
            service.create_homework(
                session, otto, personas.client_cleo.id, HomeworkCreate(title="x", schedule=1, goal_id=ben_goal.id)
            )
        assert caught.value.field == "goal_id"

    def test_only_what_is_sent_changes(self, session, personas, otto, cleo_plan):
        goal, walk, _ = cleo_plan
        updated = service.update_homework(
            session, otto, personas.client_cleo.id, walk.id, HomeworkUpdate(schedule=3, goal_id=goal.id), now=NOW
        )
        assert (updated.daily, updated.times_per_week, updated.goal_id) == (False, 3, goal.id)
        assert (updated.title, updated.kind, updated.start_date) == ("A 20-minute walk", "walk", date(2026, 11, 16))
        cleared = service.update_homework(
            session, otto, personas.client_cleo.id, walk.id, HomeworkUpdate.model_validate({"goal_id": None})
        )
        assert cleared.goal_id is None and cleared.times_per_week == 3
        assert events(session, personas.client_cleo.id).count("HOMEWORK_UPDATED") == 2

    def test_kinds_are_known_words_or_the_therapists_own(self):
        assert HomeworkCreate(title="x", schedule=1, kind="Behavioural activation").kind == "behavioural_activation"
        assert HomeworkCreate(title="x", schedule=1, kind="Breathing space").kind == "Breathing space"


class TestMarkDone:
    def test_once_per_day_per_homework(self, session, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        done = mark(session, cleo, walk)
        assert done.done_on == TODAY and done.client_id == cleo.user_id
        with pytest.raises(Conflict) as caught:
            mark(session, cleo, walk)
        assert caught.value.status_code == 409
        assert "already marked done for that day" in caught.value.message
        mark(session, cleo, walk, TODAY - timedelta(days=1))  # another day is fine

    def test_back_dating_up_to_seven_days(self, session, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        assert mark(session, cleo, walk, TODAY - timedelta(days=7)).done_on == date(2026, 11, 18)
        with pytest.raises(InvalidInput) as caught:
            mark(session, cleo, walk, TODAY - timedelta(days=8))
        assert caught.value.field == "done_on" and "7 days" in caught.value.message
        with pytest.raises(InvalidInput):
            mark(session, cleo, walk, TODAY + timedelta(days=1))

    def test_not_before_the_start_nor_after_the_end_nor_when_off_the_plan(
        self, session, personas, otto, cleo, cleo_plan
    ):
        _, walk, record = cleo_plan
        with pytest.raises(InvalidInput):
            mark(session, cleo, record)  # starts tomorrow
        service.update_homework(session, otto, personas.client_cleo.id, walk.id, HomeworkUpdate(end_date=MONDAY))
        with pytest.raises(InvalidInput):
            mark(session, cleo, walk)
        mark(session, cleo, walk, MONDAY)
        service.update_homework(session, otto, personas.client_cleo.id, walk.id, HomeworkUpdate(active=False))
        with pytest.raises(Conflict):
            mark(session, cleo, walk, MONDAY - timedelta(days=1))

    def test_someone_elses_homework_is_404(self, session, personas, cleo_plan):
        _, walk, _ = cleo_plan
        for name in ("client_ben", "outsider_therapist", "therapist_ana"):
            with pytest.raises(NotFound):
                mark(session, personas.actor(name), walk)
        with pytest.raises(NotFound):
            service.unmark_done(session, personas.actor("client_ben"), walk.id, TODAY, now=NOW)

    def test_the_day_is_the_clients_own_at_midnight(self, session, personas, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        sunday_night = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # Monday 00:30 in Amsterdam
        done = mark(session, cleo, walk, now=sunday_night)
        assert done.done_on == date(2026, 11, 30)
        plan = service.own_care_plan(session, cleo, now=sunday_night)
        assert plan.today == date(2026, 11, 30) and plan.this_week.week_start == date(2026, 11, 30)
        assert (plan.this_week.iso_week, plan.homework[0].this_week.done) == (49, 1)
        # For a client in London it is still Sunday, in the week before.
        personas.client_cleo.timezone = "Europe/London"
        plan = service.own_care_plan(session, cleo, now=sunday_night)
        assert plan.today == date(2026, 11, 29) and plan.this_week.iso_week == 48

    def test_undo_on_the_same_day_only(self, session, personas, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        mark(session, cleo, walk, TODAY - timedelta(days=2))
        service.unmark_done(session, cleo, walk.id, TODAY - timedelta(days=2), now=NOW + timedelta(hours=5))
        assert "HOMEWORK_COMPLETION_DELETED" in events(session, cleo.user_id)
        mark(session, cleo, walk)
        with pytest.raises(Conflict) as caught:
            service.unmark_done(session, cleo, walk.id, TODAY, now=NOW + timedelta(days=1))
        assert "only on the day you made it" in caught.value.message
        with pytest.raises(NotFound):
            service.unmark_done(session, cleo, walk.id, TODAY - timedelta(days=3), now=NOW)


class TestSafetyScreening:
    def test_a_risky_note_is_screened_and_raises_an_alert(self, session, personas, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        done = mark(session, cleo, walk, note=RISKY_NOTE)
        assert done.risk_level == "moderate"
        alerts = list(session.scalars(select(Alert).where(Alert.client_id == cleo.user_id)))
        assert len(alerts) == 1 and alerts[0].level == "moderate"
        signal = session.scalar(select(AlertSignal).where(AlertSignal.alert_id == alerts[0].id))
        assert (signal.source, signal.source_id) == ("homework", done.id)

    def test_the_note_is_encrypted_and_a_plain_mark_is_not_screened(self, session, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        done = mark(session, cleo, walk, note="Walked to the bakery")
        raw = session.execute(text("SELECT note FROM careplan_completions WHERE id = :id"), {"id": done.id}).scalar()
        assert raw.startswith("v1:") and "bakery" not in raw
        assert done.risk_level == "none"
        assert mark(session, cleo, walk, TODAY - timedelta(days=1)).risk_level is None


class TestReadingThePlan:
    def test_adherence_per_homework_and_per_week(self, session, cleo, cleo_plan):
        _, walk, record = cleo_plan
        for offset in (0, 1, 2, 5, 6, 7):  # this week Mon–Wed, last week Thu, Fri, Sat
            mark(session, cleo, walk, TODAY - timedelta(days=offset))
        plan = service.own_care_plan(session, cleo, now=NOW)
        rows = {row.homework.id: row for row in plan.homework}
        assert (rows[walk.id].this_week.done, rows[walk.id].this_week.planned) == (3, 7)
        # Three times a week from Thursday: 3 × 4/7 → 2 planned this week, nothing done yet.
        assert (rows[record.id].this_week.done, rows[record.id].this_week.planned) == (0, 2)
        assert rows[record.id].state == "upcoming" and rows[walk.id].state == "running"
        assert rows[walk.id].done_today and not rows[record.id].done_today
        assert (plan.this_week.done, plan.this_week.planned, plan.this_week.percent) == (3, 9, 33)
        last = plan.weeks[-2]
        assert (last.week_start, last.done, last.planned, last.percent) == (date(2026, 11, 16), 3, 7, 43)
        assert len(plan.weeks) == 8 and all(w.planned == 0 for w in plan.weeks[:-2])

    def test_the_client_reads_their_notes_the_therapist_does_not(self, session, personas, otto, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        mark(session, cleo, walk, note="Walked to the bakery")
        own = service.own_care_plan(session, cleo, now=NOW)
        assert own.homework[0].completions[0].note == "Walked to the bakery"
        theirs = service.client_care_plan(session, otto, personas.client_cleo.id, now=NOW)
        assert theirs.homework[0].completions[0].note is None
        assert theirs.homework[0].this_week.done == 1
        assert theirs.goals[0].description == "Cleo's private wording"

    def test_every_read_is_audited(self, session, personas, otto, cleo, cleo_plan):
        service.own_care_plan(session, cleo)
        service.client_care_plan(session, otto, personas.client_cleo.id)
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.event == "CARE_PLAN_VIEWED", AuditEntry.subject_id == cleo.user_id)
        )
        assert {row.actor_id for row in rows} == {cleo.user_id, otto.user_id}


class TestActivePlanFor:
    def test_active_goals_and_running_homework_with_this_weeks_adherence(
        self, session, personas, otto, cleo, cleo_plan
    ):
        goal, walk, record = cleo_plan
        service.create_goal(session, otto, cleo.user_id, GoalCreate(title="Old goal", status="dropped"))
        mark(session, cleo, walk)
        mark(session, cleo, walk, TODAY - timedelta(days=1))
        summary = service.active_plan_for(session, cleo.user_id, now=NOW)
        assert [g.title for g in summary.goals] == ["Sleep better"]
        assert [h.id for h in summary.homework] == [walk.id]  # the thought record starts tomorrow
        walk_row = summary.homework[0]
        assert (walk_row.done_this_week, walk_row.planned_this_week, walk_row.percent_this_week) == (2, 7, 29)
        assert walk_row.done_today and summary.week_start == MONDAY
        assert (summary.done_this_week, summary.planned_this_week) == (2, 7)

    def test_it_carries_no_free_text_and_is_not_audited(self, session, cleo, cleo_plan):
        _, walk, _ = cleo_plan
        mark(session, cleo, walk, note="Walked to the bakery")
        before = len(events(session, cleo.user_id))
        dumped = service.active_plan_for(session, cleo.user_id, now=NOW).model_dump_json()
        assert "private wording" not in dumped and "bakery" not in dumped
        assert len(events(session, cleo.user_id)) == before

    def test_a_client_without_a_plan_gets_empty_lists(self, session, personas):
        summary = service.active_plan_for(session, personas.client_cleo.id)
        assert summary.goals == [] and summary.homework == [] and summary.percent_this_week is None
