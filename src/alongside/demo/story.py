"""The story, as plain data: every client's check-ins and journal entries for the ``DAYS`` days up
to ``now``, from a mood curve per client (baseline, trend, weekly rhythm, noise), the time slots
they check in and write in, and entries composed from the sentence pools in ``text.py``.

Pure and reproducible: ``random.Random`` is seeded per client, so the same seed and the same ``now``
give the same story.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from alongside.demo.cast import _CLIENTS, _STAFF, DAYS, _ClientSpec
from alongside.demo.details import plan_details
from alongside.demo.text import _HOPELESS, _NOTES, _TEXT, _THEMES, _WEEKDAYS, _holiday


@dataclass(frozen=True)
class PlannedCheckIn:
    client: str
    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None
    note: str | None
    sleep_half_hours: int | None = None
    sleep_quality: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # default tag keys, and details.OWN for the client's own tag


@dataclass(frozen=True)
class PlannedEntry:
    client: str
    written_at: datetime
    title: str | None
    body: str
    shared: bool
    shared_later_at: datetime | None  # written private, shared before a session
    edited_at: datetime | None
    mood_band: str  # low | mid | good
    hopeless: bool


@dataclass
class Plan:
    start: dict[str, datetime]  # per client: midnight (local) of the first day of the period
    checkins: list[PlannedCheckIn]
    entries: list[PlannedEntry]


def plan(seed: int, now: datetime) -> Plan:
    """Generate every client's check-ins and journal entries for the ``DAYS`` days up to ``now``."""
    used_bodies: set[str] = set()
    story = Plan(start={}, checkins=[], entries=[])
    for spec in _CLIENTS:
        rng = random.Random(f"{seed}:{spec.key}")  # noqa: S311 (synthetic data, not security)
        tz = ZoneInfo(spec.tz)
        first_day = now.astimezone(tz).date() - timedelta(days=DAYS - 1)
        story.start[spec.key] = datetime.combine(first_day, time(0), tz).astimezone(UTC)
        curve = _mood_curve(spec, rng, first_day)
        checkins = _plan_checkins(spec, rng, curve, first_day, tz, now)
        details = plan_details(seed, spec, checkins)
        story.checkins += [replace(c, **extra) for c, extra in zip(checkins, details, strict=True)]
        if spec.journal_per_week:
            story.entries += _plan_entries(spec, rng, curve, first_day, tz, now, used_bodies)
    return story


_WEEKLY = {  # Monday .. Sunday
    "weekend_lift": (-0.3, -0.1, 0.0, 0.0, 0.25, 0.6, 0.35),
    "monday_dip": (-0.7, -0.2, 0.0, 0.1, 0.3, 0.5, 0.1),
    "sunday_dip": (-0.3, 0.0, 0.1, 0.1, 0.4, 0.5, -0.8),
    "none": (0.0,) * 7,
}


def _mood_curve(spec: _ClientSpec, rng: random.Random, first_day: date) -> list[float]:
    """The client's latent daily mood: baseline, trend, weekly rhythm and autocorrelated noise."""
    base = spec.baseline + rng.uniform(-0.25, 0.25)
    change = spec.change * rng.uniform(0.9, 1.1)
    dip_centre = rng.uniform(0.4, 0.6) * DAYS
    dip_width = rng.uniform(8, 12)
    period = rng.uniform(24, 34)
    phase = rng.uniform(0, 2 * math.pi)
    weekly = _WEEKLY[spec.weekly]
    noise = 0.0
    curve = []
    for d in range(DAYS):
        t = d / (DAYS - 1)
        if spec.course == "improving":
            trend = change * (3 * t * t - 2 * t * t * t)
        elif spec.course == "deteriorating":
            trend = -change * t**1.7
        elif spec.course == "rough_patch":
            trend = -change * math.exp(-(((d - dip_centre) / dip_width) ** 2))
        elif spec.course == "ups_and_downs":
            trend = 1.3 * math.sin(2 * math.pi * d / period + phase)
        else:
            trend = 0.0
        noise = 0.6 * noise + rng.gauss(0, 0.6)
        day = first_day + timedelta(days=d)
        curve.append(base + trend + weekly[day.weekday()] + noise)
    return curve


_SLOTS = {  # local time windows (minutes after midnight) for check-ins
    "morning": (7 * 60, 9 * 60 + 45),
    "midday": (12 * 60, 14 * 60 + 30),
    "evening": (19 * 60 + 30, 23 * 60 + 15),
}


def _local(day: date, minutes: int, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60), tz).astimezone(UTC)


def _clip(value: float) -> int:
    return max(1, min(10, round(value)))


def _band(mood: float) -> str:
    return "low" if mood < 4.6 else "good" if mood > 6.6 else "mid"


def _plan_checkins(
    spec: _ClientSpec, rng: random.Random, curve: list[float], first_day: date, tz: ZoneInfo, now: datetime
) -> list[PlannedCheckIn]:
    rows: list[PlannedCheckIn] = []
    gap = 0
    weights = (0.5, 0.15, 0.35) if spec.morning_person else (0.25, 0.2, 0.55)
    for d, latent in enumerate(curve):
        day = first_day + timedelta(days=d)
        if gap > 0:
            gap -= 1
            continue
        low = latent < 4.0
        if d < DAYS - 2 and rng.random() < spec.gap_rate * (1.8 if low else 1.0):
            gap = rng.randint(1, 5)  # today and the next days are missed
            continue
        if rng.random() > spec.adherence - (0.12 if low else 0.0):
            continue
        count = rng.choices((1, 2, 3), weights=spec.per_day)[0]
        for slot in _weighted_sample(rng, list(_SLOTS), weights, count):
            lo, hi = _SLOTS[slot]
            if day.weekday() >= 5 and slot == "morning":
                lo, hi = lo + 60, hi + 60
            at = _local(day, rng.randint(lo, hi), tz)
            if at > now:
                continue
            tod = {"morning": -0.4 if spec.baseline < 5 else -0.1, "midday": 0.2, "evening": 0.0}[slot]
            mood = _clip(latent + tod + rng.gauss(0, 0.5))
            energy = anxiety = None
            if "energy" in spec.tracks:
                energy = _clip(
                    0.55 * latent + 2.3 + {"morning": 0.6, "midday": 0.3, "evening": -0.9}[slot] + rng.gauss(0, 0.9)
                )
            if "anxiety" in spec.tracks:
                sunday_evening = spec.weekly == "sunday_dip" and day.weekday() == 6 and slot == "evening"
                anxiety = _clip(
                    spec.anxiety_base
                    - 0.6 * (latent - spec.baseline)
                    + rng.gauss(0, 0.9)
                    + (1.0 if sunday_evening else 0.0)
                )
            note = None
            if rng.random() < spec.note_rate:
                note = _pick(rng, _NOTES[spec.locale][_band(mood)], _slots_for(spec, day, now))
            rows.append(PlannedCheckIn(spec.key, at, mood, energy, anxiety, note))
    return rows


def _weighted_sample(rng: random.Random, items: list[str], weights: Sequence[float], k: int) -> list[str]:
    """``k`` distinct items, drawn by weight, in their original order (one check-in per time slot)."""
    pool, w, chosen = list(items), list(weights), []
    for _ in range(min(k, len(pool))):
        i = rng.choices(range(len(pool)), weights=w)[0]
        chosen.append(pool.pop(i))
        w.pop(i)
    return sorted(chosen, key=items.index)


def _therapist_on(spec: _ClientSpec, day: date, first_day: date, today: date) -> str | None:
    """First name of a therapist the client sees on ``day`` (for "{therapist}" in texts)."""
    for link in spec.links:
        joined = first_day + timedelta(days=link.start_day)
        ended = today - timedelta(days=link.withdrawn_days_ago) if link.withdrawn_days_ago else None
        if joined <= day and (ended is None or day < ended):
            return _STAFF[link.therapist].first_name
    return None


def _slots_for(spec: _ClientSpec, day: date, now: datetime, first_day: date | None = None) -> dict[str, str]:
    slots = {k: v for k, v in spec.life.items() if isinstance(v, str)}
    names = _WEEKDAYS[spec.locale]
    slots["weekday"] = names[day.weekday()]
    slots["Weekday"] = names[day.weekday()].capitalize()
    if first_day is not None:
        today = now.astimezone(ZoneInfo(spec.tz)).date()
        therapist = _therapist_on(spec, day, first_day, today)
        if therapist:
            slots["therapist"] = therapist
    return slots


@dataclass
class _Draft:
    """A journal entry before its text is written."""

    d: int  # day of the period
    day: date
    at: datetime
    kind: str  # evening | morning | afternoon
    band: str  # low | mid | good
    hopeless: bool = False


_ENTRY_WINDOWS = {"evening": (20 * 60, 23 * 60 + 30), "morning": (6 * 60 + 45, 9 * 60), "afternoon": (13 * 60, 17 * 60)}


def _plan_entries(
    spec: _ClientSpec,
    rng: random.Random,
    curve: list[float],
    first_day: date,
    tz: ZoneInfo,
    now: datetime,
    used_bodies: set[str],
) -> list[PlannedEntry]:
    entries = []
    for draft in _entry_drafts(spec, rng, curve, first_day, tz, now):
        slots = _slots_for(spec, draft.day, now, first_day)
        homework = spec.life.get("homework")
        if isinstance(homework, tuple):
            slots["homework"] = rng.choice(homework)
        for _ in range(20):  # never the same text twice
            title, body = _compose(spec, rng, draft, slots)
            if body not in used_bodies:
                break
        used_bodies.add(body)
        shared = rng.random() < spec.share_rate
        shared = shared or (draft.hopeless and spec.share_rate > 0 and rng.random() < 0.5)
        shared_later_at = edited_at = None
        if shared and rng.random() < 0.3:
            later = draft.at + timedelta(hours=rng.randint(12, 60))
            shared_later_at = later if later < now else None
        if rng.random() < 0.06:
            later = draft.at + timedelta(minutes=rng.randint(10, 600))
            edited_at = later if later < now else None
        entries.append(
            PlannedEntry(
                spec.key, draft.at, title, body, shared, shared_later_at, edited_at, draft.band, draft.hopeless
            )
        )
    # A therapist should be able to see at least one of the hopeless entries.
    if spec.hopeless and spec.share_rate > 0 and not any(x.shared for x in entries if x.hopeless):
        i = max(i for i, x in enumerate(entries) if x.hopeless)
        entries[i] = replace(entries[i], shared=True, shared_later_at=None)
    return entries


def _entry_drafts(
    spec: _ClientSpec, rng: random.Random, curve: list[float], first_day: date, tz: ZoneInfo, now: datetime
) -> list[_Draft]:
    """When the client writes (2-4 days a week, mostly evenings) and in which mood."""
    assert spec.journal_per_week is not None
    lo, hi = spec.journal_per_week
    drafts: list[_Draft] = []
    for week_start in range(0, DAYS, 7):
        days = list(range(week_start, min(week_start + 7, DAYS)))
        for d in sorted(rng.sample(days, min(len(days), rng.randint(lo, hi)))):
            kind = rng.choices(list(_ENTRY_WINDOWS), weights=(0.72, 0.14, 0.14))[0]
            day = first_day + timedelta(days=d)
            at = _local(day, rng.randint(*_ENTRY_WINDOWS[kind]), tz)
            if at <= now:
                drafts.append(_Draft(d, day, at, kind, _band(curve[d] + rng.gauss(0, 0.4))))
    # A few mildly low entries every month, whatever the trend.
    for month_start in range(0, DAYS, 30):
        month = [x for x in drafts if month_start <= x.d < month_start + 30]
        missing = 2 - sum(x.band == "low" for x in month)
        others = sorted((x for x in month if x.band != "low"), key=lambda x: curve[x.d])
        for x in others[: max(0, missing)]:
            x.band = "low"
    # Passive hopelessness on the worst days of the last five weeks (one or two clients only).
    if spec.hopeless:
        recent = sorted((x for x in drafts if x.d >= DAYS - 35), key=lambda x: curve[x.d])
        for x in recent[: rng.randint(3, 5)]:
            x.band, x.hopeless = "low", True
    return drafts


_THEME_WEIGHTS = {
    "low": {
        "work": 3,
        "sleep": 3,
        "family": 2,
        "friends": 2,
        "exercise": 1,
        "homework": 2,
        "worry": 4,
        "wins": 1,
        "gratitude": 1,
    },
    "mid": {
        "work": 3,
        "sleep": 2,
        "family": 2,
        "friends": 2,
        "exercise": 2,
        "homework": 3,
        "worry": 2,
        "wins": 2,
        "gratitude": 2,
    },
    "good": {
        "work": 2,
        "sleep": 2,
        "family": 2,
        "friends": 3,
        "exercise": 3,
        "homework": 2,
        "worry": 1,
        "wins": 3,
        "gratitude": 3,
    },
}


def _compose(spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str]) -> tuple[str | None, str]:
    """Title and body: an opening, a calendar detail, one or two themes, a closing line."""
    text = _TEXT[spec.locale]
    sentences = _opening(spec, rng, draft, slots)
    themes = _themes(spec, rng, draft)
    sentences += _middle(spec, rng, draft, slots, themes)
    if rng.random() < 0.55:
        closers = list(text["close"][draft.band])
        if draft.kind == "evening":
            closers += text["close_evening"][draft.band]
        closer = _pick(rng, closers, slots)
        if closer:
            sentences.append(closer)
    if len(sentences) >= 4 and rng.random() < 0.45:
        cut = rng.randint(2, len(sentences) - 1)
        body = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
    else:
        body = " ".join(sentences)
    title = None
    if rng.random() < 0.45:
        theme_titles = [] if (draft.band, themes[0]) in _TITLE_CLASHES else text["title"][themes[0]]
        title = _pick(rng, theme_titles + text["title"][draft.band], slots)
    return title, body


def _opening(spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str]) -> list[str]:
    text = _TEXT[spec.locale]
    sentences = []
    if rng.random() < 0.6:
        options = text["open"][draft.kind] + text["open"][draft.band] * 2
        options += text["open_weekday"].get(draft.day.weekday(), []) * 2
        opener = _pick(rng, options, slots)
        if opener:
            sentences.append(opener)
    holiday = _holiday(spec.locale, spec.country, draft.day)
    if holiday and rng.random() < 0.6:
        sentences.append(rng.choice(holiday))
    elif rng.random() < 0.22:
        sentences.append(rng.choice(text["season"][draft.day.month]))
    return sentences


def _themes(spec: _ClientSpec, rng: random.Random, draft: _Draft) -> list[str]:
    weights: dict[str, float] = dict(_THEME_WEIGHTS[draft.band])
    if draft.kind == "morning":  # mornings are about the night and the day ahead
        weights.update(sleep=weights["sleep"] * 2, work=0.5, friends=0.5, exercise=0.5)
    if draft.day.weekday() >= 5 and not spec.life.get("shifts"):
        weights["work"] = 0
    chosen: list[str] = []
    for _ in range(rng.choice((1, 2, 2, 2))):
        pool = [t for t in weights if t not in chosen]
        chosen.append(rng.choices(pool, weights=[weights[t] for t in pool])[0])
    return chosen


def _middle(
    spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str], themes: list[str]
) -> list[str]:
    lang, band = spec.locale, draft.band
    sentences: list[str] = []
    used: set[str] = set()
    for n, theme in enumerate(themes):
        pools = _THEMES[theme][lang]
        pool = pools.get(band) or pools["mid"]
        for _ in range(rng.choice((1, 1, 2)) if len(pool) > 3 else 1):
            sentence = _pick(rng, pool, slots, exclude=used)
            if sentence:
                sentences.append(sentence)
        if n == 0 and draft.hopeless:
            sentences.append(rng.choice(_HOPELESS[lang]))
    if len(sentences) < 2:  # a little more to say
        extra = _pick(rng, _THEMES["worry" if band == "low" else "wins"][lang][band], slots, exclude=used)
        if extra and rng.random() < 0.5:
            sentences.append(extra)
    return sentences


_TITLE_CLASHES = {("good", "worry"), ("good", "sleep"), ("low", "wins"), ("low", "exercise")}
_FIELD = re.compile(r"\{(\w+)\}")


def _pick(
    rng: random.Random, templates: Iterable[str], slots: Mapping[str, str], exclude: set[str] | None = None
) -> str | None:
    """A random template whose slots this client has, filled in, with its first letter capitalised."""
    options = [t for t in templates if all(slots.get(name) for name in _FIELD.findall(t))]
    if exclude is not None:
        options = [t for t in options if t not in exclude] or options
    if not options:
        return None
    template = rng.choice(options)
    if exclude is not None:
        exclude.add(template)
    filled = template.format_map(slots)
    return filled[0].upper() + filled[1:]
