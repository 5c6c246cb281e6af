"""The tutor's JSON API: code, read, contest, trend and supervision, and 404 for everyone else."""

from __future__ import annotations


class TestReportApi:
    def test_code_read_and_contest(self, as_user, personas, ben_session):
        ana = as_user(personas.therapist_ana)
        created = ana.post(f"/api/sessions/{ben_session.id}/tutor")
        assert created.status_code == 201
        report = created.json()
        assert report["client_words"] is True and report["miti_thresholds"]["reflection_to_question"] == [1.0, 2.0]
        turn3 = next(t for t in report["turns"] if t["n"] == 3)
        assert turn3["text"] == "I notice you look quite tired today." and turn3["mi"]
        for item in report["feedback"]["suggestions"]:
            assert item["turns"] and all(c["text"] for c in item["turns"]) and item["example"]
        other = "other" if turn3["mi"] != "other" else "open_question"
        contested = ana.post(f"/api/tutor/reports/{report['id']}/corrections",
                             json={"turn": 3, "dimension": "mi", "code": other})  # fmt: skip
        assert contested.status_code == 201 and contested.json()["model_code"] == turn3["mi"]
        again = ana.get(f"/api/tutor/reports/{report['id']}").json()
        assert again["summary"]["contested"] == 1 and again["turns"][2]["contested"] == ["mi"]
        assert again["summary"]["counts"].get(turn3["mi"], 0) == report["summary"]["counts"][turn3["mi"]] - 1
        assert ana.delete(f"/api/tutor/reports/{report['id']}/corrections/{contested.json()['id']}").status_code == 204
        assert ana.get(f"/api/tutor/reports/{report['id']}").json()["summary"]["contested"] == 0
        assert [r["id"] for r in ana.get("/api/tutor/reports").json()] == [report["id"]]

    def test_unknown_dimension_is_422(self, as_user, personas, ben_report):
        response = as_user(personas.therapist_ana).post(
            f"/api/tutor/reports/{ben_report.id}/corrections", json={"turn": 3, "dimension": "warmth", "code": "1"}
        )
        assert response.status_code == 422

    def test_outsiders_get_404(self, as_user, personas, ben_session, ben_report):
        for who in ("outsider_therapist", "client_ben", "admin_ada"):
            client = as_user(getattr(personas, who))
            assert client.post(f"/api/sessions/{ben_session.id}/tutor").status_code == 404
            assert client.get(f"/api/tutor/reports/{ben_report.id}").status_code == 404
            assert client.post(f"/api/tutor/reports/{ben_report.id}/corrections",
                               json={"turn": 3, "dimension": "mi", "code": "other"}).status_code == 404  # fmt: skip


class TestSupervisionApi:
    def test_invite_accept_revoke(self, as_user, personas, ben_report):
        ana, otto = as_user(personas.therapist_ana), as_user(personas.outsider_therapist)
        invited = ana.post("/api/tutor/supervisions", json={"supervisor_id": personas.outsider_therapist.id})
        assert invited.status_code == 201 and invited.json()["status"] == "pending"
        sid = invited.json()["id"]
        assert otto.get(f"/api/tutor/therapists/{personas.therapist_ana.id}/trend").status_code == 404
        assert ana.post(f"/api/tutor/supervisions/{sid}/accept").status_code == 404  # not Ana's to accept
        accepted = otto.post(f"/api/tutor/supervisions/{sid}/accept")
        assert accepted.status_code == 200 and accepted.json()["status"] == "active"
        trend = otto.get(f"/api/tutor/therapists/{personas.therapist_ana.id}/trend")
        assert trend.status_code == 200 and [p["report_id"] for p in trend.json()["points"]] == [ben_report.id]
        seen = otto.get(f"/api/tutor/reports/{ben_report.id}").json()
        assert seen["client_words"] is False
        assert all(t["text"] == "" and t["hidden"] for t in seen["turns"] if t["role"] == "client")
        assert otto.post(f"/api/tutor/reports/{ben_report.id}/corrections",
                         json={"turn": 3, "dimension": "mi", "code": "other"}).status_code == 403  # fmt: skip
        assert ana.get("/api/tutor/supervisions").json()["given"][0]["supervisor_name"] == "Otto"
        assert ana.post(f"/api/tutor/supervisions/{sid}/revoke").json()["status"] == "revoked"
        assert otto.get(f"/api/tutor/reports/{ben_report.id}").status_code == 404
        assert otto.get(f"/api/tutor/therapists/{personas.therapist_ana.id}/trend").status_code == 404
