"""The tutor's pages through the app: the report cites real turns, contesting through the form,
the trend with its chart and table, supervision forms, and 404 for everyone who may not see it."""

from __future__ import annotations

import re

import pytest

from alongside.tutor.models import TutorCorrection
from alongside.tutor.service import reports, supervision


def ana_client(as_user, personas):
    return as_user(personas.therapist_ana)


class TestReportPage:
    def test_the_session_page_links_to_the_tutor_and_coding_leads_to_the_report(self, as_user, personas, ben_session):
        ana = ana_client(as_user, personas)
        assert f'href="/sessions/{ben_session.id}/tutor"' in ana.get(f"/sessions/{ben_session.id}").text
        page = ana.get(f"/sessions/{ben_session.id}/tutor")
        assert page.status_code == 200 and "Code this session" in page.text
        response = ana.post(f"/sessions/{ben_session.id}/tutor", follow_redirects=False)
        assert response.status_code == 303
        location = response.headers["location"]
        assert re.fullmatch(r"/tutor/reports/\d+", location)
        again = ana.get(f"/sessions/{ben_session.id}/tutor", follow_redirects=False)
        assert again.status_code == 303 and again.headers["location"] == location

    def test_the_report_cites_real_turns_and_shows_miti_thresholds(self, as_user, personas, ben_report):
        page = ana_client(as_user, personas).get(f"/tutor/reports/{ben_report.id}")
        assert page.status_code == 200
        html = page.text
        assert "MITI 4.2.1" in html and "1:1" in html and "2:1" in html and "40%" in html and "50%" in html
        # A suggestion cites turn 3 with its words and links to it; the turn is on the page.
        assert 'href="#turn-3"' in html and 'id="turn-3"' in html
        assert "<q>I notice you look quite tired today.</q>" in html
        assert "A stronger response could be:" in html
        assert "Written from templates" in html
        assert "Agenda setting" in html and "Change methods" in html

    def test_contesting_through_the_form(self, session, as_user, personas, ben_report):
        ana = ana_client(as_user, personas)
        turn = reports.turns_of(ben_report)[2]
        other = "complex_reflection" if turn["mi"] != "complex_reflection" else "open_question"
        response = ana.post(
            f"/tutor/reports/{ben_report.id}/corrections",
            data={"turn": "3", "correction": f"mi:{other}", "comment": "It went beyond the words."},
            follow_redirects=False,
        )
        assert response.status_code == 303 and response.headers["location"].endswith("#turn-3")
        page = ana.get(response.headers["location"].split("#")[0])
        assert "contested" in page.text and "It went beyond the words." in page.text
        assert session.query(TutorCorrection).filter_by(report_id=ben_report.id, turn=3).one().therapist_code == other

    def test_a_bad_correction_shows_the_error(self, as_user, personas, ben_report):
        response = ana_client(as_user, personas).post(
            f"/tutor/reports/{ben_report.id}/corrections", data={"turn": "3", "correction": "mi:nonsense"}
        )
        assert response.status_code == 422 and "Choose the code you think is right." in response.text


class TestPrivacy:
    @pytest.mark.parametrize("who", ["outsider_therapist", "client_ben", "client_cleo", "admin_ada"])
    def test_nobody_else_sees_the_report_or_the_trend(self, as_user, personas, ben_report, who):
        client = as_user(getattr(personas, who))
        ana_id = personas.therapist_ana.id
        for url in (f"/tutor/reports/{ben_report.id}", f"/tutor/therapists/{ana_id}/trend",
                    f"/api/tutor/reports/{ben_report.id}", f"/api/tutor/therapists/{ana_id}/trend"):  # fmt: skip
            response = client.get(url)
            assert response.status_code == 404, (who, url)
            assert "tired" not in response.text

    def test_a_supervisor_not_invited_sees_nothing(self, as_user, personas, ben_report):
        otto = as_user(personas.outsider_therapist)
        assert otto.get(f"/tutor/reports/{ben_report.id}").status_code == 404
        assert otto.get(f"/tutor/therapists/{personas.therapist_ana.id}/trend").status_code == 404
        assert "Ana" not in otto.get("/tutor").text.split("Therapists who asked you")[1]

    def test_a_revoked_supervisor_sees_nothing(self, session, as_user, personas, ana, ben_report, otto_supervises_ana):
        otto = as_user(personas.outsider_therapist)
        page = otto.get(f"/tutor/reports/{ben_report.id}")
        assert page.status_code == 200 and "The client's words are not shown" in page.text
        assert "sleeping badly" not in page.text and "I notice you look quite tired today." in page.text
        assert "This code is wrong" not in page.text
        assert otto.post(f"/tutor/reports/{ben_report.id}/corrections",
                         data={"turn": "3", "correction": "mi:other"}).status_code == 403  # fmt: skip
        revoke = as_user(personas.therapist_ana).post(f"/tutor/supervisions/{otto_supervises_ana.id}/revoke",
                                                      follow_redirects=False)  # fmt: skip
        assert revoke.status_code == 303
        assert otto.get(f"/tutor/reports/{ben_report.id}").status_code == 404
        assert otto.get(f"/tutor/therapists/{personas.therapist_ana.id}/trend").status_code == 404


class TestTrendPage:
    def test_chart_and_table(self, as_user, personas, ben_report):
        page = ana_client(as_user, personas).get(f"/tutor/therapists/{personas.therapist_ana.id}/trend")
        assert page.status_code == 200
        assert '<svg viewBox="0 0 320 120" role="img"' in page.text and 'aria-describedby="trend-table"' in page.text
        assert '<table id="trend-table">' in page.text and f'href="/tutor/reports/{ben_report.id}"' in page.text
        assert "1.5:1" in page.text  # this session's reflection-to-question ratio

    def test_empty_trend(self, as_user, personas):
        page = ana_client(as_user, personas).get(f"/tutor/therapists/{personas.therapist_ana.id}/trend")
        assert page.status_code == 200 and "No session coded yet." in page.text


class TestSupervisionPages:
    def test_invite_accept_and_read(self, session, as_user, personas, ben_report):
        ana, otto = as_user(personas.therapist_ana), as_user(personas.outsider_therapist)
        home = ana.get("/tutor")
        assert f'<option value="{personas.outsider_therapist.id}">Otto</option>' in home.text
        assert ana.post("/tutor/supervisions", data={"supervisor_id": str(personas.outsider_therapist.id)},
                        follow_redirects=False).status_code == 303  # fmt: skip
        assert otto.get(f"/tutor/reports/{ben_report.id}").status_code == 404  # pending
        [row] = supervision.overview(session, personas.actor("outsider_therapist")).received
        assert "Accept" in otto.get("/tutor").text
        assert otto.post(f"/tutor/supervisions/{row.row.id}/accept", follow_redirects=False).status_code == 303
        assert otto.get(f"/tutor/therapists/{personas.therapist_ana.id}/trend").status_code == 200

    def test_inviting_a_client_is_refused(self, as_user, personas):
        ana = as_user(personas.therapist_ana)
        response = ana.post("/tutor/supervisions", data={"supervisor_id": str(personas.client_ben.id)})
        assert response.status_code == 422 and "Choose another therapist of your organisation." in response.text
