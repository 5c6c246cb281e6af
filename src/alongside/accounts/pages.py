"""Login, logout, language, settings and API tokens, password reset, admin user management."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from alongside.accounts import service
from alongside.accounts.dependencies import (
    LANG_COOKIE,
    SESSION_COOKIE,
    AdminActor,
    AuthDep,
    CurrentActor,
    SessionDep,
)
from alongside.accounts.schemas import ApiTokenCreate, LoginForm, PasswordSet, UserCreate
from alongside.config import settings
from alongside.errors import TooManyAttempts
from alongside.kit import forms, i18n
from alongside.kit.web import public_url, redirect, render

router = APIRouter(include_in_schema=False)
Form = Annotated[dict[str, Any], Depends(forms.form_data)]


def _safe_next(target: str | None, fallback: str) -> str:
    """Only same-site paths, never ``//evil.example``."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return fallback


@router.get("/")
def index(auth: AuthDep) -> Response:
    return redirect(service.home_path(auth.actor.role) if auth.actor else "/login")


@router.get("/login")
def login_page(request: Request, auth: AuthDep, next: str | None = None) -> Response:
    if auth.actor:
        return redirect(service.home_path(auth.actor.role))
    return render(request, "accounts/login.html", {"next": next, "errors": {}, "values": {}})


@router.post("/login")
def login(request: Request, session: SessionDep, form: Form) -> Response:
    data, errors = forms.parse(LoginForm, form)
    status = 422
    if data:
        # Not in a savepoint: a failed attempt must be counted even though the login fails.
        user = None
        try:
            user = service.authenticate(session, data.email, data.password)
        except service.LoginFailed as exc:
            errors = {"password": exc.message}
        except TooManyAttempts as exc:
            errors, status = {"__all__": exc.message}, 429
        if user:
            secret, _ = service.start_web_session(session, user)
            response = redirect(_safe_next(form.get("next"), service.home_path(user.role)))
            response.set_cookie(
                SESSION_COOKIE,
                secret,
                httponly=True,
                samesite="lax",
                secure=settings.secure_cookies,
                max_age=settings.session_days * 86400,
                path="/",
            )
            return response
    values = {"email": form.get("email", "")}
    return render(
        request,
        "accounts/login.html",
        {"errors": errors, "values": values, "next": form.get("next")},
        status_code=status,
    )


@router.post("/logout")
def logout(request: Request, session: SessionDep, auth: AuthDep) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        service.end_web_session(session, secret)
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/lang")
def switch_language(session: SessionDep, auth: AuthDep, form: Form) -> Response:
    locale = form.get("locale")
    if locale not in i18n.LOCALES:
        locale = settings.default_locale
    if auth.actor:
        service.set_locale(session, auth.actor, locale)
    response = redirect(_safe_next(form.get("next"), "/"))
    response.set_cookie(
        LANG_COOKIE, locale, samesite="lax", max_age=365 * 86400, path="/", secure=settings.secure_cookies
    )
    return response


@router.get("/settings")
def settings_page(request: Request, session: SessionDep, actor: CurrentActor) -> Response:
    tokens = service.list_api_tokens(session, actor)
    return render(request, "accounts/settings.html", {"tokens": tokens, "new_token": None, "errors": {}})


@router.post("/settings/tokens")
def create_token(request: Request, session: SessionDep, actor: CurrentActor, form: Form) -> Response:
    data, errors = forms.parse(ApiTokenCreate, form)
    new_token = None
    if data:
        new_token, _ = service.create_api_token(session, actor, name=data.name)
    tokens = service.list_api_tokens(session, actor)
    return render(
        request,
        "accounts/settings.html",
        {"tokens": tokens, "new_token": new_token, "errors": errors},
        status_code=422 if errors else 200,
    )


@router.post("/settings/tokens/{token_id}/revoke")
def revoke_token(session: SessionDep, actor: CurrentActor, token_id: int) -> Response:
    service.revoke_api_token(session, actor, token_id)
    return redirect("/settings")


@router.get("/reset/{secret}")
def reset_page(request: Request, session: SessionDep, secret: str) -> Response:
    service.check_password_reset(session, secret)
    return render(request, "accounts/reset.html", {"secret": secret, "errors": {}})


@router.post("/reset/{secret}")
def reset_password(request: Request, session: SessionDep, secret: str, form: Form) -> Response:
    data, errors = forms.parse(PasswordSet, form)
    if data:
        user, errors = forms.attempt(
            session, lambda: service.use_password_reset(session, secret, data.password, data.password_again)
        )
        if user:
            return redirect("/login?reset=1")
    return render(request, "accounts/reset.html", {"secret": secret, "errors": errors}, status_code=422)


def _users_page(request: Request, session: SessionDep, actor: AdminActor, **extra: Any) -> Response:
    users, total = service.admin_list_users(session, actor)
    context = {"users": users, "total": total, "errors": {}, "values": {}, "reset_url": None, **extra}
    return render(request, "admin/users.html", context, status_code=422 if context["errors"] else 200)


@router.get("/admin/users")
def users_page(request: Request, session: SessionDep, actor: AdminActor) -> Response:
    return _users_page(request, session, actor)


@router.post("/admin/users")
def create_user(request: Request, session: SessionDep, actor: AdminActor, form: Form) -> Response:
    data, errors = forms.parse(UserCreate, form)
    if data:
        user, errors = forms.attempt(session, lambda: service.admin_create_user(session, actor, data))
        if user:
            return redirect("/admin/users")
    return _users_page(request, session, actor, errors=errors, values=form)


@router.post("/admin/users/{user_id}/reset")
def issue_reset(request: Request, session: SessionDep, actor: AdminActor, user_id: int) -> Response:
    secret, _ = service.admin_issue_password_reset(session, actor, user_id)
    return _users_page(
        request, session, actor, reset_url=public_url(request, f"/reset/{secret}"), reset_user_id=user_id
    )


@router.post("/admin/users/{user_id}/active")
def set_active(session: SessionDep, actor: AdminActor, user_id: int, form: Form) -> Response:
    service.admin_set_active(session, actor, user_id, active=form.get("active") == "1")
    return redirect("/admin/users")
