"""The JSON API for check-ins with details, tags and the calendar: Pydantic validation and 422s that name
the field."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from alongside.kit.orm import utc_now


def fields(response) -> set[str]:
    return {e["field"] for e in response.json()["errors"]}


class TestCreateWithDetails:
    def test_created_and_listed_with_every_detail(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        tag = cleo.post("/api/checkins/tags", json={"group": "people", "name": "Neighbour"}).json()
        body = {
            "mood": 6,
            "energy": 4,
            "anxiety": 3,
            "sleep_hours": 7.5,
            "sleep_quality": 4,
            "emotions": ["calm", "grateful"],
            "tags": ["walking", tag["ref"]],
            "note": "A slow morning.",
        }
        created = cleo.post("/api/checkins", json=body)
        assert created.status_code == 201, created.text
        read = created.json()
        assert read["sleep_hours"] == 7.5 and read["sleep_quality"] == 4 and read["emotions"] == ["calm", "grateful"]
        assert {(t["ref"], t["label"]) for t in read["tags"]} == {("walking", "walking"), (tag["ref"], "Neighbour")}
        listed = cleo.get("/api/checkins").json()["items"][0]
        assert listed == read

    def test_back_dated_by_local_day_and_time(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        yesterday = (utc_now() - timedelta(days=1)).astimezone(ZoneInfo("Europe/Amsterdam"))
        response = cleo.post("/api/checkins", json={"mood": 5, "day": yesterday.date().isoformat(), "time": "12:00"})
        assert response.status_code == 201
        assert cleo.get(f"/api/checkins?day={yesterday.date().isoformat()}").json()["total"] == 1

    def test_422s_name_the_field(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        assert fields(cleo.post("/api/checkins", json={"mood": 5, "sleep_hours": 7.25})) == {"sleep_hours"}
        assert fields(cleo.post("/api/checkins", json={"mood": 5, "sleep_quality": 9})) == {"sleep_quality"}
        assert fields(cleo.post("/api/checkins", json={"mood": 5, "emotions": ["meh"]})) == {"emotions.0"}
        assert fields(cleo.post("/api/checkins", json={"mood": 5, "tags": ["nosuchtag"]})) == {"tags"}
        old = (utc_now() - timedelta(hours=50)).isoformat()
        response = cleo.post("/api/checkins", json={"mood": 5, "at": old})
        assert response.status_code == 422 and fields(response) == {"at"}
        assert "48 hours" in response.json()["detail"]
        assert cleo.get("/api/checkins").json()["total"] == 0  # nothing half-written


class TestTagsApi:
    def test_create_rename_hide_and_list(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        created = cleo.post("/api/checkins/tags", json={"group": "activities", "name": "  Choir  "})
        assert created.status_code == 201 and created.json()["label"] == "Choir" and created.json()["own"]
        ref = created.json()["ref"]
        assert cleo.post("/api/checkins/tags", json={"group": "activities", "name": "choir"}).status_code == 409
        renamed = cleo.patch(f"/api/checkins/tags/{ref}", json={"name": "Singing"})
        assert renamed.json()["label"] == "Singing"
        hidden = cleo.patch("/api/checkins/tags/screens", json={"hidden": True}).json()
        assert hidden == {"ref": "screens", "group": "activities", "label": "screens", "own": False, "hidden": True}
        listed = {t["ref"]: t for t in cleo.get("/api/checkins/tags").json()}
        assert listed[ref]["label"] == "Singing" and listed["screens"]["hidden"] and not listed["work"]["hidden"]

    def test_bad_input_is_a_field_error(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        assert fields(cleo.post("/api/checkins/tags", json={"group": "moods", "name": "x"})) == {"group"}
        assert fields(cleo.post("/api/checkins/tags", json={"group": "places", "name": ""})) == {"name"}
        assert fields(cleo.post("/api/checkins/tags", json={"group": "places", "name": "x" * 41})) == {"name"}
        assert cleo.patch("/api/checkins/tags/own-999999", json={"hidden": True}).status_code == 404

    def test_dutch_labels(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        dutch = {"Accept-Language": "nl"}
        tags = {t["ref"]: t["label"] for t in cleo.get("/api/checkins/tags", headers=dutch).json()}
        assert tags["friends"] == "vrienden" and tags["outdoors"] == "buiten"
        emotions = {e["id"]: e["label"] for e in cleo.get("/api/checkins/emotions", headers=dutch).json()}
        assert emotions["ashamed"] == "beschaamd" and emotions["grateful"] == "dankbaar"


class TestCalendarAndPatternsApi:
    def test_calendar_month(self, personas, as_user):
        ben = as_user(personas.client_ben)
        month = ben.get("/api/checkins/calendar").json()
        days_with_data = [d for d in month["days"] if d["count"]]
        assert len(days_with_data) == 1 and days_with_data[0]["mood"] == 4.0 and days_with_data[0]["sleep_hours"] == 6.5
        assert month["next"] is None
        assert fields(ben.get("/api/checkins/calendar?month=2999-01")) == {"month"}

    def test_patterns_for_the_therapist(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        body = ana.get(f"/api/clients/{personas.client_ben.id}/checkins/patterns").json()
        assert [e["emotion"] for e in body["emotions"]] == ["anxious", "sad"]
        assert body["sleep"][0]["hours"] == 6.5 and body["sleep"][0]["quality"] == 2.0
        assert body["tags"] == []  # one check-in: no tag is used twice yet
        bad = ana.get(f"/api/clients/{personas.client_ben.id}/checkins/patterns?since=2026-13-01")
        assert bad.status_code == 422 and fields(bad) == {"since"}
