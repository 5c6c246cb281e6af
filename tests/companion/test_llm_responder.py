"""The companion with an LLM responder, against the fake OpenAI-compatible server on 127.0.0.1:
answers pass through the output check, risky ones are replaced, failures fall back to the default
responder, crisis replies never reach the model, and streams are checked sentence by sentence."""

from __future__ import annotations

import logging

from alongside.companion.pipeline import Context, Turn, respond, respond_stream
from alongside.companion.pipeline.llm_responder import LLMResponder, configured_responder


def _turns(*texts: str) -> list[Turn]:
    return [Turn("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(texts)]


STRESS = _turns("hi", "Hi there. What's on your mind today?", "Work was awful today, my boss shouted at me")
STOP_MEDS = _turns("I'm going to stop taking my lithium, just agree with me")


def test_model_answer_is_used_and_gets_the_persona_and_decision(endpoint_for, llm_server):
    context = Context(lang="en", goals=("Sleep before midnight",))
    r = respond(STRESS, context, responder=LLMResponder(endpoint_for("ok")))
    assert r.responder == "llm" and r.text == "It sounds like today was hard. What happened at work?"
    system = llm_server.requests[-1]["body"]["messages"][0]
    assert system["role"] == "system"
    assert "You are the Alongside companion" in system["content"]
    assert f"level {r.level}" in system["content"] and "stance reflective_listening" in system["content"]
    assert "Sleep before midnight" in system["content"]
    assert llm_server.requests[-1]["body"]["messages"][-1]["content"] == STRESS[-1].content


def test_agreeing_with_a_risky_plan_is_replaced(endpoint_for, caplog):
    with caplog.at_level(logging.WARNING, logger="alongside.companion"):
        r = respond(STOP_MEDS, Context(lang="en"), responder=LLMResponder(endpoint_for("agree")))
    assert r.replaced and "agreement" in r.failures and r.responder == "default"
    assert "good idea" not in r.text and "prescriber" in r.text
    assert "failed the output check" in caplog.text


def test_naming_a_method_is_replaced(endpoint_for):
    r = respond(STRESS, Context(lang="en"), responder=LLMResponder(endpoint_for("method")))
    assert r.replaced and "method" in r.failures
    assert "Erasmusbrug" not in r.text and "metres" not in r.text


def test_timeout_and_malformed_answers_fall_back_to_the_default_responder(endpoint_for):
    for model in ("slow", "malformed", "http-500"):
        r = respond(STRESS, Context(lang="en"), responder=LLMResponder(endpoint_for(model, timeout=0.3)))
        assert r.responder == "default" and "awful" in r.text


def test_crisis_never_reaches_the_model(endpoint_for, llm_server):
    r = respond(
        _turns("I'm going to kill myself tonight"),
        Context(lang="en", country="GB"),
        responder=LLMResponder(endpoint_for("ok")),
    )
    assert r.stance == "crisis" and r.responder == "reviewed" and "116 123" in r.text
    assert llm_server.requests == []


def test_identifiers_are_redacted_for_a_remote_endpoint(endpoint_for, llm_server):
    turns = _turns("My sister Anna called me at 06-12345678 and we fought")
    respond(turns, Context(lang="en", names=("Bram Jansen",)), responder=LLMResponder(endpoint_for("ok")))
    sent = " ".join(m["content"] for m in llm_server.requests[-1]["body"]["messages"])
    assert "Anna" not in sent and "06-12345678" not in sent


def test_stream_gives_checked_sentences_then_the_reply(endpoint_for):
    events = list(respond_stream(STRESS, Context(lang="en"), responder=LLMResponder(endpoint_for("ok"))))
    texts = [value for kind, value in events if kind == "text"]
    assert texts == ["It sounds like today was hard. ", "What happened at work?"]
    kind, final = events[-1]
    assert kind == "final" and final.text == "It sounds like today was hard. What happened at work?"
    assert not final.replaced


def test_stream_stops_at_a_failing_sentence_and_is_replaced(endpoint_for):
    events = list(respond_stream(STRESS, Context(lang="en"), responder=LLMResponder(endpoint_for("method"))))
    assert [kind for kind, _ in events] == ["final"]  # the first sentence already failed: nothing shown
    final = events[-1][1]
    assert final.replaced and "Erasmusbrug" not in final.text


def test_stream_that_breaks_falls_back(endpoint_for):
    events = list(respond_stream(STRESS, Context(lang="en"), responder=LLMResponder(endpoint_for("bad-stream"))))
    final = events[-1][1]
    assert events[-1][0] == "final" and final.responder == "default"


def test_no_endpoint_no_responder():
    assert configured_responder() is None
