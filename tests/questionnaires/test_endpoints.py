"""The JSON API: submit (422 names the unanswered items and stores nothing), read, and therapists'
access only with the client's questionnaires consent."""

from __future__ import annotations

from sqlalchemy import func, select

from alongside.questionnaires.models import QuestionnaireResponse
from tests.questionnaires.conftest import answers_for


def count_responses(session, client_id):
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(QuestionnaireResponse).where(QuestionnaireResponse.client_id == client_id)
    )


class TestSubmit:
    def test_complete_answers_are_scored(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        response = cleo.post("/api/questionnaires/gad7/responses", json={"answers": answers_for("gad7", 10)})
        assert response.status_code == 201
        body = response.json()
        assert (body["instrument"], body["total"], body["band"]) == ("gad7", 10, "moderate")
        assert body["answers"] == {str(n): v for n, v in answers_for("gad7", 10).items()}

    def test_missing_answers_are_named_and_nothing_is_stored(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        answers = answers_for("phq9", 9, item9=0)
        del answers[4], answers[9]
        response = cleo.post("/api/questionnaires/phq9/responses", json={"answers": answers})
        assert response.status_code == 422
        [error] = response.json()["errors"]
        assert error["field"] == "answers" and "Not answered: 4, 9." in error["message"]
        assert count_responses(session, personas.client_cleo.id) == 0

    def test_out_of_range_answers_are_422(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        too_high = cleo.post("/api/questionnaires/gad7/responses", json={"answers": {**answers_for("gad7", 3), 1: 6}})
        wrong_scale = cleo.post(
            "/api/questionnaires/gad7/responses", json={"answers": {**answers_for("gad7", 3), 1: 4}}
        )
        assert too_high.status_code == wrong_scale.status_code == 422
        assert wrong_scale.json()["errors"][0]["field"] == "answers.1"
        assert count_responses(session, personas.client_cleo.id) == 0

    def test_unknown_instrument_is_404(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        assert cleo.post("/api/questionnaires/bdi/responses", json={"answers": {"1": 1}}).status_code == 404

    def test_therapists_do_not_fill_in(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        response = ana.post("/api/questionnaires/gad7/responses", json={"answers": answers_for("gad7", 3)})
        assert response.status_code == 404


class TestRead:
    def test_instrument_wording_in_either_language(self, personas, as_user):
        ben = as_user(personas.client_ben)
        en = ben.get("/api/questionnaires/instruments/who5").json()
        nl = ben.get("/api/questionnaires/instruments/who5?lang=nl").json()
        assert en["items"][0] == "I have felt cheerful and in good spirits" and en["translation"] == "original"
        assert nl["locale"] == "nl" and nl["translation"] == "own" and nl["stem"] == "In de afgelopen twee weken"
        assert ben.get("/api/questionnaires/instruments/xyz").status_code == 404

    def test_client_list_shows_due_and_last(self, personas, as_user):
        rows = {r["instrument"]: r for r in as_user(personas.client_ben).get("/api/questionnaires").json()}
        assert rows["phq9"]["last"]["total"] == 13 and rows["phq9"]["every_days"] == 14
        assert rows["phq9"]["due"] is False and rows["gad7"]["last"] is None

    def test_own_responses_filtered_by_instrument(self, personas, as_user):
        ben = as_user(personas.client_ben)
        assert ben.get("/api/questionnaires/responses?instrument=phq9").json()["total"] == 1
        assert ben.get("/api/questionnaires/responses?instrument=gad7").json()["total"] == 0
        assert ben.get("/api/questionnaires/responses?instrument=nope").status_code == 404


class TestTherapistAccess:
    def test_visible_only_while_the_client_shares_questionnaires(self, personas, as_user):
        ana, ben = as_user(personas.therapist_ana), as_user(personas.client_ben)
        url = f"/api/clients/{personas.client_ben.id}/questionnaires"
        body = ana.get(url).json()
        assert [r["id"] for r in body["responses"]] == [personas.ben_phq9.id]
        assert body["outcome"] is None  # one measure is no change
        consent = {"checkins": True, "journal": True, "questionnaires": False}
        assert ben.put(f"/api/care-team/{personas.ben_link.id}/consent", json=consent).status_code == 200
        assert ana.get(url).status_code == 404
        assert ana.get(f"/api/questionnaires/responses/{personas.ben_phq9.id}").status_code == 404
        schedule = f"/api/clients/{personas.client_ben.id}/questionnaires/schedules/gad7"
        assert ana.put(schedule, json={"every_days": 14}).status_code == 404
        consent["questionnaires"] = True
        ben.put(f"/api/care-team/{personas.ben_link.id}/consent", json=consent)
        assert ana.get(url).status_code == 200

    def test_schedule_set_and_stopped(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        url = f"/api/clients/{personas.client_ben.id}/questionnaires/schedules/who5"
        set_ = ana.put(url, json={"every_days": 28})
        assert set_.status_code == 200 and set_.json()["every_days"] == 28
        assert ana.put(url, json={"every_days": 120}).status_code == 422
        assert ana.delete(url).status_code == 204
        schedules = ana.get(f"/api/clients/{personas.client_ben.id}/questionnaires").json()["schedules"]
        assert [s["instrument"] for s in schedules] == ["phq9"]
