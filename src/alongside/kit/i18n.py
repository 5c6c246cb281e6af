"""English and Dutch through gettext catalogues (Babel).

Catalogues are the ``.po`` files in ``alongside/locale``; they are compiled in memory on first use,
so no build step can leave a stale ``.mo`` behind.
"""

from __future__ import annotations

import io
from functools import cache
from gettext import NullTranslations
from pathlib import Path

from babel import Locale, negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES = ("en", "nl")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


@cache
def translations(locale: str) -> NullTranslations:
    po_path = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if locale == "en" or not po_path.exists():
        return NullTranslations()
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def N_(message: str) -> str:  # noqa: N802 (the gettext marker's usual name, which Babel extracts)
    """Marks a message for translation where it is shown, not where it is made."""
    return message


def gettext(locale: str, message: str) -> str:
    return translations(locale).gettext(message)


def best_locale(preferred: str | None, accept_language: str | None, fallback: str) -> str:
    """The user's setting wins, then the browser's Accept-Language, then the organisation's default."""
    if preferred in LOCALES:
        return preferred  # type: ignore[return-value]
    if accept_language:
        wanted = []
        for part in accept_language.split(","):
            tag = part.split(";")[0].strip().replace("-", "_")
            if tag:
                wanted.append(tag)
                wanted.append(tag.split("_")[0])
        found = negotiate_locale(wanted, list(LOCALES), sep="_")
        if found:
            return found
    return fallback if fallback in LOCALES else "en"


def display_name(locale: str) -> str:
    return Locale.parse(locale).get_display_name(locale).capitalize()
