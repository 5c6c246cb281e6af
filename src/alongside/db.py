"""Engine, session factory and the request-scoped session that commits at the boundary.

The engine is built on first use, never at import, so tests and the CLI can point the settings at
another database first. SQLite gets WAL mode and foreign keys; PostgreSQL needs nothing special.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from alongside.config import settings


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin, so SAVEPOINTs work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        if ":memory:" not in url:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=settings.log_sql, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # IMMEDIATE: a request that reads and then writes would otherwise fail with "database is
        # locked" whenever another connection committed in between (a stale WAL snapshot cannot be
        # upgraded, and busy_timeout does not help). Writers queue for the lock instead.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    return create_engine(url, echo=settings.log_sql, pool_pre_ping=True)


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    return make_engine(settings.sqlalchemy_url)


@lru_cache(maxsize=1)
def get_session_factory() -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(), expire_on_commit=False, autoflush=True)


def reset_engine() -> None:
    """Forget the cached engine (after the settings changed)."""
    if get_engine.cache_info().currsize:
        get_engine().dispose()
    get_engine.cache_clear()
    get_session_factory.cache_clear()


def get_session() -> Iterator[Session]:
    """One transaction per request: commit on success, roll back on any error."""
    session = get_session_factory()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def load_models() -> None:
    """Import every domain's tables so ``Base.metadata`` is complete (Alembic, tests)."""
    import alongside.accounts.models  # noqa: F401
    import alongside.care.models  # noqa: F401
    import alongside.careplan.models  # noqa: F401
    import alongside.checkins.models  # noqa: F401
    import alongside.companion.models  # noqa: F401
    import alongside.exercises.models  # noqa: F401
    import alongside.insights.models  # noqa: F401
    import alongside.intake.models  # noqa: F401
    import alongside.journal.models  # noqa: F401
    import alongside.notes.models  # noqa: F401
    import alongside.privacy.models  # noqa: F401
    import alongside.questionnaires.models  # noqa: F401
    import alongside.safety.models  # noqa: F401
    import alongside.tutor.models  # noqa: F401
