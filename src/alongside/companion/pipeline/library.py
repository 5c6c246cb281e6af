"""The team's texts (companion/data/*.json) and the choice among their variants.

A variant is chosen deterministically (seeded by the client's message, so the same conversation gets
the same reply, and different conversations get different ones) and never one that already appears
in an earlier reply of the conversation while an unused one is left.

For a client without a therapist (``no_therapist``: on the waiting list), a key's variants come from the
file's "no_therapist" section when it has that key: wording about the intake team instead of "your therapist".
"""

from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"

__all__ = ["Picker", "replies", "crisis_texts", "skills", "seed_of"]


@lru_cache(maxsize=1)
def replies() -> dict[str, Any]:
    return json.loads((DATA / "replies.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def crisis_texts() -> dict[str, Any]:
    return json.loads((DATA / "crisis.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def skills() -> dict[str, Any]:
    return json.loads((DATA / "skills.json").read_text(encoding="utf-8"))["skills"]


def seed_of(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


class Picker:
    """Chooses variants for one reply: ``said`` is everything the companion said before in this
    conversation; variants used in this reply are remembered too."""

    def __init__(self, lang: str, said: str, seed: int, *, no_therapist: bool = False) -> None:
        self.lang, self.said, self.seed = lang, said, seed
        self.no_therapist = no_therapist
        self.used: list[str] = []

    def _texts(self, data: dict[str, Any], key: str) -> Any:
        if self.no_therapist:
            alternative = data.get("no_therapist", {}).get(self.lang, {}).get(key)
            if alternative is not None:
                return alternative
        return data[self.lang][key]

    def choose(self, variants: list[str], **values: str) -> str:
        texts = [v.format(**values) if values else v for v in variants]
        start = self.seed % len(texts)
        ordered = texts[start:] + texts[:start]
        fresh = [t for t in ordered if t not in self.said and t not in self.used]
        text = (fresh or ordered)[0]
        self.used.append(text)
        return text

    def reply(self, key: str, **values: str) -> str:
        return self.choose(self._texts(replies(), key), **values)

    def crisis(self, key: str, **values: str) -> str:
        entry = self._texts(crisis_texts(), key)
        return self.choose(entry if isinstance(entry, list) else [entry], **values)

    def has(self, key: str) -> bool:
        return key in replies()[self.lang]
