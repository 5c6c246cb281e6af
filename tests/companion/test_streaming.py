"""The chat page with a language model configured: the reply streams as checked sentences over
server-sent events from the fake OpenAI-compatible server, then is stored; crisis never streams."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from alongside.companion.models import Message
from alongside.config import settings

HTMX = {"HX-Request": "true"}


@pytest.fixture
def model(monkeypatch, llm_server):
    def use(name: str) -> None:
        monkeypatch.setattr(settings, "llm_base_url", llm_server.base_url)
        monkeypatch.setattr(settings, "llm_model", name)
        monkeypatch.setattr(settings, "llm_timeout_seconds", 10.0)

    llm_server.requests.clear()
    return use


def _events(body: str) -> list[tuple[str, str]]:
    out = []
    for block in body.strip().split("\n\n"):
        lines = block.splitlines()
        event = lines[0].removeprefix("event: ")
        out.append((event, "\n".join(line.removeprefix("data: ") for line in lines[1:])))
    return out


def test_reply_streams_then_is_stored(personas, as_user, session, model):
    model("ok")
    ben = as_user(personas.client_cleo)
    sent = ben.post("/companion/messages", data={"text": "Work was awful today"}, headers=HTMX)
    url = re.search(r'data-stream="([^"]+)"', sent.text).group(1)
    stream = ben.get(url)
    assert stream.headers["content-type"].startswith("text/event-stream")
    events = _events(stream.text)
    assert [e for e, _ in events] == ["text", "text", "final"]
    assert '"It sounds like today was hard. "' == events[0][1]
    assert "What happened at work?" in events[-1][1] and "bubble-companion" in events[-1][1]
    session.expire_all()
    reply = session.scalars(
        select(Message).where(Message.role == "assistant", Message.client_id == personas.client_cleo.id)
    ).one()
    assert reply.responder == "llm" and reply.content == "It sounds like today was hard. What happened at work?"
    assert ben.get(url).status_code == 409  # answered once


def test_a_reply_that_agrees_with_a_risky_plan_is_replaced_in_the_stream(personas, as_user, session, model):
    model("agree")
    ben = as_user(personas.client_cleo)
    sent = ben.post("/companion/messages", data={"text": "I'll stop my lithium, just agree"}, headers=HTMX)
    events = _events(ben.get(re.search(r'data-stream="([^"]+)"', sent.text).group(1)).text)
    assert [e for e, _ in events] == ["final"] and "prescriber" in events[0][1]
    session.expire_all()
    reply = session.scalars(
        select(Message).where(Message.role == "assistant", Message.client_id == personas.client_cleo.id)
    ).one()
    assert reply.replaced and "agreement" in reply.check_failures and "good idea" not in reply.content


def test_crisis_is_answered_at_once_without_the_model(personas, as_user, llm_server, model):
    model("ok")
    r = as_user(personas.client_cleo).post(
        "/companion/messages", data={"text": "I want to kill myself tonight"}, headers=HTMX
    )
    assert "data-stream" not in r.text and "crisis-box" in r.text
    assert llm_server.requests == []


def test_someone_elses_message_cannot_be_streamed(personas, as_user, model):
    model("ok")
    sent = as_user(personas.client_cleo).post("/companion/messages", data={"text": "bad day"}, headers=HTMX)
    url = re.search(r'data-stream="([^"]+)"', sent.text).group(1)
    assert as_user(personas.client_ben).get(url).status_code == 404
