"""Clients without a therapist (on the waiting list): risk goes to the organisation's intake team, so the
companion speaks of the intake team, never of "your therapist" / "je therapeut". Clients with a therapist,
and callers that do not know (the command line), keep today's wording."""

from __future__ import annotations

import json
import re

import pytest

from alongside.companion.pipeline import Context, Turn, respond
from alongside.companion.pipeline.check import check_reply
from alongside.companion.pipeline.library import DATA, Picker
from alongside.companion.pipeline.persona import system_prompt

# "your therapist", "my therapist", "je therapeut", "jouw/mijn therapeut", ... (the AI saying it is "not a
# therapist" / "geen therapeut" is fine).
OWN_THERAPIST = re.compile(r"\b(?:your|my|their)\s+therapist|\b(?:je|jouw|mijn|m'n)\s+therapeut", re.I)
TEAM = re.compile(r"intake team|care team|intaketeam|behandelteam", re.I)

CRISIS = {"en": "I want to kill myself tonight", "nl": "ik wil dood, ik wil er een eind aan maken"}
REAL_PERSON = {"en": "Can I talk to a real person?", "nl": "Kan ik met een echt mens praten?"}
ARE_YOU_REAL = {"en": "Are you a real person?", "nl": "Ben je een echt mens?"}
ORDINARY = {
    "en": "I had a rough day at work and I feel sad",
    "nl": "Ik had een rotdag op mijn werk en ik voel me verdrietig",
}
LONELY = {
    "en": "I feel lonely and I don't know who to talk to",
    "nl": "Ik voel me eenzaam en weet niet met wie ik kan praten",
}
EARLIER = {
    "en": ("Hi", "Hi, good to hear from you. How are you?"),
    "nl": ("Hoi", "Hoi, fijn dat je er bent. Hoe gaat het?"),
}


def _reply(text: str, lang: str, *, has_therapist: bool | None, earlier: bool = False):
    turns = [Turn("user", EARLIER[lang][0]), Turn("assistant", EARLIER[lang][1])] if earlier else []
    return respond([*turns, Turn("user", text)], Context(lang=lang, has_therapist=has_therapist))


def _ids(value):
    return value if isinstance(value, str) else value["en"][:24]


FIRST = [(m, lang) for m in (CRISIS, REAL_PERSON, ORDINARY) for lang in ("en", "nl")]
LATER = [(m, lang) for m in (CRISIS, REAL_PERSON, ARE_YOU_REAL, ORDINARY, LONELY) for lang in ("en", "nl")]


@pytest.mark.parametrize(("messages", "lang"), FIRST, ids=_ids)
def test_first_reply_without_a_therapist_names_the_intake_team(messages, lang):
    reply = _reply(messages[lang], lang, has_therapist=False)
    assert not OWN_THERAPIST.search(reply.text), reply.text
    assert TEAM.search(reply.text), reply.text
    assert check_reply(reply.text, reply.understanding) == []


@pytest.mark.parametrize(("messages", "lang"), LATER, ids=_ids)
def test_later_reply_without_a_therapist_never_says_your_therapist(messages, lang):
    today = _reply(messages[lang], lang, has_therapist=None, earlier=True)
    reply = _reply(messages[lang], lang, has_therapist=False, earlier=True)
    assert not OWN_THERAPIST.search(reply.text), reply.text
    if OWN_THERAPIST.search(today.text) or messages in (CRISIS, LONELY):
        assert TEAM.search(reply.text), reply.text
    assert check_reply(reply.text, reply.understanding) == []
    assert (reply.stance, reply.actions) == (today.stance, today.actions)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_crisis_content_is_kept_without_a_therapist(lang):
    without = _reply(CRISIS[lang], lang, has_therapist=False)
    today = _reply(CRISIS[lang], lang, has_therapist=None)
    assert without.stance == today.stance == "crisis"
    assert without.actions == today.actions and "alert_care_team" in without.actions
    for must in ("113", "112") if lang == "nl" else ("findahelpline.com", "988"):
        assert must in without.text
    assert ("so a person can" if lang == "en" else "zodat een mens") in without.text
    assert "intake team" in without.text or "intaketeam" in without.text


@pytest.mark.parametrize("earlier", [False, True], ids=["first", "later"])
@pytest.mark.parametrize(("messages", "lang"), LATER, ids=_ids)
def test_with_a_therapist_or_unknown_the_wording_is_unchanged(messages, lang, earlier):
    today = _reply(messages[lang], lang, has_therapist=None, earlier=earlier)
    linked = _reply(messages[lang], lang, has_therapist=True, earlier=earlier)
    assert linked.text == today.text
    assert "intake team" not in today.text and "intaketeam" not in today.text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_todays_therapist_wording_is_still_there(lang):
    crisis = _reply(CRISIS[lang], lang, has_therapist=True)
    assert ("your therapist or your GP" if lang == "en" else "je therapeut of je huisarts") in crisis.text
    intro = _reply(REAL_PERSON[lang], lang, has_therapist=None)
    assert ("between sessions" if lang == "en" else "tussen de sessies") in intro.text
    assert ("your care team" if lang == "en" else "je behandelteam") in intro.text


def _sections(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["replies.json", "crisis.json"])
def test_every_text_about_the_own_therapist_has_a_no_therapist_variant(name):
    data = _sections(name)
    for lang in ("en", "nl"):
        alternatives = data["no_therapist"][lang]
        for key, variants in data[lang].items():
            texts = variants if isinstance(variants, list) else [variants]
            if any(isinstance(t, str) and OWN_THERAPIST.search(t) for t in texts):
                assert key in alternatives, (lang, key)
        for key, variants in alternatives.items():
            assert key in data[lang], (lang, key)
            assert len(variants) == len(data[lang][key]), (lang, key)
            for text in variants:
                assert not OWN_THERAPIST.search(text), (lang, key, text)


def test_picker_uses_the_no_therapist_variants_only_when_told():
    for lang in ("en", "nl"):
        normal = Picker(lang, "", 0)
        waiting = Picker(lang, "", 0, no_therapist=True)
        assert OWN_THERAPIST.search(normal.crisis("check.therapist"))
        assert not OWN_THERAPIST.search(waiting.crisis("check.therapist"))
        assert TEAM.search(waiting.crisis("check.therapist"))
        assert normal.reply("ask_more") == waiting.reply("ask_more")  # keys without an alternative


def test_skill_done_text_without_a_therapist():
    from alongside.companion.pipeline import skills

    for lang in ("en", "nl"):
        assert OWN_THERAPIST.search(skills.done_text("problem_solving", lang)[0])
        text = skills.done_text("problem_solving", lang, no_therapist=True)[0]
        assert not OWN_THERAPIST.search(text) and TEAM.search(text)


def test_the_language_model_is_told_there_is_no_therapist_yet():
    from alongside.companion.pipeline.engine import prepare

    p = prepare([Turn("user", ORDINARY["en"])], Context(lang="en", has_therapist=False))
    prompt = system_prompt(p.decision, p.context, p.lang, "reference")
    assert "no therapist yet" in prompt and "intake team" in prompt
    p = prepare([Turn("user", ORDINARY["en"])], Context(lang="en", has_therapist=True))
    assert "no therapist yet" not in system_prompt(p.decision, p.context, p.lang, "reference")


def test_build_context_reads_the_care_team(personas, session):
    from datetime import UTC, datetime

    from alongside.accounts.actor import Actor
    from alongside.accounts.models import Role
    from alongside.companion.service.context import build_context
    from tests.personas import make_user

    now = datetime.now(UTC)
    ben = build_context(session, Actor.of(personas.client_ben), None, accept_language="en", now=now, first_use=True)
    assert ben.has_therapist is True
    waiting = make_user(session, personas.client_ben.organisation_id, "Wanda", Role.CLIENT)
    wanda = build_context(session, Actor.of(waiting), None, accept_language="en", now=now, first_use=True)
    assert wanda.has_therapist is False
