"""The main pages in a real browser, on a phone and on a desktop: login (also by keyboard alone),
the one-tap check-in, the caseload, the language switch, no sideways scrolling and basic accessibility.

Each test gets a fresh browser context (no cookies). Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from alongside.kit import i18n
from tests.browser import live

pytestmark = pytest.mark.browser

NL_CATALOGUE = i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "messages.po"


# -- helpers -----------------------------------------------------------------------------------------


def assert_no_horizontal_scroll(page: Page) -> None:
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
        " wide: [...document.querySelectorAll('body *')]"
        "   .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
        "   .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
        "     + (typeof e.className === 'string' && e.className"
        "        ? '.' + e.className.split(' ').join('.') : ''))})"
    )
    assert widths["scroll"] <= widths["inner"], (
        f"page scrolls sideways: scrollWidth {widths['scroll']} > innerWidth {widths['inner']}; "
        f"sticking out: {widths['wide']}"
    )


def assert_basic_accessibility(page: Page) -> None:
    """One h1, a label for every visible input, and the skip link as the first focusable element."""
    expect(page.locator("h1")).to_have_count(1)
    unlabelled = page.evaluate(
        "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
        "  .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label'))"
        "  .map(e => e.outerHTML)"
    )
    assert unlabelled == [], f"inputs without a label: {unlabelled}"
    # Call right after a page load: nothing has the focus yet, so Tab goes to the first stop.
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement && document.activeElement.className")
    assert first == "skip-link", f"the first Tab stop is {first!r}, not the skip link"
    expect(page.locator(".skip-link")).to_be_in_viewport()
    page.evaluate("() => document.activeElement.blur()")  # hide it again for the screenshots


def tab_to(page: Page, selector: str, limit: int = 25) -> None:
    """Press Tab until the element matching ``selector`` has the focus (keyboard only)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} was not reached with {limit} presses of Tab")


def dutch(message: str) -> str | None:
    """The Dutch translation of ``message``, if the catalogue exists and translates it."""
    if not NL_CATALOGUE.exists():
        return None
    from babel.messages.pofile import read_po

    with NL_CATALOGUE.open("rb") as handle:
        entry = read_po(handle, locale="nl").get(message)
    return entry.string if entry is not None and entry.string and not entry.fuzzy else None


# -- login -------------------------------------------------------------------------------------------


def test_login_page_is_accessible(page: Page, screenshot) -> None:  # noqa: ANN001
    page.goto("/login")
    expect(page).to_have_title(re.compile("Log in"))
    assert_basic_accessibility(page)
    expect(page.get_by_label("E-mail address")).to_be_visible()
    expect(page.get_by_label("Password")).to_be_visible()
    assert_no_horizontal_scroll(page)
    screenshot("login")


def test_wrong_password_shows_inline_error_then_right_password_logs_in(
    page: Page,
    logins: live.Logins,
    screenshot,  # noqa: ANN001
) -> None:
    ana = logins.therapist_ana
    page.goto("/login")
    page.get_by_label("E-mail address").fill(ana.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()

    password = page.get_by_label("Password")
    expect(page.locator("#password-error")).to_have_text("Wrong e-mail address or password.")
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(password).to_have_attribute("aria-describedby", "password-error")
    expect(password).to_have_value("")
    expect(page.get_by_label("E-mail address")).to_have_value(ana.email)
    expect(page.get_by_role("alert")).to_contain_text("Wrong e-mail address or password.")
    assert_no_horizontal_scroll(page)
    screenshot("login-error")

    password.fill(ana.password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/caseload$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Caseload")


@pytest.mark.parametrize(
    ("who", "home", "heading"),
    [
        ("client_ben", "/home", "Hello, Ben"),
        ("therapist_ana", "/caseload", "Caseload"),
        ("admin_ada", "/admin/users", "Users"),
    ],
)
def test_login_with_the_keyboard_only_lands_on_the_role_home(
    page: Page, logins: live.Logins, who: str, home: str, heading: str
) -> None:
    user: live.Login = getattr(logins, who)
    page.goto("/login")
    tab_to(page, "#email")
    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "password"
    page.keyboard.type(user.password)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_skip_link_moves_to_the_main_content(page: Page) -> None:
    page.goto("/login")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    page.keyboard.press("Tab")
    # The next stop after the skip target is inside main: the e-mail field, not the header.
    assert page.evaluate("() => document.activeElement.closest('main') !== null")


# -- client home -------------------------------------------------------------------------------------


def test_client_home_one_tap_check_in(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto("/home")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Ben")
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    screenshot("client-home")

    page.evaluate("() => { window.__sameDocument = true; }")
    with page.expect_response(lambda r: r.url.endswith("/checkins") and r.request.method == "POST") as posted:
        page.get_by_role("button", name="Mood 8 of 10").click()
    response = posted.value
    assert response.status == 200
    assert response.request.headers.get("hx-request") == "true", "the check-in was not sent by htmx"

    saved = page.locator("#checkin-form")
    expect(saved).to_have_class(re.compile(r"\bnotice\b"))
    expect(saved).to_contain_text("Saved: mood 8")
    expect(page.locator(".mood-button")).to_have_count(0)
    assert page.evaluate("() => window.__sameDocument === true"), "the check-in reloaded the whole page"
    expect(page).to_have_url(re.compile(r"/home$"))
    assert_no_horizontal_scroll(page)
    screenshot("client-home-saved")

    page.goto("/checkins")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your check-ins")
    # Other tests in this module check in too (one database per module), so look at the newest row.
    rows = page.locator("#checkin-table tbody tr")
    expect(rows.first.locator("td").nth(1)).to_have_text("8")
    expect(rows.first.locator("td").nth(2)).to_have_text("")
    assert rows.count() >= len(live.BEN_NOTES) + 1
    expect(page.locator("#checkin-table")).to_contain_text(live.BEN_NOTES[0])
    assert_no_horizontal_scroll(page)
    screenshot("checkins")


def test_check_in_with_a_note(page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto("/home")
    page.get_by_text("Add details first (optional)").click()
    page.get_by_label("Note").fill("Browser test note")
    page.get_by_role("button", name="Mood 3 of 10").click()
    expect(page.locator("#checkin-form")).to_contain_text("Saved: mood 3")
    page.goto("/checkins")
    expect(page.locator("#checkin-table tbody tr").first).to_contain_text("Browser test note")


def test_need_help_link_is_on_the_first_screen(
    page: Page,
    logins: live.Logins,
    log_in,
    viewport: str,  # noqa: ANN001
) -> None:
    log_in(logins.client_ben)
    page.goto("/home")
    help_link = page.get_by_role("link", name=re.compile(r"^Need help now"))
    expect(help_link).to_be_visible()
    box = help_link.bounding_box()
    height = page.viewport_size["height"]
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, (
        f"'Need help now' is at y={box and box['y']} (+{box and box['height']}), below the first "
        f"{height}px on the {viewport}"
    )
    expect(help_link).to_have_attribute("href", "/help")


# -- therapist ---------------------------------------------------------------------------------------


def test_caseload_lists_ben_and_opens_his_page(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    page.goto("/caseload")
    expect(page.get_by_role("heading", level=1)).to_have_text("Caseload")
    assert_basic_accessibility(page)
    # No crisis bar for therapists: it is there for clients and visitors.
    expect(page.locator(".help-bar")).to_have_count(0)
    clients = page.locator("table.caseload-table tbody tr")
    expect(clients).to_have_count(2)
    expect(clients.filter(has_text="Ben").locator("time")).to_have_count(1)  # the last check-in
    expect(clients.filter(has_text="Cleo")).to_contain_text("Check-ins not shared")
    assert_no_horizontal_scroll(page)
    screenshot("caseload")

    page.get_by_role("link", name="Ben").click()
    expect(page).to_have_url(re.compile(rf"/clients/{logins.client_ben.user_id}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ben")
    timeline = page.locator("#timeline")
    assert timeline.locator(".tl-checkin").count() >= len(live.BEN_NOTES)  # other tests check in too
    for note in live.BEN_NOTES:
        expect(timeline).to_contain_text(note)
    # Only the shared journal entry is shown.
    expect(timeline.locator(".tl-journal strong")).to_have_text([live.BEN_SHARED_TITLE])
    assert_no_horizontal_scroll(page)
    screenshot("client-page")


def test_caseload_search(page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    page.goto("/caseload")
    page.get_by_label("Search clients").fill("cle")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/caseload\?q=cle&filter=all$"))
    expect(page.locator("table.caseload-table tbody tr")).to_have_count(1)
    expect(page.locator("table.caseload-table")).to_contain_text("Cleo")


def test_create_invitation_shows_a_code(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    page.goto("/caseload")
    page.get_by_label("Note for yourself (optional)").fill("New client from the browser test")
    page.get_by_role("button", name="Create invitation").click()
    notice = page.locator(".notice[role=status]")
    expect(notice).to_be_visible()
    codes = notice.locator("code.token")
    expect(codes).to_have_count(2)
    code = codes.first.inner_text().strip()
    assert re.fullmatch(r"[A-Za-z0-9_-]{6,32}", code), code
    expect(codes.nth(1)).to_contain_text(f"/invite/{code}")
    assert_no_horizontal_scroll(page)
    screenshot("caseload-invitation")


# -- language ----------------------------------------------------------------------------------------


def test_switch_language_to_dutch_and_back(page: Page) -> None:
    page.goto("/login")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_label("Language").select_option("nl")
    page.locator(".lang-switch button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("#lang-select")).to_have_value("nl")
    translated = dutch("Log in")
    if translated:
        expect(page.get_by_role("heading", level=1)).to_have_text(translated)
    assert_no_horizontal_scroll(page)

    page.locator("#lang-select").select_option("en")
    page.locator(".lang-switch button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")


def test_logged_in_switch_to_dutch_is_remembered(
    page: Page,
    context,
    logins: live.Logins,
    log_in,
    viewport: str,
    screenshot,  # noqa: ANN001
) -> None:
    """Cleo (whose language no other test looks at) switches; the choice is stored on her account."""
    log_in(logins.client_cleo)
    page.goto("/home")
    page.get_by_label("Language").select_option("nl")
    page.locator(".lang-switch button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    hello = dutch("Hello, %(name)s")
    if hello:
        expect(page.get_by_role("heading", level=1)).to_have_text(hello % {"name": "Cleo"})
    # The longer Dutch labels must not push the crisis link off a phone's first screen.
    help_link = page.locator("a.help-link")
    expect(help_link).to_be_in_viewport()
    box = help_link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= page.viewport_size["height"]
    assert_no_horizontal_scroll(page)
    screenshot("client-home-nl")

    # Stored on the account, not only in a cookie: a new browser without the cookie gets Dutch too.
    context.clear_cookies()
    log_in(logins.client_cleo)
    page.goto("/home")
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.locator("#lang-select").select_option("en")
    page.locator(".lang-switch button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
