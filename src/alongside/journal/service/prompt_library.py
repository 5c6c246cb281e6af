"""The prompt library (``journal/data/prompts.json``): prompts, purposes, themes with their keywords in
English and Dutch, and the reasons shown to the client. Loaded once; pure functions only."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from alongside.checkins.schemas import DEFAULT_TAGS, label_in
from alongside.errors import InvalidInput

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "prompts.json"
LANGUAGES = ("en", "nl")
TIMES = ("morning", "afternoon", "evening", "night")
MOODS = ("low", "high", "any")
FALLBACK_REASON = "start"


@dataclass(frozen=True)
class Prompt:
    id: str
    purposes: tuple[str, ...]
    times: tuple[str, ...]  # empty: any time of day
    mood: str  # "low", "high" or "any"
    needs: tuple[str, ...]  # themes the prompt suits ("for" in the data file)
    text: Mapping[str, str]


@dataclass(frozen=True)
class Theme:
    id: str
    topic: Mapping[str, str]
    purposes: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Library:
    prompts: tuple[Prompt, ...]
    purposes: Mapping[str, Mapping[str, str]]
    themes: Mapping[str, Theme]
    reasons: Mapping[str, Mapping[str, str]]

    def get(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases; a trailing ``*`` matches any ending (``collega*``)."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        stem = word.rstrip("*")
        body = r"\s+".join(re.escape(piece) for piece in stem.split())
        parts.append(body + (r"\w*" if word.endswith("*") else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@cache
def library() -> Library:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    prompts = tuple(
        Prompt(
            id=item["id"],
            purposes=tuple(item["purposes"]),
            times=tuple(item["when"].get("time", ())),
            mood=item["when"].get("mood", "any"),
            needs=tuple(item["when"].get("for", ())),
            text={lang: item[lang] for lang in LANGUAGES},
        )
        for item in data["prompts"]
    )
    themes = {
        key: Theme(
            key, theme["topic"], tuple(theme["purposes"]), _pattern(w for ws in theme["words"].values() for w in ws)
        )
        for key, theme in data["themes"].items()
    }
    return Library(prompts, data["purposes"], themes, data["reasons"])


def check_prompt_id(prompt_id: str | None) -> None:
    if prompt_id is not None and library().get(prompt_id) is None:
        raise InvalidInput("No such prompt.", field="prompt_id")


def time_of_day(local: datetime) -> str:
    hour = local.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def find_themes(texts: Iterable[str], lib: Library | None = None) -> Counter[str]:
    """Theme → in how many of the texts it comes up (keywords in English and Dutch)."""
    lib = lib or library()
    found: Counter[str] = Counter()
    for text in texts:
        found.update(key for key, theme in lib.themes.items() if theme.pattern.search(text))
    return found


# Tags that name a situation, not a feeling: being alone is not feeling alone, so the tag "alone" finds
# no theme (its effect on mood is still weighed by the tag-and-mood rule).
NO_THEME_TAGS = frozenset({"alone"})


def tag_themes(word: str, lib: Library | None = None) -> set[str]:
    """The themes a check-in tag points to: a theme's own id ("work") or its keywords in the tag."""
    lib = lib or library()
    if word in NO_THEME_TAGS:
        return set()
    return ({word} & lib.themes.keys()) | set(find_themes([word], lib))


def tag_label(word: str, locale: str) -> str:
    """A default tag's name in the client's language; the client's own tag as they wrote it."""
    return label_in(DEFAULT_TAGS[word][1], locale) if word in DEFAULT_TAGS else word


def reason_text(reason: str, locale: str, lib: Library | None = None) -> str:
    """The reason as the client reads it: "because your mood has been lower on work days"."""
    lib = lib or library()
    lang = locale if locale in LANGUAGES else "en"
    kind, _, detail = reason.partition(":")
    if kind in ("theme", "tag") and detail in lib.themes:
        return lib.reasons[kind][lang].format(topic=lib.themes[detail].topic[lang])
    if kind == "goal" and detail:
        return lib.reasons["goal"][lang].format(goal=detail)
    if kind == "tag_low" and detail:
        for theme in ("work", "study"):
            if theme in tag_themes(detail, lib):
                return lib.reasons[f"tag_low_{theme}"][lang]
        return lib.reasons["tag_low"][lang].format(tag=tag_label(detail, lang))
    return lib.reasons.get(reason, lib.reasons[FALLBACK_REASON])[lang]
