"""Server time of the therapist's workspace on a large caseload (target: p95 ≤ 200 ms).

Builds a therapist with 300 consenting clients, each with two years of daily check-ins, PHQ-9 and
GAD-7 every two weeks, a daily homework with eight weeks of completions, shared journal entries,
exercise sessions and, for one client in ten, an open risk alert; then times GET /caseload and
GET /clients/{id} inside the app (an ASGI middleware around each request, so the test client's own
overhead is not counted) and prints p50, p95 and max, the number of SQL statements per request, and
the machine's load.

    PYTHONPATH=src .venv/bin/python benchmarks/workspace.py                      # SQLite
    PYTHONPATH=src .venv/bin/python benchmarks/workspace.py \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/alongside_bench_workspace

``--data-dir`` keeps the SQLite database (and the key file) between runs; with ``--reuse`` an
existing database is measured again without being rebuilt. Exits 1 when a p95 misses the target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

TARGET_MS = 200.0
BATCH = 20_000


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="PostgreSQL URL (the database is dropped and created)")
    parser.add_argument("--data-dir", type=Path, help="keep the SQLite database and key file here")
    parser.add_argument("--reuse", action="store_true", help="measure an existing database without rebuilding")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-lifespan", action="store_true", help="skip the app's start-up (and its gc.freeze()), to compare"
    )
    return parser.parse_args()


def configure(args: argparse.Namespace, data_dir: Path) -> None:
    """Point the settings at the benchmark's database before anything opens it."""
    os.environ["ALONGSIDE_DATA_DIR"] = str(data_dir)
    os.environ["ALONGSIDE_JOBS_MODE"] = "eager"
    os.environ["ALONGSIDE_SCHEDULER"] = "false"
    os.environ["ALONGSIDE_DEFAULT_LOCALE"] = "en"
    os.environ.pop("ALONGSIDE_ENCRYPTION_KEY", None)
    if args.database_url:
        os.environ["ALONGSIDE_DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("ALONGSIDE_DATABASE_URL", None)
    from alongside import config, db

    config.reload_settings()
    db.reset_engine()


def recreate_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def progress(message: str, started: float) -> None:
    print(f"  [{time.perf_counter() - started:6.1f} s] {message}", flush=True)


# -- building the caseload ---------------------------------------------------------------------------


def build(args: argparse.Namespace) -> tuple[int, list[int]]:
    """The organisation, therapist and clients with their data; returns (therapist id, client ids)."""
    from alongside import migrate
    from alongside.db import get_session_factory

    started = time.perf_counter()
    print(f"building {args.clients} clients × {args.days} days …", flush=True)
    migrate.upgrade()
    rng = random.Random(args.seed)  # noqa: S311 (synthetic data)
    now = datetime.now(UTC)
    factory = get_session_factory()
    with factory() as session, session.begin():
        therapist_id, client_ids = _people(session, args.clients, now)
    progress("users and care links", started)
    for step in (_checkins, _questionnaires, _homework, _journal_and_exercises, _alerts):
        with factory() as session, session.begin():
            count = step(session, client_ids, therapist_id, args.days, now, rng)
        progress(f"{step.__name__.strip('_')}: {count} rows", started)
    _analyse()
    progress("analysed", started)
    return therapist_id, client_ids


def _insert(session, model, rows: list[dict]) -> int:  # noqa: ANN001
    from sqlalchemy import insert

    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start : start + BATCH])
    return len(rows)


def _people(session, count: int, now: datetime) -> tuple[int, list[int]]:  # noqa: ANN001
    from sqlalchemy import select

    from alongside.accounts.models import Role, User
    from alongside.care import service as care_service
    from alongside.care.models import CareLink, LinkStatus

    org = care_service.create_organisation(session, name="Benchmark practice")
    therapist = User(
        organisation_id=org.id, email="tess@bench.example", display_name="Tess", role=Role.THERAPIST, created_at=now
    )
    session.add(therapist)
    session.flush()
    since = now - timedelta(days=800)
    _insert(
        session,
        User,
        [
            {
                "organisation_id": org.id,
                "email": f"client{n:04d}@bench.example",
                "display_name": f"Client {n:04d}",
                "role": Role.CLIENT,
                "timezone": "Europe/Amsterdam",
                "is_active": True,
                "failed_logins": 0,
                "created_at": since,
            }
            for n in range(count)
        ],
    )
    ids = list(session.scalars(select(User.id).where(User.role == Role.CLIENT).order_by(User.id)))
    _insert(
        session,
        CareLink,
        [
            {
                "therapist_id": therapist.id,
                "client_id": cid,
                "status": LinkStatus.ACTIVE,
                "share_checkins": True,
                "share_questionnaires": True,
                "share_journal": True,
                "share_companion": False,
                "share_footprint": False,
                "consent_updated_at": since,
                "created_at": since,
            }
            for cid in ids
        ],
    )
    return therapist.id, ids


def _checkins(session, ids, therapist_id, days, now, rng) -> int:  # noqa: ANN001
    from alongside.checkins.models import CheckIn

    rows = []
    for index, cid in enumerate(ids):
        silent = 4 if index % 10 == 3 else 0  # some clients stopped checking in a few days ago
        mood = rng.uniform(4, 7)
        for n in range(silent, days):
            mood = min(10.0, max(1.0, mood + rng.uniform(-0.8, 0.8)))
            at = now - timedelta(days=n, hours=rng.uniform(0, 10))
            rows.append({"client_id": cid, "at": at, "mood": round(mood), "created_at": at})
    return _insert(session, CheckIn, rows)


def _questionnaires(session, ids, therapist_id, days, now, rng) -> int:  # noqa: ANN001
    from alongside.questionnaires import scoring
    from alongside.questionnaires.models import QuestionnaireResponse

    rows = []
    for cid in ids:
        for instrument, top in (("phq9", 27), ("gad7", 21)):
            total = rng.randint(4, 16)
            for n in range(days // 14, 0, -1):
                total = min(top, max(0, total + rng.randint(-3, 3)))
                at = now - timedelta(days=14 * n - rng.uniform(0, 1))
                band = scoring.band(scoring.Instrument(instrument), total)
                rows.append(
                    {
                        "client_id": cid,
                        "instrument": instrument,
                        "locale": "en",
                        "answers": {},
                        "raw_total": total,
                        "total": total,
                        "band": band,
                        "completed_at": at,
                        "created_at": at,
                    }
                )
    return _insert(session, QuestionnaireResponse, rows)


def _homework(session, ids, therapist_id, days, now, rng) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from alongside.careplan.models import Homework, HomeworkCompletion

    today = now.date()
    _insert(
        session,
        Homework,
        [
            {
                "client_id": cid,
                "therapist_id": therapist_id,
                "title": "A 20-minute walk",
                "kind": "walk",
                "daily": True,
                "times_per_week": 7,
                "start_date": today - timedelta(weeks=10),
                "active": True,
                "created_at": now - timedelta(weeks=10),
            }
            for cid in ids
        ],
    )
    homework = session.execute(select(Homework.id, Homework.client_id)).all()
    rows = []
    for homework_id, cid in homework:
        rate = rng.choice((0.2, 0.6, 0.9))
        for n in range(56):
            if rng.random() < rate:
                day: date = today - timedelta(days=n)
                rows.append({"homework_id": homework_id, "client_id": cid, "done_on": day, "created_at": now})
    return _insert(session, HomeworkCompletion, rows) + len(homework)


def _journal_and_exercises(session, ids, therapist_id, days, now, rng) -> int:  # noqa: ANN001
    from alongside.exercises.models import ExerciseSession
    from alongside.journal.models import JournalEntry

    entries, sessions = [], []
    for cid in ids:
        for n in range(0, days, 30):
            at = now - timedelta(days=n + rng.uniform(0, 20))
            entries.append(
                {
                    "client_id": cid,
                    "kind": "entry",
                    "title": "An evening",
                    "body": "Walked by the canal; talked to my sister. Slept better than last week.",
                    "shared": n % 60 == 0,
                    "risk_level": "none",
                    "written_at": at,
                    "created_at": at,
                }
            )
            sessions.append(
                {
                    "client_id": cid,
                    "routine": "box",
                    "started_at": at,
                    "finished_at": at + timedelta(minutes=4),
                    "duration_seconds": 240,
                    "distress_before": 7,
                    "distress_after": 4,
                    "completed": True,
                    "created_at": at,
                }
            )
    return _insert(session, JournalEntry, entries) + _insert(session, ExerciseSession, sessions)


def _alerts(session, ids, therapist_id, days, now, rng) -> int:  # noqa: ANN001
    from alongside.accounts.models import User
    from alongside.safety import service as safety_service

    count = 0
    org_id = session.get(User, therapist_id).organisation_id
    for index, cid in enumerate(ids):
        if index % 10 == 0:
            level = ("moderate", "high")[index % 20 == 0]
            safety_service.raise_alert(
                session,
                cid,
                org_id,
                level,
                source="benchmark",
                source_id=None,
                codes=["test"],
                evidence=None,
                now=now - timedelta(hours=index),
            )
            count += 1
    return count


def _analyse() -> None:
    """Fresh planner statistics and visibility maps, as a running installation has from autovacuum
    (PostgreSQL: VACUUM ANALYZE, outside a transaction; SQLite: ANALYZE)."""
    from sqlalchemy import text

    from alongside.db import get_engine

    engine = get_engine()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"))


# -- measuring ---------------------------------------------------------------------------------------


def measure(args: argparse.Namespace, therapist_id: int, client_ids: list[int]) -> bool:
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from alongside.accounts import service as accounts_service
    from alongside.accounts.dependencies import SESSION_COOKIE
    from alongside.accounts.repository import UserRepository
    from alongside.app import create_app
    from alongside.db import get_engine, get_session_factory

    app = create_app()
    timings: dict[str, list[float]] = {}
    statements = [0]

    cpu: dict[str, list[float]] = {}

    @app.middleware("http")
    async def timer(request, call_next):  # noqa: ANN001, ANN202
        started, started_cpu = time.perf_counter(), time.process_time()
        response = await call_next(request)
        timings.setdefault(request.state.bench_label, []).append((time.perf_counter() - started) * 1000)
        # CPU time of the whole process (the test client's thread only waits meanwhile): what the
        # request costs whatever else the machine is doing.
        cpu.setdefault(request.state.bench_label, []).append((time.process_time() - started_cpu) * 1000)
        return response

    @app.middleware("http")
    async def label(request, call_next):  # noqa: ANN001, ANN202
        request.state.bench_label = request.headers.get("x-bench", "other")
        return await call_next(request)

    event.listen(get_engine(), "before_cursor_execute", lambda *a: statements.__setitem__(0, statements[0] + 1))
    with get_session_factory()() as session, session.begin():
        therapist = UserRepository(session).get(therapist_id)
        secret, _ = accounts_service.start_web_session(session, therapist)
    client = TestClient(app, base_url="http://testserver")
    if not args.no_lifespan:
        client.__enter__()  # runs the app's start-up like a server does (the scheduler is off)
    client.cookies.set(SESSION_COOKIE, secret)
    rng = random.Random(args.seed)  # noqa: S311 (synthetic data)
    a_year_ago = quote((datetime.now(UTC) - timedelta(days=365)).isoformat())
    pages = {
        "GET /caseload": lambda: "/caseload",
        "GET /caseload?filter=attention": lambda: "/caseload?filter=attention",
        "GET /clients/{id}": lambda: f"/clients/{rng.choice(client_ids)}",
        "GET /clients/{id}/timeline (older)": lambda: f"/clients/{rng.choice(client_ids)}/timeline?before={a_year_ago}",
    }
    for name, url in pages.items():  # warm-up: templates compiled, caches filled
        assert client.get(url(), headers={"x-bench": "warm-up"}).status_code == 200, name
    queries = {}
    for name, url in pages.items():
        for _ in range(args.requests):
            before = statements[0]
            response = client.get(url(), headers={"x-bench": name})
            assert response.status_code == 200, (name, response.status_code, response.text[:500])
            queries[name] = statements[0] - before
    ok = True
    print(
        f"\nserver time over {args.requests} requests each (ms); load average {os.getloadavg()}, {os.cpu_count()} CPUs"
    )
    print(f"  {'page':<38} {'p50':>7} {'p95':>7} {'max':>7} {'SQL':>5}   {'CPU p50':>8} {'CPU p95':>8}")
    for name in pages:
        values, used = sorted(timings[name]), sorted(cpu[name])
        p95 = percentile(values, 95)
        ok &= p95 <= TARGET_MS
        print(
            f"  {name:<38} {statistics.median(values):7.1f} {p95:7.1f} {values[-1]:7.1f} {queries[name]:5d}"
            f"   {statistics.median(used):8.1f} {percentile(used, 95):8.1f}"
        )
    print(f"target p95 ≤ {TARGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    if not args.no_lifespan:
        client.__exit__(None, None, None)
    return ok


def percentile(ordered: list[float], pct: int) -> float:
    """Nearest-rank percentile of sorted values."""
    return ordered[max(0, round(pct / 100 * len(ordered)) - 1)]


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="alongside-bench-workspace-") as tmp:
        data_dir = (args.data_dir or Path(tmp)).resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        configure(args, data_dir)
        backend = "PostgreSQL" if args.database_url else "SQLite"
        print(f"{backend}; data in {data_dir}; load average before: {os.getloadavg()}")
        if args.reuse:
            therapist_id, client_ids = existing()
        else:
            if args.database_url:
                recreate_postgres(args.database_url)
            elif (data_dir / "alongside.db").exists():
                (data_dir / "alongside.db").unlink()
            therapist_id, client_ids = build(args)
        ok = measure(args, therapist_id, client_ids)
        from alongside import db

        db.reset_engine()
    return 0 if ok else 1


def existing() -> tuple[int, list[int]]:
    from sqlalchemy import select

    from alongside.accounts.models import Role, User
    from alongside.db import get_session_factory, load_models

    load_models()
    with get_session_factory()() as session:
        therapist_id = session.scalar(select(User.id).where(User.email == "tess@bench.example"))
        ids = list(session.scalars(select(User.id).where(User.role == Role.CLIENT).order_by(User.id)))
    return therapist_id, ids


if __name__ == "__main__":
    sys.exit(main())
