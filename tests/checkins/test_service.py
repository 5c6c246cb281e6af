from __future__ import annotations

from datetime import timedelta

import pytest

from alongside.checkins import service
from alongside.checkins.schemas import CheckInCreate
from alongside.errors import InvalidInput
from alongside.kit.orm import utc_now


class TestCreateCheckin:
    def test_backdating_up_to_48_hours(self, session, personas):
        now = utc_now()
        ok = service.create_checkin(
            session, personas.actor("client_ben"), CheckInCreate(mood=6, at=now - timedelta(hours=47)), now=now
        )
        assert ok.mood == 6
        with pytest.raises(InvalidInput, match="48 hours"):
            service.create_checkin(
                session, personas.actor("client_ben"), CheckInCreate(mood=6, at=now - timedelta(hours=49)), now=now
            )

    def test_future_is_refused(self, session, personas):
        now = utc_now()
        with pytest.raises(InvalidInput, match="future"):
            service.create_checkin(
                session, personas.actor("client_ben"), CheckInCreate(mood=6, at=now + timedelta(hours=1)), now=now
            )


class TestCheckinEndpoints:
    def test_one_tap_checkin_from_home_with_htmx(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post("/checkins", data={"mood": "7"}, headers={"HX-Request": "true"})
        assert response.status_code == 200 and "Saved: mood 7" in response.text
        assert 'id="recent-checkins" hx-swap-oob="true"' in response.text  # the list updates too
        assert ben.get("/api/checkins").json()["items"][0]["mood"] == 7

    def test_out_of_range_mood_is_a_field_error(self, personas, as_user):
        ben = as_user(personas.client_ben)
        assert ben.post("/api/checkins", json={"mood": 11}).status_code == 422
        page = ben.post("/checkins", data={"mood": "0"})
        assert page.status_code == 422 and "greater than or equal to 1" in page.text

    def test_therapist_sees_consented_checkins(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        items = ana.get(f"/api/clients/{personas.client_ben.id}/checkins").json()["items"]
        assert [c["id"] for c in items] == [personas.ben_checkin.id]


class TestCheckinWithAnxiety:
    def test_page_form_takes_anxiety_and_offers_breathing_when_high(self, personas, as_user):
        ben = as_user(personas.client_ben)
        home = ben.get("/home").text
        assert 'name="anxiety"' in home and 'name="energy"' in home
        response = ben.post(
            "/checkins", data={"mood": "5", "anxiety": "8", "energy": ""}, headers={"HX-Request": "true"}
        )
        assert response.status_code == 200
        latest = ben.get("/api/checkins").json()["items"][0]
        assert latest["anxiety"] == 8 and latest["energy"] is None
        assert "/exercises/" in response.text  # a breathing routine is offered
        calm = ben.post("/checkins", data={"mood": "6", "anxiety": "3"}, headers={"HX-Request": "true"})
        assert "/exercises/" not in calm.text


class TestMoodTrend:
    def test_daily_means_in_the_clients_time_zone_and_the_7_day_mean(self):
        from datetime import UTC, datetime
        from zoneinfo import ZoneInfo

        ams = ZoneInfo("Europe/Amsterdam")
        points = [
            (datetime(2026, 11, 1, 22, 30, tzinfo=UTC), 4),  # 23:30 in Amsterdam: still 1 November
            (datetime(2026, 11, 1, 23, 30, tzinfo=UTC), 8),  # 00:30 on 2 November in Amsterdam
            (datetime(2026, 11, 1, 8, 0, tzinfo=UTC), 6),
        ] + [(datetime(2026, 11, d, 12, 0, tzinfo=UTC), 2) for d in range(3, 10)]
        days = service.daily_moods(points, ams)
        assert days[0][1] == 5.0 and days[1][1] == 8.0
        trend = service.with_rolling_mean(days)
        assert trend[1].rolling == 6.5  # (5 + 8) / 2
        assert trend[-1].rolling == 2.0  # 3-9 November only: the first two days fell out of the window

    def test_history_page_shows_the_chart_with_its_table(self, personas, as_user):
        ben = as_user(personas.client_ben)
        yesterday = (utc_now() - timedelta(hours=30)).isoformat()
        assert ben.post("/api/checkins", json={"mood": 7, "at": yesterday}).status_code == 201
        page = ben.get("/checkins").text
        assert "<svg" in page and 'class="rolling"' in page and "7-day mean" in page
