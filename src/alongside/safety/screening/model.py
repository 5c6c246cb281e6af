"""The learned layer of risk screening: hashed n-grams through one hidden layer; it can only raise a level.

Why this model: the rule layer matches the phrasings its authors foresaw; a client who words the
same risk differently ("everything's ready, that's when") is missed. Character n-grams (2–5,
inside words with the word boundaries marked), word unigrams, bigrams, trigrams and skip-bigrams
read English and Dutch alike and survive typos and algospeak; one hidden layer of ReLU units lets
them combine ("the next train" with "isn't stopping ... neither am I"), where a linear model could
only add them up. It costs a few hundred microseconds per text in pure Python + numpy, with no
model hub and no network.

How a text is scored (``assess``):

1. The text is normalised like the rules' input (``engine.normalise``) and split into sentences;
   a sentence longer than ``CHUNK_WORDS`` words (chat without punctuation) is cut into
   overlapping word windows.
2. Each *unit* is scored: every sentence, every pair of neighbouring sentences and the whole
   text. A risk sentence buried in a long everyday text is found by its own score; context spread
   over two short sentences ("Tomorrow at 6am, that's when. Everything's ready.") by the pair.
3. A unit's features are hashed (``zlib.crc32``, stable across processes and platforms, never
   Python's salted ``hash``) into ``2**HASH_BITS`` buckets, counted once each and scaled to unit
   length; the hidden layer is the sum of the buckets' rows plus a bias, through a ReLU, and each
   head a dot product of it plus a bias, through a sigmoid.
4. The heads are ordinal: P(level ≥ moderate), P(≥ high), P(≥ imminent). The model's level is
   the highest head whose probability reaches its threshold (chosen by
   ``scripts/train_risk_model.py`` on out-of-fold scores, one writer left out at a time, and stored
   in ``risk_model.json``). It never says ``low``:
   distress without risk raises no alert, and the rules' ``low`` stays theirs.
   Decoding is ordinal: a unit reaches ``high`` only if it also passes the moderate head.
5. Units that overlap a span the rules explained away (an idiom guard, a film plot, a joke about
   trivia, someone else's wish, professional talk, a tourist's question) need ``guard_threshold``,
   a much higher probability, before they may raise anything; a unit with a negation the rules
   read ("I have no suicidal thoughts", "ik ga mezelf niet van kant maken") never raises: the
   model does not understand negation, the rules do.

The engine takes max(rule level, model level): the model never lowers what the rules found.
The weights are loaded once, on first use (numpy is imported then, not at import time, so the
CLI starts fast and the rule layer alone needs nothing beyond the standard library).
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alongside.safety.screening.result import RiskLevel

__all__ = [
    "HEADS",
    "HASH_BITS",
    "ModelVerdict",
    "RiskModel",
    "assess",
    "cssrs_half",
    "feature_indices",
    "get_model",
    "load_model",
    "tokens",
    "units",
]

MODEL_DIR = Path(__file__).with_name("model")
WEIGHTS_FILE = MODEL_DIR / "risk_model.npz"
META_FILE = MODEL_DIR / "risk_model.json"

# Feature settings. Changing any of these changes every index: retrain, and bump FEATURE_VERSION.
FEATURE_VERSION = 2  # 2: word trigrams and skip-bigrams added (2026-12)
HASH_BITS = 18
CHAR_MIN, CHAR_MAX = 2, 5
CHUNK_WORDS = 40  # a longer sentence is scored in windows of CHUNK_WORDS words ...
CHUNK_STRIDE = 20  # ... starting every CHUNK_STRIDE words
SHORT_SENTENCES = 2  # a text of at most this many sentences (and CHUNK_WORDS words) is decided whole
HEADS = (RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT)

_MASK = (1 << HASH_BITS) - 1
# Words (letters and digits, inner apostrophes: "i'm", "'k" is kept as "k"), and emoji as words of
# their own: 💀 and 😂 change the meaning of a sentence.
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_ACCENTS = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüýÿçñ", "aaaaaeeeeiiiiooooouuuuyycn")
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n\s*")


def _crc(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & _MASK


def tokens(norm: str) -> list[str]:
    """Words of an already normalised (lower-cased) text, accents folded."""
    return _TOKEN.findall(norm.translate(_ACCENTS))


_WORD_CACHE: dict[str, tuple[int, ...]] = {}
_WORD_CACHE_MAX = 50_000


def _word_features(word: str) -> tuple[int, ...]:
    """Indices of a word's own features: the word itself and its character n-grams, with the
    word boundaries marked by spaces (" kms " gives " k", "km", "kms", "ms ", " km", ...)."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    out = [_crc("w:" + word)]
    padded = f" {word} "
    n_chars = len(padded)
    for n in range(CHAR_MIN, CHAR_MAX + 1):
        for i in range(n_chars - n + 1):
            out.append(_crc("c:" + padded[i : i + n]))
    result = tuple(out)
    if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = result
    return result


def feature_indices(words: list[str]) -> set[int]:
    """Hashed feature indices of a sequence of words (one unit): character n-grams and unigrams
    of each word, word bigrams and trigrams, and skip-bigrams (a word and the word after next:
    "isn't ... here", "niet ... zitten"). Counted once each (binary features).

    Trigrams and skip-bigrams were added in 2026-12: leaving one writer out, they lifted the
    recall of rules + model at the same false-alarm rate from 0.647 / 0.654 (moderate+ / high+) to
    0.700 / 0.700 (docs/safety-screening.md)."""
    out: set[int] = set()
    for word in words:
        out.update(_word_features(word))
    for a, b in zip(words, words[1:], strict=False):
        out.add(_crc("b:" + a + " " + b))
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        out.add(_crc("t:" + a + " " + b + " " + c))
        out.add(_crc("s:" + a + " " + c))
    return out


def text_features(text: str) -> set[int]:
    """Feature indices of a whole text (normalised here), as the model was trained on them."""
    from alongside.safety.screening.engine import normalise

    return feature_indices(tokens(normalise(text)))


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of the text that is scored on its own: its span and its words."""

    start: int
    end: int
    words: list[str]
    sentences: tuple[int, int]  # first and last sentence number covered (inclusive)
    decides: bool = True  # False: scored only to point at the riskiest sentence of a short text


def _sentences(norm: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(norm):
        if norm[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if norm[start:].strip():
        spans.append((start, len(norm)))
    # trim surrounding whitespace so a span is exactly the sentence
    out = []
    for s, e in spans:
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def units(norm: str) -> tuple[list[tuple[int, int]], list[Unit]]:
    """Sentences of the (normalised) text, and the units to score.

    A short text (at most ``SHORT_SENTENCES`` sentences and ``CHUNK_WORDS`` words) is decided as a
    whole; its sentences are scored only to point at the riskiest one. A longer text is decided by
    each sentence (long ones in word windows), each pair of neighbouring sentences and the whole.
    (On the dev set, deciding short texts by their single sentences added false alarms — a
    sentence out of its context — and found nothing the whole text missed.)
    """
    sentences = _sentences(norm)
    per_sentence: list[list[str]] = []
    result: list[Unit] = []
    for k, (s, e) in enumerate(sentences):
        matches = list(_TOKEN.finditer(norm, s, e))
        words = [m.group().translate(_ACCENTS) for m in matches]
        per_sentence.append(words)
        if len(words) > CHUNK_WORDS:
            for i in range(0, len(words) - CHUNK_STRIDE, CHUNK_STRIDE):
                j = min(len(words), i + CHUNK_WORDS)
                result.append(Unit(matches[i].start(), matches[j - 1].end(), words[i:j], (k, k)))
        elif words:
            result.append(Unit(s, e, words, (k, k)))
    for k in range(len(sentences) - 1):
        words = per_sentence[k] + per_sentence[k + 1]
        if words and len(words) <= 2 * CHUNK_WORDS:
            result.append(Unit(sentences[k][0], sentences[k + 1][1], words, (k, k + 1)))
    all_words = [w for ws in per_sentence for w in ws]
    if len(sentences) <= SHORT_SENTENCES and len(all_words) <= CHUNK_WORDS:
        if not all_words:
            return sentences, []
        if len(sentences) == 1:
            return sentences, result
        singles = [
            Unit(u.start, u.end, u.words, u.sentences, decides=False)
            for u in result
            if u.sentences[0] == u.sentences[1]
        ]
        return sentences, [*singles, Unit(sentences[0][0], sentences[-1][1], all_words, (0, len(sentences) - 1))]
    if len(sentences) > 2 or (sentences and len(per_sentence[0]) > CHUNK_WORDS):
        result.append(Unit(sentences[0][0], sentences[-1][1], all_words, (0, len(sentences) - 1)))
    return sentences, result


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    """What the model found: its level, the probability of the deciding head and the span of the
    unit behind it (the sentence with the highest score)."""

    level: RiskLevel
    probability: float
    start: int
    end: int


class RiskModel:
    """Weights, biases, thresholds and metadata of the learned layer.

    Two shapes, told apart by ``w2``:

    * linear (``w2`` None): ``weights`` is buckets × heads and ``bias`` one per head;
    * one hidden layer (the shipped model since 2026-12): ``weights`` is buckets × hidden units,
      ``bias`` one per hidden unit, then ReLU, ``w2`` (hidden × heads) and ``b2``. The hidden layer
      lets features combine ("train" with "isn't stopping ... neither am I") where a linear model
      can only add them up.
    """

    def __init__(
        self, weights: Any, bias: Any, meta: dict[str, Any], w2: Any = None, b2: Any = None, scale: Any = None
    ) -> None:
        import numpy as np

        self.np = np
        # The big table stays small in memory: int8 with one float32 scale per column (``scale``; 8 MB
        # for 2^18 × 32, see ``quantise``) or float16. The rows a text needs are widened to float32
        # before they are summed, and the sums scaled.
        if scale is None:
            self.weights = np.ascontiguousarray(weights, dtype=np.float16)
            self.scale = None
        else:
            self.weights = np.ascontiguousarray(weights, dtype=np.int8)
            self.scale = np.asarray(scale, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.w2 = None if w2 is None else np.ascontiguousarray(w2, dtype=np.float32)
        self.b2 = None if b2 is None else np.asarray(b2, dtype=np.float32)
        self.meta = meta
        thresholds = meta["thresholds"]
        self.thresholds = np.array([thresholds[str(h)] for h in HEADS], dtype=np.float32)
        self.guard_threshold = float(meta.get("guard_threshold", 1.0))
        width = len(HEADS) if self.w2 is None else self.w2.shape[0]
        if self.weights.shape != (1 << HASH_BITS, width) or self.bias.shape != (width,):
            raise ValueError(f"weights have shape {self.weights.shape}, expected {(1 << HASH_BITS, width)}")
        if self.w2 is not None and self.w2.shape != (width, len(HEADS)):
            raise ValueError(f"output layer has shape {self.w2.shape}, expected {(width, len(HEADS))}")
        if self.w2 is not None and (self.b2 is None or self.b2.shape != (len(HEADS),)):
            raise ValueError(f"output bias missing or not of shape {(len(HEADS),)}")
        if self.scale is not None and self.scale.shape != (width,):
            raise ValueError(f"scale has shape {self.scale.shape}, expected {(width,)}")
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError("model was trained with other feature settings: retrain it")

    def score_words(self, word_lists: list[list[str]]) -> Any:
        """Probabilities, one row per unit, one column per head (one gather for all units)."""
        np = self.np
        sets = [feature_indices(words) for words in word_lists]
        sizes = [len(x) for x in sets]
        flat = np.fromiter((i for x in sets for i in x), dtype=np.int64, count=sum(sizes))
        out = np.tile(self.bias, (len(sets), 1))
        nonempty = [k for k, n in enumerate(sizes) if n]
        if nonempty:
            starts = np.cumsum([0, *sizes])[nonempty]
            sums = np.add.reduceat(self.weights[flat].astype(np.float32), starts, axis=0)
            if self.scale is not None:
                sums *= self.scale
            out[nonempty] += sums / np.sqrt(np.array([sizes[k] for k in nonempty], dtype=np.float32))[:, None]
        if self.w2 is not None:
            out = np.maximum(out, 0.0) @ self.w2 + self.b2
        return 1.0 / (1.0 + np.exp(-out))

    @staticmethod
    def quantise(weights: Any) -> tuple[Any, Any]:
        """The table as int8 with one scale per column (its largest magnitude / 127). On the second dev
        set no probability moved by more than 0.003, and the file is half the size of float16."""
        import numpy as np

        table = np.asarray(weights, dtype=np.float32)
        scale = np.abs(table).max(axis=0) / 127.0
        scale[scale == 0] = 1.0
        return np.round(table / scale).astype(np.int8), scale.astype(np.float32)

    def score_text(self, text: str) -> Any:
        """Probabilities of the whole text as one unit (what training sees)."""
        from alongside.safety.screening.engine import normalise

        return self.score_words([tokens(normalise(text))])[0]

    def passing(self, probs: Any, guards: list[str | None]) -> Any:
        """Which heads each unit passes, decoded ordinally: a unit reaches a level only when it
        also passes every lower head (P(≥ high) alone, without P(≥ moderate), raises nothing).
        ``guards``: per unit None, "negation" (the rules read a negation there: never raises) or
        another kind of explanation (needs ``guard_threshold``)."""
        np = self.np
        limits = np.tile(self.thresholds, (len(guards), 1))
        for i, kind in enumerate(guards):
            if kind == "negation":
                limits[i] = np.inf
            elif kind is not None:
                limits[i] = np.maximum(limits[i], self.guard_threshold)
        return np.logical_and.accumulate(probs >= limits, axis=1)

    def assess(self, text: str, norm: str, explained: list[tuple[int, int, str]] | None = None) -> ModelVerdict | None:
        """The model's level for a text (None when it sees nothing at ``moderate`` or above).

        ``explained``: spans (start, end, kind) where the rules explained a match away; a unit that
        overlaps one needs ``guard_threshold``, or never raises when the kind is "negation".
        """
        np = self.np
        _, unit_list = units(norm)
        unit_list = [u for u in unit_list if u.decides] + [u for u in unit_list if not u.decides]
        n_deciding = sum(u.decides for u in unit_list)
        if not n_deciding:
            return None
        probs = self.score_words([u.words for u in unit_list[:n_deciding]])
        passing = self.passing(probs, unit_guards(unit_list[:n_deciding], explained))
        if not passing.any():
            return None
        if n_deciding < len(unit_list):  # the sentences of a short text: only to point at one
            probs = np.concatenate([probs, self.score_words([u.words for u in unit_list[n_deciding:]])])
        head = int(np.nonzero(passing.any(axis=0))[0].max())
        # the span: the single sentence (or window) with the highest score on the deciding head,
        # among those that pass; if only a pair or the whole text passes, its best sentence.
        column = probs[:, head]
        deciding = max((i for i in range(n_deciding) if passing[i, head]), key=lambda i: column[i])
        first, last = unit_list[deciding].sentences
        # the span: the riskiest single sentence (or window) inside the deciding unit
        singles = [
            i for i, u in enumerate(unit_list) if u.sentences[0] == u.sentences[1] and first <= u.sentences[0] <= last
        ]
        best = max(singles, key=lambda i: column[i]) if singles else deciding
        unit = unit_list[best]
        return ModelVerdict(HEADS[head], float(column[deciding]), unit.start, unit.end)


def cssrs_half(user: str) -> str:
    """The half of the cssrs-reddit-500 set a user belongs to: "train" (may train the model) or
    "report" (only ever evaluated). A stable hash of the anonymised user id, so the training
    script and the benchmark agree in every process."""
    return "train" if zlib.crc32(f"alongside-cssrs-split:{user}".encode()) % 2 == 0 else "report"


def unit_guards(unit_list: list[Unit], explained: list[tuple[int, int, str]] | None) -> list[str | None]:
    """Per unit: "negation" if it overlaps a span the rules read as negated, else the kind of any
    other explanation it overlaps, else None."""
    out: list[str | None] = []
    for u in unit_list:
        kinds = {kind for s, e, kind in explained or () if s < u.end and u.start < e}
        out.append("negation" if "negation" in kinds else (min(kinds) if kinds else None))
    return out


_LOCK = threading.Lock()
_CACHE: dict[str, RiskModel | None] = {}


def load_model(weights_file: Path = WEIGHTS_FILE, meta_file: Path = META_FILE) -> RiskModel:
    import numpy as np

    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    with np.load(weights_file) as data:
        keys = set(data.files)
        needed = {"weights_q", "weights_scale", "bias", "w2", "b2"} if "weights_q" in keys else {"weights", "bias"}
        if missing := sorted(needed - keys):
            raise ValueError(f"{weights_file.name} lacks the arrays {missing} (it has {sorted(keys)})")
        if "weights_q" in data:
            return RiskModel(data["weights_q"], data["bias"], meta, data["w2"], data["b2"], data["weights_scale"])
        if "w2" in data:
            return RiskModel(data["weights"], data["bias"], meta, data["w2"], data["b2"])
        return RiskModel(data["weights"], data["bias"], meta)


def get_model() -> RiskModel | None:
    """The shipped model, loaded once per process; None when the weights file is missing."""
    try:
        return _CACHE["model"]
    except KeyError:
        pass
    with _LOCK:
        if "model" not in _CACHE:
            _CACHE["model"] = load_model() if WEIGHTS_FILE.exists() and META_FILE.exists() else None
    return _CACHE["model"]


def assess(text: str, norm: str, explained: list[tuple[int, int, str]] | None = None) -> ModelVerdict | None:
    model = get_model()
    return None if model is None else model.assess(text, norm, explained)
