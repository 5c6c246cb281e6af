"""Guided skills as small state machines: offered (step 0) -> steps 1..n -> done.

The state comes from the caller when it stored it (the web app), otherwise it is read back from the
companion's last reply: every step text is unique, so the reply tells which skill and step it was.
"""

from __future__ import annotations

from alongside.companion.pipeline.library import skills
from alongside.companion.pipeline.result import SkillState, Turn, Understanding

__all__ = ["state_from_reply", "advance", "step_text", "offer_text", "done_text", "step_count", "skill_name", "link"]


def step_count(skill: str) -> int:
    return len(skills()[skill]["steps"])


def skill_name(skill: str, lang: str) -> str:
    return skills()[skill]["name"][lang]


def link(skill: str) -> str | None:
    return skills()[skill].get("link")


def offer_text(skill: str, lang: str) -> list[str]:
    return skills()[skill]["offer"][lang]


def step_text(skill: str, step: int, lang: str) -> list[str]:
    return skills()[skill]["steps"][step - 1][lang]


def done_text(skill: str, lang: str, *, no_therapist: bool = False) -> list[str]:
    entry = skills()[skill]
    if no_therapist and "done_no_therapist" in entry:
        return entry["done_no_therapist"][lang]
    return entry["done"][lang]


def state_from_reply(turns: list[Turn]) -> SkillState | None:
    """The skill and step the companion's last reply was at, if it was guiding one."""
    last = next((t.content for t in reversed(turns[:-1]) if t.role == "assistant"), None)
    if not last:
        return None
    for name, skill in skills().items():
        for number in range(len(skill["steps"]), 0, -1):
            step = skill["steps"][number - 1]
            if any(text in last for lang in ("en", "nl") for text in step[lang]):
                return SkillState(name, number)
        if any(text in last for lang in ("en", "nl") for text in skill["offer"][lang]):
            return SkillState(name, 0)
    return None


def advance(state: SkillState, understanding: Understanding) -> tuple[SkillState | None, str]:
    """The next state and what happened: "started", "next", "done", "declined", "stopped" or
    "ignored" (an offer the client did not answer: the conversation simply goes on)."""
    if understanding.answer == "stop" or (state.step > 0 and understanding.answer == "no"):
        return None, "stopped"
    if state.step == 0:
        if understanding.answer == "yes":
            return SkillState(state.skill, 1), "started"
        if understanding.answer == "no":
            return None, "declined"
        return None, "ignored"
    if state.step >= step_count(state.skill):
        return None, "done"
    return SkillState(state.skill, state.step + 1), "next"
