"""The shipped coders on turns whose codes a trained MI or empathy rater would not dispute."""

from __future__ import annotations

import pytest

from alongside.tutor.service.coding import Head, load_heads, save_heads
from alongside.tutor.service.empathy import code_pairs, cue_spans, level_scores, pair_features, sentence_rows
from alongside.tutor.service.features import HASH_BITS, Features, sentences, words
from alongside.tutor.service.mi import MiTurn, code_turns

CLIENT_AMBIVALENT = (
    "I like having a few beers after work, it helps me unwind. But my wife keeps saying I'm drinking "
    "too much and honestly I'm not sure she's wrong."
)


class TestMiCoding:
    def test_reflection_after_a_client_turn(self):
        turn = MiTurn(
            "therapist",
            "It sounds like you're torn between the beers that help you unwind and worrying that your wife is right.",
            CLIENT_AMBIVALENT,
        )
        assert code_turns([turn])[0] in ("simple_reflection", "complex_reflection")

    @pytest.mark.parametrize(
        "text,code",
        [
            ("What brings you here today?", "open_question"),
            ("How would you like things to be different?", "open_question"),
            ("Have you tried cutting down before?", "closed_question"),
            ("Do you drink every day?", "closed_question"),
        ],
    )
    def test_questions(self, text, code):
        assert code_turns([MiTurn("therapist", text, CLIENT_AMBIVALENT)]) == [code]

    def test_client_change_talk(self):
        turn = MiTurn(
            "client", "I really want to cut down, I know I need to for my kids.", "What would you like to do?"
        )
        assert code_turns([turn]) == ["change"]

    def test_codes_come_back_in_order_for_mixed_speakers(self):
        turns = [
            MiTurn("therapist", "What brings you here today?"),
            MiTurn("client", "My doctor told me to come.", "What brings you here today?"),
            MiTurn("therapist", "Do you agree with your doctor?", "My doctor told me to come."),
        ]
        codes = code_turns(turns)
        assert codes[0] == "open_question" and codes[2] == "closed_question"
        assert codes[1] in ("change", "sustain", "neutral")


class TestEmpathyCoding:
    def test_warm_understanding_exploring_reply(self):
        [code] = code_pairs(
            [
                (
                    "My dad passed away last month and I can't stop crying at work.",
                    "I'm so sorry, losing your dad must be so hard. It sounds like you're still grieving him "
                    "and work gives you no room for it. Have you been able to talk to anyone about him?",
                )
            ]
        )
        assert code.levels["emotional_reactions"] >= 1
        assert code.levels["interpretations"] >= 1
        assert code.levels["explorations"] == 2
        [span] = code.evidence["explorations"]
        assert span["text"].startswith("Have you been able")

    def test_advice_only_reply_has_no_empathy(self):
        [code] = code_pairs([("I failed my exam again.", "Study harder next time.")])
        assert code.levels == {"emotional_reactions": 0, "interpretations": 0, "explorations": 0}
        assert all(v == [] for v in code.evidence.values())

    def test_dutch_reply(self):
        [code] = code_pairs([("Ik voel me zo alleen.", "Wat naar dat je je zo voelt. Heb je al met iemand gepraat?")])
        assert code.levels["emotional_reactions"] >= 1 and code.levels["explorations"] >= 1

    def test_evidence_spans_point_into_the_response(self):
        response = "Het spijt me. Ik begrijp het echt."
        for (_, _), spans in cue_spans(response).items():
            for s, e in spans:
                assert response[s:e].strip()


class TestFeatures:
    def test_words_fold_case_accents_and_keep_question_marks(self):
        assert words("Héél ERG?") == ["heel", "erg", "?"]

    def test_sentences_are_trimmed_spans(self):
        text = " One. Two?  Three"
        assert [text[s:e] for s, e in sentences(text)] == ["One.", "Two?", "Three"]

    def test_hashing_is_stable(self):
        a, b = Features(), Features()
        a.add_text("r:", ["hello"])
        b.add_text("r:", ["hello"])
        assert a.indices == b.indices and a.indices


def _head_for(word: str, level: int, pooling: float) -> Head:
    """A head that scores ``level`` up by 6 for each response unigram ``word`` (a hand-made model)."""
    import numpy as np

    weights = np.zeros((1 << HASH_BITS, 3), dtype=np.float32)
    probe = Features()
    probe.add(f"r:w:{word}")
    weights[probe.indices[0], level] = 6.0
    return Head(weights, np.array([0.5, 0.0, 0.0]), ["0", "1", "2"], pooling)


class TestSentencePooling:
    LONG = (
        "Work is busy these days. The weather turned cold and grey. We moved house in May, across town. "
        "My sister started a new job at the hospital. The garden needs a lot of attention. Been there."
    )

    def test_no_pooling_is_the_response_scores(self):
        head = _head_for("been", 2, 0.0)
        rows = [pair_features("", self.LONG)]
        assert (level_scores(head, rows, [sentence_rows("", self.LONG)]) == head.scores(rows)).all()

    def test_a_strong_sentence_lifts_a_long_response(self):
        # the word is diluted in the long response's n-gram block, undiluted in its own sentence
        diluted, pooled = _head_for("been", 2, 0.0), _head_for("been", 2, 1.0)
        rows, per_sentence = [pair_features("", self.LONG)], [sentence_rows("", self.LONG)]
        assert level_scores(diluted, rows, per_sentence).argmax() == 0
        assert level_scores(pooled, rows, per_sentence).argmax() == 2

    def test_pooling_is_stored_with_the_model(self, tmp_path):
        save_heads(tmp_path, "empathy", {"interpretations": _head_for("been", 2, 1.0)}, {})
        heads, meta = load_heads("empathy", tmp_path)
        assert heads["interpretations"].pooling == 1.0 and meta["pooling"] == {"interpretations": 1.0}

    def test_empty_response_has_one_row(self):
        assert len(sentence_rows("I'm sad.", "")) == 1
        assert len(sentence_rows("I'm sad.", "I'm sorry. What happened?")) == 2


class TestExperienceFeatures:
    def test_own_experience_and_opener_features_fire(self):
        plain = set(pair_features("", "Go for a walk.").indices)
        shared = set(pair_features("", "I understand. When I was younger I felt the same.").indices)

        def index(name: str) -> int:
            f = Features()
            f.add(name)
            return f.indices[0]

        for name in ("get_first", "ownc<=2", "ipast<=1", "r0:w:understand", "ro:w:younger", "rL:w:same"):
            assert index(name) in shared and index(name) not in plain, name
        for name in ("ownc<=0", "ipast<=0", "getc<=0"):
            assert index(name) in plain and index(name) not in shared, name

    def test_seeker_words_enter_only_through_overlap(self):
        a = pair_features("My cat died.", "Go for a walk.")
        b = pair_features("I failed my exam.", "Go for a walk.")
        assert sorted(a.indices) == sorted(b.indices)
