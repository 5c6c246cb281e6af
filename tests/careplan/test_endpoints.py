"""The JSON API: the client's plan and completions, the therapist's goals and homework."""

from __future__ import annotations

from datetime import timedelta

from alongside.careplan import service
from tests.personas import BEN_GOAL, BEN_HOMEWORK, BEN_HOMEWORK_NOTE


def ben_today(session, personas):
    return service.today_for_client(session, personas.client_ben.id)


class TestClientApi:
    def test_the_plan_with_this_weeks_adherence(self, personas, as_user):
        body = as_user(personas.client_ben).get("/api/care-plan").json()
        assert [g["title"] for g in body["goals"]] == [BEN_GOAL]
        [walk] = body["homework"]
        assert walk["homework"]["title"] == BEN_HOMEWORK and walk["homework"]["daily"] is True
        assert walk["state"] == "running" and len(walk["weeks"]) == 8 and len(body["weeks"]) == 8
        assert walk["completions"][0]["note"] == BEN_HOMEWORK_NOTE
        assert body["this_week"]["week_start"] == walk["weeks"][-1]["week_start"]

    def test_mark_done_once_a_day_then_409_then_undo(self, session, personas, as_user):
        ben = as_user(personas.client_ben)
        url = f"/api/care-plan/homework/{personas.ben_homework.id}/completions"
        first = ben.post(url, json={})
        assert first.status_code == 201, first.text
        today = first.json()["done_on"]
        assert today == ben_today(session, personas).isoformat()
        again = ben.post(url, json={"done_on": today})
        assert again.status_code == 409
        assert (
            again.json()["detail"] == "This homework is already marked done for that day. You can mark it once a day."
        )
        plan = ben.get("/api/care-plan").json()
        assert plan["homework"][0]["done_today"] is True
        assert ben.delete(f"{url}/{today}").status_code == 204
        assert ben.get("/api/care-plan").json()["homework"][0]["done_today"] is False

    def test_back_dating_beyond_seven_days_is_422_with_the_field(self, session, personas, as_user):
        ben = as_user(personas.client_ben)
        url = f"/api/care-plan/homework/{personas.ben_homework.id}/completions"
        eight = (ben_today(session, personas) - timedelta(days=8)).isoformat()
        response = ben.post(url, json={"done_on": eight})
        assert response.status_code == 422
        assert response.json()["errors"] == [
            {"field": "done_on", "message": "You can mark homework done up to 7 days back."}
        ]
        seven = (ben_today(session, personas) - timedelta(days=7)).isoformat()
        assert ben.post(url, json={"done_on": seven}).status_code == 201

    def test_undoing_yesterdays_mark_is_409(self, session, personas, as_user):
        yesterday = personas.ben_completion.done_on.isoformat()
        ben = as_user(personas.client_ben)
        # The fixture marked yesterday *today*, so it can still be undone; one made on an earlier day cannot.
        personas.ben_completion.created_at -= timedelta(days=1)
        session.commit()
        response = ben.delete(f"/api/care-plan/homework/{personas.ben_homework.id}/completions/{yesterday}")
        assert response.status_code == 409 and "on the day you made it" in response.json()["detail"]

    def test_other_people_get_404(self, personas, as_user):
        url = f"/api/care-plan/homework/{personas.ben_homework.id}/completions"
        assert as_user(personas.client_cleo).post(url, json={}).status_code == 404
        assert as_user(personas.therapist_ana).post(url, json={}).status_code == 404  # a route for clients


class TestTherapistApi:
    def test_read_add_and_change_goals_and_homework(self, personas, as_user):
        ana, ben_id = as_user(personas.therapist_ana), personas.client_ben.id
        plan = ana.get(f"/api/clients/{ben_id}/care-plan").json()
        assert plan["homework"][0]["completions"][0]["note"] is None  # Ben's notes stay his
        assert plan["homework"][0]["weeks"][-1]["planned"] >= 1
        goal = ana.post(f"/api/clients/{ben_id}/care-plan/goals", json={"title": "See friends weekly"})
        assert goal.status_code == 201 and goal.json()["status"] == "active"
        changed = ana.patch(f"/api/clients/{ben_id}/care-plan/goals/{goal.json()['id']}", json={"status": "achieved"})
        assert changed.json()["status"] == "achieved" and changed.json()["title"] == "See friends weekly"
        homework = ana.post(
            f"/api/clients/{ben_id}/care-plan/homework",
            json={"title": "Thought record", "kind": "thought_record", "schedule": 3, "preferred_time": "19:30"},
        )
        assert homework.status_code == 201, homework.text
        body = homework.json()
        assert (body["times_per_week"], body["daily"], body["preferred_time"]) == (3, False, "19:30:00")
        patched = ana.patch(
            f"/api/clients/{ben_id}/care-plan/homework/{body['id']}", json={"schedule": "daily", "active": False}
        )
        assert (patched.json()["daily"], patched.json()["active"]) == (True, False)

    def test_invalid_schedule_is_422(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        response = ana.post(
            f"/api/clients/{personas.client_ben.id}/care-plan/homework", json={"title": "Walk", "schedule": 8}
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "schedule"

    def test_a_therapist_outside_the_care_team_gets_404(self, personas, as_user):
        otto, ben_id = as_user(personas.outsider_therapist), personas.client_ben.id
        assert otto.get(f"/api/clients/{ben_id}/care-plan").status_code == 404
        assert otto.post(f"/api/clients/{ben_id}/care-plan/goals", json={"title": "x"}).status_code == 404
        response = otto.patch(f"/api/clients/{ben_id}/care-plan/homework/{personas.ben_homework.id}", json={})
        assert response.status_code == 404

    def test_the_api_is_documented(self, anonymous):
        paths = anonymous.get("/api/openapi.json").json()["paths"]
        assert "/api/care-plan" in paths
        assert "/api/clients/{client_id}/care-plan/homework/{homework_id}" in paths
