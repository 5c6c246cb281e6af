"""Throughput and peak memory of the Apple Health import (parse + daily reduction, no database).

    .venv/bin/python benchmarks/footprint_import.py              # a 1 GB export.xml
    .venv/bin/python benchmarks/footprint_import.py --size-mb 200 --keep /tmp/export.xml

Writes a synthetic ``export.xml`` of the given size to a temporary directory (streamed; realistic
records: the Health DTD, heart rate with a MetadataEntry child, active and basal energy, distance,
steps from an iPhone and a Watch, sleep stages, resting heart rate, workouts and activity summaries),
then imports it in a child process that reports its wall time and peak resident memory
(``getrusage`` maxrss, which includes the interpreter and imported modules). The SHA-256 of the file
(which the service computes before parsing) is timed separately. Targets: ≥ 20 MB/s, ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from time import perf_counter
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
TARGET_MBPS = 20.0
ZONE = ZoneInfo("Europe/Amsterdam")
TARGET_PEAK_MB = 300.0

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
<HealthData locale="nl_NL">
 <ExportDate value="2024-12-01 10:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-01-01"
  HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""
FOOTER = "</HealthData>\n"
WATCH = (
    'sourceName="Ben’s Apple Watch" sourceVersion="10.1" device="&lt;&lt;HKDevice: 0x2834e2a80&gt;, name:Apple Watch, '
    'manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:10.1&gt;"'
)
PHONE = 'sourceName="Ben’s iPhone" sourceVersion="17.1" device="&lt;&lt;HKDevice: 0x2834e3110&gt;, name:iPhone&gt;"'


def _t(at: datetime) -> str:
    return at.astimezone(ZONE).strftime("%Y-%m-%d %H:%M:%S %z")


def _record(kind: str, source: str, unit: str, value: str, start: datetime, end: datetime, meta: str = "") -> str:
    head = (
        f' <Record type="{kind}" {source} unit="{unit}" creationDate="{_t(end)}" '
        f'startDate="{_t(start)}" endDate="{_t(end)}" value="{value}"'
    )
    return head + (f">\n{meta}  </Record>\n" if meta else "/>\n")


def _day(day: datetime, rng: random.Random) -> list[str]:
    out = []
    hr_meta = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
    for minute in range(0, 24 * 60, 5):  # heart rate every five minutes
        at = day + timedelta(minutes=minute)
        out.append(
            _record("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", str(rng.randint(55, 110)), at, at, hr_meta)
        )
    for minute in range(7 * 60, 23 * 60, 10):  # energy, distance, steps through the waking day
        at, end = day + timedelta(minutes=minute), day + timedelta(minutes=minute + 10)
        out.append(_record("HKQuantityTypeIdentifierActiveEnergyBurned", WATCH, "kcal", "3.2", at, end))
        out.append(_record("HKQuantityTypeIdentifierBasalEnergyBurned", WATCH, "kcal", "11.7", at, end))
        out.append(_record("HKQuantityTypeIdentifierDistanceWalkingRunning", PHONE, "km", "0.061", at, end))
        steps = str(rng.randint(0, 400))
        out.append(_record("HKQuantityTypeIdentifierStepCount", PHONE, "count", steps, at, end))
        out.append(_record("HKQuantityTypeIdentifierStepCount", WATCH, "count", steps, at, end))
    night = day - timedelta(hours=1)
    for stage in range(14):  # 23:00 to 06:00 in half-hour stages
        value = ("Core", "Deep", "REM", "Awake")[stage % 4]
        at = night + timedelta(minutes=30 * stage)
        out.append(
            _record(
                "HKCategoryTypeIdentifierSleepAnalysis",
                WATCH,
                "",
                f"HKCategoryValueSleepAnalysis{value}",
                at,
                at + timedelta(minutes=30),
                '  <MetadataEntry key="HKTimeZone" value="Europe/Amsterdam"/>\n',
            )
        )
    out.append(_record("HKQuantityTypeIdentifierRestingHeartRate", WATCH, "count/min", "58", day, day))
    out.append(
        f' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" durationUnit="min" {WATCH} '
        f'startDate="{_t(day + timedelta(hours=18))}" endDate="{_t(day + timedelta(hours=18, minutes=30))}">\n'
        '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n </Workout>\n'
    )
    out.append(
        f' <ActivitySummary dateComponents="{day.astimezone(ZONE):%Y-%m-%d}" activeEnergyBurned="412" '
        'activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="Cal" appleStandHours="11" appleStandHoursGoal="12"/>\n'
    )
    return out


def generate(path: Path, size_mb: float, seed: int = 7) -> int:
    """Write an export of about ``size_mb`` MB (1 MB = 10⁶ bytes) one day at a time; returns the bytes."""
    rng = random.Random(seed)  # noqa: S311 - test data
    target = int(size_mb * 1_000_000)
    day = datetime(2019, 1, 1, tzinfo=ZONE).astimezone(UTC)  # local midnight; arithmetic in UTC
    written = 0
    with path.open("w", encoding="utf-8") as out:
        written += out.write(HEADER)
        while written < target:
            written += out.write("".join(_day(day, rng)))
            tomorrow = day.astimezone(ZONE).date() + timedelta(days=1)
            day = datetime.combine(tomorrow, time(), tzinfo=ZONE).astimezone(UTC)
        out.write(FOOTER)
    return path.stat().st_size


CHILD = """
import json, resource, sys, time, hashlib
from zoneinfo import ZoneInfo
t_start = time.perf_counter()
from alongside.insights.service import footprint_apple, footprint_daily
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
daily = footprint_daily.reduce_daily(footprint_apple.iter_file(sys.argv[1], zipped=False), ZoneInfo("Europe/Amsterdam"))
t1 = time.perf_counter()
digest = hashlib.sha256()
with open(sys.argv[1], "rb") as f:
    while chunk := f.read(1 << 20):
        digest.update(chunk)
t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result = {"imports": t0 - t_start, "parse": t1 - t0, "hash": t2 - t1, "peak_mb": peak, "base_mb": base}
print(json.dumps({**result, "days": len(daily.features), "items": daily.items}))
"""


def measure(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-c", CHILD, str(path)]
    out = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603 - our own script
    if out.returncode:
        sys.exit(out.stderr)

    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1000.0, help="size of the generated export (default 1000)")
    parser.add_argument("--keep", type=Path, help="write the export here and keep it (reused if it exists)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="footprint-bench-") as tmp:
        path = args.keep or Path(tmp) / "export.xml"
        if not path.exists():
            started = perf_counter()
            size = generate(path, args.size_mb)
            print(f"generated {size / 1e6:.0f} MB in {perf_counter() - started:.0f} s: {path}")
        size = path.stat().st_size
        result = measure(path)
    mb = size / 1e6
    rate = mb / result["parse"]
    print(f"export.xml: {mb:.0f} MB, {result['items']:,} samples kept, {result['days']:,} days")
    print("measured: expat streaming parse of every element + daily reduction in Europe/Amsterdam, in a child")
    print(f"          process; no database, no zip; imports ({result['imports']:.1f} s) are not in the rate")
    print(f"parse + reduce: {result['parse']:.1f} s = {rate:.1f} MB/s   (target ≥ {TARGET_MBPS:.0f} MB/s)")
    print(f"sha256 of the file (done before parsing): {result['hash']:.1f} s = {mb / result['hash']:.0f} MB/s")
    print(f"both: {mb / (result['parse'] + result['hash']):.1f} MB/s")
    print(f"peak memory (maxrss): {result['peak_mb']:.0f} MB   (target ≤ {TARGET_PEAK_MB:.0f} MB)")
    print(f"          of which {result['base_mb']:.0f} MB before parsing (interpreter and imported modules)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
