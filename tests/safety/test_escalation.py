"""Deadlines by level and escalation with a controllable clock: therapist → backup → admins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from alongside.accounts.models import Role
from alongside.safety import service
from alongside.safety.models import AlertStatus, EscalationPolicy, Notification
from alongside.safety.schemas import PolicyUpdate
from tests.personas import make_user

MONDAY_10 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
FRIDAY_16 = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def recipients(session, alert_id):
    session.flush()
    rows = session.scalars(
        select(Notification).where(Notification.alert_id == alert_id, Notification.channel == "in_app")
    ).all()
    return [n.recipient_id for n in rows]


class TestDeadlines:
    policy = EscalationPolicy(imminent_minutes=15, high_minutes=240, moderate_hour=17)

    def test_imminent_and_high(self):
        assert service.deadline_for("imminent", MONDAY_10, self.policy, "Europe/Amsterdam") == MONDAY_10 + timedelta(
            minutes=15
        )
        assert service.deadline_for("high", MONDAY_10, self.policy, "Europe/Amsterdam") == MONDAY_10 + timedelta(
            hours=4
        )

    def test_moderate_is_the_end_of_the_next_working_day(self):
        monday = service.deadline_for("moderate", MONDAY_10, self.policy, "Europe/Amsterdam")
        assert monday == datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 17:00 Amsterdam
        friday = service.deadline_for("moderate", FRIDAY_16, self.policy, "Europe/Amsterdam")
        assert friday == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # over the weekend to Monday


class TestEscalation:
    def test_unacknowledged_alert_goes_to_backup_then_admin_and_never_closes(self, session, personas):
        backup = make_user(session, personas.client_ben.organisation_id, "Bea", Role.THERAPIST)
        service.update_policy(session, personas.actor("admin_ada"), PolicyUpdate(backup_clinician_id=backup.id))
        service.resolve_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id, "done")
        client = personas.client_ben
        alert = service.raise_alert(
            session,
            client.id,
            client.organisation_id,
            "imminent",
            source="journal",
            source_id=None,
            codes=["plan"],
            evidence=["x"],
            now=MONDAY_10,
        )
        assert recipients(session, alert.id) == [personas.therapist_ana.id]
        assert service.escalate_overdue(session, now=MONDAY_10 + timedelta(minutes=14)) == []
        service.escalate_overdue(session, now=MONDAY_10 + timedelta(minutes=16))
        assert alert.stage == 1 and recipients(session, alert.id)[-1] == backup.id
        service.escalate_overdue(session, now=MONDAY_10 + timedelta(minutes=32))
        assert alert.stage == 2 and recipients(session, alert.id)[-1] == personas.admin_ada.id
        service.escalate_overdue(session, now=MONDAY_10 + timedelta(hours=5))
        assert alert.status == AlertStatus.OPEN  # nothing closes by itself
        assert recipients(session, alert.id).count(personas.admin_ada.id) == 2

    def test_acknowledged_alert_is_not_escalated(self, session, personas):
        alert = personas.ben_alert
        service.acknowledge_alert(session, personas.actor("therapist_ana"), alert.id)
        assert service.escalate_overdue(session, now=alert.deadline_at + timedelta(days=3)) == []

    def test_client_without_therapist_goes_to_backup_or_admins(self, session, personas):
        org_id = personas.client_ben.organisation_id
        lonely = make_user(session, org_id, "Lou", Role.CLIENT)
        alert = service.raise_alert(
            session, lonely.id, org_id, "high", source="journal", source_id=None, codes=["plan"], evidence=["x"]
        )
        assert recipients(session, alert.id) == [personas.admin_ada.id]

    def test_backup_clinician_can_open_escalated_alert(self, session, personas):
        backup = make_user(session, personas.client_ben.organisation_id, "Bea", Role.THERAPIST)
        service.update_policy(session, personas.actor("admin_ada"), PolicyUpdate(backup_clinician_id=backup.id))
        from alongside.accounts.actor import Actor

        alert = personas.ben_alert
        alert.stage = 1
        assert service.access_alert(session, Actor.of(backup), alert.id).id == alert.id

    def test_policy_is_per_organisation_and_admin_only(self, personas, as_user):
        admin = as_user(personas.admin_ada)
        assert admin.put("/api/admin/escalation-policy", json={"high_minutes": 60}).json()["high_minutes"] == 60
        assert admin.put("/api/admin/escalation-policy", json={"high_minutes": 1}).status_code == 422
        assert as_user(personas.therapist_ana).get("/api/admin/escalation-policy").status_code == 404
        page = admin.post(
            "/admin/safety/policy",
            data={
                "imminent_minutes": "10",
                "high_minutes": "120",
                "moderate_hour": "17",
                "alert_from_level": "moderate",
                "silence_days": "3",
                "backup_clinician_id": "",
            },
            follow_redirects=False,
        )
        assert page.status_code == 303
        assert admin.get("/api/admin/escalation-policy").json()["imminent_minutes"] == 10


def test_periodic_jobs_are_registered():
    from alongside import worker

    names = worker.registered()
    assert {
        "safety.deliver_notification",
        "safety.escalate_overdue_alerts",
        "safety.check_silence",
        "safety.deliver_due_notifications",
    } <= names.keys()


def test_scheduler_runs_due_jobs(monkeypatch):
    from alongside import worker

    ran = []
    monkeypatch.setattr(worker, "dispatch", lambda job: ran.append(job.name))
    scheduler = worker.Scheduler()
    worker.registered()
    assert set(scheduler.run_due(now=1000.0)) >= {"safety.escalate_overdue_alerts"}
    ran.clear()
    assert scheduler.run_due(now=1001.0) == []
    assert "safety.escalate_overdue_alerts" in scheduler.run_due(now=1031.0)
