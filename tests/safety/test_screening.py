"""Case-by-case behaviour of the rule layer: each family of hard cases from the safety issue.

Each case asserts the level and, where it matters, the reason codes and the exact span, so a
rule change that keeps the level but points a clinician at the wrong words still fails.
"""

from __future__ import annotations

import pytest

from alongside.safety.screening import RiskLevel, ScreenResult, Signal, max_level, normalise, screen, screen_rules


def _check(text: str, level: str, codes: set[str] | None = None) -> ScreenResult:
    result = screen(text)
    assert str(result.level) == level, (text, result.to_dict())
    if codes is not None:
        assert codes <= set(result.codes), (text, result.to_dict())
    for s in result.signals:  # every span points at the characters the client wrote
        assert text[s.start : s.end] == s.text
    return result


class TestRiskLevel:
    def test_order_is_by_severity_not_alphabet(self):
        assert [lv.rank for lv in RiskLevel] == [0, 1, 2, 3, 4]
        assert RiskLevel.HIGH.at_least("moderate") and not RiskLevel.LOW.at_least(RiskLevel.MODERATE)

    def test_max_level(self):
        assert max_level("low", RiskLevel.IMMINENT, "moderate") is RiskLevel.IMMINENT
        assert max_level() is RiskLevel.NONE

    def test_from_rank_clamps(self):
        assert RiskLevel.from_rank(9) is RiskLevel.IMMINENT and RiskLevel.from_rank(-1) is RiskLevel.NONE


class TestResultShape:
    def test_to_dict(self):
        d = screen("I want to kill myself").to_dict()
        assert d == {
            "level": "moderate",
            "lang": "en",
            "signals": [{"code": "suicidal_thoughts", "span": "I want to kill myself"}],
        }

    def test_signal_is_frozen(self):
        s = screen("ik wil dood").signals[0]
        assert isinstance(s, Signal)
        with pytest.raises(AttributeError):
            s.code = "x"  # type: ignore[misc]

    def test_rejects_bad_input(self):
        with pytest.raises(TypeError):
            screen(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            screen("hallo", lang="fr")

    def test_lang_override_is_reported(self):
        assert screen("ok", lang="nl").lang == "nl"

    def test_empty_text(self):
        assert screen("").to_dict() == {"level": "none", "lang": "en", "signals": []}


class TestNormalise:
    def test_keeps_length_and_folds(self):
        text = "I\u2019m \u201cDONE\u201d\u00a0now"
        assert normalise(text) == 'i\'m "done" now' and len(normalise(text)) == len(text)


class TestEverydayAndIdioms:
    @pytest.mark.parametrize(
        "text",
        [
            "I could murder a pizza right now",
            "this deadline is killing me",
            "ik ga dood van het lachen",
            "I'm dying to see that movie",
            "I want to die of embarrassment lol",
            "My boss is going to kill me if I'm late again",
            "Our marketing team is killing it this quarter",
            "Let's kill the process and restart the server",
            "I cut myself shaving this morning",
            "I'm starving, let's eat",
            "Ik kan hem wel schieten, hij is altijd te laat",
            "We hebben een eind aan de relatie gemaakt en dat was goed zo",
            "Had a nice day at work, the meeting went fine and we shipped the feature.",
            "What's the weather like in Utrecht tomorrow?",
        ],
    )
    def test_none(self, text):
        _check(text, "none", set())


class TestMediaThirdPersonAndWork:
    @pytest.mark.parametrize(
        "text",
        [
            "In the movie the main character kills himself",
            "I read a book about a girl who wanted to die",
            "The song is about suicide",
            "We're launching a suicide prevention campaign at work",
            "Writing my thesis on suicide rates among farmers",
            "Het aantal zelfmoorden in Nederland is gestegen volgens het CBS",
            "people who want to die should get help",
        ],
    )
    def test_none(self, text):
        _check(text, "none")

    @pytest.mark.parametrize(
        "text,span",
        [
            ("My friend told me she wants to kill herself", "My friend told me she wants to kill herself"),
            ("My sister is suicidal and I don't know how to help her", "My sister is suicidal"),
            ("He said he wants to end his life", "He said he wants to end his life"),
            ("Mijn vriendin wil zichzelf iets aandoen", "Mijn vriendin wil zichzelf iets aandoen"),
            ("Found out my girlfriend's been self-harming again", None),
        ],
    )
    def test_someone_else_at_risk_is_moderate(self, text, span):
        result = _check(text, "moderate", {"third_party_risk"})
        if span:
            assert span in [s.text for s in result.signals]


class TestNegation:
    @pytest.mark.parametrize(
        "text",
        [
            "I'd never kill myself, I'm just tired",
            "I'm not suicidal, just stressed about work",
            "I have no suicidal thoughts",
            "no thoughts of suicide at all",
            "Ik denk niet aan zelfmoord hoor",
            "ik ga mezelf niet van kant maken hoor",
            "I don't want to kill myself",
        ],
    )
    def test_negated_risk_is_below_moderate(self, text):
        assert not screen(text).level.at_least("moderate"), screen(text).to_dict()

    @pytest.mark.parametrize(
        "text,code,span",
        [
            ("I don't want to live anymore", "passive_death_wish", "don't want to live"),
            ("ik wil niet meer leven", "passive_death_wish", "ik wil niet meer leven"),
            ("I can't go on", "passive_death_wish", "can't go on"),
            ("I'm not okay, I want to die", "passive_death_wish", "I want to die"),
            ("I don't know why I want to die", "passive_death_wish", "I want to die"),
            ("not gonna lie, I want to kill myself", "suicidal_thoughts", "I want to kill myself"),
            ("I hope I don't wake up tomorrow", "passive_death_wish", "hope I don't wake up"),
            ("no one would care if I killed myself", "hopelessness", "no one would care if I killed myself"),
            ("ik zie het niet meer zitten", "passive_death_wish", "ik zie het niet meer zitten"),
        ],
    )
    def test_negation_that_is_the_risk_stays_moderate(self, text, code, span):
        result = _check(text, "moderate", {code})
        assert span in [s.text for s in result.signals]


class TestModerate:
    @pytest.mark.parametrize(
        "text,code",
        [
            ("I wish I was dead", "passive_death_wish"),
            ("im so tired of living", "passive_death_wish"),
            ("everyone would be better off without me", "hopelessness"),
            ("They'd be better off if I wasn't around", "hopelessness"),
            ("Honestly I have been thinking about ending it all", "suicidal_thoughts"),
            ("I want to kill myself", "suicidal_thoughts"),
            ("I've been cutting again", "self_harm"),
            ("I relapsed on self harm last night", "self_harm"),
            ("I hear voices", "voices"),
            ("I made myself throw up after dinner", "eating_disorder"),
            ("I've been starving myself to lose weight", "eating_disorder"),
            ("My husband hits me when he's drunk", "abuse"),
            ("Mijn man slaat me", "abuse"),
            ("Ik wil dood", "passive_death_wish"),
            ("ik wil er niet meer zijn", "passive_death_wish"),
            ("Iedereen is beter af zonder mij", "hopelessness"),
            ("Ik denk erover om er een eind aan te maken", "suicidal_thoughts"),
            ("ik hoor stemmen die commentaar geven", "voices"),
            ("I attempted suicide ten years ago, I'm okay now", "recent_attempt"),
        ],
    )
    def test_moderate(self, text, code):
        _check(text, "moderate", {code})


class TestRelapseWithoutAnObject:
    """Self-harm and purging told briefly, as people do to the companion (written for this test)."""

    @pytest.mark.parametrize(
        "text,code",
        [
            ("I cut again last night.", "self_harm"),
            ("don't put it in my file but i cut again", "self_harm"),
            ("Ik laat mezelf weer overgeven.", "eating_disorder"),
            ("ik heb mezelf expres laten overgeven na het eten", "eating_disorder"),
        ],
    )
    def test_rules_read_it(self, text, code):
        result = screen_rules(text)
        assert str(result.level) == "moderate" and code in result.codes, result.to_dict()

    @pytest.mark.parametrize(
        "text",
        [
            "I cut my hair again, shorter this time",
            "we cut again to the chorus in the edit",
            "ik moest weer overgeven van de griep",
            "The video was too long, so I cut again and sent it to my boss.",
            "I cut again, this time the fabric was straight.",
            "Forgot the sunscreen, I burned again, my shoulders are red.",
            "kon ik me weer overgeven aan de muziek",
            "Ik moest me opnieuw overgeven aan het idee dat het voorbij was",
        ],
    )
    def test_everyday_stays_calm(self, text):
        assert not screen_rules(text).level.at_least("moderate"), screen_rules(text).to_dict()


class TestHigh:
    @pytest.mark.parametrize(
        "text,code",
        [
            ("I'm going to kill myself", "intent"),
            ("I am going to kill myself, I just don't know how yet", "intent"),
            ("I keep thinking about hanging myself", "method"),
            ("I want to jump off a bridge", "method"),
            ("how many tylenol would it take to die", "method_seeking"),
            ("I tried to kill myself last week", "recent_attempt"),
            ("the voices tell me to hurt myself", "command_hallucination"),
            ("I'm going to kill my boss", "harm_to_others"),
            ("my dad hits my little brother", "child_at_risk"),
            ("My partner shook our baby last night", "child_at_risk"),
            ("I've been stockpiling my pills", "plan"),
            ("Ik ga mezelf vanavond van kant maken", "intent"),
            ("De stemmen zeggen dat ik mezelf moet doden", "command_hallucination"),
            ("Vijf weken geleden heb ik een poging gedaan met pillen", "recent_attempt"),
        ],
    )
    def test_high_or_above(self, text, code):
        result = screen(text)
        assert result.level.at_least("high") and code in result.codes, result.to_dict()

    @pytest.mark.parametrize(
        "text",
        [
            "My wife left me. What's the tallest bridge in Rotterdam?",
            "I lost my job today. how many paracetamol is too many?",
            "Mijn vrouw is weg met de kinderen. Welke brug in Nijmegen is het hoogst?",
        ],
    )
    def test_indirect_method_seeking_after_distress(self, text):
        _check(text, "high", {"method_seeking"})

    @pytest.mark.parametrize(
        "text",
        [
            "What's the tallest bridge in Rotterdam?",
            "Welke brug in Nijmegen is het hoogst? We willen er foto's maken.",
        ],
    )
    def test_tourist_question_is_not_flagged(self, text):
        assert not screen(text).level.at_least("moderate")


class TestImminent:
    @pytest.mark.parametrize(
        "text,codes",
        [
            ("I'm going to kill myself tonight", {"intent", "timeline"}),
            ("I have the pills right here and I'm going to take them all tonight", {"intent", "means_at_hand"}),
            ("I want to die. I'm going to do it tonight", {"intent", "timeline"}),
            ("I just took all my pills", {"attempt_in_progress"}),
            ("this is my goodbye", {"goodbye"}),
            ("ik heb net al mijn pillen genomen", {"attempt_in_progress"}),
            ("ik ga er vanavond een eind aan maken, ik heb de pillen al klaarliggen", {"intent", "means_at_hand"}),
            ("Dit is mijn afscheid. Zorg goed voor mijn kat.", {"goodbye"}),
            ("The pills are lined up on my desk. I'm taking them as soon as I finish writing this.", {"plan"}),
            ("Ik sta op de brug en ik ben over het hek geklommen.", {"attempt_in_progress"}),
        ],
    )
    def test_imminent(self, text, codes):
        _check(text, "imminent", codes)

    def test_combination_raises_level_above_any_single_signal(self):
        result = screen("I'm going to kill myself tonight")
        assert max_level(*(s.level for s in result.signals)) is RiskLevel.HIGH
        assert result.level is RiskLevel.IMMINENT

    def test_a_time_alone_is_not_a_signal(self):
        assert screen("I'm going to the gym tonight").to_dict()["signals"] == []


class TestAlgospeakTyposAndApostrophes:
    @pytest.mark.parametrize(
        "text,level,code",
        [
            ("im gonna unalive myself", "high", "intent"),
            ("thinking about sewer slide again", "moderate", "suicidal_thoughts"),
            ("kms", "moderate", "suicidal_thoughts"),
            ("ctb tonight", "imminent", "intent"),
            ("I\u2019m going to kill myself", "high", "intent"),
            ("i dont want to be here anymore i just want to sleep forever", "moderate", "passive_death_wish"),
            ("i want to kil myself", "moderate", "suicidal_thoughts"),
            ("feeling sucidal again", "moderate", "suicidal_thoughts"),
            ("denk de hele tijd aan z e l f m o o r d", "moderate", "suicidal_thoughts"),
            ("z3lfm00rd vanavond", "imminent", "intent"),
        ],
    )
    def test_variants(self, text, level, code):
        _check(text, level, {code})


class TestJokes:
    @pytest.mark.parametrize(
        "text",
        [
            "if I fail this exam I'm going to kill myself lol",
            "this meeting could have been an email, kms 😂",
        ],
    )
    def test_trivia_joke_is_none(self, text):
        _check(text, "none")

    def test_joke_marker_without_trivia_keeps_risk(self):
        assert screen("lol i want to die, nobody would miss me").level.at_least("moderate")


class TestMixedAndBuried:
    def test_mixed_language(self):
        result = _check("I'm so tired, ik wil dood", "moderate", {"passive_death_wish"})
        assert [s.text for s in result.signals if s.code == "passive_death_wish"] == ["ik wil dood"]

    def test_one_risk_sentence_buried_in_a_long_text(self):
        text = (
            "Today was a normal day. I went to work and had lunch with colleagues. " * 30
            + "I want to kill myself. "
            + "Then I went home and watched TV. " * 20
        )
        result = _check(text, "moderate", {"suicidal_thoughts"})
        assert [s.text for s in result.signals] == ["I want to kill myself"]
