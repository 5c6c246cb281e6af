"""The record export: a FHIR R4 Bundle validated by parsing it with fhir.resources, with LOINC codes and
only what the client shares; a PDF for a referral; both audited, both 404 outside the care team."""

from __future__ import annotations

import base64
import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from sqlalchemy import select

from alongside.config import settings
from alongside.errors import NotFound
from alongside.notes import service as notes_service
from alongside.privacy import export
from alongside.privacy.export import pdf
from alongside.privacy.models import AuditEntry
from tests.personas import BEN_HOMEWORK_NOTE, BEN_NOTE, BEN_PRIVATE, BEN_SHARED

BASE = "https://care.example"


def resources(document: str, kind: type) -> list:
    bundle = Bundle.model_validate_json(document)  # the validation: a bundle that is not FHIR R4 raises
    return [entry.resource for entry in bundle.entry if isinstance(entry.resource, kind)]


@pytest.fixture
def signed(session, ana, ben_note):
    notes_service.sign_note(session, ana, ben_note.id, confirm=True)
    session.commit()
    return ben_note


class TestFhir:
    def test_a_valid_bundle_with_every_kind_of_resource(self, session, personas, ana, signed):
        document, name = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        assert name.endswith(".fhir.json")
        bundle = Bundle.model_validate_json(document)
        assert bundle.type == "collection"
        assert len(resources(document, Patient)) == 1
        patient = resources(document, Patient)[0]
        assert patient.name[0].text == "Ben" and patient.identifier[0].value == str(personas.client_ben.id)
        qr = resources(document, QuestionnaireResponse)
        assert len(qr) == 1 and qr[0].status == "completed"
        assert [(i.linkId, i.answer[0].valueInteger) for i in qr[0].item][:2] == [("1", 2), ("2", 2)]
        assert qr[0].item[0].text == "Little interest or pleasure in doing things"

    def test_totals_with_loinc_codes_and_mood(self, session, personas, ana, signed):
        document, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        observations = resources(document, Observation)
        totals = [o for o in observations if o.code.coding]
        assert [(o.code.coding[0].system, o.code.coding[0].code, o.valueInteger) for o in totals] == [
            ("http://loinc.org", "44261-6", 13)
        ]
        assert totals[0].category[0].coding[0].code == "survey"
        qr_url = next(
            e.fullUrl
            for e in Bundle.model_validate_json(document).entry
            if e.resource.__resource_type__ == "QuestionnaireResponse"
        )
        assert totals[0].derivedFrom[0].reference == qr_url
        moods = [o for o in observations if o.code.text and o.code.text.startswith("Mood")]
        assert [o.valueInteger for o in moods] == [4]

    def test_signed_notes_as_document_references(self, session, personas, ana, signed):
        notes_service.amend_note(session, ana, signed.id, "typo")
        notes_service.sign_note(session, ana, signed.id, confirm=True)
        document, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        docs = resources(document, DocumentReference)
        assert [(d.status, d.docStatus) for d in docs] == [("superseded", "final"), ("current", "amended")]
        assert docs[0].type.coding[0].code == "11506-3"
        text = docs[1].content[0].attachment.data.decode()  # fhir.resources decodes the base64 on parsing
        raw = json.loads(document)["entry"][-1]["resource"]["content"][0]["attachment"]["data"]
        assert base64.b64decode(raw).decode() == text
        assert text.startswith("SOAP note, session of ") and "Version 2, signed on " in text
        full_urls = [
            e.fullUrl
            for e in Bundle.model_validate_json(document).entry
            if e.resource.__resource_type__ == "DocumentReference"
        ]
        assert docs[1].relatesTo[0].code == "replaces" and docs[1].relatesTo[0].target.reference == full_urls[0]

    def test_drafts_never_go_out(self, session, personas, ana, ben_note):
        document, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        assert resources(document, DocumentReference) == []

    def test_only_what_the_client_shares_and_no_free_text(self, session, personas, ana, signed):
        from alongside.care import service as care_service
        from alongside.care.schemas import Consent

        care_service.update_consent(session, personas.actor("client_ben"), personas.ben_link.id, Consent(journal=True))
        document, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        assert resources(document, QuestionnaireResponse) == [] and resources(document, Observation) == []
        assert len(resources(document, DocumentReference)) == 1, "the care team's own signed notes stay"
        for marker in (BEN_NOTE, BEN_PRIVATE, BEN_SHARED, BEN_HOMEWORK_NOTE):
            assert marker not in document

    def test_the_same_record_gives_the_same_identifiers(self, session, personas, ana, signed):
        first, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        second, _ = export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
        urls = [[e["fullUrl"] for e in json.loads(d)["entry"]] for d in (first, second)]
        assert urls[0] == urls[1] and all(u.startswith("urn:uuid:") for u in urls[0])


class TestPdf:
    def test_a_pdf_with_its_pages(self, session, personas, ana, signed):
        content, name = export.export_pdf(session, ana, personas.client_ben.id, locale="en")
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        assert name == f"alongside-record-{personas.client_ben.id}-" + name.split("-", 3)[3]
        assert content.count(b"/Type /Page\n") + content.count(b"/Type /Page ") + content.count(b"/Type /Page>") >= 2

    def test_in_dutch_with_the_system_font_or_without_any(self, session, personas, ana, signed, monkeypatch, tmp_path):
        with_font, _ = export.export_pdf(session, ana, personas.client_ben.id, locale="nl")
        monkeypatch.setattr(settings, "pdf_font", tmp_path / "missing.ttf")
        assert pdf.font_path() is None
        without, _ = export.export_pdf(session, ana, personas.client_ben.id, locale="nl")
        assert with_font.startswith(b"%PDF-") and without.startswith(b"%PDF-")
        if pdf.FONT_CANDIDATES and any(__import__("pathlib").Path(p).is_file() for p in pdf.FONT_CANDIDATES):
            assert b"DejaVu" in with_font, "the Unicode font is embedded when the system has it"
        assert b"DejaVu" not in without

    def test_latin1_fallback_replaces_what_it_cannot_show(self, monkeypatch, tmp_path):
        monkeypatch.setattr(settings, "pdf_font", tmp_path / "missing.ttf")
        document = pdf.RecordPDF("footer")
        assert document.clean("“Cliënt” → 5–6 ✓") == '"Cliënt" -> 5-6 ?'


def test_exports_are_audited_and_hidden_from_outsiders(session, personas, ana, signed):
    export.export_pdf(session, ana, personas.client_ben.id, locale="en")
    export.export_fhir(session, ana, personas.client_ben.id, locale="en", base_url=BASE)
    rows = session.scalars(select(AuditEntry).where(AuditEntry.event == "RECORD_EXPORTED")).all()
    assert [r.extra["format"] for r in rows] == ["pdf", "fhir"] and all(
        r.subject_id == personas.client_ben.id for r in rows
    )
    for name in ("outsider_therapist", "client_ben", "admin_ada"):
        with pytest.raises(NotFound):
            export.export_fhir(session, personas.actor(name), personas.client_ben.id, locale="en", base_url=BASE)
