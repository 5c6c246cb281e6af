"""The pattern engine on tables with known answers: planted effects found with honest intervals, noise
and confounds giving nothing, lags kept apart, and the thresholds (5 days per group, 14 days) enforced."""

from __future__ import annotations

import numpy as np
import pytest

from alongside.insights.service import analyze
from alongside.insights.service.daily_table import DailyTable
from alongside.insights.service.patterns import (
    Association,
    benjamini_hochberg,
    find_patterns,
    fit_model,
    nice_step,
    run_tests,
    whiten,
)
from alongside.insights.service.sentences import pattern_sentence

START = np.datetime64("2025-01-06")  # a Monday


def ar1(rng, n: int, rho: float = 0.4, sd: float = 1.0) -> np.ndarray:
    x = np.zeros(n)
    e = rng.normal(0, sd * np.sqrt(1 - rho**2), n)
    x[0] = rng.normal(0, sd)
    for i in range(1, n):
        x[i] = rho * x[i - 1] + e[i]
    return x


def table(mood, factors, days=None) -> DailyTable:
    days = np.arange(len(mood)) if days is None else np.asarray(days)
    return DailyTable.from_columns(START + days, {"mood": np.clip(mood, 1, 10)}, factors)


class TestPlantedEffects:
    def test_a_two_point_binary_effect_is_found_with_a_ci_covering_two(self):
        rng = np.random.default_rng(11)
        n = 200
        alcohol = (rng.random(n) < 0.35).astype(float)
        result = find_patterns(table(5.5 - 2.0 * alcohol + ar1(rng, n), {"alcohol": alcohol}))
        [pattern] = result.patterns
        assert (pattern.factor, pattern.outcome, pattern.lag) == ("alcohol", "mood", 0)
        assert pattern.ci_low < -2.0 < pattern.ci_high
        assert pattern.n_with == int(alcohol[1:].sum()) and pattern.n_with + pattern.n_without == n - 1
        assert pattern.q <= 0.10

    def test_a_table_that_runs_on_long_after_the_last_check_in_still_finds_it(self):
        # 90 days of data, then 160 empty days up to today (as a client who stopped checking in): the
        # trend's hinges after the data must not make the fit fail and lose every test.
        rng = np.random.default_rng(5)
        n, empty = 90, 160
        swim = (np.arange(n) % 3 == 0).astype(float)
        mood = np.concatenate([5 + 2 * swim + rng.normal(0, 0.8, n), np.full(empty, np.nan)])
        factor = np.concatenate([swim, np.full(empty, np.nan)])
        [pattern] = find_patterns(table(mood, {"swim": factor})).patterns
        assert (pattern.factor, pattern.lag) == ("swim", 0) and pattern.ci_low < 2 < pattern.ci_high

    def test_pure_noise_with_thirty_factors_gives_no_pattern(self):
        rng = np.random.default_rng(5)
        n = 150
        factors = {f"f{i}": (rng.random(n) < 0.4).astype(float) for i in range(30)}
        result = find_patterns(table(6 + ar1(rng, n, 0.5, 1.3), factors))
        assert len(result.tests) == 60
        assert result.patterns == []

    def test_a_slope_factor_is_reported_per_hour(self):
        rng = np.random.default_rng(3)
        n = 180
        sleep = 7 + rng.normal(0, 1, n)
        result = find_patterns(table(5 + 0.8 * (sleep - 7) + ar1(rng, n), {"sleep_hours": sleep}))
        [pattern] = result.patterns
        assert pattern.step == 1.0 and pattern.lag == 0
        assert pattern.ci_low < 0.8 < pattern.ci_high
        rows = sleep[1:]
        assert pattern.n_with == int(np.sum(rows > pattern.median))


class TestAdjustment:
    def test_a_saturday_only_factor_gives_no_pattern_when_mood_is_higher_on_saturdays(self):
        rng = np.random.default_rng(8)
        n = 210
        day = np.arange(n)
        saturday = (day % 7) == 5
        party = (saturday & (rng.random(n) < 0.6)).astype(float)
        mood = 5 + 2.0 * saturday + ar1(rng, n, 0.3, 0.8)
        naive = mood[party == 1].mean() - mood[party == 0].mean()
        assert naive > 1.5  # unadjusted, the factor looks like a big effect
        result = find_patterns(table(mood, {"party": party}))
        assert result.patterns == []
        assert all(abs(t.effect) < 0.6 for t in result.tests)

    def test_a_factor_on_every_saturday_cannot_be_told_from_the_weekday_and_is_not_tested(self):
        n = 140
        saturday = ((np.arange(n) % 7) == 5).astype(float)
        result = find_patterns(table(5 + 2.0 * saturday, {"saturday": saturday}))
        assert result.tests == [] and result.patterns == []

    def test_slow_drift_is_not_taken_for_an_effect_of_a_factor_that_rises_with_it(self):
        rng = np.random.default_rng(4)
        n = 365
        t = np.arange(n) / n
        exercise = (rng.random(n) < 0.2 + 0.6 * t).astype(float)
        result = find_patterns(table(4 + 3 * t + ar1(rng, n, 0.4, 0.8), {"exercise": exercise}))
        assert result.patterns == []


class TestLags:
    def test_a_next_day_effect_is_found_at_lag_one_and_not_at_lag_zero(self):
        rng = np.random.default_rng(21)
        n = 240
        late = (rng.random(n) < 0.3).astype(float)
        previous = np.concatenate([[0.0], late[:-1]])
        result = find_patterns(table(6 - 1.5 * previous + ar1(rng, n), {"late_night": late}))
        [pattern] = result.patterns
        assert pattern.lag == 1 and pattern.ci_low < -1.5 < pattern.ci_high
        lag0 = next(t for t in result.tests if t.lag == 0)
        assert abs(lag0.effect) < 0.5

    def test_a_sticky_factor_with_a_same_day_effect_is_not_also_reported_the_next_day(self):
        rng = np.random.default_rng(2)
        n = 300
        ill, on = np.zeros(n), False
        for i in range(n):
            on = rng.random() < (0.85 if on else 0.05)
            ill[i] = on
        result = find_patterns(table(6 - 1.5 * ill + ar1(rng, n), {"ill": ill}))
        assert [p.lag for p in result.patterns] == [0]

    def test_a_missing_day_breaks_the_pair(self):
        days = np.arange(0, 120, 2)  # every other day: no day has a known day before it
        flag = np.tile([0.0, 1.0], 30)
        result = find_patterns(table(np.full(60, 5.0) + flag, {"flag": flag}, days))
        assert result.tests == []


class TestThresholds:
    def test_fewer_than_five_days_with_the_factor_is_not_tested(self):
        rng = np.random.default_rng(1)
        n = 100
        rare = np.zeros(n)
        rare[[10, 30, 50, 70]] = 1
        mood = 5 + ar1(rng, n) - 3 * rare
        assert run_tests(table(mood, {"rare": rare})) == []
        rare[90] = 1
        assert {t.lag for t in run_tests(table(mood, {"rare": rare}))} == {0, 1}

    def test_fewer_than_fourteen_days_shows_nothing(self):
        flag = np.tile([0.0, 1.0], 7)[:13]
        short = table(5 + 3 * flag, {"flag": flag})
        result = find_patterns(short)
        assert result.patterns == [] and result.tests == [] and "14" in result.reason
        assert analyze(short).to_dict()["trends"] == {}


class TestStatistics:
    def test_bh_q_values_match_a_hand_calculation(self):
        q = benjamini_hochberg([0.01, 0.04, 0.03, 0.2])
        # sorted .01 .03 .04 .2 → ×4/rank: .04 .06 .0533 .2 → running minimum from the top.
        assert q == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.2])
        assert benjamini_hochberg([0.5, 0.9]) == pytest.approx([0.9, 0.9])

    def test_q_values_of_a_client_are_bh_over_all_its_tests(self):
        rng = np.random.default_rng(9)
        n = 90
        factors = {f"f{i}": (rng.random(n) < 0.5).astype(float) for i in range(5)}
        tests = run_tests(table(5 + ar1(rng, n) + factors["f0"], factors))
        assert [t.q for t in tests] == pytest.approx(list(benjamini_hochberg([t.p for t in tests])))

    def test_ar1_correction_estimates_rho_and_widens_the_interval_of_a_sticky_factor(self):
        rng = np.random.default_rng(6)
        n = 400
        sticky = np.repeat(rng.random(n // 20) < 0.5, 20).astype(float)
        X = np.column_stack([sticky, np.ones(n)])
        y = ar1(rng, n, 0.7)
        ar, ols = fit_model(X, y, np.arange(n), "ar1"), fit_model(X, y, np.arange(n), "ols")
        assert 0.55 < ar.rho < 0.85
        assert ar.cov[0, 0] > 2 * ols.cov[0, 0]

    def test_whitening_uses_rho_to_the_power_of_the_gap(self):
        z = whiten(np.array([1.0, 2.0, 4.0]), np.array([0, 1, 3]), 0.5)
        assert z[0] == pytest.approx(np.sqrt(0.75))
        assert z[1] == pytest.approx(2.0 - 0.5)
        assert z[2] == pytest.approx(np.sqrt(0.75 / (1 - 0.0625)) * (4.0 - 0.25 * 2.0))

    @pytest.mark.parametrize(("spread", "step"), [(1.35, 1), (3372, 2000), (81, 50), (0.3, 0.2), (5, 5)])
    def test_nice_step(self, spread, step):
        assert nice_step(spread) == pytest.approx(step)


class TestSentences:
    binary = Association("alcohol", "mood", 0, -1.3, -1.8, -0.8, 0.001, 41, 73, q=0.01)

    def test_english(self):
        assert pattern_sentence(self.binary, "en").startswith(
            "On days with alcohol, your mood seemed 1.3 points lower on average (95% CI 0.8 to 1.8; "
            "41 such days against 73)."
        )

    def test_dutch_uses_a_decimal_comma(self):
        sentence = pattern_sentence(self.binary, "nl")
        assert sentence.startswith(
            "Op dagen met alcohol leek je stemming gemiddeld 1,3 punt lager te zijn (95%-BI 0,8 tot 1,8; "
            "41 zulke dagen tegen 73)."
        )
        assert "veroorzaakt" in sentence

    def test_no_causal_claims_and_an_interval_crossing_zero_is_said(self):
        weak = Association("coffee", "anxiety", 1, 0.9, -0.1, 1.9, 0.07, 30, 40, q=0.09)
        sentence = pattern_sentence(weak, "en")
        assert sentence.startswith("On days after a day with coffee, your anxiety seemed 0.9 points higher")
        assert "no difference is also plausible" in sentence and "not proof" in sentence
        assert "cause" not in sentence.replace("causes the other", "")

    def test_a_slope_is_said_per_unit_with_a_dutch_thousands_point(self):
        steps = Association("steps", "energy", 0, 0.6, 0.3, 0.9, 0.001, 60, 58, step=2000.0, median=7150.0)
        assert "On days with 2,000 more steps, your energy seemed 0.6 points higher" in pattern_sentence(steps)
        assert "Op dagen met 2.000 meer steps leek je energie gemiddeld 0,6 punt hoger" in pattern_sentence(steps, "nl")
        assert "mediaan van 7.150" in pattern_sentence(steps, "nl")
