"""Linear heads over hashed features, and how a model directory is stored and loaded.

A model directory holds ``<kind>.json`` (metadata: heads, classes, feature version, training data)
and ``<kind>.npz`` (per head the bucket numbers that carry weight and their weights, float16 —
buckets never seen in training stay zero and are not stored). ``kind`` is "empathy" or "mi". The
shipped defaults live in ``alongside/tutor/model/``; ``alongside tutor train`` writes the same
files wherever the user says, and ``--model PATH`` reads them from there. numpy is imported on
first use only, so the command line starts fast.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from alongside.tutor.service.features import FEATURE_VERSION, HASH_BITS, Features

__all__ = ["DEFAULT_DIR", "Head", "ModelError", "load_heads", "save_heads"]

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "model"


class ModelError(Exception):
    """A model directory that is missing, incomplete or built with other feature settings."""


class Head:
    """One classifier: weights (buckets × classes), biases and the class names. ``pooling`` is how
    much an empathy head's decision adds of the strongest sentence's scores (``empathy.level_scores``;
    chosen in training, 0 for the MI heads)."""

    def __init__(self, weights: Any, bias: Any, classes: list[str], pooling: float = 0.0) -> None:
        import numpy as np

        self.np = np
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.classes = list(classes)
        self.pooling = float(pooling)
        if self.weights.shape != (1 << HASH_BITS, len(self.classes)):
            raise ModelError(f"weights have shape {self.weights.shape}")

    def scores(self, rows: list[Features]) -> Any:
        """Linear scores, one row per input, one column per class (one gather for all rows)."""
        np = self.np
        out = np.tile(self.bias, (len(rows), 1))
        sizes = [len(r.indices) for r in rows]
        if not sum(sizes):
            return out
        idx = np.fromiter((i for r in rows for i in r.indices), dtype=np.int64, count=sum(sizes))
        val = np.fromiter((v for r in rows for v in r.values), dtype=np.float32, count=sum(sizes))
        owner = np.repeat(np.arange(len(rows)), sizes)
        np.add.at(out, owner, self.weights[idx] * val[:, None])
        return out

    def probabilities(self, rows: list[Features]) -> Any:
        s = self.scores(rows)
        s = s - s.max(axis=1, keepdims=True)
        e = self.np.exp(s)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, rows: list[Features]) -> list[str]:
        return [self.classes[k] for k in self.scores(rows).argmax(axis=1)]


def save_heads(directory: Path, kind: str, heads: dict[str, Head], meta: dict[str, Any]) -> None:
    """Write ``<kind>.json`` and ``<kind>.npz`` into ``directory`` (created if needed)."""
    import numpy as np

    directory.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {}
    for name, head in heads.items():
        rows = np.nonzero(np.abs(head.weights).max(axis=1) > 1e-6)[0].astype(np.int32)
        arrays[f"{name}.rows"] = rows
        arrays[f"{name}.weights"] = head.weights[rows].astype(np.float16)
        arrays[f"{name}.bias"] = head.bias
    np.savez_compressed(directory / f"{kind}.npz", **arrays)
    full = {
        **meta,
        "kind": kind,
        "feature_version": FEATURE_VERSION,
        "hash_bits": HASH_BITS,
        "heads": {name: head.classes for name, head in heads.items()},
        "pooling": {name: head.pooling for name, head in heads.items()},
    }
    (directory / f"{kind}.json").write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _read(directory: Path, kind: str) -> tuple[dict[str, Head], dict[str, Any]]:
    import numpy as np

    meta_file, weights_file = directory / f"{kind}.json", directory / f"{kind}.npz"
    if not meta_file.is_file() or not weights_file.is_file():
        raise ModelError(f"no {kind} model in {directory} (expected {kind}.json and {kind}.npz)")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    if meta.get("feature_version") != FEATURE_VERSION or meta.get("hash_bits") != HASH_BITS:
        raise ModelError(f"{meta_file} was built with other feature settings: train it again")
    heads = {}
    with np.load(weights_file) as data:
        for name, classes in meta["heads"].items():
            weights = np.zeros((1 << HASH_BITS, len(classes)), dtype=np.float32)
            weights[data[f"{name}.rows"]] = data[f"{name}.weights"].astype(np.float32)
            pooling = meta.get("pooling", {}).get(name, 0.0)
            heads[name] = Head(weights, data[f"{name}.bias"], classes, pooling)
    return heads, meta


_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], tuple[dict[str, Head], dict[str, Any]]] = {}


def load_heads(kind: str, directory: Path | None = None) -> tuple[dict[str, Head], dict[str, Any]]:
    """The heads and metadata of a model directory, cached. None: the model configured for ``kind``
    (``ALONGSIDE_TUTOR_EMPATHY_MODEL`` / ``ALONGSIDE_TUTOR_MI_MODEL``, made by ``tutor train``), else
    the shipped default."""
    from alongside.config import settings

    configured = {"empathy": settings.tutor_empathy_model, "mi": settings.tutor_mi_model}.get(kind)
    path = (directory or configured or DEFAULT_DIR).resolve()
    key = (str(path), kind)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _read(path, kind)
        return _CACHE[key]
