"""The month calendar and the chart's sleep, in the client's time zone; the therapist's pattern
functions (sleep, emotions, mood per tag), scoped by consent and audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.checkins import service
from alongside.checkins.schemas import CheckInCreate
from alongside.errors import InvalidInput, NotFound
from tests.checkins.conftest import audit_events

NOW = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam


def check_in(session, actor, at: datetime, mood: int, **details):
    return service.create_checkin(session, actor, CheckInCreate(mood=mood, at=at, **details), now=at)


class TestCalendar:
    def test_days_in_the_clients_time_zone_with_mean_mood_count_and_sleep(self, session, personas):
        cleo = personas.actor("client_cleo")
        check_in(session, cleo, datetime(2026, 11, 2, 22, 30, tzinfo=UTC), 4, sleep_hours=6)  # 23:30 on 2 Nov
        check_in(session, cleo, datetime(2026, 11, 2, 23, 30, tzinfo=UTC), 8)  # 00:30 on 3 Nov in Amsterdam
        check_in(session, cleo, datetime(2026, 11, 2, 8, 0, tzinfo=UTC), 7, sleep_hours=7)
        month = service.calendar_month(session, cleo, month="2026-11", now=NOW)
        days = {d.day: d for d in month.days}
        assert len(month.days) == 30 and month.today == date(2026, 11, 25)
        assert (days[date(2026, 11, 2)].mood, days[date(2026, 11, 2)].count) == (5.5, 2)
        assert days[date(2026, 11, 2)].sleep_hours == 6.5
        assert (days[date(2026, 11, 3)].mood, days[date(2026, 11, 3)].count) == (8.0, 1)
        assert days[date(2026, 11, 4)].mood is None and days[date(2026, 11, 4)].count == 0
        assert (month.previous, month.next) == ("2026-10", None)
        assert service.calendar_month(session, cleo, month="2026-10", now=NOW).next == "2026-11"
        rows = audit_events(session, cleo.user_id, "CHECKINS_VIEWED")
        assert rows[-1].extra["view"] == "calendar" and rows[-1].extra["month"] == "2026-10"

    @pytest.mark.parametrize("month", ["2026-12", "2026-13", "november", "1999-01"])
    def test_a_future_or_malformed_month_is_a_field_error(self, session, personas, month):
        with pytest.raises(InvalidInput) as raised:
            service.calendar_month(session, personas.actor("client_cleo"), month=month, now=NOW)
        assert raised.value.field == "month"

    def test_weeks_run_monday_to_sunday_with_empty_cells_around_the_month(self, session, personas):
        month = service.calendar_month(session, personas.actor("client_cleo"), month="2026-11", now=NOW)
        weeks = service.calendar_weeks(month)
        assert all(len(week) == 7 for week in weeks)
        assert weeks[0][:6] == [None] * 6 and weeks[0][6].day == date(2026, 11, 1)  # 1 Nov 2026 is a Sunday
        assert weeks[-1][0].day == date(2026, 11, 30) and weeks[-1][1:] == [None] * 6

    def test_the_history_trend_carries_sleep_per_day(self, session, personas):
        cleo = personas.actor("client_cleo")
        check_in(session, cleo, NOW - timedelta(days=1), 5, sleep_hours=5.5)
        check_in(session, cleo, NOW - timedelta(hours=1), 6)
        _, _, trend = service.checkin_history(session, cleo, now=NOW)
        assert [(d.day, d.sleep) for d in trend] == [(date(2026, 11, 24), 5.5), (date(2026, 11, 25), None)]

    def test_one_days_check_ins(self, session, personas):
        cleo = personas.actor("client_cleo")
        check_in(session, cleo, datetime(2026, 11, 24, 22, 30, tzinfo=UTC), 3)  # 23:30 on the 24th
        check_in(session, cleo, datetime(2026, 11, 24, 23, 30, tzinfo=UTC), 9)  # the 25th in Amsterdam
        rows, total = service.list_own_checkins(session, cleo, day=date(2026, 11, 24))
        assert total == 1 and [r.mood for r in rows] == [3]


@pytest.fixture
def ben_month(session, personas):
    """Ben: six check-ins over a week with sleep, emotions and tags ("work" on the low days)."""
    ben = personas.actor("client_ben")
    start = datetime.now(UTC) - timedelta(days=6, hours=3)
    plan = [
        (3, ["work"], ["anxious", "stressed"], 5.0, 2),
        (7, ["friends"], ["calm"], 8.0, 4),
        (4, ["work"], ["anxious"], 6.0, 3),
        (8, ["friends", "outdoors"], ["happy", "calm"], None, None),
        (3, ["work"], ["stressed"], 5.5, 2),
        (6, [], [], 7.5, 4),
    ]
    for n, (mood, tags, emotions, sleep, quality) in enumerate(plan):
        at = start + timedelta(days=n)
        details = {"tags": tags, "emotions": emotions, "sleep_hours": sleep, "sleep_quality": quality}
        check_in(session, ben, at, mood, **details)
    return ben


class TestPatternsForTheTherapist:
    def test_sleep_emotions_and_mood_per_tag(self, session, personas, ben_month):
        ana = personas.actor("therapist_ana")
        ben_id = personas.client_ben.id
        sleep = service.sleep_series(session, ana, ben_id)
        # the day without a sleep report is left out; the persona's check-in an hour ago said 6.5 hours
        assert [night.hours for night in sleep] == [5.0, 8.0, 6.0, 5.5, 7.5, 6.5]
        counts = {c.emotion: c.count for c in service.emotion_counts(session, ana, ben_id)}
        # the persona's own check-in chose sad and anxious
        assert counts["anxious"] == 3 and counts["stressed"] == 2 and counts["calm"] == 2 and counts["sad"] == 1
        tags = {t.ref: t for t in service.tag_mood_means(session, ana, ben_id, locale="nl")}
        work = tags["work"]
        assert work.label == "werk" and work.count == 4  # three here and the persona's check-in (mood 4)
        assert work.mood_with == pytest.approx((3 + 4 + 3 + 4) / 4, abs=0.05)
        assert work.mood_without == pytest.approx((7 + 8 + 6) / 3, abs=0.05)
        assert tags["friends"].count == 2 and "outdoors" not in tags  # used once: says nothing yet
        views = [
            row.extra["view"] for row in audit_events(session, ben_id, "CHECKINS_VIEWED") if row.actor_id == ana.user_id
        ]
        assert views[-3:] == ["sleep", "emotions", "tags"]

    def test_the_sleep_series_is_per_day_in_order(self, session, personas, ben_month):
        nights = service.sleep_series(session, personas.actor("therapist_ana"), personas.client_ben.id)
        days = [n.day for n in nights]
        assert days == sorted(days) and len(days) == len(set(days))
        assert any(n.hours == 7.5 and n.quality == 4 for n in nights)

    def test_all_at_once_is_read_and_audited_once(self, session, personas, ben_month):
        ana = personas.actor("therapist_ana")
        patterns = service.checkin_patterns(session, ana, personas.client_ben.id)
        assert patterns.sleep and patterns.emotions and patterns.tags
        assert (patterns.until - patterns.since).days == 27
        rows = [
            r for r in audit_events(session, personas.client_ben.id, "CHECKINS_VIEWED") if r.actor_id == ana.user_id
        ]
        assert rows[-1].extra["view"] == "patterns"

    @pytest.mark.parametrize("who", ["outsider_therapist", "client_cleo", "admin_ada"])
    def test_others_get_404(self, session, personas, who):
        for read in (service.sleep_series, service.emotion_counts, service.tag_mood_means, service.checkin_patterns):
            with pytest.raises(NotFound):
                read(session, personas.actor(who), personas.client_ben.id)

    def test_without_consent_for_check_ins_the_therapist_gets_404(self, session, personas, ben_month):
        ben = personas.actor("client_ben")
        care_service.update_consent(session, ben, personas.ben_link.id, Consent(journal=True))
        with pytest.raises(NotFound):
            service.tag_mood_means(session, personas.actor("therapist_ana"), personas.client_ben.id)

    def test_the_client_may_read_their_own(self, session, personas, ben_month):
        assert service.emotion_counts(session, personas.actor("client_ben"), personas.client_ben.id)

    def test_a_reversed_or_too_long_period_is_a_field_error(self, session, personas):
        ana, ben_id = personas.actor("therapist_ana"), personas.client_ben.id
        with pytest.raises(InvalidInput):
            service.sleep_series(session, ana, ben_id, since=date(2026, 11, 20), until=date(2026, 11, 10))
        with pytest.raises(InvalidInput):
            service.sleep_series(session, ana, ben_id, since=date(2025, 1, 1), until=date(2026, 11, 10))
