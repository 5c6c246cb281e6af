from __future__ import annotations

from fastapi import APIRouter, Query, Request

from alongside.accounts import service
from alongside.accounts.dependencies import AdminActor, CurrentActor, SessionDep
from alongside.accounts.schemas import (
    ApiTokenCreate,
    ApiTokenCreated,
    ApiTokenRead,
    LocaleUpdate,
    PasswordResetIssued,
    UserCreate,
    UserPage,
    UserRead,
)
from alongside.kit.web import public_url

router = APIRouter(prefix="/api", tags=["accounts"])


@router.get("/me", response_model=UserRead)
def me(session: SessionDep, actor: CurrentActor):
    return service.get_user(session, actor.user_id)


@router.put("/me/locale", status_code=204)
def set_locale(session: SessionDep, actor: CurrentActor, data: LocaleUpdate) -> None:
    service.set_locale(session, actor, data.locale)


@router.get("/tokens", response_model=list[ApiTokenRead])
def list_tokens(session: SessionDep, actor: CurrentActor):
    return service.list_api_tokens(session, actor)


@router.post("/tokens", response_model=ApiTokenCreated, status_code=201)
def create_token(session: SessionDep, actor: CurrentActor, data: ApiTokenCreate):
    plain, token = service.create_api_token(session, actor, name=data.name)
    return ApiTokenCreated(**ApiTokenRead.model_validate(token).model_dump(), token=plain)


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(session: SessionDep, actor: CurrentActor, token_id: int) -> None:
    service.revoke_api_token(session, actor, token_id)


@router.get("/admin/users", response_model=UserPage)
def list_users(
    session: SessionDep, actor: AdminActor, limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0)
):
    users, total = service.admin_list_users(session, actor, limit=limit, offset=offset)
    return UserPage(items=[UserRead.model_validate(u) for u in users], total=total)


@router.post("/admin/users", response_model=UserRead, status_code=201)
def create_user(session: SessionDep, actor: AdminActor, data: UserCreate):
    return service.admin_create_user(session, actor, data)


@router.post("/admin/users/{user_id}/password-reset", response_model=PasswordResetIssued, status_code=201)
def issue_password_reset(request: Request, session: SessionDep, actor: AdminActor, user_id: int):
    secret, reset = service.admin_issue_password_reset(session, actor, user_id)
    return PasswordResetIssued(url=public_url(request, f"/reset/{secret}"), expires_at=reset.expires_at)
