from __future__ import annotations

from alongside.safety import service
from tests.personas import BEN_PLAN


class TestSafetyPlan:
    def test_client_and_therapist_edit_the_same_plan(self, personas, as_user):
        ben, ana = as_user(personas.client_ben), as_user(personas.therapist_ana)
        assert BEN_PLAN in ana.get(f"/clients/{personas.client_ben.id}/safety-plan").text
        ana.post(
            f"/clients/{personas.client_ben.id}/safety-plan",
            data={"warning_signs": "Not sleeping\n\nCancelling plans", "people_to_ask": BEN_PLAN},
        )
        plan = ben.get("/api/safety-plan").json()
        assert plan["warning_signs"] == ["Not sleeping", "Cancelling plans"]
        assert plan["people_to_ask"] == [BEN_PLAN]
        help_page = ben.get("/help").text
        assert "Not sleeping" in help_page and BEN_PLAN in help_page

    def test_too_long_line_is_a_field_error(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post("/safety-plan", data={"coping_strategies": "x" * 400})
        assert response.status_code == 422 and "coping_strategies" in response.text

    def test_plan_changes_are_audited(self, session, personas):
        from sqlalchemy import select

        from alongside.privacy.models import AuditEntry

        session.flush()
        events = session.scalars(select(AuditEntry.event).where(AuditEntry.subject_id == personas.client_ben.id)).all()
        assert "SAFETY_PLAN_UPDATED" in events


class TestHelpPage:
    def test_dutch_client_sees_dutch_lines_never_only_a_us_number(self, personas, as_user):
        page = as_user(personas.client_ben).get("/help").text
        assert "113" in page and "0800-0113" in page and "112" in page
        assert "988" not in page

    def test_anonymous_visitor_gets_lines_from_the_browser_language(self, anonymous):
        nl = anonymous.get("/help", headers={"Accept-Language": "nl-NL,nl;q=0.9"}).text
        assert "113" in nl
        be = anonymous.get("/help", headers={"Accept-Language": "nl-BE"}).text
        assert "1813" in be
        us = anonymous.get("/help?country=US").text
        assert "988" in us and "911" in us

    def test_unknown_country_gets_the_international_directories(self, anonymous):
        page = anonymous.get("/help?country=XX").text
        assert "findahelpline.com" in page

    def test_crisis_mode_asks_directly_and_says_it_is_an_ai(self, anonymous):
        page = anonymous.get("/help?crisis=1&country=NL").text
        assert "thinking about ending your life" in page and "AI" in page

    def test_api_crisis_resources(self, anonymous):
        data = anonymous.get("/api/crisis-resources?country=GB").json()
        assert (
            data["code"] == "GB"
            and data["country"] == "United Kingdom"
            and any("116 123" in p["display"] for line in data["lines"] for p in line["phone"])
        )

    def test_service_worker_is_served_at_the_root(self, anonymous):
        response = anonymous.get("/sw.js")
        assert response.status_code == 200 and "/help" in response.text
        assert response.headers["content-type"].startswith("text/javascript")


class TestCrisisLineOverrides:
    def test_admin_edits_lines_for_the_organisation(self, personas, as_user):
        admin = as_user(personas.admin_ada)
        response = admin.post(
            "/admin/safety/crisis-lines/NL",
            data={
                "lines": (
                    "113 Zelfmoordpreventie | 113 / 0800-0113 | | https://113.nl | 24/7\n"
                    "Huisartsenpost | 0900-1234 | | | evenings"
                ),
                "emergency": "112",
            },
            follow_redirects=False,
        )
        assert response.status_code == 303
        page = as_user(personas.client_ben).get("/help").text
        assert "Huisartsenpost" in page and "0800-0113" in page
        bad = admin.post("/admin/safety/crisis-lines/NL", data={"lines": "", "emergency": "112"})
        assert bad.status_code == 422

    def test_override_does_not_reach_other_organisations(self, session, personas, anonymous):
        from alongside.safety.schemas import CrisisLine

        service.update_crisis_resources(
            session,
            personas.actor("admin_ada"),
            "NL",
            [CrisisLine(name="Only ours", phone="0900-1111")],
            emergency="112",
        )
        assert "Only ours" not in anonymous.get("/help?country=NL").text
