"""Notes and summaries as plain text, to paste into another record system (and for the PDF and FHIR).

Each sentence keeps its source as a bracketed reference: ``[line 12]`` for a transcript line, the
data source's label for data. Pure functions; the caller has read (and audited) what it passes in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from alongside.kit import i18n
from alongside.notes.service.facts import N_

SECTION_TITLES = {
    "subjective": N_("Subjective"),
    "objective": N_("Objective"),
    "assessment": N_("Assessment"),
    "plan": N_("Plan"),
    "data": N_("Data"),
    "behavior": N_("Behavior"),
    "intervention": N_("Intervention"),
    "response": N_("Response"),
}
FORMAT_NAMES = {"soap": "SOAP", "dap": "DAP", "birp": "BIRP"}
MODALITY_WORDS = {"in_person": N_("in person"), "video": N_("video"), "phone": N_("phone")}
SECTION_EMPTY = N_("Nothing drafted for this section.")
RISK_MARK = N_("Risk (%(level)s)")


def line_ranges(numbers: Sequence[int]) -> str:
    """``[1, 2, 3, 5, 7, 8]`` as "1–3, 5, 7–8"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def reference(ref: str, sources: Mapping[str, Mapping[str, Any]], locale: str) -> str:
    if ref.startswith("line:"):
        return i18n.gettext(locale, N_("line %(n)s")) % {"n": ref[5:]}
    source = sources.get(ref)
    return source["label"] if source else ref


def sentence_line(sentence: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]], locale: str) -> str:
    refs = ", ".join(reference(r, sources, locale) for r in sentence.get("refs") or [])
    risk = ""
    if sentence.get("risk"):
        level = i18n.gettext(locale, sentence["risk"])
        risk = i18n.gettext(locale, RISK_MARK) % {"level": level} + ": "
    own = "" if refs else " [" + i18n.gettext(locale, N_("written by the therapist")) + "]"
    return f"- {risk}{sentence['text']}" + (f" [{refs}]" if refs else own)


def note_text(
    content: Mapping[str, Any],
    *,
    locale: str,
    heading: str,
    sign_line: str | None = None,
) -> str:
    """The note's sections as text under ``heading`` (e.g. "SOAP note, session of 2026-11-20")."""
    tr = i18n.translations(locale).gettext
    lines = [heading]
    if sign_line:
        lines.append(sign_line)
    sources = content.get("data", {})
    for section in content["sections"]:
        lines += ["", tr(SECTION_TITLES[section["key"]])]
        if not section["sentences"]:
            lines.append("- " + tr(SECTION_EMPTY))
        lines += [sentence_line(s, sources, locale) for s in section["sentences"]]
    return "\n".join(lines) + "\n"


def when(value: datetime, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def note_heading(fmt: str, starts_at: datetime, modality: str, minutes: int, tz: ZoneInfo, locale: str) -> str:
    tr = i18n.translations(locale).gettext
    return tr(N_("%(format)s note, session of %(when)s (%(modality)s, %(minutes)s minutes)")) % {
        "format": FORMAT_NAMES[fmt],
        "when": when(starts_at, tz),
        "modality": tr(MODALITY_WORDS[modality]),
        "minutes": minutes,
    }


def sign_text(number: int, signed_at: datetime | None, signer: str | None, tz: ZoneInfo, locale: str) -> str:
    tr = i18n.translations(locale).gettext
    if signed_at is None:
        return tr(N_("Version %(number)s, draft (not signed)")) % {"number": number}
    return tr(N_("Version %(number)s, signed on %(when)s by %(name)s")) % {
        "number": number,
        "when": when(signed_at, tz),
        "name": signer or "",
    }


def summary_text(
    *,
    title: str,
    period: str,
    sections: Sequence[tuple[str, list[tuple[str, str, str]] | str]],
    base_url: str,
    locale: str,
) -> str:
    """``sections``: (heading, [(fact text, source label, url)]) or (heading, a status sentence).
    Each fact gets a numbered reference; the sources follow with their links."""
    tr = i18n.translations(locale).gettext
    lines, refs = [title, period], []
    for heading, body in sections:
        lines += ["", heading]
        if isinstance(body, str):
            lines.append("- " + body)
            continue
        for text, label, url in body:
            refs.append((label, url))
            lines.append(f"- {text} [{len(refs)}]")
    if refs:
        lines += ["", tr(N_("Sources"))]
        lines += [f"[{n}] {label}: {base_url}{url}" for n, (label, url) in enumerate(refs, 1)]
    return "\n".join(lines) + "\n"
