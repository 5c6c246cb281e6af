"""Take the README screenshots with Debian's chromium:

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds the demo organisation (``alongside.demo.build``) in a temporary folder (or, while there is no
demo module, seeds the browser tests' personas), serves it on a free local port and saves

    client-home-phone.png     a client's home, first screen of a phone (390 x 844)
    caseload-desktop.png      a therapist's caseload on a desktop (1280 x 800)
    client-<page>-<lang>-phone.png
                              the pages a new client uses first (check-in, check-in history, a
                              journal entry from a prompt, the PHQ-9, box breathing), on a phone,
                              for an English- and a Dutch-speaking demo client
    intake-step-nl-phone.png  a self-referred person's intake, half-way, on a phone (Dutch)
    waiting-list-desktop.png  the intake team's waiting list, sorted by need
    intake-summary-desktop.png
                              an intake summary with risk sentences and the suggested step

Each picture must stay under 300 KB; the phone shot falls back from 2x to 1x pixels if it is larger.
Never downloads a browser: set ALONGSIDE_CHROMIUM to use another chromium binary.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.browser import live  # noqa: E402

MAX_BYTES = 300_000


def build_data(data_dir: Path, seed: int) -> str:
    """Fill the (already configured) database; returns what was used."""
    try:
        from alongside import demo
    except ImportError:
        demo = None
    if demo is not None and hasattr(demo, "build"):
        demo.build(data_dir, seed=seed)
        return "demo"
    from alongside import migrate

    migrate.upgrade()
    live.seed()
    return "browser-test personas"


CLIENT_PAGES = [
    ("checkin", "/home"),
    ("history", "/checkins"),
    ("journal", "/journal/new"),
    ("phq9", "/questionnaires/phq9"),
    ("breathing", "/exercises/box"),
]


def pick_client(locale: str) -> str | None:
    """The client with this language and the most check-ins."""
    from sqlalchemy import func, select

    from alongside.accounts.models import Role, User
    from alongside.checkins.models import CheckIn
    from alongside.db import get_session_factory

    with get_session_factory()() as session:
        return session.execute(
            select(User.email)
            .join(CheckIn, CheckIn.client_id == User.id)
            .where(User.role == Role.CLIENT, User.is_active.is_(True), func.coalesce(User.locale, "en") == locale)
            .group_by(User.id, User.email)
            .order_by(func.count(CheckIn.id).desc(), User.id)
            .limit(1)
        ).scalar_one_or_none()


def pick_users() -> tuple[str, str]:
    """The English-speaking client with the most check-ins and therapist with the most clients."""
    from sqlalchemy import case, func, select

    from alongside.accounts.models import Role, User
    from alongside.care.models import CareLink
    from alongside.checkins.models import CheckIn
    from alongside.db import get_session_factory

    english_first = case((func.coalesce(User.locale, "en") == "en", 0), else_=1)
    with get_session_factory()() as session:
        client = session.execute(
            select(User.email)
            .join(CheckIn, CheckIn.client_id == User.id)
            .where(User.role == Role.CLIENT, User.is_active.is_(True))
            .group_by(User.id, User.email)
            .order_by(english_first, func.count(CheckIn.id).desc(), User.id)
            .limit(1)
        ).scalar_one_or_none()
        therapist = session.execute(
            select(User.email)
            .join(CareLink, CareLink.therapist_id == User.id)
            .where(User.role == Role.THERAPIST, User.is_active.is_(True))
            .group_by(User.id, User.email)
            .order_by(english_first, func.count(CareLink.id).desc(), User.id)
            .limit(1)
        ).scalar_one_or_none()
    if client is None or therapist is None:
        raise SystemExit("the demo has no client with check-ins or no therapist with clients")
    return client, therapist


def pick_intake() -> list[tuple[str, str, str, str, tuple[int, ...]]]:
    """The demo's waiting list (demo/intake.py): the intake team's views and a paused intake."""
    from sqlalchemy import select

    from alongside.accounts.models import User
    from alongside.db import get_session_factory
    from alongside.intake.models import IntakeTeamMember, Referral, ReferralStatus

    with get_session_factory()() as session:
        team = session.execute(
            select(User.email).join(IntakeTeamMember, IntakeTeamMember.therapist_id == User.id).limit(1)
        ).scalar_one_or_none()
        sent = session.execute(
            select(Referral.id)
            .where(Referral.status == ReferralStatus.SUBMITTED, Referral.risk_level != "none")
            .order_by(Referral.id)
            .limit(1)
        ).scalar_one_or_none()
        started = session.execute(
            select(User.email, Referral.step)
            .join(Referral, Referral.client_id == User.id)
            .where(Referral.status == ReferralStatus.STARTED, User.locale == "nl")
            .limit(1)
        ).one_or_none()
    if team is None or sent is None or started is None:
        return []
    return [
        (started[0], f"/intake/step/{started[1]}", "intake-step-nl-phone.png", "phone", (1,)),
        (team, "/waiting-list", "waiting-list-desktop.png", "desktop", (1,)),
        (team, f"/referrals/{sent}", "intake-summary-desktop.png", "desktop", (1,)),
    ]


def shoot(
    browser,
    server: live.LiveServer,
    email: str,
    path: str,
    out: Path,
    viewport: str,  # noqa: ANN001
    scale: int,
) -> int:
    from alongside.accounts.dependencies import SESSION_COOKIE

    options = {**live.VIEWPORTS[viewport], "device_scale_factor": scale}
    context = browser.new_context(
        base_url=server.url,
        locale="en-GB",
        timezone_id="Europe/Amsterdam",
        color_scheme="light",
        reduced_motion="reduce",
        **options,
    )
    try:
        secret = live.start_web_session(email)
        context.add_cookies([{"name": SESSION_COOKIE, "value": secret, "url": server.url}])
        page = context.new_page()
        page.goto(path)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(out), full_page=False, animations="disabled", caret="hide")
    finally:
        context.close()
    return out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the demo data")
    args = parser.parse_args()

    chromium = live.chromium_path()
    if chromium is None:
        print("Debian's chromium is not installed: run scripts/setup.sh --test", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from alongside.app import create_app

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="alongside-screenshots-") as tmp:
        data_dir = Path(tmp)
        with live.temporary_database(data_dir, migrate=False):
            started = time.perf_counter()
            source = build_data(data_dir, args.seed)
            print(f"Data: {source} ({time.perf_counter() - started:.1f} s)")
            client, therapist = pick_users()
            with live.LiveServer(create_app()) as server, sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=live.CHROMIUM_ARGS)
                shots = [
                    (client, "/home", "client-home-phone.png", "phone", (2, 1)),
                    (therapist, "/caseload", "caseload-desktop.png", "desktop", (1,)),
                ]
                for lang in ("en", "nl"):
                    email = pick_client(lang)
                    if email is None:
                        print(f"No {lang} client with check-ins in the demo.", file=sys.stderr)
                        return 1
                    shots += [
                        (email, path, f"client-{name}-{lang}-phone.png", "phone", (1,)) for name, path in CLIENT_PAGES
                    ]
                shots += pick_intake()
                too_big = False
                for email, path, name, viewport, scales in shots:
                    target = args.out / name
                    for scale in scales:
                        size = shoot(browser, server, email, path, target, viewport, scale)
                        if size <= MAX_BYTES:
                            break
                    too_big |= size > MAX_BYTES
                    print(
                        f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
                        f"{size // 1024} KB ({viewport}, {scale}x, {email} on {path})"
                    )
                browser.close()
    if too_big:
        print(f"A screenshot is larger than {MAX_BYTES // 1000} KB.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
