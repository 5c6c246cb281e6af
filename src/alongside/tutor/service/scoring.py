"""Coding a transcript's turns and the summary figures of a coded session, without contested codes.

A turn is a transcript line spoken by the therapist or the client (lines of other speakers are kept
for reference but not coded). Each therapist and client turn gets its MI code, in the context of
the turn before it; each therapist turn that answers a client turn gets the three empathy levels
towards that client turn, with the words that carry them.

The therapist may contest any code (``contested``: a set of ``(turn, dimension)``). A contested code
leaves the figures: its turn no longer counts for that dimension (an MI code is not counted, an
empathy level is left out of its mechanism's mean). The talk-time share and the CBT ingredients do
not rest on a code and stay as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alongside.tutor.service.empathy import MECHANISMS, code_pairs
from alongside.tutor.service.mi import CLIENT_CODES, THERAPIST_CODES, MiTurn, code_turns
from alongside.tutor.service.summaries import CodedTurn, summarise_session

__all__ = ["DIMENSIONS", "allowed_codes", "code_lines", "summary_of"]

DIMENSIONS = (*MECHANISMS, "mi")
CODED_ROLES = ("therapist", "client")
_CONTESTED = "contested"


def code_lines(
    lines: list[tuple[int, str | None, str, str, str | None]], model_dir: Path | None = None
) -> list[dict[str, Any]]:
    """Coded turns from ``(n, speaker label, role, text, risk level or None)`` lines, in order (see
    the module). The risk level is the safety screening's, kept so feedback never suggests doing
    something else where the client spoke of risk."""
    turns: list[dict[str, Any]] = []
    mi_turns: list[MiTurn] = []
    pairs: list[tuple[str, str]] = []
    answering: list[int] = []  # index in ``turns`` of each therapist turn that answers a client turn
    previous: dict[str, Any] | None = None
    for n, speaker, role, text, risk in lines:
        turn = {"n": n, "speaker": speaker, "role": role, "text": text, "mi": None, "empathy": None, "evidence": {},
                "risk": risk}  # fmt: skip
        turns.append(turn)
        if role not in CODED_ROLES or not text.strip():
            continue
        mi_turns.append(MiTurn(role, text, previous["text"] if previous else ""))
        if role == "therapist" and previous is not None and previous["role"] == "client":
            pairs.append((previous["text"], text))
            answering.append(len(turns) - 1)
            turn["answers"] = previous["n"]
        previous = turn
    coded = iter(code_turns(mi_turns, model_dir)) if mi_turns else iter(())
    for turn in turns:
        if turn["role"] in CODED_ROLES and turn["text"].strip():
            turn["mi"] = next(coded)
    for index, code in zip(answering, code_pairs(pairs, model_dir) if pairs else [], strict=True):
        turns[index]["empathy"] = dict(code.levels)
        turns[index]["evidence"] = {m: [span["text"] for span in spans] for m, spans in code.evidence.items() if spans}
    return turns


def allowed_codes(turn: dict[str, Any], dimension: str) -> tuple[str, ...]:
    """The codes a turn may be given in a dimension; empty when that dimension was not coded."""
    if dimension == "mi":
        if turn.get("mi") is None:
            return ()
        return THERAPIST_CODES if turn["role"] == "therapist" else CLIENT_CODES
    if dimension in MECHANISMS and turn.get("empathy"):
        return ("0", "1", "2")
    return ()


def model_code(turn: dict[str, Any], dimension: str) -> str | None:
    if dimension == "mi":
        return turn.get("mi")
    levels = turn.get("empathy") or {}
    return str(levels[dimension]) if dimension in levels else None


def _empathy(turns: list[dict[str, Any]], contested: set[tuple[int, str]]) -> dict[str, dict[str, Any]]:
    out = {}
    for mechanism in MECHANISMS:
        levels = [t["empathy"][mechanism] for t in turns if t.get("empathy") and (t["n"], mechanism) not in contested]
        out[mechanism] = {
            "mean": sum(levels) / len(levels) if levels else None,
            "turns": len(levels),
            "strong": sum(1 for v in levels if v == 2),
            "none": sum(1 for v in levels if v == 0),
        }
    return out


def summary_of(turns: list[dict[str, Any]], contested: set[tuple[int, str]] | None = None) -> dict[str, Any]:
    """MITI summary scores, talk shares, CBT ingredients (with turn numbers) and empathy means."""
    contested = contested or set()
    coded = [t for t in turns if t.get("mi") is not None]
    summary = summarise_session(
        [CodedTurn(t["role"], t["text"], _CONTESTED if (t["n"], "mi") in contested else t["mi"]) for t in coded]
    ).to_dict()
    summary["counts"].pop(_CONTESTED, None)
    # The summariser numbers turns by their place in its list; the report numbers them by line.
    summary["cbt"] = {
        name: {"count": item["count"], "turns": [coded[i]["n"] for i in item["turns"]]}
        for name, item in summary["cbt"].items()
    }
    summary["empathy"] = _empathy(turns, contested)
    summary["therapist_turns"] = sum(1 for t in coded if t["role"] == "therapist")
    summary["client_turns"] = sum(1 for t in coded if t["role"] == "client")
    summary["contested"] = len(contested)
    return summary
