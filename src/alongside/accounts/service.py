"""Accounts: users, passwords, login with growing delays and a temporary lock, sessions, API tokens."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import ApiToken, PasswordReset, Role, User, WebSession
from alongside.accounts.repository import (
    ApiTokenRepository,
    PasswordResetRepository,
    UserRepository,
    WebSessionRepository,
)
from alongside.accounts.schemas import UserCreate
from alongside.config import settings
from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound, TooManyAttempts
from alongside.kit import tokens
from alongside.kit.orm import utc_now

TOKEN_PREFIX = "als_"  # noqa: S105 (a visible prefix, not a secret)


class LoginFailed(InvalidInput):
    """Wrong e-mail or password; the message never says which."""

    def __init__(self) -> None:
        super().__init__("Wrong e-mail address or password.", field="password")


@lru_cache(maxsize=4)
def _hasher(time_cost: int, memory_cost: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


def hasher() -> PasswordHasher:
    """argon2id with the configured cost (argon2-cffi's default type is argon2id)."""
    return _hasher(settings.argon2_time_cost, settings.argon2_memory_cost, settings.argon2_parallelism)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def _verify(user: User | None, password: str) -> bool:
    if user is None or not user.password_hash:
        # Spend the same time as a real check, so timing does not reveal which e-mails exist.
        _dummy_verify(password)
        return False
    try:
        return hasher().verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _dummy_verify(password: str) -> None:
    try:
        hasher().verify(_dummy_hash(), password)
    except VerificationError:
        pass


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hasher().hash("not-a-real-password")


def _delay_seconds(failures: int) -> int:
    """No delay for the first few failures, then 1, 2, 4 … seconds (at most 60)."""
    over = failures - settings.login_delay_after + 1
    return 0 if over <= 0 else min(2 ** (over - 1), 60)


def authenticate(session: Session, email: str, password: str, *, now: datetime | None = None) -> User:
    """Check a login; count failures, impose growing delays and a temporary lock."""
    now = now or utc_now()
    user = UserRepository(session).get_by_email(email)
    if user is not None:
        if user.locked_until and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            raise TooManyAttempts(f"Too many failed logins. This account is locked for {minutes} more minute(s).")
        wait = _delay_seconds(user.failed_logins)
        if wait and user.last_failed_login_at and user.last_failed_login_at + timedelta(seconds=wait) > now:
            left = int((user.last_failed_login_at + timedelta(seconds=wait) - now).total_seconds()) + 1
            raise TooManyAttempts(f"Too many failed logins. Try again in {left} second(s).")
    if not _verify(user, password) or user is None or not user.is_active:
        if user is not None:
            user.failed_logins += 1
            user.last_failed_login_at = now
            if user.failed_logins >= settings.login_lock_after:
                user.locked_until = now + timedelta(minutes=settings.login_lock_minutes)
                user.failed_logins = 0
        raise LoginFailed()
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if hasher().check_needs_rehash(user.password_hash or ""):
        user.password_hash = hash_password(password)
    return user


def start_web_session(session: Session, user: User, *, now: datetime | None = None) -> tuple[str, WebSession]:
    """Create a login; returns the cookie value (only its hash is stored)."""
    now = now or utc_now()
    secret = tokens.new_secret()
    web_session = WebSession(
        token_hash=tokens.digest(secret),
        user_id=user.id,
        csrf_token=tokens.new_secret(24),
        expires_at=now + timedelta(days=settings.session_days),
        created_at=now,
    )
    WebSessionRepository(session).add(web_session)
    return secret, web_session


def resolve_web_session(session: Session, secret: str) -> tuple[WebSession, User] | None:
    return WebSessionRepository(session).by_token_hash(tokens.digest(secret), utc_now())


def end_web_session(session: Session, secret: str) -> None:
    WebSessionRepository(session).delete_by_token_hash(tokens.digest(secret))


def create_api_token(session: Session, actor: Actor, *, name: str) -> tuple[str, ApiToken]:
    secret = tokens.new_secret()
    plain = f"{TOKEN_PREFIX}{secret}"
    token = ApiToken(user_id=actor.user_id, name=name, prefix=plain[:10], token_hash=tokens.digest(plain))
    return plain, ApiTokenRepository(session).add(token)


def resolve_api_token(session: Session, plain: str) -> User | None:
    found = ApiTokenRepository(session).active_by_hash(tokens.digest(plain.strip()))
    if found is None:
        return None
    token, user = found
    now = utc_now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        token.last_used_at = now
    return user


def list_api_tokens(session: Session, actor: Actor) -> list[ApiToken]:
    return ApiTokenRepository(session).for_user(actor.user_id)


def revoke_api_token(session: Session, actor: Actor, token_id: int) -> None:
    token = ApiTokenRepository(session).get_for_user(token_id, actor.user_id)
    if token is None or token.revoked_at is not None:
        raise NotFound("No such token.")
    token.revoked_at = utc_now()


def create_user(session: Session, organisation_id: int, data: UserCreate) -> User:
    """Create a user in an organisation (callers check who may do this)."""
    repo = UserRepository(session)
    if repo.get_by_email(data.email) is not None:
        raise InvalidInput("An account with this e-mail address already exists.", field="email")
    user = User(
        organisation_id=organisation_id,
        email=data.email.lower(),
        display_name=data.display_name,
        role=data.role,
        password_hash=hash_password(data.password) if data.password else None,
        locale=data.locale,
        country=data.country,
    )
    return repo.add(user)


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise Forbidden("Only an administrator can manage accounts.")


def admin_create_user(session: Session, actor: Actor, data: UserCreate) -> User:
    _require_admin(actor)
    return create_user(session, actor.organisation_id, data)


def admin_list_users(session: Session, actor: Actor, *, limit: int = 200, offset: int = 0) -> tuple[list[User], int]:
    _require_admin(actor)
    return UserRepository(session).in_organisation(actor.organisation_id, limit=limit, offset=offset)


def _org_user(session: Session, actor: Actor, user_id: int) -> User:
    user = UserRepository(session).get(user_id)
    if user is None or user.organisation_id != actor.organisation_id:
        raise NotFound("No such user.")
    return user


def admin_set_active(session: Session, actor: Actor, user_id: int, *, active: bool) -> User:
    _require_admin(actor)
    user = _org_user(session, actor, user_id)
    if user.id == actor.user_id and not active:
        raise Conflict("You cannot deactivate your own account.")
    user.is_active = active
    if not active:
        WebSessionRepository(session).delete_for_user(user.id)
    return user


def admin_issue_password_reset(
    session: Session, actor: Actor, user_id: int, *, now: datetime | None = None
) -> tuple[str, PasswordReset]:
    """A one-time link the admin passes on to the user; returns the link's secret."""
    _require_admin(actor)
    user = _org_user(session, actor, user_id)
    now = now or utc_now()
    secret = tokens.new_secret()
    reset = PasswordReset(
        user_id=user.id,
        issued_by_id=actor.user_id,
        token_hash=tokens.digest(secret),
        expires_at=now + timedelta(hours=settings.password_reset_hours),
        created_at=now,
    )
    PasswordResetRepository(session).add(reset)
    return secret, reset


def check_password_reset(session: Session, secret: str) -> PasswordReset:
    reset = PasswordResetRepository(session).usable_by_hash(tokens.digest(secret), utc_now())
    if reset is None:
        raise NotFound("This link is not valid any more. Ask your administrator for a new one.")
    return reset


def use_password_reset(session: Session, secret: str, password: str, password_again: str) -> User:
    reset = check_password_reset(session, secret)
    if password != password_again:
        raise InvalidInput("The two passwords are not the same.", field="password_again")
    user = UserRepository(session).get(reset.user_id)
    assert user is not None
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    reset.used_at = utc_now()
    WebSessionRepository(session).delete_for_user(user.id)
    return user


def set_locale(session: Session, actor: Actor, locale: str) -> None:
    user = UserRepository(session).get(actor.user_id)
    assert user is not None
    user.locale = locale


def get_user(session: Session, user_id: int) -> User | None:
    return UserRepository(session).get(user_id)


def home_path(role: Role) -> str:
    return {Role.CLIENT: "/home", Role.THERAPIST: "/caseload", Role.ADMIN: "/admin/users"}[role]


def list_organisation_users(
    session: Session, organisation_id: int, *, role: Role | None = None
) -> tuple[list[User], int]:
    """Unscoped helper for other services (they check who is asking)."""
    return UserRepository(session).in_organisation(organisation_id, role=role, limit=500)
