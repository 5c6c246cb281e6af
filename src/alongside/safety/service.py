"""Safety use cases. Crisis resources per country come from ``safety/data/crisis_lines.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alongside.accounts.models import User

CRISIS_FILE = Path(__file__).resolve().parent / "data" / "crisis_lines.json"
LANGUAGE_COUNTRY = {"nl": "NL", "en": "GB", "de": "DE"}


@lru_cache(maxsize=1)
def _crisis_data() -> dict[str, Any]:
    return json.loads(CRISIS_FILE.read_text(encoding="utf-8"))


def crisis_countries() -> list[str]:
    return sorted(code for code in _crisis_data().get("countries", {}))


def crisis_resources(country: str | None) -> dict[str, Any]:
    """The country's lines, or the international directories when we have none for it."""
    data = _crisis_data()
    countries = data.get("countries", {})
    if country and country.upper() in countries:
        return countries[country.upper()]
    return data.get("international", {})


def country_for(user: User | None, asked: str | None, accept_language: str | None) -> str | None:
    """An explicit choice, else the user's country, else a guess from the browser's language."""
    if asked and asked.upper() in crisis_countries():
        return asked.upper()
    if user is not None and user.country:
        return user.country.upper()
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip()
        if "-" in tag and tag.split("-")[1].upper() in crisis_countries():
            return tag.split("-")[1].upper()
        if tag[:2].lower() in LANGUAGE_COUNTRY:
            return LANGUAGE_COUNTRY[tag[:2].lower()]
    return None
