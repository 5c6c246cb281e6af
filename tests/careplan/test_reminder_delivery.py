"""Reminder deliveries: e-mail through the shared SMTP client, retried only inside the expiry window;
web push encrypted by pywebpush to a push service running here (decrypted back with the browser's
keys), with the TTL of the time left; a gone subscription is dropped; no VAPID keys, no web push."""

from __future__ import annotations

import base64
import json
import os
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import http_ece
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import SecretStr

from alongside.careplan import service
from alongside.careplan.models import PushSubscription, ReminderDeliveryStatus
from alongside.careplan.repository import PushSubscriptionRepository
from alongside.careplan.schemas import HomeworkCreate, PushSubscriptionCreate, ReminderPreferencesUpdate
from alongside.config import settings
from alongside.errors import Conflict
from alongside.kit import mail
from tests.careplan.conftest import deliveries, occurrences

NOON = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # Monday 12:00 CEST
AT_ONE = NOON + timedelta(hours=1)


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@pytest.fixture
def vapid(monkeypatch):
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    monkeypatch.setattr(
        settings, "vapid_private_key", SecretStr(b64url(key.private_numbers().private_value.to_bytes(32, "big")))
    )
    monkeypatch.setattr(settings, "vapid_public_key", b64url(public))
    monkeypatch.setattr(settings, "vapid_subject", "mailto:care@example.org")
    return b64url(public)


class PushService:
    """A push service on 127.0.0.1 that keeps what it is sent and answers with ``status``."""

    def __init__(self) -> None:
        self.received: list[tuple[dict, bytes]] = []
        self.status = 201
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((dict(self.headers), body))
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/push/device-1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> PushService:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def browser_keys():
    """What a browser makes when it subscribes: an ECDH key pair and a 16-byte auth secret."""
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    return key, b64url(public), os.urandom(16)


def dispatch(session, time_machine, at: datetime) -> None:  # noqa: ANN001
    """The dispatch job at ``at``; its delivery jobs run after the commit, on the same clock."""
    time_machine.move_to(at, tick=False)
    service.dispatch_due(session, now=at)
    session.commit()


def subscribe(session, personas, endpoint: str, keys) -> PushSubscription:  # noqa: ANN001
    """Stored as the API would store it (the API itself insists on https:// endpoints)."""
    _, p256dh, auth = keys
    row = PushSubscriptionRepository(session).add(
        PushSubscription(client_id=personas.client_cleo.id, endpoint=endpoint, p256dh=p256dh, auth=b64url(auth))
    )
    session.flush()
    return row


class TestWebPush:
    def test_a_real_encrypted_push_with_ttl_and_no_clinical_text(
        self, session, personas, cleo, otto, add_rule, vapid, browser_keys, time_machine
    ):
        walk = service.create_homework(
            session,
            otto,
            personas.client_cleo.id,
            HomeworkCreate(title="Exposure: the crowded train", kind="other", schedule="daily", start_date=NOON.date()),
            now=NOON,
        )
        add_rule(NOON, kind="homework", homework_id=walk.id, times=["13:00"], expiry_minutes=60)
        with PushService() as push:
            subscribe(session, personas, push.url, browser_keys)
            dispatch(session, time_machine, AT_ONE + timedelta(minutes=15))
            [delivery] = deliveries(session)
            assert delivery.status == ReminderDeliveryStatus.SENT, delivery.last_error
            [(headers, body)] = push.received
        headers = {name.lower(): value for name, value in headers.items()}
        assert headers["ttl"] == str(45 * 60)  # until it expires: a push held back comes never, not late
        assert headers["content-encoding"] == "aes128gcm" and headers["authorization"].startswith("vapid t=")
        key, _, auth = browser_keys
        payload = json.loads(http_ece.decrypt(body, private_key=key, auth_secret=auth, version="aes128gcm"))
        [row] = occurrences(session, personas.client_cleo.id)[:1]
        assert payload == {
            "title": "Alongside",
            "body": "A reminder for your homework.",
            "url": f"/reminders/{row.id}/open",
            "tag": f"reminder-{row.id}",
        }
        assert "crowded train" not in json.dumps(payload)
        assert row.channels == "in_app,push"

    def test_a_gone_subscription_is_dropped_and_not_retried(
        self, session, personas, add_rule, vapid, browser_keys, time_machine
    ):
        add_rule(NOON, times=["13:00"])
        with PushService() as push:
            push.status = 410
            subscribe(session, personas, push.url, browser_keys)
            dispatch(session, time_machine, AT_ONE)
        [delivery] = deliveries(session)
        assert delivery.status == ReminderDeliveryStatus.FAILED and "410" in delivery.last_error
        assert PushSubscriptionRepository(session).for_client(personas.client_cleo.id) == []

    def test_without_vapid_keys_web_push_is_off(self, session, personas, cleo, add_rule, browser_keys):
        assert settings.vapid_private_key is None
        subscribe(session, personas, "https://push.example.org/x", browser_keys)
        add_rule(NOON, times=["13:00"])
        service.dispatch_due(session, now=AT_ONE)
        assert deliveries(session) == []
        assert occurrences(session, personas.client_cleo.id)[0].channels == "in_app"
        data = PushSubscriptionCreate(
            endpoint="https://push.example.org/y", keys={"p256dh": "a" * 20, "auth": "b" * 20}
        )
        with pytest.raises(Conflict):
            service.add_push_subscription(session, cleo, data)

    def test_subscribing_again_or_from_another_account(self, session, personas, cleo, vapid):
        data = PushSubscriptionCreate(
            endpoint="https://push.example.org/z", keys={"p256dh": "a" * 20, "auth": "b" * 20}
        )
        assert service.add_push_subscription(session, cleo, data) == 1
        assert service.add_push_subscription(session, cleo, data) == 1
        ben = personas.actor("client_ben")
        assert service.add_push_subscription(session, ben, data) == 1  # the shared browser is Ben's now
        assert PushSubscriptionRepository(session).for_client(personas.client_cleo.id) == []
        assert service.remove_push_subscription(session, ben, data.endpoint) == 0


class TestEmail:
    def test_failures_are_retried_inside_the_window_then_dropped(
        self, session, personas, cleo, add_rule, monkeypatch, time_machine
    ):
        service.update_preferences(session, cleo, ReminderPreferencesUpdate(email=True), now=NOON)
        add_rule(NOON, times=["13:00"], expiry_minutes=10)
        tries: list[datetime] = []

        def down(to: str, subject: str, body: str) -> None:
            tries.append(datetime.now(UTC))
            raise mail.MailError("e-mail failed: connection refused")

        monkeypatch.setattr(mail, "send_email", down)
        dispatch(session, time_machine, AT_ONE)  # the first try, then again 1, 2 and 4 minutes later
        [delivery] = deliveries(session)
        assert delivery.status == ReminderDeliveryStatus.PENDING and delivery.attempts == 1
        assert delivery.next_attempt_at == AT_ONE + timedelta(minutes=1)
        dispatch(session, time_machine, AT_ONE + timedelta(seconds=30))  # not due yet
        assert deliveries(session)[0].attempts == 1
        for minutes in (1, 3, 7):
            dispatch(session, time_machine, AT_ONE + timedelta(minutes=minutes))
        assert tries == [AT_ONE + timedelta(minutes=m) for m in (0, 1, 3, 7)]
        [delivery] = deliveries(session)
        # At 13:07 the next try would be 13:15, past the reminder's 13:10: given up, never sent late.
        assert delivery.status == ReminderDeliveryStatus.FAILED and delivery.attempts == 4
        assert "connection refused" in delivery.last_error

    def test_the_email_says_only_that_there_is_a_reminder(
        self, session, personas, cleo, add_rule, monkeypatch, time_machine
    ):
        service.update_preferences(session, cleo, ReminderPreferencesUpdate(email=True), now=NOON)
        add_rule(NOON, kind="questionnaire", instrument="phq9", times=["13:00"])
        sent = []
        monkeypatch.setattr(mail, "send_email", lambda to, subject, body: sent.append((to, subject, body)))
        row = occurrences(session, personas.client_cleo.id)[0]
        monkeypatch.setattr(service.reminder_dispatch, "not_needed", lambda *a: None)  # as if PHQ-9 were due
        dispatch(session, time_machine, AT_ONE)
        [(to, subject, body)] = sent
        assert to == "cleo@example.org" and subject == "Alongside: a reminder"
        assert f"http://127.0.0.1:8000/reminders/{row.id}/open" in body
        assert "PHQ" not in body and "contains no clinical details" in body

    def test_dutch_for_a_dutch_client(self, session, personas, cleo, add_rule, monkeypatch, time_machine):
        personas.client_cleo.locale = "nl"
        service.update_preferences(session, cleo, ReminderPreferencesUpdate(email=True), now=NOON)
        add_rule(NOON, times=["13:00"])
        sent = []
        monkeypatch.setattr(mail, "send_email", lambda to, subject, body: sent.append((subject, body)))
        dispatch(session, time_machine, AT_ONE)
        [(subject, body)] = sent
        assert subject == "Alongside: een herinnering" and "Tijd om in te checken" in body

    def test_not_sent_once_answered_or_expired(self, session, personas, cleo, add_rule, monkeypatch):
        service.update_preferences(session, cleo, ReminderPreferencesUpdate(email=True), now=NOON)
        add_rule(NOON, times=["13:00"])
        service.dispatch_due(session, now=AT_ONE)  # not committed: its delivery job has not run
        [delivery] = deliveries(session)
        service.record_reminder_answered(session, personas.client_cleo.id, "checkin", now=AT_ONE)
        assert service.claim_delivery(session, delivery.id, now=AT_ONE + timedelta(minutes=1))
        service.send_delivery(session, delivery.id, now=AT_ONE + timedelta(minutes=1))
        assert delivery.status == ReminderDeliveryStatus.EXPIRED and "done" in delivery.last_error
