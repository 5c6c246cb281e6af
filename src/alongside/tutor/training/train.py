"""Training the empathy and MI models, for the shipped defaults (``scripts/train_tutor_model.py``)
and for the models users train on data they hold (``alongside tutor train``).

Settings (chosen on one EPITOME fold and AnnoMI's training sessions, 2026-12): L2 1.0; classes
fully balanced by weight for the empathy heads and the therapist head, half-balanced for the client
head (full balance over-predicted ``sustain``). EPITOME's rationale spans are added as extra
examples of their level at full weight: it teaches the head which words carry a level.
"""

from __future__ import annotations

from pathlib import Path

from alongside.tutor.service.coding import Head, save_heads
from alongside.tutor.service.empathy import MECHANISMS, pair_features
from alongside.tutor.service.features import Features
from alongside.tutor.service.mi import CLIENT_CODES, THERAPIST_CODES, turn_features
from alongside.tutor.training.data import EmpathyPair, MiExample, load_annomi, load_epitome
from alongside.tutor.training.fit import fit_head

__all__ = ["WeakExample", "detect_kind", "train_directory", "train_empathy", "train_mi"]

LEVELS = ["0", "1", "2"]
RATIONALE_WEIGHT = 1.0


class WeakExample:
    """A response with a label for one mechanism only (e.g. a GoEmotions "caring" comment)."""

    def __init__(self, mechanism: str, response: str, level: int, weight: float) -> None:
        self.mechanism, self.response, self.level, self.weight = mechanism, response, level, weight


def _empathy_rows(pairs: list[EmpathyPair], mechanism: str, weak: list[WeakExample]):
    rows: list[Features] = []
    labels: list[str] = []
    weights: list[float] = []
    for p in pairs:
        rows.append(pair_features(p.seeker, p.response))
        labels.append(str(p.levels[mechanism]))
        weights.append(1.0)
        spans = p.rationales.get(mechanism) or []
        if p.levels[mechanism] > 0 and spans:
            rows.append(pair_features(p.seeker, " ".join(spans)))
            labels.append(str(p.levels[mechanism]))
            weights.append(RATIONALE_WEIGHT)
    for w in weak:
        if w.mechanism == mechanism:
            rows.append(pair_features("", w.response))
            labels.append(str(w.level))
            weights.append(w.weight)
    return rows, labels, weights


def train_empathy(pairs: list[EmpathyPair], weak: list[WeakExample] | None = None) -> dict[str, Head]:
    """One 3-level head per mechanism."""
    heads = {}
    for mechanism in MECHANISMS:
        rows, labels, weights = _empathy_rows(pairs, mechanism, weak or [])
        heads[mechanism] = fit_head(rows, labels, LEVELS, sample_weight=weights, l2=1.0, balance=1.0)
    return heads


def train_mi(examples: list[MiExample]) -> dict[str, Head]:
    """The therapist head (six behaviours) and the client head (three talk types)."""
    heads = {}
    for speaker, classes, balance in (("therapist", THERAPIST_CODES, 1.0), ("client", CLIENT_CODES, 0.5)):
        picked = [e for e in examples if e.turn.speaker == speaker]
        rows = [turn_features(e.turn) for e in picked]
        heads[speaker] = fit_head(rows, [e.code for e in picked], list(classes), l2=1.0, balance=balance)
    return heads


def detect_kind(data: Path) -> str:
    """ "empathy" for an EPITOME directory, "mi" for an AnnoMI one."""
    if (data / "emotional-reactions-reddit.csv").is_file():
        return "empathy"
    if (data / "AnnoMI-simple.csv").is_file() and (data / "AnnoMI-full.csv").is_file():
        return "mi"
    raise FileNotFoundError(
        f"{data}: expected EPITOME's three CSV files (emotional-reactions-reddit.csv, ...) "
        "or AnnoMI-simple.csv and AnnoMI-full.csv"
    )


def train_directory(data: Path, out: Path, *, limit: int | None = None) -> tuple[str, int]:
    """Train a model from a data set the user holds and store it in ``out``.

    Returns the kind ("empathy" or "mi") and the number of examples used. ``limit`` keeps the
    first N examples (for quick trials and tests).
    """
    kind = detect_kind(data)
    meta = {"trained_on": str(data), "licence_note": "trained by the user on data they hold; not shipped"}
    if kind == "empathy":
        pairs = load_epitome(data)[:limit]
        save_heads(out, kind, train_empathy(pairs), {**meta, "examples": len(pairs)})
        return kind, len(pairs)
    examples = load_annomi(data)[:limit]
    save_heads(out, kind, train_mi(examples), {**meta, "examples": len(examples)})
    return kind, len(examples)
