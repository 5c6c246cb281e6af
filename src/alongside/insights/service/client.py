"""A client's insights from their own data: the daily table built from the other domains' services,
then the statistics core (``analyze``).

Columns of the table, one row per local day from the first day with data to today (at most two
years back):

- outcomes: the day's mean ``mood`` (1–10), ``anxiety`` and ``energy`` (0–10) from check-ins;
- factors from check-ins: ``sleep_hours`` and ``sleep_quality`` as reported, and a 0/1 column per tag
  (``tag:<ref>``; 0 on a day with a check-in without it, unknown on a day without check-ins);
- ``routine`` and ``homework``: 1 on a day with a mindfulness routine or homework marked done, else 0
  (``homework`` only once the client has marked any homework done);
- the digital footprint (steps, sleep measured by a device, resting heart rate, screen time, …) with
  the prefix ``device_``, only where the reader may see it (the client, or a therapist with consent for
  the footprint).

Who may read: the client themself, or a therapist with an active care link and consent for check-ins
(404 otherwise, like every read of check-ins). Each source audits its own read; the analysis is
audited once more as ``INSIGHTS_VIEWED``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.careplan import service as careplan_service
from alongside.checkins import service as checkins_service
from alongside.exercises import service as exercises_service
from alongside.insights.service import Insights, analyze
from alongside.insights.service import footprint as footprint_service
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

HISTORY_DAYS = 730
OUTCOMES = ("mood", "anxiety", "energy")
# Outcomes where a lower value is the better one (what "helps" means for them).
LOWER_IS_BETTER = frozenset({"anxiety"})

FIXED_LABELS: dict[str, dict[str, str]] = {
    "sleep_hours": {"en": "sleep", "nl": "slaap"},
    "sleep_quality": {"en": "point(s) of sleep quality (1–5)", "nl": "punt(en) slaapkwaliteit (1–5)"},
    "routine": {"en": "a breathing or mindfulness routine", "nl": "een ademhalings- of mindfulnessoefening"},
    "homework": {"en": "homework from your care plan done", "nl": "huiswerk uit je zorgplan gedaan"},
    "device_steps": {"en": "steps", "nl": "stappen"},
    "device_sleep_hours": {"en": "sleep measured by your device", "nl": "slaap gemeten door je apparaat"},
    "device_sleep_start": {"en": "hour(s) later to bed", "nl": "uur later naar bed"},
    "device_sleep_mid": {"en": "hour(s) later middle of the night", "nl": "uur later midden van de nacht"},
    "device_sleep_end": {"en": "hour(s) later waking up", "nl": "uur later wakker"},
    "device_resting_hr": {"en": "beats per minute of resting heart rate", "nl": "slagen per minuut rusthartslag"},
    "device_screen_minutes": {"en": "screen time", "nl": "schermtijd"},
    "device_unlocks": {"en": "phone unlocks", "nl": "keer je telefoon ontgrendelen"},
    "device_calls": {"en": "calls", "nl": "gesprekken"},
    "device_messages": {"en": "messages", "nl": "berichten"},
    "device_home_hours": {"en": "time at home", "nl": "tijd thuis"},
    "device_places_visited": {"en": "places visited", "nl": "bezochte plekken"},
}


@dataclass(frozen=True)
class ClientInsights:
    client_id: int
    since: date | None  # first day with data, None when there is none
    until: date
    days_with_mood: int
    insights: Insights
    labels: dict[str, dict[str, str]]

    def to_dict(self, lang: str = "en", person: str = "you") -> dict:
        """The CLI's JSON, plus which patterns seem to help and which seem to weigh. ``person`` "client"
        words the sentences for the therapist."""
        out = self.insights.to_dict(lang, self.labels, person)
        for pattern in out["patterns"]:
            better = pattern["effect"] < 0 if pattern["outcome"] in LOWER_IS_BETTER else pattern["effect"] > 0
            pattern["direction"] = "helps" if better else "weighs"
            pattern["label"] = self.labels.get(pattern["factor"], {}).get(lang, pattern["factor"])
        return {
            "client_id": self.client_id,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat(),
            "days_with_mood": self.days_with_mood,
        } | out


def _access(session: Session, actor: Actor, client_id: int) -> bool:
    """Checks access; returns whether the reader may also see the digital footprint."""
    link = care_service.access_own_or_shared(session, actor, client_id, Scope.CHECKINS)
    return link is None or link.allows(Scope.FOOTPRINT)


def _columns(
    session: Session,
    actor: Actor,
    client_id: int,
    since: date,
    until: date,
    tz: tzinfo,
    *,
    footprint: bool,
    locale: str,
) -> tuple[dict[date, dict[str, float]], dict[str, dict[str, str]]]:
    """Every source as ``values[day][column]``, and the labels of the tag columns."""
    start, end = checkins_service.local_day_bounds(since, tz)[0], checkins_service.local_day_bounds(until, tz)[1]
    daily = checkins_service.daily_checkins(session, actor, client_id, since=since, until=until, locale=locale)
    values = {day: dict(columns) for day, columns in daily.values.items()}
    checkin_days = set(values)
    for day, count in exercises_service.exercise_days(session, actor, client_id, start, end, tz).items():
        values.setdefault(day, {})["routine"] = float(count > 0)
    homework = careplan_service.homework_done_days(session, actor, client_id, since, until)
    for day in checkin_days:
        values[day].setdefault("routine", 0.0)
        if homework:
            values[day]["homework"] = float(homework.get(day, 0) > 0)
    if footprint:
        for day, metrics in footprint_service.daily_footprint(session, actor, client_id, since, until).items():
            row = values.setdefault(day, {})
            row.update({f"device_{metric}": value for metric, value in metrics.items()})
    labels = {f"tag:{ref}": {"en": f"“{label}”", "nl": f"“{label}”"} for ref, label in daily.tag_labels.items()}
    return values, labels


def _table(values: dict[date, dict[str, float]], until: date):  # noqa: ANN202 (a DailyTable, imported lazily)
    from alongside.insights.service.daily_table import DailyTable

    first = min(values)
    days = [first + timedelta(days=i) for i in range((until - first).days + 1)]
    names = sorted({name for row in values.values() for name in row})
    nan = float("nan")
    columns = {name: [values.get(day, {}).get(name, nan) for day in days] for name in names}
    outcomes = {name: columns.pop(name) for name in OUTCOMES if name in columns}
    return DailyTable.from_columns(days, outcomes, columns)


def client_insights(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    locale: str = "en",
    now: datetime | None = None,
    history_days: int = HISTORY_DAYS,
) -> ClientInsights:
    """Patterns and trends of the last ``history_days`` days of the client's data."""
    footprint = _access(session, actor, client_id)
    tz = checkins_service.client_zone(session, client_id)
    until = (now or utc_now()).astimezone(tz).date()
    since = until - timedelta(days=history_days - 1)
    values, tag_labels = _columns(session, actor, client_id, since, until, tz, footprint=footprint, locale=locale)
    labels = FIXED_LABELS | tag_labels
    mood_days = sum(1 for row in values.values() if not math.isnan(row.get("mood", math.nan)))
    first = min(values, default=None)
    table = _table(values if mood_days else {until: {"mood": math.nan}}, until)
    result = analyze(table)
    audit.record(
        session,
        actor,
        AuditEvent.INSIGHTS_VIEWED,
        subject_id=client_id,
        extra={"days": len(table), "patterns": len(result.patterns), "footprint": footprint},
    )
    return ClientInsights(client_id, first, until, mood_days, result, labels)
