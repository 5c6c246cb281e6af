"""`alongside companion reply`: a conversation as JSON in, the companion's reply with its safety
decision out. Without a database it runs statelessly: nothing is stored and no alert is raised; the
caller acts on ``safety.actions``.

Input (stdin): {"lang"?: "en"|"nl", "country"?: "NL"|..., "messages": [{"role": "user"|"assistant",
"content": "..."}]}; several conversations may be given as JSON lines, one per line.
Output (stdout): {"reply", "safety": {"level", "actions"}, "stance", "skill"} per conversation.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

app = typer.Typer(help="The companion: replies to a client's conversation.", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """The companion."""


def _answer(item: Any, use_llm: bool) -> dict[str, Any]:
    from alongside.companion.pipeline import Context, respond, to_turns

    if not isinstance(item, dict):
        return {"error": "expected a JSON object with 'messages'"}
    lang, country = item.get("lang"), item.get("country")
    if lang is not None and lang not in ("en", "nl"):
        return {"error": f"unknown lang {lang!r}; expected 'en' or 'nl'"}
    if country is not None and (not isinstance(country, str) or len(country) != 2):
        return {"error": "country must be a two-letter code such as 'NL'"}
    try:
        turns = to_turns(item.get("messages") if isinstance(item.get("messages"), list) else [])
    except ValueError as exc:
        return {"error": str(exc)}
    context = Context(lang=lang, country=country.upper() if country else None)
    responder = None
    if use_llm:
        from alongside.companion.pipeline.llm_responder import configured_responder

        responder = configured_responder()
    return respond(turns, context, responder=responder).to_output()


def _items(raw: str) -> list[Any]:
    """One JSON document, or JSON lines (one conversation per line)."""
    try:
        return [json.loads(raw)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()]


@app.command("reply")
def reply_command(
    llm: bool = typer.Option(True, help="Use the configured LLM endpoint (if any) for non-risk replies."),
) -> None:
    """Read a conversation as JSON from stdin and print the reply with its safety decision."""
    raw = sys.stdin.read()
    try:
        items = _items(raw)
    except json.JSONDecodeError as exc:
        print(json.dumps({"error": f"invalid JSON: {exc}"}), flush=True)
        raise typer.Exit(code=2) from exc
    failed = False
    for item in items:
        answer = _answer(item, llm)
        failed = failed or "error" in answer
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    if failed:
        raise typer.Exit(code=2)
