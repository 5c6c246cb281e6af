"""The exercise player in a real browser: one tap on the rating before, the breathing pacer (still
under reduced motion, moving otherwise), phase changes announced in the live region, the script
player's next/back, the keyboard path, and saving into the log. Playwright's clock runs time forward,
so no test waits for a real breath."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_accessibility import violations
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def open_routine(page: Page, routine: str) -> None:
    """Open a routine with the page's clock paused: only ``clock.run_for`` moves the player on."""
    page.clock.install()
    page.goto(f"/exercises/{routine}")
    page.clock.pause_at(datetime.now(UTC) + timedelta(seconds=1))
    expect(page.locator("#ex-flow")).to_have_class(re.compile(r"\bis-enhanced\b"))


def test_list_of_exercises(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    page.goto("/exercises")
    expect(page.get_by_role("heading", level=1)).to_have_text("Exercises")
    expect(page.locator(".ex-routines li")).to_have_count(6)
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    screenshot("exercises")


def test_paced_breathing_under_reduced_motion_then_saved(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    open_routine(page, "paced")
    assert_basic_accessibility(page)
    expect(page.locator("#ex-script")).to_be_hidden()  # the plain script gives way to the player
    expect(page.locator("#ex-after")).to_be_hidden()
    assert_no_horizontal_scroll(page)
    screenshot("exercise-before")

    page.locator('label[for="before-7"]').click()  # one tap goes straight to the player
    expect(page.locator("#ex-player")).to_be_visible()
    expect(page.locator("#ex-before")).to_be_hidden()
    expect(page.locator("#ex-before-value")).to_have_text("7")
    expect(page.locator("#ex-start")).to_be_focused()

    # The context prefers reduced motion: no circle, the phase text, the number and a bar instead.
    expect(page.locator(".ex-pacer__stage")).to_be_hidden()
    expect(page.locator("#ex-bar")).to_be_visible()
    for control in ("#ex-pause", "#ex-stop"):
        expect(page.locator(control)).to_be_hidden()
    page.locator("#ex-start").click()
    expect(page.locator("#ex-start")).to_be_hidden()
    expect(page.locator("#ex-before-change")).to_be_hidden()
    expect(page.locator("#ex-stop")).to_be_visible()
    expect(page.locator("#ex-phase")).to_have_text("Breathe in")
    expect(page.locator("#ex-count")).to_have_text("5")
    expect(page.locator("#ex-progress-text")).to_have_text("Round 1 of 30")
    expect(page.locator("#ex-pause")).to_be_focused()
    assert_no_horizontal_scroll(page)
    screenshot("exercise-paced-reduced")

    page.clock.run_for(2_100)
    expect(page.locator("#ex-count")).to_have_text("3")
    expect(page.locator("#ex-phase")).to_have_text("Breathe in")  # the seconds do not touch the live region
    page.clock.run_for(3_000)
    expect(page.locator("#ex-phase")).to_have_text("Breathe out")
    page.clock.run_for(5_000)
    expect(page.locator("#ex-phase")).to_have_text("Breathe in")
    expect(page.locator("#ex-progress-text")).to_have_text("Round 2 of 30")

    page.locator("#ex-pause").click()
    expect(page.locator("#ex-phase")).to_have_text("Paused")
    expect(page.locator("#ex-pause")).to_have_text("Resume")
    page.clock.run_for(20_000)
    expect(page.locator("#ex-progress-text")).to_have_text("Round 2 of 30")
    page.locator("#ex-pause").click()
    expect(page.locator("#ex-phase")).to_have_text("Breathe in")

    page.locator("#ex-stop").click()
    expect(page.locator("#ex-after")).to_be_visible()
    expect(page.locator("#ex-after-heading")).to_be_focused()
    expect(page.locator("#ex-done")).to_have_text("Stopped.")
    expect(page.locator("#completed-no")).to_be_checked()
    page.locator('label[for="after-4"]').click()
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/exercises/log\?saved=\d+$"))
    expect(page.locator(".notice")).to_contain_text("Your distress went from 7 to 4.")
    first = page.locator(".ex-log li").first
    expect(first).to_contain_text("Paced breathing: six breaths a minute")
    expect(first).to_contain_text("7 → 4")
    expect(first).to_contain_text("stopped early")
    assert_no_horizontal_scroll(page)
    screenshot("exercise-log")


def test_the_circle_breathes_when_motion_is_welcome(browser, live_server, logins: live.Logins, viewport: str) -> None:  # noqa: ANN001
    from alongside.accounts.dependencies import SESSION_COOKIE

    context = browser.new_context(base_url=live_server.url, reduced_motion="no-preference", **live.VIEWPORTS[viewport])
    try:
        secret = live.start_web_session(logins.client_cleo.email)
        context.add_cookies([{"name": SESSION_COOKIE, "value": secret, "url": live_server.url}])
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        open_routine(page, "box")
        page.locator('label[for="before-5"]').click()
        circle = page.locator("#ex-circle")
        expect(page.locator(".ex-pacer__stage")).to_be_visible()
        expect(page.locator("#ex-bar")).to_be_hidden()
        page.locator("#ex-start").click()
        expect(circle).to_have_attribute("style", re.compile(r"transform 4s ease-in-out; transform: scale\(1\)"))
        page.clock.run_for(8_100)  # breathe in, hold: now breathing out
        expect(page.locator("#ex-phase")).to_have_text("Breathe out")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{viewport}-exercise-box-circle.png"), full_page=True)
        expect(circle).to_have_attribute("style", re.compile(r"transform 4s ease-in-out; transform: scale\(0\.5\)"))
        page.get_by_label("Keep the circle still (text and a bar only)").check()
        expect(page.locator("#ex-pacer")).to_have_attribute("data-motion", "reduced")
        expect(page.locator(".ex-pacer__stage")).to_be_hidden()
        expect(page.locator("#ex-bar")).to_be_visible()
        assert errors == []
    finally:
        context.close()


def test_script_steps_with_timer_next_and_back_by_keyboard(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    open_routine(page, "grounding")
    first = page.locator("#before-0")
    first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")  # choosing with the keyboard does not jump ahead
    expect(page.locator("#before-2")).to_be_checked()
    expect(page.locator("#ex-player")).to_be_hidden()
    page.keyboard.press("Tab")
    expect(page.locator("#ex-continue")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#ex-start")).to_be_focused()
    expect(page.locator("#ex-next")).to_be_hidden()
    page.keyboard.press("Enter")
    expect(page.locator("#ex-step-title")).to_have_text("Arrive")
    expect(page.locator("#ex-start")).to_be_hidden()
    expect(page.locator("#ex-back")).to_be_visible()
    expect(page.locator("#ex-progress-text")).to_have_text("Step 1 of 7")
    expect(page.locator("#ex-count")).to_have_text("20")
    page.clock.run_for(20_100)  # the step's timer moves on by itself
    expect(page.locator("#ex-step-title")).to_have_text("5 things you can see")
    page.locator("#ex-next").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#ex-step-title")).to_have_text("4 things you can feel")
    page.locator("#ex-back").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#ex-step-title")).to_have_text("5 things you can see")
    expect(page.locator("#ex-count")).to_have_text("45")
    assert_no_horizontal_scroll(page)
    screenshot("exercise-grounding")
    for _ in range(6):  # to the last step, and past it
        page.locator("#ex-next").click()
    expect(page.locator("#ex-after")).to_be_visible()
    expect(page.locator("#ex-done")).to_have_text("Well done. That was the end of the exercise.")
    expect(page.locator("#completed-yes")).to_be_checked()


def test_without_javascript_a_readable_script_and_a_plain_form(
    browser, live_server, logins: live.Logins, viewport: str
) -> None:  # noqa: ANN001
    from alongside.accounts.dependencies import SESSION_COOKIE

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, **live.VIEWPORTS[viewport])
    try:
        secret = live.start_web_session(logins.client_cleo.email)
        context.add_cookies([{"name": SESSION_COOKIE, "value": secret, "url": live_server.url}])
        page = context.new_page()
        page.goto("/exercises/muscle-relaxation")
        expect(page.locator("#ex-player")).to_be_hidden()
        expect(page.locator("#ex-continue")).to_be_hidden()
        expect(page.locator("#ex-script")).to_be_visible()
        expect(page.locator(".ex-steps li")).to_have_count(16)
        expect(page.locator(".ex-steps li").nth(1)).to_contain_text("Hands: tense (7 seconds)")
        page.locator('label[for="before-6"]').click()
        page.locator('label[for="after-3"]').click()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{viewport}-exercise-no-js.png"), full_page=True)
        assert_no_horizontal_scroll(page)
        page.get_by_role("button", name="Save").click()
        expect(page).to_have_url(re.compile(r"/exercises/log\?saved=\d+$"))
        expect(page.locator(".ex-log li").first).to_contain_text("6 → 3")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/exercises", "/exercises/log", "/exercises/box", "/exercises/body-scan"])
def test_exercise_pages_have_no_axe_violations(path: str, page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto(path)
    assert violations(page) == []
    if path != "/exercises/box":
        return
    page.locator('label[for="before-3"]').click()  # the player, running, and the rating afterwards
    page.locator("#ex-start").click()
    assert violations(page) == []
    page.locator("#ex-stop").click()
    assert violations(page) == []
