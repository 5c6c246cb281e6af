"""Check-in details for the demo: sleep reported on the first check-in of a day, emotions that fit the
mood, and tags (work on working days, the people and places of the client's life, and one tag of their
own named after their sport).

Drawn from a random stream of their own per client, so adding details leaves the rest of the story (the
moods, notes and entries other parts of the demo rely on) exactly as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside.checkins.models import CheckIn, CheckInTag, CheckInTagLink, TagGroup
from alongside.checkins.schemas import DEFAULT_TAGS
from alongside.demo.cast import _CLIENTS, _ClientSpec

OWN = "own"  # stands for the client's own tag (their sport) in a planned check-in's tags

_EMOTIONS = {
    "low": ("sad", "anxious", "stressed", "worried", "overwhelmed", "lonely", "empty", "irritable", "guilty"),
    "mid": ("calm", "stressed", "content", "worried", "irritable", "hopeful", "frustrated"),
    "good": ("happy", "calm", "grateful", "content", "proud", "hopeful", "connected", "relieved"),
}
_FREE_TIME = ("walking", "exercise", "housework", "hobby", "screens", "resting", OWN)
_COMPANY = ("partner", "family", "friends", "alone", "alone", "children")
_PLACES = ("home", "home", "outdoors", "town")


def _band(mood: int) -> str:
    return "low" if mood <= 4 else "good" if mood >= 7 else "mid"


def _sleep(rng: random.Random, mood: int) -> tuple[int, int]:
    """Half hours slept and quality 1–5: shorter and worse sleep on low days, as clients report."""
    hours = min(10.0, max(3.0, rng.gauss(7.0 + 0.25 * (mood - 5), 0.9)))
    quality = round(1 + (hours - 4) / 1.4 + 0.3 * (mood - 5) + rng.gauss(0, 0.6))
    return round(hours * 2), min(5, max(1, quality))


def _emotions(rng: random.Random, spec: _ClientSpec, mood: int, anxiety: int | None) -> tuple[str, ...]:
    pool = _EMOTIONS[_band(mood)] + (("hopeless",) if spec.hopeless and mood <= 3 else ())
    chosen = set(rng.sample(pool, rng.choice((1, 1, 2, 2, 3))))
    if anxiety is not None and anxiety >= 7:
        chosen.add("anxious")
    return tuple(e for e in (*_EMOTIONS["low"], "hopeless", *_EMOTIONS["mid"], *_EMOTIONS["good"]) if e in chosen)


def _tags(rng: random.Random, spec: _ClientSpec, day: date, hour: int) -> tuple[str, ...]:
    working = day.weekday() < 5 and 8 <= hour < 18 and "work_place" in spec.life
    if working:
        tags = ["work", "workplace"] + (["colleagues"] if rng.random() < 0.6 else [])
    else:
        activity = rng.choice(_FREE_TIME if "sport" in spec.life else _FREE_TIME[:-1])
        tags = [activity, rng.choice(_COMPANY)]
        if rng.random() < 0.5:
            tags.append("outdoors" if activity in ("walking", "exercise", OWN) else rng.choice(_PLACES))
    return tuple(dict.fromkeys(tags))


def plan_details(seed: int, spec: _ClientSpec, checkins: Sequence) -> list[dict]:
    """For each of the client's planned check-ins (oldest first): the details to add to it."""
    rng = random.Random(f"{seed}:{spec.key}:details")  # noqa: S311 (synthetic data, not security)
    tz = ZoneInfo(spec.tz)
    seen_days: set[date] = set()
    details = []
    for c in checkins:
        local = c.at.astimezone(tz)
        first_today = local.date() not in seen_days
        seen_days.add(local.date())
        found: dict = {}
        if first_today and rng.random() < 0.75:
            found["sleep_half_hours"], found["sleep_quality"] = _sleep(rng, c.mood)
        if rng.random() < 0.6:
            found["emotions"] = _emotions(rng, spec, c.mood, c.anxiety)
        if rng.random() < 0.7:
            found["tags"] = _tags(rng, spec, local.date(), local.hour)
        details.append(found)
    return details


def own_tag_name(spec: _ClientSpec) -> str | None:
    sport = spec.life.get("sport")
    return str(sport).capitalize() if sport else None


def store_checkin_tags(session: Session, planned: Sequence, rows: Sequence[CheckIn], users: dict) -> int:
    """The clients' tag rows (the defaults they used, and their own tag, its name encrypted) and the
    links of the check-ins to them; ``rows`` are the stored check-ins of ``planned``, with ids."""
    specs = {spec.key: spec for spec in _CLIENTS}
    tags: dict[tuple[str, str], CheckInTag] = {}
    for c in planned:
        for key in c.tags:
            if (c.client, key) not in tags:
                client_id = users[c.client].id
                if key == OWN:
                    name = own_tag_name(specs[c.client])
                    tags[(c.client, key)] = CheckInTag(client_id=client_id, group=TagGroup.ACTIVITIES, name=name)
                else:
                    group = DEFAULT_TAGS[key][0]
                    tags[(c.client, key)] = CheckInTag(client_id=client_id, group=group, default_key=key)
    session.add_all(tags.values())
    session.flush()
    links = [
        CheckInTagLink(checkin_id=row.id, tag_id=tags[(c.client, key)].id)
        for c, row in zip(planned, rows, strict=True)
        for key in c.tags
    ]
    session.add_all(links)
    return len(links)
