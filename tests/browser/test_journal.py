"""The journal in a real browser: the personal prompt and "another prompt" through htmx, and the guided
thought record, one step per screen on a phone and all steps at once on a desktop."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

STEPS = {
    "The situation": "The bus was late and I missed the start of the meeting.",
    "The thought that came up": "Everyone thinks I am unreliable.",
    "What supports the thought?": "My manager looked at the clock.",
    "What does not fit the thought?": "I have been on time every day this month.",
    "A more balanced thought": "One late bus does not make me unreliable.",
}


def test_the_prompt_and_another_one_without_reloading(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    page.goto("/journal/new")
    prompt = page.locator("#prompt-text")
    expect(prompt).not_to_be_empty()
    expect(page.locator(".prompt-reason")).to_contain_text(re.compile(r"Why this prompt: because "))
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    screenshot("journal-prompt")
    first = prompt.inner_text()
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_role("button", name="Another prompt").click()
    expect(prompt).not_to_have_text(first)
    assert page.evaluate("() => window.__sameDocument === true"), "another prompt reloaded the page"
    second = prompt.inner_text()
    page.get_by_label("What is on your mind?").fill("Answering the second prompt.")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/journal/\d+\?saved=1$"))
    expect(page.locator(".prompt-answered")).to_contain_text(second)


def test_thought_record_step_by_step(page: Page, logins: live.Logins, log_in, viewport: str, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    page.goto("/journal/thought-record")
    steps = page.locator("fieldset.tr-step")
    expect(steps).to_have_count(7)
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    screenshot("thought-record")
    phone = viewport == "phone"
    if phone:
        expect(steps.nth(0)).to_be_visible()
        expect(steps.nth(1)).to_be_hidden()
        page.get_by_role("button", name="Next").first.click()  # nothing written yet: stays on step 1
        expect(steps.nth(1)).to_be_hidden()
    else:
        for index in range(7):
            expect(steps.nth(index)).to_be_visible()
        expect(page.locator(".tr-nav button.next")).to_have_count(6)  # there, but not shown
        expect(page.locator(".tr-nav").first).to_be_hidden()

    def fill(label: str, value: str) -> None:
        page.get_by_label(label, exact=True).fill(value)

    def next_step(index: int) -> None:
        if phone:
            steps.nth(index).get_by_role("button", name="Next").click()
            expect(steps.nth(index + 1)).to_be_visible()
            expect(steps.nth(index)).to_be_hidden()

    fill("The situation", STEPS["The situation"])
    next_step(0)
    fill("The thought that came up", STEPS["The thought that came up"])
    next_step(1)
    page.get_by_label("What did you feel?").select_option("ashamed")
    fill("How strong was the feeling? (0–100)", "70")
    next_step(2)
    fill("What supports the thought?", STEPS["What supports the thought?"])
    next_step(3)
    fill("What does not fit the thought?", STEPS["What does not fit the thought?"])
    next_step(4)
    fill("A more balanced thought", STEPS["A more balanced thought"])
    next_step(5)
    fill("How strong is the feeling now? (0–100)", "35")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/journal/\d+\?saved=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thought record")
    for text in STEPS.values():
        expect(page.locator(".thought-record-view")).to_contain_text(text)
    expect(page.locator(".thought-record-view")).to_contain_text("ashamed · 70 out of 100")
    expect(page.locator(".thought-record-view")).to_contain_text("from 70 to 35")
    assert_no_horizontal_scroll(page)
    screenshot("thought-record-saved")
