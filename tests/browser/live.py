"""A real server for the browser: a throw-away SQLite database with committed personas, uvicorn in a
background thread, and Debian's chromium driven by Playwright.

Shared by ``tests/browser/conftest.py`` and ``scripts/screenshots.py``. The database swap restores the
previous environment, settings, engine and key ring afterwards, so tests that run later in the same
process (the rest of the suite uses its own ``engine`` fixture) are not disturbed.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

PASSWORD = "correct horse battery"  # noqa: S105 (test accounts on a throw-away database)
BEN_NOTES = (
    "Slept badly, tired all day",
    "Walk by the canal helped",
    "Argued with my sister",
    "Good talk with Ana",
    "Quiet evening, reading",
)
BEN_PRIVATE_TITLE = "Walk"
BEN_SHARED_TITLE = "Sister"

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

VIEWPORTS: dict[str, dict[str, object]] = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 1,
    },
    "desktop": {"viewport": {"width": 1280, "height": 800}, "device_scale_factor": 1},
}

_ENV_KEYS = ("ALONGSIDE_DATABASE_URL", "ALONGSIDE_DATA_DIR")


def chromium_path() -> str | None:
    """Debian's chromium (never a downloaded browser); ALONGSIDE_CHROMIUM overrides the path."""
    explicit = os.environ.get("ALONGSIDE_CHROMIUM")
    candidates = [explicit] if explicit else ["/usr/bin/chromium", shutil.which("chromium")]
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


@dataclass
class Login:
    email: str
    name: str
    user_id: int
    password: str = PASSWORD


@dataclass
class Logins:
    client_ben: Login
    client_cleo: Login
    therapist_ana: Login
    admin_ada: Login


def _switch_settings() -> None:
    from alongside import config, db
    from alongside.privacy import crypto

    config.reload_settings()
    db.reset_engine()
    crypto.reset_key_ring()


@contextmanager
def temporary_database(data_dir: Path, *, migrate: bool = True) -> Iterator[str]:
    """Point the app at a fresh (migrated) SQLite database in ``data_dir``; restore everything after."""
    from alongside import config, db
    from alongside import migrate as migrations
    from alongside.privacy import crypto

    saved_env = {key: os.environ.get(key) for key in _ENV_KEYS}
    saved_settings = config.settings.model_copy()
    data_dir = data_dir.expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'alongside.db'}"
    os.environ["ALONGSIDE_DATA_DIR"] = str(data_dir)
    os.environ["ALONGSIDE_DATABASE_URL"] = url
    try:
        _switch_settings()
        if migrate:
            migrations.upgrade()
        yield url
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for name in type(config.settings).model_fields:
            setattr(config.settings, name, getattr(saved_settings, name))
        db.reset_engine()
        crypto.reset_key_ring()


def seed() -> Logins:
    """Committed personas: Ben (client, check-ins and journal), Cleo (client, shares nothing), Ana
    (their therapist) and Ada (admin)."""
    from alongside.accounts import service as accounts_service
    from alongside.accounts.actor import Actor
    from alongside.accounts.models import Role
    from alongside.accounts.schemas import UserCreate
    from alongside.care import service as care_service
    from alongside.care.schemas import Consent
    from alongside.checkins import service as checkins_service
    from alongside.checkins.schemas import CheckInCreate
    from alongside.db import get_session_factory
    from alongside.journal import service as journal_service
    from alongside.journal.schemas import EntryCreate
    from alongside.kit.orm import utc_now

    def user(session, org_id: int, name: str, role: Role):  # noqa: ANN001, ANN202
        return accounts_service.create_user(
            session,
            org_id,
            UserCreate(
                email=f"{name.lower()}@example.org",
                display_name=name,
                role=role,
                password=PASSWORD,
            ),
        )

    with get_session_factory()() as session, session.begin():
        org = care_service.create_organisation(session, name="Canal Street Practice")
        ben = user(session, org.id, "Ben", Role.CLIENT)
        cleo = user(session, org.id, "Cleo", Role.CLIENT)
        ana = user(session, org.id, "Ana", Role.THERAPIST)
        ada = user(session, org.id, "Ada", Role.ADMIN)
        care_service.link_therapist(session, ana, ben, Consent(checkins=True, journal=True))
        care_service.link_therapist(session, ana, cleo, Consent())
        ben_actor = Actor.of(ben)
        now = utc_now()
        for days_ago, (mood, note) in enumerate(zip((6, 7, 4, 5, 3), BEN_NOTES, strict=True)):
            at = now - timedelta(days=days_ago, hours=2)
            checkins_service.create_checkin(session, ben_actor, CheckInCreate(mood=mood, note=note, at=at), now=at)
        journal_service.create_entry(
            session,
            ben_actor,
            EntryCreate(title=BEN_PRIVATE_TITLE, body="The walk by the canal helped more than I expected."),
        )
        journal_service.create_entry(
            session,
            ben_actor,
            EntryCreate(
                title=BEN_SHARED_TITLE, body="I argued with my sister again. I want to talk about it.", shared=True
            ),
        )
        session.flush()
        return Logins(*(Login(u.email, u.display_name, u.id) for u in (ben, cleo, ana, ada)))


def start_web_session(email: str) -> str:
    """Log a user in without the form (committed); returns the session cookie's value."""
    from alongside.accounts import service as accounts_service
    from alongside.accounts.repository import UserRepository
    from alongside.db import get_session_factory

    with get_session_factory()() as session, session.begin():
        found = UserRepository(session).get_by_email(email)
        assert found is not None, email
        secret, _ = accounts_service.start_web_session(session, found)
    return secret


class LiveServer:
    """uvicorn serving the app on a free local port, in a daemon thread."""

    def __init__(self, app: object, host: str = "127.0.0.1") -> None:
        import uvicorn

        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(
            app, host=host, port=self.port, log_level="warning", log_config=None, timeout_graceful_shutdown=5
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._socket]}, name=f"alongside-live-{self.port}", daemon=True
        )

    def start(self, timeout: float = 20.0) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._thread.is_alive():
                raise RuntimeError("the live server stopped while starting (see the log above)")
            if self.server.started:
                try:
                    with urllib.request.urlopen(f"{self.url}/login", timeout=2) as response:  # noqa: S310
                        if response.status == 200:
                            return self
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the live server did not answer on {self.url} within {timeout:.0f} s")

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        self._socket.close()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
