"""The header's "More" menu: reachable and usable with the keyboard alone, closed by Escape, on a
phone without sideways scrolling, and every link in it leads to a page that loads."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_pages import assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_more_menu_opens_and_closes_with_the_keyboard(page: Page, log_in, logins: live.Logins) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto("/home")
    summary = page.locator(".nav-more summary")
    menu = page.locator(".nav-menu")
    expect(menu).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    assert_no_horizontal_scroll(page)
    expect(menu.get_by_role("link", name="Questionnaires")).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"

    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    page.mouse.click(200, 790)  # a click elsewhere (below the menu, also on a phone) closes it
    expect(menu).to_be_hidden()


def test_every_link_in_the_clients_menu_loads(page: Page, log_in, logins: live.Logins) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto("/home")
    hrefs = page.locator(".nav-menu a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "/questionnaires" in hrefs and "/safety-plan" in hrefs
    for href in hrefs:
        response = page.goto(href)
        assert response is not None and response.status == 200, href
