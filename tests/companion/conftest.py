from __future__ import annotations

import pytest

from alongside.companion.pipeline import Context, Turn, respond


def user(text: str) -> Turn:
    return Turn("user", text)


def bot(text: str) -> Turn:
    return Turn("assistant", text)


@pytest.fixture
def reply():
    """respond() on a conversation given as alternating texts (user first); a Context from keywords."""

    def run(*texts: str, **context):
        turns = [Turn("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(texts)]
        return respond(turns, Context(**context))

    return run


from tests.llm.conftest import endpoint_for, llm_server  # noqa: E402,F401  (the fake OpenAI-compatible server)
