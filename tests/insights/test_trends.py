"""Trends with known answers: rolling means by hand, a level shift found on its date and none in
autocorrelated noise, and a weekly rhythm told apart from chance."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from alongside.insights.service import analyze
from alongside.insights.service.daily_table import DailyTable
from alongside.insights.service.patterns import make_calendar
from alongside.insights.service.sentences import rhythm_sentence, shift_sentence
from alongside.insights.service.trends import describe_trends, find_shift, rolling_means, weekly_rhythm

START = np.datetime64("2025-03-03")  # a Monday


def ar1(rng, n: int, rho: float = 0.5, sd: float = 1.0) -> np.ndarray:
    x = np.zeros(n)
    e = rng.normal(0, sd * np.sqrt(1 - rho**2), n)
    x[0] = rng.normal(0, sd)
    for i in range(1, n):
        x[i] = rho * x[i - 1] + e[i]
    return x


def grid(mood: np.ndarray):
    cal = make_calendar(START + np.arange(len(mood)))
    return cal, cal.grid(mood)


class TestRollingMeans:
    def test_means_of_the_known_days_in_the_last_seven(self):
        y = np.array([1, 2, 3, np.nan, 5, 6, 7, 8, np.nan, np.nan, np.nan, np.nan, 9], dtype=float)
        means = rolling_means(y)
        assert np.isnan(means[:4]).all()  # fewer than 4 known days so far
        assert means[4] == pytest.approx((1 + 2 + 3 + 5) / 4)
        assert means[7] == pytest.approx((2 + 3 + 5 + 6 + 7 + 8) / 6)
        assert means[10] == pytest.approx((5 + 6 + 7 + 8) / 4)
        assert np.isnan(means[11]) and np.isnan(means[12])  # 6, 7, 8 (then 7, 8, 9) in the window


class TestShift:
    def test_a_two_point_shift_is_found_at_the_right_date(self):
        rng = np.random.default_rng(7)
        mood = np.r_[np.full(60, 4.0), np.full(60, 6.0)] + ar1(rng, 120, 0.3, 0.8)
        cal, y = grid(mood)
        shift = find_shift(cal, y)
        assert shift is not None
        assert abs((shift.day - date(2025, 5, 2)).days) <= 2  # day 60
        assert shift.size == pytest.approx(2.0, abs=0.4) and shift.p < 0.01

    @pytest.mark.parametrize("seed", [1, 2, 3, 4])
    def test_no_shift_in_autocorrelated_noise(self, seed):
        rng = np.random.default_rng(seed)
        cal, y = grid(6 + ar1(rng, 240, 0.6, 1.2))
        assert find_shift(cal, y) is None

    def test_the_same_table_gives_the_same_answer(self):
        rng = np.random.default_rng(12)
        cal, y = grid(5 + np.r_[np.zeros(50), np.ones(50)] + ar1(rng, 100))
        assert find_shift(cal, y) == find_shift(cal, y)

    def test_sentences_in_both_languages(self):
        rng = np.random.default_rng(7)
        cal, y = grid(np.r_[np.full(60, 4.0), np.full(60, 6.0)] + ar1(rng, 120, 0.3, 0.8))
        shift = find_shift(cal, y)
        assert shift_sentence("mood", shift, "en").startswith(f"Around {shift.day.day} May 2025 your mood seems")
        dutch = shift_sentence("mood", shift, "nl")
        assert f"{shift.day.day} mei 2025" in dutch and "punt hoger" in dutch and "," in dutch
        assert "geen blijvende verandering" in shift_sentence("mood", None, "nl")


class TestWeeklyRhythm:
    def test_higher_saturdays_are_distinguishable_from_noise(self):
        rng = np.random.default_rng(3)
        n = 140
        saturday = (np.arange(n) % 7) == 5
        cal, y = grid(5 + 1.5 * saturday + ar1(rng, n, 0.3, 0.8))
        rhythm = weekly_rhythm(cal, y)
        assert rhythm.distinguishable and rhythm.p < 0.001
        assert max(range(7), key=lambda k: rhythm.deviation[k]) == 5
        assert sum(rhythm.deviation) == pytest.approx(0.0, abs=1e-9)
        assert rhythm.deviation[5] == pytest.approx(1.5 * 6 / 7, abs=0.4)
        assert "highest on Saturdays" in rhythm_sentence("mood", rhythm, "en")
        assert "het hoogst op zaterdag (+1," in rhythm_sentence("mood", rhythm, "nl")

    def test_noise_has_no_rhythm(self):
        rng = np.random.default_rng(10)
        cal, y = grid(5 + ar1(rng, 140, 0.5))
        rhythm = weekly_rhythm(cal, y)
        assert not rhythm.distinguishable
        assert "no larger than chance" in rhythm_sentence("mood", rhythm, "en")


class TestDescribeTrends:
    def test_every_outcome_with_fourteen_days_gets_trends(self):
        rng = np.random.default_rng(0)
        n = 60
        energy = np.full(n, np.nan)
        energy[:10] = 5
        table = DailyTable.from_columns(
            START + np.arange(n), {"mood": np.clip(6 + ar1(rng, n), 1, 10), "energy": energy}
        )
        trends = describe_trends(table)
        assert [t.outcome for t in trends] == ["mood"]
        assert trends[0].rolling[0][0] == date(2025, 3, 6)  # the fourth day, the first with four known days
        out = analyze(table).to_dict("nl")["trends"]["mood"]
        assert set(out) == {"days", "mean", "rolling_7day", "shift", "weekly"}
        assert out["shift"]["sentence"] == out["shift"]["sentence_nl"]
