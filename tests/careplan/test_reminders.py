"""Reminder use cases with an injected clock: setting rules, planning (idempotent, random time kept),
dispatch (sent once, expired after downtime, skipped when done or in quiet hours), the atomic claim,
snooze, opening, answering from the other domains, and who may do what."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from alongside.careplan import service
from alongside.careplan.models import OccurrenceStatus, ReminderDeliveryStatus, ReminderOccurrence, ReminderRule
from alongside.careplan.repository import OccurrenceRepository
from alongside.careplan.schemas import (
    CompletionCreate,
    HomeworkCreate,
    ReminderPreferencesUpdate,
    ReminderRuleCreate,
    ReminderRuleUpdate,
)
from alongside.careplan.service import reminder_planning
from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import CheckInCreate
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ResponseCreate
from tests.careplan.conftest import AMSTERDAM, occurrences

# Monday 4 May 2026, 12:00 CEST.
NOON = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def local(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%a %d %H:%M")


def events(session, subject_id: int) -> list[str]:
    session.flush()
    rows = session.scalars(select(AuditEntry).where(AuditEntry.subject_id == subject_id).order_by(AuditEntry.id))
    return [row.event for row in rows]


class TestRules:
    def test_a_daily_check_in_reminder_is_planned_36_hours_ahead(self, session, personas, add_rule):
        rule = add_rule(NOON)
        rows = occurrences(session, personas.client_cleo.id)
        assert [local(o.planned_at) for o in rows] == ["Mon 04 20:00", "Tue 05 20:00"]
        assert {(o.status, o.timezone, o.slot, o.local_time) for o in rows} == {
            (OccurrenceStatus.PLANNED, "Europe/Amsterdam", "20:00", time(20, 0))
        }
        assert rows[0].expires_at == rows[0].planned_at + timedelta(minutes=120)
        assert rule.planned_until == NOON + timedelta(hours=36)
        assert "REMINDER_SETTINGS_CHANGED" in events(session, personas.client_cleo.id)

    def test_settings_show_the_next_time_and_suggestions(self, session, personas, cleo, cleo_plan, add_rule):
        settings = service.reminder_settings(session, cleo, now=NOON)
        kinds = [(s.kind.value, s.title, s.times, s.days) for s in settings.suggestions]
        assert kinds == [
            ("checkin", None, ["20:00"], [1, 2, 3, 4, 5, 6, 7]),
            ("homework", "A 20-minute walk", ["18:00"], [1, 2, 3, 4, 5, 6, 7]),
            ("homework", "Thought record", ["18:00"], [1, 3, 5]),  # three times a week, spread
        ]
        assert settings.timezone == "Europe/Amsterdam" and settings.rules == []
        assert (settings.preferences.quiet_start, settings.preferences.quiet_end) == (time(22), time(8))
        assert settings.push.available is False and settings.push.public_key is None
        add_rule(NOON)
        settings = service.reminder_settings(session, cleo, now=NOON)
        assert [r.next_at for r in settings.rules] == [datetime(2026, 5, 4, 18, 0, tzinfo=UTC)]
        assert "checkin" not in [s.kind.value for s in settings.suggestions]

    def test_homework_reminder_only_on_days_it_runs_and_for_own_homework(
        self, session, personas, cleo, cleo_plan, add_rule
    ):
        _, walk, record = cleo_plan  # the thought record starts on Thursday 26 November 2026
        rule = add_rule(NOON, kind="homework", homework_id=record.id, times=["18:00"])
        assert occurrences(session, personas.client_cleo.id) == []  # May 2026: not started
        assert rule.homework_id == record.id
        ben_walk = personas.ben_homework.id
        with pytest.raises(InvalidInput) as caught:
            add_rule(NOON, kind="homework", homework_id=ben_walk)
        assert caught.value.field == "homework_id"
        with pytest.raises(InvalidInput) as caught:
            add_rule(NOON, kind="homework")
        assert caught.value.field == "homework_id"

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"times": []}, "times"),
            ({"mode": "random", "window_start": "10:00"}, "window_end"),
            ({"mode": "random", "window_start": "10:00", "window_end": "10:20"}, "window_end"),
            ({"mode": "random", "window_end": "10:00"}, "window_start"),
            ({"kind": "questionnaire", "instrument": "bdi"}, "instrument"),
        ],
    )
    def test_bad_input_is_422_naming_the_field_and_writes_nothing(self, session, personas, add_rule, fields, field):
        with pytest.raises(InvalidInput) as caught, session.begin_nested():
            add_rule(NOON, **fields)
        assert caught.value.field == field
        assert (
            session.scalars(select(ReminderRule).where(ReminderRule.client_id == personas.client_cleo.id)).all() == []
        )

    def test_therapists_and_admins_cannot_set_or_read_a_clients_reminders(self, session, personas, add_rule):
        rule = add_rule(NOON)
        for name in ("outsider_therapist", "therapist_ana", "admin_ada"):
            actor = personas.actor(name)
            with pytest.raises(NotFound):
                service.reminder_settings(session, actor, now=NOON)
            with pytest.raises(NotFound):
                service.update_rule(session, actor, rule.id, ReminderRuleUpdate(enabled=False), now=NOON)
            with pytest.raises(NotFound):
                service.create_rule(session, actor, ReminderRuleCreate(kind="checkin", times=["09:00"]), now=NOON)
        ben = personas.actor("client_ben")
        with pytest.raises(NotFound):
            service.update_rule(session, ben, rule.id, ReminderRuleUpdate(enabled=False), now=NOON)
        with pytest.raises(NotFound):
            service.delete_rule(session, ben, rule.id, now=NOON)

    def test_changing_the_time_replans_and_turning_off_drops_the_planned(self, session, personas, cleo, add_rule):
        rule = add_rule(NOON)
        service.update_rule(session, cleo, rule.id, ReminderRuleUpdate(times=["09:15", "21:00"]), now=NOON)
        rows = occurrences(session, personas.client_cleo.id)
        assert [local(o.planned_at) for o in rows] == ["Mon 04 21:00", "Tue 05 09:15", "Tue 05 21:00"]
        service.update_rule(session, cleo, rule.id, ReminderRuleUpdate(enabled=False), now=NOON)
        assert occurrences(session, personas.client_cleo.id) == []

    def test_deleting_keeps_the_sent_history(self, session, personas, cleo, add_rule):
        rule = add_rule(NOON)
        service.dispatch_due(session, now=NOON + timedelta(hours=8))  # 20:00 sent
        service.delete_rule(session, cleo, rule.id, now=NOON + timedelta(hours=9))
        [kept] = occurrences(session, personas.client_cleo.id)
        assert kept.status == OccurrenceStatus.SENT and kept.rule_id is None

    def test_at_most_twenty_rules(self, session, add_rule):
        for n in range(20):
            add_rule(NOON, times=[f"{n:02d}:30"], enabled=False)
        with pytest.raises(Conflict):
            add_rule(NOON)


class TestPlanning:
    def test_planning_again_or_after_a_restart_adds_nothing(self, session, personas, add_rule, connection):
        add_rule(NOON, times=["08:00", "20:00"])
        service.plan_reminders(session, now=NOON)
        service.plan_reminders(session, now=NOON + timedelta(minutes=5))
        session.commit()
        # A restarted process: a new session on the same database, planning from the stored high-water mark.
        fresh = Session(bind=connection, join_transaction_mode="create_savepoint")
        service.plan_reminders(fresh, now=NOON + timedelta(minutes=10))
        fresh.commit()
        rows = occurrences(session, personas.client_cleo.id)
        assert [local(o.planned_at) for o in rows] == ["Mon 04 20:00", "Tue 05 08:00", "Tue 05 20:00"]

    def test_the_horizon_moves_with_the_clock(self, session, personas, add_rule):
        add_rule(NOON, times=["08:00"])
        service.plan_reminders(session, now=NOON + timedelta(days=2))
        rows = occurrences(session, personas.client_cleo.id)
        assert [local(o.planned_at) for o in rows] == ["Tue 05 08:00", "Wed 06 08:00", "Thu 07 08:00"]

    def test_a_random_time_is_drawn_once_and_kept(self, session, personas, add_rule, connection):
        add_rule(NOON, rng=random.Random(1), mode="random", window_start="10:00", window_end="20:00")
        first = [(o.local_date, o.local_time) for o in occurrences(session, personas.client_cleo.id)]
        assert [day for day, _ in first] == [date(2026, 5, 4), date(2026, 5, 5)]  # today's: from 12:00 on
        assert time(12, 0) <= first[0][1] < time(20, 0) and time(10, 0) <= first[1][1] < time(20, 0)
        session.commit()
        for seed in range(2, 6):  # other draws, other processes: nothing changes
            fresh = Session(bind=connection, join_transaction_mode="create_savepoint")
            rule = fresh.scalars(select(ReminderRule).where(ReminderRule.client_id == personas.client_cleo.id)).one()
            rule.planned_until = NOON  # as if planning had to start over
            service.plan_reminders(fresh, now=NOON + timedelta(minutes=seed), rng=random.Random(seed))
            fresh.commit()
        again = [(o.local_date, o.local_time) for o in occurrences(session, personas.client_cleo.id)]
        assert again == first

    def test_quiet_hours_move_or_skip(self, session, personas, add_rule):
        add_rule(NOON, times=["07:30", "23:00"])
        rows = occurrences(session, personas.client_cleo.id)
        by_slot = {o.slot: o for o in rows}
        assert local(by_slot["07:30"].planned_at) == "Tue 05 08:00" and by_slot["07:30"].adjusted == "quiet_hours"
        assert by_slot["23:00"].status == OccurrenceStatus.SKIPPED and by_slot["23:00"].reason == "quiet_hours"

    def test_new_quiet_hours_re_place_the_coming_reminders(self, session, personas, cleo, add_rule):
        add_rule(NOON, times=["07:30", "23:00"])
        service.update_preferences(session, cleo, ReminderPreferencesUpdate(quiet_start=None, quiet_end=None), now=NOON)
        rows = occurrences(session, personas.client_cleo.id)
        assert [(local(o.planned_at), o.status.value) for o in rows] == [
            ("Mon 04 23:00", "planned"),
            ("Tue 05 07:30", "planned"),
            ("Tue 05 23:00", "planned"),
        ]
        with pytest.raises(InvalidInput) as caught:
            service.update_preferences(session, cleo, ReminderPreferencesUpdate(quiet_start="22:00"), now=NOON)
        assert caught.value.field == "quiet_end"

    def test_a_new_time_zone_keeps_the_local_time(self, session, personas, add_rule, set_zone):
        add_rule(NOON, times=["08:00"])
        set_zone("America/New_York")
        service.plan_reminders(session, now=NOON + timedelta(minutes=5))  # 06:05 in New York
        rows = occurrences(session, personas.client_cleo.id)
        assert {row.timezone for row in rows} == {"America/New_York"}
        # Tuesday's 08:00 moves to 08:00 New York time; Monday's 08:00 there is still to come.
        assert [(row.local_date, row.planned_at) for row in rows] == [
            (date(2026, 5, 4), datetime(2026, 5, 4, 12, 0, tzinfo=UTC)),
            (date(2026, 5, 5), datetime(2026, 5, 5, 12, 0, tzinfo=UTC)),
        ]


class TestDispatch:
    def test_sent_once_at_its_time(self, session, personas, add_rule):
        add_rule(NOON)
        assert service.dispatch_due(session, now=NOON + timedelta(hours=7, minutes=59)).sent == []
        first = service.dispatch_due(session, now=NOON + timedelta(hours=8))
        again = service.dispatch_due(session, now=NOON + timedelta(hours=8, seconds=30))
        assert len(first.sent) == 1 and again.sent == []
        sent = occurrences(session, personas.client_cleo.id, status=OccurrenceStatus.SENT)
        assert [(o.sent_at, o.channels) for o in sent] == [(NOON + timedelta(hours=8), "in_app")]

    def test_after_downtime_sent_if_still_in_time_else_expired(self, session, personas, add_rule):
        add_rule(NOON, times=["13:00", "14:00"], expiry_minutes=90)
        # Down from 12:30 to 15:10: 13:00 is 2h10 late (expired), 14:00 is 1h10 late (sent).
        report = service.dispatch_due(session, now=NOON + timedelta(hours=3, minutes=10))
        rows = {o.slot: o for o in occurrences(session, personas.client_cleo.id, local_date=date(2026, 5, 4))}
        assert rows["13:00"].status == OccurrenceStatus.EXPIRED and rows["13:00"].reason == "late"
        assert rows["13:00"].sent_at is None
        assert rows["14:00"].status == OccurrenceStatus.SENT
        assert (len(report.sent), len(report.expired)) == (1, 1)

    def test_downtime_longer_than_the_horizon_is_backfilled(self, session, personas, add_rule):
        add_rule(NOON, times=["08:00", "20:00"])
        back = NOON + timedelta(days=3, hours=-2, minutes=30)  # Thu 07 10:30
        service.plan_reminders(session, now=back)
        service.dispatch_due(session, now=back)
        rows = [(local(o.planned_at), o.status.value) for o in occurrences(session, personas.client_cleo.id)]
        assert rows[:6] == [
            ("Mon 04 20:00", "expired"),
            ("Tue 05 08:00", "expired"),
            ("Tue 05 20:00", "expired"),
            ("Wed 06 08:00", "expired"),
            ("Wed 06 20:00", "expired"),
            ("Thu 07 08:00", "expired"),  # 2h30 late: past its two hours
        ]
        assert all(status == "planned" for _, status in rows[6:])

    def test_two_workers_claim_once(self, session, personas, add_rule, connection):
        add_rule(NOON)
        session.commit()
        [row] = occurrences(session, personas.client_cleo.id)[:1]
        # Two sessions (as two workers would have) both read it as planned; one after the other writes.
        one = Session(bind=connection, join_transaction_mode="create_savepoint")
        two = Session(bind=connection, join_transaction_mode="create_savepoint")
        seen_two = two.get(ReminderOccurrence, row.id)
        seen_one = one.get(ReminderOccurrence, row.id)
        assert seen_one.status == seen_two.status == OccurrenceStatus.PLANNED  # both read it as planned
        planned = [OccurrenceStatus.PLANNED]
        won = OccurrenceRepository(one).transition(seen_one, planned, status=OccurrenceStatus.SENT, sent_at=NOON)
        one.commit()
        lost = OccurrenceRepository(two).transition(seen_two, planned, status=OccurrenceStatus.SENT, sent_at=NOON)
        two.commit()
        assert (won, lost) == (True, False)

    def test_skipped_when_the_homework_was_done_that_day(self, session, personas, cleo, otto, add_rule):
        walk = service.create_homework(
            session,
            otto,
            personas.client_cleo.id,
            HomeworkCreate(title="Walk", kind="walk", schedule="daily", start_date=date(2026, 5, 1)),
            now=NOON,
        )
        add_rule(NOON, kind="homework", homework_id=walk.id, times=["18:00"])
        service.mark_done(session, cleo, walk.id, CompletionCreate(), now=NOON)
        service.dispatch_due(session, now=NOON + timedelta(hours=6))
        [row, _] = occurrences(session, personas.client_cleo.id)
        assert (row.status, row.reason) == (OccurrenceStatus.SKIPPED, "done")

    def test_skipped_when_no_questionnaire_is_due(self, session, personas, cleo, add_rule):
        add_rule(NOON, kind="questionnaire", times=["13:00"])
        service.dispatch_due(session, now=NOON + timedelta(hours=1))
        [row, _] = occurrences(session, personas.client_cleo.id)
        assert (row.status, row.reason) == (OccurrenceStatus.SKIPPED, "not_due")

    def test_sent_when_a_questionnaire_is_due_and_answered_by_submitting(self, session, personas, add_rule):
        ben = personas.actor("client_ben")
        now = datetime.now(UTC)  # Ben's PHQ-9 schedule is due relative to the real clock
        rule = service.create_rule(session, ben, ReminderRuleCreate(kind="questionnaire", times=["10:00"]), now=now)
        row = occurrences(session, ben.user_id, kind="questionnaire")[0]
        schedules = questionnaires_service.list_client_schedules(session, personas.actor("therapist_ana"), ben.user_id)
        schedules[0].next_due_at = row.planned_at - timedelta(days=1)
        service.dispatch_due(session, now=row.planned_at)
        assert occurrences(session, ben.user_id, kind="questionnaire")[0].status == OccurrenceStatus.SENT
        questionnaires_service.submit_response(
            session, ben, "phq9", ResponseCreate(answers={n: 0 for n in range(1, 10)}), now=row.planned_at
        )
        answered = occurrences(session, ben.user_id, kind="questionnaire")[0]
        assert (answered.status, answered.answered_at) == (OccurrenceStatus.ANSWERED, row.planned_at)
        assert rule.kind.value == "questionnaire"

    def test_check_in_reminder_skipped_after_a_recent_check_in_and_answered_by_one(
        self, session, personas, cleo, add_rule
    ):
        add_rule(NOON, times=["13:00", "18:00"])
        service.dispatch_due(session, now=NOON + timedelta(hours=1))  # 13:00 sent
        at = NOON + timedelta(hours=1, minutes=20)
        checkins_service.create_checkin(session, cleo, CheckInCreate(mood=6, at=at), now=at)
        service.dispatch_due(session, now=NOON + timedelta(hours=6))  # 18:00: 4h40 later, so sent
        rows = occurrences(session, personas.client_cleo.id)[:2]
        assert [(o.slot, o.status.value, o.answered_at) for o in rows] == [
            ("13:00", "answered", at),
            ("18:00", "sent", None),
        ]
        second = NOON + timedelta(days=1, hours=5)  # Tue 17:00, an hour before the next 18:00
        checkins_service.create_checkin(session, cleo, CheckInCreate(mood=7, at=second), now=second)
        service.dispatch_due(session, now=NOON + timedelta(days=1, hours=6))
        tuesday = occurrences(session, personas.client_cleo.id, local_date=date(2026, 5, 5), slot="18:00")[0]
        assert (tuesday.status, tuesday.reason) == (OccurrenceStatus.SKIPPED, "done")


class TestSnoozeAndOpen:
    def sent(self, session, personas, add_rule):
        add_rule(NOON, times=["13:00"])
        service.dispatch_due(session, now=NOON + timedelta(hours=1))
        return occurrences(session, personas.client_cleo.id)[0]

    def test_snooze_sends_once_more(self, session, personas, cleo, add_rule):
        row = self.sent(session, personas, add_rule)
        at = NOON + timedelta(hours=1, minutes=5)
        service.snooze_reminder(session, cleo, row.id, 30, now=at)
        assert service.dispatch_due(session, now=at + timedelta(minutes=29)).resent == []
        assert service.dispatch_due(session, now=at + timedelta(minutes=30)).resent == [row.id]
        assert service.dispatch_due(session, now=at + timedelta(minutes=31)).resent == []
        again = occurrences(session, personas.client_cleo.id)[0]
        assert (again.status, again.sent_at, again.resent_at) == (
            OccurrenceStatus.SENT,
            NOON + timedelta(hours=1),
            at + timedelta(minutes=30),
        )
        with pytest.raises(Conflict):
            service.snooze_reminder(session, cleo, row.id, 10, now=at + timedelta(minutes=40))
        assert "REMINDER_SNOOZED" in events(session, personas.client_cleo.id)

    def test_snooze_rules(self, session, personas, cleo, add_rule):
        row = self.sent(session, personas, add_rule)
        with pytest.raises(InvalidInput) as caught:
            service.snooze_reminder(session, cleo, row.id, 45, now=NOON)
        assert caught.value.field == "minutes"
        with pytest.raises(NotFound):
            service.snooze_reminder(session, personas.actor("client_ben"), row.id, 10, now=NOON)

    def test_a_snooze_that_would_run_into_quiet_hours_is_refused(self, session, personas, cleo, add_rule):
        add_rule(NOON, times=["21:50"])
        evening = NOON + timedelta(hours=9, minutes=50)  # 21:50 CEST; quiet hours from 22:00 (default)
        service.dispatch_due(session, now=evening)
        row = occurrences(session, personas.client_cleo.id)[0]
        assert row.status == OccurrenceStatus.SENT
        with pytest.raises(Conflict) as caught:
            service.snooze_reminder(session, cleo, row.id, 30, now=evening + timedelta(minutes=1))
        assert "quiet hours" in caught.value.message
        assert occurrences(session, personas.client_cleo.id)[0].status == OccurrenceStatus.SENT

    def test_done_while_snoozed_is_not_sent_again(self, session, personas, cleo, add_rule):
        row = self.sent(session, personas, add_rule)
        at = NOON + timedelta(hours=1, minutes=5)
        service.snooze_reminder(session, cleo, row.id, 10, now=at)
        checkins_service.create_checkin(session, cleo, CheckInCreate(mood=5, at=at), now=at)
        assert service.dispatch_due(session, now=at + timedelta(minutes=10)).resent == []
        assert occurrences(session, personas.client_cleo.id)[0].status == OccurrenceStatus.ANSWERED

    def test_opening_records_the_first_time_and_leads_to_the_page(self, session, personas, cleo, add_rule):
        row = self.sent(session, personas, add_rule)
        first = NOON + timedelta(hours=1, minutes=2)
        assert service.open_reminder(session, cleo, row.id, now=first) == "/home#mood-heading"
        service.open_reminder(session, cleo, row.id, now=first + timedelta(minutes=5))
        assert occurrences(session, personas.client_cleo.id)[0].opened_at == first
        with pytest.raises(NotFound):
            service.open_reminder(session, personas.actor("client_ben"), row.id, now=first)

    def test_the_inbox_shows_open_ones_and_the_history_and_is_audited(self, session, personas, cleo, add_rule):
        row = self.sent(session, personas, add_rule)
        inbox = service.own_reminders(session, cleo, now=NOON + timedelta(hours=2))
        assert [r.id for r in inbox.open] == [row.id] and inbox.open[0].can_snooze
        assert [r.status.value for r in inbox.history] == ["planned", "sent"]
        assert inbox.open[0].url == f"/reminders/{row.id}/open"
        assert "REMINDERS_VIEWED" in events(session, personas.client_cleo.id)
        with pytest.raises(NotFound):
            service.own_reminders(session, personas.actor("outsider_therapist"), now=NOON)


class TestAnsweredFromHomework:
    def test_marking_done_answers_that_days_reminder(self, session, personas, cleo, otto, add_rule):
        walk = service.create_homework(
            session,
            otto,
            personas.client_cleo.id,
            HomeworkCreate(title="Walk", kind="walk", schedule="daily", start_date=date(2026, 5, 1)),
            now=NOON,
        )
        add_rule(NOON, kind="homework", homework_id=walk.id, times=["13:00"])
        service.dispatch_due(session, now=NOON + timedelta(hours=1))
        done_at = NOON + timedelta(hours=2)
        service.mark_done(session, cleo, walk.id, CompletionCreate(), now=done_at)
        row = occurrences(session, personas.client_cleo.id)[0]
        assert (row.status, row.answered_at) == (OccurrenceStatus.ANSWERED, done_at)


def test_planner_rows_hold_the_local_slot(session, personas, add_rule):
    """The unique (rule, local day, slot) is what makes "at most once per slot" hold in the database."""
    rule = add_rule(NOON, times=["20:00"])
    clock = reminder_planning.client_clock(session, personas.client_cleo.id)
    before = len(occurrences(session, personas.client_cleo.id))
    rule.planned_until = None
    reminder_planning.plan_rule(session, rule, clock, now=NOON)
    assert len(occurrences(session, personas.client_cleo.id)) == before


def test_no_deliveries_without_email_or_push(session, personas, add_rule):
    add_rule(NOON, times=["13:00"])
    report = service.dispatch_due(session, now=NOON + timedelta(hours=1))
    assert report.deliveries == [] and ReminderDeliveryStatus.PENDING.value == "pending"
