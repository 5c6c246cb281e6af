"""The therapist's pages: sessions, a session with its transcript (pasted, typed, uploaded), drafting,
the note editor with sources, signing with confirmation, amending, versions, the summary and its data,
the client-page section; plain forms, 422s that name the field, and Dutch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alongside.kit.orm import utc_now
from alongside.notes import service
from alongside.notes.models import Note, TherapySession, Transcript
from tests.notes.conftest import RISK_LINE_EN, TRANSCRIPT_EN, TRANSCRIPT_VTT, docx_bytes


def latest(session, model):
    session.expire_all()
    return session.scalar(select(model).order_by(model.id.desc()).limit(1))


class TestSessions:
    def test_list_and_new_session_form(self, personas, as_user, ben_session):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/sessions")
        assert page.status_code == 200
        assert "Sessions with Ben" in page.text and 'type="datetime-local"' in page.text
        assert f'href="/sessions/{ben_session.id}"' in page.text and "no note yet" in page.text

    def test_create_with_the_plain_form(self, session, personas, as_user):
        ana = as_user(personas.therapist_ana)
        when = (utc_now() + timedelta(days=4)).strftime("%Y-%m-%dT%H:%M")
        form = {"starts_at": when, "duration_minutes": "45", "modality": "phone", "status": ""}
        response = ana.post(f"/clients/{personas.client_ben.id}/sessions", data=form, follow_redirects=False)
        assert response.status_code == 303
        row = latest(session, TherapySession)
        assert response.headers["location"] == f"/sessions/{row.id}?saved=1"
        assert (row.status.value, row.modality.value, row.duration_minutes) == ("planned", "phone", 45)

    def test_a_bad_form_is_422_naming_the_field(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        response = ana.post(
            f"/clients/{personas.client_ben.id}/sessions", data={"starts_at": "", "duration_minutes": "2"}
        )
        assert response.status_code == 422
        assert 'id="starts_at-error"' in response.text and 'id="duration_minutes-error"' in response.text

    def test_the_section_for_the_client_page(self, personas, as_user, ana, session):
        from alongside.notes.schemas import SessionCreate

        service.create_session(
            session, ana, personas.client_ben.id, SessionCreate(starts_at=utc_now() + timedelta(days=2))
        )
        section = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/sessions/section")
        assert section.status_code == 200 and section.text.lstrip().startswith('<section id="notes-section"')
        assert "Next session:" in section.text and "/summary" in section.text and "/export" in section.text

    def test_mark_a_planned_session_held(self, session, personas, as_user, ana):
        from alongside.notes.schemas import SessionCreate

        row = service.create_session(
            session,
            ana,
            personas.client_ben.id,
            SessionCreate(starts_at=utc_now() - timedelta(minutes=10), status="planned"),
        )
        session.commit()
        response = as_user(personas.therapist_ana).post(
            f"/sessions/{row.id}", data={"status": "held"}, follow_redirects=False
        )
        assert response.status_code == 303 and latest(session, TherapySession).status.value == "held"


class TestTranscriptsOnTheSessionPage:
    def test_paste_then_see_numbered_lines_and_the_risk_notice(self, session, personas, as_user, ben_session):
        ana = as_user(personas.therapist_ana)
        response = ana.post(
            f"/sessions/{ben_session.id}/transcript",
            data={"text": TRANSCRIPT_EN, "source": "pasted"},
            follow_redirects=False,
        )
        assert response.status_code == 303
        page = ana.get(f"/sessions/{ben_session.id}")
        assert f'id="line-{RISK_LINE_EN}"' in page.text and "tline-risk" in page.text
        assert "The safety screening found risk in this transcript." in page.text
        assert 'name="format" value="birp"' in page.text and "Draft the note" in page.text

    def test_upload_a_word_document_and_a_vtt(self, session, personas, as_user, ben_session):
        ana = as_user(personas.therapist_ana)
        docx = docx_bytes([("Therapist", "How was the week?"), ("Client", "I slept badly and felt low.")])
        files = {"file": ("week.docx", docx, "application/octet-stream")}
        assert (
            ana.post(f"/sessions/{ben_session.id}/transcript", files=files, follow_redirects=False).status_code == 303
        )
        assert latest(session, Transcript).source.value == "docx"
        files = {"file": ("call.vtt", TRANSCRIPT_VTT.encode(), "text/vtt")}
        assert (
            ana.post(f"/sessions/{ben_session.id}/transcript", files=files, follow_redirects=False).status_code == 303
        )
        transcript = latest(session, Transcript)
        assert transcript.source.value == "vtt" and transcript.line_count == 3

    def test_an_unreadable_file_is_422_on_the_page(self, session, personas, as_user, ben_session):
        files = {"file": ("call.vtt", b"garbage", "text/vtt")}
        response = as_user(personas.therapist_ana).post(f"/sessions/{ben_session.id}/transcript", files=files)
        assert response.status_code == 422 and 'id="file-error"' in response.text
        assert "This .vtt file could not be read" in response.text
        assert latest(session, Transcript) is None

    def test_nothing_given_is_422(self, personas, as_user, ben_session):
        response = as_user(personas.therapist_ana).post(f"/sessions/{ben_session.id}/transcript", data={"text": ""})
        assert response.status_code == 422 and 'id="text-error"' in response.text

    def test_typed_notes(self, session, personas, as_user, ben_session):
        data = {"text": "Client reports poor sleep.\nHomework: walk daily.", "source": "typed"}
        as_user(personas.therapist_ana).post(f"/sessions/{ben_session.id}/transcript", data=data)
        assert latest(session, Transcript).source.value == "typed"

    def test_who_is_who(self, session, personas, as_user, ben_session, ben_transcript):
        form = {"label-0": "Therapist", "role-0": "therapist", "label-1": "Ben", "role-1": "other"}
        url = f"/sessions/{ben_session.id}/transcript/{ben_transcript.id}/speakers"
        assert as_user(personas.therapist_ana).post(url, data=form, follow_redirects=False).status_code == 303


class TestTheNote:
    def test_draft_from_the_session_page(self, session, personas, as_user, ben_session, ben_transcript):
        ana = as_user(personas.therapist_ana)
        response = ana.post(f"/sessions/{ben_session.id}/note", data={"format": "dap"}, follow_redirects=False)
        note = latest(session, Note)
        assert response.status_code == 303 and response.headers["location"] == f"/notes/{note.id}?drafted=1"
        assert note.format.value == "dap"

    def test_the_editor_shows_each_sentence_with_its_source(self, personas, as_user, ben_note):
        page = as_user(personas.therapist_ana).get(f"/notes/{ben_note.id}?drafted=1")
        assert page.status_code == 200
        assert "Check against the sources" in page.text and "appears in that source" in page.text
        assert f'class="src" href="#line-{RISK_LINE_EN}"' in page.text
        assert f'id="line-{RISK_LINE_EN}"' in page.text
        assert 'name="s-subjective-0"' in page.text and 'name="r-subjective-0" value="line:2"' in page.text
        assert "Lines with risk stay in the note" in page.text
        assert 'id="confirm" name="confirm" value="1" required' in page.text
        assert 'class="copy-source"' in page.text and "/static/notes.js" in page.text

    def test_save_edits_with_the_plain_form(self, session, personas, as_user, ben_note):
        ana = as_user(personas.therapist_ana)
        page = ana.get(f"/notes/{ben_note.id}")
        form = {
            "s-subjective-0": "Honestly it was very hard.",
            "r-subjective-0": "line:2",
            "x-subjective-1": "1",
            "s-subjective-1": "x",
            "r-subjective-1": "line:2",
            "new-plan": "Review sleep diary next time.",
        }
        # Keep the risk sentence as it is.
        form |= {
            "s-assessment-0": "Sometimes I think everyone would be better off without me.",
            "r-assessment-0": f"line:{RISK_LINE_EN}",
        }
        assert page.status_code == 200
        response = ana.post(f"/notes/{ben_note.id}", data=form, follow_redirects=False)
        assert response.status_code == 303
        view = service.read_note(session, personas.actor("therapist_ana"), ben_note.id)
        sections = {s["key"]: s["sentences"] for s in view.content["sections"]}
        assert [s["text"] for s in sections["subjective"]] == ["Honestly it was very hard."]
        assert sections["plan"][-1]["origin"] == "therapist"

    def test_removing_a_risk_line_is_refused(self, personas, as_user, ben_note):
        response = as_user(personas.therapist_ana).post(
            f"/notes/{ben_note.id}", data={"s-subjective-0": "Only this.", "r-subjective-0": "line:2"}
        )
        assert response.status_code == 422 and "Lines with risk stay in the note" in response.text

    def test_sign_needs_the_box_then_the_note_is_read_only(self, session, personas, as_user, ben_note):
        ana = as_user(personas.therapist_ana)
        refused = ana.post(f"/notes/{ben_note.id}/sign", data={})
        assert refused.status_code == 422 and 'id="confirm-error"' in refused.text
        signed = ana.post(f"/notes/{ben_note.id}/sign", data={"confirm": "1"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == f"/notes/{ben_note.id}?signed=1"
        page = ana.get(f"/notes/{ben_note.id}?signed=1")
        assert "Signed. This version can no longer change." in page.text
        assert 'name="s-subjective-0"' not in page.text and "Start an amendment" in page.text
        again = ana.post(f"/notes/{ben_note.id}", data={"s-subjective-0": "changed", "r-subjective-0": "line:2"})
        assert again.status_code == 409

    def test_amend_and_the_version_history(self, session, personas, as_user, ben_note):
        ana = as_user(personas.therapist_ana)
        ana.post(f"/notes/{ben_note.id}/sign", data={"confirm": "1"})
        assert ana.post(f"/notes/{ben_note.id}/amend", data={"reason": ""}).status_code == 422
        response = ana.post(
            f"/notes/{ben_note.id}/amend", data={"reason": "Add the GP's advice."}, follow_redirects=False
        )
        assert response.status_code == 303
        page = ana.get(f"/notes/{ben_note.id}")
        assert "Version 2, draft (not signed)" in page.text and "Add the GP&#39;s advice." in page.text
        old = ana.get(f"/notes/{ben_note.id}/versions/1")
        assert (
            old.status_code == 200
            and "Go to the latest version" in old.text
            and 'name="s-subjective-0"' not in old.text
        )
        assert ana.get(f"/notes/{ben_note.id}/versions/9").status_code == 404


@pytest.fixture
def history_until():
    return (utc_now() - timedelta(days=5)).strftime("%Y-%m-%dT%H:%M:%SZ")


class TestSummaryPages:
    def test_summary_with_linked_numbers_and_text_to_copy(self, personas, as_user):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/summary")
        assert page.status_code == 200
        data = f"/clients/{personas.client_ben.id}/summary/data"
        assert f'<a href="{data}#response-{personas.ben_phq9.id}" class="num">13</a>' in page.text
        assert 'id="summary-text"' in page.text and "Sources" in page.text
        assert "Companion topics" in page.text and "Not available yet." in page.text or "does not share" in page.text

    def test_the_data_behind_it(self, personas, as_user):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}/summary/data")
        assert page.status_code == 200
        assert f'id="response-{personas.ben_phq9.id}"' in page.text and 'id="exercise-box"' in page.text
        assert f'id="homework-{personas.ben_homework.id}"' in page.text and 'id="mood"' in page.text

    def test_a_past_period_by_its_end(self, session, personas, as_user, history_until):
        data = as_user(personas.therapist_ana).get(
            f"/clients/{personas.client_ben.id}/summary/data?until={history_until}"
        )
        assert data.status_code == 200 and "?until=" in data.text  # the link back keeps the period
        assert f'id="response-{personas.ben_phq9.id}"' not in data.text, "a later result is outside the period"

    def test_in_dutch(self, session, personas, as_user):
        ana = as_user(personas.therapist_ana)
        ana.put("/api/me/locale", json={"locale": "nl"})
        page = ana.get(f"/clients/{personas.client_ben.id}/summary")
        assert "Samenvatting sinds de vorige sessie" in page.text
