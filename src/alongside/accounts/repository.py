"""Every query on users, web sessions, API tokens and reset links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from alongside.accounts.models import ApiToken, PasswordReset, Role, User, WebSession


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def get_by_email(self, email: str) -> User | None:
        return self.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))

    def in_organisation(
        self, organisation_id: int, *, role: Role | None = None, limit: int = 200, offset: int = 0
    ) -> tuple[list[User], int]:
        condition = User.organisation_id == organisation_id
        if role is not None:
            condition = condition & (User.role == role)
        total = self.session.scalar(select(func.count()).select_from(User).where(condition)) or 0
        users = self.session.scalars(
            select(User).where(condition).order_by(User.role, User.display_name).limit(limit).offset(offset)
        )
        return list(users), total


class WebSessionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, web_session: WebSession) -> None:
        self.session.add(web_session)

    def by_token_hash(self, token_hash: str, now: datetime) -> tuple[WebSession, User] | None:
        row = self.session.execute(
            select(WebSession, User)
            .join(User, User.id == WebSession.user_id)
            .where(WebSession.token_hash == token_hash, WebSession.expires_at > now, User.is_active)
        ).first()
        return (row[0], row[1]) if row else None

    def delete_by_token_hash(self, token_hash: str) -> None:
        self.session.execute(delete(WebSession).where(WebSession.token_hash == token_hash))

    def delete_for_user(self, user_id: int) -> None:
        self.session.execute(delete(WebSession).where(WebSession.user_id == user_id))


class ApiTokenRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, token: ApiToken) -> ApiToken:
        self.session.add(token)
        self.session.flush()
        return token

    def active_by_hash(self, token_hash: str) -> tuple[ApiToken, User] | None:
        row = self.session.execute(
            select(ApiToken, User)
            .join(User, User.id == ApiToken.user_id)
            .where(ApiToken.token_hash == token_hash, ApiToken.revoked_at.is_(None), User.is_active)
        ).first()
        return (row[0], row[1]) if row else None

    def for_user(self, user_id: int) -> list[ApiToken]:
        return list(
            self.session.scalars(
                select(ApiToken).where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None)).order_by(ApiToken.id)
            )
        )

    def get_for_user(self, token_id: int, user_id: int) -> ApiToken | None:
        return self.session.scalar(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id))


class PasswordResetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, reset: PasswordReset) -> None:
        self.session.add(reset)

    def usable_by_hash(self, token_hash: str, now: datetime) -> PasswordReset | None:
        return self.session.scalar(
            select(PasswordReset).where(
                PasswordReset.token_hash == token_hash,
                PasswordReset.used_at.is_(None),
                PasswordReset.expires_at > now,
            )
        )
