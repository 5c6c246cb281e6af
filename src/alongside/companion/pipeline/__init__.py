"""The companion's pipeline for one client message, with or without a database:

safety screening (the safety domain's ``screen``, over the conversation) -> understanding (intent,
emotion, topic, cognitive distortions, risky plans, delusions) -> policy (stance and skill) -> the
reply (reviewed crisis texts, the embedded default responder, or an LLM responder) -> output check.

``respond(turns, context)`` is the entry point; docs/companion.md describes the persona and every step.
"""

from alongside.companion.pipeline.engine import (
    Prepared,
    Responder,
    ResponderError,
    answer,
    finish,
    prepare,
    respond,
    respond_stream,
    reviewed_only,
    to_turns,
)
from alongside.companion.pipeline.result import ACTIONS, SKILLS, STANCES, Context, Reply, SkillState, Turn

__all__ = [
    "ACTIONS",
    "SKILLS",
    "STANCES",
    "Context",
    "Prepared",
    "Reply",
    "Responder",
    "ResponderError",
    "SkillState",
    "answer",
    "Turn",
    "finish",
    "prepare",
    "respond",
    "respond_stream",
    "reviewed_only",
    "to_turns",
]
