"""Sessions and notes in a real browser, on a phone and a desktop: Ana records a session with Ben,
pastes the transcript, drafts a SOAP note, follows a sentence's source to its transcript line, edits,
signs with the confirmation; then the summary (copy button) and the export (the PDF and the FHIR
JSON download). axe on every page on the way."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser import live
from tests.browser.test_accessibility import violations
from tests.browser.test_pages import assert_basic_accessibility, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

TRANSCRIPT = """\
Therapist: Welcome back, Ben. How has the week been?
Ben: Honestly it was hard. I have been sleeping badly and I felt low most days.
Therapist: I notice you look quite tired today.
Ben: I argued with my sister again on Tuesday.
Therapist: It sounds like the argument with your sister stayed with you.
Ben: It did. I kept thinking that I always ruin things.
Therapist: Let's try a thought record this week.
Ben: I will try to write one every evening.
"""


def record_session(page: Page, logins: live.Logins) -> None:
    page.goto(f"/clients/{logins.client_ben.user_id}/sessions")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sessions with Ben")
    assert violations(page) == []
    when = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("Date and time").fill(when)
    page.get_by_label("How").select_option("video")
    page.get_by_role("button", name="Save session").click()
    expect(page).to_have_url(re.compile(r"/sessions/\d+\?saved=1$"))


def test_draft_and_sign_a_note(page: Page, logins: live.Logins, log_in, viewport: str, screenshot) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    record_session(page, logins)
    expect(page.locator("main")).to_contain_text("held")
    page.get_by_label("Text").fill(TRANSCRIPT)
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("#line-4")).to_contain_text("I argued with my sister again on Tuesday.")
    page.goto(page.url.split("?")[0])  # without the fragment that scrolled to the transcript
    assert_basic_accessibility(page)
    assert violations(page) == []
    assert_no_horizontal_scroll(page)
    screenshot("notes-session")

    page.get_by_label("SOAP").check()
    page.get_by_role("button", name="Draft the note").click()
    expect(page).to_have_url(re.compile(r"/notes/\d+\?drafted=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("SOAP note")
    expect(page.locator(".check-box")).to_contain_text("Every sentence has a source")
    assert violations(page) == []
    assert_no_horizontal_scroll(page)
    screenshot("notes-draft")

    # Follow a sentence's source to its transcript line: the line is the target, and highlighted.
    page.locator("#s-subjective-0 a.src").first.click()
    expect(page.locator("li.tline:target")).to_have_count(1)
    target = page.locator("li.tline:target")
    expect(target).to_be_in_viewport()
    assert page.evaluate("() => getComputedStyle(document.querySelector('li.tline:target')).outlineStyle") == "solid"

    page.get_by_label("Add your own sentences (one per line)").last.fill("Review the thought records next time.")
    page.get_by_role("button", name="Save the draft").click()
    expect(page.locator(".notice[role=status]")).to_have_text("Saved.")
    expect(page.locator(".check-box")).to_contain_text("1 sentence is in your own words")

    sign = page.get_by_role("button", name="Sign the note")
    sign.click()  # without the confirmation the browser keeps the form (required checkbox)
    expect(page).not_to_have_url(re.compile(r"signed=1"))
    page.get_by_label(re.compile("I have read the whole note")).check()
    sign.click()
    expect(page).to_have_url(re.compile(r"/notes/\d+\?signed=1$"))
    expect(page.locator(".notice[role=status]")).to_have_text("Signed. This version can no longer change.")
    expect(page.locator("textarea[name^='s-']")).to_have_count(0)
    expect(page.get_by_role("button", name="Start an amendment (new version)")).to_be_visible()
    expect(page.locator(".versions")).to_contain_text("Version 1")
    assert violations(page) == []
    screenshot("notes-signed")


def test_summary_and_export(page: Page, logins: live.Logins, log_in, screenshot, tmp_path) -> None:  # noqa: ANN001
    log_in(logins.therapist_ana)
    ben = logins.client_ben.user_id
    page.goto(f"/clients/{ben}/summary")
    expect(page.get_by_role("heading", level=1)).to_have_text("Summary since the last session")
    mood = page.locator("#sum-mood ~ ul.facts a.num").first
    expect(mood).to_have_attribute("href", re.compile(rf"/clients/{ben}/summary/data#mood$"))
    copy = page.get_by_role("button", name="Copy")
    expect(copy).to_be_visible()  # shown by notes.js; without JavaScript the text box is there alone
    copy.click()
    expect(page.locator(".copy-status")).not_to_be_empty()
    assert violations(page) == []
    assert_no_horizontal_scroll(page)
    screenshot("notes-summary")
    mood.click()
    expect(page).to_have_url(re.compile(r"/summary/data#mood$"))
    expect(page.locator("#mood")).to_be_in_viewport()
    assert violations(page) == []
    assert_no_horizontal_scroll(page)

    page.goto(f"/clients/{ben}/export")
    assert violations(page) == []
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="PDF for a referral").click()
    pdf = pdf_download.value
    assert pdf.suggested_filename.startswith(f"alongside-record-{ben}-") and pdf.suggested_filename.endswith(".pdf")
    pdf_path = tmp_path / "record.pdf"
    pdf.save_as(pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    with page.expect_download() as fhir_download:
        page.get_by_role("link", name="FHIR R4 Bundle (JSON)").click()
    fhir_path = tmp_path / "record.json"
    fhir_download.value.save_as(fhir_path)
    bundle = json.loads(fhir_path.read_text())
    assert bundle["resourceType"] == "Bundle" and bundle["entry"][0]["resource"]["resourceType"] == "Patient"
