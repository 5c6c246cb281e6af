"""The admin commands, each against its own fresh SQLite database."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from alongside import config, db
from alongside.cli import app
from alongside.privacy import crypto


@pytest.fixture
def fresh_install(tmp_path, monkeypatch):
    """Point the settings at an empty data folder; restore the test database afterwards."""
    saved = {k: os.environ.get(k) for k in ("ALONGSIDE_DATA_DIR", "ALONGSIDE_DATABASE_URL")}
    monkeypatch.setenv("ALONGSIDE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ALONGSIDE_DATABASE_URL", raising=False)
    config.reload_settings()
    db.reset_engine()
    crypto.reset_key_ring()
    yield tmp_path
    db.reset_engine()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    config.reload_settings()
    crypto.reset_key_ring()


runner = CliRunner()


def test_db_upgrade_creates_the_schema(fresh_install):
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    with db.get_engine().connect() as conn:
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        mode = conn.execute(text("PRAGMA journal_mode")).scalar()
    assert {"users", "journal_entries", "alerts", "audit_entries"} <= tables
    assert mode == "wal"


def test_user_create_and_login(fresh_install):
    result = runner.invoke(
        app,
        [
            "user",
            "create",
            "--email",
            "Admin@Example.org",
            "--name",
            "Ada",
            "--role",
            "admin",
            "--password",
            "long enough pw",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Created admin admin@example.org" in result.output
    again = runner.invoke(
        app, ["user", "create", "--email", "admin@example.org", "--name", "Ada", "--password", "long enough pw"]
    )
    assert again.exit_code == 2 and "already exists" in again.output
    short = runner.invoke(app, ["user", "create", "--email", "b@example.org", "--name", "B", "--password", "short"])
    assert short.exit_code == 2 and "password" in short.output


def test_keys_rotate_reencrypts(fresh_install):
    runner.invoke(
        app,
        [
            "user",
            "create",
            "--email",
            "c@example.org",
            "--name",
            "C",
            "--role",
            "client",
            "--password",
            "long enough pw",
        ],
    )
    from alongside.accounts.actor import Actor
    from alongside.accounts.models import User
    from alongside.journal import service as journal_service
    from alongside.journal.schemas import EntryCreate

    with db.get_session_factory()() as session, session.begin():
        user = session.query(User).one()
        journal_service.create_entry(session, Actor.of(user), EntryCreate(body="rotate me please"))
    key_file = fresh_install / "encryption-keys.json"
    old = json.loads(key_file.read_text())["current"]
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    result = runner.invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    new = json.loads(key_file.read_text())
    assert new["current"] != old and list(new["keys"]) == [new["current"]]
    with db.get_engine().connect() as conn:
        stored = conn.execute(text("SELECT body FROM journal_entries")).scalar()
    assert stored.split(":")[1] == new["current"]
    with db.get_session_factory()() as session:
        from alongside.journal.models import JournalEntry

        assert session.query(JournalEntry).one().body == "rotate me please"


def test_safety_screen_is_mounted(fresh_install):
    result = runner.invoke(app, ["safety", "screen"], input='{"id": 1, "text": "lovely walk today"}\n')
    assert result.exit_code == 0 and json.loads(result.output.splitlines()[0])["level"] in ("none", "low")


def test_worker_needs_queue_mode(fresh_install):
    result = runner.invoke(app, ["worker"])
    assert result.exit_code == 2 and "ALONGSIDE_JOBS_MODE=queue" in result.output
