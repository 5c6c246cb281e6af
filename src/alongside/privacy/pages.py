"""The client's "who has seen my data" page, and the therapist's export of a client's record."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.care import service as care_service
from alongside.kit.web import public_url, render, request_locale
from alongside.privacy import export, service

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


@router.get("/privacy/access-log")
def access_log(
    request: Request, session: SessionDep, actor: ClientActor, page: int = Query(1, ge=1), own: bool = False
) -> Response:
    rows, total = service.list_access_log(
        session, actor, include_own=own, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    return render(
        request,
        "privacy/access_log.html",
        {
            "rows": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "own": own,
        },
    )


@router.get("/clients/{client_id}/export")
def export_page(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    """What the export holds (by the client's consent) and the two downloads."""
    link = care_service.access_client_link(session, actor, client_id)
    return render(request, "privacy/export.html", {"client": link.client, "consent": care_service.consent_of(link)})


@router.get("/clients/{client_id}/export/record.pdf")
def export_pdf(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    content, name = export.export_pdf(session, actor, client_id, locale=request_locale(request))
    return Response(content, media_type="application/pdf", headers=_attachment(name))


@router.get("/clients/{client_id}/export/record.fhir.json")
def export_fhir(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    content, name = export.export_fhir(
        session, actor, client_id, locale=request_locale(request), base_url=public_url(request, "")
    )
    return Response(content, media_type="application/fhir+json", headers=_attachment(name))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}
