"""The reminder pages (settings, list, banner, the link a reminder opens) with htmx and without, and
the JSON API for everything the pages do."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from alongside.careplan.models import OccurrenceStatus, ReminderPreferences, ReminderRule
from alongside.config import settings
from tests.careplan.conftest import occurrences
from tests.personas import BEN_HOMEWORK

HTMX = {"HX-Request": "true"}


def rules_of(session, client_id: int) -> list[ReminderRule]:
    session.expire_all()
    return list(session.scalars(select(ReminderRule).where(ReminderRule.client_id == client_id)))


class TestSettingsPage:
    def test_suggestions_switch_on_with_one_tap(self, session, personas, as_user):
        cleo = as_user(personas.client_cleo)
        page = cleo.get("/reminders/settings")
        assert page.status_code == 200
        assert "You have no reminders yet. Nothing is sent until you switch one on." in page.text
        assert "Check-in" in page.text and "at 20:00, every day" in page.text
        assert 'hx-target="#reminder-settings"' in page.text and 'name="csrf_token"' in page.text
        assert "Notifications on devices are not set up on this server." in page.text
        response = cleo.post(
            "/reminders/settings/rules",
            data={"kind": "checkin", "times": "20:00", "days": ["1", "2", "3", "4", "5", "6", "7"], "enabled": "1"},
            follow_redirects=False,
        )
        assert response.status_code == 303 and response.headers["location"].startswith("/reminders/settings?saved=")
        [rule] = rules_of(session, personas.client_cleo.id)
        assert (rule.kind.value, rule.times, rule.weekdays, rule.enabled) == ("checkin", ["20:00"], 127, True)
        page = cleo.get(response.headers["location"])
        assert "Reminder switched on." in page.text and "Next:" in page.text

    def test_htmx_swaps_the_settings_with_a_status_message(self, session, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post(
            "/reminders/settings/rules",
            data={
                "kind": "checkin",
                "mode": "random",
                "window_start": "10:00",
                "window_end": "20:00",
                "days": "6",
                "expiry_minutes": "60",
                "enabled": "1",
            },
            headers=HTMX,
        )
        assert response.status_code == 200 and "<html" not in response.text
        assert response.text.lstrip().startswith('<div id="reminder-settings">')
        assert '<p class="notice" role="status">Reminder switched on.</p>' in response.text
        assert "once at a random time between 10:00 and 20:00, Sat" in response.text
        [rule] = rules_of(session, personas.client_cleo.id)
        assert (rule.mode.value, rule.expiry_minutes, rule.times) == ("random", 60, [])

    def test_bad_input_is_422_with_the_error_next_to_the_field(self, session, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post(
            "/reminders/settings/rules",
            data={"kind": "checkin", "mode": "random", "window_start": "10:00", "window_end": "10:10", "days": "1"},
        )
        assert response.status_code == 422
        assert "The window must end at least 30 minutes after it starts, on the same day." in response.text
        assert 'aria-invalid="true" aria-describedby="new-window_end-error"' in response.text
        assert "<details open>" in response.text  # the form stays open with what was typed
        no_days = cleo.post("/reminders/settings/rules", data={"kind": "checkin", "times": "09:00"}, headers=HTMX)
        assert no_days.status_code == 200 and "Choose at least one day." in no_days.text  # htmx swaps only 2xx
        assert rules_of(session, personas.client_cleo.id) == []

    def test_change_switch_off_and_delete(self, session, personas, as_user, add_rule):
        from tests.careplan.test_reminders import NOON

        rule = add_rule(NOON, times=["08:00"])
        session.commit()
        cleo = as_user(personas.client_cleo)
        url = f"/reminders/settings/rules/{rule.id}"
        form = {
            "mode": "fixed",
            "times": ["07:15", "21:00"],
            "days": ["1", "3"],
            "expiry_minutes": "30",
            "enabled": "1",
        }
        assert cleo.post(url, data=form, follow_redirects=False).status_code == 303
        [changed] = rules_of(session, personas.client_cleo.id)
        assert (changed.times, changed.weekdays, changed.expiry_minutes) == (["07:15", "21:00"], 0b101, 30)
        off = cleo.post(f"{url}/switch", data={"enabled": "0"}, headers=HTMX)
        assert "Reminder turned off. Nothing more is sent for it." in off.text and ">Turn on<" in off.text
        assert rules_of(session, personas.client_cleo.id)[0].enabled is False
        assert cleo.post(f"{url}/delete", headers=HTMX).status_code == 200
        assert rules_of(session, personas.client_cleo.id) == []

    def test_quiet_hours_and_email(self, session, personas, as_user):
        cleo = as_user(personas.client_cleo)
        saved = cleo.post(
            "/reminders/settings/preferences",
            data={"quiet": "1", "quiet_start": "23:00", "quiet_end": "07:00", "email": "1"},
            follow_redirects=False,
        )
        assert saved.status_code == 303
        session.expire_all()
        prefs = session.scalars(
            select(ReminderPreferences).where(ReminderPreferences.client_id == personas.client_cleo.id)
        ).one()
        assert (prefs.quiet_start.hour, prefs.quiet_end.hour, prefs.email) == (23, 7, True)
        cleo.post("/reminders/settings/preferences", data={"quiet_start": "23:00", "quiet_end": "07:00"})
        session.expire_all()
        prefs = session.scalars(
            select(ReminderPreferences).where(ReminderPreferences.client_id == personas.client_cleo.id)
        ).one()
        assert (prefs.quiet_start, prefs.email) == (None, False)  # both boxes unticked
        bad = cleo.post("/reminders/settings/preferences", data={"quiet": "1", "quiet_start": "23:00", "quiet_end": ""})
        assert bad.status_code == 422 and "Give both times of your quiet hours, or neither for none." in bad.text

    def test_with_vapid_keys_the_page_offers_notifications(self, personas, as_user, monkeypatch):
        from pydantic import SecretStr

        monkeypatch.setattr(settings, "vapid_private_key", SecretStr("private"))
        monkeypatch.setattr(settings, "vapid_public_key", "BPublicKey")
        page = as_user(personas.client_cleo).get("/reminders/settings").text
        assert 'data-public-key="BPublicKey"' in page and 'id="push-on"' in page
        assert '<script src="/static/reminders.js" defer></script>' in page

    def test_dutch(self, personas, as_user):
        personas.client_cleo.locale = "nl"
        page = as_user(personas.client_cleo).get("/reminders/settings").text
        assert "Herinneringen" in page and "Stille uren" in page

    def test_therapists_get_404(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        assert ana.get("/reminders/settings").status_code == 404
        assert ana.get("/api/reminders/settings").status_code == 404


class TestListAndBanner:
    def test_the_list_opens_and_snoozes(self, session, personas, as_user):
        ben = as_user(personas.client_ben)
        reminder = personas.ben_reminder
        page = ben.get("/reminders")
        assert page.status_code == 200 and BEN_HOMEWORK in page.text
        assert f'href="/reminders/{reminder.id}/open"' in page.text
        assert f'hx-post="/reminders/{reminder.id}/snooze"' in page.text and 'value="30"' in page.text
        snoozed = ben.post(f"/reminders/{reminder.id}/snooze", data={"minutes": "30"}, headers=HTMX)
        assert snoozed.status_code == 200 and snoozed.text.lstrip().startswith(
            '<section class="card" id="reminders-open"'
        )
        assert "Snoozed. It will come once more in 30 minutes." in snoozed.text
        assert f'hx-post="/reminders/{reminder.id}/snooze"' not in snoozed.text  # once only
        again = ben.post(f"/reminders/{reminder.id}/snooze", data={"minutes": "10"})
        assert again.status_code == 409 and "A reminder can be snoozed once" in again.text
        opened = ben.get(f"/reminders/{reminder.id}/open", follow_redirects=False)
        assert opened.status_code == 303
        assert opened.headers["location"] == f"/care-plan#homework-{personas.ben_homework.id}"
        [row] = [o for o in occurrences(session, personas.client_ben.id) if o.id == reminder.id]
        assert row.opened_at is not None and row.status == OccurrenceStatus.SNOOZED

    def test_snooze_without_htmx_comes_back_to_the_list(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post(f"/reminders/{personas.ben_reminder.id}/snooze", data={"minutes": "10"})
        assert response.status_code == 200 and "Snoozed. It will come once more in 10 minutes." in response.text

    def test_banner_on_home(self, personas, as_user):
        ben = as_user(personas.client_ben)
        home = ben.get("/home").text
        assert '<div id="reminder-banner" hx-get="/reminders/banner" hx-trigger="load" hx-swap="outerHTML">' in home
        banner = ben.get("/reminders/banner", headers=HTMX).text
        assert "1 reminder" in banner and "A reminder for your homework." in banner
        assert BEN_HOMEWORK not in banner  # kinds only on the banner
        assert (
            as_user(personas.client_cleo).get("/reminders/banner").text.strip()
            == '<div id="reminder-banner" hidden></div>'
        )
        assert '<a href="/reminders">Reminders</a>' in home


class TestApi:
    def test_rules_through_the_api(self, session, personas, as_user):
        cleo = as_user(personas.client_cleo)
        made = cleo.post("/api/reminders/rules", json={"kind": "checkin", "times": ["09:30"], "days": [1, 2, 3, 4, 5]})
        assert made.status_code == 201, made.text
        body = made.json()
        assert body["times"] == ["09:30"] and body["days"] == [1, 2, 3, 4, 5] and body["next_at"]
        rule_id = body["id"]
        changed = cleo.patch(f"/api/reminders/rules/{rule_id}", json={"enabled": False})
        assert changed.json()["enabled"] is False and changed.json()["next_at"] is None
        bad = cleo.post(
            "/api/reminders/rules",
            json={"kind": "homework", "homework_id": personas.ben_homework.id, "times": ["09:00"]},
        )
        assert bad.status_code == 422
        assert bad.json()["errors"] == [{"field": "homework_id", "message": "Choose one of your homework."}]
        listed = cleo.get("/api/reminders/settings").json()
        assert [r["id"] for r in listed["rules"]] == [rule_id] and listed["timezone"] == "Europe/Amsterdam"
        assert cleo.delete(f"/api/reminders/rules/{rule_id}").status_code == 204

    def test_preferences_open_and_snooze(self, personas, as_user):
        ben = as_user(personas.client_ben)
        # Quiet hours well after the snooze below, whatever the time of day the test runs at.
        local = datetime.now(ZoneInfo(personas.client_ben.timezone or "UTC"))
        start, end = (local + timedelta(hours=3)).strftime("%H:%M"), (local + timedelta(hours=4)).strftime("%H:%M")
        prefs = ben.put("/api/reminders/preferences", json={"quiet_start": start, "quiet_end": end, "email": True})
        assert prefs.json() == {"quiet_start": f"{start}:00", "quiet_end": f"{end}:00", "email": True}
        one = ben.put("/api/reminders/preferences", json={"quiet_start": "21:30"})
        assert one.status_code == 422 and one.json()["errors"][0]["field"] == "quiet_end"
        inbox = ben.get("/api/reminders").json()
        [waiting] = inbox["open"]
        assert waiting["title"] == BEN_HOMEWORK and waiting["can_snooze"] is True
        opened = ben.post(f"/api/reminders/{waiting['id']}/open").json()
        assert opened == {"url": f"/care-plan#homework-{personas.ben_homework.id}"}
        snoozed = ben.post(f"/api/reminders/{waiting['id']}/snooze", json={"minutes": 60})
        assert snoozed.status_code == 200 and snoozed.json()["status"] == "snoozed"
        assert ben.post(f"/api/reminders/{waiting['id']}/snooze", json={"minutes": 60}).status_code == 409
        assert ben.post(f"/api/reminders/{waiting['id']}/snooze", json={"minutes": 45}).status_code == 422

    def test_push_subscriptions(self, personas, as_user, monkeypatch):
        from pydantic import SecretStr

        cleo = as_user(personas.client_cleo)
        body = {"endpoint": "https://push.example.org/abc", "keys": {"p256dh": "B" * 87, "auth": "a" * 22}}
        assert cleo.post("/api/reminders/push-subscriptions", json=body).status_code == 409  # no VAPID keys
        monkeypatch.setattr(settings, "vapid_private_key", SecretStr("private"))
        monkeypatch.setattr(settings, "vapid_public_key", "BPublicKey")
        assert cleo.post("/api/reminders/push-subscriptions", json=body).json() == {"devices": 1}
        not_https = {**body, "endpoint": "http://push.example.org/abc"}
        assert cleo.post("/api/reminders/push-subscriptions", json=not_https).status_code == 422
        ben = as_user(personas.client_ben)
        gone = ben.request("DELETE", "/api/reminders/push-subscriptions", json={"endpoint": body["endpoint"]})
        assert gone.status_code == 404
        mine = cleo.request("DELETE", "/api/reminders/push-subscriptions", json={"endpoint": body["endpoint"]})
        assert mine.json() == {"devices": 0}
