"""`alongside tutor ...` commands: empathy and MI coding of JSON lines, and training a model on
a data set the user holds.

Imports stay lazy: the coders (numpy) load inside the commands, the web stack never, so a batch
run starts fast. Like `alongside safety screen`, a bad line gets {"line": N, "error": ...} (with
"id" when known) and the run goes on; the exit code is 0 unless stdin cannot be read or the model
cannot be loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Therapist tutor: empathy and MI coding of turns.", no_args_is_help=True)

ModelOption = Annotated[
    Path | None,
    typer.Option("--model", help="A model directory made by `alongside tutor train` (default: the shipped model)."),
]
BATCH = 64


@app.callback()
def _group() -> None:
    """Empathy and MI coding of therapist turns."""


def _parse(raw: bytes, number: int, fields: dict[str, bool]) -> tuple[dict | None, dict | None]:
    """(item, None) for a good line, (None, error object) for a bad one. ``fields``: name →
    required; every named field must be a string when present."""
    try:
        item = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, {"line": number, "error": f"invalid JSON: {exc}"}
    if not isinstance(item, dict):
        return None, {"line": number, "error": "expected a JSON object"}
    error = {"line": number, **({"id": item["id"]} if "id" in item else {})}
    for name, required in fields.items():
        value = item.get(name)
        if (value is None and required) or (value is not None and not isinstance(value, str)):
            return None, {**error, "error": f"missing or non-string {name!r}"}
    return item, None


def _lines() -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        if raw.strip():
            yield number, raw


def _run(handle: Callable[[list[tuple[int, dict | None, dict | None]]], list[dict]], fields: dict[str, bool]) -> None:
    """Read stdin in batches (one model call per batch), write one object per line, in order."""
    out = sys.stdout
    batch: list[tuple[int, dict | None, dict | None]] = []

    def flush() -> None:
        for obj in handle(batch):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
        batch.clear()

    try:
        for number, raw in _lines():
            batch.append((number, *_parse(raw, number, fields)))
            if len(batch) >= BATCH:
                flush()
        flush()
    except OSError as exc:
        print(f"cannot read stdin: {exc}", file=sys.stderr)
        raise typer.Exit(code=2) from exc


def _check_model(kind: str, model: Path | None) -> None:
    from alongside.tutor.service.coding import ModelError, load_heads

    try:
        load_heads(kind, model)
    except ModelError as exc:
        print(str(exc), file=sys.stderr)
        raise typer.Exit(code=2) from exc


@app.command("empathy")
def empathy_command(model: ModelOption = None) -> None:
    """Code JSON lines {"id","seeker","response"} from stdin; write {"id","emotional_reactions",
    "interpretations","explorations","evidence"} per line (levels 0 none, 1 weak, 2 strong;
    evidence: per mechanism the spans {"start","end","text"} of the response that carry it)."""
    from alongside.tutor.service.empathy import code_pairs

    _check_model("empathy", model)

    def handle(batch):
        good = [(n, item) for n, item, err in batch if item is not None]
        codes = iter(code_pairs([(item["seeker"], item["response"]) for _, item in good], model))
        return [err if item is None else {"id": item.get("id"), **next(codes).to_dict()} for _, item, err in batch]

    _run(handle, {"seeker": True, "response": True})


@app.command("mi")
def mi_command(model: ModelOption = None) -> None:
    """Code JSON lines {"id","speaker","text","context"?} from stdin; write {"id","code"} per line.

    speaker "therapist": open_question, closed_question, simple_reflection, complex_reflection,
    therapeutic_input or other; speaker "client": change, sustain or neutral. "context" is the turn
    before (for a therapist turn, what the client said); when it is absent, the text of the line
    before is used, so a transcript can be piped in turn by turn.
    """
    from alongside.tutor.service.mi import MiTurn, code_turns

    _check_model("mi", model)
    previous = {"text": ""}

    def handle(batch):
        turns, rows = [], []
        for number, item, err in batch:
            if item is not None and item["speaker"] not in ("therapist", "client"):
                known = {"id": item["id"]} if "id" in item else {}
                item, err = None, {"line": number, **known, "error": "speaker must be 'therapist' or 'client'"}
            if item is None:
                rows.append(err)
                continue
            context = item.get("context")
            turns.append(MiTurn(item["speaker"], item["text"], previous["text"] if context is None else context))
            previous["text"] = item["text"]
            rows.append(item)
        codes = iter(code_turns(turns, model))
        return [row if "error" in row else {"id": row.get("id"), "code": next(codes)} for row in rows]

    _run(handle, {"speaker": True, "text": True, "context": False})


@app.command("train")
def train_command(
    data: Annotated[Path, typer.Option("--data", help="EPITOME (three CSV files) or AnnoMI directory.")],
    out: Annotated[Path, typer.Option("--out", help="Directory to write the model to (created).")],
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N examples.")] = None,
    corrections: Annotated[
        list[Path] | None,
        typer.Option(
            "--corrections",
            help="JSON lines from `alongside tutor corrections`: therapists' contested codes, added to the "
            "training data with their corrected code (repeat for several files).",
        ),
    ] = None,
) -> None:
    """Train a model on a data set you hold and store it in --out; use it with --model.

    An EPITOME directory gives an empathy model, an AnnoMI directory an MI model. The model stays
    where you put it: it is yours and is never shipped (EPITOME is for non-commercial research only).
    With --corrections, the therapists' corrections of the matching kind (empathy or mi) are added:
    an MI correction as one more turn with the therapist's code, an empathy correction as an example
    of its mechanism at the therapist's level.
    """
    from alongside.tutor.training.train import train_directory

    try:
        if corrections:
            kind, n, added = _train_with_corrections(data, out, corrections, limit)
            print(
                f"trained the {kind} model on {n} examples and {added} corrections; written to {out} "
                f"(use --model {out})"
            )
            return
        kind, n = train_directory(data, out, limit=limit)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        print(f"cannot train: {exc}", file=sys.stderr)
        raise typer.Exit(code=2) from exc
    print(f"trained the {kind} model on {n} examples; written to {out} (use --model {out})")


CORRECTION_WEIGHT = 2.0  # a therapist's correction of their own session counts for two examples


def _read_corrections(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON") from exc
            if not isinstance(row, dict) or row.get("kind") not in ("mi", "empathy"):
                raise ValueError(f'{path}:{number}: not a correction ("kind" must be "mi" or "empathy")')
            rows.append(row)
    return rows


def _train_with_corrections(data: Path, out: Path, paths: list[Path], limit: int | None) -> tuple[str, int, int]:
    """The data set plus the corrections of its kind (see ``train --help``)."""
    from alongside.tutor.service.coding import save_heads
    from alongside.tutor.service.mi import CLIENT_CODES, THERAPIST_CODES, MiTurn
    from alongside.tutor.training import train
    from alongside.tutor.training.data import MiExample, load_annomi, load_epitome

    kind = train.detect_kind(data)
    rows = [r for r in _read_corrections(paths) if r["kind"] == ("empathy" if kind == "empathy" else "mi")]
    meta = {
        "trained_on": str(data),
        "corrections": len(rows),
        "licence_note": "trained by the user on data they hold; not shipped",
    }
    if kind == "empathy":
        pairs = load_epitome(data)[:limit]
        weak = [train.WeakExample(r["mechanism"], r["response"], int(r["level"]), CORRECTION_WEIGHT) for r in rows]
        save_heads(out, kind, train.train_empathy(pairs, weak), {**meta, "examples": len(pairs)})
        return kind, len(pairs), len(weak)
    examples = load_annomi(data)[:limit]
    added = []
    for r in rows:
        codes = THERAPIST_CODES if r["speaker"] == "therapist" else CLIENT_CODES
        if r["speaker"] in ("therapist", "client") and r["code"] in codes:
            turn = MiTurn(r["speaker"], r["text"], r.get("context") or "")
            added += [MiExample(str(r.get("id")), turn, r["code"])] * int(CORRECTION_WEIGHT)
    save_heads(out, kind, train.train_mi(examples + added), {**meta, "examples": len(examples)})
    return kind, len(examples), len(added) // int(CORRECTION_WEIGHT)


@app.command("corrections")
def corrections_command(
    therapist: Annotated[int, typer.Option("--therapist", help="The therapist's user id.")],
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
) -> None:
    """Write a therapist's contested codes as JSON lines, for retraining (`tutor train --corrections`).

    One object per correction: "kind" ("mi" or "empathy"), "id", "lang", "report_id", "turn",
    "dimension", "model_code", "comment", "created_at", and for "mi" the turn's "speaker", "text",
    "context" (the turn before) and the therapist's "code"; for "empathy" the client's "seeker"
    turn, the therapist's "response", the "mechanism" and the therapist's "level" (0, 1 or 2).
    The lines hold what was said in sessions: keep the file as safe as the database. Audited.
    """
    from alongside import migrate as migrations
    from alongside.db import get_session_factory
    from alongside.tutor.service.corrections import export_corrections

    migrations.upgrade()
    with get_session_factory()() as session, session.begin():
        rows = export_corrections(session, therapist)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"{len(rows)} corrections written to {out}", file=sys.stderr)


if __name__ == "__main__":
    app()
