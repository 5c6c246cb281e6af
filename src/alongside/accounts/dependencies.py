"""Who is calling, CSRF protection and role guards, as ``Annotated`` dependencies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from alongside.accounts import service
from alongside.accounts.actor import Actor
from alongside.accounts.models import User, WebSession
from alongside.config import settings
from alongside.db import get_session
from alongside.errors import Forbidden, NotAuthenticated, NotFound
from alongside.kit import i18n, tokens

SESSION_COOKIE = "alongside_session"
CSRF_COOKIE = "alongside_csrf"
LANG_COOKIE = "alongside_lang"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

SessionDep = Annotated[Session, Depends(get_session)]


@dataclass
class Auth:
    actor: Actor | None
    user: User | None
    web_session: WebSession | None
    via_token: bool = False


def current_auth(request: Request, session: SessionDep) -> Auth:
    """Resolve a Bearer API token or the session cookie; also fix the request's locale."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = service.resolve_api_token(session, header[7:])
        if user is None:
            raise NotAuthenticated("The API token is not valid.")
        auth = Auth(Actor.of(user, via_token=True), user, None, via_token=True)
    else:
        secret = request.cookies.get(SESSION_COOKIE)
        found = service.resolve_web_session(session, secret) if secret else None
        auth = Auth(Actor.of(found[1]), found[1], found[0]) if found else Auth(None, None, None)
    request.state.actor = auth.actor
    if auth.user is not None:
        try:
            request.state.tz = ZoneInfo(auth.user.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            request.state.tz = None
    request.state.csrf_token = (
        auth.web_session.csrf_token if auth.web_session else getattr(request.state, "anon_csrf", "")
    )
    if auth.actor is not None and not auth.actor.is_client and not request.url.path.startswith("/api/"):
        from alongside.safety import service as safety_service

        request.state.open_alerts = safety_service.count_open_alerts(session, auth.actor)
    preferred = auth.user.locale if auth.user else request.cookies.get(LANG_COOKIE)
    request.state.locale = i18n.best_locale(preferred, request.headers.get("accept-language"), settings.default_locale)
    return auth


AuthDep = Annotated[Auth, Depends(current_auth)]


async def csrf_protect(request: Request, auth: AuthDep) -> None:
    """Every state-changing browser request carries the CSRF token (form field or X-CSRF-Token)."""
    if request.method in SAFE_METHODS or auth.via_token:
        return
    if request.url.path.startswith("/api/") and auth.web_session is None:
        return  # no ambient credentials to abuse; the route answers 401
    expected = request.state.csrf_token
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not tokens.same(sent, expected):
        raise Forbidden("This form has expired. Reload the page and try again.")


def require_actor(auth: AuthDep) -> Actor:
    if auth.actor is None:
        raise NotAuthenticated()
    return auth.actor


CurrentActor = Annotated[Actor, Depends(require_actor)]
OptionalActor = Annotated[Auth, Depends(current_auth)]


# Role guards answer 404, like the object loaders: a route's existence for another role is not revealed.
def require_client(actor: CurrentActor) -> Actor:
    if not actor.is_client:
        raise NotFound()
    return actor


def require_therapist(actor: CurrentActor) -> Actor:
    if not actor.is_therapist:
        raise NotFound()
    return actor


def require_admin(actor: CurrentActor) -> Actor:
    if not actor.is_admin:
        raise NotFound()
    return actor


ClientActor = Annotated[Actor, Depends(require_client)]
TherapistActor = Annotated[Actor, Depends(require_therapist)]
AdminActor = Annotated[Actor, Depends(require_admin)]
