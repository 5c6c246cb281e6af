"""Automated WCAG 2.1 A/AA checks with axe-core on the pages clients and therapists use most, on a
phone and a desktop, in English and Dutch. axe finds what a machine can (labels, contrast, names,
landmarks, ARIA); keyboard use is tested in test_pages.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import live

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()

CLIENT_PAGES = [
    "/home",
    "/journal",
    "/journal/new",
    "/care-team",
    "/privacy/access-log",
    "/help",
    "/safety-plan",
    "/help?crisis=1",
    "/checkins",
    "/checkins/tags",
]
THERAPIST_PAGES = ["/caseload", "/alerts"]


def violations(page) -> list[str]:  # noqa: ANN001
    page.evaluate(AXE + "\n;0")  # evaluated over the DevTools protocol, so the page's CSP does not block it
    result = page.evaluate(
        """async () => {
            const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            const where = v => v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ');
            return r.violations.map(v => `${v.id} (${v.impact}): ${where(v)}`);
        }"""
    )
    return list(result)


@pytest.mark.parametrize("path", CLIENT_PAGES)
def test_client_pages_have_no_axe_violations(path: str, page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.client_ben)
    page.goto(path)
    assert violations(page) == []


@pytest.mark.parametrize("path", THERAPIST_PAGES)
def test_therapist_pages_have_no_axe_violations(path: str, page, logins: live.Logins, log_in) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    page.goto(path)
    assert violations(page) == []


def test_login_page_in_dutch_has_no_axe_violations(page) -> None:  # noqa: ANN001
    page.goto("/login")
    page.locator("#lang-select").select_option("nl")
    page.locator(".lang-switch button[type=submit]").click()
    assert page.locator("html").get_attribute("lang") == "nl"
    assert violations(page) == []


def test_axe_does_find_violations(page) -> None:  # noqa: ANN001
    """The check can fail: a page with an unlabelled input and low contrast is reported."""
    page.goto("/login")
    page.evaluate(
        """() => {
            const i = document.createElement('input'); document.querySelector('main').appendChild(i);
            const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#eee';
            document.querySelector('main').appendChild(p);
        }"""
    )
    found = " ".join(violations(page))
    assert "label" in found and "color-contrast" in found
