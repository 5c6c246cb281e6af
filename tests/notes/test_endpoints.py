"""The JSON API for sessions and notes, the whole way: a session, a transcript (JSON, then a Word
upload), a draft with its sources and check, edits, signing, 409 afterwards, an amendment, the
summary, and the record export."""

from __future__ import annotations

from fhir.resources.R4B.bundle import Bundle

from tests.notes.conftest import RISK_LINE_EN, TRANSCRIPT_EN, docx_bytes


def test_the_whole_way_through_the_api(personas, as_user):
    ana = as_user(personas.therapist_ana)
    ben = personas.client_ben.id
    created = ana.post(f"/api/clients/{ben}/sessions", json={"starts_at": "2026-01-05T10:00:00Z", "modality": "video"})
    assert created.status_code == 201 and created.json()["status"] == "held"
    session_id = created.json()["id"]

    transcript = ana.post(f"/api/sessions/{session_id}/transcripts", json={"text": TRANSCRIPT_EN})
    assert transcript.status_code == 201
    body = transcript.json()
    assert body["speakers"] == {"Therapist": "therapist", "Ben": "client"} and body["risk_level"] == "moderate"
    assert body["lines"][RISK_LINE_EN - 1]["risk"] == "moderate" and body["lines"][1]["role"] == "client"

    drafted = ana.post(f"/api/sessions/{session_id}/note", json={"format": "soap"})
    assert drafted.status_code == 201
    note = drafted.json()
    assert note["version"]["check"]["ok"] and note["version"]["status"] == "draft"
    assert {s["kind"] for s in note["version"]["sources"]} >= {"transcript", "questionnaire"}
    assert note["text"].startswith("SOAP note, session of 2026-01-05 11:00 (video, 50 minutes)")

    sections = note["version"]["sections"]
    sections[3]["sentences"].append({"text": "Review the thought records next time.", "refs": []})
    saved = ana.put(f"/api/notes/{note['id']}/draft", json={"sections": sections})
    assert saved.status_code == 200 and saved.json()["version"]["check"]["own_words"] == 1

    assert ana.post(f"/api/notes/{note['id']}/sign", json={"confirm": False}).status_code == 422
    signed = ana.post(f"/api/notes/{note['id']}/sign", json={"confirm": True})
    assert signed.status_code == 200 and signed.json()["version"]["status"] == "signed"
    assert ana.put(f"/api/notes/{note['id']}/draft", json={"sections": sections}).status_code == 409

    amended = ana.post(f"/api/notes/{note['id']}/amendments", json={"reason": "Add the GP's advice."})
    assert amended.status_code == 201
    versions = amended.json()["versions"]
    assert [(v["number"], v["status"], v["amends_number"]) for v in versions] == [(1, "signed", None), (2, "draft", 1)]
    assert ana.get(f"/api/notes/{note['id']}?version=1").json()["version"]["status"] == "signed"

    detail = ana.get(f"/api/sessions/{session_id}").json()
    assert detail["note_id"] == note["id"] and detail["transcript"]["line_count"] == 15
    listed = ana.get(f"/api/clients/{ben}/sessions").json()
    assert listed[0]["note_status"] == "draft"


def test_upload_and_errors(personas, as_user, ben_session):
    ana = as_user(personas.therapist_ana)
    url = f"/api/sessions/{ben_session.id}/transcripts/upload"
    files = {
        "file": (
            "s.docx",
            docx_bytes([("Therapist", "Hello."), ("Client", "Hi, I felt low.")]),
            "application/octet-stream",
        )
    }
    uploaded = ana.post(url, files=files)
    assert uploaded.status_code == 201 and uploaded.json()["source"] == "docx"
    bad = ana.post(url, files={"file": ("s.pdf", b"%PDF-1.4", "application/pdf")})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "file"
    assert ana.post(url).status_code == 422  # no file at all
    assert ana.post(f"/api/sessions/{ben_session.id}/transcripts", json={"text": ""}).status_code == 422


def test_the_summary_as_json_and_text(personas, as_user):
    response = as_user(personas.therapist_ana).get(f"/api/clients/{personas.client_ben.id}/summary")
    assert response.status_code == 200
    body = response.json()
    assert [s["key"] for s in body["sections"]] == [
        "mood", "questionnaires", "alerts", "homework", "exercises", "journal", "companion", "insights",
    ]  # fmt: skip
    phq9 = body["sections"][1]["facts"][0]
    assert phq9["text"].startswith("PHQ-9 total 13") and phq9["source"]["url"].endswith(
        f"#response-{personas.ben_phq9.id}"
    )
    assert "Sources\n[1]" in body["text"] and "http://testserver/clients/" in body["text"]


def test_export_over_the_api(personas, as_user, ben_note):
    ana = as_user(personas.therapist_ana)
    fhir = ana.get(f"/api/clients/{personas.client_ben.id}/export/fhir")
    assert fhir.status_code == 200 and fhir.headers["content-type"].startswith("application/fhir+json")
    assert Bundle.model_validate_json(fhir.text).type == "collection"
    pdf = ana.get(f"/api/clients/{personas.client_ben.id}/export/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert "attachment" in pdf.headers["content-disposition"]
    page = ana.get(f"/clients/{personas.client_ben.id}/export")
    assert "record.pdf" in page.text and "record.fhir.json" in page.text and "Mood check-ins (ratings only" in page.text
