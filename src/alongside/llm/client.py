"""The one client for OpenAI-compatible chat endpoints (POST {base_url}/chat/completions).

``chat(messages)`` returns the answer's text; ``chat(messages, stream=True)`` yields it in pieces as
the server sends them (server-sent events, ``data:`` lines, ``data: [DONE]`` at the end). Every call
has a connect limit and a limit on the whole answer, stream included. Unless the endpoint is marked
local, identifiers in the messages are replaced before sending (redaction.py) and put back in the
answer, also when a placeholder arrives split over two pieces of a stream.

Errors are ``LLMError`` subclasses (timeout, unavailable, malformed answer), so a caller can fall
back to something that needs no model. Nothing here knows about the companion or notes.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from alongside.llm.redaction import Redactor

__all__ = ["Endpoint", "LLMError", "LLMMalformed", "LLMTimeout", "LLMUnavailable", "chat", "configured_endpoint"]

log = logging.getLogger("alongside.llm")


class LLMError(Exception):
    """The endpoint gave no usable answer."""


class LLMTimeout(LLMError):
    pass


class LLMUnavailable(LLMError):
    pass


class LLMMalformed(LLMError):
    pass


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 20.0
    connect_timeout: float = 3.0
    local: bool = False
    max_tokens: int = 400
    temperature: float = 0.4

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"


def configured_endpoint() -> Endpoint | None:
    """The endpoint from the settings, or None when no AI backend is configured."""
    from alongside.config import settings

    if not settings.llm_base_url:
        return None
    return Endpoint(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key.get_secret_value() if settings.llm_api_key else None,
        timeout=settings.llm_timeout_seconds,
        connect_timeout=settings.llm_connect_timeout_seconds,
        local=settings.llm_endpoint_local,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
    )


def _content_of(data: Any, key: str) -> str | None:
    """choices[0][key]["content"], checked step by step (a malformed answer raises)."""
    try:
        choice = data["choices"][0]
        part = choice.get(key) or {}
        content = part.get("content")
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise LLMMalformed(f"answer without choices[0].{key}") from exc
    if content is not None and not isinstance(content, str):
        raise LLMMalformed(f"choices[0].{key}.content is not text")
    return content


class _Restorer:
    """Puts identifiers back into streamed text, holding back a placeholder cut in two."""

    def __init__(self, redactor: Redactor | None) -> None:
        self.redactor, self.pending = redactor, ""

    def feed(self, piece: str) -> str:
        if self.redactor is None:
            return piece
        text = self.pending + piece
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut <= 16:
            text, self.pending = text[:cut], text[cut:]
        else:
            self.pending = ""
        return self.redactor.restore(text)

    def flush(self) -> str:
        rest, self.pending = self.pending, ""
        return self.redactor.restore(rest) if self.redactor else rest


def _prepare(messages: list[dict[str, str]], endpoint: Endpoint, names: tuple[str, ...]):  # noqa: ANN202
    redactor = None if endpoint.local else Redactor(names=names)
    sent = [
        {"role": m["role"], "content": redactor.redact(m["content"]) if redactor else m["content"]} for m in messages
    ]
    return sent, redactor


def _request(endpoint: Endpoint, sent: list[dict[str, str]], stream: bool, **options: Any) -> dict[str, Any]:
    body = {
        "model": endpoint.model,
        "messages": sent,
        "stream": stream,
        "temperature": options.get("temperature", endpoint.temperature),
        "max_tokens": options.get("max_tokens", endpoint.max_tokens),
    }
    return body


def _headers(endpoint: Endpoint) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "text/event-stream, application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    return headers


def _timeout(endpoint: Endpoint) -> httpx.Timeout:
    return httpx.Timeout(endpoint.timeout, connect=min(endpoint.connect_timeout, endpoint.timeout))


def _complete(endpoint: Endpoint, sent: list[dict[str, str]], redactor: Redactor | None, **options: Any) -> str:
    try:
        response = httpx.post(
            endpoint.url,
            json=_request(endpoint, sent, False, **options),
            headers=_headers(endpoint),
            timeout=_timeout(endpoint),
        )
    except httpx.TimeoutException as exc:
        raise LLMTimeout(f"no answer within {endpoint.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise LLMUnavailable(f"endpoint unreachable: {exc.__class__.__name__}") from exc
    if response.status_code >= 400:
        raise LLMUnavailable(f"endpoint answered HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError as exc:
        raise LLMMalformed("answer is not JSON") from exc
    content = _content_of(data, "message")
    if not content or not content.strip():
        raise LLMMalformed("empty answer")
    return redactor.restore(content) if redactor else content


def _events(response: httpx.Response, deadline: float) -> Iterator[str]:
    """The text pieces of a server-sent-events answer."""
    for line in response.iter_lines():
        if time.monotonic() > deadline:
            raise LLMTimeout("the stream took too long")
        line = line.strip()
        if not line or line.startswith(":"):
            continue
        if not line.startswith("data:"):
            raise LLMMalformed("stream line without 'data:'")
        payload = line[5:].strip()
        if payload == "[DONE]":
            return
        try:
            data = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise LLMMalformed("stream event is not JSON") from exc
        piece = _content_of(data, "delta")
        if piece:
            yield piece


def _stream(endpoint: Endpoint, sent: list[dict[str, str]], redactor: Redactor | None, **options: Any) -> Iterator[str]:
    deadline = time.monotonic() + endpoint.timeout
    restorer, produced = _Restorer(redactor), False
    try:
        with httpx.stream(
            "POST",
            endpoint.url,
            json=_request(endpoint, sent, True, **options),
            headers=_headers(endpoint),
            timeout=_timeout(endpoint),
        ) as response:
            if response.status_code >= 400:
                raise LLMUnavailable(f"endpoint answered HTTP {response.status_code}")
            for piece in _events(response, deadline):
                text = restorer.feed(piece)
                if text:
                    produced = True
                    yield text
    except httpx.TimeoutException as exc:
        raise LLMTimeout(f"no answer within {endpoint.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise LLMUnavailable(f"endpoint unreachable: {exc.__class__.__name__}") from exc
    rest = restorer.flush()
    if rest:
        produced = True
        yield rest
    if not produced:
        raise LLMMalformed("empty answer")


def chat(
    messages: list[dict[str, str]],
    *,
    stream: bool = False,
    endpoint: Endpoint | None = None,
    names: tuple[str, ...] = (),
    **options: Any,
) -> str | Iterator[str]:
    """Send a chat to the configured (or given) endpoint; the text, or its pieces with ``stream``.

    ``names`` are names the caller knows belong to people in the text (redacted unless local).
    Options: ``temperature``, ``max_tokens``. Raises ``LLMError`` (for a stream: while iterating).
    """
    endpoint = endpoint or configured_endpoint()
    if endpoint is None:
        raise LLMUnavailable("no AI backend is configured")
    sent, redactor = _prepare(messages, endpoint, names)
    if stream:
        return _stream(endpoint, sent, redactor, **options)
    return _complete(endpoint, sent, redactor, **options)
