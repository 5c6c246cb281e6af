from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query, Request

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.care import service
from alongside.care.schemas import (
    CareLinkRead,
    ClientSummary,
    Consent,
    InvitationAccept,
    InvitationCreate,
    InvitationCreated,
)
from alongside.checkins import service as checkins_service
from alongside.kit.web import public_url
from alongside.workspace import service as workspace_service
from alongside.workspace.schemas import CaseloadFilter, CaseloadRead, TimelineKind, TimelineRead

router = APIRouter(prefix="/api", tags=["care"])


@router.get("/care-team", response_model=list[CareLinkRead])
def care_team(session: SessionDep, actor: ClientActor):
    return [service.link_read(link) for link in service.list_care_team(session, actor)]


@router.put("/care-team/{link_id}/consent", response_model=CareLinkRead)
def update_consent(session: SessionDep, actor: ClientActor, link_id: int, consent: Consent):
    return service.link_read(service.update_consent(session, actor, link_id, consent))


@router.delete("/care-team/{link_id}", status_code=204)
def withdraw(session: SessionDep, actor: ClientActor, link_id: int) -> None:
    service.withdraw(session, actor, link_id)


@router.post("/invitations", response_model=InvitationCreated, status_code=201)
def create_invitation(request: Request, session: SessionDep, actor: TherapistActor, data: InvitationCreate):
    code, invitation = service.create_invitation(session, actor, note=data.note)
    return InvitationCreated(code=code, url=public_url(request, f"/invite/{code}"), expires_at=invitation.expires_at)


@router.post("/invitations/accept", response_model=CareLinkRead, status_code=201)
def accept_invitation(session: SessionDep, actor: ClientActor, data: InvitationAccept):
    link = service.accept_invitation(session, actor, data.code, data.consent)
    return service.link_read(service.access_own_link(session, actor, link.id))


@router.get("/clients", response_model=list[ClientSummary])
def caseload(session: SessionDep, actor: TherapistActor, q: str | None = Query(None, max_length=100)):
    links = service.list_caseload(session, actor, search=q)
    last = checkins_service.last_checkins(session, actor, [link.client_id for link in links])
    return [
        ClientSummary(
            id=link.client_id,
            display_name=link.client.display_name,
            linked_since=link.created_at,
            consent=service.consent_of(link),
            last_checkin_at=last.get(link.client_id),
        )
        for link in links
    ]


@router.get("/caseload", response_model=CaseloadRead)
def caseload_by_need(
    session: SessionDep,
    actor: TherapistActor,
    q: str | None = Query(None, max_length=100),
    show: CaseloadFilter = Query("all", alias="filter"),
    page: int = Query(1, ge=1, le=10_000),
):
    """The caseload sorted by need, 25 clients a page, with the reason for each row's place (as on
    the caseload page)."""
    return workspace_service.build_caseload(session, actor, search=q, filter=show, page=page)


@router.get("/clients/{client_id}/timeline", response_model=TimelineRead)
def client_timeline(
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    before: datetime | None = None,
    kinds: list[TimelineKind] | None = Query(None),
):
    """90 days of the client's timeline before ``before`` (default now), newest first; ``older`` is
    the ``before`` of the previous window. Only the kinds the client shares (alerts and homework always)."""
    return workspace_service.client_timeline(session, actor, client_id, before=before, kinds=kinds)
