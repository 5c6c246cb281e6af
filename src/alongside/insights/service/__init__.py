"""Insights use cases. ``analyze(table)`` is the database-free statistics core: a service reading check-ins
builds a ``DailyTable`` (``DailyTable.from_columns``) and calls it; ``Insights.to_dict(lang)`` is the JSON
the CLI prints.

numpy and scipy are imported inside the functions: importing a sibling module such as
``service.footprint`` runs this file first and must not load them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alongside.insights.service.daily_table import DailyTable
    from alongside.insights.service.patterns import Association, PatternSearch
    from alongside.insights.service.trends import OutcomeTrend

WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Insights:
    search: PatternSearch
    trends: list[OutcomeTrend]

    @property
    def patterns(self) -> list[Association]:
        return self.search.patterns

    def to_dict(self, lang: str = "en", labels: dict[str, dict[str, str]] | None = None, person: str = "you") -> dict:
        """JSON-ready: "patterns", "trends", "tests_run" and, when nothing could be shown, "reason".
        ``labels`` names factors in the sentences ({"tag:walk": {"en": "walking", "nl": "wandelen"}});
        ``person`` "client" words them for the therapist ("the client's mood") instead of "your mood"."""
        from alongside.insights.service.sentences import LANGS

        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}")
        out: dict = {"patterns": [_pattern_dict(t, lang, labels, person) for t in self.patterns]}
        out["trends"] = {t.outcome: _trend_dict(t, lang, person) for t in self.trends}
        out["tests_run"] = len(self.search.tests)
        if self.search.reason:
            out["reason"] = self.search.reason
        return out


def analyze(table: DailyTable, *, method: str = "ar1") -> Insights:
    """Patterns and trends of one client's daily table; nothing at all below ``MIN_DAYS`` mood days."""
    from alongside.insights.service.patterns import MIN_DAYS, find_patterns, mood_days
    from alongside.insights.service.trends import describe_trends

    search = find_patterns(table, method=method)
    trends = describe_trends(table) if mood_days(table) >= MIN_DAYS else []
    return Insights(search, trends)


def _sentences(make, lang: str) -> dict:
    return {"sentence": make(lang), "sentence_en": make("en"), "sentence_nl": make("nl")}


def _pattern_dict(t: Association, lang: str, labels: dict[str, dict[str, str]] | None, person: str) -> dict:
    from alongside.insights.service.sentences import pattern_sentence

    out = {"factor": t.factor, "outcome": t.outcome, "lag": t.lag, "kind": "slope" if t.is_slope else "binary"}
    out |= {k: round(getattr(t, k), 3) for k in ("effect", "ci_low", "ci_high")}
    out |= {"p": float(f"{t.p:.3g}"), "q": float(f"{t.q:.3g}"), "n_with": t.n_with, "n_without": t.n_without}
    if t.is_slope:
        out |= {"per": t.step, "median": t.median}
    return out | _sentences(lambda lg: pattern_sentence(t, lg, labels, person), lang)


def _trend_dict(t: OutcomeTrend, lang: str, person: str) -> dict:
    from alongside.insights.service.sentences import rhythm_sentence, shift_sentence

    shift = {"found": t.shift is not None}
    if t.shift is not None:
        s = t.shift
        shift |= {"date": s.day.isoformat(), "before": round(s.before, 2), "after": round(s.after, 2)}
        shift |= {"size": round(s.size, 2), "p": round(s.p, 4)}
    shift |= _sentences(lambda lg: shift_sentence(t.outcome, t.shift, lg, person), lang)
    weekly = None
    if t.rhythm is not None:
        r = t.rhythm
        weekly = {"deviation": {k: round(v, 2) for k, v in zip(WEEKDAY_KEYS, r.deviation, strict=True)}}
        weekly |= {"p": float(f"{r.p:.3g}"), "distinguishable": r.distinguishable}
        weekly |= _sentences(lambda lg: rhythm_sentence(t.outcome, r, lg, person), lang)
    rolling = [{"date": d.isoformat(), "mean": round(v, 2)} for d, v in t.rolling]
    return {"days": t.days, "mean": round(t.mean, 2), "rolling_7day": rolling, "shift": shift, "weekly": weekly}
