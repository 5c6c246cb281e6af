"""Training the empathy and MI models, for the shipped defaults (``scripts/train_tutor_model.py``)
and for the models users train on data they hold (``alongside tutor train``).

Settings (chosen on one EPITOME fold and AnnoMI's training sessions, 2026-12): L2 1.0; classes
fully balanced by weight for the empathy heads and the therapist head, half-balanced for the client
head (full balance over-predicted ``sustain``). EPITOME's rationale spans are added as extra
examples of their level at full weight: it teaches the head which words carry a level.

Each empathy head's sentence pooling (``empathy.level_scores``: 0 = the response's scores alone,
1 = plus the strongest sentence's push) is chosen by ``INNER_FOLDS``-fold cross-validation on the
training pairs themselves (grouped by seeker post), by macro-F1: a benchmark that trains on some
folds never tunes on the fold it reports.
"""

from __future__ import annotations

from pathlib import Path

from alongside.tutor.service.coding import Head, save_heads
from alongside.tutor.service.empathy import MECHANISMS, level_scores, pair_features, sentence_rows
from alongside.tutor.service.features import Features
from alongside.tutor.service.mi import CLIENT_CODES, THERAPIST_CODES, turn_features
from alongside.tutor.training.data import EmpathyPair, MiExample, inner_fold, load_annomi, load_epitome
from alongside.tutor.training.fit import fit_head

__all__ = ["WeakExample", "detect_kind", "train_directory", "train_empathy", "train_mi"]

LEVELS = ["0", "1", "2"]
RATIONALE_WEIGHT = 1.0
POOLING_GRID = (0.0, 1.0)
INNER_FOLDS = 3
MIN_PAIRS_TO_TUNE = 60  # fewer: no cross-validation, the response's scores alone


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


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Macro-F1 over the classes in gold or predicted."""
    f1s = []
    for c in set(gold) | set(predicted):
        tp = sum(g == c and p == c for g, p in zip(gold, predicted, strict=True))
        wrong = sum((g == c) != (p == c) for g, p in zip(gold, predicted, strict=True))
        f1s.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def _fit(pairs: list[EmpathyPair], mechanism: str, weak: list[WeakExample], pooling: float) -> Head:
    rows, labels, weights = _empathy_rows(pairs, mechanism, weak)
    head = fit_head(rows, labels, LEVELS, sample_weight=weights, l2=1.0, balance=1.0)
    head.pooling = pooling
    return head


def choose_pooling(pairs: list[EmpathyPair], weak: list[WeakExample] | None = None) -> dict[str, float]:
    """Per mechanism, the pooling weight of ``POOLING_GRID`` with the best out-of-fold macro-F1 in a
    cross-validation on ``pairs`` alone (by seeker post; the weak examples train every fold)."""
    if len(pairs) < MIN_PAIRS_TO_TUNE:
        return dict.fromkeys(MECHANISMS, 0.0)
    folds = [inner_fold(p.seeker_id, INNER_FOLDS) for p in pairs]
    rows = [pair_features(p.seeker, p.response) for p in pairs]
    per_sentence = [sentence_rows(p.seeker, p.response) for p in pairs]
    chosen = {}
    for mechanism in MECHANISMS:
        predicted: dict[float, list[str]] = {w: [""] * len(pairs) for w in POOLING_GRID}
        for fold in range(INNER_FOLDS):
            held = [i for i, f in enumerate(folds) if f == fold]
            if not held:
                continue
            head = _fit([p for p, f in zip(pairs, folds, strict=True) if f != fold], mechanism, weak or [], 0.0)
            for w in POOLING_GRID:
                head.pooling = w
                scores = level_scores(head, [rows[i] for i in held], [per_sentence[i] for i in held])
                for i, k in zip(held, scores.argmax(axis=1), strict=True):
                    predicted[w][i] = head.classes[k]
        gold = [str(p.levels[mechanism]) for p in pairs]
        chosen[mechanism] = max(POOLING_GRID, key=lambda w: (macro_f1(gold, predicted[w]), -w))
    return chosen


def train_empathy(
    pairs: list[EmpathyPair], weak: list[WeakExample] | None = None, *, tune: bool = True
) -> dict[str, Head]:
    """One 3-level head per mechanism, its sentence pooling chosen by cross-validation on ``pairs``
    (``tune=False``: pooling 0, the response's scores alone)."""
    pooling = choose_pooling(pairs, weak) if tune else dict.fromkeys(MECHANISMS, 0.0)
    return {m: _fit(pairs, m, weak or [], pooling[m]) for m in MECHANISMS}


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
