"""`alongside safety ...` commands: screening for batch users and evaluations.

Imports stay lazy and standard-library-only so `alongside safety screen` starts in well under
two seconds; the web stack (fastapi, sqlalchemy) is never loaded on this path.
"""

from __future__ import annotations

import json
import sys

import typer

app = typer.Typer(help="Risk screening of client text (rule layer after the C-SSRS triage).", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """Risk screening of client text."""


def _screen_line(raw: bytes, number: int, screen) -> dict:
    """One output object for one input line: a result, or an error naming the line."""
    try:
        item = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {"line": number, "error": f"invalid JSON: {exc}"}
    if not isinstance(item, dict):
        return {"line": number, "error": "expected a JSON object"}
    error = {"line": number, **({"id": item["id"]} if "id" in item else {})}
    text, lang = item.get("text"), item.get("lang")
    if not isinstance(text, str):
        return {**error, "error": "missing or non-string 'text'"}
    if lang is not None and lang not in ("en", "nl"):
        return {**error, "error": f"unknown lang {lang!r}; expected 'en' or 'nl'"}
    result = screen(text, lang=lang).to_dict()
    return {"id": item.get("id"), **result}


@app.command("screen")
def screen_command() -> None:
    """Screen JSON lines {"id","text"[,"lang"]} from stdin; write {"id","level","lang","signals"} per line.

    A bad line gets {"line": N, "error": ...} (with "id" when known) and the run goes on; the exit
    code is 0 unless stdin cannot be read.
    """
    from alongside.safety.screening import screen

    out = sys.stdout
    try:
        for number, raw in enumerate(sys.stdin.buffer, start=1):
            if not raw.strip():
                continue
            out.write(json.dumps(_screen_line(raw, number, screen), ensure_ascii=False) + "\n")
            out.flush()
    except OSError as exc:
        print(f"cannot read stdin: {exc}", file=sys.stderr)
        raise typer.Exit(code=2) from exc
