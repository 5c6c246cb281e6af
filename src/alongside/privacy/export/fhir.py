"""A client's record as a FHIR R4 Bundle (type "collection"), built and validated with fhir.resources.

- ``Patient``: the display name and the installation's client id (nothing else is known or needed).
- ``QuestionnaireResponse`` per PHQ-9, GAD-7 and WHO-5 result: every item's answer (linkId = item
  number, with the item's wording in the language it was answered in), and PHQ-9's difficulty item.
- ``Observation`` per result total, category "survey", derived from its QuestionnaireResponse, with
  LOINC codes: PHQ-9 total 44261-6, GAD-7 total 70274-6. WHO-5 has no LOINC code we could verify, so
  its Observation carries a text-only code ("WHO-5 Well-Being Index percentage score"), as FHIR allows.
- ``Observation`` per mood check-in (the client's 1–10 rating), text-only code for the same reason.
- ``DocumentReference`` per signed note version (LOINC 11506-3 "Progress note"), the note as plain text
  with its sources; an amendment "replaces" the version it amends, which is then "superseded".

Full URLs are ``urn:uuid:`` values derived from the installation's address and the row's id, so the
same record exports to the same identifiers.
"""

from __future__ import annotations

import base64
import uuid
from datetime import datetime
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from alongside.notes.service import text as note_text
from alongside.privacy.export.record import ClientRecord, Response
from alongside.questionnaires import service as questionnaires_service

LOINC = "http://loinc.org"
SURVEY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
TOTAL_CODES = {
    "phq9": {
        "coding": [
            {
                "system": LOINC,
                "code": "44261-6",
                "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
            }  # noqa: E501
        ],
        "text": "PHQ-9 total score",
    },
    "gad7": {
        "coding": [
            {
                "system": LOINC,
                "code": "70274-6",
                "display": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
            }  # noqa: E501
        ],
        "text": "GAD-7 total score",
    },
    "who5": {"text": "WHO-5 Well-Being Index percentage score (0-100)"},
}
MOOD_CODE = {"text": "Mood self-rating, 1 (very low) to 10 (very good)"}
PROGRESS_NOTE = {"system": LOINC, "code": "11506-3", "display": "Progress note"}


class Ids:
    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def __call__(self, kind: str, key: object) -> str:
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.base}/{kind}/{key}"))


def _iso(value: datetime) -> str:
    return value.isoformat()


def patient(record: ClientRecord, ids: Ids) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": f"{ids.base}/fhir/client-id", "value": str(record.client.id)}],
        "active": True,
        "name": [{"text": record.client.display_name}],
    }


def questionnaire_response(response: Response, subject: str) -> dict[str, Any]:
    wording = questionnaires_service.instrument_text(response.instrument, response.locale)
    items = [
        {"linkId": str(n), "text": wording.items[n - 1], "answer": [{"valueInteger": response.answers[str(n)]}]}
        for n in range(1, len(wording.items) + 1)
        if str(n) in response.answers
    ]
    if response.difficulty is not None and wording.difficulty is not None:
        items.append(
            {
                "linkId": "difficulty",
                "text": wording.difficulty.question,
                "answer": [{"valueInteger": response.difficulty}],
            }
        )
    return {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "subject": {"reference": subject},
        "authored": _iso(response.completed_at),
        "item": items,
    }


def total_observation(response: Response, subject: str, derived_from: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [SURVEY],
        "code": TOTAL_CODES[response.instrument],
        "subject": {"reference": subject},
        "effectiveDateTime": _iso(response.completed_at),
        "valueInteger": response.total,
        "interpretation": [{"text": response.band.replace("_", " ")}],
        "derivedFrom": [{"reference": derived_from}],
    }


def mood_observation(at: datetime, mood: int, subject: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [SURVEY],
        "code": MOOD_CODE,
        "subject": {"reference": subject},
        "effectiveDateTime": _iso(at),
        "valueInteger": mood,
    }


def document_references(record: ClientRecord, subject: str, ids: Ids) -> list[tuple[str, dict[str, Any]]]:
    entries = []
    by_version = {signed.version.id: signed for signed in record.notes}
    for signed in record.notes:
        row, version, content = signed.session, signed.version, signed.content
        heading = note_text.note_heading(
            content["format"], row.starts_at, row.modality.value, row.duration_minutes, record.tz, record.locale
        )  # noqa: E501
        sign_line = note_text.sign_text(version.number, version.signed_at, signed.signer, record.tz, record.locale)
        body = note_text.note_text(content, locale=record.locale, heading=heading, sign_line=sign_line)
        resource: dict[str, Any] = {
            "resourceType": "DocumentReference",
            "status": "superseded" if signed.superseded else "current",
            "docStatus": "amended" if version.amends_id else "final",
            "type": {"coding": [PROGRESS_NOTE], "text": f"{note_text.FORMAT_NAMES[content['format']]} progress note"},
            "subject": {"reference": subject},
            "date": _iso(version.signed_at),
            "author": [{"display": signed.signer}],
            "description": heading,
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "language": record.locale,
                        "data": base64.b64encode(body.encode()).decode(),
                        "title": heading,
                        "creation": _iso(version.signed_at),
                    }
                }
            ],
            "context": {"period": {"start": _iso(row.starts_at)}},
        }
        if version.amends_id in by_version:
            resource["relatesTo"] = [
                {"code": "replaces", "target": {"reference": ids("note-version", version.amends_id)}}
            ]
        entries.append((ids("note-version", version.id), resource))
    return entries


def bundle(record: ClientRecord, base_url: str) -> Bundle:
    """The validated Bundle (``fhir.resources`` raises if any resource is not valid FHIR R4)."""
    ids = Ids(base_url)
    subject = ids("client", record.client.id)
    entries: list[tuple[str, dict[str, Any]]] = [(subject, patient(record, ids))]
    for response in record.responses or []:
        qr = ids("questionnaire-response", response.id)
        entries.append((qr, questionnaire_response(response, subject)))
        entries.append((ids("questionnaire-total", response.id), total_observation(response, subject, qr)))
    for n, (at, mood) in enumerate(record.moods or []):
        entries.append((ids("mood", f"{at.isoformat()}-{n}"), mood_observation(at, mood, subject)))
    entries += document_references(record, subject, ids)
    return Bundle.model_validate(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": _iso(record.generated_at),
            "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
        }
    )
