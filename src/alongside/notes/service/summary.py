"""The between-session summary: what happened since the last held session, against the period before.

The periods:

- "This period" runs from the start of the last held session before ``until`` (default now) to
  ``until``; "the period before" from the held session before that one. With one held session, the
  period before is as long as this one; with none, this period is the last 14 days.
- A note's draft uses the summary ``until`` the start of its session, so it describes the time
  between that session and the one before.

Everything is read through the other domains' service functions (each checks access and audits its
own read), and only within the client's consent: check-ins (mood, exercises), questionnaires, shared
journal entries, companion conversations (their number and topics: ``companion_topics.py``). Alerts
are shared with the care team whatever the consent; the care plan is made together. The insights'
patterns have a named place that says they are not available yet. The care plan's history goes back
8 weeks from ``until``: homework before that is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.care.models import CareLink, Scope
from alongside.careplan import service as careplan_service
from alongside.checkins import service as checkins_service
from alongside.exercises import service as exercises_service
from alongside.journal import service as journal_service
from alongside.kit.orm import utc_now
from alongside.notes.models import TherapySession
from alongside.notes.service import companion_topics, insight_facts
from alongside.notes.service import facts as f
from alongside.notes.service.sessions import access_client, held_sessions_before, next_planned, user_zone
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import scoring
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service

DEFAULT_DAYS = 14
JOURNAL_LIMIT = 200
EXERCISE_LIMIT = 500
SECTION_KEYS = ("mood", "questionnaires", "alerts", "homework", "exercises", "journal", "companion", "insights")


@dataclass(frozen=True)
class Periods:
    start: datetime
    end: datetime
    before_start: datetime
    last_session: TherapySession | None

    @property
    def days(self) -> int:
        return max(1, round((self.end - self.start).total_seconds() / 86400))


def periods(session: Session, actor: Actor, client_id: int, until: datetime) -> Periods:
    held = held_sessions_before(session, actor, client_id, until)
    if not held:
        start = until - timedelta(days=DEFAULT_DAYS)
        return Periods(start, until, start - timedelta(days=DEFAULT_DAYS), None)
    start = held[0].starts_at
    before = held[1].starts_at if len(held) > 1 else start - (until - start)
    return Periods(start, until, before, held[0])


@dataclass
class SummarySection:
    key: str
    status: str  # shared | not_shared | not_available
    facts: list[f.Fact] = field(default_factory=list)


@dataclass
class Summary:
    """The facts per section, and the rows behind them for the data page and the charts."""

    client: User
    link: CareLink
    periods: Periods
    until: datetime
    next_session: TherapySession | None
    sections: list[SummarySection]
    mood: list[tuple[datetime, int]] | None = None
    results: list[f.Result] | None = None
    alerts: list[f.AlertItem] = field(default_factory=list)
    homework: list[f.HomeworkItem] = field(default_factory=list)
    exercises: list[f.ExerciseItem] | None = None
    exercise_titles: dict[str, str] = field(default_factory=dict)
    journal: list[f.JournalItem] | None = None
    journal_titles: dict[int, str] = field(default_factory=dict)
    theme_topics: dict[str, str] = field(default_factory=dict)
    companion: list[companion_topics.CompanionItem] | None = None
    companion_topics: dict[str, str] = field(default_factory=dict)
    next_fact: f.Fact | None = None
    tz: ZoneInfo = ZoneInfo("UTC")
    locale: str = "en"

    def day(self, value: datetime) -> str:
        return value.astimezone(self.tz).date().isoformat()

    def mood_days(self) -> list[tuple[date, float]]:
        return f.daily_means(self.mood or [], self.tz)

    def section(self, key: str) -> SummarySection:
        return next(s for s in self.sections if s.key == key)

    @property
    def facts(self) -> list[f.Fact]:
        found = [fact for s in self.sections for fact in s.facts]
        return found + [self.next_fact] if self.next_fact is not None else found


def data_url(client_id: int, until: datetime | None) -> str:
    base = f"/clients/{client_id}/summary/data"
    if until is None:
        return base
    return f"{base}?until={quote(until.strftime('%Y-%m-%dT%H:%M:%SZ'))}"


def _gather_mood(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    points = checkins_service.client_mood_points(session, actor, summary.client.id, since=ctx.before_start)
    summary.mood = [(p.at, p.mood) for p in points if p.at < ctx.end]
    summary.section("mood").facts = f.mood_facts(ctx, summary.mood)


def _gather_questionnaires(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    rows, _ = questionnaires_service.list_client_responses(session, actor, summary.client.id)
    summary.results = [
        f.Result(r.id, r.instrument, r.total, r.band, r.completed_at) for r in rows if r.completed_at < ctx.end
    ]

    def change(instrument: str, before: int, after: int) -> int:
        return scoring.reliable_change(scoring.Instrument(instrument), before, after)

    summary.section("questionnaires").facts = f.questionnaire_facts(ctx, summary.results, change)


def _gather_alerts(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    alerts = safety_service.client_alerts_since(session, actor, summary.client.id, ctx.before_start)
    summary.alerts = [
        f.AlertItem(a.id, a.level, a.status.value, a.created_at) for a in alerts if ctx.start <= a.created_at < ctx.end
    ]
    summary.section("alerts").facts = f.alert_facts(ctx, summary.alerts)


def _gather_homework(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    plan = careplan_service.client_care_plan(session, actor, summary.client.id, now=ctx.end)
    summary.homework = [
        f.HomeworkItem(
            h.homework.id,
            h.homework.title,
            h.homework.daily,
            h.homework.times_per_week,
            h.homework.start_date,
            h.homework.end_date,
            h.homework.active,
            h.homework.created_at,
            tuple(h.done_on),
        )  # fmt: skip
        for h in plan.homework
    ]
    history_start = datetime.combine(plan.weeks[0].week_start, datetime.min.time(), tzinfo=ctx.tz)
    clamped = f.FactContext(**{**vars(ctx), "start": max(ctx.start, history_start)})
    summary.section("homework").facts = f.homework_facts(clamped, summary.homework)


def _gather_exercises(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    rows, _ = exercises_service.list_client_sessions(session, actor, summary.client.id, limit=EXERCISE_LIMIT)
    summary.exercises = [
        f.ExerciseItem(r.routine, r.started_at, r.distress_before, r.distress_after)
        for r in rows
        if ctx.before_start <= r.started_at < ctx.end
    ]
    summary.exercise_titles = exercises_service.routine_titles(ctx.locale)
    summary.section("exercises").facts = f.exercise_facts(ctx, summary.exercises, summary.exercise_titles)


def _gather_journal(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    entries, _ = journal_service.list_client_entries(session, actor, summary.client.id, limit=JOURNAL_LIMIT)
    library = journal_service.library()
    items = []
    for entry in entries:
        if not ctx.start <= entry.written_at < ctx.end:
            continue
        found = journal_service.find_themes([journal_service.screened_text(entry)])
        items.append(f.JournalItem(entry.id, entry.written_at, tuple(sorted(found))))
        summary.journal_titles[entry.id] = entry.title or ""
    summary.journal = items
    lang = ctx.locale if ctx.locale in ("en", "nl") else "en"
    summary.theme_topics = {key: theme.topic[lang] for key, theme in library.themes.items()}
    summary.section("journal").facts = f.journal_facts(ctx, items, summary.theme_topics)


def _gather_companion(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    summary.companion = companion_topics.companion_items(session, actor, summary.client.id, ctx.start, ctx.end)
    summary.companion_topics = {key: ctx.tr(word) for key, word in companion_topics.TOPIC_WORDS.items()}
    summary.section("companion").facts = companion_topics.companion_facts(ctx, summary.companion)


def _gather_insights(session: Session, actor: Actor, summary: Summary, ctx: f.FactContext) -> None:
    found = insight_facts.insight_facts(session, actor, summary.client.id, ctx)
    if found is None:
        summary.section("insights").status = "not_available"
    else:
        summary.section("insights").facts = found


def between_session_summary(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    locale: str = "en",
    until: datetime | None = None,
    link_until: bool = False,
) -> Summary:
    """The summary for a therapist of the client (404 otherwise), in ``locale``; audited as a whole
    besides the reads of each domain. ``link_until`` makes the data links name the period's end (for
    notes, whose data must stay findable later)."""
    link = access_client(session, actor, client_id)
    end = until or utc_now()
    spans = periods(session, actor, client_id, end)
    ctx = f.FactContext(
        client_id, locale, user_zone(session, client_id), spans.start, spans.end, spans.before_start,
        data_url(client_id, end if (until is not None or link_until) else None),
    )  # fmt: skip
    sections = [SummarySection(key, "shared") for key in SECTION_KEYS]
    upcoming = next_planned(session, actor, client_id, end)
    summary = Summary(link.client, link, spans, end, upcoming, sections, tz=ctx.tz, locale=locale)
    gatherers = {
        "mood": (Scope.CHECKINS, _gather_mood),
        "questionnaires": (Scope.QUESTIONNAIRES, _gather_questionnaires),
        "alerts": (None, _gather_alerts),
        "homework": (None, _gather_homework),
        "exercises": (Scope.CHECKINS, _gather_exercises),
        "journal": (Scope.JOURNAL, _gather_journal),
        "companion": (Scope.COMPANION, _gather_companion),
        "insights": (Scope.CHECKINS, _gather_insights),
    }
    for key, (scope, gather) in gatherers.items():
        if scope is not None and not link.allows(scope):
            summary.section(key).status = "not_shared"
            continue
        gather(session, actor, summary, ctx)
    if upcoming is not None:
        summary.next_fact = f.next_session_fact(ctx, upcoming.id, upcoming.starts_at)
    audit.record(
        session,
        actor,
        AuditEvent.SUMMARY_VIEWED,
        subject_id=client_id,
        extra={"from": spans.start.isoformat(), "until": end.isoformat()},
    )
    return summary


def summary_for_session(session: Session, actor: Actor, row: TherapySession, *, locale: str) -> Summary:
    """The summary of the time before a session, for drafting its note."""
    return between_session_summary(session, actor, row.client_id, locale=locale, until=row.starts_at)
