"""The client's care-plan page with the one-tap "Done today", the therapist's section and forms,
and the Dutch pages."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from alongside.careplan import service
from alongside.careplan.models import Goal, HomeworkCompletion
from tests.careplan.test_service import RISKY_NOTE
from tests.personas import BEN_GOAL, BEN_HOMEWORK, BEN_HOMEWORK_NOTE

HTMX = {"HX-Request": "true"}


def completions(session, homework_id: int) -> int:
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(HomeworkCompletion).where(HomeworkCompletion.homework_id == homework_id)
    )


class TestClientPage:
    def test_goals_homework_done_button_and_eight_weeks(self, personas, as_user):
        page = as_user(personas.client_ben).get("/care-plan")
        assert page.status_code == 200
        assert BEN_GOAL in page.text and BEN_HOMEWORK in page.text and BEN_HOMEWORK_NOTE in page.text
        walk = personas.ben_homework.id
        assert f'hx-post="/care-plan/homework/{walk}/done"' in page.text
        assert f'hx-target="#homework-{walk}"' in page.text
        assert page.text.count('class="cp-week"') == 8
        assert "This week" in page.text and "Every day" in page.text
        assert 'aria-hidden="true"><span class="cp-fill cp-w' in page.text  # bars are decoration
        assert '<link rel="stylesheet" href="/static/careplan.css">' in page.text
        assert '<a href="/care-plan">Care plan</a>' in page.text  # in the client's navigation

    def test_done_today_with_htmx_swaps_the_card_and_this_weeks_total(self, session, personas, as_user):
        ben, walk = as_user(personas.client_ben), personas.ben_homework.id
        response = ben.post(f"/care-plan/homework/{walk}/done", headers=HTMX)
        assert response.status_code == 200
        assert response.text.lstrip().startswith(f'<li class="cp-homework" id="homework-{walk}">')
        assert "✓ Done today" in response.text and f'action="/care-plan/homework/{walk}/undo?done_on=' in response.text
        assert 'id="careplan-this-week" aria-labelledby="this-week-heading" hx-swap-oob="true"' in response.text
        assert completions(session, walk) == 2
        # A second tap (say, from another tab) is refused and said so in the card.
        again = ben.post(f"/care-plan/homework/{walk}/done", headers=HTMX)
        assert "already marked done for that day" in again.text and completions(session, walk) == 2
        today = service.today_for_client(session, personas.client_ben.id)
        undone = ben.post(f"/care-plan/homework/{walk}/undo?done_on={today}", headers=HTMX)
        assert f'hx-post="/care-plan/homework/{walk}/done"' in undone.text and completions(session, walk) == 1

    def test_without_javascript_the_form_posts_and_a_second_mark_is_409(self, personas, as_user):
        ben, walk = as_user(personas.client_ben), personas.ben_homework.id
        done = ben.post(f"/care-plan/homework/{walk}/done", follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == f"/care-plan?saved=1#homework-{walk}"
        again = ben.post(f"/care-plan/homework/{walk}/done", follow_redirects=False)
        assert again.status_code == 409 and "already marked done for that day" in again.text

    def test_an_earlier_day_beyond_the_week_is_refused(self, session, personas, as_user):
        ben, walk = as_user(personas.client_ben), personas.ben_homework.id
        old = (service.today_for_client(session, personas.client_ben.id) - timedelta(days=8)).isoformat()
        response = ben.post(f"/care-plan/homework/{walk}/done", data={"done_on": old}, follow_redirects=False)
        assert response.status_code == 422 and "up to 7 days back" in response.text

    def test_a_note_that_screens_as_risk_leads_to_help(self, personas, as_user):
        ben, walk = as_user(personas.client_ben), personas.ben_homework.id
        moderate = ben.post(f"/care-plan/homework/{walk}/done", data={"note": RISKY_NOTE}, headers=HTMX)
        assert moderate.status_code == 204 and moderate.headers["HX-Redirect"].startswith("/care-plan?support=1")
        assert "You don't have to carry it alone" in ben.get("/care-plan?support=1").text
        today = ben.get("/api/care-plan").json()["today"]
        assert ben.post(f"/care-plan/homework/{walk}/undo?done_on={today}", follow_redirects=False).status_code == 303
        crisis = ben.post(
            f"/care-plan/homework/{walk}/done",
            data={"note": "I bought the pills and I will take them all tonight"},
            follow_redirects=False,
        )
        assert crisis.status_code == 303 and crisis.headers["location"] == "/help?crisis=1"


class TestTherapistSection:
    def test_the_client_page_loads_the_section(self, personas, as_user):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}")
        assert f'hx-get="/clients/{personas.client_ben.id}/care-plan/section"' in page.text
        assert f'href="/clients/{personas.client_ben.id}/care-plan"' in page.text  # without JavaScript

    def test_section_shows_adherence_goals_homework_and_forms_but_no_notes(self, personas, as_user):
        section = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/care-plan/section")
        assert section.status_code == 200
        assert BEN_GOAL in section.text and BEN_HOMEWORK in section.text
        assert BEN_HOMEWORK_NOTE not in section.text
        assert section.text.count('class="cp-week"') == 8
        assert "Add a goal" in section.text and "Add homework" in section.text
        assert f'hx-post="/clients/{personas.client_ben.id}/care-plan/homework"' in section.text

    def test_add_goal_with_inline_errors_then_saved(self, session, personas, as_user):
        ana, ben_id = as_user(personas.therapist_ana), personas.client_ben.id
        empty = ana.post(f"/clients/{ben_id}/care-plan/goals", data={"title": "  "})
        assert empty.status_code == 422
        assert 'aria-invalid="true" aria-describedby="title-error"' in empty.text and 'id="title-error"' in empty.text
        saved = ana.post(f"/clients/{ben_id}/care-plan/goals", data={"title": "Cook twice a week"}, headers=HTMX)
        assert saved.status_code == 200 and "Saved." in saved.text and "Cook twice a week" in saved.text
        assert saved.text.lstrip().startswith('<section id="careplan"')

    def test_add_homework_with_a_field_error_keeps_what_was_typed(self, personas, as_user):
        ana, ben_id = as_user(personas.therapist_ana), personas.client_ben.id
        form = {
            "title": "Evening walk",
            "kind": "walk",
            "schedule": "3",
            "start_date": "2026-12-10",
            "end_date": "2026-12-01",
        }
        response = ana.post(f"/clients/{ben_id}/care-plan/homework", data=form)
        assert response.status_code == 422
        assert (
            'id="end_date-error"' in response.text and "The end date cannot be before the start date." in response.text
        )
        assert 'value="Evening walk"' in response.text and "<details open>" in response.text
        form["end_date"] = ""
        form["kind_own"] = "Evening stroll"
        done = ana.post(f"/clients/{ben_id}/care-plan/homework", data=form, follow_redirects=False)
        assert done.status_code == 303
        plan = ana.get(f"/api/clients/{ben_id}/care-plan").json()
        added = next(h["homework"] for h in plan["homework"] if h["homework"]["title"] == "Evening walk")
        assert (added["kind"], added["times_per_week"], added["start_date"]) == ("Evening stroll", 3, "2026-12-10")

    def test_edit_goal_and_homework(self, session, personas, as_user):
        ana, ben_id = as_user(personas.therapist_ana), personas.client_ben.id
        goal_url = f"/clients/{ben_id}/care-plan/goals/{personas.ben_goal.id}"
        form = ana.get(f"{goal_url}/edit")
        assert form.status_code == 200 and f'value="{BEN_GOAL}"' in form.text
        saved = ana.post(
            goal_url, data={"title": BEN_GOAL, "status": "achieved", "description": ""}, follow_redirects=False
        )
        assert saved.status_code == 303
        session.expire_all()
        assert session.get(Goal, personas.ben_goal.id).status.value == "achieved"
        hw_url = f"/clients/{ben_id}/care-plan/homework/{personas.ben_homework.id}"
        page = ana.get(f"{hw_url}/edit")
        assert page.status_code == 200
        assert 'value="daily" selected' in page.text and 'name="active" value="1" checked' in page.text
        # The goal it serves is offered even now that it is achieved, so saving keeps the link.
        assert f'<option value="{personas.ben_goal.id}" selected>' in page.text
        bad = ana.post(hw_url, data={"title": "", "schedule": "daily"})
        assert bad.status_code == 422 and 'id="title-error"' in bad.text
        ok = ana.post(
            hw_url,
            data={"title": "Walk", "schedule": "4", "kind": "walk", "active": "1", "goal_id": personas.ben_goal.id},
            follow_redirects=False,
        )
        assert ok.status_code == 303
        body = ana.get(f"/api/clients/{ben_id}/care-plan").json()["homework"][0]["homework"]
        assert (body["title"], body["times_per_week"], body["active"]) == ("Walk", 4, True)
        assert body["goal_id"] == personas.ben_goal.id
        assert body["start_date"] == personas.ben_homework.start_date.isoformat()  # kept


class TestDutch:
    def test_the_client_page_in_dutch(self, session, personas, as_user):
        personas.client_ben.locale = "nl"
        session.commit()
        page = as_user(personas.client_ben).get("/care-plan")
        assert '<html lang="nl">' in page.text
        assert "Je behandelplan" in page.text and "Vandaag gedaan" in page.text
        assert "Elke dag" in page.text and "Deze week" in page.text
        assert "De afgelopen 8 weken" in page.text
        assert "Your care plan" not in page.text and "Done today" not in page.text

    def test_the_therapist_section_in_dutch(self, session, personas, as_user):
        personas.therapist_ana.locale = "nl"
        session.commit()
        section = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/care-plan/section")
        assert (
            "Behandelplan" in section.text and "Doel toevoegen" in section.text and "Huiswerk toevoegen" in section.text
        )
        assert "3 keer per week" in section.text
        error = as_user(personas.client_ben)
        personas.client_ben.locale = "nl"
        session.commit()
        walk = personas.ben_homework.id
        error.post(f"/care-plan/homework/{walk}/done")
        again = error.post(f"/care-plan/homework/{walk}/done", follow_redirects=False)
        assert again.status_code == 409 and "al als gedaan gemarkeerd" in again.text
