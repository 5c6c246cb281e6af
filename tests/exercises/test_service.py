"""Logging a session (ratings 0–10, before required, after optional only when stopped early, sane
times), who reads the log (the client; therapists under the check-ins consent, audited) and the
routine offered after an anxious check-in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.checkins.models import CheckIn
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.exercises import service
from alongside.exercises.schemas import SessionCreate
from alongside.kit.orm import utc_now
from alongside.privacy.models import AuditEntry
from tests.exercises.conftest import session_json


def create(**changes) -> SessionCreate:
    return SessionCreate.model_validate(session_json(**changes))


class TestValidation:
    @pytest.mark.parametrize("field", ["distress_before", "distress_after"])
    @pytest.mark.parametrize("value", [-1, 11, 3.5, "a lot"])
    def test_ratings_are_whole_numbers_from_0_to_10(self, field, value):
        with pytest.raises(ValidationError):
            create(**{field: value})

    def test_the_ends_of_the_scale_are_fine(self):
        assert create(distress_before=0, distress_after=10).distress_after == 10

    def test_rating_before_is_required(self):
        with pytest.raises(ValidationError):
            create(distress_before=...)
        with pytest.raises(ValidationError):
            create(distress_before=None)

    def test_rating_after_is_required_when_finished(self, personas, session):
        with pytest.raises(InvalidInput) as caught:
            service.log_session(session, personas.actor("client_cleo"), create(distress_after=None))
        assert caught.value.field == "distress_after"

    def test_rating_after_is_optional_when_stopped_early(self, personas, session):
        row = service.log_session(session, personas.actor("client_cleo"), create(distress_after=None, completed=False))
        assert (row.completed, row.distress_before, row.distress_after) == (False, 7, None)

    def test_unknown_routine(self, personas, session):
        with pytest.raises(InvalidInput) as caught:
            service.log_session(session, personas.actor("client_cleo"), create(routine="yoga"))
        assert caught.value.field == "routine"

    @pytest.mark.parametrize(
        ("start", "finish", "field"),
        [
            (timedelta(minutes=-3), timedelta(minutes=10), "finished_at"),  # ends in the future
            (timedelta(hours=-50, minutes=-3), timedelta(hours=-50), "finished_at"),  # logged too late
            (timedelta(minutes=-1), timedelta(minutes=-20), "started_at"),  # ends before it starts
            (timedelta(hours=-4), timedelta(0), "started_at"),  # four hours long
        ],
    )
    def test_times(self, personas, session, start, finish, field):
        """``start`` and ``finish`` are offsets from now."""
        now = utc_now()
        data = create(started_at=(now + start).isoformat(), finished_at=(now + finish).isoformat())
        with pytest.raises(InvalidInput) as caught:
            service.log_session(session, personas.actor("client_cleo"), data, now=now)
        assert caught.value.field == field

    def test_a_naive_time_is_refused(self, personas, session):
        data = create(started_at="2026-01-01T10:00:00", finished_at=None)
        with pytest.raises(InvalidInput):
            service.log_session(session, personas.actor("client_cleo"), data)

    def test_duration_and_default_finish(self, personas, session):
        now = utc_now()
        data = create(started_at=(now - timedelta(minutes=4, seconds=30)).isoformat(), finished_at=None)
        row = service.log_session(session, personas.actor("client_cleo"), data, now=now)
        assert row.finished_at == now and row.duration_seconds == 270

    def test_a_small_clock_skew_is_tolerated(self, personas, session):
        now = utc_now()
        data = create(started_at=(now + timedelta(minutes=1)).isoformat(), finished_at=None)
        row = service.log_session(session, personas.actor("client_cleo"), data, now=now)
        assert row.duration_seconds == 0

    def test_only_clients_log(self, personas, session):
        with pytest.raises(Forbidden):
            service.log_session(session, personas.actor("therapist_ana"), create())


class TestReading:
    def test_own_log_newest_first_with_change_and_audit(self, personas, session):
        cleo = personas.actor("client_cleo")
        now = utc_now()
        for minutes, before, after in ((30, 8, 5), (10, 6, 6)):
            started = now - timedelta(minutes=minutes)
            data = create(distress_before=before, distress_after=after, started_at=started.isoformat())
            service.log_session(session, cleo, data.model_copy(update={"finished_at": started + timedelta(minutes=3)}))
        log = service.own_log(session, cleo, locale="en")
        assert [(s.distress_before, s.distress_after, s.change) for s in log.items] == [(6, 6, 0), (8, 5, -3)]
        assert (log.total, log.rated, log.completed, log.average_change) == (2, 2, 2, -1.5)
        assert log.titles["box"] == "Box breathing"
        assert service.own_log(session, cleo, locale="nl").titles["box"] == "Vierkant ademen"
        viewed = session.scalars(
            select(AuditEntry).where(
                AuditEntry.event == "EXERCISE_SESSIONS_VIEWED", AuditEntry.actor_id == cleo.user_id
            )
        ).all()
        assert len(viewed) == 2 and viewed[0].subject_id == cleo.user_id

    def test_the_write_is_audited(self, personas, session):
        row = service.log_session(session, personas.actor("client_cleo"), create())
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.event == "EXERCISE_SESSION_LOGGED", AuditEntry.object_id == row.id)
        ).one()
        assert entry.subject_id == personas.client_cleo.id and entry.extra == {"routine": "box", "completed": True}

    def test_clients_never_see_each_other(self, personas, session):
        rows, total = service.list_own_sessions(session, personas.actor("client_cleo"))
        assert (rows, total) == ([], 0)
        ben_rows, _ = service.list_own_sessions(session, personas.actor("client_ben"))
        assert [r.id for r in ben_rows] == [personas.ben_exercise.id]

    def test_therapist_reads_under_the_checkins_consent_and_is_audited(self, personas, session):
        ana, ben = personas.actor("therapist_ana"), personas.client_ben
        log = service.client_log(session, ana, ben.id)
        assert [s.id for s in log.items] == [personas.ben_exercise.id]
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.event == "EXERCISE_SESSIONS_VIEWED", AuditEntry.actor_id == ana.user_id)
        ).one()
        assert entry.subject_id == ben.id and entry.extra == {"count": 1}
        care_service.update_consent(
            session, personas.actor("client_ben"), personas.ben_link.id, Consent(journal=True, questionnaires=True)
        )
        with pytest.raises(NotFound):
            service.client_log(session, ana, ben.id)

    def test_outsider_therapist_and_admin_get_404(self, personas, session):
        for who in ("outsider_therapist", "admin_ada"):
            with pytest.raises(NotFound):
                service.list_client_sessions(session, personas.actor(who), personas.client_ben.id)

    def test_clients_cannot_use_the_therapist_read(self, personas, session):
        with pytest.raises(NotFound):
            service.list_client_sessions(session, personas.actor("client_cleo"), personas.client_ben.id)


class TestSuggestion:
    @pytest.mark.parametrize(("anxiety", "offered"), [(None, False), (1, False), (6, False), (7, True), (10, True)])
    def test_offered_from_anxiety_seven(self, anxiety, offered):
        checkin = CheckIn(client_id=1, at=utc_now(), mood=5, anxiety=anxiety)
        suggestion = service.suggest_for_checkin(checkin)
        assert (suggestion is not None) == offered
        if offered:
            assert suggestion.id == "paced" and suggestion.kind == "breathing"

    def test_in_the_clients_language(self):
        checkin = CheckIn(client_id=1, at=utc_now(), mood=5, anxiety=9)
        assert service.suggest_for_checkin(checkin, locale="nl").title == "Rustig ademen: zes keer per minuut"
