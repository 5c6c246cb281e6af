"""Language detection and sentence splitting used by screening."""

from __future__ import annotations

import pytest

from alongside.nlp.language import detect_language, split_sentences


class TestDetectLanguage:
    @pytest.mark.parametrize(
        "text,lang",
        [
            ("I don't want to live anymore", "en"),
            ("ik wil niet meer leven", "nl"),
            ("Ik zie het niet meer zitten, echt niet", "nl"),
            ("Had a long day at work and I am tired", "en"),
            ("'k heb gwn geen zin meer in alles", "nl"),
            ("Ik ben zo moe, I just want to sleep and never wake up, everything is too much", "en"),
            ("I'm so tired, maar ik wil echt niet meer verder met dit leven", "nl"),
            ("", "en"),
            ("zelfmoordgedachten", "nl"),
        ],
    )
    def test_detects(self, text, lang):
        assert detect_language(text) == lang

    def test_typographic_apostrophe(self):
        assert detect_language("I\u2019m done, I can\u2019t do this") == "en"


class TestSplitSentences:
    def test_spans_index_the_original(self):
        text = "Eerste zin. Tweede zin!  Derde?"
        spans = split_sentences(text)
        assert [text[s:e].strip() for s, e in spans] == ["Eerste zin.", "Tweede zin!", "Derde?"]

    def test_no_punctuation_is_one_sentence(self):
        text = "i dont know what to do anymore i just want it to stop"
        assert split_sentences(text) == [(0, len(text))]

    def test_newlines_split(self):
        assert len(split_sentences("line one\nline two")) == 2
