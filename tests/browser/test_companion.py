"""The companion in a real browser on a phone and a desktop: "I need help now" always there, a message
sent through htmx without reloading, the reply shown in the client's words, and crisis lines and the
safety plan beside a crisis reply."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_chat_with_the_companion(page: Page, logins: live.Logins, log_in, viewport: str, screenshot) -> None:  # noqa: ANN001
    # One client per viewport: the live database is shared, and a crisis a moment ago carries over.
    log_in(logins.client_cleo if viewport == "phone" else logins.client_ben)
    page.goto("/companion")
    help_now = page.get_by_role("link", name="I need help now")
    expect(help_now).to_be_visible()
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_label("Your message").fill("I'm so stressed about my exams next week")
    page.get_by_role("button", name="Send").click()
    reply = page.locator(".bubble-companion").last
    expect(reply).to_contain_text("stressed about your exams next week")
    expect(reply).to_contain_text("AI")
    expect(page.get_by_label("Your message")).to_have_value("")
    assert page.evaluate("() => window.__sameDocument === true"), "sending reloaded the page"
    screenshot("companion-chat")
    page.get_by_label("Your message").fill("I want to kill myself tonight")
    page.get_by_role("button", name="Send").click()
    crisis = page.locator(".bubble-companion").last
    expect(crisis.locator(".crisis-box")).to_be_visible()
    expect(crisis.get_by_role("link", name="Open my safety plan")).to_be_visible()
    expect(help_now).to_be_in_viewport()
    assert_no_horizontal_scroll(page)
    screenshot("companion-crisis")
    page.reload()
    expect(page.locator(".bubble-companion").last).to_contain_text("113")
    assert_basic_accessibility(page)
