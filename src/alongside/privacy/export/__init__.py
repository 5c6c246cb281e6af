"""Export of a client's record: a PDF for a referral and a FHIR R4 Bundle.

``export_pdf`` and ``export_fhir`` are the use cases the routes call: each gathers the record through
the domains' services (``record.py``: only what the client shares, signed notes only), renders it and
audits the export. 404 for anyone outside the client's care team.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.privacy.export import fhir, pdf
from alongside.privacy.export.record import ClientRecord, client_record, record_export

__all__ = ["ClientRecord", "client_record", "export_fhir", "export_pdf"]


def export_pdf(session: Session, actor: Actor, client_id: int, *, locale: str) -> tuple[bytes, str]:
    """(the PDF, a file name)."""
    record = client_record(session, actor, client_id, locale=locale)
    content = pdf.render(record)
    record_export(session, actor, record, "pdf")
    return content, pdf.generated_name(record, "pdf")


def export_fhir(session: Session, actor: Actor, client_id: int, *, locale: str, base_url: str) -> tuple[str, str]:
    """(the Bundle as FHIR JSON, a file name)."""
    record = client_record(session, actor, client_id, locale=locale)
    document = fhir.bundle(record, base_url).model_dump_json(exclude_none=True)
    record_export(session, actor, record, "fhir")
    return document, pdf.generated_name(record, "fhir.json")
