"""Risk screening of client text: a transparent rule layer after the Columbia (C-SSRS) triage.

``screen(text)`` returns a ``ScreenResult`` with a ``RiskLevel`` (none < low < moderate < high <
imminent), the detected language ("en"/"nl") and the ``Signal``s behind the level, each with a
reason code and the exact span of text. See docs/safety-screening.md for the rules.

A learned layer (``model.py``: hashed n-grams, a linear model per level, numpy) may raise the
level, never lower it; ``screen_rules`` gives the rule layer alone. Importing this package needs
only the standard library: numpy and the weights are loaded on the first screening.
"""

from alongside.safety.screening.engine import normalise, screen, screen_rules
from alongside.safety.screening.result import RiskLevel, ScreenResult, Signal, max_level

__all__ = ["screen", "screen_rules", "normalise", "RiskLevel", "Signal", "ScreenResult", "max_level"]
