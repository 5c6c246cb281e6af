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
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_risk_model_files", ROOT / "scripts/train_risk_model.py")
    source = spec.loader.get_source(spec.name)
    listed = set(re.findall(r'"(risk_train[\w]*\.jsonl)"', source))
    assert listed == {p.name for p in TRAINING}


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
