"""Submitting: one transaction that scores, stores, audits and tells safety; schedules; consent."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import service
from alongside.questionnaires.models import QuestionnaireResponse
from alongside.questionnaires.schemas import ResponseCreate
from alongside.safety.models import Alert, AlertSignal
from tests.questionnaires.conftest import answers_for


def submit(session, personas, instrument, raw, *, who="client_cleo", item9=None, days_ago=0):
    data = ResponseCreate(answers=answers_for(instrument, raw, item9=item9))
    return service.submit_response(
        session, personas.actor(who), instrument, data, now=utc_now() - timedelta(days=days_ago)
    )


def signal_codes(session, client_id):
    session.flush()
    rows = session.scalars(select(AlertSignal.codes).join(Alert).where(Alert.client_id == client_id)).all()
    return [code for codes in rows for code in codes]


def responses_of(session, client_id):
    session.flush()
    return session.scalars(select(QuestionnaireResponse).where(QuestionnaireResponse.client_id == client_id)).all()


class TestSubmitResponse:
    def test_scores_stores_and_audits(self, session, personas):
        response = submit(session, personas, "who5", 12)
        assert (response.raw_total, response.total, response.band) == (12, 48, "poor_wellbeing")
        assert response.answers == {"1": 5, "2": 5, "3": 2, "4": 0, "5": 0}
        assert response.locale == "en"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.event == "QUESTIONNAIRE_SUBMITTED")).all()[-1]
        assert entry.object_id == response.id and entry.subject_id == personas.client_cleo.id
        assert entry.extra == {"instrument": "who5", "total": 48, "band": "poor_wellbeing"}

    def test_phq9_item9_above_zero_raises_an_alert(self, session, personas):
        cleo = personas.client_cleo
        response = submit(session, personas, "phq9", 8, item9=1)
        assert "phq9_item9" in signal_codes(session, cleo.id)
        alert = session.scalars(select(Alert).where(Alert.client_id == cleo.id)).one()
        assert alert.level == "moderate"
        sources = session.scalars(select(AlertSignal.source_id).where(AlertSignal.alert_id == alert.id)).all()
        assert response.id in sources

    def test_phq9_item9_zero_raises_nothing(self, session, personas):
        submit(session, personas, "phq9", 12, item9=0)
        assert signal_codes(session, personas.client_cleo.id) == []

    def test_reliable_deterioration_against_the_previous_response_raises_an_alert(self, session, personas):
        cleo = personas.client_cleo
        submit(session, personas, "gad7", 5, days_ago=14)
        submit(session, personas, "gad7", 8, days_ago=7)  # up 3: within the noise
        assert signal_codes(session, cleo.id) == []
        submit(session, personas, "gad7", 12)  # up 4 against the previous one
        assert signal_codes(session, cleo.id) == ["gad7_reliable_deterioration"]

    def test_phq9_deterioration(self, session, personas):
        submit(session, personas, "phq9", 6, item9=0, days_ago=14)
        submit(session, personas, "phq9", 12, item9=0)
        assert signal_codes(session, personas.client_cleo.id) == ["phq9_reliable_deterioration"]

    def test_who5_change_is_not_a_safety_rule(self, session, personas):
        submit(session, personas, "who5", 20, days_ago=14)
        submit(session, personas, "who5", 5)
        assert signal_codes(session, personas.client_cleo.id) == []

    def test_missing_answers_store_nothing(self, session, personas):
        data = ResponseCreate(answers={1: 0, 2: 1, 4: 2})
        with pytest.raises(service.UnansweredItems) as caught:
            service.submit_response(session, personas.actor("client_cleo"), "gad7", data)
        assert caught.value.missing == [3, 5, 6, 7]
        assert caught.value.status_code == 422 and "3, 5, 6, 7" in caught.value.message
        assert responses_of(session, personas.client_cleo.id) == []

    def test_answers_outside_the_options_are_refused(self, session, personas):
        with pytest.raises(InvalidInput) as caught:
            service.submit_response(
                session, personas.actor("client_cleo"), "gad7", ResponseCreate(answers={**answers_for("gad7", 3), 2: 4})
            )
        assert caught.value.field == "answers.2"
        with pytest.raises(InvalidInput):
            service.submit_response(
                session, personas.actor("client_cleo"), "gad7", ResponseCreate(answers={**answers_for("gad7", 3), 8: 1})
            )

    def test_only_clients_and_only_known_instruments(self, session, personas):
        with pytest.raises(Forbidden):
            submit(session, personas, "gad7", 3, who="therapist_ana")
        with pytest.raises(NotFound):
            service.submit_response(session, personas.actor("client_cleo"), "bdi", ResponseCreate(answers={1: 1}))

    def test_difficulty_only_for_phq9(self, session, personas):
        actor = personas.actor("client_cleo")
        phq9 = service.submit_response(
            session, actor, "phq9", ResponseCreate(answers=answers_for("phq9", 5, item9=0), difficulty=2)
        )
        gad7 = service.submit_response(
            session, actor, "gad7", ResponseCreate(answers=answers_for("gad7", 5), difficulty=2)
        )
        assert (phq9.difficulty, gad7.difficulty) == (2, None)


class TestReading:
    def test_therapist_reads_only_with_the_questionnaires_consent(self, session, personas):
        ana, ben = personas.actor("therapist_ana"), personas.client_ben
        overview = service.client_overview(session, ana, ben.id)
        assert [r.id for r in overview.responses] == [personas.ben_phq9.id]
        assert [s.instrument for s in overview.schedules] == ["phq9"]
        care_service.update_consent(
            session, personas.actor("client_ben"), personas.ben_link.id, Consent(checkins=True, journal=True)
        )
        with pytest.raises(NotFound):
            service.client_overview(session, ana, ben.id)
        with pytest.raises(NotFound):
            service.access_response(session, ana, personas.ben_phq9.id)
        with pytest.raises(NotFound):
            service.set_schedule(session, ana, ben.id, "gad7", 14)

    def test_outsiders_get_404(self, session, personas):
        otto = personas.actor("outsider_therapist")
        with pytest.raises(NotFound):
            service.client_overview(session, otto, personas.client_ben.id)
        with pytest.raises(NotFound):
            service.access_response(session, otto, personas.ben_phq9.id)
        with pytest.raises(NotFound):
            service.access_response(session, personas.actor("client_cleo"), personas.ben_phq9.id)

    def test_therapist_reads_are_audited(self, session, personas):
        service.client_overview(session, personas.actor("therapist_ana"), personas.client_ben.id)
        session.flush()
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.event == "QUESTIONNAIRES_VIEWED", AuditEntry.actor_id == personas.therapist_ana.id
            )
        ).one()
        assert entry.subject_id == personas.client_ben.id and entry.extra["response_ids"] == [personas.ben_phq9.id]

    def test_change_since_previous_and_outcome(self, session, personas):
        first = submit(session, personas, "phq9", 16, item9=0, days_ago=28, who="client_ben")
        last = submit(session, personas, "phq9", 7, item9=0, who="client_ben")
        result = service.access_result(session, personas.actor("client_ben"), last.id)
        assert result.change.previous_id == personas.ben_phq9.id  # 13, three days ago
        assert (result.change.points, result.change.reliable) == (-6, 1)
        assert [r.total for r in result.history] == [16, 13, 7]
        assert service.access_result(session, personas.actor("client_ben"), first.id).change is None
        overview = service.client_overview(session, personas.actor("therapist_ana"), personas.client_ben.id)
        assert overview.outcome.recovery and overview.outcome.reliable_recovery


class TestSchedules:
    def test_due_now_then_a_period_after_each_response(self, session, personas):
        otto, cleo = personas.actor("outsider_therapist"), personas.client_cleo
        care_service.update_consent(
            session,
            personas.actor("client_cleo"),
            care_service.list_care_team(session, personas.actor("client_cleo"))[0].id,
            Consent(checkins=True, questionnaires=True),
        )
        schedule = service.set_schedule(session, otto, cleo.id, "gad7", 14)
        assert schedule.every_days == 14
        assert service.due_instruments(session, personas.actor("client_cleo")) == [("gad7", "GAD-7")]
        response = submit(session, personas, "gad7", 6)
        assert schedule.next_due_at == response.completed_at + timedelta(days=14)
        assert service.due_instruments(session, personas.actor("client_cleo")) == []
        later = utc_now() + timedelta(days=15)
        assert service.due_instruments(session, personas.actor("client_cleo"), now=later) == [("gad7", "GAD-7")]
        service.set_schedule(session, otto, cleo.id, "gad7", None)
        assert service.due_instruments(session, personas.actor("client_cleo"), now=later) == []

    def test_a_recent_response_covers_the_first_period(self, session, personas):
        schedule = service.set_schedule(session, personas.actor("therapist_ana"), personas.client_ben.id, "phq9", 7)
        assert schedule.next_due_at == personas.ben_phq9.completed_at + timedelta(days=7)

    def test_bounds(self, session, personas):
        for days in (0, 91):
            with pytest.raises(InvalidInput):
                service.set_schedule(session, personas.actor("therapist_ana"), personas.client_ben.id, "phq9", days)

    def test_withdrawn_consent_stops_the_requests(self, session, personas):
        ben = personas.actor("client_ben")
        soon = utc_now() + timedelta(days=30)
        assert service.due_instruments(session, ben, now=soon) == [("phq9", "PHQ-9")]
        care_service.withdraw(session, ben, personas.ben_link.id)
        assert service.due_instruments(session, ben, now=soon) == []
