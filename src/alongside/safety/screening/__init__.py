"""Risk screening of client text: a transparent rule layer after the Columbia (C-SSRS) triage.

``screen(text)`` returns a ``ScreenResult`` with a ``RiskLevel`` (none < low < moderate < high <
imminent), the detected language ("en"/"nl") and the ``Signal``s behind the level, each with a
reason code and the exact span of text. See docs/safety-screening.md for the rules.

Imports only the standard library, so the CLI starts fast and every domain can afford to call it.
"""

from alongside.safety.screening.engine import normalise, screen
from alongside.safety.screening.result import RiskLevel, ScreenResult, Signal, max_level

__all__ = ["screen", "normalise", "RiskLevel", "Signal", "ScreenResult", "max_level"]
