"""How long `alongside demo` takes to build its database (target: well under 30 s on 2 cores).

Builds the demo into a temporary folder several times (the later runs also delete the previous
demo, as a second `alongside demo` does), with the production password-hashing cost, and prints
the median and maximum wall time and the row counts per table. Exits 1 when the target is missed.

    PYTHONPATH=src .venv/bin/python benchmarks/demo_build.py [runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 30.0


def main(runs: int = 3) -> int:
    with tempfile.TemporaryDirectory(prefix="alongside-demo-bench-") as tmp:
        data_dir = Path(tmp)
        os.environ["ALONGSIDE_DATA_DIR"] = str(data_dir)
        for name in ("ALONGSIDE_DATABASE_URL", "ALONGSIDE_ENCRYPTION_KEY", "ALONGSIDE_KEY_FILE"):
            os.environ.pop(name, None)
        started = time.perf_counter()
        from alongside import config, db, demo

        imported = time.perf_counter() - started
        config.reload_settings()
        db.reset_engine()
        argon2 = config.settings
        print(
            f"argon2: time_cost={argon2.argon2_time_cost} "
            f"memory_cost={argon2.argon2_memory_cost} parallelism={argon2.argon2_parallelism}"
        )
        print(f"import alongside.demo: {imported:.2f} s")

        times = []
        for run in range(1, runs + 1):
            started = time.perf_counter()
            logins = demo.build(data_dir, seed=7)
            times.append(time.perf_counter() - started)
            print(f"build {run}: {times[-1]:.2f} s ({len(logins)} logins)")

        counts = _row_counts(db)
        db.reset_engine()
        size = (data_dir / "alongside.db").stat().st_size

    print(
        f"\nmedian {statistics.median(times):.2f} s, max {max(times):.2f} s "
        f"(target < {TARGET_SECONDS:.0f} s, {os.cpu_count()} CPUs)"
    )
    print(f"database file: {size / 1e6:.1f} MB")
    print("rows:")
    width = max(map(len, counts), default=0)
    for table, count in counts.items():
        print(f"  {table:<{width}} {count:>6}")
    return 0 if max(times) < TARGET_SECONDS else 1


def _row_counts(db) -> dict[str, int]:  # noqa: ANN001 (the alongside.db module)
    from sqlalchemy import func, select

    from alongside.kit.orm import Base

    db.load_models()
    with db.get_engine().connect() as conn:
        return {
            table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
