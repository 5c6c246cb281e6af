"""The JSON API: routines in either language, logging a session (422 names the field and stores
nothing), the client's own log, and a therapist's read only while the client shares check-ins."""

from __future__ import annotations

from sqlalchemy import func, select

from alongside.exercises.models import ExerciseSession
from tests.exercises.conftest import session_json


def count_sessions(session, client_id):
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(ExerciseSession).where(ExerciseSession.client_id == client_id)
    )


class TestRoutines:
    def test_list_in_english_and_dutch(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        en = {r["id"]: r for r in cleo.get("/api/exercises").json()}
        nl = {r["id"]: r for r in cleo.get("/api/exercises?lang=nl").json()}
        assert list(en) == ["box", "four-seven-eight", "paced", "grounding", "body-scan", "muscle-relaxation"]
        paced = en["paced"]
        assert paced["breaths_per_minute"] == 6 and paced["default_cycles"] == 30 and paced["cycle_seconds"] == 10
        assert [(p["phase"], p["seconds"], p["label"]) for p in paced["phases"]] == [
            ("in", 5, "Breathe in"),
            ("out", 5, "Breathe out"),
        ]
        assert nl["paced"]["phases"][0]["label"] == "Adem in" and nl["box"]["locale"] == "nl"
        scan = en["body-scan"]
        assert scan["phases"] == [] and len(scan["steps"]) >= 10 and scan["steps"][0]["seconds"] > 0
        assert scan["default_seconds"] == sum(s["seconds"] for s in scan["steps"])
        assert cleo.get("/api/exercises?lang=de").status_code == 422

    def test_therapists_may_read_the_routines(self, personas, as_user):
        assert as_user(personas.therapist_ana).get("/api/exercises").status_code == 200

    def test_needs_login(self, anonymous):
        assert anonymous.get("/api/exercises").status_code == 401


class TestLog:
    def test_a_finished_session(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        response = cleo.post("/api/exercises/sessions", json=session_json())
        assert response.status_code == 201
        body = response.json()
        assert (body["routine"], body["distress_before"], body["distress_after"], body["change"]) == ("box", 7, 4, -3)
        assert body["completed"] is True and 175 <= body["duration_seconds"] <= 185
        assert count_sessions(session, personas.client_cleo.id) == 1

    def test_stopped_early_without_a_rating_after(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post("/api/exercises/sessions", json=session_json(distress_after=..., completed=False))
        assert response.status_code == 201
        assert response.json()["distress_after"] is None and response.json()["change"] is None

    def test_refusals_name_the_field_and_store_nothing(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        cases = [
            (session_json(distress_before=...), "distress_before"),
            (session_json(distress_before=11), "distress_before"),
            (session_json(distress_after=-1), "distress_after"),
            (session_json(distress_after=...), "distress_after"),  # finished, so the rating after is needed
            (session_json(routine="yoga"), "routine"),
            (session_json(started_at="2020-01-01T10:00:00+00:00"), "started_at"),  # years long
            (session_json(finished_at="2020-01-01T10:03:00+00:00"), "finished_at"),  # logged years later
        ]
        for body, field in cases:
            response = cleo.post("/api/exercises/sessions", json=body)
            assert response.status_code == 422, body
            assert response.json()["errors"][0]["field"] == field, response.json()
        assert count_sessions(session, personas.client_cleo.id) == 0

    def test_therapists_do_not_log(self, personas, as_user):
        assert as_user(personas.therapist_ana).post("/api/exercises/sessions", json=session_json()).status_code == 404

    def test_own_log_only(self, personas, as_user):
        ben = as_user(personas.client_ben).get("/api/exercises/sessions").json()
        assert [s["id"] for s in ben["items"]] == [personas.ben_exercise.id] and ben["total"] == 1
        assert as_user(personas.client_cleo).get("/api/exercises/sessions").json() == {"items": [], "total": 0}


class TestTherapistAccess:
    def test_visible_only_while_the_client_shares_checkins(self, personas, as_user):
        ana, ben = as_user(personas.therapist_ana), as_user(personas.client_ben)
        url = f"/api/clients/{personas.client_ben.id}/exercises/sessions"
        body = ana.get(url).json()
        assert [(s["distress_before"], s["distress_after"]) for s in body["items"]] == [(9, 3)]
        consent = {"checkins": False, "journal": True, "questionnaires": True}
        assert ben.put(f"/api/care-team/{personas.ben_link.id}/consent", json=consent).status_code == 200
        assert ana.get(url).status_code == 404
        consent["checkins"] = True
        ben.put(f"/api/care-team/{personas.ben_link.id}/consent", json=consent)
        assert ana.get(url).status_code == 200

    def test_outsider_gets_404(self, personas, as_user):
        otto = as_user(personas.outsider_therapist)
        assert otto.get(f"/api/clients/{personas.client_ben.id}/exercises/sessions").status_code == 404
