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
