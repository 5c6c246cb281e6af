"""Readers for the training and evaluation sets, and the stable splits the script and the
benchmark share.

* AnnoMI (``AnnoMI-simple.csv`` for the one main behaviour per utterance; ``AnnoMI-full.csv`` for
  the open/closed and simple/complex sub-codes, by majority over annotators).
* EPITOME (three CSV files with the same pairs in the same order: ``sp_id, rp_id, seeker_post,
  response_post, level, rationales``).
* The team's own empathy examples (``empathy_examples.jsonl`` beside this file).
"""

from __future__ import annotations

import csv
import json
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from alongside.tutor.service.mi import MiTurn

__all__ = [
    "MECHANISMS",
    "EmpathyPair",
    "MiExample",
    "epitome_fold",
    "inner_fold",
    "load_annomi",
    "load_empathy_examples",
    "load_epitome",
    "session_half",
]

MECHANISMS = ("emotional_reactions", "interpretations", "explorations")
EPITOME_FILES = {
    "emotional_reactions": "emotional-reactions-reddit.csv",
    "interpretations": "interpretations-reddit.csv",
    "explorations": "explorations-reddit.csv",
}
EXAMPLES_FILE = Path(__file__).with_name("empathy_examples.jsonl")


def _bucket(salt: str, key: str, n: int) -> int:
    return zlib.crc32(f"{salt}:{key}".encode()) % n


def session_half(transcript_id: str) -> str:
    """ "train" (4 in 5 sessions) or "test": a stable hash of the AnnoMI transcript id."""
    return "test" if _bucket("alongside-annomi-split", transcript_id, 5) == 0 else "train"


def epitome_fold(seeker_id: str, folds: int = 5) -> int:
    """The cross-validation fold of an EPITOME pair, by a stable hash of the seeker post's id (all
    replies to one post fall in one fold, so no post is seen in training and in testing)."""
    return _bucket("alongside-epitome-fold", seeker_id, folds)


def inner_fold(group_id: str, folds: int = 3) -> int:
    """The fold of an example for the cross-validation that training runs on its own data (another
    salt than ``epitome_fold``, so it cuts across the benchmark's folds; by seeker post)."""
    return _bucket("alongside-inner-fold", group_id, folds)


@dataclass(frozen=True, slots=True)
class MiExample:
    transcript_id: str
    turn: MiTurn
    code: str


def _subcodes(full_csv: Path) -> dict[tuple[str, str], str]:
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in csv.DictReader(full_csv.open(encoding="utf-8")):
        main = row["main_therapist_behaviour"]
        if main == "question" and row["question_subtype"] in ("open", "closed"):
            votes[(row["transcript_id"], row["utterance_id"])][f"{row['question_subtype']}_question"] += 1
        elif main == "reflection" and row["reflection_subtype"] in ("simple", "complex"):
            votes[(row["transcript_id"], row["utterance_id"])][f"{row['reflection_subtype']}_reflection"] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()}


def _code(row: dict[str, str], sub: dict[tuple[str, str], str]) -> str | None:
    if row["interlocutor"] == "client":
        return row["client_talk_type"] if row["client_talk_type"] in ("change", "sustain", "neutral") else None
    main = row["main_therapist_behaviour"]
    if main in ("question", "reflection"):
        return sub.get((row["transcript_id"], row["utterance_id"]))
    return {"therapist_input": "therapeutic_input", "other": "other"}.get(main)


def load_annomi(directory: Path) -> list[MiExample]:
    """Every coded utterance of AnnoMI, in transcript order, with the utterance before it as context."""
    sub = _subcodes(directory / "AnnoMI-full.csv")
    rows = list(csv.DictReader((directory / "AnnoMI-simple.csv").open(encoding="utf-8")))
    rows.sort(key=lambda r: (int(r["transcript_id"]), int(r["utterance_id"])))
    out, previous = [], {}
    for row in rows:
        tid, text = row["transcript_id"], row["utterance_text"]
        code = _code(row, sub)
        if code is not None:
            out.append(MiExample(tid, MiTurn(row["interlocutor"], text, previous.get(tid, "")), code))
        previous[tid] = text
    return out


@dataclass(slots=True)
class EmpathyPair:
    id: str
    seeker_id: str
    seeker: str
    response: str
    levels: dict[str, int] = field(default_factory=dict)
    rationales: dict[str, list[str]] = field(default_factory=dict)
    lang: str = "en"


def load_epitome(directory: Path) -> list[EmpathyPair]:
    """EPITOME's pairs with their three levels and rationale spans (files must be aligned)."""
    pairs: list[EmpathyPair] = []
    for k, (mechanism, name) in enumerate(EPITOME_FILES.items()):
        path = directory / name
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found: is this an EPITOME directory?")
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        if k == 0:
            pairs = [
                EmpathyPair(f"{r['sp_id']}_{r['rp_id']}", r["sp_id"], r["seeker_post"], r["response_post"])
                for r in rows
            ]
        if len(rows) != len(pairs):
            raise ValueError(f"{path} has {len(rows)} rows, expected {len(pairs)}")
        for pair, row in zip(pairs, rows, strict=True):
            if f"{row['sp_id']}_{row['rp_id']}" != pair.id:
                raise ValueError(f"{path}: rows are not in the same order as {EPITOME_FILES[MECHANISMS[0]]}")
            pair.levels[mechanism] = int(row["level"])
            pair.rationales[mechanism] = [s.strip() for s in row["rationales"].split("|") if s.strip()]
    return pairs


def load_empathy_examples(path: Path = EXAMPLES_FILE) -> list[EmpathyPair]:
    """The team's labelled pairs: {"id", "lang", "seeker", "response", "er", "ip", "ex"}."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            levels = dict(zip(MECHANISMS, (d["er"], d["ip"], d["ex"]), strict=True))
            out.append(EmpathyPair(d["id"], d["id"], d["seeker"], d["response"], levels, {}, d.get("lang", "en")))
    return out
