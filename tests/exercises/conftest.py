"""Helpers for the exercise tests: a session as the API takes it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from alongside.kit.orm import utc_now


def session_json(**changes: Any) -> dict[str, Any]:
    """Box breathing, three minutes ending now, distress 7 → 4, finished."""
    now = utc_now()
    data: dict[str, Any] = {
        "routine": "box",
        "distress_before": 7,
        "distress_after": 4,
        "completed": True,
        "started_at": (now - timedelta(minutes=3)).isoformat(),
        "finished_at": now.isoformat(),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}
