"""Check-ins in a real browser: a check-in with details and back-dated to yesterday evening (through
htmx, mood still the last tap), the month calendar with previous/next month, the tags page, and axe on
each of them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_accessibility import violations
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def yesterday() -> str:
    return (datetime.now(ZoneInfo("Europe/Amsterdam")) - timedelta(days=1)).date().isoformat()


def test_check_in_with_details_back_dated_to_yesterday_evening(
    page: Page,
    logins: live.Logins,
    log_in,
    screenshot,  # noqa: ANN001
) -> None:
    log_in(logins.client_cleo)
    page.goto("/home")
    details = page.locator("details.checkin-details")
    expect(details).not_to_have_attribute("open", "")
    page.get_by_text("Add details first (optional)").click()
    assert_no_horizontal_scroll(page)
    page.get_by_label("Day").select_option(yesterday())
    page.get_by_label("Time (leave empty for now)").fill("21:00")
    page.get_by_label("Hours slept (in half hours, e.g. 7.5)").fill("7.5")
    page.get_by_role("radio", name="well", exact=True).check()
    page.get_by_role("group", name="Emotions (choose any)").get_by_label("calm").check()
    page.get_by_role("group", name="Emotions (choose any)").get_by_label("grateful").check()
    page.get_by_role("group", name="What were you doing?").get_by_label("walking").check()
    page.get_by_role("group", name="Who were you with?").get_by_label("friends").check()
    expect(page.locator(".chip:has(input[value=calm])")).to_have_css("font-weight", "600")  # chosen is visible
    screenshot("checkin-details")
    assert violations(page) == []

    page.evaluate("() => { window.__sameDocument = true; }")
    with page.expect_response(lambda r: r.url.endswith("/checkins") and r.request.method == "POST") as posted:
        page.get_by_role("button", name="Mood 6 of 10").click()
    assert posted.value.status == 200 and posted.value.request.headers.get("hx-request") == "true"
    saved = page.locator("#checkin-form")
    expect(saved).to_contain_text("Saved: mood 6")
    expect(saved).to_contain_text("Dated ")
    expect(saved).to_contain_text("21:00")
    assert page.evaluate("() => window.__sameDocument === true"), "the check-in reloaded the whole page"
    assert_no_horizontal_scroll(page)

    page.goto(f"/checkins?day={yesterday()}")
    row = page.locator("#checkin-table tbody tr").first
    expect(row.locator("td").nth(1)).to_have_text("6")
    expect(row).to_contain_text("slept 7.5 hours")
    expect(row).to_contain_text("slept well")
    expect(row).to_contain_text("calm, grateful")
    expect(row).to_contain_text("walking")


def test_a_check_in_too_far_back_is_refused_on_the_form(page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    page.goto("/home")
    page.get_by_text("Add details first (optional)").click()
    page.get_by_label("Day").select_option(index=1)  # yesterday, without a time
    page.get_by_role("button", name="Mood 5 of 10").click()
    expect(page.get_by_role("alert")).to_contain_text("Time: Say at what time, roughly.")
    expect(page.get_by_label("Time (leave empty for now)")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("details.checkin-details")).to_have_attribute("open", "")


def test_the_calendar_page(page: Page, logins: live.Logins, log_in, screenshot) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto("/checkins")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your check-ins")
    calendar = page.get_by_role("table", name=re.compile(r"^Your mood per day in "))
    expect(calendar).to_be_visible()
    expect(calendar.get_by_role("columnheader")).to_have_count(7)
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    screenshot("checkin-calendar")
    assert violations(page) == []

    days = calendar.locator("a.cal-day")
    assert days.count() >= 1  # Ben checked in on the last five days (some may fall in last month)
    heading = page.locator("#calendar-heading").inner_text()
    page.evaluate("() => { window.__sameDocument = true; }")
    page.get_by_role("link", name="Previous month").click()
    expect(page.locator("#calendar-heading")).not_to_have_text(heading)
    expect(page).to_have_url(re.compile(r"/checkins\?month=\d{4}-\d\d$"))
    page.get_by_role("link", name="Next month").click()
    expect(page.locator("#calendar-heading")).to_have_text(heading)
    assert page.evaluate("() => window.__sameDocument === true"), "changing the month reloaded the page"

    first_day = page.locator("a.cal-day").first
    first_day.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/checkins\?day=\d{4}-\d\d-\d\d#day-checkins$"))
    expect(page.get_by_role("heading", name=re.compile("^Check-ins on "))).to_be_visible()
    expect(page.locator("#checkin-table tbody tr")).not_to_have_count(0)
    assert violations(page) == []


def test_the_tags_page(page: Page, logins: live.Logins, log_in, screenshot, viewport: str) -> None:  # noqa: ANN001
    log_in(logins.client_cleo)
    name = f"Allotment {viewport}"  # one database for the module: each viewport adds its own
    page.goto("/checkins/tags")
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    assert violations(page) == []
    page.get_by_label("Kind of tag").select_option("places")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_role("button", name="Add tag").click()
    expect(page.locator("p.notice[role=status]")).to_have_text("Your tags are saved.")
    expect(page.get_by_role("button", name=f"Hide “{name}”")).to_be_visible()
    screenshot("checkin-tags")
    page.goto("/home")
    page.get_by_text("Add details first (optional)").click()
    expect(page.get_by_role("group", name="Where were you?").get_by_label(name)).to_be_visible()
