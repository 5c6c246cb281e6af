"""Check-in use cases: writing a check-in with its details (sleep, emotions, tags, note, back-dating),
the client's tags, the history (chart and calendar), and patterns for the therapist's workspace.

For the therapist workspace: ``sleep_series``, ``emotion_counts`` and ``tag_mood_means`` (or
``checkin_patterns`` for all three) take a client and a period, return Pydantic reads (schemas.py),
404 unless the therapist has an active care link with consent for check-ins, and are audited.
"""

from alongside.checkins.service.checkins import (
    BACKDATE_LIMIT,
    backdate_days,
    checkin_reads,
    checkin_time,
    client_zone,
    create_checkin,
    last_checkin_at,
    last_checkins,
    list_client_checkins,
    list_own_checkins,
    local_day_bounds,
    moods_between,
    own_mood_points,
)
from alongside.checkins.service.daily import DailyCheckins, daily_checkins
from alongside.checkins.service.history import (
    MoodDay,
    calendar_month,
    calendar_weeks,
    checkin_history,
    daily_moods,
    daily_sleep,
    with_rolling_mean,
)
from alongside.checkins.service.patterns import checkin_patterns, emotion_counts, sleep_series, tag_mood_means
from alongside.checkins.service.tags import (
    GROUPS as TAG_GROUPS,
)
from alongside.checkins.service.tags import (
    TagView,
    create_tag,
    emotion_choices,
    emotion_label,
    list_own_tags,
    tag_views,
    update_tag,
)
from alongside.checkins.service.workspace import (
    activity_for_clients,
    checkins_between,
    client_mood_points,
    client_mood_trend,
    mood_days_for_clients,
    zone_named,
)

__all__ = [
    "DailyCheckins",
    "daily_checkins",
    "activity_for_clients",
    "checkins_between",
    "client_mood_points",
    "client_mood_trend",
    "mood_days_for_clients",
    "zone_named",
    "BACKDATE_LIMIT",
    "TAG_GROUPS",
    "MoodDay",
    "backdate_days",
    "TagView",
    "calendar_month",
    "calendar_weeks",
    "checkin_history",
    "checkin_patterns",
    "checkin_reads",
    "checkin_time",
    "client_zone",
    "create_checkin",
    "create_tag",
    "daily_moods",
    "daily_sleep",
    "emotion_choices",
    "emotion_counts",
    "emotion_label",
    "last_checkin_at",
    "last_checkins",
    "list_client_checkins",
    "list_own_checkins",
    "list_own_tags",
    "local_day_bounds",
    "moods_between",
    "own_mood_points",
    "sleep_series",
    "tag_mood_means",
    "tag_views",
    "update_tag",
    "with_rolling_mean",
]
