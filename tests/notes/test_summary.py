"""The between-session summary: its periods, each domain's facts within the client's consent, every
number linked to its data and backed by its evidence, and the plain-text copy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import CheckInCreate
from alongside.companion import service as companion_service
from alongside.companion.schemas import MessageCreate
from alongside.errors import NotFound
from alongside.kit.orm import utc_now
from alongside.notes import service
from alongside.notes.schemas import SessionCreate
from alongside.notes.service import facts, reads, verify
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ResponseCreate

PHQ9_20 = {1: 3, 2: 3, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2}  # 20, severe (item 9 > 0 goes to safety)


def texts(summary, key: str) -> list[str]:
    return [fact.text for fact in summary.section(key).facts]


@pytest.fixture
def history(session, personas, ana):
    """Held sessions 21 and 7 days ago; mood 7 and a PHQ-9 of 20 in the period before, Ben's personas
    data (mood 4, PHQ-9 13, box breathing 9 → 3, a walk, a shared entry about his sister) in this one."""
    ben = personas.client_ben
    for days in (21, 7):
        service.create_session(session, ana, ben.id, SessionCreate(starts_at=utc_now() - timedelta(days=days)))
    ben_actor = personas.actor("client_ben")
    for days in (12, 10):
        at = utc_now() - timedelta(days=days)
        checkins_service.create_checkin(session, ben_actor, CheckInCreate(mood=7, at=at), now=at)
    questionnaires_service.submit_response(
        session, ben_actor, "phq9", ResponseCreate(answers=PHQ9_20), now=utc_now() - timedelta(days=15)
    )
    session.commit()


class TestPeriods:
    def test_without_sessions_the_last_fourteen_days(self, session, personas, ana):
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert summary.periods.last_session is None
        assert summary.periods.end - summary.periods.start == timedelta(days=14)
        assert summary.periods.start - summary.periods.before_start == timedelta(days=14)

    def test_since_the_last_held_session_against_the_one_before(self, session, personas, ana, history):
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert round((summary.periods.end - summary.periods.start) / timedelta(days=1)) == 7
        assert round((summary.periods.end - summary.periods.before_start) / timedelta(days=1)) == 21

    def test_outsiders_get_404(self, session, personas):
        for name in ("outsider_therapist", "client_ben", "admin_ada"):
            with pytest.raises(NotFound):
                service.between_session_summary(session, personas.actor(name), personas.client_ben.id)


class TestFacts:
    def test_each_domain(self, session, personas, ana, history):
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert texts(summary, "mood") == ["Mean mood was 4.0 (check-ins: 1), down from 7.0 in the period before."]
        phq9 = texts(summary, "questionnaires")[0]
        assert phq9.startswith("PHQ-9 total 13 (moderate) on ") and phq9.endswith(": a reliable improvement.")
        assert texts(summary, "alerts")[0].startswith("A safety alert was raised on ")
        assert "at level moderate; it is now open." in texts(summary, "alerts")[0]
        walk = texts(summary, "homework")[0]
        assert (
            walk.startswith("Homework “Ben homework marker: a 20-minute walk”: done on 1 of ")
            and "planned days" in walk
        )
        assert texts(summary, "exercises") == [
            "Box breathing, times used: 1; mean distress 9.0 before and 3.0 after (rated: 1)."
        ]
        assert texts(summary, "journal") == [
            "Journal entries shared in this period: 1, about: the people close to you."
        ]
        # Ben shares the companion with Ana: one conversation, about his relationship.
        assert summary.section("companion").status == "shared"
        assert texts(summary, "companion") == [
            "Conversations with the companion in this period: 1 (messages from the client: 2), "
            "without a recurring topic."
        ]
        assert summary.section("insights").status == "not_available"  # fewer than 14 days with a check-in

    def test_every_number_links_to_its_data_and_is_in_its_evidence(self, session, personas, ana, history):
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        words = facts.template_words()
        assert len(summary.facts) >= 7
        for fact in summary.facts:
            assert fact.url.startswith(f"/clients/{personas.client_ben.id}/summary/data#") or fact.url.startswith(
                "/alerts/"
            )
            assert verify.check_sentence(fact.text, [fact.evidence], words) == [], fact
        phq9 = summary.section("questionnaires").facts[0]
        assert phq9.url.endswith(f"#response-{personas.ben_phq9.id}")
        linked = [piece for piece, is_number in phq9.parts if is_number]
        assert linked[0] == "13" and "20" in linked

    def test_only_what_the_client_shares(self, session, personas):
        """Cleo shares check-ins and her journal with Otto, not questionnaires."""
        otto = personas.actor("outsider_therapist")
        summary = service.between_session_summary(session, otto, personas.client_cleo.id)
        assert summary.section("questionnaires").status == "not_shared" and summary.results is None
        assert summary.section("mood").status == "shared"
        assert texts(summary, "mood") == ["No mood check-ins in this period."]

    def test_the_strongest_patterns_worded_for_the_therapist(self, session, personas, ana):
        """60 days of Ben's check-ins, mood 2 points higher on days with his tag: the summary names it,
        for the therapist, linked to the data page, and the draft check finds every number in it."""
        from alongside.checkins.models import CheckIn, CheckInTag, CheckInTagLink

        ben = personas.client_ben
        tag = session.scalars(select(CheckInTag).where(CheckInTag.client_id == ben.id)).first()
        for i in range(60):
            at = utc_now() - timedelta(days=60 - i, hours=1)
            row = CheckIn(client_id=ben.id, at=at, mood=7 if i % 3 == 0 else (5 if i % 2 else 4))
            session.add(row)
            session.flush()
            if i % 3 == 0:
                session.add(CheckInTagLink(checkin_id=row.id, tag_id=tag.id))
        session.flush()
        summary = service.between_session_summary(session, ana, ben.id)
        assert summary.section("insights").status == "shared"
        [first, *_] = summary.section("insights").facts
        assert first.text.startswith("Pattern: On days with") and "the client's mood seemed" in first.text
        assert "your" not in first.text and first.url == f"/clients/{ben.id}/summary/data#insights"
        assert verify.check_sentence(first.text, [first.evidence], facts.template_words()) == []
        other = service.between_session_summary(session, personas.actor("outsider_therapist"), personas.client_cleo.id)
        assert other.section("insights").status == "not_available"

    def test_in_dutch(self, session, personas, ana, history):
        summary = service.between_session_summary(session, ana, personas.client_ben.id, locale="nl")
        mood = texts(summary, "mood")[0]
        assert mood.startswith("Gemiddelde stemming") and "4,0" in mood and "7,0" in mood

    def test_the_next_planned_session(self, session, personas, ana):
        row = service.create_session(
            session, ana, personas.client_ben.id, SessionCreate(starts_at=utc_now() + timedelta(days=3))
        )
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert summary.next_session.id == row.id and summary.next_fact.url == f"/sessions/{row.id}"


def test_plain_text_with_numbered_sources(session, personas, ana, history):
    summary = service.between_session_summary(session, ana, personas.client_ben.id)
    plain = reads.summary_plain_text(summary, "en", "https://care.example")
    assert plain.startswith("Between-session summary: Ben\nSince the session of ")
    assert "- Mean mood was 4.0 (check-ins: 1), down from 7.0 in the period before. [1]" in plain
    assert (
        "[1] Mood check-ins from " in plain
        and f"https://care.example/clients/{personas.client_ben.id}/summary/data#mood" in plain
    )
    assert "Companion topics\n- Conversations with the companion in this period: 1 " in plain
    personas.ben_link.share_companion = False
    session.flush()
    summary = service.between_session_summary(session, ana, personas.client_ben.id)
    plain = reads.summary_plain_text(summary, "en", "https://care.example")
    assert "Companion topics\n- The client does not share this with you." in plain


def test_until_gives_the_period_before_a_session(session, personas, ana, history):
    until = utc_now() - timedelta(days=7, minutes=1)  # just before the session of 7 days ago
    summary = service.between_session_summary(session, ana, personas.client_ben.id, until=until)
    assert round((summary.periods.end - summary.periods.start) / timedelta(days=1)) == 14
    assert texts(summary, "mood") == ["Mean mood was 7.0 (check-ins: 2)."]
    assert "?until=" in summary.facts[0].url


class TestCompanion:
    """Ben shares the companion with Ana; his persona has one conversation (about his girlfriend, and a
    message still unanswered). Cleo does not share hers with Otto."""

    @pytest.fixture
    def chats(self, session, personas):
        ben = personas.actor("client_ben")
        for message in ("Work was awful again today.", "My boss shouted at me at work.", "I can't sleep at all."):
            companion_service.send_message(session, ben, MessageCreate(text=message))
        session.commit()

    def viewed(self, session, actor_id: int) -> list[AuditEntry]:
        query = select(AuditEntry).where(AuditEntry.event == "COMPANION_VIEWED", AuditEntry.actor_id == actor_id)
        return list(session.scalars(query))

    def test_conversations_messages_and_the_most_frequent_topics(self, session, personas, ana, chats):
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert summary.section("companion").status == "shared"
        assert texts(summary, "companion") == [
            "Conversations with the companion in this period: 1 (messages from the client: 5), about: work."
        ]
        fact = summary.section("companion").facts[0]
        assert fact.url == f"/clients/{personas.client_ben.id}/summary/data#companion"
        assert verify.check_sentence(fact.text, [fact.evidence], facts.template_words()) == []
        assert [piece for piece, number in fact.parts if number] == ["1", "5"]
        [item] = summary.companion
        assert item.messages == 5 and dict(item.topics) == {"work": 2, "relationship": 1, "sleep": 1}

    def test_in_dutch(self, session, personas, ana, chats):
        summary = service.between_session_summary(session, ana, personas.client_ben.id, locale="nl")
        assert texts(summary, "companion") == [
            "Gesprekken met de gesprekspartner in deze periode: 1 (berichten van de cliënt: 5), over: werk."
        ]

    def test_only_messages_of_the_period(self, session, personas, ana, chats):
        until = utc_now() - timedelta(days=1)
        summary = service.between_session_summary(session, ana, personas.client_ben.id, until=until)
        assert texts(summary, "companion") == ["No conversations with the companion in this period."]

    def test_reading_is_audited(self, session, personas, ana, chats):
        before = len(self.viewed(session, ana.user_id))
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        viewed = self.viewed(session, ana.user_id)
        assert len(viewed) == before + 1 and viewed[-1].subject_id == personas.client_ben.id
        assert viewed[-1].extra["conversation_ids"] == [summary.companion[0].conversation_id]

    def test_without_consent_the_section_says_so_and_nothing_is_read(self, session, personas, ana):
        personas.ben_link.share_companion = False
        session.flush()
        summary = service.between_session_summary(session, ana, personas.client_ben.id)
        assert summary.section("companion").status == "not_shared" and summary.companion is None
        assert summary.section("companion").facts == [] and self.viewed(session, ana.user_id) == []
        otto = personas.actor("outsider_therapist")
        cleo = service.between_session_summary(session, otto, personas.client_cleo.id)
        assert cleo.section("companion").status == "not_shared"

    def test_outsiders_get_404(self, session, personas, chats):
        otto = personas.actor("outsider_therapist")
        with pytest.raises(NotFound):
            service.between_session_summary(session, otto, personas.client_ben.id)
        assert self.viewed(session, personas.outsider_therapist.id) == []

    def test_the_data_page(self, personas, as_user, chats):
        ana, otto = as_user(personas.therapist_ana), as_user(personas.outsider_therapist)
        page = ana.get(f"/clients/{personas.client_ben.id}/summary/data")
        assert page.status_code == 200 and 'id="companion"' in page.text
        assert "5 messages from the client" in page.text and "work (2)" in page.text
        assert f'href="/clients/{personas.client_ben.id}/companion"' in page.text
        assert "Work was awful" not in page.text  # counts and topics, never the messages
        summary = ana.get(f"/clients/{personas.client_ben.id}/summary")
        assert "about: work." in summary.text
        assert otto.get(f"/clients/{personas.client_ben.id}/summary/data").status_code == 404
