"""MITI summary scores worked out by hand, and CBT ingredients found by their cues."""

from __future__ import annotations

import pytest

from alongside.tutor.service.summaries import CodedTurn, rate, summarise_session


def _t(code: str, text: str = "word word", speaker: str = "therapist") -> CodedTurn:
    return CodedTurn(speaker, text, code)


class TestMitiScores:
    def test_ratio_and_shares_by_hand(self):
        # 3 simple + 3 complex reflections = 6 reflections; 2 open + 1 closed = 3 questions
        turns = (
            [_t("simple_reflection")] * 3
            + [_t("complex_reflection")] * 3
            + [_t("open_question")] * 2
            + [_t("closed_question"), _t("other")]
            + [_t("change", "a b c d", "client"), _t("sustain", "a b c d", "client"), _t("change", "a b c d", "client")]
        )
        s = summarise_session(turns)
        assert s.reflection_to_question == pytest.approx(6 / 3)
        assert s.complex_reflection_share == pytest.approx(0.5)
        assert s.open_question_share == pytest.approx(2 / 3)
        assert s.therapist_talk_share == pytest.approx(20 / (20 + 12))  # 10 turns × 2 words vs 3 × 4
        assert s.change_talk_share == pytest.approx(2 / 3)
        assert s.ratings == {"reflection_to_question": "good", "complex_reflection_share": "good"}

    def test_fair_and_below_fair(self):
        s = summarise_session(
            [_t("simple_reflection")] * 3 + [_t("complex_reflection")] * 2 + [_t("closed_question")] * 4
        )
        assert s.reflection_to_question == pytest.approx(5 / 4)
        assert s.ratings["reflection_to_question"] == "fair"
        assert s.complex_reflection_share == pytest.approx(0.4)
        assert s.ratings["complex_reflection_share"] == "fair"
        assert rate("reflection_to_question", 0.5) == "below fair"

    def test_no_questions_no_reflections(self):
        s = summarise_session([_t("other")])
        assert s.reflection_to_question is None and s.complex_reflection_share is None
        assert s.ratings == {"reflection_to_question": "n/a", "complex_reflection_share": "n/a"}


class TestCbtIngredients:
    def test_cues_in_english_and_dutch(self):
        turns = [
            _t("open_question", "What would you like to focus on today?"),
            _t("open_question", "How did the thought record go?"),
            _t("neutral", "It went fine, I filled in three.", "client"),
            _t("therapeutic_input", "Let's look at the evidence for that thought."),
            _t("therapeutic_input", "Voor de volgende keer: wil je het gedachteschema invullen?"),
            _t("other", "Thanks for coming."),
        ]
        cbt = summarise_session(turns).to_dict()["cbt"]
        assert cbt["agenda_setting"] == {"count": 1, "turns": [0]}
        assert cbt["homework_reviewed"]["turns"] == [1]
        assert cbt["change_methods"]["turns"] == [1, 3, 4]  # a thought record is a change method too
        assert cbt["homework_set"]["turns"] == [4]
