from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.kit.web import public_url, request_locale
from alongside.privacy import export, service
from alongside.privacy.schemas import AccessLogEntry, AccessLogPage

router = APIRouter(prefix="/api", tags=["privacy"])


@router.get("/access-log", response_model=AccessLogPage)
def access_log(
    session: SessionDep,
    actor: ClientActor,
    include_own: bool = False,
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0),
):
    rows, total = service.list_access_log(session, actor, include_own=include_own, limit=limit, offset=offset)
    return AccessLogPage(items=[AccessLogEntry(**asdict(r)) for r in rows], total=total)


@router.get(
    "/clients/{client_id}/export/fhir",
    response_class=Response,
    responses={200: {"content": {"application/fhir+json": {}}}},
)
def export_fhir(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    """The client's record as a FHIR R4 Bundle: Patient, QuestionnaireResponse and total Observation per
    PHQ-9/GAD-7/WHO-5 result, mood Observations, a DocumentReference per signed note. Only what the
    client shares with you; audited."""
    content, name = export.export_fhir(
        session, actor, client_id, locale=request_locale(request), base_url=public_url(request, "")
    )
    return Response(content, media_type="application/fhir+json", headers=_disposition("inline", name))


@router.get(
    "/clients/{client_id}/export/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def export_pdf(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    """The client's record as a PDF for a referral: summary, charts, signed notes; audited."""
    content, name = export.export_pdf(session, actor, client_id, locale=request_locale(request))
    return Response(content, media_type="application/pdf", headers=_disposition("attachment", name))


def _disposition(kind: str, name: str) -> dict[str, str]:
    return {"Content-Disposition": f'{kind}; filename="{name}"'}
