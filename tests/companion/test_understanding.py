"""The understanding step: intents, the client's own feeling words, distortions, plans, delusions."""

from __future__ import annotations

import pytest

from alongside.companion.pipeline.understanding import understand


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Everyone at work hates me", "en", "mind_reading"),
        ("Iedereen haat me", "nl", "mind_reading"),
        ("I'll never pass this exam", "en", "fortune_telling"),
        ("Het wordt nooit meer beter", "nl", "fortune_telling"),
        ("This is going to be a total disaster", "en", "catastrophising"),
        ("I ruined everything", "en", "all_or_nothing"),
        ("I should have known better", "en", "should_statements"),
        ("Ik had het beter moeten doen", "nl", "should_statements"),
        ("This always happens to me", "en", "overgeneralisation"),
        ("Elke keer gaat het mis", "nl", "overgeneralisation"),
        ("I'm such an idiot", "en", "labelling"),
        ("Ik ben een mislukkeling", "nl", "labelling"),
        ("It's all my fault they broke up", "en", "personalisation"),
        ("Het is mijn schuld", "nl", "personalisation"),
    ],
)
def test_distortions(text, lang, kind):
    assert kind in understand(text, lang).distortions


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("I'm going to stop taking my sertraline", "stop_medication"),
        ("Ik stop met mijn medicijnen", "stop_medication"),
        ("I'll quit my job tomorrow without a plan", "quit_impulsively"),
        ("Ik ga me vanavond klem zuipen", "drink_or_drugs"),
        ("I want to get back at him", "revenge"),
        ("I'm going to cut everyone off", "isolate"),
        ("Ik ga al mijn spaargeld vergokken", "spend_or_gamble"),
        ("I'm going to cancel all my therapy sessions", "stop_therapy"),
    ],
)
def test_risky_plans(text, plan):
    assert understand(text, "nl" if " ik " in f" {text.lower()} " else "en").risky_plan == plan


@pytest.mark.parametrize(
    "text",
    [
        "I know I'm actually dead",
        "The TV is sending me messages",
        "Ze lezen mijn gedachten via een chip in mijn hoofd",
        "Mijn moeder is vervangen door een dubbelganger",
        "I'm the chosen one",
    ],
)
def test_delusions(text):
    assert understand(text, "en").delusion


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik heb geen organen meer, ze zijn allemaal verrot", "nl"),
        ("ik weet gewoon dat ik gevolgd word, overal waar ik ga", "nl"),
        ("de lampen in de gang knipperen telkens als ik erlangs loop, dat is voor mij bedoeld", "nl"),
        ("I know for a fact I'm being watched", "en"),
        ("the streetlights flicker every time i walk under them, it's a sign", "en"),
    ],
)
def test_delusions_without_the_usual_frame(text, lang):
    # written for this test (the companion's dev set had two Dutch items of this shape)
    assert understand(text, lang).delusion


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik weet dat ik gevolgd word door mijn teamleider op LinkedIn", "nl"),
        ("the lights flicker when the washing machine runs", "en"),
        ("ik heb geen zin meer in dat werk", "nl"),
    ],
)
def test_everyday_not_delusions(text, lang):
    assert not understand(text, lang).delusion


@pytest.mark.parametrize("text", ["I'm dead tired", "I'm dead inside lol", "The TV was boring"])
def test_not_delusions(text):
    assert not understand(text, "en").delusion


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Are you a real person?", "ask_ai"),
        ("Praat ik met een mens?", "ask_ai"),
        ("Do you think I have ADHD?", "ask_diagnosis"),
        ("Ben ik depressief?", "ask_diagnosis"),
        ("How many mg of quetiapine can I take?", "ask_medication"),
        ("Mag ik wijn drinken met mijn oxazepam?", "ask_medication"),
        ("I love you", "romance"),
        ("Don't tell my therapist", "secrecy"),
        ("Vertel het niet aan mijn therapeut", "secrecy"),
        ("Just agree with me", "seek_agreement"),
        ("Iedereen vindt me raar, toch?", "seek_agreement"),
        ("Promise you'll always be there", "promise_request"),
        ("You're the only one I talk to", "dependence"),
        ("I'm having a panic attack", "panic"),
        ("Ik pieker de hele tijd", "worry"),
        ("I stayed in bed all day", "low_activity"),
        ("What is a thought record?", "psychoeducation"),
    ],
)
def test_intents(text, intent):
    assert intent in understand(text, "en").intents


def test_feelings_in_the_clients_own_words_without_negated_or_ambiguous_ones():
    u = understand("I'm not happy, I feel really anxious and a bit lonely. Calm down, I lost my keys.", "en")
    assert u.emotions == ["anxious", "lonely"]
    assert u.emotion_kinds == {"anxious", "lonely"}
    assert understand("My therapist is useless", "en").emotions == []
    assert understand("I feel useless", "en").emotions == ["useless"]
    assert understand("Ik voel me zo alleen en verdrietig", "nl").emotions == ["alleen", "verdrietig"]


def test_method_questions():
    assert understand("What are the tallest bridges in Rotterdam?", "en").method_request
    assert understand("Hoeveel slaappillen heb je nodig om niet meer wakker te worden?", "nl").method_request
    assert not understand("Which bridge in Rotterdam is prettiest for a photo?", "en").method_request
