"""Reminders in a real browser: setting one on a phone with the one-tap suggestion, changing its
times and days through the htmx form (no reload), an error moving the focus to what to fix, turning
it off; the plain-form fallback without JavaScript; axe on the settings and list pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_accessibility import violations
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def forget_reminders(user_id: int) -> None:
    """Each test (and viewport) starts with no reminders, as a new client does."""
    from sqlalchemy import delete

    from alongside.careplan.models import ReminderOccurrence, ReminderPreferences, ReminderRule
    from alongside.db import get_session_factory

    with get_session_factory()() as session, session.begin():
        for table in (ReminderOccurrence, ReminderRule, ReminderPreferences):
            session.execute(delete(table).where(table.client_id == user_id))


def test_set_change_and_turn_off_a_reminder(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    forget_reminders(logins.client_cleo.user_id)
    log_in(logins.client_cleo)
    page.goto("/reminders/settings")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reminder settings")
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_role("button", name="Switch on: Check-in", exact=True).click()
    expect(page.locator("p.notice[role=status]")).to_have_text("Reminder switched on.")
    rule = page.locator(".reminder-rule").first
    expect(rule).to_contain_text("at 20:00, every day")
    expect(rule).to_contain_text("Next:")

    rule.locator("summary").click()
    rule.get_by_label("Time", exact=True).fill("07:45")
    rule.get_by_label("Second time (optional)").fill("21:15")
    rule.get_by_label("Saturday").uncheck()
    rule.get_by_label("Sunday").uncheck()
    rule.get_by_role("button", name="Save changes").click()
    expect(page.locator("p.notice[role=status]")).to_have_text("Reminder changed.")
    expect(page.locator(".reminder-rule").first).to_contain_text("at 07:45, 21:15, on weekdays")

    rule = page.locator(".reminder-rule").first
    rule.locator("summary").click()
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
        rule.get_by_label(day).uncheck()
    rule.get_by_role("button", name="Save changes").click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Choose at least one day.")
    expect(summary).to_be_focused()

    page.locator(".reminder-rule").first.get_by_role("button", name="Turn off").click()
    expect(page.locator("p.notice[role=status]")).to_contain_text("Reminder turned off.")
    expect(page.locator(".reminder-rule").first).to_contain_text("Off")
    assert page.evaluate("() => window.__sameDocument === true"), "a form reloaded the page"
    assert_no_horizontal_scroll(page)
    screenshot("reminder-settings")


def test_quiet_hours_without_javascript_fall_back_to_plain_forms(browser, live_server, logins, viewport) -> None:  # noqa: ANN001
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, **live.VIEWPORTS[viewport])
    try:
        from alongside.accounts.dependencies import SESSION_COOKIE

        forget_reminders(logins.client_cleo.user_id)
        secret = live.start_web_session(logins.client_cleo.email)
        context.add_cookies([{"name": SESSION_COOKIE, "value": secret, "url": live_server.url}])
        page = context.new_page()
        page.goto("/reminders/settings")
        page.locator("#quiet-start").fill("23:30")
        page.locator("#quiet-end").fill("07:00")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page).to_have_url(re.compile(r"/reminders/settings\?saved=preferences"))
        expect(page.locator("p.notice[role=status]")).to_contain_text(
            "Saved. Your coming reminders follow the new settings."
        )
        expect(page.locator("#quiet-start")).to_have_value("23:30")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/reminders", "/reminders/settings"])
def test_reminder_pages_have_no_axe_violations(path: str, page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    """Ben has a homework reminder waiting, so the list shows it with its snooze buttons."""
    log_in(logins.client_ben)
    page.goto(path)
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    assert violations(page) == []
