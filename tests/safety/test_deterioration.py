from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from alongside.checkins.models import CheckIn
from alongside.kit.orm import utc_now
from alongside.safety import service
from alongside.safety.models import Alert, AlertSignal


def add_moods(session, client_id, start, days, mood):
    for d in range(days):
        session.add(CheckIn(client_id=client_id, at=start + timedelta(days=d, hours=12), mood=mood))
    session.flush()


def signal_codes(session, client_id):
    session.flush()
    rows = session.scalars(select(AlertSignal.codes).join(Alert).where(Alert.client_id == client_id)).all()
    return [code for codes in rows for code in codes]


class TestReliableChange:
    def test_thresholds(self):
        assert service.reliable_deterioration("phq9", 8, 14)
        assert not service.reliable_deterioration("phq9", 8, 13)
        assert service.reliable_deterioration("gad7", 5, 9)
        assert not service.reliable_deterioration("gad7", 5, 8)

    def test_questionnaire_change_raises_moderate(self, session, personas):
        client = personas.client_cleo
        alert = service.check_questionnaire_change(session, client.id, client.organisation_id, "phq9", 7, 15)
        assert alert.level == "moderate" and "phq9_reliable_deterioration" in signal_codes(session, client.id)
        assert service.check_questionnaire_change(session, client.id, client.organisation_id, "gad7", 7, 9) is None

    def test_phq9_item9_always_goes_to_safety(self, session, personas):
        client = personas.client_cleo
        assert service.screen_phq9_item9(session, client.id, client.organisation_id, 0) is None
        assert service.screen_phq9_item9(session, client.id, client.organisation_id, 1).level == "moderate"


class TestMoodDrop:
    def test_drop_of_two_points_raises_an_alert_once(self, session, personas):
        client = personas.client_cleo
        now = utc_now()
        add_moods(session, client.id, now - timedelta(days=35), 28, 7)
        add_moods(session, client.id, now - timedelta(days=7), 6, 4)
        assert service.check_mood_drop(session, client.id, client.organisation_id, now=now) is not None
        assert service.check_mood_drop(session, client.id, client.organisation_id, now=now) is None
        assert signal_codes(session, client.id).count("mood_drop") == 1

    def test_small_drop_or_too_little_data_raises_nothing(self, session, personas):
        client = personas.client_cleo
        now = utc_now()
        add_moods(session, client.id, now - timedelta(days=35), 28, 6)
        add_moods(session, client.id, now - timedelta(days=7), 6, 5)
        assert service.check_mood_drop(session, client.id, client.organisation_id, now=now) is None
        from alongside.safety.service.deterioration import mood_drop

        assert mood_drop([3, 3], [7] * 20) is None


class TestSilence:
    def test_no_checkin_for_n_days_after_a_risk_alert(self, session, personas):
        now = utc_now()
        ben = personas.client_ben
        personas.ben_alert.created_at = now - timedelta(days=5)
        personas.ben_checkin.at = now - timedelta(days=4)
        raised = service.check_silence(session, now=now)
        assert [a.client_id for a in raised] == [ben.id]
        assert service.check_silence(session, now=now) == []  # not twice

    def test_recent_checkin_means_no_silence_alert(self, session, personas):
        now = utc_now()
        personas.ben_alert.created_at = now - timedelta(days=5)
        personas.ben_checkin.at = now - timedelta(days=1)
        assert service.check_silence(session, now=now) == []
