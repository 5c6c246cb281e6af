"""The companion as a client and a therapist use it: the chat page, sending (htmx and plain form),
risk alerts raised through safety, encryption at rest, memory, and the therapist's consented view."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from alongside.care.schemas import Consent
from alongside.companion.models import Conversation, Memory, Message
from alongside.privacy.models import AuditEntry
from alongside.safety.models import Alert, AlertSignal

HTMX = {"HX-Request": "true"}


def _messages(session, client_id):
    session.expire_all()
    return list(session.scalars(select(Message).where(Message.client_id == client_id).order_by(Message.id)))


class TestChatPage:
    def test_page_has_help_now_and_says_it_is_an_ai(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/companion")
        assert page.status_code == 200
        assert 'href="/help"' in page.text and "I need help now" in page.text
        assert "an AI, not a person" in page.text and 'for="chat-text"' in page.text

    def test_htmx_send_returns_both_bubbles_and_stores_encrypted(self, personas, as_user, session):
        ben = as_user(personas.client_cleo)  # Cleo has not talked with the companion yet
        r = ben.post("/companion/messages", data={"text": "I'm so stressed about my exams"}, headers=HTMX)
        assert r.status_code == 200
        assert "bubble-you" in r.text and "bubble-companion" in r.text and "stressed about your exams" in r.text
        rows = _messages(session, personas.client_cleo.id)
        assert [m.role for m in rows] == ["user", "assistant"]
        assert rows[1].stance == "reflective_listening" and rows[0].risk_level in ("none", "low")
        raw = session.execute(text("SELECT content FROM companion_messages WHERE id = :i"), {"i": rows[0].id}).scalar()
        assert "stressed" not in raw  # encrypted at rest

    def test_plain_form_redirects_back_and_empty_message_is_refused(self, personas, as_user, session):
        ben = as_user(personas.client_cleo)
        r = ben.post("/companion/messages", data={"text": "hello"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/companion#m")
        page = ben.get("/companion")
        assert "hello" in page.text and "Companion (AI)" in page.text
        bad = ben.post("/companion/messages", data={"text": "   "})
        assert bad.status_code == 422 and "field-error" in bad.text
        assert len(_messages(session, personas.client_cleo.id)) == 2

    def test_crisis_message_alerts_the_care_team_and_shows_lines(self, personas, as_user, session):
        ben = as_user(personas.client_cleo)
        r = ben.post("/companion/messages", data={"text": "I'm going to kill myself tonight"}, headers=HTMX)
        assert r.status_code == 200
        assert "crisis-box" in r.text and "tel:113" in r.text and "/safety-plan" in r.text
        session.expire_all()
        signal = session.scalars(select(AlertSignal).where(AlertSignal.source == "companion")).one()
        alert = session.get(Alert, signal.alert_id)
        assert alert.client_id == personas.client_cleo.id and alert.level == "imminent"
        reply = _messages(session, personas.client_cleo.id)[-1]
        assert reply.responder == "reviewed" and reply.stance == "crisis"

    def test_first_use_introduces_later_conversations_do_not(self, personas, as_user, session):
        ben = as_user(personas.client_cleo)
        first = ben.post("/api/companion/messages", json={"text": "hi"}).json()
        assert "AI" in first["answer"]["reply"] and "care team" in first["answer"]["reply"]
        conversation = session.get(Conversation, _messages(session, personas.client_cleo.id)[0].conversation_id)
        from datetime import timedelta

        conversation.last_message_at -= timedelta(hours=7)
        session.commit()
        later = ben.post("/api/companion/messages", json={"text": "hi"}).json()
        assert "care team" not in later["answer"]["reply"]
        assert len({m.conversation_id for m in _messages(session, personas.client_cleo.id)}) == 2


class TestApi:
    def test_send_and_read(self, personas, as_user):
        ben = as_user(personas.client_cleo)
        r = ben.post("/api/companion/messages", json={"text": "Can I double my sertraline?"})
        assert r.status_code == 201
        body = r.json()
        assert body["answer"]["stance"] == "boundary" and "prescriber" in body["answer"]["reply"]
        assert body["answer"]["safety"] == {"level": "none", "actions": []}
        history = ben.get("/api/companion/messages").json()
        assert [m["role"] for m in history["messages"]] == ["user", "assistant"]

    def test_field_is_named_on_bad_input(self, personas, as_user):
        r = as_user(personas.client_cleo).post("/api/companion/messages", json={"text": ""})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "text"

    def test_therapists_cannot_talk_to_the_companion(self, personas, as_user):
        answer = as_user(personas.therapist_ana).post("/api/companion/messages", json={"text": "hi"})
        assert answer.status_code in (403, 404)


class TestMemory:
    def test_memory_is_built_read_and_deleted(self, personas, as_user, session):
        ben = as_user(personas.client_cleo)
        for text_ in ["I'm anxious about work", "My boss is on my back at work again"]:
            ben.post("/api/companion/messages", json={"text": text_})
        memory = ben.get("/api/companion/memory").json()
        assert "topic:work" in memory["themes"] and "feeling:anxious" in memory["themes"]
        page = ben.get("/companion/memory")
        assert "work" in page.text and "anxiety" in page.text
        assert ben.delete("/api/companion/memory").status_code == 204
        assert ben.get("/api/companion/memory").json()["themes"] == []
        ben.post("/api/companion/messages", json={"text": "Slept badly"})
        assert "topic:work" not in ben.get("/api/companion/memory").json()["themes"]  # only newer messages
        events = set(session.scalars(select(AuditEntry.event).where(AuditEntry.subject_id == personas.client_cleo.id)))
        assert {"COMPANION_MEMORY_VIEWED", "COMPANION_MEMORY_DELETED", "COMPANION_MESSAGE_SENT"} <= events
        assert session.scalars(select(Memory).where(Memory.client_id == personas.client_cleo.id)).one().cleared_at


class TestTherapistView:
    @pytest.fixture
    def chat(self, personas, as_user):
        as_user(personas.client_cleo).post("/api/companion/messages", json={"text": "Cleo companion marker text"})

    def test_only_with_consent_and_audited(self, personas, as_user, session, chat):
        otto = as_user(personas.outsider_therapist)
        assert otto.get(f"/api/clients/{personas.client_cleo.id}/companion").status_code == 404
        assert otto.get(f"/clients/{personas.client_cleo.id}/companion").status_code == 404
        from alongside.accounts.actor import Actor
        from alongside.care import service as care_service

        cleo = Actor.of(personas.client_cleo)
        link = care_service.list_care_team(session, cleo)[0]
        care_service.update_consent(session, cleo, link.id, Consent(checkins=True, journal=True, companion=True))
        session.commit()
        api = otto.get(f"/api/clients/{personas.client_cleo.id}/companion")
        assert api.status_code == 200 and "Cleo companion marker text" in api.text
        assert "Cleo companion marker text" in otto.get(f"/clients/{personas.client_cleo.id}/companion").text
        viewed = session.scalars(
            select(AuditEntry).where(
                AuditEntry.event == "COMPANION_VIEWED", AuditEntry.actor_id == personas.outsider_therapist.id
            )
        ).all()
        assert len(viewed) == 2
        ana = as_user(personas.therapist_ana)  # Ben's therapist, not Cleo's
        assert ana.get(f"/api/clients/{personas.client_cleo.id}/companion").status_code == 404


class TestContactLinkWithoutATherapist:
    """The link beside a reply that suggests contact: "ask my therapist" only for a client who has one."""

    def test_client_with_a_therapist_is_offered_to_ask_them(self, personas, as_user):
        r = as_user(personas.client_cleo).post(
            "/companion/messages", data={"text": "I want to die, I can't do this anymore"}, headers=HTMX
        )
        assert r.status_code == 200 and "Ask my therapist to contact me" in r.text

    def test_waiting_list_client_is_not_promised_a_therapist(self, personas, as_user, session):
        from alongside.accounts.models import Role
        from tests.personas import make_user

        waiting = make_user(session, personas.client_cleo.organisation_id, "Wanda", Role.CLIENT)
        session.commit()
        r = as_user(waiting).post(
            "/companion/messages", data={"text": "I want to die, I can't do this anymore"}, headers=HTMX
        )
        assert r.status_code == 200 and "bubble-companion" in r.text
        assert "Who I can reach now" in r.text and 'href="/help#contact-heading"' in r.text
        assert "Ask my therapist" not in r.text and "your therapist" not in r.text
