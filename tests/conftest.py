"""Test set-up: a migrated database (SQLite, or PostgreSQL when ALONGSIDE_TEST_DATABASE_URL is set),
each test inside a transaction that is rolled back, and named personas.

PostgreSQL is never skipped quietly: when the URL is given and the server cannot be reached, the
whole run fails.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="alongside-tests-"))
os.environ["ALONGSIDE_DATA_DIR"] = str(_TMP)
os.environ.pop("ALONGSIDE_ENCRYPTION_KEY", None)
os.environ.pop("ALONGSIDE_DATABASE_URL", None)
# Cheap argon2 for speed; production cost is tested separately in tests/accounts/test_passwords.py.
os.environ["ALONGSIDE_ARGON2_TIME_COST"] = "1"
os.environ["ALONGSIDE_ARGON2_MEMORY_COST"] = "1024"
os.environ["ALONGSIDE_ARGON2_PARALLELISM"] = "1"
os.environ["ALONGSIDE_DEFAULT_LOCALE"] = "en"
os.environ["ALONGSIDE_JOBS_MODE"] = "eager"
os.environ["ALONGSIDE_SCHEDULER"] = "false"

import pytest  # noqa: E402
from sqlalchemy import Connection, create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from alongside import config, db  # noqa: E402

TEST_DB_URL = os.environ.get("ALONGSIDE_TEST_DATABASE_URL")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database-only",
        action="store_true",
        help="only the tests that use the database (the PostgreSQL pass of scripts/test: the others "
        "do not touch it, and already ran on SQLite)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--database-only"):
        return
    uses_db = [item for item in items if "engine" in getattr(item, "fixturenames", ())]
    others = [item for item in items if "engine" not in getattr(item, "fixturenames", ())]
    if others:
        config.hook.pytest_deselected(items=others)
        items[:] = uses_db


def _worker_database_url() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if not TEST_DB_URL:
        return f"sqlite:///{_TMP / f'test-{worker}.db'}"
    url = make_url(TEST_DB_URL)
    name = f"{url.database or 'alongside_test'}_{worker}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        pytest.exit(f"PostgreSQL was asked for ({TEST_DB_URL}) but is not usable: {exc}", returncode=3)
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def engine():
    url = _worker_database_url()
    os.environ["ALONGSIDE_DATABASE_URL"] = url
    config.reload_settings()
    db.reset_engine()
    from alongside import migrate

    engine = db.get_engine()
    with engine.begin() as connection:
        migrate.upgrade(connection)
    yield engine
    db.reset_engine()


@pytest.fixture
def connection(engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        outer = conn.begin()
        yield conn
        outer.rollback()


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    """The test's session; the app's requests share it, and ``commit`` only releases a savepoint."""
    sess = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    from alongside import worker

    # Jobs run after commit, eagerly, in their own session on the same (rolled-back) connection.
    worker.use_session_factory(
        lambda: Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    )
    yield sess
    worker.use_session_factory(None)
    sess.close()


@pytest.fixture
def app(session: Session):
    from alongside.app import create_app

    application = create_app()

    def test_session() -> Iterator[Session]:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise

    application.dependency_overrides[db.get_session] = test_session
    return application


from tests.personas import *  # noqa: E402,F403
