"""Recall and false discoveries of the insights pattern engine on synthetic clients with planted effects.

    PYTHONPATH=src .venv/bin/python benchmarks/insights_eval.py [--seed 2] [--clients 400]
          [--method ar1|hac|ols] [--min-effect 0.5]

Each client has 30–730 days (four length bands, equally many clients each), 20–40 factors and three
outcomes (mood, anxiety, energy on 0/1–10, rounded to whole points). The outcomes have a weekly rhythm,
slow drift (a linear slope plus a slow sine), AR(1) noise (ρ 0.2–0.6) correlated across outcomes, about
10% missing days (single days and whole weeks) and 3% blank factor values. Factors are binary (independent,
sticky runs like illness, or weekend-heavy like alcohol) or numeric (sleep hours with AR(1) wobble,
weekday-dependent steps, screen minutes). One to three of them carry a planted effect of 0.5, 1, 1.5 or
2 points, up or down, on one outcome at lag 0 or 1; for a numeric factor the size is per ``step`` of its
population spread (1 hour of sleep, 2,000 steps, 50 minutes), as the engine reports it. All others have
no effect. A reported pattern is true only when factor, outcome, lag and direction match a planted one;
everything else (a null factor, the wrong lag, outcome or direction) is false.

Printed: recall of planted effects by size and by length band (and for size ≥ 1 with ≥ 60 days, target
≥ 80%), the false share of reported patterns (target ≤ 10%), and the time of ``analyze`` for a client
with two years and 40 factors (p50 and max over 20 runs, wall and CPU time — on a
shared machine the CPU time is the fairer figure; target ≤ 300 ms).

Choices were tuned on seed 1 (``--seed 1``): method ar1 against hac and ols, the interval null
``--negligible`` 0.1 against 0, 0.05 and 0.15, and the minimum effect 0.5 against 0.3 and 0.75. The
figures in benchmarks/README.md are from seed 2, the default, which was not looked at while tuning.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core, as measured; set before numpy loads its BLAS

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alongside.insights.service import analyze  # noqa: E402
from alongside.insights.service.daily_table import DailyTable  # noqa: E402
from alongside.insights.service.patterns import find_patterns  # noqa: E402

TUNE_SEED, REPORT_SEED = 1, 2
BANDS = [(30, 59), (60, 179), (180, 365), (366, 730)]
SIZES = [0.5, 1.0, 1.5, 2.0]
OUTCOMES = {"mood": (1, 10, 6.0), "anxiety": (0, 10, 4.0), "energy": (0, 10, 5.5)}
NUMERIC = {"sleep_hours": (7.0, 1.0, 1.0), "steps": (7000.0, 2500.0, 2000.0), "screen_minutes": (180.0, 60.0, 50.0)}
TARGETS = {"false_share": 0.10, "recall": 0.80, "p50_ms": 300.0}


@dataclass(frozen=True)
class Planted:
    factor: str
    outcome: str
    lag: int
    effect: float


def _ar1(rng, n: int, rho: float, sd: float) -> np.ndarray:
    e = rng.normal(0, sd * np.sqrt(1 - rho**2), n)
    x = np.empty(n)
    x[0] = rng.normal(0, sd)
    for i in range(1, n):
        x[i] = rho * x[i - 1] + e[i]
    return x


def _binary(rng, n: int, weekday: np.ndarray) -> np.ndarray:
    kind, p = rng.integers(3), rng.uniform(0.15, 0.5)
    if kind == 0:
        return (rng.random(n) < p).astype(float)
    if kind == 1:  # sticky runs: stays on with 0.8, starts with a rate giving prevalence p
        start = 0.2 * p / (1 - p)
        x, on = np.empty(n), False
        for i, u in enumerate(rng.random(n)):
            on = u < (0.8 if on else start)
            x[i] = on
        return x
    boost = np.where(weekday >= 4, 2.0, 0.6)  # Fri–Sun heavy
    return (rng.random(n) < np.minimum(p * boost, 0.95)).astype(float)


def _numeric(rng, name: str, n: int, weekday: np.ndarray) -> np.ndarray:
    mean, sd, _ = NUMERIC[name]
    if name == "sleep_hours":
        return mean + _ar1(rng, n, 0.3, sd)
    if name == "steps":
        return np.maximum(0, mean + np.where(weekday >= 5, -1500, 500) + rng.normal(0, sd * 0.9, n))
    return np.maximum(0, mean + np.where(weekday >= 5, 40, -15) + rng.normal(0, sd * 0.95, n))


def _factors(rng, n: int, weekday: np.ndarray) -> dict[str, np.ndarray]:
    count = int(rng.integers(20, 41))
    numeric = list(rng.permutation(list(NUMERIC))[: rng.integers(0, 4)])
    factors = {name: _numeric(rng, name, n, weekday) for name in numeric}
    for i in range(count - len(numeric)):
        factors[f"factor_{i:02d}"] = _binary(rng, n, weekday)
    return factors


def _plant(rng, factors: dict[str, np.ndarray]) -> list[Planted]:
    names = rng.permutation(list(factors))[: rng.integers(1, 4)]
    out = []
    for name in names:
        outcome = str(rng.choice(list(OUTCOMES), p=[0.6, 0.2, 0.2]))
        effect = float(rng.choice(SIZES)) * float(rng.choice([-1, 1]))
        out.append(Planted(str(name), outcome, int(rng.integers(2)), effect))
    return out


def _outcomes(rng, n: int, weekday: np.ndarray) -> dict[str, np.ndarray]:
    t = np.arange(n) / 365
    rho, sd = rng.uniform(0.2, 0.6), rng.uniform(1.0, 1.6)
    shared = _ar1(rng, n, rho, sd)
    out = {}
    for k, (name, (_low, _high, base)) in enumerate(OUTCOMES.items()):
        rhythm = rng.normal(0, rng.uniform(0, 0.5), 7)
        drift = rng.uniform(-0.8, 0.8) * t + rng.uniform(0, 0.8) * np.sin(2 * np.pi * t / rng.uniform(0.4, 2) + k)
        own = _ar1(rng, n, rho, sd * 0.7)
        out[name] = base + rhythm[weekday] - rhythm.mean() + drift + [1, -0.5, 0.5][k] * shared * 0.7 + own
    return out


def make_client(rng, length: int) -> tuple[DailyTable, list[Planted]]:
    """One synthetic client: a daily table with missing days and blanks, and the effects planted in it."""
    first = np.datetime64("2024-01-01") + int(rng.integers(0, 365))
    dates = first + np.arange(length)
    weekday = (dates.astype(np.int64) + 3) % 7
    factors = _factors(rng, length, weekday)
    planted = _plant(rng, factors)
    outcomes = _outcomes(rng, length, weekday)
    for p in planted:
        x = factors[p.factor]
        dose = x if p.factor not in NUMERIC else (x - NUMERIC[p.factor][0]) / NUMERIC[p.factor][2]
        dose = np.concatenate([[0.0], dose[:-1]]) if p.lag else dose
        outcomes[p.outcome] = outcomes[p.outcome] + p.effect * dose
    outcomes = {k: np.clip(np.round(v), *OUTCOMES[k][:2]) for k, v in outcomes.items()}
    for values in factors.values():
        values[rng.random(length) < 0.03] = np.nan
    keep = rng.random(length) > 0.07
    for _ in range(length // 120):
        start = int(rng.integers(0, length))
        keep[start : start + 7] = False
    keep[0] = True
    table = DailyTable.from_columns(
        dates[keep], {k: v[keep] for k, v in outcomes.items()}, {k: v[keep] for k, v in factors.items()}
    )
    return table, planted


def evaluate(args) -> dict:
    rng = np.random.default_rng(args.seed)
    found = defaultdict(lambda: [0, 0])  # key -> [found, planted]
    reported, false = 0, 0
    per_band = args.clients // len(BANDS)
    for band in BANDS:
        for _ in range(per_band):
            table, planted = make_client(rng, int(rng.integers(band[0], band[1] + 1)))
            truth = {(p.factor, p.outcome, p.lag, np.sign(p.effect)) for p in planted}
            search = find_patterns(table, method=args.method, min_effect=args.min_effect, negligible=args.negligible)
            hits = {(t.factor, t.outcome, t.lag, np.sign(t.effect)) for t in search.patterns}
            reported += len(hits)
            false += len(hits - truth)
            for p in planted:
                ok = (p.factor, p.outcome, p.lag, np.sign(p.effect)) in hits
                for key in (("size", abs(p.effect)), ("band", band), ("target", abs(p.effect) >= 1 and band[0] >= 60)):
                    found[key][0] += ok
                    found[key][1] += 1
    return {"found": found, "reported": reported, "false": false}


def speed(runs: int, seed: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``analyze`` (patterns and trends) for one two-year, 40-factor client."""
    rng = np.random.default_rng(seed + 1000)
    while True:
        table, _ = make_client(rng, 730)
        if len(table.factors) == 40:
            break
    analyze(table)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        analyze(table)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(result: dict, times: list[float], args) -> None:
    found = result["found"]
    print(f"insights pattern engine: seed {args.seed} ({'report' if args.seed == REPORT_SEED else 'not the report'}"
          f" seed), {args.clients} clients, method {args.method}, "
          f"minimum effect {args.min_effect}, negligible {args.negligible}")  # fmt: skip
    print("recall by planted size:")
    for size in SIZES:
        hit, total = found[("size", size)]
        print(f"  {size:>4} points: {hit / max(total, 1):6.1%}  ({hit}/{total})")
    print("recall by length band (all sizes):")
    for band in BANDS:
        hit, total = found[("band", band)]
        print(f"  {band[0]:>3}–{band[1]:<3} days: {hit / max(total, 1):6.1%}  ({hit}/{total})")
    hit, total = found[("target", True)]
    print(
        f"recall, size ≥ 1 with ≥ 60 days: {hit / max(total, 1):.1%} ({hit}/{total})  target ≥ {TARGETS['recall']:.0%}"
    )
    share = result["false"] / max(result["reported"], 1)
    print(f"false share of reported patterns: {share:.1%} ({result['false']}/{result['reported']})"
          f"  target ≤ {TARGETS['false_share']:.0%}")  # fmt: skip
    wall, cpu = times
    print(
        f"analyze(), 730 days × 40 factors × 3 outcomes: wall p50 {statistics.median(wall):.0f} ms, max "
        f"{max(wall):.0f} ms; CPU p50 {statistics.median(cpu):.0f} ms, max {max(cpu):.0f} ms"
        f"  target ≤ {TARGETS['p50_ms']:.0f} ms (load average {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=REPORT_SEED, help=f"tune on {TUNE_SEED}, report on {REPORT_SEED}")
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--method", default="ar1", choices=["ar1", "hac", "ols"])
    parser.add_argument("--min-effect", type=float, default=0.5)
    parser.add_argument("--negligible", type=float, default=0.1, help="δ of the interval null |effect| ≤ δ")
    parser.add_argument("--speed-runs", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    result = evaluate(args)
    times = speed(args.speed_runs, args.seed)
    report(result, times, args)
    print(f"total run time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
