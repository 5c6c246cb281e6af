"""The prompt library (journal/data/prompts.json): enough prompts, both languages, only documented purposes,
themes and conditions, and no two prompts that say the same thing."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from itertools import combinations

import pytest

from alongside.journal.service import prompts

DATA = json.loads(prompts.DATA_FILE.read_text(encoding="utf-8"))
LIB = prompts.library()
DOCUMENTED_PURPOSES = {
    "thought_record",
    "gratitude",
    "values",
    "behavioural_activation",
    "self_compassion",
    "worry_time",
    "sleep",
    "relationships",
    "work",
    "strengths",
    "grounding",
    "goals",
    "reflection",
}


def test_at_least_sixty_prompts_with_unique_stable_ids():
    ids = [p.id for p in LIB.prompts]
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9-]{3,64}", i) for i in ids)


def test_the_purposes_are_the_documented_set_and_each_has_several_prompts():
    assert set(DATA["purposes"]) == DOCUMENTED_PURPOSES
    assert all({"en", "nl", "about"} <= labels.keys() for labels in DATA["purposes"].values())
    used = [purpose for p in LIB.prompts for purpose in p.purposes]
    assert set(used) == DOCUMENTED_PURPOSES, "a purpose without prompts, or a prompt with an undocumented one"
    assert min(used.count(purpose) for purpose in DOCUMENTED_PURPOSES) >= 3


@pytest.mark.parametrize("prompt", LIB.prompts, ids=lambda p: p.id)
def test_each_prompt_is_in_english_and_dutch_with_valid_conditions(prompt):
    en, nl = prompt.text["en"], prompt.text["nl"]
    assert en.strip() and nl.strip() and en != nl
    assert en[-1] in ".?" and nl[-1] in ".?"
    assert len(en) <= 200 and len(nl) <= 220
    assert not re.search(r"\b(u|uw)\b", nl), "Dutch prompts say je/jij, never u"
    assert prompt.purposes
    assert set(prompt.times) <= set(prompts.TIMES)
    assert prompt.mood in prompts.MOODS
    assert set(prompt.needs) <= set(LIB.themes)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_two_prompts_are_near_identical(lang):
    texts = {p.id: p.text[lang].casefold() for p in LIB.prompts}
    too_close = [
        (a, b, round(ratio, 2))
        for (a, ta), (b, tb) in combinations(texts.items(), 2)
        if (ratio := SequenceMatcher(None, ta, tb).ratio()) >= 0.7
    ]
    assert not too_close


def test_every_time_of_day_has_prompts_of_its_own_and_general_ones():
    for moment in prompts.TIMES:
        own = [p for p in LIB.prompts if moment in p.times]
        general = [p for p in LIB.prompts if not p.times and p.mood == "any" and not p.needs]
        assert len(own) >= 4, moment
        assert len(general) >= 8


def test_reasons_and_theme_topics_exist_in_both_languages():
    for code, texts in DATA["reasons"].items():
        assert texts["en"].startswith("because ") and texts["nl"].startswith("omdat "), code
    for theme in LIB.themes.values():
        assert theme.topic["en"] and theme.topic["nl"]
        assert set(theme.purposes) <= DOCUMENTED_PURPOSES
        assert prompts.reason_text(f"theme:{theme.id}", "nl").startswith("omdat je onlangs schreef over ")
    assert prompts.reason_text("theme:sleep", "en") == "because you wrote about sleep recently"
    assert prompts.reason_text("mood_low_workdays", "nl") == "omdat je stemming op werkdagen lager is geweest"
    assert prompts.reason_text("nonsense", "en") == "because it's a gentle place to start"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I couldn't sleep again, awake until four.", "sleep"),
        ("Ik heb weer slecht geslapen.", "sleep"),
        ("Another row of deadlines from my boss.", "work"),
        ("De werkdruk is gewoon te hoog.", "work"),
        ("Ruzie gehad met mijn zus.", "relationships"),
        ("I argued with my sister again", "relationships"),
        ("Zoveel zorgen, ik blijf maar piekeren.", "anxiety"),
        ("I feel like such a failure", "self_criticism"),
        ("Zo eenzaam vandaag.", "loneliness"),
        ("Completely exhausted after the shift.", "tiredness"),
    ],
)
def test_themes_are_found_in_english_and_dutch(text, theme):
    assert theme in prompts.find_themes([text])


def test_themes_match_whole_words_only():
    # "werkelijk" (really) is not work, "alleen" (only) is not loneliness, "slaapkamer" (bedroom) is not sleep.
    assert set(prompts.find_themes(["Het was werkelijk alleen maar een film in de slaapkamer."])) == set()
    assert set(prompts.find_themes(["A walk by the canal helped."])) == set()
