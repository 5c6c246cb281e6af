"""The routine definitions in exercises/data: complete in English and Dutch, with the breathing
patterns and timings the issue names (box 4-4-4-4, 4-7-8, paced at six breaths a minute)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from alongside.exercises import service
from alongside.exercises.schemas import LANGUAGES, RoutineDefinition

EXPECTED = ["box", "four-seven-eight", "paced", "grounding", "body-scan", "muscle-relaxation"]


def pattern(routine_id: str) -> list[tuple[str, int]]:
    return [(p.phase, p.seconds) for p in service.definitions()[routine_id].phases]


def test_every_routine_the_issue_asks_for_in_order():
    assert list(service.definitions()) == EXPECTED
    kinds = {d.id: d.kind for d in service.definitions().values()}
    assert kinds == {
        "box": "breathing",
        "four-seven-eight": "breathing",
        "paced": "breathing",
        "grounding": "grounding",
        "body-scan": "script",
        "muscle-relaxation": "script",
    }


def test_breathing_patterns():
    assert pattern("box") == [("in", 4), ("hold", 4), ("out", 4), ("hold", 4)]
    assert pattern("four-seven-eight") == [("in", 4), ("hold", 7), ("out", 8)]
    assert pattern("paced") == [("in", 5), ("out", 5)]


def test_paced_breathing_is_six_breaths_a_minute_at_every_length():
    paced = service.routine_text("paced", "en")
    assert paced.cycle_seconds == 10 and paced.breaths_per_minute == 6
    for cycles in paced.cycle_options:
        minutes = cycles * paced.cycle_seconds / 60
        assert cycles / minutes == 6
    assert paced.default_seconds == 5 * 60  # five minutes by default


@pytest.mark.parametrize("routine_id", EXPECTED)
def test_lengths_are_sensible(routine_id):
    d = service.definitions()[routine_id]
    assert 60 <= d.default_seconds <= 10 * 60, "a routine takes between one and ten minutes by default"
    if d.kind == "breathing":
        assert d.default_cycles in d.cycle_options
        assert all(1 <= p.seconds <= 10 for p in d.phases)
        assert max(d.cycle_options) * d.cycle_seconds <= 10 * 60
    else:
        assert all(5 <= s.seconds <= 60 for s in d.steps)


@pytest.mark.parametrize("routine_id", EXPECTED)
def test_english_and_dutch_are_both_complete_and_differ(routine_id):
    en, nl = service.routine_text(routine_id, "en"), service.routine_text(routine_id, "nl")
    assert (en.locale, nl.locale) == ("en", "nl")
    for field in ("title", "summary", "intro", "outro"):
        assert getattr(en, field).strip() and getattr(nl, field).strip()
    assert en.summary != nl.summary and en.intro != nl.intro
    assert len(en.steps) == len(nl.steps) and len(en.phases) == len(nl.phases)
    assert all(a.body != b.body for a, b in zip(en.steps, nl.steps, strict=True))
    assert all(a.label and b.label and a.label != b.label for a, b in zip(en.phases, nl.phases, strict=True))
    assert service.routine_text(routine_id, "fr").locale == "en"  # a language we do not have: English


def test_grounding_walks_down_the_senses():
    titles = [s.title for s in service.routine_text("grounding", "en").steps]
    counted = [t for t in titles if t[0].isdigit()]
    assert [t[0] for t in counted] == ["5", "4", "3", "2", "1"]
    assert ["see", "feel", "hear", "smell", "taste"] == [t.split()[-1] for t in counted]


def test_muscle_relaxation_alternates_tensing_and_letting_go():
    steps = service.routine_text("muscle-relaxation", "en").steps
    tense = [s for s in steps if s.title.endswith(": tense")]
    release = [s for s in steps if s.title.endswith(": let go")]
    assert len(tense) == len(release) >= 6
    assert all(t.seconds < r.seconds for t, r in zip(tense, release, strict=True))


def test_no_routine_id_collides_with_a_page():
    assert "log" not in service.definitions()


def test_a_broken_definition_is_refused():
    with (service.DATA_DIR / "box.json").open(encoding="utf-8") as handle:
        box = json.load(handle)
    RoutineDefinition.model_validate(box)
    without_dutch = {**box, "text": {"en": box["text"]["en"]}}
    no_out_breath = {**box, "phases": [{"phase": "in", "seconds": 4}, {"phase": "hold", "seconds": 4}]}
    default_not_offered = {**box, "default_cycles": 5}
    with_steps = {**box, "steps": [{"seconds": 10, "text": {lang: {"title": "x", "body": "y"} for lang in LANGUAGES}}]}
    zero_seconds = {**box, "phases": [{"phase": "in", "seconds": 0}, {"phase": "out", "seconds": 4}]}
    for broken in (without_dutch, no_out_breath, default_not_offered, with_steps, zero_seconds):
        with pytest.raises(ValidationError):
            RoutineDefinition.model_validate(broken)


def test_unknown_routine_is_404():
    from alongside.errors import NotFound

    with pytest.raises(NotFound):
        service.routine_text("yoga", "en")
