"""Self-referral in a real browser: a complete intake in Dutch on a phone, and a risk sentence in the
intake that starts the crisis path at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser
CODE = "browser1"
PHONE = live.VIEWPORTS["phone"]


@pytest.fixture(scope="module")
def open_for_referral(live_server: live.LiveServer, logins: live.Logins) -> str:
    from alongside.accounts.actor import Actor
    from alongside.accounts.repository import UserRepository
    from alongside.db import get_session_factory
    from alongside.intake import service as intake_service
    from alongside.safety import service as safety_service
    from alongside.safety.schemas import PolicyUpdate

    with get_session_factory()() as session, session.begin():
        admin = Actor.of(UserRepository(session).get_by_email(logins.admin_ada.email))
        intake_service.update_settings(session, admin, open=True, code=CODE)
        intake_service.set_team(session, admin, [logins.therapist_ana.user_id])
        safety_service.update_policy(session, admin, PolicyUpdate(on_call_clinician_id=logins.therapist_ana.user_id))
    return CODE


@pytest.fixture
def dutch_phone(browser, live_server: live.LiveServer) -> Iterator[Page]:  # noqa: ANN001
    ctx = browser.new_context(
        base_url=live_server.url, locale="nl-NL", timezone_id="Europe/Amsterdam", reduced_motion="reduce", **PHONE
    )
    ctx.set_default_timeout(20_000)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    ctx.close()
    assert not errors, errors


def _sign_up(page: Page, name: str) -> None:
    page.goto("/refer")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.locator("#code").fill(CODE.upper())
    page.locator("button[type=submit].primary").click()
    expect(page).to_have_url(re.compile(rf"/refer/{CODE}$"))
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    page.locator("#display_name").fill(name)
    page.locator("#email").fill(f"{name.lower()}@example.org")
    page.locator("#password").fill(live.PASSWORD)
    page.locator("#password_again").fill(live.PASSWORD)
    page.locator("label[for=agree]").click()
    page.locator("label[for=age_ok]").click()
    page.locator("form button.primary").click()
    expect(page).to_have_url(re.compile(r"/intake/step/words$"))


def _next(page: Page) -> None:
    page.locator("button[name=action][value=next]").click()


def _answer_all(page: Page, value: str) -> None:
    for fieldset in page.locator("fieldset.question").all():
        fieldset.locator(f"input[type=radio][value='{value}']").first.check()


def test_complete_self_referral_in_dutch_on_a_phone(dutch_phone: Page, open_for_referral: str) -> None:
    page = dutch_phone
    _sign_up(page, "Noor")
    expect(page.locator("h1")).to_have_text("In je eigen woorden")
    assert_basic_accessibility(page)
    assert_no_horizontal_scroll(page)
    page.locator("#words").fill("Ik slaap slecht sinds mijn vader in een verpleeghuis woont.")
    expect(page.locator("#autosave")).to_contain_text("Opgeslagen")  # saved while typing
    _next(page)
    expect(page).to_have_url(re.compile(r"/intake/step/background$"))
    page.locator("label[for=duration-months]").click()
    page.locator("#hopes").fill("Weer doorslapen")
    # Pause here and come back: nothing typed is lost.
    page.locator("button[name=action][value=pause]").click()
    expect(page).to_have_url(re.compile(r"/home\?intake=paused$"))
    page.locator("a.button[href='/intake']").click()
    expect(page).to_have_url(re.compile(r"/intake/step/background$"))
    expect(page.locator("#hopes")).to_have_value("Weer doorslapen")
    _next(page)
    page.locator("label[for=language-nl]").click()
    page.locator("label[for=mode-online]").click()
    _next(page)
    for step, value in (("phq9", "1"), ("gad7", "1"), ("who5", "3")):
        expect(page).to_have_url(re.compile(rf"/intake/step/{step}$"))
        assert_no_horizontal_scroll(page)
        _answer_all(page, value)
        _next(page)
    expect(page).to_have_url(re.compile(r"/intake/step/review$"))
    expect(page.locator(".intake-review")).to_contain_text("verpleeghuis")
    page.locator("form[action='/intake/submit'] button.primary").click()
    expect(page).to_have_url(re.compile(r"/intake\?sent=1$"))
    expect(page.locator("p.notice[role=status]")).to_contain_text("verstuurd")
    assert_basic_accessibility(page)


def test_a_risk_sentence_in_the_intake_starts_the_crisis_path(dutch_phone: Page, open_for_referral: str) -> None:
    page = dutch_phone
    _sign_up(page, "Sem")
    page.locator("#words").fill("Ik wil dood, ik heb de pillen al klaarliggen.")
    _next(page)
    expect(page).to_have_url(re.compile(r"/help\?crisis=1"))
    expect(page.locator("a.call").first).to_be_visible()
    expect(page.get_by_text("113").first).to_be_visible()
    # Back to the intake: the sentence is still there.
    page.locator("a[href='/intake/step/words']").click()
    expect(page.locator("#words")).to_have_value(re.compile("klaarliggen"))
