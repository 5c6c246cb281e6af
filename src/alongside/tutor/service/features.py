"""Hashed text features shared by the empathy and MI coders.

The same approach as the risk screener's learned layer (and none of its code): words and the
character n-grams inside them, word bigrams, hashed with ``zlib.crc32`` (stable across processes,
never Python's salted ``hash``) into ``2**HASH_BITS`` buckets. Every feature carries a namespace
prefix ("r:" response, "s:" seeker, "p:" previous turn, "cue:" a cue-lexicon hit) so that the same
word in two places is two features. A ``Features`` row is a pair of parallel lists (indices,
values); values of the n-gram block are scaled by 1/sqrt(block size) so long and short texts weigh
alike.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass, field

__all__ = [
    "FEATURE_VERSION",
    "HASH_BITS",
    "Features",
    "content_words",
    "normalise",
    "sentences",
    "words",
]

# Changing any of these changes every index: retrain the models and bump FEATURE_VERSION.
FEATURE_VERSION = 2  # 2: the empathy rows gained own-experience and sentence-position features
HASH_BITS = 17
CHAR_MIN, CHAR_MAX = 3, 5
_MASK = (1 << HASH_BITS) - 1

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[?!]")
_ACCENTS = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüýÿçñ’‘", "aaaaaeeeeiiiiooooouuuuyycn''")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_STOP = frozenset(
    "i me my you your yours we our they them their he she him her it its a an the and or but so to of in on "
    "at for with is are was were be been am do does did have has had that this these those there here "
    "what how why when who which not no yes just like really very can could would should will "
    "ik je jij u jouw uw mij me mijn we wij ons onze zij ze hun hij het de een en of maar dus te van "
    "in op aan voor met is zijn was waren ben bent heb hebt heeft had dat dit die deze er hier wat hoe "
    "waarom wanneer wie niet geen ja nee wel echt heel kan kun kunt zou zal".split()
)


def normalise(text: str) -> str:
    """Lower case, accents and curly apostrophes folded."""
    return text.lower().translate(_ACCENTS)


def words(text: str) -> list[str]:
    """Tokens of a text (normalised here); "?" and "!" are tokens of their own."""
    return _TOKEN.findall(normalise(text))


def content_words(tokens: list[str]) -> set[str]:
    """Words that carry content: not stop words, not punctuation, at least three letters."""
    return {w for w in tokens if len(w) > 2 and w not in _STOP and w[0].isalnum()}


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, surrounding blanks trimmed."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _crc(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & _MASK


_GRAM_CACHE: dict[str, tuple[str, ...]] = {}


def _char_grams(word: str) -> tuple[str, ...]:
    cached = _GRAM_CACHE.get(word)
    if cached is None:
        padded = f" {word} "
        cached = tuple(padded[i : i + n] for n in range(CHAR_MIN, CHAR_MAX + 1) for i in range(len(padded) - n + 1))
        if len(_GRAM_CACHE) > 100_000:
            _GRAM_CACHE.clear()
        _GRAM_CACHE[word] = cached
    return cached


@dataclass(slots=True)
class Features:
    """One row of features: hashed indices and their values (duplicates are summed by the model)."""

    indices: list[int] = field(default_factory=list)
    values: list[float] = field(default_factory=list)

    def add(self, name: str, value: float = 1.0) -> None:
        self.indices.append(_crc(name))
        self.values.append(value)

    def add_text(self, prefix: str, tokens: list[str], *, chars: bool = True, bigrams: bool = True) -> None:
        """The n-gram block of one text: unigrams, (bigrams), (character n-grams), each counted once."""
        names = {f"{prefix}w:{w}" for w in tokens}
        if bigrams:
            names.update(f"{prefix}b:{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
        if chars:
            names.update(f"{prefix}c:{g}" for w in tokens if w[0].isalnum() for g in _char_grams(w))
        if not names:
            return
        scale = 1.0 / math.sqrt(len(names))
        for name in names:
            self.add(name, scale)

    def add_bucket(self, name: str, value: float, edges: tuple[float, ...]) -> None:
        """A number as a one-hot bucket ("len<=8", "len<=20", "len>20"), so the model stays linear."""
        for edge in edges:
            if value <= edge:
                self.add(f"{name}<={edge:g}")
                return
        self.add(f"{name}>{edges[-1]:g}")
