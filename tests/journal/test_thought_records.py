"""The guided CBT thought record: validation, encryption at rest, safety screening of all its text,
privacy (private by default, shared per entry, journal consent), the form and how a record is shown."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.journal import service as journal_service
from alongside.journal.models import JournalEntry
from alongside.journal.schemas import ThoughtRecordCreate
from alongside.safety.models import Alert, AlertSignal
from tests.journal.conftest import THOUGHT_RECORD


def form_of(record: dict, **extra: str) -> dict[str, str]:
    return {key: str(value) for key, value in {**record, **extra}.items()}


def alerts_for(session, client_id: int) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(Alert).where(Alert.client_id == client_id))


@pytest.fixture
def ben_record(personas, session) -> JournalEntry:
    """A private thought record of Ben's."""
    entry = journal_service.create_thought_record(
        session, Actor.of(personas.client_ben), ThoughtRecordCreate(**THOUGHT_RECORD)
    )
    session.commit()
    return entry


class TestCreateThoughtRecord:
    def test_stored_as_a_private_journal_entry_and_read_back_through_the_entry_routes(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        created = cleo.post("/api/journal/thought-records", json=THOUGHT_RECORD)
        assert created.status_code == 201
        entry = created.json()
        assert entry["kind"] == "thought_record" and entry["shared"] is False and entry["body"] == ""
        assert entry["thought_record"] == THOUGHT_RECORD
        assert cleo.get(f"/api/journal/{entry['id']}").json()["thought_record"] == THOUGHT_RECORD
        listed = cleo.get("/api/journal").json()["items"][0]
        assert listed["id"] == entry["id"] and listed["thought_record"]["intensity_after"] == 40

    def test_the_steps_are_encrypted_at_rest(self, personas, as_user, connection):
        entry_id = as_user(personas.client_cleo).post("/api/journal/thought-records", json=THOUGHT_RECORD).json()["id"]
        stored = connection.execute(
            text("SELECT thought_record, kind FROM journal_entries WHERE id = :id"), {"id": entry_id}
        ).one()
        assert stored.kind == "thought_record"
        assert stored.thought_record.startswith("v1:") and "manager" not in stored.thought_record

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("intensity_before", 101),
            ("intensity_before", -1),
            ("intensity_after", 150),
            ("intensity_after", "a lot"),
            ("situation", "   "),
            ("balanced_thought", ""),
            ("emotion", ""),
            ("emotion", "x" * 41),
        ],
    )
    def test_invalid_steps_are_field_errors(self, personas, as_user, field, value):
        response = as_user(personas.client_cleo).post(
            "/api/journal/thought-records", json={**THOUGHT_RECORD, field: value}
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == field

    @pytest.mark.parametrize("missing", sorted(THOUGHT_RECORD))
    def test_every_step_is_required(self, personas, as_user, missing):
        record = {k: v for k, v in THOUGHT_RECORD.items() if k != missing}
        response = as_user(personas.client_cleo).post("/api/journal/thought-records", json=record)
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == missing

    def test_intensities_at_both_ends_are_fine(self, personas, as_user):
        record = {**THOUGHT_RECORD, "intensity_before": 100, "intensity_after": 0}
        assert as_user(personas.client_cleo).post("/api/journal/thought-records", json=record).status_code == 201

    @pytest.mark.parametrize(("given", "stored"), [("Angstig", "anxious"), ("SAD", "sad"), ("on edge", "on edge")])
    def test_a_feeling_from_the_list_in_any_language_or_an_own_word(self, personas, as_user, given, stored):
        response = as_user(personas.client_cleo).post(
            "/api/journal/thought-records", json={**THOUGHT_RECORD, "emotion": given}
        )
        assert response.json()["thought_record"]["emotion"] == stored

    def test_therapists_cannot_write_one(self, personas, as_user):
        assert (
            as_user(personas.therapist_ana).post("/api/journal/thought-records", json=THOUGHT_RECORD).status_code == 404
        )


class TestSafetyScreening:
    @pytest.mark.parametrize("field", ["situation", "automatic_thought", "evidence_against", "balanced_thought"])
    def test_risk_in_any_step_is_screened_and_alerts_the_care_team(self, personas, as_user, session, field):
        record = {**THOUGHT_RECORD, field: "I want to kill myself tonight"}
        entry = as_user(personas.client_cleo).post("/api/journal/thought-records", json=record).json()
        assert entry["risk_level"] in ("high", "imminent")
        assert alerts_for(session, personas.client_cleo.id) == 1
        signal = session.scalar(select(AlertSignal).where(AlertSignal.source_id == entry["id"]))
        assert (signal.source, signal.level) == ("journal", entry["risk_level"])

    def test_an_ordinary_record_raises_nothing(self, personas, as_user, session):
        entry = as_user(personas.client_cleo).post("/api/journal/thought-records", json=THOUGHT_RECORD).json()
        assert entry["risk_level"] == "none" and alerts_for(session, personas.client_cleo.id) == 0

    def test_the_steps_are_screened_together(self, personas, session):
        seen = []
        original = journal_service.entries.safety_service.screen

        def spy(text_: str, **kwargs):
            seen.append(text_)
            return original(text_, **kwargs)

        journal_service.thought_records.safety_service.screen = spy
        try:
            journal_service.create_thought_record(
                session, Actor.of(personas.client_cleo), ThoughtRecordCreate(**THOUGHT_RECORD)
            )
        finally:
            journal_service.thought_records.safety_service.screen = original
        assert len(seen) == 1
        for key in ("situation", "automatic_thought", "evidence_for", "evidence_against", "balanced_thought"):
            assert THOUGHT_RECORD[key] in seen[0]

    def test_a_crisis_goes_to_the_help_page_from_the_form(self, personas, as_user):
        record = form_of(
            THOUGHT_RECORD, automatic_thought="I have pills saved up and I am going to take them all tonight"
        )
        response = as_user(personas.client_cleo).post("/journal/thought-record", data=record, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/help?crisis=1"

    def test_a_moderate_level_shows_the_support_card(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        record = form_of(THOUGHT_RECORD, automatic_thought="Everyone would be better off without me.")
        page = cleo.post("/journal/thought-record", data=record)
        assert page.status_code == 200 and 'class="card support-card"' in page.text


class TestPrivacy:
    def test_private_by_default_and_hidden_from_everyone_else(self, personas, as_user, ben_record):
        for name in ("therapist_ana", "outsider_therapist", "client_cleo"):
            assert as_user(getattr(personas, name)).get(f"/api/journal/{ben_record.id}").status_code == 404, name
        for url in (f"/journal/{ben_record.id}", f"/journal/{ben_record.id}/edit"):
            assert as_user(personas.client_cleo).get(url).status_code == 404
        ana_page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        assert THOUGHT_RECORD["automatic_thought"] not in ana_page

    def test_shared_it_reaches_the_therapist_with_journal_consent_only(self, personas, as_user, session, ben_record):
        ben = as_user(personas.client_ben)
        assert ben.patch(f"/api/journal/{ben_record.id}", json={"shared": True}).json()["shared"] is True
        ana = as_user(personas.therapist_ana)
        assert ana.get(f"/api/journal/{ben_record.id}").json()["thought_record"] == THOUGHT_RECORD
        page = ana.get(f"/clients/{personas.client_ben.id}").text
        assert "She doesn&#39;t think my work matters." in page and "The thought that came up" in page
        assert "anxious · 80 out of 100" in page and "from 80 to 40" in page
        assert as_user(personas.outsider_therapist).get(f"/api/journal/{ben_record.id}").status_code == 404
        care_service.update_consent(
            session, Actor.of(personas.client_ben), personas.ben_link.id, Consent(checkins=True, journal=False)
        )
        session.commit()
        assert ana.get(f"/api/journal/{ben_record.id}").status_code == 404

    def test_the_share_toggle_works_as_for_any_entry(self, personas, as_user, ben_record):
        response = as_user(personas.client_ben).post(
            f"/journal/{ben_record.id}/share", data={"shared": "1"}, headers={"HX-Request": "true"}
        )
        assert response.status_code == 200 and "Make private" in response.text


class TestPages:
    def test_one_form_with_every_step_in_order(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/journal/thought-record")
        assert page.status_code == 200
        assert page.text.count('<fieldset class="tr-step">') == 7
        names = re.findall(r'\bid="(\w+)" name="\1"', page.text)
        assert names == [
            "situation",
            "automatic_thought",
            "emotion",
            "emotion_other",
            "intensity_before",
            "evidence_for",
            "evidence_against",
            "balanced_thought",
            "intensity_after",
            "shared",
        ]
        assert '<option value="anxious" >anxious</option>' in page.text.replace("  ", " ")
        assert 'src="/static/thought_record.js"' in page.text and 'min="0" max="100"' in page.text

    def test_saved_from_the_form_and_shown_as_steps(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        saved = cleo.post("/journal/thought-record", data=form_of(THOUGHT_RECORD), follow_redirects=False)
        assert saved.status_code == 303
        page = cleo.get(saved.headers["location"])
        assert "<h1>Thought record</h1>" in page.text
        for key in ("situation", "evidence_for", "balanced_thought"):
            assert THOUGHT_RECORD[key].replace("'", "&#39;") in page.text
        assert "anxious · 80 out of 100" in page.text and "from 80 to 40" in page.text
        listing = cleo.get("/journal").text
        assert "Thought record" in listing and THOUGHT_RECORD["situation"] in listing

    def test_an_own_word_for_the_feeling(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        form = form_of(THOUGHT_RECORD, emotion="other", emotion_other="on edge")
        page = cleo.post("/journal/thought-record", data=form)
        assert "on edge · 80 out of 100" in page.text

    def test_errors_are_shown_per_step_and_the_answers_kept(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        form = form_of(THOUGHT_RECORD, intensity_before="120", balanced_thought="")
        page = cleo.post("/journal/thought-record", data=form)
        assert page.status_code == 422
        assert 'id="intensity_before-error"' in page.text and 'id="balanced_thought-error"' in page.text
        assert 'aria-describedby="intensity_before-hint intensity_before-error"' in page.text
        assert THOUGHT_RECORD["situation"] in page.text and 'value="120"' in page.text
        session.expire_all()
        assert (
            session.scalar(
                select(func.count()).select_from(JournalEntry).where(JournalEntry.client_id == personas.client_cleo.id)
            )
            == 0
        )

    def test_edited_step_by_step_and_screened_again(self, personas, as_user, ben_record):
        ben = as_user(personas.client_ben)
        form_page = ben.get(f"/journal/{ben_record.id}/edit")
        assert "Edit thought record" in form_page.text and THOUGHT_RECORD["evidence_against"] in form_page.text
        changed = form_of(THOUGHT_RECORD, balanced_thought="It was about her calendar.", intensity_after="30")
        assert ben.post(f"/journal/{ben_record.id}/edit", data=changed, follow_redirects=False).status_code == 303
        record = ben.get(f"/api/journal/{ben_record.id}").json()["thought_record"]
        assert record["balanced_thought"] == "It was about her calendar." and record["intensity_after"] == 30
        risky = ben.patch(
            f"/api/journal/{ben_record.id}",
            json={"thought_record": {**THOUGHT_RECORD, "balanced_thought": "I want to kill myself tonight"}},
        )
        assert risky.json()["risk_level"] in ("high", "imminent")

    def test_not_edited_as_free_text(self, personas, as_user, ben_record):
        ben = as_user(personas.client_ben)
        response = ben.patch(f"/api/journal/{ben_record.id}", json={"body": "free text"})
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == "body"
        entry_id = personas.ben_private_entry.id
        response = ben.patch(f"/api/journal/{entry_id}", json={"thought_record": THOUGHT_RECORD})
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == "thought_record"

    def test_started_from_a_prompt_it_is_linked_to_it(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        page = cleo.get("/journal/thought-record?prompt_id=tr-for-and-against")
        assert "Pick one thought that has been bothering you." in page.text
        saved = cleo.post("/journal/thought-record", data=form_of(THOUGHT_RECORD, prompt_id="tr-for-and-against"))
        assert saved.status_code == 200
        assert cleo.get("/api/journal").json()["items"][0]["prompt_id"] == "tr-for-and-against"

    def test_dutch_form_and_record(self, personas, as_user, session):
        personas.client_cleo.locale = "nl"
        session.commit()
        cleo = as_user(personas.client_cleo)
        form = cleo.get("/journal/thought-record?prompt_id=tr-for-and-against")
        assert '<html lang="nl">' in form.text
        assert ">angstig</option>" in form.text and ">teleurgesteld</option>" in form.text
        assert "Kies één gedachte die je dwarszit." in form.text
        saved = cleo.post("/journal/thought-record", data=form_of(THOUGHT_RECORD, emotion="angstig"))
        assert "angstig · " in saved.text
