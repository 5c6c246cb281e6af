"""Who may see what. The one place that turns (actor, scope) into the clients they may read.

- A client sees their own data.
- A therapist sees a client's data only through an active care link whose consent covers the scope.
- An admin manages accounts and never reads clinical content.
"""

from __future__ import annotations

from sqlalchemy import Select, literal, select

from alongside.accounts.actor import Actor
from alongside.care.models import CareLink, LinkStatus, Scope


def readable_client_ids(actor: Actor, scope: Scope) -> Select:
    """A SELECT of the client ids whose ``scope`` data the actor may read (usable in ``IN (...)``)."""
    if actor.is_client:
        return select(literal(actor.user_id))
    if actor.is_therapist:
        return select(CareLink.client_id).where(
            CareLink.therapist_id == actor.user_id,
            CareLink.status == LinkStatus.ACTIVE,
            getattr(CareLink, f"share_{scope.value}").is_(True),
        )
    return select(CareLink.client_id).where(literal(False))


def linked_client_ids(actor: Actor) -> Select:
    """Clients in a therapist's active caseload (whatever they share)."""
    if not actor.is_therapist:
        return select(CareLink.client_id).where(literal(False))
    return select(CareLink.client_id).where(
        CareLink.therapist_id == actor.user_id, CareLink.status == LinkStatus.ACTIVE
    )
