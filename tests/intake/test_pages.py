from __future__ import annotations

import re

from alongside.accounts.dependencies import CSRF_COOKIE
from alongside.intake import service as intake_service
from alongside.intake.models import Referral, ReferralStatus
from alongside.safety.models import Alert
from tests.intake.conftest import CALM_WORDS, CODE, GAD7_MILD, PHQ9_MODERATE, RISK_WORDS, WHO5
from tests.personas import PASSWORD, login_as


def _sign_up(anonymous, *, locale: str = "nl", name: str = "Dana") -> None:
    anonymous.get(f"/refer/{CODE}")
    response = anonymous.post(
        f"/refer/{CODE}",
        data={
            "display_name": name,
            "email": f"{name.lower()}@example.org",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "locale": locale,
            "agree": "on",
            "age_ok": "on",
            "csrf_token": anonymous.cookies.get(CSRF_COOKIE),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/intake"
    # Logged in now: the session's own CSRF token is on every page (htmx sends it as a header).
    page = anonymous.get("/help")
    anonymous.headers["X-CSRF-Token"] = re.search(r'"X-CSRF-Token": "([^"]+)"', page.text).group(1)


def _post(client, url: str, data: dict, **kwargs):
    return client.post(url, data=data, follow_redirects=False, **kwargs)


class TestSelfReferralPages:
    def test_code_form_leads_to_the_signup_page_in_dutch(self, intake, anonymous):
        anonymous.cookies.set("locale", "nl")
        page = anonymous.get("/refer", headers={"Accept-Language": "nl"})
        assert page.status_code == 200
        found = anonymous.post(
            "/refer",
            data={"code": "WELCOME-1", "csrf_token": anonymous.cookies.get(CSRF_COOKIE)},
            follow_redirects=False,
        )
        assert found.headers["location"] == f"/refer/{CODE}"
        signup = anonymous.get(f"/refer/{CODE}", headers={"Accept-Language": "nl"})
        assert signup.status_code == 200
        assert "Test practice" in signup.text and 'name="agree"' in signup.text

    def test_unknown_code_404_and_closed_shows_help(self, intake, anonymous, session):
        assert anonymous.get("/refer/nosuchcode").status_code == 404
        intake_service.update_settings(session, intake.admin, open=False)
        session.commit()
        closed = anonymous.get(f"/refer/{CODE}")
        assert closed.status_code == 409 and 'href="/help"' in closed.text

    def test_signup_without_agreement_keeps_the_values(self, intake, anonymous):
        anonymous.get(f"/refer/{CODE}")
        response = anonymous.post(
            f"/refer/{CODE}",
            data={
                "display_name": "Dana",
                "email": "dana@example.org",
                "password": PASSWORD,
                "password_again": PASSWORD,
                "age_ok": "on",
                "csrf_token": anonymous.cookies.get(CSRF_COOKIE),
            },
        )
        assert response.status_code == 422 and 'id="agree-error"' in response.text
        assert 'value="dana@example.org"' in response.text and PASSWORD not in response.text

    def test_complete_intake_over_http(self, intake, anonymous, session):
        _sign_up(anonymous)
        first = anonymous.get("/intake", follow_redirects=False)
        assert first.headers["location"] == "/intake/step/words"
        assert (
            _post(anonymous, "/intake/step/words", {"words": CALM_WORDS, "action": "next"}).headers["location"]
            == "/intake/step/background"
        )
        missing = _post(anonymous, "/intake/step/background", {"tried": "yoga", "action": "next"})
        assert missing.status_code == 422 and 'id="duration-error"' in missing.text and "yoga" in missing.text
        _post(anonymous, "/intake/step/background", {"duration": "months", "action": "next"})
        _post(anonymous, "/intake/step/preferences", {"language": "nl", "mode": "either", "action": "next"})
        for step, answers in (("phq9", PHQ9_MODERATE), ("gad7", GAD7_MILD), ("who5", WHO5)):
            form = {f"q{k}": str(v) for k, v in answers.items()}
            assert _post(anonymous, f"/intake/step/{step}", {**form, "action": "next"}).status_code == 303
        review = anonymous.get("/intake/step/review")
        assert CALM_WORDS in review.text
        sent = _post(anonymous, "/intake/submit", {})
        assert sent.headers["location"] == "/intake?sent=1"
        status = anonymous.get("/intake?sent=1")
        assert status.status_code == 200 and 'action="/intake/withdraw"' in status.text
        assert anonymous.get("/api/intake").json()["status"] == "submitted"
        home = anonymous.get("/home")
        assert 'href="/intake"' in home.text

    def test_pause_keeps_the_draft_and_home_offers_to_continue(self, intake, anonymous):
        _sign_up(anonymous)
        paused = _post(anonymous, "/intake/step/words", {"words": "half a thought", "action": "pause"})
        assert paused.headers["location"] == "/home?intake=paused"
        home = anonymous.get("/home?intake=paused")
        assert 'href="/intake"' in home.text
        assert "half a thought" in anonymous.get("/intake/step/words").text

    def test_risk_sentence_goes_to_the_crisis_screen_and_alerts(self, intake, anonymous, session):
        _sign_up(anonymous)
        response = _post(anonymous, "/intake/step/words", {"words": RISK_WORDS, "action": "next"})
        assert response.headers["location"].startswith("/help?crisis=1")
        crisis = anonymous.get(response.headers["location"])
        assert "113" in crisis.text and 'href="/intake/step/words"' in crisis.text
        referral = session.query(Referral).one()
        assert session.query(Alert).filter_by(client_id=referral.client_id).one().level == "imminent"
        assert RISK_WORDS in anonymous.get("/intake/step/words").text  # nothing typed is lost

    def test_autosave_shows_help_inline(self, intake, anonymous):
        _sign_up(anonymous)
        saved = _post(anonymous, "/intake/step/words/draft", {"words": RISK_WORDS}, headers={"HX-Request": "true"})
        assert saved.status_code == 200 and "113" in saved.text and 'role="alert"' in saved.text
        calm = _post(anonymous, "/intake/step/background/draft", {"tried": "walking"}, headers={"HX-Request": "true"})
        assert "113" not in calm.text

    def test_a_client_without_intake_gets_404(self, personas, as_user):
        ben = as_user(personas.client_ben)
        assert ben.get("/intake").status_code == 404
        assert ben.get("/intake/step/words").status_code == 404


class TestTeamPages:
    def test_summary_page_and_text(self, intake, as_user, session):
        user, referral = intake.submitted(words=CALM_WORDS + " " + RISK_WORDS)
        session.commit()
        ana = as_user(intake.personas.therapist_ana)
        page = ana.get(f"/referrals/{referral.id}")
        assert page.status_code == 200
        assert "care home" in page.text and "pills saved up" in page.text
        text = ana.get(f"/referrals/{referral.id}/summary.txt")
        assert text.headers["content-type"].startswith("text/plain")
        assert "PHQ-9 11" in text.text and "care home" in text.text and "&#" not in text.text
        listing = ana.get("/waiting-list")
        assert f"/referrals/{referral.id}" in listing.text

    def test_summary_escapes_what_people_typed(self, intake, as_user, session):
        _, referral = intake.submitted(words="<script>alert(1)</script> I feel low")
        session.commit()
        page = as_user(intake.personas.therapist_ana).get(f"/referrals/{referral.id}")
        assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text

    def test_review_propose_and_client_accepts(self, intake, as_user, session):
        user, referral = intake.submitted()
        session.commit()
        ana = as_user(intake.personas.therapist_ana)
        reviewed = ana.post(
            f"/referrals/{referral.id}/review", data={"decided_step": "guided_self_help"}, follow_redirects=False
        )
        assert reviewed.status_code == 303
        otto_id = intake.personas.outsider_therapist.id
        assert (
            ana.post(
                f"/referrals/{referral.id}/propose", data={"therapist_id": str(otto_id)}, follow_redirects=False
            ).status_code
            == 303
        )
        otto = as_user(intake.personas.outsider_therapist)
        assert otto.get(f"/clients/{user.id}").status_code == 404  # nothing before consent
        client = login_as(otto.app, session, user)
        proposal = client.get("/intake")
        assert "Otto" in proposal.text and 'name="share"' in proposal.text
        accepted = client.post(
            "/intake/proposal", data={"answer": "accept", "share": ["checkins"]}, follow_redirects=False
        )
        assert accepted.headers["location"] == "/care-team?joined=1"
        assert otto.get(f"/clients/{user.id}").status_code == 200
        session.expire_all()
        assert session.get(Referral, referral.id).status == ReferralStatus.IN_CARE

    def test_outsiders_see_no_waiting_list_or_summary(self, intake, as_user, session):
        _, referral = intake.submitted()
        session.commit()
        for persona in ("outsider_therapist", "admin_ada", "client_ben"):
            client = as_user(getattr(intake.personas, persona))
            assert client.get("/waiting-list").status_code == 404, persona
            assert client.get(f"/referrals/{referral.id}").status_code == 404, persona
            assert client.get(f"/api/intake/referrals/{referral.id}/summary").status_code == 404, persona

    def test_caseload_links_to_the_waiting_list_for_the_team_only(self, intake, as_user, session):
        intake.submitted()
        session.commit()
        caseload = as_user(intake.personas.therapist_ana).get("/caseload").text
        assert 'href="/waiting-list"' in caseload and "1 to review" in caseload
        assert 'href="/waiting-list"' not in as_user(intake.personas.outsider_therapist).get("/caseload").text


class TestAdminAndFigures:
    def test_admin_opens_and_sets_team(self, personas, as_user, session):
        ada = as_user(personas.admin_ada)
        page = ada.get("/admin/intake")
        assert page.status_code == 200 and "/refer/" in page.text
        assert "No on-call clinician is set" in page.text
        saved = ada.post("/admin/intake", data={"open": "on", "code": "Our-Code-22"}, follow_redirects=False)
        assert saved.headers["location"] == "/admin/intake?saved=settings"
        bad = ada.post("/admin/intake", data={"open": "on", "code": "abc"})
        assert bad.status_code == 422 and "6 to 32" in bad.text
        team = ada.post("/admin/intake/team", data={"team": [str(personas.therapist_ana.id)]}, follow_redirects=False)
        assert team.status_code == 303
        session.expire_all()
        assert intake_service.settings_for(session, personas.admin_ada.organisation_id).code == "ourcode22"
        assert [m.name for m in intake_service.team(session, personas.admin_ada.organisation_id)] == ["Ana"]
        for persona in ("therapist_ana", "client_ben"):
            assert as_user(getattr(personas, persona)).get("/admin/intake").status_code == 404

    def test_figures_page_csv_and_api(self, intake, as_user, session):
        intake.submitted()
        session.commit()
        for persona in ("admin_ada", "therapist_ana"):
            client = as_user(getattr(intake.personas, persona))
            page = client.get("/intake-figures?weeks=8")
            assert page.status_code == 200 and "<svg" in page.text
            csv_response = client.get("/intake-figures.csv?weeks=8")
            assert csv_response.headers["content-type"].startswith("text/csv")
            lines = csv_response.text.splitlines()
            assert len(lines) == 9 and lines[-1].split(",")[2] == "1"
            assert sum(w["referrals"] for w in client.get("/api/intake/figures?weeks=8").json()) == 1
        for persona in ("outsider_therapist", "client_ben"):
            assert as_user(getattr(intake.personas, persona)).get("/intake-figures").status_code == 404
