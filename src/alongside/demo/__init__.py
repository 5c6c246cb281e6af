"""The demo organisation: a Dutch practice with two therapists, sixteen synthetic clients and four
months of check-ins, journal entries, consent changes and therapist reads (``alongside demo``).

Everything is generated from ``random.Random`` seeded per client, so the same seed and the same
day give the same demo. Nothing here is a real person; all names, e-mail addresses (on the
reserved ``.example`` domain) and texts are invented.

Historical rows are created as model objects with explicit timestamps, because the service
functions rightly refuse back-dating beyond 48 hours. Consent is given and withdrawn through the
care service (so the audit log has the same rows a real client would leave) and then dated to
when it happened in the story. A few reads by therapists go through the real service functions at
build time, so "who has seen my data" also shows today's reads.

The build deletes the previous demo database in the data folder, but only when that folder was
made by the demo (it holds the ``ALONGSIDE-DEMO`` marker file): it never wipes a real database.
The encryption key file is kept, so the demo is encrypted with the folder's key, created on
first use.

The package: ``cast.py`` (the practice, staff and clients), ``story.py`` (planning the check-ins and
entries), ``text.py`` (the Dutch and English sentence pools) and ``store.py`` (writing the story to
the database, with its audit rows and screening history).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from alongside import db, migrate, worker
from alongside.accounts import service as accounts_service
from alongside.accounts.models import Role
from alongside.config import settings
from alongside.demo.cast import _ADMIN, _CLIENTS, _THERAPISTS, DAYS, ORGANISATION
from alongside.demo.cast import DOMAIN as DOMAIN
from alongside.demo.cast import PRACTICE_TZ as PRACTICE_TZ
from alongside.demo.intake import CODE as REFERRAL_CODE
from alongside.demo.intake import WAITERS
from alongside.demo.store import _store
from alongside.demo.story import Plan, plan
from alongside.demo.story import PlannedCheckIn as PlannedCheckIn
from alongside.demo.story import PlannedEntry as PlannedEntry
from alongside.demo.text import _HOPELESS as _HOPELESS
from alongside.kit.orm import utc_now
from alongside.privacy import crypto

__all__ = [
    "DAYS",
    "DEMO_PASSWORD",
    "ORGANISATION",
    "DemoError",
    "Login",
    "Plan",
    "build",
    "format_logins",
    "logins",
    "plan",
]

# One password for every demo account, printed on the terminal; it protects nothing real.
DEMO_PASSWORD = "alongside-demo"  # noqa: S105
MARKER = "ALONGSIDE-DEMO"
DB_FILES = ("alongside.db", "alongside.db-wal", "alongside.db-shm", "alongside.db-journal")


class DemoError(RuntimeError):
    """The demo cannot be built here (it would touch a database it did not make)."""


@dataclass(frozen=True)
class Login:
    role: str
    name: str
    email: str
    password: str
    language: str
    notes: str


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def build(data_dir: Path, *, seed: int = 7) -> list[Login]:
    """Delete the previous demo in ``data_dir`` and build a fresh one; returns the logins.

    The settings must already point at ``data_dir`` (the ``demo`` command sets
    ALONGSIDE_DATA_DIR and resets the engine first).
    """
    data_dir = Path(data_dir).expanduser().resolve()
    _check_target(data_dir)
    db.reset_engine()  # no pooled connection may keep the old file open
    _remove_previous(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text(
        "This folder holds an Alongside demo database with synthetic data.\n"
        "`alongside demo` deletes and rebuilds it; do not keep real data here.\n"
    )
    crypto.reset_key_ring()  # use this folder's key file, not a ring cached for another database
    migrate.upgrade()
    now = utc_now()
    story = plan(seed, now)
    password_hash = accounts_service.hash_password(DEMO_PASSWORD)  # once: argon2 is slow on purpose
    with db.get_session_factory()() as session, session.begin():
        _store(session, story, password_hash, now, seed)
    # The alerts the screening raised queue their notifications after the commit; let them finish
    # before anyone deletes or rebuilds this database.
    worker.drain()
    return logins()


def logins() -> list[Login]:
    rows = [Login(str(s.role), s.name, s.email, DEMO_PASSWORD, s.locale, s.notes) for s in (_ADMIN, *_THERAPISTS)]
    rows += [Login(str(Role.CLIENT), c.name, c.email, DEMO_PASSWORD, c.locale, c.notes) for c in _CLIENTS]
    rows += [Login(str(Role.CLIENT), w.name, w.email, DEMO_PASSWORD, w.locale, w.notes) for w in WAITERS]
    return rows


def format_logins(logins: Sequence[Login], base_url: str) -> str:
    """A table for the terminal: where to go, the password, and the logins grouped by role."""
    base = base_url.rstrip("/")
    lines = [f"{ORGANISATION} (demo). Open {base}/login", f"Self-referral: {base}/refer/{REFERRAL_CODE}"]
    passwords = {login.password for login in logins}
    shared_password = passwords.pop() if len(passwords) == 1 else None
    if shared_password is not None:
        lines.append(f"Password for every account: {shared_password}")
    name_w = max((len(login.name) for login in logins), default=4)
    email_w = max((len(login.email) for login in logins), default=6)
    titles = {"admin": "Administrator", "therapist": "Therapists", "client": "Clients"}
    order = [*titles, *sorted({login.role for login in logins} - set(titles))]
    for role in order:
        group = [login for login in logins if login.role == role]
        if not group:
            continue
        lines += ["", f"{titles.get(role, role.title())} ({len(group)})"]
        for login in group:
            cells = [f"  {login.name:<{name_w}}", f"{login.email:<{email_w}}", f"{login.language:<2}"]
            if shared_password is None:
                cells.append(login.password)
            cells.append(login.notes)
            lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Where the demo may be built
# --------------------------------------------------------------------------------------------


def _check_target(data_dir: Path) -> None:
    expected = f"sqlite:///{data_dir / 'alongside.db'}"
    if settings.sqlalchemy_url != expected or settings.data_dir != data_dir:
        raise DemoError(
            f"the demo builds only into its own SQLite file {data_dir / 'alongside.db'}; point "
            "ALONGSIDE_DATA_DIR at that folder, unset ALONGSIDE_DATABASE_URL and reload the settings"
        )


def _remove_previous(data_dir: Path) -> None:
    present = [data_dir / name for name in DB_FILES if (data_dir / name).exists()]
    if not present:
        return
    if not (data_dir / MARKER).exists():
        raise DemoError(
            f"{data_dir} holds a database that the demo did not create ({present[0].name}); "
            "refusing to delete it. Choose another --data-dir."
        )
    for path in present:
        path.unlink()
