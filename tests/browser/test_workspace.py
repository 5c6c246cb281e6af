"""The therapist's workspace in a real browser, on a phone and a desktop: the caseload (cards on a
phone, a table on a desktop) with Ben's open alert first, and acknowledging and resolving that alert
on Ben's page without leaving it; axe finds nothing on either page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_accessibility import violations
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def open_alert_for_ben(logins: live.Logins) -> int:
    """Close whatever alert an earlier test left for Ben, then raise a new high one (committed)."""
    from alongside.accounts.actor import Actor
    from alongside.accounts.repository import UserRepository
    from alongside.db import get_session_factory
    from alongside.safety import service as safety_service

    with get_session_factory()() as session, session.begin():
        ana = Actor.of(UserRepository(session).get(logins.therapist_ana.user_id))
        ben = UserRepository(session).get(logins.client_ben.user_id)
        for alert in safety_service.client_alerts(session, ana, ben.id, since=ben.created_at):
            if alert.status.value != "resolved":
                safety_service.resolve_alert(session, ana, alert.id, "Closed before the browser test.")
        alert = safety_service.raise_alert(
            session, ben.id, ben.organisation_id, "high", source="test", source_id=None, codes=["test"], evidence=None
        )
        return alert.id


def test_caseload_puts_the_open_alert_first(page: Page, logins: live.Logins, log_in, viewport: str, screenshot) -> None:  # noqa: ANN001
    alert_id = open_alert_for_ben(logins)
    log_in(logins.therapist_ana)
    page.goto("/caseload")
    rows = page.locator("table.caseload-table tbody tr")
    expect(rows).to_have_count(2)
    first = rows.first
    expect(first.get_by_role("rowheader")).to_have_text("Ben")
    reason = first.get_by_role("link", name=re.compile(r"^Open high alert since"))
    expect(reason).to_have_attribute("href", f"/alerts/{alert_id}")
    expect(rows.nth(1)).to_contain_text("Check-ins not shared")  # Cleo shares nothing
    # Ben shares check-ins: his sparkline says its numbers in words.
    expect(first.locator(".spark .visually-hidden")).to_contain_text("Mood per day, oldest first (1–10):")
    display = first.evaluate("row => getComputedStyle(row).display")
    assert display == ("block" if viewport == "phone" else "table-row")
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    assert violations(page) == []
    screenshot("workspace-caseload")


def test_acknowledge_and_resolve_an_alert_on_the_client_page(
    page: Page,
    logins: live.Logins,
    log_in,  # noqa: ANN001
    screenshot,  # noqa: ANN001
) -> None:
    open_alert_for_ben(logins)
    log_in(logins.therapist_ana)
    page.goto(f"/clients/{logins.client_ben.user_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ben")
    assert_basic_accessibility(page)
    assert violations(page) == []
    assert_no_horizontal_scroll(page)
    screenshot("workspace-client")
    # Playwright's screenshot hides the text caret with an inline style and leaves style="" on the
    # inputs; htmx would copy that onto the swapped-in inputs, which the page's CSP (rightly) refuses.
    page.evaluate("() => document.querySelectorAll('[style=\"\"]').forEach(e => e.removeAttribute('style'))")
    alerts = page.locator("#alerts")
    page.evaluate("() => { window.__sameDocument = true; }")

    acknowledge = alerts.get_by_role("button", name="Acknowledge: I am taking this on")
    acknowledge.focus()
    page.keyboard.press("Enter")
    expect(alerts.get_by_role("status")).to_have_text("Alert acknowledged: you are taking this on.")
    expect(alerts.get_by_role("button", name="Acknowledge: I am taking this on")).to_have_count(0)
    expect(alerts.locator(".alert-item").first).to_contain_text("acknowledged")

    alerts.get_by_text("Resolve with an outcome note").first.click()
    alerts.get_by_role("button", name="Resolve alert").first.click()
    note = alerts.get_by_label("What was done (outcome note)").first
    expect(note).to_have_attribute("aria-invalid", "true")
    note.fill("Called Ben; made a plan for tonight with his brother.")
    alerts.get_by_role("button", name="Resolve alert").first.click()
    expect(alerts.get_by_role("status")).to_have_text("Alert resolved.")
    expect(alerts.locator(".alert-item").first).to_contain_text("resolved")
    assert page.evaluate("() => window.__sameDocument === true"), "the alert forms reloaded the page"
    assert violations(page) == []
    assert_no_horizontal_scroll(page)
    screenshot("workspace-alert-resolved")


def test_the_timeline_filters_without_reloading(page: Page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    page.goto(f"/clients/{logins.client_ben.user_id}")
    timeline = page.locator("#timeline")
    for note in live.BEN_NOTES:
        expect(timeline).to_contain_text(note)
    expect(timeline).to_contain_text(live.BEN_SHARED_TITLE)
    page.evaluate("() => { window.__sameDocument = true; }")
    page.locator("#timeline").get_by_label("Journal entries").uncheck()
    page.locator("#timeline").get_by_role("button", name="Show these").click()
    expect(page.locator("#timeline")).not_to_contain_text(live.BEN_SHARED_TITLE)
    expect(page.locator("#timeline")).to_contain_text(live.BEN_NOTES[0])
    assert page.evaluate("() => window.__sameDocument === true")
