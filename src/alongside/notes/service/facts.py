"""The between-session data as sentences ("facts"), each with the data it comes from.

A ``Fact`` is one sentence in the reader's language, made of a translated template and values, kept
as parts so a page can link every number to its data. The same facts fill the summary page, its
plain-text copy, the note drafts (``DataFact``) and the PDF. Pure functions of data already read
(and authorised, and audited) by ``summary.py``.

The templates contain no numbers, names or medication names (a test holds them to that): every
number and name in a fact is a value, and every value is in the fact's evidence, so the draft check
can trace it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from alongside.kit import i18n
from alongside.kit.i18n import N_
from alongside.notes.service.drafting import DataFact

BAND_WORDS = {
    "minimal": N_("minimal"),
    "mild": N_("mild"),
    "moderate": N_("moderate"),
    "moderately_severe": N_("moderately severe"),
    "severe": N_("severe"),
    "likely_depression": N_("very low wellbeing"),
    "poor_wellbeing": N_("low wellbeing"),
    "adequate": N_("no sign of low wellbeing"),
}
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7", "who5": "WHO-5"}

MOOD_NONE = N_("No mood check-ins in this period.")
MOOD_ONLY = N_("Mean mood was %(mean)s (check-ins: %(count)s).")
MOOD_UP = N_("Mean mood was %(mean)s (check-ins: %(count)s), up from %(before)s in the period before.")
MOOD_DOWN = N_("Mean mood was %(mean)s (check-ins: %(count)s), down from %(before)s in the period before.")
MOOD_SAME = N_("Mean mood was %(mean)s (check-ins: %(count)s), the same as in the period before.")
Q_NONE = N_("No questionnaires were filled in in this period.")
Q_FIRST = N_("%(name)s total %(total)s (%(band)s) on %(date)s; no earlier result to compare with.")
Q_BETTER = N_(
    "%(name)s total %(total)s (%(band)s) on %(date)s, against %(before)s on %(before_date)s: a reliable improvement."
)  # noqa: E501
Q_WORSE = N_(
    "%(name)s total %(total)s (%(band)s) on %(date)s, against %(before)s on %(before_date)s: a reliable deterioration."
)  # noqa: E501
Q_SAME = N_(
    "%(name)s total %(total)s (%(band)s) on %(date)s, against %(before)s on %(before_date)s: no reliable change."
)  # noqa: E501
ALERT_NONE = N_("No safety alerts in this period.")
ALERT = N_("A safety alert was raised on %(date)s at level %(level)s; it is now %(status)s.")
HOMEWORK_NONE = N_("No homework in this period.")
HOMEWORK = N_("Homework “%(title)s”: done on %(done)s of %(planned)s planned days.")
HOMEWORK_UNPLANNED = N_("Homework “%(title)s”: days done: %(done)s, with none planned in this period.")
HOMEWORK_NEW_DAILY = N_("New homework: “%(title)s”, every day.")
HOMEWORK_NEW_WEEKLY = N_("New homework: “%(title)s”, times a week: %(times)s.")
EXERCISE_NONE = N_("No exercises were used in this period.")
EXERCISE = N_(
    "%(title)s, times used: %(count)s; mean distress %(before)s before and %(after)s after (rated: %(rated)s)."
)  # noqa: E501
EXERCISE_UNRATED = N_("%(title)s, times used: %(count)s, without ratings.")
JOURNAL_NONE = N_("No journal entries were shared in this period.")
JOURNAL = N_("Journal entries shared in this period: %(count)s, about: %(themes)s.")
JOURNAL_NO_THEME = N_("Journal entries shared in this period: %(count)s, without a recurring theme.")
NEXT_SESSION = N_("The next session is planned on %(date)s.")
COMPANION_NONE = N_("No conversations with the companion in this period.")
COMPANION = N_(
    "Conversations with the companion in this period: %(count)s (messages from the client: %(messages)s), "
    "about: %(topics)s."
)
COMPANION_NO_TOPIC = N_(
    "Conversations with the companion in this period: %(count)s (messages from the client: %(messages)s), "
    "without a recurring topic."
)

TEMPLATES = (
    MOOD_NONE, MOOD_ONLY, MOOD_UP, MOOD_DOWN, MOOD_SAME, Q_NONE, Q_FIRST, Q_BETTER, Q_WORSE, Q_SAME, ALERT_NONE,
    ALERT, HOMEWORK_NONE, HOMEWORK, HOMEWORK_UNPLANNED, HOMEWORK_NEW_DAILY, HOMEWORK_NEW_WEEKLY, EXERCISE_NONE,
    EXERCISE, EXERCISE_UNRATED, JOURNAL_NONE, JOURNAL, JOURNAL_NO_THEME, NEXT_SESSION, COMPANION_NONE, COMPANION,
    COMPANION_NO_TOPIC,
)  # fmt: skip

LABEL_MOOD = N_("Mood check-ins from %(start)s to %(end)s")
LABEL_RESPONSE = N_("%(name)s result #%(id)s of %(date)s")
LABEL_QUESTIONNAIRES = N_("Questionnaires from %(start)s to %(end)s")
LABEL_ALERT = N_("Safety alert #%(id)s of %(date)s")
LABEL_ALERTS = N_("Safety alerts from %(start)s to %(end)s")
LABEL_HOMEWORK = N_("Care plan: homework #%(id)s")
LABEL_PLAN = N_("Care plan from %(start)s to %(end)s")
LABEL_EXERCISE = N_("Exercise log: %(title)s, from %(start)s to %(end)s")
LABEL_EXERCISES = N_("Exercise log from %(start)s to %(end)s")
LABEL_JOURNAL = N_("Shared journal entries from %(start)s to %(end)s")
LABEL_SESSION = N_("Session #%(id)s of %(date)s")
LABEL_COMPANION = N_("Companion conversations from %(start)s to %(end)s")

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True)
class FactContext:
    client_id: int
    locale: str
    tz: ZoneInfo
    start: datetime  # this period
    end: datetime
    before_start: datetime  # the period before: before_start .. start
    data_url: str  # the page with the data behind the summary ("/clients/5/summary/data?until=...")

    def day(self, value: datetime) -> str:
        return value.astimezone(self.tz).date().isoformat()

    def number(self, value: float | int) -> str:
        if isinstance(value, int):
            return str(value)
        return format_decimal(round(value, 1), "0.0", locale=self.locale if self.locale != "en" else "en_GB")

    def tr(self, message: str) -> str:
        return i18n.gettext(self.locale, message)

    def span(self) -> dict[str, str]:
        return {"start": self.day(self.start), "end": self.day(self.end)}


@dataclass(frozen=True)
class Fact:
    key: str
    hint: str  # themes | measures | risk | plan
    kind: str  # checkins | questionnaire | alert | homework | exercise | journal | session
    parts: tuple[tuple[str, bool], ...]  # (text, is a number) in reading order
    label: str
    evidence: str
    url: str

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)

    def as_data_fact(self) -> DataFact:
        return DataFact(self.key, self.hint, self.text, self.label, self.evidence, self.url, self.kind)


def _parts(template: str, values: dict[str, tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    pieces = _PLACEHOLDER.split(template)
    parts = []
    for index, piece in enumerate(pieces):
        if index % 2:
            parts.append(values[piece])
        elif piece:
            parts.append((piece, False))
    return tuple(parts)


def make_fact(
    ctx: FactContext,
    key: str,
    hint: str,
    kind: str,
    template: str,
    values: dict[str, Any],
    label: tuple[str, dict[str, Any]],
    anchor: str,
    url: str | None = None,
) -> Fact:
    """A fact in the context's language. Numbers (int, float) become linked parts; the evidence is
    the label and every value as shown, so the draft check finds whatever the sentence says."""
    shown = {
        name: (ctx.number(v), True) if isinstance(v, int | float) and not isinstance(v, bool) else (str(v), False)
        for name, v in values.items()
    }
    label_text = ctx.tr(label[0]) % label[1]
    evidence = label_text + ": " + "; ".join(f"{name} {text}" for name, (text, _) in shown.items())
    return Fact(
        key, hint, kind, _parts(ctx.tr(template), shown), label_text, evidence, url or f"{ctx.data_url}#{anchor}"
    )


# -- mood --------------------------------------------------------------------------------------------


def mood_facts(ctx: FactContext, points: Sequence[tuple[datetime, int]]) -> list[Fact]:
    now = [m for at, m in points if ctx.start <= at < ctx.end]
    before = [m for at, m in points if ctx.before_start <= at < ctx.start]
    label = (LABEL_MOOD, ctx.span())
    if not now:
        return [make_fact(ctx, "mood", "measures", "checkins", MOOD_NONE, {}, label, "mood")]
    mean = round(fmean(now), 1)
    values: dict[str, Any] = {"mean": mean, "count": len(now)}
    template = MOOD_ONLY
    if before:
        earlier = round(fmean(before), 1)
        template = MOOD_UP if mean > earlier else MOOD_DOWN if mean < earlier else MOOD_SAME
        if template != MOOD_SAME:
            values["before"] = earlier
    return [make_fact(ctx, "mood", "measures", "checkins", template, values, label, "mood")]


def daily_means(points: Iterable[tuple[datetime, int]], tz: ZoneInfo) -> list[tuple[date, float]]:
    by_day: dict[date, list[int]] = defaultdict(list)
    for at, mood in points:
        by_day[at.astimezone(tz).date()].append(mood)
    return [(day, round(fmean(values), 2)) for day, values in sorted(by_day.items())]


# -- questionnaires ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    id: int
    instrument: str
    total: int
    band: str
    completed_at: datetime


def questionnaire_facts(ctx: FactContext, results: Sequence[Result], reliable_change) -> list[Fact]:  # noqa: ANN001
    """The latest result of each instrument in the period, against the latest one before it."""
    ordered = sorted(results, key=lambda r: (r.completed_at, r.id))
    facts = []
    for instrument in ("phq9", "gad7", "who5"):
        own = [r for r in ordered if r.instrument == instrument]
        now = [r for r in own if ctx.start <= r.completed_at < ctx.end]
        if not now:
            continue
        latest = now[-1]
        earlier = [r for r in own if r.completed_at < ctx.start]
        name = INSTRUMENT_NAMES[instrument]
        values: dict[str, Any] = {
            "name": name, "total": latest.total, "band": ctx.tr(BAND_WORDS.get(latest.band, latest.band)),
            "date": ctx.day(latest.completed_at),
        }  # fmt: skip
        template = Q_FIRST
        if earlier:
            base = earlier[-1]
            change = reliable_change(instrument, base.total, latest.total)
            template = Q_BETTER if change > 0 else Q_WORSE if change < 0 else Q_SAME
            values |= {"before": base.total, "before_date": ctx.day(base.completed_at)}
        label = (LABEL_RESPONSE, {"name": name, "id": latest.id, "date": ctx.day(latest.completed_at)})
        key = f"questionnaire:{instrument}"
        facts.append(make_fact(ctx, key, "measures", "questionnaire", template, values, label, f"response-{latest.id}"))
    if not facts:
        label = (LABEL_QUESTIONNAIRES, ctx.span())
        facts.append(make_fact(ctx, "questionnaires", "measures", "questionnaire", Q_NONE, {}, label, "questionnaires"))
    return facts


# -- alerts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertItem:
    id: int
    level: str
    status: str
    created_at: datetime


def alert_facts(ctx: FactContext, alerts: Sequence[AlertItem]) -> list[Fact]:
    facts = []
    for alert in alerts:
        values = {"date": ctx.day(alert.created_at), "level": ctx.tr(alert.level), "status": ctx.tr(alert.status)}
        label = (LABEL_ALERT, {"id": alert.id, "date": ctx.day(alert.created_at)})
        facts.append(
            make_fact(ctx, f"alert:{alert.id}", "risk", "alert", ALERT, values, label, "", url=f"/alerts/{alert.id}")
        )
    if not facts:
        facts.append(make_fact(ctx, "alerts", "risk", "alert", ALERT_NONE, {}, (LABEL_ALERTS, ctx.span()), "alerts"))
    return facts


# -- homework ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomeworkItem:
    id: int
    title: str
    daily: bool
    times_per_week: int
    start_date: date
    end_date: date | None
    active: bool
    created_at: datetime
    done_on: tuple[date, ...]


def _running_days(item: HomeworkItem, first: date, last: date) -> int:
    start = max(first, item.start_date)
    end = min(last, item.end_date) if item.end_date else last
    return max(0, (end - start).days + 1) if item.active else 0


def planned_days(item: HomeworkItem, first: date, last: date) -> int:
    """``times_per_week`` × running days / 7, rounded half up, at most the running days."""
    days = _running_days(item, first, last)
    return min(days, (2 * item.times_per_week * days + 7) // 14)


def homework_facts(ctx: FactContext, items: Sequence[HomeworkItem]) -> list[Fact]:
    """Done against planned per homework in the period (days in the client's zone), and new homework."""
    first, last = ctx.start.astimezone(ctx.tz).date(), (ctx.end - timedelta(microseconds=1)).astimezone(ctx.tz).date()
    facts = []
    for item in items:
        done = len({d for d in item.done_on if first <= d <= last})
        planned = planned_days(item, first, last)
        if not planned and not done:
            continue
        values: dict[str, Any] = {"title": item.title, "done": done}
        if planned:
            values["planned"] = planned
        template = HOMEWORK if planned else HOMEWORK_UNPLANNED
        label = (LABEL_HOMEWORK, {"id": item.id})
        anchor = f"homework-{item.id}"
        facts.append(make_fact(ctx, f"homework:{item.id}", "measures", "homework", template, values, label, anchor))
    for item in items:
        if item.active and ctx.start <= item.created_at < ctx.end:
            template = HOMEWORK_NEW_DAILY if item.daily else HOMEWORK_NEW_WEEKLY
            values = {"title": item.title} if item.daily else {"title": item.title, "times": item.times_per_week}
            label = (LABEL_HOMEWORK, {"id": item.id})
            key, anchor = f"homework-new:{item.id}", f"homework-{item.id}"
            facts.append(make_fact(ctx, key, "plan", "homework", template, values, label, anchor))
    if not facts:
        facts.append(
            make_fact(ctx, "homework", "measures", "homework", HOMEWORK_NONE, {}, (LABEL_PLAN, ctx.span()), "homework")
        )  # noqa: E501
    return facts


# -- exercises ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExerciseItem:
    routine: str
    started_at: datetime
    distress_before: int
    distress_after: int | None


def exercise_facts(ctx: FactContext, sessions: Sequence[ExerciseItem], titles: dict[str, str]) -> list[Fact]:
    used: dict[str, list[ExerciseItem]] = defaultdict(list)
    for item in sessions:
        if ctx.start <= item.started_at < ctx.end:
            used[item.routine].append(item)
    facts = []
    for routine, items in sorted(used.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        title = titles.get(routine, routine)
        rated = [i for i in items if i.distress_after is not None]
        values: dict[str, Any] = {"title": title, "count": len(items)}
        template = EXERCISE_UNRATED
        if rated:
            template = EXERCISE
            values |= {
                "before": round(fmean(i.distress_before for i in rated), 1),
                "after": round(fmean(i.distress_after for i in rated), 1),  # type: ignore[misc]
                "rated": len(rated),
            }
        label = (LABEL_EXERCISE, {"title": title, **ctx.span()})
        anchor = f"exercise-{routine}"
        facts.append(make_fact(ctx, f"exercise:{routine}", "measures", "exercise", template, values, label, anchor))
    if not facts:
        label = (LABEL_EXERCISES, ctx.span())
        facts.append(make_fact(ctx, "exercises", "measures", "exercise", EXERCISE_NONE, {}, label, "exercises"))
    return facts


# -- journal -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalItem:
    id: int
    written_at: datetime
    themes: tuple[str, ...]  # theme ids found in the entry


def journal_facts(ctx: FactContext, entries: Sequence[JournalItem], topics: dict[str, str]) -> list[Fact]:
    """How many shared entries, and the themes that came up in at least two of them (or in the only
    one), most frequent first."""
    now = [e for e in entries if ctx.start <= e.written_at < ctx.end]
    label = (LABEL_JOURNAL, ctx.span())
    if not now:
        return [make_fact(ctx, "journal", "themes", "journal", JOURNAL_NONE, {}, label, "journal")]
    counts = Counter(theme for e in now for theme in set(e.themes))
    least = 1 if len(now) == 1 else 2
    themes = [topics.get(t, t) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= least]
    values: dict[str, Any] = {"count": len(now)}
    template = JOURNAL_NO_THEME
    if themes:
        template, values["themes"] = JOURNAL, ", ".join(themes)
    return [make_fact(ctx, "journal", "themes", "journal", template, values, label, "journal")]


def next_session_fact(ctx: FactContext, session_id: int, starts_at: datetime) -> Fact:
    label = (LABEL_SESSION, {"id": session_id, "date": ctx.day(starts_at)})
    values = {"date": ctx.day(starts_at)}
    url = f"/sessions/{session_id}"
    return make_fact(ctx, "next-session", "plan", "session", NEXT_SESSION, values, label, "", url=url)


def template_words(locale_codes: Iterable[str] = i18n.LOCALES) -> frozenset[str]:
    """Every word of the fact templates in every language, placeholders removed (for the draft check)."""
    from alongside.notes.service import lexicon

    found: set[str] = set()
    for locale in locale_codes:
        for template in TEMPLATES:
            found |= lexicon.all_words([_PLACEHOLDER.sub(" ", i18n.gettext(locale, template))])
    return frozenset(found)
