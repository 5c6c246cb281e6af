"""Sessions, transcripts and notes through the service: who may do what, encryption at rest, screening
and alerts from transcripts, drafting, editing, signing (and that a signed version never changes),
amending, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.notes import service
from alongside.notes.models import NoteVersion, SessionStatus, SignedVersionChanged, VersionStatus
from alongside.notes.schemas import DraftUpdate, SessionCreate, SessionUpdate, TranscriptText
from alongside.privacy.models import AuditEntry
from alongside.safety.models import Alert, AlertSignal
from tests.notes.conftest import RISK_LINE_EN


def events(session, client_id: int) -> list[str]:
    return list(
        session.scalars(select(AuditEntry.event).where(AuditEntry.subject_id == client_id).order_by(AuditEntry.id))
    )


def as_update(content: dict) -> DraftUpdate:
    return DraftUpdate.model_validate({"sections": content["sections"]})


class TestSessions:
    def test_create_planned_and_held_by_time(self, session, personas, ana):
        ben = personas.client_ben.id
        soon = service.create_session(session, ana, ben, SessionCreate(starts_at=utc_now() + timedelta(days=3)))
        past = service.create_session(session, ana, ben, SessionCreate(starts_at=utc_now() - timedelta(days=3)))
        assert soon.status == SessionStatus.PLANNED and past.status == SessionStatus.HELD
        assert "SESSION_CREATED" in events(session, ben)

    def test_a_time_without_zone_is_the_therapists_local_time(self, session, personas, ana):
        row = service.create_session(
            session, ana, personas.client_ben.id, SessionCreate(starts_at=datetime(2026, 7, 1, 14, 0))
        )
        assert row.starts_at == datetime(2026, 7, 1, 12, 0, tzinfo=UTC)  # Amsterdam in summer

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"starts_at": utc_now() + timedelta(days=2), "status": "held"}, "status"),
            ({"starts_at": utc_now() + timedelta(days=1000)}, "starts_at"),
        ],
    )
    def test_invalid_sessions(self, session, personas, ana, data, field):
        with pytest.raises(InvalidInput) as caught:
            service.create_session(session, ana, personas.client_ben.id, SessionCreate(**data))
        assert caught.value.field == field

    def test_outsiders_get_404(self, session, personas, ben_session):
        for outsider in ("outsider_therapist", "client_ben", "admin_ada"):
            with pytest.raises(NotFound):
                service.access_session(session, personas.actor(outsider), ben_session.id)
        with pytest.raises(NotFound):
            service.create_session(
                session,
                personas.actor("outsider_therapist"),
                personas.client_ben.id,
                SessionCreate(starts_at=utc_now()),
            )

    def test_update_marks_held_and_cancels(self, session, personas, ana):
        row = service.create_session(
            session,
            ana,
            personas.client_ben.id,
            SessionCreate(starts_at=utc_now() - timedelta(minutes=5), status="planned"),
        )
        service.update_session(session, ana, row.id, SessionUpdate(status="held"))
        assert row.status == SessionStatus.HELD
        service.update_session(session, ana, row.id, SessionUpdate(status="cancelled", duration_minutes=30))
        assert (row.status, row.duration_minutes) == (SessionStatus.CANCELLED, 30)

    def test_next_sessions_for_the_caseload(self, session, personas, ana):
        ben, cleo = personas.client_ben.id, personas.client_cleo.id
        later = service.create_session(session, ana, ben, SessionCreate(starts_at=utc_now() + timedelta(days=9)))
        sooner = service.create_session(session, ana, ben, SessionCreate(starts_at=utc_now() + timedelta(days=2)))
        service.create_session(
            session, ana, ben, SessionCreate(starts_at=utc_now() + timedelta(days=1), status="cancelled")
        )
        otto = personas.actor("outsider_therapist")
        cleos = service.create_session(session, otto, cleo, SessionCreate(starts_at=utc_now() + timedelta(days=1)))
        assert service.next_sessions_for_clients(session, ana, [ben, cleo]) == {ben: sooner}
        assert service.next_sessions_for_clients(session, otto, [ben, cleo]) == {cleo: cleos}
        assert later.id != sooner.id

    def test_sessions_for_the_timeline(self, session, personas, ana, ben_note):
        ben = personas.client_ben.id
        service.create_session(session, ana, ben, SessionCreate(starts_at=utc_now() - timedelta(days=40)))
        items = service.sessions_for_timeline(session, ana, ben, start=utc_now() - timedelta(days=7))
        assert len(items) == 1 and items[0].url == f"/sessions/{items[0].id}"
        assert (items[0].note_id, items[0].note_status) == (ben_note.id, "draft")
        assert len(service.sessions_for_timeline(session, ana, ben)) == 2
        with pytest.raises(NotFound):
            service.sessions_for_timeline(session, personas.actor("outsider_therapist"), ben)


class TestTranscripts:
    def test_lines_are_stored_encrypted(self, session, ben_transcript):
        stored = session.execute(
            text("SELECT lines, speakers FROM session_transcripts WHERE id = :id"), {"id": ben_transcript.id}
        ).one()
        assert stored[0].startswith("v1:") and "Sam" not in stored[0] and "Ben" not in stored[1]

    def test_every_line_is_screened_and_roles_guessed(self, session, ana, ben_session, ben_transcript):
        view = service.read_transcript(session, ana, ben_transcript)
        assert view.speakers == {"Therapist": "therapist", "Ben": "client"}
        assert [line.n for line in view.lines if line.risk] == [RISK_LINE_EN]
        assert ben_transcript.risk_level == "moderate" and ben_transcript.language == "en"

    def test_risk_in_what_the_client_said_raises_an_alert(self, session, personas, ben_transcript):
        signal = session.scalar(select(AlertSignal).where(AlertSignal.source == "transcript"))
        assert signal is not None and signal.source_id == ben_transcript.id and signal.level == "moderate"
        alert = session.get(Alert, signal.alert_id)
        assert alert.client_id == personas.client_ben.id

    def test_the_therapist_asking_about_suicide_raises_no_alert(self, session, ana, ben_session):
        transcript = "Therapist: Do you sometimes think about suicide?\nBen: No, not at all. Things are better."
        service.add_text_transcript(session, ana, ben_session.id, TranscriptText(text=transcript))
        view = service.read_transcript(session, ana, service.latest_transcript(session, ana, ben_session.id))
        assert view.lines[0].risk == "moderate", "the line is still marked, and will be in the draft"
        assert session.scalar(select(AlertSignal).where(AlertSignal.source == "transcript")) is None

    def test_speaker_roles_can_be_corrected(self, session, ana, ben_session, ben_transcript):
        service.set_speaker_roles(session, ana, ben_session.id, ben_transcript.id, {"Ben": "other"})
        assert service.read_transcript(session, ana, ben_transcript).speakers["Ben"] == "other"
        with pytest.raises(InvalidInput):
            service.set_speaker_roles(session, ana, ben_session.id, ben_transcript.id, {"Nobody": "client"})

    def test_upload_errors_keep_nothing(self, session, ana, ben_session):
        with pytest.raises(InvalidInput):
            service.add_uploaded_transcript(session, ana, ben_session.id, "x.vtt", b"not a vtt")
        assert service.latest_transcript(session, ana, ben_session.id) is None


class TestDraftingANote:
    def test_the_draft_has_sections_sources_and_data(self, session, personas, ana, ben_note):
        view = service.read_note(session, ana, ben_note.id)
        assert view.note.format.value == "soap" and view.version.status == VersionStatus.DRAFT
        assert view.check.ok and view.check.sentences > 8
        refs = {r for sec in view.content["sections"] for s in sec["sentences"] for r in s["refs"]}
        assert "data:questionnaire:phq9" in refs and "data:exercise:box" in refs and f"line:{RISK_LINE_EN}" in refs
        phq9 = view.content["data"]["data:questionnaire:phq9"]
        assert phq9["url"].endswith(f"#response-{personas.ben_phq9.id}") and "13" in phq9["evidence"]

    def test_content_is_encrypted(self, session, ben_note):
        stored = session.execute(
            text("SELECT content FROM session_note_versions WHERE note_id = :id"), {"id": ben_note.id}
        ).scalar()
        assert stored.startswith("v1:") and "sleeping" not in stored

    def test_without_transcript_or_for_a_future_or_cancelled_session_422(self, session, personas, ana, ben_session):
        with pytest.raises(InvalidInput) as caught:
            service.draft_note(session, ana, ben_session.id, "soap")
        assert caught.value.field == "transcript"
        future = service.create_session(
            session, ana, personas.client_ben.id, SessionCreate(starts_at=utc_now() + timedelta(days=1))
        )
        with pytest.raises(InvalidInput):
            service.draft_note(session, ana, future.id, "soap")

    def test_drafting_again_replaces_the_draft_and_may_change_form(self, session, ana, ben_session, ben_note):
        again = service.draft_note(session, ana, ben_session.id, "birp")
        view = service.read_note(session, ana, again.id)
        assert again.id == ben_note.id and len(view.versions) == 1
        assert [s["key"] for s in view.content["sections"]] == ["behavior", "intervention", "response", "plan"]

    def test_the_draft_in_dutch(self, session, ana, ben_session, ben_transcript):
        note = service.draft_note(session, ana, ben_session.id, "soap", locale="nl")
        view = service.read_note(session, ana, note.id)
        objective = [s["text"] for s in view.content["sections"][1]["sentences"]]
        assert any(t.startswith("PHQ-9 totaal 13") for t in objective), objective
        assert view.check.ok

    def test_other_therapists_in_the_team_read_but_do_not_write(self, session, personas, ben_note):
        from alongside.care import service as care_service
        from alongside.care.schemas import Consent
        from tests.personas import make_user

        colleague = make_user(session, personas.client_ben.organisation_id, "Cas", personas.therapist_ana.role)
        care_service.link_therapist(session, colleague, personas.client_ben, Consent())
        cas = personas.actor("therapist_ana").__class__.of(colleague)
        assert service.read_note(session, cas, ben_note.id).note.id == ben_note.id
        with pytest.raises(Forbidden):
            service.sign_note(session, cas, ben_note.id, confirm=True)
        with pytest.raises(NotFound):
            service.read_note(session, personas.actor("outsider_therapist"), ben_note.id)


class TestEditing:
    def test_edits_keep_refs_and_mark_origin(self, session, ana, ben_note):
        content = service.read_note(session, ana, ben_note.id).content
        subjective = content["sections"][0]["sentences"]
        subjective[0]["text"] = subjective[0]["text"] + " Really hard."
        subjective.append({"text": "Client wants to talk about work next time.", "refs": []})
        del content["sections"][3]["sentences"][0]
        service.save_draft(session, ana, ben_note.id, as_update(content))
        view = service.read_note(session, ana, ben_note.id)
        sentences = view.content["sections"][0]["sentences"]
        assert sentences[0]["origin"] == "edited" and sentences[1]["origin"] == "drafted"
        assert sentences[-1] == {
            "text": "Client wants to talk about work next time.",
            "refs": [],
            "risk": None,
            "origin": "therapist",
        }
        assert view.check.own_words == 1
        assert "NOTE_UPDATED" in events(session, view.note.client_id)

    def test_an_edit_that_adds_a_number_shows_in_the_check(self, session, ana, ben_note):
        content = service.read_note(session, ana, ben_note.id).content
        content["sections"][0]["sentences"][0]["text"] = "He slept 3 hours a night."
        service.save_draft(session, ana, ben_note.id, as_update(content))
        report = service.read_note(session, ana, ben_note.id).check
        assert [(p.kind, p.token) for p in report.problems] == [("number", "3")]

    def test_risk_lines_cannot_be_removed(self, session, ana, ben_note):
        content = service.read_note(session, ana, ben_note.id).content
        content["sections"][2]["sentences"] = [s for s in content["sections"][2]["sentences"] if not s["risk"]]
        with pytest.raises(InvalidInput, match="Lines with risk stay"):
            service.save_draft(session, ana, ben_note.id, as_update(content))

    def test_unknown_sources_and_sections_are_refused(self, session, ana, ben_note):
        content = service.read_note(session, ana, ben_note.id).content
        content["sections"][0]["sentences"][0]["refs"] = ["line:999"]
        with pytest.raises(InvalidInput, match="source this note does not have"):
            service.save_draft(session, ana, ben_note.id, as_update(content))
        with pytest.raises(InvalidInput, match="no such section"):
            service.save_draft(
                session, ana, ben_note.id, DraftUpdate.model_validate({"sections": [{"key": "data", "sentences": []}]})
            )


class TestSigningAndAmending:
    def test_sign_needs_confirmation(self, session, ana, ben_note):
        with pytest.raises(InvalidInput) as caught:
            service.sign_note(session, ana, ben_note.id, confirm=False)
        assert caught.value.field == "confirm"

    def test_a_signed_version_never_changes(self, session, ana, ben_session, ben_note):
        version = service.sign_note(session, ana, ben_note.id, confirm=True)
        assert version.status == VersionStatus.SIGNED and len(version.content_sha256) == 64
        content = service.read_note(session, ana, ben_note.id).content
        with pytest.raises(Conflict):
            service.save_draft(session, ana, ben_note.id, as_update(content))
        with pytest.raises(Conflict):
            service.sign_note(session, ana, ben_note.id, confirm=True)
        with pytest.raises(Conflict):
            service.draft_note(session, ana, ben_session.id, "soap")

    def test_the_model_refuses_a_direct_change_or_delete_too(self, session, ana, ben_note):
        version = service.sign_note(session, ana, ben_note.id, confirm=True)
        session.commit()
        version.content = '{"sections": []}'
        with pytest.raises(SignedVersionChanged):
            session.flush()
        session.rollback()
        row = session.scalar(select(NoteVersion).where(NoteVersion.note_id == ben_note.id))
        session.delete(row)
        with pytest.raises(SignedVersionChanged):
            session.flush()

    def test_amendments_are_new_versions_naming_the_one_they_amend(self, session, ana, ben_note):
        first = service.sign_note(session, ana, ben_note.id, confirm=True)
        signed_content = first.content
        amendment = service.amend_note(session, ana, ben_note.id, "Added the GP's advice.")
        assert (amendment.number, amendment.amends_id, amendment.status) == (2, first.id, VersionStatus.DRAFT)
        with pytest.raises(Conflict):
            service.amend_note(session, ana, ben_note.id, "again")
        content = service.read_note(session, ana, ben_note.id).content
        content["sections"][3]["sentences"].append({"text": "GP to review medication.", "refs": []})
        service.save_draft(session, ana, ben_note.id, as_update(content))
        service.sign_note(session, ana, ben_note.id, confirm=True)
        view = service.read_note(session, ana, ben_note.id)
        assert [v.number for v in view.versions] == [1, 2] and all(
            v.status == VersionStatus.SIGNED for v in view.versions
        )
        assert service.read_note(session, ana, ben_note.id, number=1).version.content == signed_content
        names = events(session, view.note.client_id)
        assert names.count("NOTE_SIGNED") == 2 and "NOTE_AMENDED" in names

    def test_signed_notes_for_the_export(self, session, personas, ana, ben_note):
        assert service.signed_notes(session, ana, personas.client_ben.id) == []
        service.sign_note(session, ana, ben_note.id, confirm=True)
        service.amend_note(session, ana, ben_note.id, "typo")
        service.sign_note(session, ana, ben_note.id, confirm=True)
        found = service.signed_notes(session, ana, personas.client_ben.id)
        assert [(s.version.number, s.superseded, s.signer) for s in found] == [(1, True, "Ana"), (2, False, "Ana")]
        assert service.signed_notes(session, personas.actor("outsider_therapist"), personas.client_ben.id) == []

    def test_text_to_paste_has_the_references(self, session, ana, ben_note):
        view = service.read_note(session, ana, ben_note.id)
        plain = service.view_text(session, view, "en")
        assert plain.startswith("SOAP note, session of ") and "Version 1, draft (not signed)" in plain
        assert (
            f"Risk (moderate): Sometimes I think everyone would be better off without me. [line {RISK_LINE_EN}]"
            in plain
        )
        assert "[PHQ-9 result #" in plain
        assert "Subjectief" in service.view_text(session, view, "nl")


def test_audit_trail_of_a_note(session, personas, ana, ben_note):
    service.sign_note(session, ana, ben_note.id, confirm=True)
    trail = events(session, personas.client_ben.id)
    for event in ("SESSION_CREATED", "TRANSCRIPT_ADDED", "SUMMARY_VIEWED", "NOTE_DRAFTED", "NOTE_SIGNED"):
        assert event in trail, event
    assert trail.index("NOTE_DRAFTED") < trail.index("NOTE_SIGNED")
    assert utc_now() - ben_note.created_at < timedelta(minutes=5)


def test_risk_found_by_the_learned_layer_alone_is_drafted_but_raises_no_alert(session, monkeypatch, ana, ben_session):
    """The learned layer fires on long conversational turns; the rules decide about alerts (see
    notes/service/transcripts.py). The line is still in the draft, marked."""
    from alongside.notes.service import transcripts
    from alongside.safety.screening.result import RiskLevel, ScreenResult, Signal

    real = transcripts.safety_service.screen
    fruit = "I started watching what I ate and I have been eating more fruits and vegetables."

    def screen(text, lang=None):  # noqa: ANN001, ANN202
        if text == fruit:
            return ScreenResult(RiskLevel.HIGH, "en", (Signal("model_risk", RiskLevel.HIGH, 0, 5, text[:5]),))
        return real(text, lang=lang)

    monkeypatch.setattr(transcripts.safety_service, "screen", screen)
    text_ = f"Therapist: How did the week go?\nBen: {fruit}\nTherapist: That sounds like a real change.\nBen: It is."
    transcript = service.add_text_transcript(session, ana, ben_session.id, TranscriptText(text=text_))
    view = service.read_transcript(session, ana, transcript)
    assert view.lines[1].risk == "high" and view.lines[1].model_only
    assert session.scalar(select(AlertSignal).where(AlertSignal.source == "transcript")) is None
    note = service.draft_note(session, ana, ben_session.id, "soap")
    assessment = service.read_note(session, ana, note.id).content["sections"][2]["sentences"]
    assert assessment[0]["refs"] == ["line:2"] and assessment[0]["risk"] == "high"
