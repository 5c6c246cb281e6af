"""The time rules of reminders, without a database: local time in IANA zones across both DST changes
(Amsterdam and New York), quiet hours across midnight, expiry, random windows and snooze."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest

from alongside.careplan.service import reminder_times as times

AMS = times.zone("Europe/Amsterdam")
NYC = times.zone("America/New_York")
TWO_HOURS = timedelta(hours=2)
NIGHT = times.QuietHours(time(22, 0), time(8, 0))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class TestZone:
    def test_known_unknown_and_empty_names(self):
        assert times.zone("America/New_York").key == "America/New_York"
        assert times.zone("Mars/Olympus").key == "Europe/Amsterdam"
        assert times.zone(None, "Europe/London").key == "Europe/London"
        assert times.zone("", "Nowhere/Else").key == "Europe/Amsterdam"


class TestResolve:
    def test_same_wall_clock_time_in_winter_and_summer(self):
        assert times.resolve(date(2026, 1, 15), time(8, 0), AMS).at == utc(2026, 1, 15, 7, 0)
        assert times.resolve(date(2026, 7, 15), time(8, 0), AMS).at == utc(2026, 7, 15, 6, 0)
        assert times.resolve(date(2026, 7, 15), time(8, 0), NYC).at == utc(2026, 7, 15, 12, 0)

    def test_amsterdam_spring_gap_is_shifted_forward_by_the_gap(self):
        # 29 March 2026: 02:00 CET → 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST.
        resolved = times.resolve(date(2026, 3, 29), time(2, 30), AMS)
        assert resolved.shifted is True
        assert resolved.at == utc(2026, 3, 29, 1, 30)
        assert resolved.at.astimezone(AMS).strftime("%H:%M %Z") == "03:30 CEST"

    def test_amsterdam_autumn_fold_takes_the_first_occurrence(self):
        # 25 October 2026: 03:00 CEST → 02:00 CET; 02:30 happens at 00:30 and at 01:30 UTC.
        resolved = times.resolve(date(2026, 10, 25), time(2, 30), AMS)
        assert resolved.shifted is False
        assert resolved.at == utc(2026, 10, 25, 0, 30)
        assert resolved.at.astimezone(AMS).strftime("%H:%M %Z") == "02:30 CEST"

    def test_new_york_spring_gap_and_autumn_fold(self):
        # 8 March 2026: 02:00 EST → 03:00 EDT; 1 November 2026: 02:00 EDT → 01:00 EST.
        gap = times.resolve(date(2026, 3, 8), time(2, 15), NYC)
        assert gap.shifted and gap.at == utc(2026, 3, 8, 7, 15)
        assert gap.at.astimezone(NYC).strftime("%H:%M") == "03:15"
        fold = times.resolve(date(2026, 11, 1), time(1, 30), NYC)
        assert not fold.shifted and fold.at == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, the first one

    def test_times_next_to_the_change_are_untouched(self):
        assert times.resolve(date(2026, 3, 29), time(1, 59), AMS).at == utc(2026, 3, 29, 0, 59)
        assert times.resolve(date(2026, 3, 29), time(3, 0), AMS).at == utc(2026, 3, 29, 1, 0)
        assert times.resolve(date(2026, 10, 25), time(3, 0), AMS).at == utc(2026, 10, 25, 2, 0)


class TestQuietHours:
    def test_across_midnight_start_inclusive_end_exclusive(self):
        assert NIGHT.crosses_midnight
        assert NIGHT.contains(time(22, 0)) and NIGHT.contains(time(23, 59)) and NIGHT.contains(time(0, 0))
        assert NIGHT.contains(time(7, 59)) and not NIGHT.contains(time(8, 0))
        assert not NIGHT.contains(time(21, 59)) and not NIGHT.contains(time(12, 0))

    def test_within_a_day(self):
        lunch = times.QuietHours(time(12, 0), time(13, 30))
        assert lunch.contains(time(12, 0)) and lunch.contains(time(13, 29)) and not lunch.contains(time(13, 30))
        assert not lunch.contains(time(11, 59))

    def test_equal_times_or_missing_mean_none(self):
        assert times.quiet_hours(time(8), time(8)) is None
        assert times.quiet_hours(None, time(8)) is None

    def test_end_of_the_period_late_evening_is_next_morning(self):
        # 23:00 on 10 March (CET) → 08:00 on 11 March.
        assert NIGHT.end_after(utc(2026, 3, 10, 22, 0), AMS) == utc(2026, 3, 11, 7, 0)
        # 06:00 → 08:00 the same morning; 12:00 is not quiet.
        assert NIGHT.end_after(utc(2026, 3, 11, 5, 0), AMS) == utc(2026, 3, 11, 7, 0)
        assert NIGHT.end_after(utc(2026, 3, 11, 11, 0), AMS) is None

    def test_end_of_the_night_the_clocks_go_forward(self):
        # 23:00 CET on 28 March; the night ends at 08:00 CEST on the 29th, only 8 real hours later.
        end = NIGHT.end_after(utc(2026, 3, 28, 22, 0), AMS)
        assert end == utc(2026, 3, 29, 6, 0)


class TestPlace:
    def test_in_quiet_hours_moved_to_their_end_when_within_expiry(self):
        slot = times.place(date(2026, 5, 4), time(7, 30), "07:30", AMS, NIGHT, TWO_HOURS)
        assert slot.planned_at == utc(2026, 5, 4, 6, 0)  # 08:00 CEST
        assert slot.nominal_at == utc(2026, 5, 4, 5, 30)
        assert slot.expires_at == utc(2026, 5, 4, 7, 30)
        assert slot.adjusted == "quiet_hours" and slot.skipped is None

    def test_in_quiet_hours_skipped_when_their_end_is_past_expiry(self):
        slot = times.place(date(2026, 5, 4), time(23, 0), "23:00", AMS, NIGHT, TWO_HOURS)
        assert slot.skipped == "quiet_hours"
        assert slot.planned_at == slot.nominal_at == utc(2026, 5, 4, 21, 0)

    def test_gap_then_quiet_hours(self):
        early = times.QuietHours(time(1, 0), time(4, 0))
        slot = times.place(date(2026, 3, 29), time(2, 30), "02:30", AMS, early, TWO_HOURS)
        assert slot.adjusted == "dst_gap+quiet_hours"
        assert slot.planned_at == utc(2026, 3, 29, 2, 0)  # 04:00 CEST
        assert slot.expires_at == utc(2026, 3, 29, 3, 30)

    def test_outside_quiet_hours_unchanged(self):
        slot = times.place(date(2026, 5, 4), time(20, 0), "20:00", AMS, NIGHT, TWO_HOURS)
        assert slot.planned_at == slot.nominal_at == utc(2026, 5, 4, 18, 0) and slot.adjusted is None


class TestFixedSlots:
    def test_one_slot_per_local_day_across_spring_forward(self):
        slots = times.fixed_slots(
            [time(2, 30), time(8, 0)], times.ALL_DAYS, AMS, None, TWO_HOURS, utc(2026, 3, 28), utc(2026, 3, 31)
        )
        got = [(s.local_date.isoformat(), s.slot, s.planned_at.astimezone(AMS).strftime("%H:%M")) for s in slots]
        assert got == [
            ("2026-03-28", "02:30", "02:30"),
            ("2026-03-28", "08:00", "08:00"),
            ("2026-03-29", "02:30", "03:30"),  # the gap: an hour later on the new clock
            ("2026-03-29", "08:00", "08:00"),
            ("2026-03-30", "02:30", "02:30"),
            ("2026-03-30", "08:00", "08:00"),
        ]

    def test_one_slot_per_local_day_across_fall_back(self):
        slots = times.fixed_slots(
            [time(2, 30)], times.ALL_DAYS, AMS, None, TWO_HOURS, utc(2026, 10, 24), utc(2026, 10, 27)
        )
        assert [s.planned_at for s in slots] == [
            utc(2026, 10, 24, 0, 30),
            utc(2026, 10, 25, 0, 30),  # 02:30 CEST, not also 02:30 CET
            utc(2026, 10, 26, 1, 30),
        ]

    def test_days_of_the_week_and_range_bounds(self):
        weekdays = times.mask_of([1, 3, 5])  # Monday, Wednesday, Friday
        start, end = utc(2026, 6, 1, 13, 0), utc(2026, 6, 8, 13, 0)  # 09:00 EDT on two Mondays

        def slots(until):
            return times.fixed_slots([time(9, 0)], weekdays, NYC, None, TWO_HOURS, start, until)

        assert [s.local_date.isoweekday() for s in slots(end)] == [1, 3, 5]
        assert slots(end)[0].planned_at == start  # the start is inclusive, the end exclusive
        assert [s.local_date for s in slots(end + timedelta(minutes=1))][-1] == date(2026, 6, 8)

    def test_weekday_masks(self):
        assert times.days_of(times.mask_of([7, 1])) == [1, 7]
        assert times.runs_on(times.mask_of([6]), date(2026, 11, 28))  # a Saturday
        assert times.spread_days(3) == [1, 3, 5] and times.spread_days(7) == [1, 2, 3, 4, 5, 6, 7]
        assert times.spread_days(1) == [1] and times.spread_days(2) == [1, 4]


class TestRandomSlots:
    def test_inside_the_window_outside_quiet_hours_one_per_day(self):
        rng = random.Random(7)
        window = (time(10, 0), time(20, 0))
        lunch = times.QuietHours(time(12, 0), time(14, 0))
        slots = times.random_slots(
            window, times.ALL_DAYS, AMS, lunch, TWO_HOURS, utc(2026, 6, 1), utc(2026, 6, 21), rng
        )
        assert len(slots) == 20 and len({s.local_date for s in slots}) == 20
        for slot in slots:
            assert slot.slot == times.RANDOM_SLOT
            assert time(10, 0) <= slot.local_time < time(20, 0)
            assert not lunch.contains(slot.local_time)
            assert slot.planned_at == slot.nominal_at
        assert len({s.local_time for s in slots}) > 10  # drawn, not a fixed time

    def test_a_day_is_planned_only_once_its_whole_window_fits(self):
        rng = random.Random(1)
        window = (time(10, 0), time(20, 0))
        # Planning runs until 15:00 CEST on 2 June: 2 June's window has not ended by then, so only 1 June.
        slots = times.random_slots(
            window, times.ALL_DAYS, AMS, None, TWO_HOURS, utc(2026, 6, 1, 6), utc(2026, 6, 2, 13), rng
        )
        assert [s.local_date for s in slots] == [date(2026, 6, 1)]

    def test_a_window_already_begun_draws_from_what_is_left(self):
        rng = random.Random(3)
        window = (time(10, 0), time(20, 0))
        start = utc(2026, 6, 1, 15, 0)  # 17:00 CEST
        for _ in range(30):
            [slot] = times.random_slots(window, times.ALL_DAYS, AMS, None, TWO_HOURS, start, utc(2026, 6, 1, 18), rng)
            assert time(17, 0) <= slot.local_time < time(20, 0)

    def test_window_entirely_in_quiet_hours_falls_back_to_the_quiet_rule(self):
        slot = times.random_slots(
            (time(22, 30), time(23, 30)),
            times.ALL_DAYS,
            AMS,
            NIGHT,
            TWO_HOURS,
            utc(2026, 6, 1),
            utc(2026, 6, 2),
            random.Random(0),
        )[0]
        assert slot.skipped == "quiet_hours"


class TestSnooze:
    def test_plain_snooze(self):
        plan = times.snooze(utc(2026, 6, 1, 10, 0), 30, AMS, NIGHT, TWO_HOURS)
        assert plan.until == utc(2026, 6, 1, 10, 30) and plan.expires_at == utc(2026, 6, 1, 12, 30)
        assert not plan.skipped

    def test_snooze_into_quiet_hours_is_moved_or_dropped(self):
        early = times.QuietHours(time(12, 0), time(12, 45))
        moved = times.snooze(utc(2026, 6, 1, 9, 55), 10, AMS, early, TWO_HOURS)  # 12:05 CEST
        assert moved.until == utc(2026, 6, 1, 10, 45) and not moved.skipped
        dropped = times.snooze(utc(2026, 6, 1, 19, 55), 10, AMS, NIGHT, TWO_HOURS)  # 22:05 CEST
        assert dropped.skipped

    @pytest.mark.parametrize(("expires", "now", "expired"), [(10, 10, False), (10, 11, True), (10, 9, False)])
    def test_expiry_is_strictly_after(self, expires, now, expired):
        assert times.is_expired(utc(2026, 1, 1, expires), utc(2026, 1, 1, now)) is expired
