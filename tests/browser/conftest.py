"""Browser tests: a live server on a fresh SQLite database with committed personas, and Debian's
chromium through Playwright (never a downloaded browser).

Every test in this folder is marked ``browser``. Without chromium the tests are skipped, except on CI
(``CI`` set), where that is a failure: run ``scripts/setup.sh --test``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser import live

HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE.parents[1] / "test-artifacts" / "screenshots"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # tryfirst: the marker must be there before ``-m "not browser"`` deselects.
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _no_browser(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(
            f"{reason}. The browser tests must run on CI: install it with scripts/setup.sh --test.", pytrace=False
        )
    pytest.skip(f"{reason} (install it with scripts/setup.sh --test)")


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = live.chromium_path()
    if path is None:
        _no_browser(
            "Debian's chromium is not installed "
            "(looked for $ALONGSIDE_CHROMIUM, /usr/bin/chromium and chromium on PATH)"
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_executable: str) -> Iterator[object]:
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("the playwright Python package is not installed")
    manager = sync_playwright().start()
    try:
        try:
            chromium = manager.chromium.launch(executable_path=chromium_executable, args=live.CHROMIUM_ARGS)
        except PlaywrightError as exc:
            _no_browser(f"chromium at {chromium_executable} does not start: {exc.message.splitlines()[0]}")
        yield chromium
        chromium.close()
    finally:
        manager.stop()


@pytest.fixture(scope="module")
def live_server(chromium_executable: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[live.LiveServer]:
    """Module scope: torn down (and the settings restored) before tests of other modules run."""
    from alongside.app import create_app

    with live.temporary_database(tmp_path_factory.mktemp("browser-data")):
        logins = live.seed()
        with live.LiveServer(create_app()) as server:
            server.logins = logins  # type: ignore[attr-defined]
            yield server


@pytest.fixture(scope="module")
def logins(live_server: live.LiveServer) -> live.Logins:
    return live_server.logins  # type: ignore[attr-defined,no-any-return]


@pytest.fixture(params=list(live.VIEWPORTS), ids=list(live.VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def context(browser, live_server: live.LiveServer, viewport: str) -> Iterator[object]:  # noqa: ANN001
    ctx = browser.new_context(
        base_url=live_server.url,
        locale="en-GB",
        timezone_id="Europe/Amsterdam",
        color_scheme="light",
        reduced_motion="reduce",
        **live.VIEWPORTS[viewport],
    )
    ctx.set_default_timeout(20_000)
    yield ctx
    ctx.close()


# Chromium reports a response's status on the console; only script errors and CSP violations count.
_IGNORED_CONSOLE = re.compile(r"Failed to load resource: the server responded with a status of")


@pytest.fixture
def page(context) -> Iterator[object]:  # noqa: ANN001
    """A fresh page; fails the test on a JavaScript error or a Content-Security-Policy violation."""
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error" and not _IGNORED_CONSOLE.search(msg.text)
            else None
        ),
    )
    yield tab
    assert not problems, "\n".join(problems)


@pytest.fixture
def log_in(context, live_server: live.LiveServer) -> Callable[[live.Login], None]:  # noqa: ANN001
    """Log the page's browser context in without the form (the login form has its own tests)."""
    from alongside.accounts.dependencies import SESSION_COOKIE

    def _login(who: live.Login) -> None:
        secret = live.start_web_session(who.email)
        context.add_cookies([{"name": SESSION_COOKIE, "value": secret, "url": live_server.url}])

    return _login


@pytest.fixture
def screenshot(page, viewport: str) -> Callable[[str], Path]:  # noqa: ANN001
    """Save a full-page screenshot to test-artifacts/screenshots/<viewport>-<name>.png for review."""

    def _shot(name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{viewport}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shot


# Assertions wait longer than Playwright's 5 s: CI machines have two cores and run two workers.
expect.set_options(timeout=15_000)
