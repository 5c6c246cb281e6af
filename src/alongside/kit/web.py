"""Templates, per-request translation and htmx-aware rendering."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from alongside.kit import i18n

PACKAGE_DIR = Path(__file__).resolve().parent.parent
templates = Jinja2Templates(directory=str(PACKAGE_DIR / "templates"))
templates.env.add_extension("jinja2.ext.i18n")
templates.env.policies["ext.i18n.trimmed"] = True


@pass_context
def _gettext(context: Context, message: str) -> str:
    return i18n.translations(context.get("locale", "en")).gettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return i18n.translations(context.get("locale", "en")).ngettext(singular, plural, n)


# New-style gettext: ``_("Hello %(name)s", name=x)`` formats after translating, and the catalogue is
# picked from the ``locale`` in each render's context, so one environment serves every request.
templates.env.install_gettext_callables(_gettext, _ngettext, newstyle=True)


def request_locale(request: Request) -> str:
    return getattr(request.state, "locale", "en")


def _context(request: Request) -> dict[str, Any]:
    locale = request_locale(request)
    # English dates in the European style (23 Nov 2026, 14:05): Babel's plain "en" is American.
    # Parsed once per request: Babel would parse a locale string again on every date it formats.
    formats = Locale.parse({"en": "en_GB"}.get(locale, locale))

    def fmt_datetime(value: datetime | None, fmt: str = "medium") -> str:
        if value is None:
            return ""
        return format_datetime(value, format=fmt, locale=formats, tzinfo=getattr(request.state, "tz", None))

    def country_name(code: str | None) -> str:
        """The country's name in the page's language (Babel's CLDR data), e.g. NL -> Nederland."""
        if not code:
            return ""
        return Locale.parse(locale).territories.get(code.upper(), code)

    def fmt_date(value: Any, fmt: str = "medium") -> str:
        return "" if value is None else format_date(value, format=fmt, locale=formats)

    return {
        "request": request,
        "locale": locale,
        "fmt_datetime": fmt_datetime,
        "fmt_date": fmt_date,
        "country_name": country_name,
        "actor": getattr(request.state, "actor", None),
        "open_alerts": getattr(request.state, "open_alerts", 0),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "languages": i18n.LANGUAGE_NAMES,
    }


def age_formatter(request: Request, now: datetime | None = None) -> Callable[[datetime | None], str]:
    """``fmt_age(moment)``: how long ago, in words of the page's language ("2 days", "3 weeks")."""
    from alongside.kit.orm import utc_now

    locale = request_locale(request)
    babel_locale = Locale.parse({"en": "en_GB"}.get(locale, locale))
    moment_now = now or utc_now()

    def fmt_age(value: datetime | None) -> str:
        if value is None:
            return ""
        return format_timedelta(moment_now - value, threshold=1.5, locale=babel_locale)

    return fmt_age


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200
) -> HTMLResponse:
    merged = _context(request)
    merged.update(context or {})
    return templates.TemplateResponse(request, name, merged, status_code=status_code)


def render_text(request: Request, name: str, context: dict[str, Any] | None = None) -> str:
    """A template rendered to plain text (for pasting into another system or a text/plain download).
    The template opts out of HTML escaping itself (``{% autoescape false %}``); a page that shows
    the result escapes it again as any other value."""
    merged = _context(request)
    merged.update(context or {})
    return templates.env.get_template(name).render(merged).strip() + "\n"


def redirect(url: str) -> RedirectResponse:
    """A redirect after a form post (303, so the browser follows with GET)."""
    return RedirectResponse(url, status_code=303)


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def public_url(request: Request, path: str) -> str:
    """An absolute link as the person sees this site (the request's own host and port)."""
    return str(request.base_url).rstrip("/") + path
