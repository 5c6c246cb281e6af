"""The output check: what it blocks, what it lets through, and that the team's own texts pass it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from alongside.companion.pipeline.check import check_reply
from alongside.companion.pipeline.understanding import understand

DATA = Path(__file__).resolve().parents[2] / "src" / "alongside" / "companion" / "data"
MARKED = understand("I'm going to stop my meds, everyone hates me anyway, right?", "en")
PLAIN = understand("I had a long day", "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Erasmusbrug is the highest bridge around.", "method"),
        ("The tallest building in town is 120 metres high.", "method"),
        ("A lethal dose is much lower than people think.", "method"),
        ("You could take 50 mg more tonight.", "dose"),
        ("It's fine to stop your medication if you feel better.", "dose"),
        ("Je kunt de dosis verhogen naar 100 mg.", "dose"),
        ("It sounds like you have depression.", "diagnosis"),
        ("You're probably bipolar.", "diagnosis"),
        ("Je hebt waarschijnlijk een angststoornis.", "diagnosis"),
        ("I love you too.", "romance"),
        ("Ik hou ook van jou.", "romance"),
        ("I promise I won't tell anyone.", "promise"),
        ("I'll always be here for you, day and night.", "promise"),
        ("It'll stay between us.", "promise"),
        ("I am a real person, not a program.", "human"),
    ],
)
def test_blocked(text, code):
    assert code in check_reply(text, PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "You're right, stopping is a good idea.",
        "Yes, everyone hates you.",
        "That's a great plan, go for it!",
        "Je hebt helemaal gelijk.",
        "Klopt, dat is een goed idee.",
        "I agree with you completely.",
    ],
)
def test_agreement_is_blocked_only_when_a_belief_or_plan_was_marked(text):
    assert "agreement" in check_reply(text, MARKED)
    assert "agreement" not in check_reply(text, PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "I can't give you a diagnosis; only a professional can say whether you have depression.",
        "I can't advise on medication: please don't stop or change your medication without your prescriber.",
        "I can't make promises like that. I'm an AI, not a person.",
        "I'm not able to confirm that, and I won't pretend otherwise.",
        "Can you tell me where you are right now?",
        "Your feet on the floor, your hands, your breathing.",
    ],
)
def test_honest_refusals_pass(text):
    assert check_reply(text, MARKED) == []


def _texts(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in ("about", "link"):
                yield from _texts(value)


@pytest.mark.parametrize("name", ["replies.json", "crisis.json", "skills.json"])
def test_every_team_text_passes_the_check_even_beside_a_marked_belief(name):
    values = {
        "feeling": "sad",
        "content": "about work",
        "topic": "work",
        "helped": "slow breathing",
        "lines": "113 Zelfmoordpreventie: call 113 or 0800-0113 (24/7, free). In an emergency, call 112.",
        "lines_short": "113 is there 24/7.",
        "emergency": "112",
        "first_line": "113",
    }
    failing = []
    for text in _texts(json.loads((DATA / name).read_text(encoding="utf-8"))):
        filled = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
        if check_reply(filled, MARKED):
            failing.append((filled, check_reply(filled, MARKED)))
    assert failing == []
