"""Notes and summaries as the API returns them, and the summary as plain text to paste elsewhere."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from alongside.kit import i18n
from alongside.notes.schemas import (
    CheckRead,
    FactRead,
    NoteRead,
    ProblemRead,
    SectionRead,
    SentenceRead,
    SourceRead,
    SummaryRead,
    SummarySectionRead,
    VersionRead,
    VersionSummary,
)
from alongside.notes.service import text
from alongside.notes.service.facts import N_
from alongside.notes.service.notes import NoteView, view_text
from alongside.notes.service.summary import Summary

SECTION_HEADINGS = {
    "mood": N_("Mood"),
    "questionnaires": N_("Questionnaires"),
    "alerts": N_("Safety alerts"),
    "homework": N_("Homework"),
    "exercises": N_("Exercises"),
    "journal": N_("Shared journal entries"),
    "companion": N_("Companion topics"),
    "insights": N_("Strongest patterns"),
}
STATUS_TEXT = {
    "not_shared": N_("The client does not share this with you."),
    "not_available": N_("Not available yet."),
}
SUMMARY_TITLE = N_("Between-session summary: %(name)s")
PERIOD_SINCE = N_("Since the session of %(start)s, until %(end)s; compared with the period from %(before)s.")
PERIOD_DAYS = N_("From %(start)s until %(end)s (no session held before); compared with the period from %(before)s.")


def _summary(version: Any, numbers: dict[int, int]) -> VersionSummary:
    return VersionSummary(
        number=version.number,
        status=version.status,
        drafter=version.drafter,
        created_at=version.created_at,
        signed_at=version.signed_at,
        signed_by_id=version.signed_by_id,
        amends_number=numbers.get(version.amends_id) if version.amends_id else None,
        amendment_reason=version.amendment_reason,
    )


def sources_of(view: NoteView) -> list[SourceRead]:
    """Every source the version's sentences refer to, in order of first use."""
    lines = {f"line:{line.n}": line for line in view.transcript.lines} if view.transcript else {}
    data = view.content.get("data", {})
    found: dict[str, SourceRead] = {}
    for section in view.content["sections"]:
        for ref in (r for s in section["sentences"] for r in s["refs"]):
            if ref in found:
                continue
            if ref in lines:
                line = lines[ref]
                label = f"line {line.n}" + (f" ({line.speaker})" if line.speaker else "")
                found[ref] = SourceRead(ref=ref, kind="transcript", label=label, url=f"#line-{line.n}")
            elif ref in data:
                source = data[ref]
                found[ref] = SourceRead(ref=ref, kind=source["kind"], label=source["label"], url=source.get("url"))
    return list(found.values())


def note_read(session: Session, view: NoteView, locale: str) -> NoteRead:
    numbers = {v.id: v.number for v in view.versions}
    version = view.version
    report = view.check
    return NoteRead(
        id=view.note.id,
        session_id=view.note.session_id,
        client_id=view.note.client_id,
        author_id=view.note.author_id,
        format=view.note.format,
        versions=[_summary(v, numbers) for v in view.versions],
        version=VersionRead(
            **_summary(version, numbers).model_dump(),
            transcript_id=version.transcript_id,
            content_sha256=version.content_sha256,
            drafted_by=view.content.get("drafted_by"),
            sections=[
                SectionRead(key=s["key"], sentences=[SentenceRead(**sentence) for sentence in s["sentences"]])
                for s in view.content["sections"]
            ],
            sources=sources_of(view),
            check=CheckRead(
                ok=report.ok,
                sentences=report.sentences,
                own_words=report.own_words,
                problems=[ProblemRead(**vars(p)) for p in report.problems],
            ),
        ),
        text=view_text(session, view, locale),
    )


def period_text(summary: Summary, locale: str) -> str:
    spans = summary.periods
    tz_day = {
        "start": summary.day(spans.start),
        "end": summary.day(spans.end),
        "before": summary.day(spans.before_start),
    }
    template = PERIOD_SINCE if spans.last_session is not None else PERIOD_DAYS
    return i18n.gettext(locale, template) % tz_day


def summary_plain_text(summary: Summary, locale: str, base_url: str) -> str:
    tr = i18n.translations(locale).gettext
    sections: list[tuple[str, list[tuple[str, str, str]] | str]] = []
    for section in summary.sections:
        heading = tr(SECTION_HEADINGS[section.key])
        if section.status != "shared":
            sections.append((heading, tr(STATUS_TEXT[section.status])))
        else:
            sections.append((heading, [(fact.text, fact.label, fact.url) for fact in section.facts]))
    if summary.next_fact is not None:
        fact = summary.next_fact
        sections.append((tr(N_("Next session")), [(fact.text, fact.label, fact.url)]))
    return text.summary_text(
        title=tr(SUMMARY_TITLE) % {"name": summary.client.display_name},
        period=period_text(summary, locale),
        sections=sections,
        base_url=base_url.rstrip("/"),
        locale=locale,
    )


def summary_read(summary: Summary, locale: str, base_url: str) -> SummaryRead:
    def fact_read(fact: Any) -> FactRead:
        return FactRead(
            key=fact.key,
            text=fact.text,
            source=SourceRead(ref=f"data:{fact.key}", kind=fact.kind, label=fact.label, url=fact.url),
        )

    return SummaryRead(
        client_id=summary.client.id,
        period_start=summary.periods.start,
        period_end=summary.periods.end,
        before_start=summary.periods.before_start,
        last_session_id=summary.periods.last_session.id if summary.periods.last_session else None,
        next_session_id=summary.next_session.id if summary.next_session else None,
        sections=[
            SummarySectionRead(key=s.key, status=s.status, facts=[fact_read(fact) for fact in s.facts])
            for s in summary.sections
        ],
        text=summary_plain_text(summary, locale, base_url),
    )
