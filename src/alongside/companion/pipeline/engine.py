"""One companion turn: safety screening -> understanding -> policy -> reply -> output check.

``respond(turns, context)`` runs the whole pipeline statelessly (the command line does exactly this);
the web app gives a ``Context`` filled from the client's data and stores what comes back. An LLM
responder, when given, writes the replies of non-risk stances; crisis and safety-check replies are
always the reviewed ones, and every reply passes the output check, or is replaced by a safe one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from alongside.companion.pipeline.assessment import Assessment, assess
from alongside.companion.pipeline.check import check_reply, check_sentence
from alongside.companion.pipeline.crisis import crisis_reply, safety_check_reply
from alongside.companion.pipeline.default import default_reply
from alongside.companion.pipeline.library import Picker, seed_of
from alongside.companion.pipeline.policy import decide
from alongside.companion.pipeline.result import (
    CRISIS,
    SAFETY_CHECK,
    Context,
    Decision,
    Reply,
    SkillState,
    Turn,
    Understanding,
)
from alongside.companion.pipeline.skills import state_from_reply
from alongside.companion.pipeline.understanding import detect_reply_language, understand

__all__ = [
    "Prepared",
    "Responder",
    "ResponderError",
    "answer",
    "finish",
    "prepare",
    "respond",
    "respond_stream",
    "reviewed_only",
    "to_turns",
]

log = logging.getLogger("alongside.companion")
MAX_TURNS = 40  # the pipeline reads the last 40 turns of a longer conversation


class ResponderError(Exception):
    """A responder could not answer (timeout, error, malformed answer): the default one answers."""


@dataclass(slots=True)
class Prepared:
    """Everything decided before a reply is written."""

    turns: list[Turn]
    text: str  # the client's last message
    context: Context
    lang: str
    understanding: Understanding
    assessment: Assessment
    state: SkillState | None
    decision: Decision
    picker: Picker

    @property
    def said(self) -> list[str]:
        return [t.content for t in self.turns if t.role == "assistant"]


class Responder(Protocol):
    name: str

    def reply(self, prepared: Prepared) -> str: ...

    def stream(self, prepared: Prepared) -> Iterator[str]: ...


def to_turns(messages: list[dict]) -> list[Turn]:
    """Validated turns from JSON-like messages; the last one must be the client's."""
    turns = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise ValueError(f"messages[{index}] must be an object")
        role, content = message.get("role"), message.get("content")
        if role not in ("user", "assistant"):
            raise ValueError(f"messages[{index}].role must be 'user' or 'assistant'")
        if not isinstance(content, str):
            raise ValueError(f"messages[{index}].content must be a string")
        turns.append(Turn(role, content))
    if not turns or turns[-1].role != "user" or not turns[-1].content.strip():
        raise ValueError("the last message must be a non-empty 'user' message")
    return turns


def _carry_belief(u: Understanding, previous: Understanding | None) -> None:
    """ "Just agree with me" after a distorted belief or a risky plan is about that belief or plan."""
    if previous is None or u.marks_belief or not u.intents & {"seek_agreement", "pushback"}:
        return
    u.distortions = dict(previous.distortions)
    u.delusion = previous.delusion
    u.risky_plan = previous.risky_plan
    if previous.risky_plan == "stop_medication":
        u.intents.add("stop_medication")


def prepare(turns: list[Turn], context: Context | None = None) -> Prepared:
    context = context or Context()
    turns = turns[-MAX_TURNS:]
    users = [t.content for t in turns if t.role == "user"]
    lang = detect_reply_language(users, context.lang)
    text = users[-1]
    u = understand(text, lang)
    earlier = [understand(t, lang) for t in users[-3:-1]]
    _carry_belief(u, earlier[-1] if earlier else None)
    u.recent_kinds = set().union(*(e.emotion_kinds for e in earlier)) if earlier else set()
    u.recent_distortions = set().union(*(e.distortions for e in earlier)) if earlier else set()
    u.recent_intents = set().union(*(e.intents for e in earlier)) if earlier else set()
    if context.crisis is None:
        context.crisis = _crisis_entry(context.country, lang)
    assessment = assess(turns, lang, u)
    state = context.skill_state or state_from_reply(turns)
    decision = decide(assessment, u, turns, context, state)
    said = "\n".join(t.content for t in turns if t.role == "assistant")
    picker = Picker(lang, said, seed_of(text), no_therapist=context.has_therapist is False)
    return Prepared(turns, text, context, lang, u, assessment, state, decision, picker)


def _crisis_entry(country: str | None, lang: str) -> dict | None:
    """The shipped crisis lines of the country (the Netherlands for a Dutch speaker without one)."""
    from alongside.safety.service import resources

    country = country or ("NL" if lang == "nl" else None)
    return resources.crisis_resources(None, None, country)


def reviewed_only(decision: Decision) -> bool:
    """Replies no language model may write: crisis, the safety check and declining a method question."""
    return decision.stance in (CRISIS, SAFETY_CHECK) or decision.topic == "method_decline"


def _default_text(p: Prepared) -> str:
    if p.decision.stance == CRISIS:
        return crisis_reply(p.decision, p.picker, p.context, p.lang)
    if p.decision.stance == SAFETY_CHECK:
        return safety_check_reply(p.decision, p.picker, p.context, p.lang)
    return default_reply(p.decision, p.understanding, p.text, p.context, p.picker)


def _safe_text(p: Prepared) -> str:
    """The replacement when even the default reply failed the check (it should never happen)."""
    return p.picker.reply("fallback")


def finish(p: Prepared, text: str, responder: str) -> Reply:
    """Check the reply, replace it when it fails (and log that), and make sure it is not a repeat."""
    failures = check_reply(text, p.understanding)
    replaced = False
    if failures:
        log.warning("companion reply from %s failed the output check (%s); replaced", responder, ", ".join(failures))
        replaced = True
        text = _default_text(p) if responder != "default" else _safe_text(p)
        responder = "default" if responder not in ("default", "reviewed") else "safe"
        if check_reply(text, p.understanding):
            text, responder = _safe_text(p), "safe"
    if text.strip() in (s.strip() for s in p.said):
        text = f"{text} {p.picker.reply('ask_more')}"
    d = p.decision
    return Reply(
        text=text,
        level=d.level,
        actions=list(d.actions),
        stance=d.stance,
        skill=d.skill,
        step=d.step,
        lang=p.lang,
        responder=responder,
        replaced=replaced,
        failures=failures,
        signals=[s.to_dict() for s in p.assessment.result.signals],
        understanding=p.understanding,
        duties=set(d.duties),
    )


def respond(turns: list[Turn], context: Context | None = None, *, responder: Responder | None = None) -> Reply:
    return answer(prepare(turns, context), responder)


def answer(p: Prepared, responder: Responder | None = None) -> Reply:
    """The checked reply for a prepared turn (the LLM responder only where a model may write)."""
    if reviewed_only(p.decision) or responder is None:
        name = "reviewed" if reviewed_only(p.decision) else "default"
        return finish(p, _default_text(p), name)
    try:
        text = responder.reply(p)
    except ResponderError as exc:
        log.warning("companion responder %s failed (%s); the default responder answers", responder.name, exc)
        return finish(p, _default_text(p), "default")
    return finish(p, text, responder.name)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _checked_sentences(pieces: Iterator[str], belief: bool) -> Iterator[tuple[str, list[str]]]:
    """Whole sentences from a stream, each with its output-check failures."""
    buffer = ""
    for piece in pieces:
        buffer += piece
        parts = _SENTENCE_END.split(buffer)
        for sentence in parts[:-1]:
            yield sentence + " ", check_sentence(sentence, belief_marked=belief)
        buffer = parts[-1]
    if buffer.strip():
        yield buffer, check_sentence(buffer, belief_marked=belief)


def respond_stream(
    turns: list[Turn], context: Context | None = None, *, responder: Responder | None = None
) -> Iterator[tuple[str, object]]:
    """The reply as it is written: ("text", sentence) events, each sentence checked before it is
    given out, then ("final", Reply). When a sentence fails the check, or the responder fails, the
    stream stops and the final Reply is the replacement (``replaced`` set; the page swaps it in)."""
    p = prepare(turns, context)
    if reviewed_only(p.decision) or responder is None:
        name = "reviewed" if reviewed_only(p.decision) else "default"
        yield "final", finish(p, _default_text(p), name)
        return
    u = p.understanding
    belief = bool(u.marks_belief or "seek_agreement" in u.intents)
    written = ""
    try:
        for sentence, failures in _checked_sentences(responder.stream(p), belief):
            if failures:
                log.warning("streamed companion reply failed the output check (%s); replaced", ", ".join(failures))
                reply = finish(p, _default_text(p), "default")
                reply.replaced, reply.failures = True, failures
                yield "final", reply
                return
            written += sentence
            yield "text", sentence
    except ResponderError as exc:
        log.warning(
            "companion responder %s failed while streaming (%s); the default responder answers", responder.name, exc
        )
        reply = finish(p, _default_text(p), "default")
        reply.replaced = bool(written)
        yield "final", reply
        return
    yield "final", finish(p, written.strip(), responder.name)
