"""Adherence maths: ISO weeks in the client's time zone, pro-rating, daily against N a week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from alongside.careplan.service.adherence import (
    Adherence,
    Plan,
    client_today,
    history_weeks,
    planned_in_week,
    total,
    week_adherence,
    week_start,
)

MONDAY = date(2026, 11, 16)  # ISO week 47 of 2026


def days(*offsets: int) -> list[date]:
    return [MONDAY + timedelta(days=n) for n in offsets]


class TestPlanned:
    @pytest.mark.parametrize(("per_week", "expected"), [(1, 1), (3, 3), (5, 5), (7, 7)])
    def test_a_full_week_plans_times_per_week(self, per_week, expected):
        assert planned_in_week(Plan(per_week, MONDAY - timedelta(days=30)), MONDAY) == expected

    @pytest.mark.parametrize(
        ("start_weekday", "per_week", "expected"),
        [
            (3, 7, 4),  # daily from Thursday: Thu–Sun
            (6, 7, 1),  # daily from Sunday
            (3, 3, 2),  # 3 × 4/7 = 1.71 → 2
            (2, 5, 4),  # 5 × 5/7 = 3.57 → 4
            (4, 3, 1),  # 3 × 3/7 = 1.29 → 1
            (6, 1, 0),  # once a week, from Sunday: 0.14 → nothing planned
            (3, 1, 1),  # once a week from Thursday: 0.57 → 1
            (0, 3, 3),  # starting on the Monday is a full week
        ],
    )
    def test_a_mid_week_start_is_pro_rated(self, start_weekday, per_week, expected):
        plan = Plan(per_week, MONDAY + timedelta(days=start_weekday))
        assert planned_in_week(plan, MONDAY) == expected

    def test_pro_rating_never_plans_more_than_the_days_left(self):
        assert planned_in_week(Plan(7, MONDAY + timedelta(days=5)), MONDAY) == 2
        assert planned_in_week(Plan(6, MONDAY + timedelta(days=5)), MONDAY) == 2  # 6 × 2/7 = 1.71 → 2

    def test_a_mid_week_end_is_pro_rated_and_inclusive(self):
        plan = Plan(7, MONDAY - timedelta(days=20), end_date=MONDAY + timedelta(days=2))  # ends Wednesday
        assert planned_in_week(plan, MONDAY) == 3
        assert planned_in_week(Plan(4, MONDAY - timedelta(days=20), MONDAY + timedelta(days=2)), MONDAY) == 2
        assert planned_in_week(plan, MONDAY + timedelta(weeks=1)) == 0

    def test_start_and_end_in_the_same_week(self):
        assert planned_in_week(Plan(7, MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)), MONDAY) == 3

    def test_before_the_start_and_when_inactive_nothing_is_planned(self):
        assert planned_in_week(Plan(7, MONDAY + timedelta(days=7)), MONDAY) == 0
        assert planned_in_week(Plan(7, MONDAY - timedelta(days=7), active=False), MONDAY) == 0


class TestWeekAdherence:
    def test_daily_against_n_times_a_week(self):
        since = MONDAY - timedelta(days=30)
        done = days(0, 2, 4)
        assert week_adherence(Plan(7, since), done, MONDAY) == Adherence(3, 7)
        assert week_adherence(Plan(3, since), done, MONDAY) == Adherence(3, 3)
        assert week_adherence(Plan(7, since), done, MONDAY).percent == 43
        assert week_adherence(Plan(3, since), done, MONDAY).percent == 100

    def test_only_days_inside_the_week_and_the_homework_count(self):
        plan = Plan(7, MONDAY + timedelta(days=3))  # from Thursday: 4 planned
        done = [
            MONDAY - timedelta(days=1),
            *days(1, 3, 6),
            MONDAY + timedelta(days=7),
        ]  # Sun before, Tue, Thu, Sun, Mon after
        assert week_adherence(plan, done, MONDAY) == Adherence(2, 4)

    def test_done_beyond_the_plan_is_shown_but_capped_at_100_percent(self):
        value = week_adherence(Plan(2, MONDAY - timedelta(days=30)), days(0, 1, 2, 3), MONDAY)
        assert (value.done, value.planned, value.percent) == (4, 2, 100)

    def test_a_week_with_nothing_planned_has_no_percentage(self):
        value = week_adherence(Plan(1, MONDAY + timedelta(days=6)), days(6), MONDAY)
        assert (value.done, value.planned, value.percent) == (1, 0, None)

    def test_the_total_does_not_let_one_homework_make_up_for_another(self):
        walk = Adherence(5, 3)  # overdone
        record = Adherence(0, 3)
        week = total([walk, record])
        assert (week.done, week.planned, week.percent) == (3, 6, 50)
        assert total([]) == Adherence(0, 0) and total([]).percent is None

    def test_percent_rounds_half_up(self):
        assert Adherence(1, 8).percent == 13  # 12.5
        assert Adherence(2, 3).percent == 67
        assert Adherence(1, 3).percent == 33


class TestIsoWeeks:
    def test_week_start_is_monday(self):
        assert week_start(date(2026, 11, 22)) == MONDAY  # Sunday
        assert week_start(MONDAY) == MONDAY

    def test_a_week_across_new_year_is_one_iso_week(self):
        monday = date(2026, 12, 28)
        assert week_start(date(2027, 1, 3)) == monday
        assert monday.isocalendar()[:2] == (2026, 53)
        plan = Plan(3, date(2026, 12, 1))
        assert week_adherence(plan, [date(2026, 12, 31), date(2027, 1, 2), date(2027, 1, 4)], monday) == Adherence(2, 3)

    def test_history_is_eight_weeks_oldest_first_ending_this_week(self):
        weeks = history_weeks(date(2027, 1, 6))
        assert len(weeks) == 8 and weeks[-1] == date(2027, 1, 4) and weeks[0] == date(2026, 11, 16)
        assert all(w.weekday() == 0 for w in weeks)
        assert all(b - a == timedelta(weeks=1) for a, b in zip(weeks, weeks[1:], strict=False))


class TestTimeZones:
    def test_the_day_is_the_clients_own(self):
        # Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time), still Sunday in London
        # and Sunday evening in New York: a new ISO week only for the client in Amsterdam.
        now = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
        assert client_today(now, "Europe/Amsterdam") == date(2026, 11, 23)
        assert client_today(now, "Europe/London") == date(2026, 11, 22)
        assert client_today(now, "America/New_York") == date(2026, 11, 22)
        assert week_start(client_today(now, "Europe/Amsterdam")) == date(2026, 11, 23)
        assert week_start(client_today(now, "Europe/London")) == MONDAY

    def test_summer_time_moves_midnight(self):
        now = datetime(2026, 7, 5, 22, 30, tzinfo=UTC)  # Sunday; 00:30 Monday in Amsterdam (UTC+2)
        assert client_today(now, "Europe/Amsterdam") == date(2026, 7, 6)
        assert client_today(now, "Europe/Dublin") == date(2026, 7, 5)

    def test_an_unknown_time_zone_falls_back_to_the_practice(self):
        now = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
        assert client_today(now, "Mars/Olympus") == client_today(now, "Europe/Amsterdam")
        assert client_today(now, None) == date(2026, 11, 23)
