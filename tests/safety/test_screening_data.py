"""The risk-screening data files: well-formed, and no training text is an evaluation text.

The learned layer is trained on src/alongside/safety/training/*.jsonl and measured on
benchmarks/data/safety_{dev,dev2,test}.jsonl; a text in both would make the measurement flatter.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRAINING = sorted((ROOT / "src/alongside/safety/training").glob("risk_train*.jsonl"))
EVALUATION = {name: ROOT / f"benchmarks/data/safety_{name}.jsonl" for name in ("dev", "dev2", "test")}
LEVELS = {"none", "low", "moderate", "high", "imminent"}
KEYS = {"id", "text", "lang", "level", "hard", "category"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


@pytest.mark.parametrize("path", [*TRAINING, *EVALUATION.values()], ids=lambda p: p.name)
def test_well_formed(path):
    rows = _rows(path)
    assert rows
    for row in rows:
        assert set(row) == KEYS, row.get("id")
        assert row["level"] in LEVELS and row["lang"] in ("en", "nl") and isinstance(row["hard"], bool)
        assert row["text"].strip() and row["category"].strip()
    assert len({r["id"] for r in rows}) == len(rows), "duplicate id"
    assert len({_norm(r["text"]) for r in rows}) == len(rows), "duplicate text"


def test_the_training_script_reads_every_training_file():
    # TEAM_FILES, read from the script's source (the script itself needs scikit-learn to import)
    import ast

    tree = ast.parse((ROOT / "scripts/train_risk_model.py").read_text(encoding="utf-8"))
    value = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "TEAM_FILES" for t in node.targets)
    )
    team_files = ast.literal_eval(value)
    assert {name for _, name, _ in team_files} == {p.name for p in TRAINING}
    assert len({key for key, _, _ in team_files}) == len(team_files)


def test_no_text_in_two_training_files():
    # a text in two writers' files would sit on both sides of a leave-one-writer-out fold
    seen: dict[str, str] = {}
    clash = []
    for path in TRAINING:
        for row in _rows(path):
            key = _norm(row["text"])
            if key in seen and seen[key] != path.name:
                clash.append((row["id"], path.name, seen[key]))
            seen.setdefault(key, path.name)
    assert not clash, clash[:5]


def test_ids_unique_across_files():
    ids = [r["id"] for path in [*TRAINING, *EVALUATION.values()] for r in _rows(path)]
    assert len(ids) == len(set(ids))


def test_no_training_text_is_an_evaluation_text():
    train = {_norm(r["text"]): (path.name, r["id"]) for path in TRAINING for r in _rows(path)}
    for name, path in EVALUATION.items():
        clash = [(r["id"], train[_norm(r["text"])]) for r in _rows(path) if _norm(r["text"]) in train]
        assert not clash, f"{name}: {clash[:5]}"


def test_evaluation_sets_apart():
    texts = {name: {_norm(r["text"]) for r in _rows(path)} for name, path in EVALUATION.items()}
    assert not texts["test"] & texts["dev"]
    assert not texts["test"] & texts["dev2"]
    assert not texts["dev"] & texts["dev2"]
