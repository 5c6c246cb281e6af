"""Quality and speed of the risk screener (`alongside safety screen`), with targets beside the figures.

    python benchmarks/safety_screen.py [--test-set benchmarks/data/safety_test.jsonl]
          [--skip-cssrs] [--skip-speed] [--errors]
          [--cssrs ../shared/data/cssrs-reddit-500/500_Reddit_users_posts_labels.csv]

``--test-set benchmarks/data/safety_dev2.jsonl`` measures the second dev set instead (a writer none of
whose texts is in training; see benchmarks/data/README.md), e.g. while comparing models, so that the
held-out set is run only to report.

Prints, for the rule layer alone and for rules + learned model (the product) side by side:
(a) the labelled set: confusion matrix (rows gold, columns predicted), recall at moderate+ and
high+, false-alarm rate (gold none/low predicted moderate+), by language and hard/normal;
(b) cssrs-reddit-500 per user (flagged = any post at moderate+): recall per label and false alarms
for Supportive users — on the REPORT half of the users only (``model.cssrs_half``; the model was
trained on posts of the TRAIN half); (c) speed on one core: batch texts/s, p50/p99 for one warm
text (wall and CPU time), and cold start of the CLI (median of 5 runs).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alongside.safety.screening import RiskLevel, screen, screen_rules  # noqa: E402
from alongside.safety.screening.model import cssrs_half  # noqa: E402

LEVELS = [str(level) for level in RiskLevel]
CSSRS_DEFAULT = ROOT.parent / "shared/data/cssrs-reddit-500/500_Reddit_users_posts_labels.csv"
TARGETS = {
    "recall_high": 0.98,
    "recall_moderate": 0.95,
    "false_alarm": 0.05,
    "texts_per_s": 1000,
    "p99_ms": 10.0,
    "cold_start_s": 2.0,
}


def _rank(level: str) -> int:
    return LEVELS.index(level)


def _rates(pairs: list[tuple[str, str]]) -> dict[str, tuple[float | None, int]]:
    """Recall at moderate+/high+ and false-alarm rate, each with its denominator."""

    def ratio(hits: int, n: int) -> float | None:
        return hits / n if n else None

    mod = [(g, p) for g, p in pairs if _rank(g) >= 2]
    high = [(g, p) for g, p in pairs if _rank(g) >= 3]
    calm = [(g, p) for g, p in pairs if _rank(g) <= 1]
    return {
        "recall_moderate": (ratio(sum(_rank(p) >= 2 for _, p in mod), len(mod)), len(mod)),
        "recall_high": (ratio(sum(_rank(p) >= 3 for _, p in high), len(high)), len(high)),
        "false_alarm": (ratio(sum(_rank(p) >= 2 for _, p in calm), len(calm)), len(calm)),
    }


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


CONFIGS = (("rules only", screen_rules), ("rules + model", screen))


def report_labelled(path: Path, show_errors: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name, fn in CONFIGS:
        _report_labelled(path, rows, name, fn, show_errors)


def _report_labelled(path: Path, rows: list[dict], name: str, fn, show_errors: bool) -> None:
    results = [(row, fn(row["text"])) for row in rows]
    pairs = [(row["level"], str(res.level)) for row, res in results]
    print(f"\n== (a) {path} — {len(rows)} texts — {name.upper()} ==")
    matrix = Counter(pairs)
    print("gold \\ predicted " + "".join(f"{lv:>10}" for lv in LEVELS))
    for gold in LEVELS:
        print(f"{gold:<17}" + "".join(f"{matrix[(gold, p)]:>10}" for p in LEVELS))
    slices: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (row, _), pair in zip(results, pairs, strict=True):
        slices["all"].append(pair)
        slices[f"lang={row['lang']}"].append(pair)
        slices["hard" if row.get("hard") else "normal"].append(pair)
    print(f"\n{'slice':<10}{'recall mod+':>16}{'recall high+':>16}{'false alarm':>16}")
    for name in ("all", "lang=en", "lang=nl", "normal", "hard"):
        r = _rates(slices[name])
        print(
            f"{name:<10}"
            + "".join(
                f"{_fmt(r[k][0]):>10} (n={r[k][1]:>3})" for k in ("recall_moderate", "recall_high", "false_alarm")
            )
        )
    print(f"{'target':<10}{'≥ 0.95':>16}{'≥ 0.98':>16}{'≤ 0.05':>16}")
    exact = sum(g == p for g, p in pairs) / len(pairs)
    print(f"exact level agreement: {exact:.3f}")
    if show_errors:
        print("\nmisses and false alarms (gold -> predicted):")
        for row, res in results:
            gold, pred = row["level"], str(res.level)
            if (_rank(gold) >= 2) != (_rank(pred) >= 2) or (_rank(gold) >= 3) != (_rank(pred) >= 3):
                text = row["text"][:150]
                print(f"  {row['id']} {gold}->{pred} [{row.get('category')}] {text!r} {res.codes}")


def report_cssrs(path: Path) -> None:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8") as f:
        everyone = list(csv.DictReader(f))
    users = [u for u in everyone if cssrs_half(u["User"]) == "report"]
    flagged: dict[str, dict[str, list[bool]]] = {name: defaultdict(list) for name, _ in CONFIGS}
    n_posts = 0
    for user in users:
        try:
            posts = ast.literal_eval(user["Post"])
        except (ValueError, SyntaxError):
            posts = [user["Post"]]
        n_posts += len(posts)
        for name, fn in CONFIGS:
            hit = any(_rank(str(fn(str(p)).level)) >= 2 for p in posts)
            flagged[name][user["Label"]].append(hit)
    print(
        f"\n== (b) cssrs-reddit-500, REPORT half only: {len(users)} of {len(everyone)} users (split by a "
        f"stable hash of the user id, alongside.safety.screening.model.cssrs_half; the model was trained on "
        f"the other half), {n_posts} posts; flagged = any post moderate+ =="
    )
    print(
        f"{'label':<12}{'users':>7}"
        + "".join(f"{name + ': flagged':>24}{'rate':>7}" for name, _ in CONFIGS)
        + "  meaning"
    )
    for label in ("Supportive", "Indicator", "Ideation", "Behavior", "Attempt", "Ideation+"):
        labels = ("Ideation", "Behavior", "Attempt") if label == "Ideation+" else (label,)
        row = f"{label:<12}"
        for i, (name, _) in enumerate(CONFIGS):
            hits = [h for lb in labels for h in flagged[name].get(lb, [])]
            rate = sum(hits) / len(hits) if hits else None
            row += (f"{len(hits):>7}" if i == 0 else "") + f"{sum(hits):>24}{_fmt(rate):>7}"
        meaning = (
            "false-alarm rate"
            if label == "Supportive"
            else ("flag rate (no target)" if label == "Indicator" else "recall")
        )
        print(f"{row}  {meaning}")


def report_speed(texts: list[str]) -> None:
    print(
        f"\n== (c) speed ({len(texts)} distinct texts, one core; CPU time beside wall time, as the "
        f"machine may be shared) =="
    )
    for name, fn in (("rules + model", screen), ("rules only", screen_rules)):
        for t in texts:
            fn(t)  # warm up: regexes compile on first use, the weights load once
        rounds = max(1, 3000 // max(1, len(texts)))
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for t in texts:
                fn(t)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        n = rounds * len(texts)
        times, cpus = [], []
        for t in texts * max(1, 1000 // max(1, len(texts))):
            t0, c0 = time.perf_counter(), time.process_time()
            fn(t)
            times.append((time.perf_counter() - t0) * 1000)
            cpus.append((time.process_time() - c0) * 1000)
        times.sort()
        cpus.sort()
        p50, p99 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]
        c50, c99 = cpus[len(cpus) // 2], cpus[min(len(cpus) - 1, int(len(cpus) * 0.99))]
        print(f"[{name}]")
        print(
            f"batch throughput   {n / elapsed:9.0f} texts/s wall, {n / max(cpu, 1e-9):9.0f} texts/s CPU   "
            f"target ≥ {TARGETS['texts_per_s']}"
        )
        print(
            f"one text, warm     p50 {p50:6.3f} ms, p99 {p99:6.3f} ms wall; CPU p50 {c50:6.3f} ms, p99 "
            f"{c99:6.3f} ms   target p99 ≤ {TARGETS['p99_ms']} ms"
        )
    script = Path(sys.executable).parent / "alongside"
    if script.exists():
        cmd = [str(script), "safety", "screen"]
    else:
        cmd = [sys.executable, "-c", "from alongside.safety.cli import app; app()", "screen"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    walls, cpus = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        c0 = os.times()
        proc = subprocess.run(  # noqa: S603 (a fixed command of our own)
            cmd,
            input=b'{"id": 1, "text": "I am fine today"}\n',
            capture_output=True,
            env=env,
            check=False,
            timeout=60,
        )
        walls.append(time.perf_counter() - t0)
        c1 = os.times()
        cpus.append(c1.children_user + c1.children_system - c0.children_user - c0.children_system)
        if proc.returncode != 0 or b'"level"' not in proc.stdout:
            print(f"CLI failed ({' '.join(cmd[:2])}): {proc.stderr.decode()[-300:]}")
            break
    shown = " ".join([Path(cmd[0]).name, *cmd[1:3]])
    print(
        f"CLI cold start     median {statistics.median(walls):6.3f} s wall, {statistics.median(cpus):6.3f} s "
        f"CPU, of {len(walls)}   target ≤ {TARGETS['cold_start_s']} s   ({shown}; loads the model)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test-set", type=Path, default=ROOT / "benchmarks/data/safety_test.jsonl")
    parser.add_argument("--cssrs", type=Path, default=CSSRS_DEFAULT)
    parser.add_argument("--skip-cssrs", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms (dev set only!)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts: list[str] = []
    if args.test_set.exists():
        report_labelled(args.test_set, args.errors)
        lines = args.test_set.read_text(encoding="utf-8").splitlines()
        texts = [json.loads(x)["text"] for x in lines if x.strip()]
    else:
        print(f"(a) skipped: {args.test_set} not found")
    if not args.skip_cssrs:
        if args.cssrs.exists():
            report_cssrs(args.cssrs)
        else:
            print(f"(b) skipped: {args.cssrs} not found")
    if not args.skip_speed:
        report_speed(texts or ["I had a long day at work.", "Ik wil dood", "I'm going to kill myself"])


if __name__ == "__main__":
    main()
