"""The outbox: a failing delivery is retried with back-off and stays visible until delivered."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
from sqlalchemy import select

from alongside.config import settings
from alongside.kit.orm import utc_now
from alongside.safety import service
from alongside.safety.models import DeliveryStatus, Notification
from alongside.safety.schemas import PolicyUpdate
from alongside.safety.service import notifications


def email_of(session, alert_id):
    session.flush()
    return session.scalars(
        select(Notification).where(Notification.alert_id == alert_id, Notification.channel == "email")
    ).one()


class TestEmail:
    def test_failed_email_is_retried_and_visible_until_sent(self, session, personas, monkeypatch, as_user):
        # No SMTP configured: the eager job already tried once and failed.
        email = email_of(session, personas.ben_alert.id)
        session.refresh(email)
        assert email.status == DeliveryStatus.RETRYING and email.attempts == 1
        assert "not configured" in email.last_error
        page = as_user(personas.therapist_ana).get(f"/alerts/{personas.ben_alert.id}").text
        assert "not configured" in page
        # Not due yet: nothing happens.
        assert service.deliver_due(session, now=utc_now()) == []
        sent = []
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(notifications, "_send_email", lambda n: sent.append(n.address))
        delivered = service.deliver_due(session, now=utc_now() + timedelta(minutes=2))
        assert [n.id for n in delivered] == [email.id]
        assert email.status == DeliveryStatus.SENT and email.attempts == 2 and sent == ["ana@example.org"]
        assert email.last_error is None

    def test_backoff_grows_and_is_capped(self):
        waits = [notifications.backoff(n) for n in range(1, 12)]
        assert waits == sorted(waits) and waits[0] == timedelta(minutes=1) and waits[-1] == timedelta(hours=1)

    def test_real_smtp_failure_is_kept(self, session, personas, monkeypatch):
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(settings, "smtp_port", 9)  # nothing listens on the discard port here
        monkeypatch.setattr(settings, "smtp_timeout", 2.0)
        email = email_of(session, personas.ben_alert.id)
        service.deliver_notification(session, email.id, now=utc_now())
        assert email.status == DeliveryStatus.RETRYING and "e-mail failed" in email.last_error


class TestWebhook:
    def test_signed_webhook_with_no_clinical_text(self, session, personas, monkeypatch):
        service.update_policy(
            session,
            personas.actor("admin_ada"),
            PolicyUpdate(
                webhook_url="https://hooks.example.org/alongside", webhook_secret="s" * 20, email_enabled=False
            ),
        )
        service.resolve_alert(session, personas.actor("therapist_ana"), personas.ben_alert.id, "ok")
        calls = []

        def fake_post(url, content, headers, timeout):  # noqa: ANN001
            calls.append((url, content, headers))
            return httpx.Response(500 if len(calls) == 1 else 200)

        monkeypatch.setattr(notifications.httpx, "post", fake_post)
        client = personas.client_ben
        alert = service.raise_alert(
            session,
            client.id,
            client.organisation_id,
            "high",
            source="journal",
            source_id=None,
            codes=["plan"],
            evidence=["secret words"],
        )
        session.commit()  # the delivery job runs after commit
        hook = session.scalars(
            select(Notification).where(Notification.alert_id == alert.id, Notification.channel == "webhook")
        ).one()
        session.refresh(hook)
        assert hook.status == DeliveryStatus.RETRYING and "500" in hook.last_error
        service.deliver_due(session, now=utc_now() + timedelta(minutes=5))
        assert hook.status == DeliveryStatus.SENT
        url, body, headers = calls[-1]
        assert url == "https://hooks.example.org/alongside"
        assert headers["X-Alongside-Signature"] == notifications.sign("s" * 20, body)
        payload = json.loads(body)
        assert payload["level"] == "high" and "secret words" not in body.decode()


def _notifications(session, recipient_id, subject_part):
    where = (Notification.recipient_id == recipient_id, Notification.subject.contains(subject_part))
    return session.scalars(select(Notification).where(*where)).all()


class TestContactRequest:
    def test_contact_my_therapist(self, personas, as_user, session):
        ben = as_user(personas.client_ben)
        response = ben.post("/contact-therapist", follow_redirects=False)
        assert response.headers["location"] == "/help?contacted=1"
        session.flush()
        rows = _notifications(session, personas.therapist_ana.id, "get in touch")
        assert {n.channel for n in rows} == {"in_app", "email"}


class TestContactRequestWithoutATherapist:
    """A client on the waiting list has no therapist: "contact me" reaches the on-call clinician, who
    also receives their alerts; without one, the help page offers no button that reaches nobody."""

    def _waiting(self, session, personas):
        from alongside.accounts.models import Role
        from tests.personas import make_user

        user = make_user(session, personas.client_ben.organisation_id, "Wanda", Role.CLIENT)
        session.commit()
        return user

    def test_on_call_clinician_is_asked(self, personas, as_user, session):
        from alongside.accounts.actor import Actor
        from alongside.safety import service as safety_service
        from alongside.safety.schemas import PolicyUpdate

        safety_service.update_policy(
            session, Actor.of(personas.admin_ada), PolicyUpdate(on_call_clinician_id=personas.therapist_ana.id)
        )
        waiting = self._waiting(session, personas)
        wanda = as_user(waiting)
        page = wanda.get("/help")
        assert "Ask the intake team to contact me" in page.text and "Ask my therapist" not in page.text
        response = wanda.post("/contact-therapist", follow_redirects=False)
        assert response.headers["location"] == "/help?contacted=1"
        session.flush()
        rows = _notifications(session, personas.therapist_ana.id, "Wanda")
        assert {n.channel for n in rows} == {"in_app", "email"}
        assert "The intake team has been asked" in wanda.get("/help?contacted=1").text

    def test_without_an_on_call_clinician_no_button_reaches_nobody(self, personas, as_user, session):
        wanda = as_user(self._waiting(session, personas))
        page = wanda.get("/help")
        assert 'action="/contact-therapist"' not in page.text
        assert "You have no therapist in Alongside yet" in page.text and "tel:113" in page.text
        # the therapist's own client still has the button
        assert 'action="/contact-therapist"' in as_user(personas.client_ben).get("/help").text
