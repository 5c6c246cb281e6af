"""The client's pages (list, form, result with chart) and the therapist's section of the client page."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alongside.questionnaires.models import QuestionnaireResponse
from tests.questionnaires.conftest import answers_for, form_for


def count_responses(session, client_id):
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(QuestionnaireResponse).where(QuestionnaireResponse.client_id == client_id)
    )


class TestForm:
    def test_one_question_per_fieldset_with_labelled_radios(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/questionnaires/phq9")
        assert page.status_code == 200
        assert page.text.count('<fieldset id="q') == 9
        assert page.text.count('type="radio"') == 9 * 4 + 4  # nine items and the difficulty question
        assert '<label for="q9-3">Nearly every day</label>' in page.text
        assert "Thoughts that you would be better off dead or of hurting yourself in some way" in page.text
        assert "Own translation" not in page.text

    def test_missing_answers_are_named_inline_and_nothing_is_stored(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        answers = answers_for("gad7", 6)
        del answers[2], answers[7]
        page = cleo.post("/questionnaires/gad7", data=form_for(answers))
        assert page.status_code == 422
        assert '<a href="#q2">Question 2 is not answered.</a>' in page.text
        assert '<a href="#q7">Question 7 is not answered.</a>' in page.text
        assert 'aria-describedby="q2-error"' in page.text and 'id="q7-error"' in page.text
        assert "q3-error" not in page.text
        assert re.search(r'id="q1-3" name="q1" value="3"\s+checked', page.text), "answers given are kept"
        assert count_responses(session, personas.client_cleo.id) == 0

    def test_a_tampered_value_is_refused(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        page = cleo.post("/questionnaires/gad7", data={**form_for(answers_for("gad7", 6)), "q4": "9"})
        assert page.status_code == 422 and "Question 4: choose one of the answers." in page.text
        assert count_responses(session, personas.client_cleo.id) == 0

    def test_unknown_instrument_is_404(self, personas, as_user):
        assert as_user(personas.client_cleo).get("/questionnaires/bdi").status_code == 404


class TestResult:
    def test_score_band_explanation_and_chart(self, personas, as_user):
        ben = as_user(personas.client_ben)
        done = ben.post("/questionnaires/phq9", data=form_for(answers_for("phq9", 6, item9=0)), follow_redirects=False)
        assert done.status_code == 303
        page = ben.get(done.headers["location"])
        assert "6 out of 27" in page.text and "Mild" in page.text
        assert "Your answers show some signs of low mood" in page.text
        assert "Your score changed by 7 points since last time" in page.text and "clear improvement" in page.text
        svg = page.text[page.text.index("<svg") : page.text.index("</svg>")]
        assert 'role="img"' in svg and svg.count('class="band band-') == 5 and svg.count('<circle class="point"') == 2
        assert "<script" not in page.text.split("</head>")[1]
        assert 'id="support-heading"' not in page.text

    def test_item9_shows_the_support_card(self, personas, as_user):
        ben = as_user(personas.client_ben)
        page = ben.post("/questionnaires/phq9", data=form_for(answers_for("phq9", 5, item9=1)), follow_redirects=True)
        assert 'id="support-heading"' in page.text and 'href="/help"' in page.text

    def test_who5_percentage(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        page = cleo.post("/questionnaires/who5", data=form_for(answers_for("who5", 7)), follow_redirects=True)
        assert "28 out of 100" in page.text and "Very low wellbeing" in page.text
        assert "A higher score means better wellbeing." in page.text

    def test_list_home_and_nav(self, personas, as_user):
        ben = as_user(personas.client_ben)
        listing = ben.get("/questionnaires").text
        assert "Last time: 13 (Moderate)" in listing and "every 14 days" in listing
        home = ben.get("/home").text
        assert 'href="/questionnaires"' in home and "Nothing to fill in right now." in home


class TestDutch:
    def test_form_and_result_in_dutch_with_the_translation_label(self, personas, as_user, session):
        personas.client_cleo.locale = "nl"
        session.commit()
        cleo = as_user(personas.client_cleo)
        form = cleo.get("/questionnaires/gad7")
        assert '<html lang="nl">' in form.text
        label = "Eigen vertaling, nog niet gecontroleerd aan de hand van de gepubliceerde Nederlandse versie"
        assert label in form.text
        assert "Je nerveus, angstig of gespannen voelen" in form.text and "Bijna elke dag" in form.text
        assert "Feeling nervous" not in form.text
        missing = cleo.post("/questionnaires/gad7", data={"q1": "1"})
        assert "Vraag 2 is niet beantwoord." in missing.text
        result = cleo.post("/questionnaires/gad7", data=form_for(answers_for("gad7", 11)), follow_redirects=True)
        assert "11 van de 21" in result.text and "Matig" in result.text
        stored = session.scalars(select(QuestionnaireResponse).order_by(QuestionnaireResponse.id.desc())).first()
        assert stored.locale == "nl"


class TestTherapistSection:
    def test_shown_with_consent_and_schedule_form(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        page = ana.get(f"/clients/{personas.client_ben.id}").text
        assert 'id="questionnaires-heading"' in page and "PHQ-9 every 14 days" in page
        assert f'action="/clients/{personas.client_ben.id}/questionnaires/schedule"' in page
        saved = ana.post(
            f"/clients/{personas.client_ben.id}/questionnaires/schedule",
            data={"instrument": "who5", "every_days": "28"},
            follow_redirects=False,
        )
        assert saved.status_code == 303
        assert "WHO-5 every 28 days" in ana.get(f"/clients/{personas.client_ben.id}").text
        stop = ana.post(
            f"/clients/{personas.client_ben.id}/questionnaires/schedule", data={"instrument": "who5", "stop": "1"}
        )
        assert stop.status_code == 200 and "WHO-5 every 28 days" not in stop.text

    def test_not_shown_without_consent(self, personas, as_user):
        ben = as_user(personas.client_ben)
        ben.post(f"/care-team/{personas.ben_link.id}/consent", data={"share": ["checkins", "journal"]})
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        assert "This client does not share questionnaire results with you." in page
        assert "PHQ-9 every 14 days" not in page and "/questionnaires/schedule" not in page
