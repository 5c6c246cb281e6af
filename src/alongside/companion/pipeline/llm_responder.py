"""The LLM responder: the companion's replies for non-risk stances, written by a language model
through alongside.llm (any OpenAI-compatible endpoint), with the persona, the care-plan context and
the safety decision in the system prompt. Crisis and safety-check replies never come here; every
answer still passes the output check, and on a timeout or error the default responder answers."""

from __future__ import annotations

from collections.abc import Iterator

from alongside import llm
from alongside.companion.pipeline.default import default_reply
from alongside.companion.pipeline.engine import Prepared, ResponderError
from alongside.companion.pipeline.library import Picker
from alongside.companion.pipeline.persona import system_prompt

__all__ = ["LLMResponder", "configured_responder"]

HISTORY = 12  # turns of the conversation sent along


class LLMResponder:
    def __init__(self, endpoint: llm.Endpoint) -> None:
        self.endpoint = endpoint
        self.name = "llm"

    def messages(self, p: Prepared) -> list[dict[str, str]]:
        # The reference is written with a fresh picker, so the default reply of this turn is not
        # marked as used by it.
        fresh = Picker(p.lang, p.picker.said, p.picker.seed, no_therapist=p.picker.no_therapist)
        reference = default_reply(p.decision, p.understanding, p.text, p.context, fresh)
        system = system_prompt(p.decision, p.context, p.lang, reference)
        turns = [{"role": t.role, "content": t.content} for t in p.turns[-HISTORY:]]
        return [{"role": "system", "content": system}, *turns]

    def reply(self, p: Prepared) -> str:
        try:
            text = llm.chat(self.messages(p), endpoint=self.endpoint, names=p.context.names)
        except llm.LLMError as exc:
            raise ResponderError(str(exc)) from exc
        assert isinstance(text, str)
        return text.strip()

    def stream(self, p: Prepared) -> Iterator[str]:
        try:
            pieces = llm.chat(self.messages(p), stream=True, endpoint=self.endpoint, names=p.context.names)
            assert not isinstance(pieces, str)
            yield from pieces
        except llm.LLMError as exc:
            raise ResponderError(str(exc)) from exc


def configured_responder() -> LLMResponder | None:
    """The LLM responder when an endpoint is configured and the companion may use it."""
    from alongside.config import settings

    endpoint = llm.configured_endpoint()
    if endpoint is None or not settings.companion_llm:
        return None
    return LLMResponder(endpoint)
