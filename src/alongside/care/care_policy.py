"""Who may see what. The one place that turns (actor, scope) into the clients they may read.

- A client sees their own data.
- A therapist sees a client's data only through an active care link whose consent covers the scope.
- An admin manages accounts and never reads clinical content.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Exists, Select, exists, literal, select

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


def shares_with(therapist_id: Any, client_id: Any, scope: Scope) -> Exists:
    """True where an active care link between this therapist and client covers ``scope`` (columns or
    values), e.g. to show a client only the requests of therapists who may still see the answers."""
    return exists().where(
        CareLink.therapist_id == therapist_id,
        CareLink.client_id == client_id,
        CareLink.status == LinkStatus.ACTIVE,
        getattr(CareLink, f"share_{scope.value}").is_(True),
    )
