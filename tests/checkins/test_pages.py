"""The pages: the check-in form with its optional details (mood still one tap), the history with the
month calendar, and the client's tags."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from alongside.kit.orm import utc_now

HX = {"HX-Request": "true"}


def local_yesterday() -> str:
    return (utc_now() - timedelta(days=1)).astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()


class TestCheckInForm:
    def test_details_wait_behind_a_disclosure_and_mood_is_one_tap(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/home").text
        form = page[page.index('<form id="checkin-form"') :]
        assert form.index('name="mood"') < form.index('<details class="checkin-details"')
        assert "Add details first (optional)" in page
        for legend in (
            "Emotions (choose any)",
            "What were you doing?",
            "Who were you with?",
            "Where were you?",
            "How did you sleep?",
            "When was this?",
        ):
            assert f"<legend>{legend}</legend>" in page
        assert 'type="checkbox" name="emotions" value="ashamed"' in page
        assert 'name="sleep_hours" type="number" min="0" max="24" step="0.5"' in page
        assert 'name="time" type="time"' in page and page.count('<option value="20') >= 3  # three days

    def test_one_tap_still_saves_with_nothing_else(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post("/checkins", data={"mood": "7", "day": "", "time": ""}, headers=HX)
        assert response.status_code == 200 and "Saved: mood 7" in response.text

    def test_details_and_back_dating_through_the_form(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        form = {
            "mood": "4",
            "day": local_yesterday(),
            "time": "21:30",
            "sleep_hours": "6,5",
            "sleep_quality": "2",
            "emotions": ["anxious", "lonely"],
            "tags": ["alone", "home"],
            "note": "Quiet evening",
        }
        response = cleo.post("/checkins", data=form, headers=HX)
        assert response.status_code == 200 and "Saved: mood 4" in response.text and "Dated " in response.text
        latest = cleo.get(f"/api/checkins?day={local_yesterday()}").json()["items"][0]
        local = datetime.fromisoformat(latest["at"]).astimezone(ZoneInfo("Europe/Amsterdam"))
        assert (local.date().isoformat(), local.strftime("%H:%M")) == (local_yesterday(), "21:30")
        assert latest["sleep_hours"] == 6.5 and latest["emotions"] == ["anxious", "lonely"]
        assert {t["ref"] for t in latest["tags"]} == {"alone", "home"}

    def test_errors_come_back_on_the_form_with_the_field_named_and_values_kept(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        form = {"mood": "5", "day": local_yesterday(), "time": "", "note": "keep me", "emotions": "calm"}
        response = cleo.post("/checkins", data=form, headers=HX)
        assert response.status_code == 200  # htmx swaps only 2xx: the form comes back with its errors
        assert 'class="error-summary" role="alert"' in response.text
        assert "Time: Say at what time, roughly." in response.text
        assert "keep me</textarea>" in response.text and 'value="calm" checked' in response.text
        assert '<details class="checkin-details" open>' in response.text
        plain = cleo.post("/checkins", data={"mood": "5", "sleep_hours": "30"})
        assert plain.status_code == 422 and "Hours slept:" in plain.text

    def test_a_hidden_tag_is_not_offered(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        assert 'value="screens"' in cleo.get("/home").text
        cleo.post("/checkins/tags/screens", data={"hidden": "1"})
        assert 'value="screens"' not in cleo.get("/home").text


class TestHistoryPage:
    def test_calendar_with_mood_numbers_and_a_link_to_each_day(self, personas, as_user):
        ben = as_user(personas.client_ben)
        page = ben.get("/checkins").text
        assert '<table class="calendar-grid">' in page and "Your mood per day in" in page
        assert re.search(r'<th scope="col"><abbr title="Monday">Mo</abbr></th>', page)
        link = re.search(r'href="/checkins\?day=(\d{4}-\d\d-\d\d)#day-checkins"', page)
        assert link and '<span class="visually-hidden">mood </span>4</span>' in page
        assert 'aria-current="date"' in page and "Previous month" in page and "Next month" not in page
        day_page = ben.get(f"/checkins?day={link.group(1)}").text
        assert "Check-ins on" in day_page and "Ben check-in marker note" in day_page
        assert "slept 6.5 hours" in day_page and "slept badly" in day_page
        assert "sad" in day_page and "Ben tag marker: choir" in day_page

    def test_previous_month_by_htmx_and_without(self, personas, as_user):
        ben = as_user(personas.client_ben)
        month = ben.get("/api/checkins/calendar").json()["previous"]
        partial = ben.get(f"/checkins/calendar?month={month}", headers=HX)
        assert partial.status_code == 200
        assert 'id="checkin-calendar"' in partial.text and "<html" not in partial.text and "Next month" in partial.text
        plain = ben.get(f"/checkins/calendar?month={month}", follow_redirects=False)
        assert plain.status_code == 303 and plain.headers["location"] == f"/checkins?month={month}"
        assert ben.get(f"/checkins?month={month}").status_code == 200

    def test_dutch_calendar_and_a_bad_day(self, personas, as_user, session):
        ben = as_user(personas.client_ben)
        page = ben.get("/checkins", headers={"Accept-Language": "nl"}).text
        assert 'title="maandag"' in page
        assert ben.get("/checkins?day=yesterday").status_code == 422

    def test_sleep_shows_under_the_chart(self, personas, as_user):
        page = as_user(personas.client_ben).get("/checkins").text
        assert 'class="sleep-chart"' in page and '<th scope="col">Hours slept</th>' in page


class TestTagsPage:
    def test_add_rename_hide_and_show_again(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        page = cleo.get("/checkins/tags").text
        assert '<h2 id="tags-activities">Activities</h2>' in page and 'value="work"' in page
        added = cleo.post("/checkins/tags", data={"group": "places", "name": "Allotment"}, follow_redirects=False)
        assert added.status_code == 303
        ref = re.search(r"saved=(own-\d+)", added.headers["location"]).group(1)
        cleo.post(f"/checkins/tags/{ref}", data={"name": "Garden"})
        cleo.post(f"/checkins/tags/{ref}", data={"hidden": "1"})
        page = cleo.get("/checkins/tags").text
        assert "Show “Garden” again" in page and "(hidden)" in page
        cleo.post(f"/checkins/tags/{ref}", data={"hidden": "0"})
        assert "Hide “Garden”" in cleo.get("/checkins/tags").text

    def test_a_duplicate_name_is_shown_on_the_form(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post("/checkins/tags", data={"group": "activities", "name": "Work"})
        assert response.status_code == 422 and "You already have a tag with this name." in response.text
        assert 'aria-invalid="true" aria-describedby="name-error"' in response.text

    def test_another_clients_tag_is_404(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        assert cleo.post(f"/checkins/tags/{personas.ben_tag_ref}", data={"name": "x"}).status_code == 404


def test_every_form_on_the_check_in_pages_carries_the_csrf_token(personas, as_user):
    cleo = as_user(personas.client_cleo)
    token = cleo.headers["X-CSRF-Token"]
    for url in ("/home", "/checkins/tags"):
        page = cleo.get(url).text
        forms = page.count("<form")
        assert forms and page.count(f'name="csrf_token" value="{token}"') >= forms, url
