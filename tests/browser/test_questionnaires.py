"""A PHQ-9 in a real browser: a missing answer is named and focused, nothing is stored; a complete
form shows the score and its plain-language band, also on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_pages import assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_phq9_from_start_to_result(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    page.goto("/questionnaires/phq9")
    expect(page.get_by_role("heading", level=1)).to_contain_text("PHQ-9")
    # Items 1-8 "Several days" (1), item 9 left out on purpose.
    for n in range(1, 9):
        page.locator(f"#q{n}-1").check()
    page.get_by_role("button", name="Save my answers").click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("9")
    expect(summary).to_be_focused()
    assert page.locator("#q1-1").is_checked()  # the answers given are kept
    page.locator("#q9-0").check()
    page.get_by_role("button", name="Save my answers").click()
    expect(page.locator(".score")).to_contain_text(re.compile(r"8 out of 27"))
    expect(page.locator("main")).to_contain_text("Mild")
    assert_no_horizontal_scroll(page)
    screenshot("phq9-result")
