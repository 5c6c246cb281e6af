from __future__ import annotations

from fastapi import APIRouter, Query

from alongside.accounts.dependencies import (
    AdminActor,
    AuthDep,
    ClientActor,
    CurrentActor,
    SessionDep,
    TherapistActor,
)
from alongside.errors import NotFound
from alongside.safety import service
from alongside.safety.dependencies import HelpCountry
from alongside.safety.schemas import (
    AlertRead,
    AlertResolve,
    ContactRequest,
    CrisisLine,
    PolicyUpdate,
    SafetyPlanContent,
)

router = APIRouter(prefix="/api", tags=["safety"])


@router.get("/alerts", response_model=list[AlertRead])
def list_alerts(session: SessionDep, actor: CurrentActor, include_resolved: bool = False):
    if actor.is_client:
        raise NotFound()
    return [
        service.alert_read(session, actor, a, with_details=False)
        for a in service.list_alerts(session, actor, include_resolved=include_resolved)
    ]


@router.get("/alerts/{alert_id}", response_model=AlertRead)
def get_alert(session: SessionDep, actor: CurrentActor, alert_id: int):
    return service.alert_read(session, actor, service.access_alert(session, actor, alert_id))


@router.post("/alerts/{alert_id}/acknowledge", response_model=AlertRead)
def acknowledge(session: SessionDep, actor: CurrentActor, alert_id: int):
    return service.alert_read(session, actor, service.acknowledge_alert(session, actor, alert_id))


@router.post("/alerts/{alert_id}/resolve", response_model=AlertRead)
def resolve(session: SessionDep, actor: TherapistActor, alert_id: int, data: AlertResolve):
    return service.alert_read(session, actor, service.resolve_alert(session, actor, alert_id, data.outcome_note))


@router.get("/safety-plan", response_model=SafetyPlanContent)
def own_plan(session: SessionDep, actor: ClientActor):
    return service.get_safety_plan(session, actor, actor.user_id)[0]


@router.put("/safety-plan", response_model=SafetyPlanContent)
def update_own_plan(session: SessionDep, actor: ClientActor, data: SafetyPlanContent):
    service.update_safety_plan(session, actor, actor.user_id, data)
    return service.get_safety_plan(session, actor, actor.user_id)[0]


@router.get("/clients/{client_id}/safety-plan", response_model=SafetyPlanContent)
def client_plan(session: SessionDep, actor: TherapistActor, client_id: int):
    return service.get_safety_plan(session, actor, client_id)[0]


@router.put("/clients/{client_id}/safety-plan", response_model=SafetyPlanContent)
def update_client_plan(session: SessionDep, actor: TherapistActor, client_id: int, data: SafetyPlanContent):
    service.update_safety_plan(session, actor, client_id, data)
    return service.get_safety_plan(session, actor, client_id)[0]


@router.post("/contact-therapist", status_code=202)
def contact_therapist(session: SessionDep, actor: ClientActor, data: ContactRequest) -> dict:
    return {"therapists_notified": service.request_contact(session, actor, data.message)}


@router.get("/crisis-resources")
def crisis_resources(session: SessionDep, auth: AuthDep, country: HelpCountry) -> dict:
    """Public: crisis lines for the country (a chosen ``country``, the user's, or the browser's)."""
    org_id = auth.user.organisation_id if auth.user else None
    return {**service.crisis_resources(session, org_id, country), "code": country}


def _policy_read(policy) -> PolicyUpdate:  # noqa: ANN001
    """The policy without its webhook secret (write-only)."""
    return PolicyUpdate(**{f: getattr(policy, f) for f in PolicyUpdate.model_fields if f != "webhook_secret"})


@router.get("/admin/escalation-policy", response_model=PolicyUpdate)
def get_policy(session: SessionDep, actor: AdminActor):
    return _policy_read(service.get_policy(session, actor.organisation_id))


@router.put("/admin/escalation-policy", response_model=PolicyUpdate)
def update_policy(session: SessionDep, actor: AdminActor, data: PolicyUpdate):
    return _policy_read(service.update_policy(session, actor, data))


@router.put("/admin/crisis-resources/{country}", status_code=200)
def update_crisis_resources(
    session: SessionDep,
    actor: AdminActor,
    country: str,
    lines: list[CrisisLine],
    emergency: str | None = Query(None, max_length=20),
) -> dict:
    row = service.update_crisis_resources(session, actor, country, lines, emergency=emergency)
    return {"country": row.country, **row.data}
