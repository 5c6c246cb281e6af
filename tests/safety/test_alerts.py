"""End to end: a risky client text gives the therapist an alert and the client their crisis lines;
new signals update the open alert; acknowledging and resolving are a person's acts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alongside.errors import Conflict, NotFound
from alongside.journal import service as journal_service
from alongside.journal.schemas import EntryCreate
from alongside.safety import service
from alongside.safety.models import Alert, AlertStatus, Notification

HIGH_RISK = "I have decided. I bought the pills yesterday and I will take them all tonight."


def alerts_for(session, client_id):
    session.flush()
    return list(session.scalars(select(Alert).where(Alert.client_id == client_id)))


class TestEndToEnd:
    def test_risky_journal_entry_alerts_the_therapist_and_shows_the_client_crisis_lines(
        self, session, personas, as_user
    ):
        ben, ana = as_user(personas.client_ben), as_user(personas.therapist_ana)
        # Resolve the fixture's alert first, so this entry opens a fresh one.
        service.resolve_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id, "Talked it through.")
        session.commit()
        response = ben.post("/journal/new", data={"body": HIGH_RISK}, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/help?crisis=1"
        crisis = ben.get(response.headers["location"])
        assert "113" in crisis.text and "0800-0113" in crisis.text  # Ben's organisation is Dutch
        assert "Ask my therapist to contact me" in crisis.text
        alerts = ana.get("/api/alerts").json()
        assert [a["level"] for a in alerts] in (["imminent"], ["high"])
        detail = ana.get(f"/api/alerts/{alerts[0]['id']}").json()
        assert any("pills" in sentence for s in detail["signals"] for sentence in (s["evidence"] or []))
        assert {n["channel"] for n in detail["notifications"]} >= {"in_app", "email"}
        assert "Alerts" in ana.get("/caseload").text

    def test_everyday_text_raises_nothing(self, session, personas, as_user):
        before = len(alerts_for(session, personas.client_ben.id))
        ben = as_user(personas.client_ben)
        response = ben.post(
            "/journal/new", data={"body": "This deadline is killing me, but the team is great."}, follow_redirects=False
        )
        assert response.headers["location"].startswith("/journal/")
        assert len(alerts_for(session, personas.client_ben.id)) == before

    def test_checkin_note_is_screened(self, session, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post("/checkins", data={"mood": "2", "note": HIGH_RISK}, headers={"HX-Request": "true"})
        assert response.headers.get("HX-Redirect") == "/help?crisis=1"
        alert = alerts_for(session, personas.client_ben.id)[0]
        session.refresh(alert)
        assert alert.level in ("high", "imminent")

    def test_dutch_risk_in_a_journal_entry(self, session, personas):
        service.resolve_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id, "ok")
        entry = journal_service.create_entry(
            session,
            personas.actor("client_ben"),
            EntryCreate(body="Ik heb de pillen al klaargelegd. Vannacht neem ik ze allemaal in."),
        )
        assert entry.risk_level in ("high", "imminent")
        open_alerts = [a for a in alerts_for(session, personas.client_ben.id) if a.status == AlertStatus.OPEN]
        assert len(open_alerts) == 1


class TestDeduplication:
    def test_new_signals_update_the_open_alert(self, session, personas):
        client = personas.client_ben
        first = service.raise_alert(
            session,
            client.id,
            client.organisation_id,
            "moderate",
            source="journal",
            source_id=None,
            codes=["hopelessness"],
            evidence=["a"],
        )
        again = service.raise_alert(
            session,
            client.id,
            client.organisation_id,
            "moderate",
            source="checkin",
            source_id=None,
            codes=["hopelessness"],
            evidence=["b"],
        )
        assert first.id == again.id == personas.ben_alert.id
        session.flush()
        emails = session.scalars(
            select(Notification).where(Notification.alert_id == first.id, Notification.channel == "email")
        ).all()
        assert len(emails) == 1  # only the alert's first raise notified

    def test_a_worse_signal_raises_level_shortens_deadline_and_notifies_again(self, session, personas):
        client = personas.client_ben
        alert = personas.ben_alert
        service.acknowledge_alert(session, personas.actor("therapist_ana"), alert.id)
        old_deadline = alert.deadline_at
        service.raise_alert(
            session,
            client.id,
            client.organisation_id,
            "imminent",
            source="journal",
            source_id=None,
            codes=["plan", "timeline"],
            evidence=["tonight"],
        )
        assert alert.level == "imminent" and alert.status == AlertStatus.OPEN
        assert alert.deadline_at < old_deadline
        session.flush()
        assert (
            len(
                session.scalars(
                    select(Notification).where(Notification.alert_id == alert.id, Notification.channel == "email")
                ).all()
            )
            == 2
        )


class TestAcknowledgeAndResolve:
    def test_acknowledge_records_who_and_when(self, session, personas):
        alert = service.acknowledge_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id)
        assert alert.status == AlertStatus.ACKNOWLEDGED and alert.acknowledged_by_id == personas.therapist_ana.id
        with pytest.raises(Conflict):
            service.acknowledge_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id)

    def test_resolve_needs_an_outcome_note_and_stays_resolved(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        bad = ana.post(f"/alerts/{personas.ben_alert.id}/resolve", data={"outcome_note": ""})
        assert bad.status_code == 422 and 'id="outcome_note-error"' in bad.text
        ok = ana.post(
            f"/alerts/{personas.ben_alert.id}/resolve", data={"outcome_note": "Phoned; safe."}, follow_redirects=False
        )
        assert ok.status_code == 303
        page = ana.get(f"/alerts/{personas.ben_alert.id}").text
        assert "Phoned; safe." in page and "Acknowledge" not in page

    def test_admin_sees_the_alert_but_not_the_words(self, personas, as_user):
        admin = as_user(personas.admin_ada)
        detail = admin.get(f"/api/alerts/{personas.ben_alert.id}").json()
        assert detail["level"] == "moderate"
        assert all(s["evidence"] is None for s in detail["signals"])
        assert admin.post(f"/api/alerts/{personas.ben_alert.id}/resolve", json={"outcome_note": "x"}).status_code == 404

    def test_outsider_therapist_cannot_see_it(self, session, personas):
        with pytest.raises(NotFound):
            service.access_alert(session, personas.actor("outsider_therapist"), personas.ben_alert.id)
