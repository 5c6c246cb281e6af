"""A small OpenAI-compatible chat server for tests, on 127.0.0.1 and a free port.

The request's ``model`` picks the behaviour, so one server serves every case:
"ok", "agree" (agrees with a risky plan), "method" (names a method and a place), "slow" (answers
after 2 s), "slow-stream" (one piece, then silence), "malformed" (JSON without choices),
"not-json", "http-500", "bad-stream" (a data line that is not JSON), "empty", "echo-names" (says
the placeholders it received back, cut over pieces when streamed). Every request body is kept in
``requests``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWERS = {
    "ok": "It sounds like today was hard. What happened at work?",
    "agree": "You're right, stopping your medication on your own is a good idea. Go for it!",
    "method": "The tallest bridge near you is the Erasmusbrug. It is about 139 metres high.",
    "empty": "",
}


class _Handler(BaseHTTPRequestHandler):
    server: FakeLLMServer

    def log_message(self, *args) -> None:  # noqa: ANN002 (quiet in tests)
        pass

    def _json(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _sse(self, pieces: list[str], raw: list[str] | None = None, pause: float = 0.0) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        events = raw or [f"data: {json.dumps({'choices': [{'delta': {'content': p}}]})}" for p in pieces]
        first = f"data: {json.dumps({'choices': [{'delta': {'role': 'assistant'}}]})}"
        for line in [first, *events, "data: [DONE]"]:
            self.wfile.write((line + "\n\n").encode())
            self.wfile.flush()
            if pause:
                time.sleep(pause)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append({"body": body, "headers": dict(self.headers)})
        model, stream = body.get("model"), body.get("stream")
        if model == "slow":
            time.sleep(2)
        if model == "http-500":
            return self._json(500, {"error": "boom"})
        if model == "malformed":
            return self._json(200, {"object": "chat.completion", "data": []})
        if model == "not-json":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>gateway</html>")
            return None
        text = ANSWERS.get(model, ANSWERS["ok"])
        if model == "echo-names":
            said = " ".join(m["content"] for m in body["messages"] if m["role"] == "user")
            found = re.findall(r"\[[A-Z]+_\d+\]", said)
            text = "I hear you about " + " and ".join(found) + "."
        if not stream:
            return self._json(200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})
        if model == "slow-stream":
            return self._sse(["It sounds ", "hard."], pause=1.5)
        if model == "bad-stream":
            return self._sse([], raw=["data: {not json"])
        # Pieces of 5 characters: placeholders and sentences arrive cut in two.
        return self._sse([text[i : i + 5] for i in range(0, len(text), 5)])


class FakeLLMServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        """A client that gave up (the timeout tests) is expected; anything else is re-raised."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def __enter__(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
