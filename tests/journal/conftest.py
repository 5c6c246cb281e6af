"""Helpers for the journal tests: local times, mood histories, a complete thought record."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from alongside.checkins.schemas import MoodPoint

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# A Wednesday; the chooser works in the client's own time zone (Europe/Amsterdam by default).
WEDNESDAY = date(2026, 11, 25)

THOUGHT_RECORD = {
    "situation": "My manager moved our meeting without telling me.",
    "automatic_thought": "She doesn't think my work matters.",
    "emotion": "anxious",
    "intensity_before": 80,
    "evidence_for": "She did not explain why.",
    "evidence_against": "She thanked me for the report last week; her calendar was full.",
    "balanced_thought": "The move was probably about her schedule, not about me.",
    "intensity_after": 40,
}


def local(day: date, hour: int, minute: int = 30) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMSTERDAM)


def mood_history(
    weekday_mood: int, weekend_mood: int, *, end: date = WEDNESDAY, days: int = 21, **ratings: int | None
) -> list[MoodPoint]:
    """One evening check-in a day for ``days`` days before ``end``: one mood on work days, another at weekends."""
    points = []
    for back in range(days, 0, -1):
        day = end - timedelta(days=back)
        mood = weekday_mood if day.weekday() < 5 else weekend_mood
        points.append(
            MoodPoint(at=local(day, 20), mood=mood, energy=ratings.get("energy"), anxiety=ratings.get("anxiety"))
        )
    return points
