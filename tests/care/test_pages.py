from __future__ import annotations

import re

from alongside.accounts.dependencies import CSRF_COOKIE


class TestInvitationPages:
    def test_therapist_creates_code_and_new_client_signs_up(self, personas, as_user, anonymous):
        ana = as_user(personas.therapist_ana)
        page = ana.post("/invitations", data={"note": "for Dana"})
        assert page.status_code == 201
        code = re.search(r"/invite/([A-Z0-9-]+)", page.text).group(1)
        form = anonymous.get(f"/invite/{code}")
        assert form.status_code == 200 and "Ana invites you" in form.text
        csrf = anonymous.cookies.get(CSRF_COOKIE)
        bad = anonymous.post(
            f"/invite/{code}",
            data={
                "display_name": "Dana",
                "email": "dana@example.org",
                "password": "short",
                "password_again": "short",
                "share": ["checkins"],
                "csrf_token": csrf,
            },
        )
        assert bad.status_code == 422 and 'id="password-error"' in bad.text
        assert 'value="dana@example.org"' in bad.text and 'value="short"' not in bad.text
        ok = anonymous.post(
            f"/invite/{code}",
            data={
                "display_name": "Dana",
                "email": "dana@example.org",
                "password": "long enough pw",
                "password_again": "long enough pw",
                "share": ["checkins", "journal"],
                "csrf_token": csrf,
            },
            follow_redirects=False,
        )
        assert ok.status_code == 303
        team = anonymous.get("/api/care-team")  # the sign-up logged Dana in
        assert team.status_code == 200
        consent = team.json()[0]["consent"]
        assert consent["checkins"] and consent["journal"] and not consent["companion"]
        assert "Dana" in ana.get("/caseload").text

    def test_bad_code_is_404(self, personas, anonymous):
        assert anonymous.get("/invite/AAAA-BBBB-CCCC").status_code == 404

    def test_existing_client_joins_with_code(self, personas, as_user):
        otto = as_user(personas.outsider_therapist)
        code = re.search(r"/invite/([A-Z0-9-]+)", otto.post("/invitations", data={}).text).group(1)
        ben = as_user(personas.client_ben)
        wrong = ben.post("/care-team/join", data={"code": "ZZZZ-ZZZZ-ZZZZ"})
        assert wrong.status_code == 422 and "not valid" in wrong.text
        ok = ben.post("/care-team/join", data={"code": code, "share": "checkins"}, follow_redirects=False)
        assert ok.status_code == 303
        assert "Ben" in otto.get("/caseload").text


class TestConsentPage:
    def test_client_changes_consent_and_therapist_sees_the_effect(self, personas, as_user):
        ben = as_user(personas.client_ben)
        ana = as_user(personas.therapist_ana)
        assert "Ben shared marker" in ana.get(f"/clients/{personas.client_ben.id}").text
        response = ben.post(
            f"/care-team/{personas.ben_link.id}/consent", data={"share": "checkins"}, follow_redirects=False
        )
        assert response.status_code == 303
        page = ana.get(f"/clients/{personas.client_ben.id}").text
        assert "Ben shared marker" not in page and "does not share journal entries" in page

    def test_caseload_search(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        assert ">Ben<" in ana.get("/caseload?q=be").text
        assert ">Ben<" not in ana.get("/caseload?q=zz").text
