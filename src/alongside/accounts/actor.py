"""Who is calling: the user behind a request, a job or a command."""

from __future__ import annotations

from dataclasses import dataclass

from alongside.accounts.models import Role, User


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: Role
    organisation_id: int
    display_name: str
    locale: str | None = None
    via_token: bool = False

    @classmethod
    def of(cls, user: User, *, via_token: bool = False) -> Actor:
        return cls(user.id, user.role, user.organisation_id, user.display_name, user.locale, via_token)

    @property
    def is_client(self) -> bool:
        return self.role == Role.CLIENT

    @property
    def is_therapist(self) -> bool:
        return self.role == Role.THERAPIST

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN
