"""Crisis resources per country: the shipped data file (with source and date verified), which an
organisation's admin can override per country. A Dutch client never sees only a US number: the
country comes from an explicit choice, the user's country, the organisation's, or the browser."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.errors import Forbidden, InvalidInput
from alongside.kit.orm import utc_now
from alongside.safety.models import CrisisResourceOverride
from alongside.safety.repository import CrisisRepository
from alongside.safety.schemas import CrisisLine

if TYPE_CHECKING:
    from alongside.accounts.models import User

CRISIS_FILE = Path(__file__).resolve().parents[1] / "data" / "crisis_lines.json"
LANGUAGE_COUNTRY = {"nl": "NL", "de": "DE"}


@lru_cache(maxsize=1)
def crisis_data() -> dict[str, Any]:
    return json.loads(CRISIS_FILE.read_text(encoding="utf-8"))


def crisis_countries() -> list[str]:
    return sorted(crisis_data()["countries"])


def crisis_country_names() -> list[tuple[str, str]]:
    return [(code, crisis_data()["countries"][code].get("country", code)) for code in crisis_countries()]


def _line_from_form(line: CrisisLine) -> dict[str, Any]:
    """An admin's line in the shipped file's shape (phones as display + tel, text as keyword + number)."""
    phones = [p.strip() for p in (line.phone or "").split("/") if p.strip()]
    text = None
    if line.text:
        parts = line.text.split()
        keyword = " ".join(parts[:-1]) or None
        text = {"keyword": keyword, "number": parts[-1]}
    return {
        "name": line.name,
        "phone": [{"display": p, "tel": "".join(ch for ch in p if ch.isdigit() or ch == "+")} for p in phones],
        "text": text,
        "chat": line.chat,
        "hours": line.hours,
        "notes": line.notes,
        "languages": line.languages,
    }


def international() -> dict[str, Any]:
    return crisis_data()["international"]


def crisis_resources(session: Session | None, organisation_id: int | None, country: str | None) -> dict[str, Any]:
    """The country's entry (the organisation's override when it made one), else the international one."""
    if country is None:
        return {**international(), "fallback": True}
    country = country.upper()
    if session is not None and organisation_id is not None:
        override = CrisisRepository(session).override(organisation_id, country)
        if override is not None:
            return {**crisis_data()["countries"].get(country, {}), **override.data, "overridden": True}
    entry = crisis_data()["countries"].get(country)
    return entry if entry is not None else {**international(), "fallback": True}


def country_for(
    user: User | None, asked: str | None, accept_language: str | None, organisation_country: str | None = None
) -> str | None:
    known = crisis_countries()
    if asked and asked.upper() == "XX":  # "another country": the international directories
        return None
    if asked and asked.upper() in known:
        return asked.upper()
    if user is not None and user.country and user.country.upper() in known:
        return user.country.upper()
    if user is not None and organisation_country and organisation_country.upper() in known:
        return organisation_country.upper()
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip()
        if "-" in tag and tag.split("-")[1].upper() in known:
            return tag.split("-")[1].upper()
        if tag[:2].lower() in LANGUAGE_COUNTRY:
            return LANGUAGE_COUNTRY[tag[:2].lower()]
    return None


def update_crisis_resources(
    session: Session,
    actor: Actor,
    country: str,
    lines: list[CrisisLine],
    *,
    emergency: str | None,
    now: datetime | None = None,
) -> CrisisResourceOverride:
    """An admin replaces the organisation's lines for one country (verified today, by them)."""
    if not actor.is_admin:
        raise Forbidden("Only an administrator can edit crisis lines.")
    country = country.upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidInput("Give a two-letter country code.", field="country")
    if not lines:
        raise InvalidInput("Keep at least one crisis line.", field="lines")
    now = now or utc_now()
    data = {
        "lines": [_line_from_form(line) for line in lines],
        "emergency": emergency,
        "source": "organisation",
        "verified": now.date().isoformat(),
    }
    repo = CrisisRepository(session)
    row = repo.override(actor.organisation_id, country)
    if row is None:
        row = CrisisResourceOverride(
            organisation_id=actor.organisation_id,
            country=country,
            data=data,
            updated_at=now,
            updated_by_id=actor.user_id,
        )
        repo.add(row)
    else:
        row.data, row.updated_at, row.updated_by_id = data, now, actor.user_id
    return row
