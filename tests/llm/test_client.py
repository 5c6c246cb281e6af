"""The adapter against a real HTTP server on 127.0.0.1: answers, streams, timeouts, malformed answers
and redaction of identifiers before text leaves the installation."""

from __future__ import annotations

import time

import pytest

from alongside import llm
from alongside.llm import LLMMalformed, LLMTimeout, LLMUnavailable, chat

USER = [{"role": "user", "content": "My sister Anna (anna@example.com, 06-12345678) was born 3 March 1990."}]


class TestChat:
    def test_answer_and_request(self, endpoint_for, llm_server):
        answer = chat([{"role": "user", "content": "hi"}], endpoint=endpoint_for("ok", api_key="k-123"))
        assert answer == "It sounds like today was hard. What happened at work?"
        sent = llm_server.requests[-1]
        assert sent["body"]["model"] == "ok" and sent["body"]["stream"] is False
        assert sent["headers"]["Authorization"] == "Bearer k-123"

    def test_stream_yields_pieces_in_order(self, endpoint_for):
        pieces = list(chat([{"role": "user", "content": "hi"}], stream=True, endpoint=endpoint_for("ok")))
        assert len(pieces) > 3
        assert "".join(pieces) == "It sounds like today was hard. What happened at work?"

    def test_timeout(self, endpoint_for):
        started = time.monotonic()
        with pytest.raises(LLMTimeout):
            chat([{"role": "user", "content": "hi"}], endpoint=endpoint_for("slow", timeout=0.3))
        assert time.monotonic() - started < 1.5

    def test_stream_that_stalls_times_out(self, endpoint_for):
        with pytest.raises(LLMTimeout):
            endpoint = endpoint_for("slow-stream", timeout=0.5)
            pieces = chat([{"role": "user", "content": "hi"}], stream=True, endpoint=endpoint)
            list(pieces)

    @pytest.mark.parametrize("model", ["malformed", "not-json", "empty"])
    def test_malformed_answers(self, endpoint_for, model):
        with pytest.raises(LLMMalformed):
            chat([{"role": "user", "content": "hi"}], endpoint=endpoint_for(model))

    def test_malformed_stream(self, endpoint_for):
        with pytest.raises(LLMMalformed):
            list(chat([{"role": "user", "content": "hi"}], stream=True, endpoint=endpoint_for("bad-stream")))

    def test_server_error_and_unreachable(self, endpoint_for):
        with pytest.raises(LLMUnavailable):
            chat([{"role": "user", "content": "hi"}], endpoint=endpoint_for("http-500"))
        closed = llm.Endpoint(base_url="http://127.0.0.1:9/v1", model="ok", timeout=0.5)
        with pytest.raises(LLMUnavailable):
            chat([{"role": "user", "content": "hi"}], endpoint=closed)

    def test_nothing_configured(self):
        with pytest.raises(LLMUnavailable):
            chat([{"role": "user", "content": "hi"}])


class TestRedaction:
    def test_identifiers_never_reach_a_remote_endpoint_and_come_back(self, endpoint_for, llm_server):
        answer = chat(USER, endpoint=endpoint_for("echo-names"), names=("Bram",))
        sent = llm_server.requests[-1]["body"]["messages"][0]["content"]
        for private in ("Anna", "anna@example.com", "06-12345678", "3 March 1990"):
            assert private not in sent
        assert "[NAME_1]" in sent and "[EMAIL_1]" in sent
        assert "Anna" in answer and "anna@example.com" in answer and "[" not in answer

    def test_placeholders_cut_over_stream_pieces_are_restored(self, endpoint_for):
        answer = "".join(chat(USER, stream=True, endpoint=endpoint_for("echo-names")))
        assert "Anna" in answer and "06-12345678" in answer and "[" not in answer

    def test_local_endpoint_gets_the_text_as_written(self, endpoint_for, llm_server):
        chat(USER, endpoint=endpoint_for("ok", local=True))
        assert llm_server.requests[-1]["body"]["messages"][0]["content"] == USER[0]["content"]
