from __future__ import annotations

from alongside.accounts.dependencies import CSRF_COOKIE, SESSION_COOKIE
from tests.personas import PASSWORD


class TestLoginPage:
    def test_login_sets_a_secure_session_cookie_and_redirects_by_role(self, personas, anonymous):
        page = anonymous.get("/login")
        csrf = anonymous.cookies.get(CSRF_COOKIE)
        assert csrf and f'value="{csrf}"' in page.text
        response = anonymous.post(
            "/login",
            data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": csrf},
            follow_redirects=False,
        )
        assert response.status_code == 303
        assert response.headers["location"] == "/caseload"
        cookie = response.headers["set-cookie"]
        assert SESSION_COOKIE in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie

    def test_login_form_without_csrf_token_is_refused(self, personas, anonymous):
        anonymous.get("/login")
        response = anonymous.post("/login", data={"email": "ana@example.org", "password": PASSWORD})
        assert response.status_code == 403

    def test_wrong_password_shows_inline_error_and_keeps_email(self, personas, anonymous):
        anonymous.get("/login")
        response = anonymous.post(
            "/login",
            data={"email": "ana@example.org", "password": "nope", "csrf_token": anonymous.cookies.get(CSRF_COOKIE)},
        )
        assert response.status_code == 422
        assert "Wrong e-mail address or password." in response.text
        assert 'value="ana@example.org"' in response.text
        assert 'aria-invalid="true"' in response.text

    def test_invalid_email_is_a_field_error(self, personas, anonymous):
        anonymous.get("/login")
        response = anonymous.post(
            "/login", data={"email": "not-an-email", "password": "x", "csrf_token": anonymous.cookies.get(CSRF_COOKIE)}
        )
        assert response.status_code == 422
        assert 'id="email-error"' in response.text

    def test_next_parameter_cannot_leave_the_site(self, personas, anonymous):
        anonymous.get("/login")
        response = anonymous.post(
            "/login",
            data={
                "email": "ben@example.org",
                "password": PASSWORD,
                "next": "//evil.example/",
                "csrf_token": anonymous.cookies.get(CSRF_COOKIE),
            },
            follow_redirects=False,
        )
        assert response.headers["location"] == "/home"

    def test_logout_ends_the_session(self, personas, as_user):
        ben = as_user(personas.client_ben)
        assert ben.post("/logout", follow_redirects=False).status_code == 303
        assert ben.get("/home", follow_redirects=False).status_code == 303


class TestCsrf:
    def test_logged_in_post_without_token_is_refused(self, personas, as_user):
        ben = as_user(personas.client_ben)
        del ben.headers["X-CSRF-Token"]
        assert ben.post("/journal/new", data={"body": "hello"}).status_code == 403

    def test_token_in_form_field_is_accepted(self, personas, as_user):
        ben = as_user(personas.client_ben)
        token = ben.headers.pop("X-CSRF-Token")
        response = ben.post("/journal/new", data={"body": "hello", "csrf_token": token}, follow_redirects=False)
        assert response.status_code == 303

    def test_api_with_bearer_token_needs_no_csrf(self, session, personas, as_user):
        ben = as_user(personas.client_ben)
        token = ben.post("/api/tokens", json={"name": "script"}).json()["token"]
        from fastapi.testclient import TestClient

        bare = TestClient(ben.app, headers={"Authorization": f"Bearer {token}"})
        response = bare.post("/api/journal", json={"body": "from a script"})
        assert response.status_code == 201, response.text


class TestApi:
    def test_me_with_token(self, personas, as_user):
        ben = as_user(personas.client_ben)
        token = ben.post("/api/tokens", json={"name": "script"}).json()["token"]
        from fastapi.testclient import TestClient

        bare = TestClient(ben.app, headers={"Authorization": f"Bearer {token}"})
        assert bare.get("/api/me").json()["email"] == "ben@example.org"
        assert TestClient(ben.app, headers={"Authorization": "Bearer als_wrong"}).get("/api/me").status_code == 401

    def test_validation_errors_name_the_field(self, personas, as_user):
        admin = as_user(personas.admin_ada)
        response = admin.post("/api/admin/users", json={"email": "bad", "display_name": "", "role": "wizard"})
        assert response.status_code == 422
        fields = {e["field"] for e in response.json()["errors"]}
        assert {"email", "display_name", "role"} <= fields

    def test_admin_creates_and_lists_users_in_own_organisation_only(self, session, personas, as_user):
        from alongside.accounts.models import Role
        from alongside.care import service as care_service
        from tests.personas import make_user

        other_org = care_service.create_organisation(session, name="Elsewhere")
        stranger = make_user(session, other_org.id, "Stranger", Role.CLIENT)
        session.commit()
        admin = as_user(personas.admin_ada)
        created = admin.post(
            "/api/admin/users",
            json={"email": "new@example.org", "display_name": "New", "role": "therapist", "password": "long enough pw"},
        )
        assert created.status_code == 201
        emails = {u["email"] for u in admin.get("/api/admin/users").json()["items"]}
        assert "new@example.org" in emails and "stranger@example.org" not in emails
        reset = admin.post(f"/api/admin/users/{stranger.id}/password-reset")
        assert reset.status_code == 404

    def test_non_admin_gets_404_on_admin_routes(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        assert ana.get("/api/admin/users").status_code == 404
        assert ana.get("/admin/users").status_code == 404

    def test_errors_never_show_a_stack_trace(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.get("/journal/999999")
        assert response.status_code == 404
        assert "Traceback" not in response.text and "<h1>" in response.text


class TestAdminPages:
    def test_reset_link_flow(self, personas, as_user, anonymous):
        admin = as_user(personas.admin_ada)
        page = admin.post(f"/admin/users/{personas.client_ben.id}/reset")
        assert page.status_code == 200
        import re

        url = re.search(r"http://[^<\s]+/reset/([\w-]+)", page.text)
        assert url, page.text
        path = f"/reset/{url.group(1)}"
        form = anonymous.get(path)
        assert form.status_code == 200
        csrf = anonymous.cookies.get(CSRF_COOKIE)
        mismatch = anonymous.post(
            path, data={"password": "new password 123", "password_again": "other", "csrf_token": csrf}
        )
        assert mismatch.status_code == 422 and "not the same" in mismatch.text
        done = anonymous.post(
            path,
            data={"password": "new password 123", "password_again": "new password 123", "csrf_token": csrf},
            follow_redirects=False,
        )
        assert done.status_code == 303
        assert anonymous.get(path).status_code == 404

    def test_create_user_form_shows_field_errors(self, personas, as_user):
        admin = as_user(personas.admin_ada)
        response = admin.post("/admin/users", data={"display_name": "", "email": "x", "role": "client"})
        assert response.status_code == 422
        assert 'id="email-error"' in response.text and 'id="display_name-error"' in response.text
