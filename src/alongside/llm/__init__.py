"""The one adapter to OpenAI-compatible model endpoints (Ollama, vLLM, llama.cpp server, a hosted
service), with timeouts, streaming, and redaction of personal identifiers unless the endpoint is
marked local. Any domain that wants model text calls ``chat(messages, stream=False)``; settings are
the ``llm_*`` block in config.py.
"""

from alongside.llm.client import (
    Endpoint,
    LLMError,
    LLMMalformed,
    LLMTimeout,
    LLMUnavailable,
    chat,
    configured_endpoint,
)
from alongside.llm.redaction import Redactor, redact, restore

__all__ = [
    "Endpoint",
    "LLMError",
    "LLMMalformed",
    "LLMTimeout",
    "LLMUnavailable",
    "Redactor",
    "chat",
    "configured_endpoint",
    "redact",
    "restore",
]
