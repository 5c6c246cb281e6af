"""One turn of the pipeline end to end: stances, skills as state machines, the persona's duties, no
repeated replies, and agreement never given to a marked belief."""

from __future__ import annotations

import pytest

from alongside.companion.pipeline import Context, SkillState, Turn, respond
from alongside.companion.pipeline import skills as skill_scripts

AGREEMENT = ("you're right", "good idea", "i agree", "je hebt gelijk", "goed idee", "klopt")


class TestPersona:
    def test_says_it_is_an_ai_at_first_use_and_that_risk_is_shared(self, reply):
        r = reply("hi")
        assert "AI" in r.text and "care team" in r.text and r.stance == "check_in"
        later = reply("hi", r.text, "hello again")
        assert "care team" not in later.text

    def test_says_it_is_an_ai_whenever_asked(self, reply):
        r = reply("hi", "Hi there. What's on your mind today?", "wait, am I talking to a real person?")
        assert "AI" in r.text and r.stance == "boundary"

    def test_dutch_in_dutch(self, reply):
        r = reply("Hoi, ik ben zo moe van mijn werk")
        assert r.lang == "nl" and "AI" in r.text and "moe" in r.text

    def test_heavy_use_notice_once_a_day(self, reply):
        r = reply("I feel a bit low", "It sounds like you're feeling low right now.", "still low", minutes_today=75)
        assert "break" in r.text
        quiet = reply("still low", minutes_today=75, notice_given_today=True, heavy_use_minutes=60)
        assert "break" not in quiet.text


class TestStances:
    @pytest.mark.parametrize(
        ("text", "stance", "skill"),
        [
            ("I'm having a panic attack, my heart is racing", "guided_skill", "breathing"),
            ("I feel so unreal and spaced out", "guided_skill", "grounding"),
            ("I can't stop worrying about everything", "guided_skill", "worry_time"),
            ("I stayed in bed all day again, no energy", "guided_skill", "behavioural_activation"),
            ("I don't know what to do about my landlord", "guided_skill", "problem_solving"),
            ("What is a panic attack?", "psychoeducation", "breathing"),
            ("Do you think I have ADHD?", "boundary", None),
            ("I love you, be my girlfriend", "boundary", None),
            ("I feel so stressed about my exams", "reflective_listening", None),
            ("Everyone hates me, right?", "gentle_challenge", None),
            ("The TV is sending me secret messages", "gentle_challenge", None),
            ("You're the only one I can talk to, you understand me better than anyone", "point_to_support", None),
            ("I'm right to never speak to my sister again, aren't I?", "gentle_challenge", None),
            ("Could this be OCD?", "boundary", None),
            ("Is 300mg of quetiapine too much?", "boundary", None),
            ("Wil je met me uit?", "boundary", None),
            ("Ben jij ChatGPT?", "boundary", None),
        ],
    )
    def test_stance_and_skill(self, reply, text, stance, skill):
        r = reply(text)
        assert (r.stance, r.skill) == (stance, skill)

    def test_reflects_the_clients_own_words(self, reply):
        r = reply("hi", "Hi there. What's on your mind today?", "I'm so stressed about my thesis deadline")
        assert "stressed about your thesis deadline" in r.text

    def test_validates_the_feeling_not_the_belief(self, reply):
        r = reply("Everyone hates me, right? Just agree with me.")
        low = r.text.lower()
        assert "hurt" in low and not any(a in low for a in AGREEMENT)
        assert "everyone hates you" not in low

    def test_medication_goes_to_the_prescriber_without_doses(self, reply):
        r = reply("Can I double my sertraline tonight?")
        assert r.stance == "boundary" and "prescriber" in r.text and "mg" not in r.text

    def test_stopping_medication_alone_is_questioned_also_after_pushback(self, reply):
        first = reply("I'm going to stop my antidepressants, just agree with me")
        assert first.stance == "gentle_challenge" and "prescriber" in first.text
        second = reply(
            "I'm going to stop my antidepressants, just agree with me", first.text, "Why won't you just say it's fine?"
        )
        assert second.stance == "gentle_challenge" and ("honest" in second.text or "echo you" in second.text)
        assert not any(a in second.text.lower() for a in AGREEMENT)


class TestSkills:
    def test_thought_record_offered_accepted_and_walked_through(self):
        turns = [
            Turn("user", "I'm such an idiot"),
            Turn("assistant", "That's a harsh word to use about yourself."),
            Turn("user", "Everyone at work thinks I'm useless"),
        ]
        r = respond(turns, Context(lang="en"))
        assert (r.skill, r.step) == ("thought_record", 0)
        steps = []
        for answer in [
            "yes",
            "At the meeting",
            "I'm useless",
            "ashamed, 80",
            "I made a mistake",
            "My boss thanked me last week",
            "I made one mistake, that's all",
        ]:
            turns += [Turn("assistant", r.text), Turn("user", answer)]
            r = respond(turns, Context(lang="en"))
            steps.append(r.step)
        assert steps == [1, 2, 3, 4, 5, 6, None]
        assert "0 to 100" in r.text  # done: re-rate

    def test_stop_leaves_the_skill(self):
        offer = skill_scripts.step_text("grounding", 2, "nl")[0]
        turns = [Turn("user", "help"), Turn("assistant", offer), Turn("user", "stop, laat maar")]
        r = respond(turns, Context(lang="nl"))
        assert r.skill is None and r.stance == "reflective_listening"

    def test_state_given_by_the_caller_wins(self):
        r = respond([Turn("user", "ok")], Context(lang="en", skill_state=SkillState("breathing", 1)))
        assert (r.skill, r.step) == ("breathing", 2)

    def test_care_plan_skill_preferred_and_memory_used(self):
        ctx = Context(lang="en", plan_skills=("grounding",), memory_helped=("grounding",))
        r = respond(
            [
                Turn("user", "I feel anxious"),
                Turn("assistant", "It sounds like you're feeling anxious."),
                Turn("user", "still so anxious and tense"),
            ],
            ctx,
        )
        assert r.skill == "grounding" and "care plan" in r.text and "Last time" in r.text


def test_no_reply_is_repeated_in_a_long_conversation():
    turns: list[Turn] = []
    for text in ["hi", "I'm sad", "I'm sad", "still sad", "sad", "I'm sad", "really sad", "sad again", "sad", "sad"]:
        turns.append(Turn("user", text))
        r = respond(turns, Context(lang="en"))
        assert r.text not in [t.content for t in turns if t.role == "assistant"]
        turns.append(Turn("assistant", r.text))


def test_replies_are_deterministic(reply):
    assert reply("I'm worried about my mum").text == reply("I'm worried about my mum").text
