"""Trends in each outcome: rolling 7-day means, one shift in level, and the weekly rhythm.

The shift is the single best split of the weekday-adjusted series by least squares (at least
``MIN_SEGMENT`` known days each side). Its F statistic is compared with the same maximum over splits
in series simulated from AR(1) noise with the ρ of the data, on the same calendar with the same gaps:
a permutation test would treat autocorrelated wobble as a shift. A shift is reported when p <
``SHIFT_ALPHA`` and it is at least ``MIN_EFFECT`` points. The simulation has a fixed seed, so the same
table always gives the same answer.

The weekly rhythm is the weekday effect of ``outcome ~ weekday + trend`` (AR(1) GLS, as for patterns),
given per weekday relative to the mean over the seven days, with an F test of "no weekday effect".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import signal, stats

from alongside.insights.service.daily_table import DailyTable
from alongside.insights.service.patterns import (
    MIN_DAYS,
    MIN_EFFECT,
    Calendar,
    fit_model,
    make_calendar,
    used_controls,
)

ROLLING_WINDOW = 7
ROLLING_MIN_KNOWN = 4
MIN_SEGMENT = 7
SHIFT_ALPHA = 0.01
SHIFT_SIMULATIONS = 199
RHYTHM_ALPHA = 0.05
SEED = 20260101


@dataclass(frozen=True)
class Shift:
    """The level changed from ``before`` to ``after`` (means of the raw scores) from ``day`` on."""

    day: date
    before: float
    after: float
    size: float
    p: float


@dataclass(frozen=True)
class Rhythm:
    """Mean per weekday (Monday first) minus the mean over the week; ``p`` of an F test of no rhythm."""

    deviation: tuple[float, ...]
    p: float
    distinguishable: bool


@dataclass(frozen=True)
class OutcomeTrend:
    outcome: str
    days: int
    mean: float
    rolling: list[tuple[date, float]]
    shift: Shift | None
    rhythm: Rhythm | None


def rolling_means(y: np.ndarray, window: int = ROLLING_WINDOW, min_known: int = ROLLING_MIN_KNOWN) -> np.ndarray:
    """Mean of the known values in the ``window`` calendar days ending on each day; NaN with fewer known."""
    known = ~np.isnan(y)
    sums = np.concatenate([[0.0], np.cumsum(np.where(known, y, 0.0))])
    counts = np.concatenate([[0], np.cumsum(known)])
    end = np.arange(1, len(y) + 1)
    start = np.maximum(end - window, 0)
    n = counts[end] - counts[start]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n >= min_known, (sums[end] - sums[start]) / n, np.nan)


def _split_statistic(Z: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """For each row of Z: the best split index k (segments [0,k) and [k,n)) and its F statistic."""
    n = Z.shape[1]
    centered = Z - Z.mean(axis=1, keepdims=True)
    k = np.arange(m, n - m + 1)
    c = np.cumsum(centered, axis=1)[:, k - 1]
    gain = c**2 * n / (k * (n - k))
    best = np.argmax(gain, axis=1)
    top = gain[np.arange(len(Z)), best]
    rss1 = np.maximum((centered**2).sum(axis=1) - top, 1e-12)
    return k[best], top / (rss1 / (n - 2))


def _residual_rho(z: np.ndarray, day: np.ndarray, k: int) -> float:
    resid = np.concatenate([z[:k] - z[:k].mean(), z[k:] - z[k:].mean()])
    pairs = np.diff(day) == 1
    if pairs.sum() < 3:
        return 0.0
    rho = float(resid[1:][pairs] @ resid[:-1][pairs]) / float(resid @ resid) * len(resid) / pairs.sum()
    return min(max(rho, 0.0), 0.95)


def _null_statistics(day: np.ndarray, rho: float, m: int, rng: np.random.Generator) -> np.ndarray:
    """Max-split F of AR(1) noise with this ρ, observed on the same calendar days as the data."""
    length = int(day[-1]) + 1
    noise = rng.standard_normal((SHIFT_SIMULATIONS, length))
    noise[:, 0] /= np.sqrt(1 - rho**2)
    series = signal.lfilter([1.0], [1.0, -rho], noise, axis=1)[:, day]
    return _split_statistic(series, m)[1]


def find_shift(cal: Calendar, y: np.ndarray, seed: int = SEED) -> Shift | None:
    """The one level shift that beats AR(1) noise, or None (also for fewer than 2 × ``MIN_SEGMENT`` days)."""
    day = np.flatnonzero(~np.isnan(y))
    if len(day) < max(MIN_DAYS, 2 * MIN_SEGMENT):
        return None
    values = y[day]
    z = values.copy()
    for w in range(7):
        on = cal.weekday[day] == w
        if on.any():
            z[on] -= values[on].mean() - values.mean()
    k, observed = _split_statistic(z[None, :], MIN_SEGMENT)
    k = int(k[0])
    rho = _residual_rho(z, day, k)
    null = _null_statistics(day, rho, MIN_SEGMENT, np.random.default_rng(seed))
    p = (1 + int(np.sum(null >= observed[0]))) / (SHIFT_SIMULATIONS + 1)
    before, after = float(values[:k].mean()), float(values[k:].mean())
    if p >= SHIFT_ALPHA or abs(after - before) < MIN_EFFECT:
        return None
    start = (cal.start + np.timedelta64(int(day[k]), "D")).astype(date)
    return Shift(start, before, after, after - before, p)


def weekly_rhythm(cal: Calendar, y: np.ndarray) -> Rhythm | None:
    """Weekday effects adjusted for trend, or None when some weekday has no known day."""
    rows = np.flatnonzero(~np.isnan(y))
    if len(rows) < MIN_DAYS:
        return None
    fit = fit_model(used_controls(cal.controls[rows]), y[rows], rows)
    if fit is None:
        return None
    effects = np.concatenate([[0.0], fit.beta[1:7]])
    b, cov = fit.beta[1:7], fit.cov[1:7, 1:7]
    f_stat = float(b @ np.linalg.solve(cov, b)) / 6
    p = float(stats.f.sf(f_stat, 6, fit.df))
    return Rhythm(tuple(float(x) for x in effects - effects.mean()), p, p < RHYTHM_ALPHA)


def describe_trends(table: DailyTable) -> list[OutcomeTrend]:
    """Trends for every outcome with at least ``MIN_DAYS`` known days."""
    if len(table) == 0:
        return []
    cal = make_calendar(table.dates)
    out = []
    for outcome, values in table.outcomes.items():
        y = cal.grid(values)
        known = int(np.sum(~np.isnan(y)))
        if known < MIN_DAYS:
            continue
        means = rolling_means(y)
        days = cal.start + np.arange(cal.days).astype("timedelta64[D]")
        rolling = [(d.astype(date), float(v)) for d, v in zip(days, means, strict=True) if not np.isnan(v)]
        mean = float(np.nanmean(y))
        out.append(OutcomeTrend(outcome, known, mean, rolling, find_shift(cal, y), weekly_rhythm(cal, y)))
    return out
