"""The Stanley–Brown safety plan, edited by the client and their therapists together."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.errors import NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety.models import SafetyPlan
from alongside.safety.repository import PlanRepository
from alongside.safety.schemas import SafetyPlanContent


def _may_use(session: Session, actor: Actor, client_id: int) -> None:
    """The client, or a therapist in their care team (the plan is made together; no extra consent)."""
    if actor.is_client and actor.user_id == client_id:
        return
    if actor.is_therapist:
        care_service.access_client_link(session, actor, client_id)
        return
    raise NotFound("No such safety plan.")


def get_safety_plan(session: Session, actor: Actor, client_id: int) -> tuple[SafetyPlanContent, datetime | None]:
    _may_use(session, actor, client_id)
    plan = PlanRepository(session).for_client(client_id)
    # Every read of clinical data is audited, the client's own too.
    audit.record(
        session,
        actor,
        AuditEvent.SAFETY_PLAN_VIEWED,
        subject_id=client_id,
        object_type="safety_plan",
        object_id=plan.id if plan else None,
    )
    if plan is None:
        return SafetyPlanContent(), None
    return SafetyPlanContent.model_validate_json(plan.content), plan.updated_at


def update_safety_plan(
    session: Session, actor: Actor, client_id: int, content: SafetyPlanContent, *, now: datetime | None = None
) -> SafetyPlan:
    _may_use(session, actor, client_id)
    now = now or utc_now()
    cleaned = SafetyPlanContent(**{k: [line for line in v if line] for k, v in content.model_dump().items()})
    repo = PlanRepository(session)
    plan = repo.for_client(client_id)
    if plan is None:
        plan = SafetyPlan(client_id=client_id, content="{}", updated_at=now)
        repo.add(plan)
    plan.content = json.dumps(cleaned.model_dump(), ensure_ascii=False)
    plan.updated_at, plan.updated_by_id = now, actor.user_id
    session.flush()
    audit.record(
        session,
        actor,
        AuditEvent.SAFETY_PLAN_UPDATED,
        subject_id=client_id,
        object_type="safety_plan",
        object_id=plan.id,
    )
    return plan


def client_name(session: Session, actor: Actor, client_id: int) -> str:
    return care_service.access_client_link(session, actor, client_id).client.display_name
