"""Scoring exactly as CLINICAL.md says: every band boundary, WHO-5 ×4, caseness and the NHS Talking
Therapies change rules; and the data files agree with the scoring."""

from __future__ import annotations

import json

import pytest

from alongside.questionnaires import scoring
from alongside.questionnaires.scoring import Instrument, Measure, outcome
from alongside.questionnaires.service.instruments import DATA_DIR
from tests.questionnaires.conftest import answers_for

PHQ9_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately_severe"),
    (19, "moderately_severe"),
    (20, "severe"),
    (27, "severe"),
]
GAD7_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "severe"),
    (21, "severe"),
]
# WHO-5 raw → percentage → band: ≤ 28 likely depression, ≤ 50 poor wellbeing.
WHO5_BANDS = [
    (0, 0, "likely_depression"),
    (7, 28, "likely_depression"),
    (8, 32, "poor_wellbeing"),
    (12, 48, "poor_wellbeing"),
    (13, 52, "adequate"),
    (25, 100, "adequate"),
]


class TestBands:
    @pytest.mark.parametrize(("total", "band"), PHQ9_BANDS)
    def test_phq9(self, total, band):
        answers = answers_for("phq9", total)
        assert scoring.score(Instrument.PHQ9, answers) == total
        assert scoring.band(Instrument.PHQ9, total) == band

    @pytest.mark.parametrize(("total", "band"), GAD7_BANDS)
    def test_gad7(self, total, band):
        answers = answers_for("gad7", total)
        assert scoring.score(Instrument.GAD7, answers) == total
        assert scoring.band(Instrument.GAD7, total) == band

    @pytest.mark.parametrize(("raw", "percentage", "band"), WHO5_BANDS)
    def test_who5(self, raw, percentage, band):
        answers = answers_for("who5", raw)
        assert scoring.raw_total(Instrument.WHO5, answers) == raw
        assert scoring.score(Instrument.WHO5, answers) == percentage
        assert scoring.band(Instrument.WHO5, percentage) == band

    def test_bands_cover_every_score_once(self):
        for instrument in Instrument:
            covered = [v for low, high, _ in scoring.BANDS[instrument] for v in range(low, high + 1)]
            assert covered == list(range(scoring.SCORE_MAX[instrument] + 1))

    @pytest.mark.parametrize(("instrument", "value"), [("phq9", 28), ("gad7", 22), ("who5", 101), ("phq9", -1)])
    def test_out_of_range_scores_are_refused(self, instrument, value):
        with pytest.raises(ValueError):
            scoring.band(Instrument(instrument), value)


class TestWho5:
    def test_raw_times_four(self):
        assert [scoring.who5_percentage(raw) for raw in (0, 1, 12, 13, 25)] == [0, 4, 48, 52, 100]
        with pytest.raises(ValueError):
            scoring.who5_percentage(26)

    def test_ten_points_is_a_meaningful_change_and_higher_is_better(self):
        assert scoring.reliable_change(Instrument.WHO5, 40, 52) == 1
        assert scoring.reliable_change(Instrument.WHO5, 40, 48) == 0
        assert scoring.reliable_change(Instrument.WHO5, 60, 48) == -1


class TestAnswers:
    def test_missing_and_invalid_items(self):
        assert scoring.missing_items(Instrument.GAD7, {1: 0, 2: 1, 4: 3}) == [3, 5, 6, 7]
        assert scoring.invalid_items(Instrument.GAD7, {1: 4, 8: 0, 2: 3}) == [1, 8]
        assert scoring.invalid_items(Instrument.WHO5, {1: 5}) == []
        with pytest.raises(ValueError):
            scoring.raw_total(Instrument.PHQ9, {1: 3})


class TestCaseness:
    @pytest.mark.parametrize(
        ("instrument", "value", "case"),
        [("phq9", 9, False), ("phq9", 10, True), ("gad7", 7, False), ("gad7", 8, True), ("who5", 12, False)],
    )
    def test_thresholds(self, instrument, value, case):
        assert scoring.is_case(Instrument(instrument), value) is case


class TestReliableChange:
    @pytest.mark.parametrize(
        ("instrument", "before", "after", "change"),
        [
            ("phq9", 18, 12, 1),
            ("phq9", 18, 13, 0),
            ("phq9", 8, 14, -1),
            ("phq9", 8, 13, 0),
            ("gad7", 12, 8, 1),
            ("gad7", 12, 9, 0),
            ("gad7", 5, 9, -1),
            ("gad7", 5, 8, 0),
        ],
    )
    def test_thresholds(self, instrument, before, after, change):
        assert scoring.reliable_change(Instrument(instrument), before, after) == change


class TestOutcome:
    def test_reliable_recovery(self):
        result = outcome(Measure(phq9=16, gad7=12), Measure(phq9=7, gad7=6))
        assert result.case_at_start and not result.case_at_end
        assert result.reliable_improvement and result.recovery and result.reliable_recovery
        assert not result.reliable_deterioration

    def test_recovery_without_reliable_improvement(self):
        """Just over the line to just under it: recovered, but not reliably (PHQ-9 down 3, GAD-7 down 2)."""
        result = outcome(Measure(phq9=11, gad7=9), Measure(phq9=8, gad7=7))
        assert result.recovery and not result.reliable_improvement and not result.reliable_recovery

    def test_improvement_on_one_does_not_count_when_the_other_is_reliably_worse(self):
        result = outcome(Measure(phq9=18, gad7=4), Measure(phq9=10, gad7=9))
        assert not result.reliable_improvement and result.reliable_deterioration

    def test_improvement_on_one_with_the_other_steady(self):
        result = outcome(Measure(phq9=18, gad7=10), Measure(phq9=12, gad7=11))
        assert result.reliable_improvement and not result.reliable_deterioration
        assert not result.recovery  # still a case on both

    def test_still_a_case_on_either_is_no_recovery(self):
        result = outcome(Measure(phq9=15, gad7=12), Measure(phq9=5, gad7=8))
        assert result.reliable_improvement and not result.recovery and not result.reliable_recovery

    def test_not_a_case_at_the_start_cannot_recover(self):
        result = outcome(Measure(phq9=9, gad7=7), Measure(phq9=2, gad7=1))
        assert not result.case_at_start and not result.recovery and result.reliable_improvement

    def test_reliable_deterioration(self):
        assert outcome(Measure(phq9=6, gad7=4), Measure(phq9=12, gad7=4)).reliable_deterioration
        assert outcome(Measure(phq9=6, gad7=4), Measure(phq9=6, gad7=8)).reliable_deterioration
        assert not outcome(Measure(phq9=6, gad7=4), Measure(phq9=11, gad7=7)).reliable_deterioration

    def test_change_needs_both_ends_but_caseness_uses_every_score(self):
        result = outcome(Measure(phq9=14), Measure(phq9=7))
        assert result.recovery and result.reliable_recovery
        # GAD-7 was not measured at the start, so it has no change; but 15 at the end is a case.
        result = outcome(Measure(phq9=14), Measure(phq9=7, gad7=15))
        assert result.reliable_improvement and result.case_at_end and not result.recovery
        assert outcome(Measure(gad7=10), Measure(phq9=3)) is None


class TestDataFiles:
    @pytest.mark.parametrize("instrument", list(Instrument))
    def test_items_and_options_match_the_scoring(self, instrument):
        data = json.loads((DATA_DIR / f"{instrument.value}.json").read_text(encoding="utf-8"))
        assert set(data["languages"]) == {"en", "nl"}
        for lang, text in data["languages"].items():
            assert len(text["items"]) == scoring.ITEM_COUNT[instrument], lang
            values = sorted(o["value"] for o in text["options"])
            assert values == list(range(scoring.ANSWER_MAX[instrument] + 1)), lang
            assert ("difficulty" in text) is (instrument == Instrument.PHQ9)
        # Our Dutch is our own: labelled as such until someone checks it against the published version.
        assert data["languages"]["nl"]["translation"] == "own"
        assert data["languages"]["nl"]["translation_note"] == (
            "Own translation, not yet checked against the published Dutch version"
        )
        assert data["languages"]["en"]["translation"] == "original"

    def test_english_wording_as_in_clinical_md(self):
        phq9 = json.loads((DATA_DIR / "phq9.json").read_text(encoding="utf-8"))["languages"]["en"]
        assert phq9["stem"] == (
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
        )
        assert phq9["items"][8] == "Thoughts that you would be better off dead or of hurting yourself in some way"
        assert [o["label"] for o in phq9["options"]] == [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day",
        ]
        who5 = json.loads((DATA_DIR / "who5.json").read_text(encoding="utf-8"))["languages"]["en"]
        assert [(o["label"], o["value"]) for o in who5["options"]][0] == ("All of the time", 5)
        assert who5["items"][3] == "I woke up feeling fresh and rested"
