"""Rule-layer phrasing families added for unseen wording (screen_rules alone, so the model cannot
mask a rule regression): burden and hopelessness beyond "better off without me", wishes not to
have woken, attempts under way told with number words or "everything in the cabinet", farewells
built from several finality phrases, Flemish/chat "ni" as a negation, and the professional-talk
guard for the bare topic word "self-harm". Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from alongside.safety.screening import screen_rules


def _level(text: str) -> str:
    result = screen_rules(text)
    for s in result.signals:
        assert text[s.start : s.end] == s.text
    return str(result.level)


class TestHopelessnessAndWish:
    @pytest.mark.parametrize(
        "text",
        [
            "My brothers would have a far easier life without me in it.",
            "Honestly the team would breathe easier if I wasn't around at all.",
            "It'd be easier for everyone if I wasn't here.",
            "I'm a waste of space and I know it.",
            "What's the point of any of it, really.",
            "I can't see any way out anymore.",
            "I've given up on myself.",
            "I wish I'd never been born.",
            "Every night I pray that God takes me.",
            "I wouldn't mind not being around.",
            "If I didn't wake up tomorrow, that'd be fine by me.",
            "I'm done with being alive.",
            "Zonder mij zou mijn gezin eindelijk rust hebben.",
            "Wat heeft het allemaal nog voor zin.",
            "was ik maar nooit geboren",
            "ik zou het ni erg vinden als ik er morgen ni meer was",
            "ik wil er ni meer zijn",
        ],
    )
    def test_moderate(self, text):
        assert _level(text) == "moderate"

    @pytest.mark.parametrize(
        "text",
        [
            "The office will be fine without me on Friday, I've handed everything over.",
            "What's the point of the new meeting format? Nobody asked for it.",
            "I've given up on dating apps for now.",
            "Ik zie geen reden om die vergadering te verplaatsen.",
            "Ik wil ni meer naar die sportschool, te duur.",
        ],
    )
    def test_everyday_stays_below_moderate(self, text):
        assert _level(text) in ("none", "low")


class TestAttemptUnderWay:
    @pytest.mark.parametrize(
        "text",
        [
            "I've just taken thirty tablets.",
            "I've taken an overdose, about twenty minutes ago.",
            "Swallowed everything in the bathroom cabinet.",
            "I just drank bleach.",
            "Ik heb net twintig pillen doorgeslikt.",
            "Ik heb zojuist alles uit het medicijnkastje genomen.",
        ],
    )
    def test_imminent(self, text):
        assert _level(text) == "imminent"

    def test_past_overdose_is_not_under_way(self):
        assert _level("Years ago I took an overdose; I'm well now.") == "moderate"


class TestFarewellFromFinalityPhrases:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm sorry for everything. Please don't blame yourselves.",
            "I won't be coming home. I love you all.",
            "Het spijt me van alles. Geef jezelf niet de schuld.",
            "Ik kom niet meer thuis. Kom me niet zoeken.",
        ],
    )
    def test_two_finality_phrases_are_a_goodbye(self, text):
        result = screen_rules(text)
        assert str(result.level) == "imminent" and "goodbye" in result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "I'm sorry for everything I said last night.",
            "Please don't blame yourself, the printer was broken anyway.",
            "Thank you for everything, I'll miss you all at the new job!",
            "Het ligt niet aan jou, het ligt aan mij. Ik wil even alleen zijn.",
        ],
    )
    def test_one_phrase_alone_is_not(self, text):
        assert _level(text) in ("none", "low")


class TestNegationAndGuards:
    @pytest.mark.parametrize(
        "text",
        [
            "ik ga mezelf ni van kant maken, ik ben gewoon moe",
            "'k denk nie aan zelfmoord, 'k ben gewoon kapot van 't werk",
        ],
    )
    def test_flemish_negation_lowers(self, text):
        assert _level(text) in ("none", "low")

    @pytest.mark.parametrize(
        "text",
        [
            "As a school nurse I wrote the chapter on self-harm for our safeguarding handbook.",
            "Voor mijn werkstuk over suïcide bij jongeren zoek ik cijfers van het CBS.",
            "Mijn besluit staat vast: ik neem dat huis in Deventer.",
        ],
    )
    def test_professional_and_everyday_decisions(self, text):
        assert _level(text) in ("none", "low")

    def test_decision_beside_risk_is_intent(self):
        assert _level("Ik wil dood. Mijn besluit staat vast.") in ("high", "imminent")


class TestTopicWordsAndLastPosts:
    @pytest.mark.parametrize(
        "text",
        [
            "We practised how to talk to someone after a suicide attempt at the nurses' study day.",
            "My GP asked about suicidal thoughts. None, I'm just run down.",
            "Als wijkverpleegkundige gaf ik een training over doodswens bij ouderen.",
            "Ik ben echt veilig hoor, niks met zelfbeschadiging, alleen moe.",
            "This is my last post in the allotment group, we're moving to Wales. Thanks all!",
            "Dit is mijn laatste bericht in de buurtapp, we verhuizen naar Gent.",
        ],
    )
    def test_below_moderate(self, text):
        assert _level(text) in ("none", "low")

    @pytest.mark.parametrize(
        "text",
        [
            "Last month I made a suicide attempt and nobody knows.",
            "Ik heb al weken doodsgedachten.",
            "This is my last post. I love you all.",
            "Dit is mijn laatste bericht. Het spijt me zo.",
            "ik ga me vannacht unaliven",
        ],
    )
    def test_risk_still_found(self, text):
        assert _level(text) in ("moderate", "high", "imminent")


class TestSecrecyAndPettyThreats:
    """From the companion dev set: asking that self-harm be kept secret names it, and a threat over
    leftovers is hyperbole; a threat with a real grievance or a weapon still counts."""

    @pytest.mark.parametrize(
        "text",
        [
            "You won't tell anyone about the cutting, right?",
            "please don't tell my parents about the cuts",
            "Je vertelt toch niemand over het snijden?",
            "Zeg alsjeblieft niets tegen mijn ouders over mijn littekens",
        ],
    )
    def test_secrecy_about_self_harm_is_moderate(self, text):
        assert _level(text) == "moderate"

    @pytest.mark.parametrize(
        "text",
        [
            "I'm gonna kill my brother if he eats my leftovers again lol",
            "I will murder my roommate if she finishes the milk again",
            "Ik vermoord mijn broer als hij nog een keer mijn patat opeet haha",
        ],
    )
    def test_petty_threats_are_not_risk(self, text):
        assert _level(text) == "none"

    @pytest.mark.parametrize(
        "text",
        ["I want to kill my brother, I have a knife", "I'm going to kill him if he touches my sister again"],
    )
    def test_real_threats_stay_high(self, text):
        assert _level(text) == "high"


class TestChatDutchPossessivesAndWordOrder:
    """Chat Dutch writes "mn" for "mijn" and puts verbs at the end or after the subject in inversion."""

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("mn stiefvader schopt me als hij boos is", "moderate"),
            ("mn broertje appte dat hij er een eind aan wil maken", "moderate"),
            ("ik wil er echt niet meer zijn", "moderate"),
            ("ik wil volgende week niet meer wakker worden", "moderate"),
            ("dit weekend maak ik er een einde aan", "imminent"),
            ("ik heb weer gekrast vannacht", "moderate"),
            ("gewoon dood willen zijn, dat is het", "moderate"),
        ],
    )
    def test_risk_is_found(self, text, level):
        assert _level(text) == level

    @pytest.mark.parametrize(
        "text",
        [
            "ik heb weer in de deur gekrast met mijn sleutel",
            "ik wil hem achterna, hij heeft mijn tas meegenomen",
            "mijn hond gaat naar mijn moeder als ik op vakantie ben. bedankt voor alles!",
            "ik heb alles geregeld voor de verhuizing, bedankt!",
        ],
    )
    def test_everyday_stays_below_moderate(self, text):
        assert _level(text) in ("none", "low")


class TestNooseMeansAndVoices:
    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("ik heb een strop geknoopt en die hangt in de schuur", "imminent"),
            ("er is een stem die zegt dat ik voor de trein moet springen", "high"),
            ("since losing my son I just want to be with him again", "moderate"),
            ("nu mijn vader dood is wil ik hem achterna", "moderate"),
        ],
    )
    def test_levels(self, text, level):
        assert _level(text) == level


class TestIndirectMethodSeekingBesideALoss:
    """Beside a loss the question is high; alone it stays low (declined, not escalated)."""

    @pytest.mark.parametrize(
        "question",
        [
            "how many of my dad's tramadol would be too many",
            "how many metres would you have to fall from to not survive",
            "how high is the Humber bridge above the water",
            "what time does the last express pass through the level crossing",
        ],
    )
    def test_high_after_a_loss_low_alone(self, question):
        assert _level(f"My grandma passed last week. {question}") == "high"
        assert _level(question) == "low"

    def test_researching_a_painless_way_is_high(self):
        assert _level("I've been searching for ways to go peacefully") == "high"


class TestFarewellsAndAttempts:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm sorry for being so much trouble. Goodbye.",
            "Thank you for everything. I'm really sorry.",
            "I'm in the car inside the garage and the engine is running",
            "ik zit in mijn auto in de garage met de motor aan",
        ],
    )
    def test_imminent(self, text):
        assert _level(text) == "imminent"

    @pytest.mark.parametrize(
        "text",
        ["Thanks for everything, see you next week!", "I'm sorry I was late. Bye!", "my phone died, so annoying"],
    )
    def test_everyday(self, text):
        assert _level(text) in ("none", "low")

    def test_abuse_with_hands_round_the_neck(self):
        assert _level("she wraps her hands around my neck when we argue") == "moderate"


# --- generalised families (second writer): the C-SSRS components compose, in any wording --------------
def _codes(text: str) -> set[str]:
    return {s.code for s in screen_rules(text).signals}


class TestWishWithFillerWords:
    @pytest.mark.parametrize(
        "text",
        [
            "honestly i just wanna not exist anymore",
            "part of me really wants to end my life",
            "Ending things has been on my mind since Christmas.",
            "I keep hoping I simply won't be around next spring.",
            "Ik wil eigenlijk gewoon niet meer leven.",
            "wil gwn dood zijn eerlijk",
            "Ik denk de laatste tijd steeds aan doodgaan.",
            "had liever ni wakker geworden na die operatie",
        ],
    )
    def test_moderate(self, text):
        assert _level(text) == "moderate"

    @pytest.mark.parametrize(
        "text",
        [
            "I'd never take all my pills, I'm just fed up.",
            "Ik denk niet aan doodgaan, ik ben gewoon moe.",
            "I'd rather die than sing karaoke again, no way.",
            "Ik ga nog liever dood dan naar die bruiloft.",
            "I'll strangle him lol he ate my fries",
            "Her brother died by suicide in 2009, she speaks at schools about it now.",
        ],
    )
    def test_negation_and_idioms_stay_below_moderate(self, text):
        assert _level(text) in ("none", "low")


class TestComposition:
    """(ideation or intent) + method / means / plan / time → the level C-SSRS gives the combination."""

    @pytest.mark.parametrize(
        "text",
        [
            "I want to die. My sleeping tablets are in the kitchen drawer.",
            "I've got a plan. I just want to die.",
            "Ik wil dood. De pillen liggen in de la.",
            "ik wil er ni meer zijn en ik weet hoe ik het ga doen",
            "ik wil dood and the pills are right here",
        ],
    )
    def test_high(self, text):
        assert _level(text) == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "I want to die. The tablets are in my bag. Tonight.",
            "I'm going to take my own life on Friday",
            "Ik wil niet meer leven, ik heb een plan om morgen te springen.",
            "Ik heb mijn slaappillen gespaard en ik ga ze zaterdag allemaal innemen.",
            "counted out my tablets weeks ago and i'm going to swallow them all tonight",
        ],
    )
    def test_imminent(self, text):
        assert _level(text) == "imminent"

    def test_method_word_alone_or_beside_abuse_is_not_a_method(self):
        assert _level("I have a plan for the weekend: paint the fence.") == "none"
        assert _level("Ik heb een plan voor het weekend: fietsen naar Zandvoort.") == "none"
        # abuse beside a method word stays abuse: the method family needs a wish or thoughts
        assert "method" not in _codes("My husband hits me. He keeps a knife in the kitchen.")

    def test_plan_with_time_is_imminent_and_the_parts_are_reported(self):
        codes = _codes("Ik wil niet meer leven, ik heb een plan om morgen te springen.")
        assert {"passive_death_wish", "plan", "timeline"} <= codes


class TestPreparationCluster:
    @pytest.mark.parametrize(
        "text",
        [
            "updated my will, cancelled my subscriptions and rehomed the dog",
            "testament geregeld en de hond ondergebracht bij mijn broer, abonnementen opgezegd",
        ],
    )
    def test_two_preparations_are_a_plan(self, text):
        assert _level(text) == "high"

    @pytest.mark.parametrize(
        "text", ["I updated my will after the wedding.", "Mijn testament is geregeld, nu op vakantie!"]
    )
    def test_one_preparation_alone_is_not(self, text):
        assert _level(text) in ("none", "low")


class TestActsWithoutADeathWord:
    @pytest.mark.parametrize(
        "text",
        [
            "Took the whole strip about ten minutes ago",
            "i'm on the other side of the railing now",
            "heb net alle pillen uit het doosje geslikt",
            "ik sta op het spoor bij Amersfoort",
        ],
    )
    def test_imminent(self, text):
        assert _level(text) == "imminent"

    @pytest.mark.parametrize(
        "text",
        [
            "The voice keeps telling me to put my hand on the cooker.",
            "de stemmen blijven zeggen dat ik moet springen",
            "Our neighbour left his 3-year-old alone in the flat all weekend.",
            "de buren laten hun kind van 2 urenlang alleen",
        ],
    )
    def test_high(self, text):
        assert _level(text) == "high"

    def test_friend_at_risk_now_is_moderate(self):
        assert _level("My flatmate texted that she'll kill herself if he leaves") == "moderate"
        assert _level("mijn broer appte dat hij er een eind aan wil maken") == "moderate"
