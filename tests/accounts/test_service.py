from __future__ import annotations

from datetime import timedelta

import pytest

from alongside.accounts import service
from alongside.accounts.schemas import UserCreate
from alongside.config import settings
from alongside.errors import InvalidInput, NotFound, TooManyAttempts
from alongside.kit.orm import utc_now
from tests.personas import PASSWORD


class TestAuthenticate:
    def test_right_password_logs_in_and_resets_failures(self, session, personas):
        ben = personas.client_ben
        ben.failed_logins = 2
        user = service.authenticate(session, "BEN@example.org ", PASSWORD)
        assert user.id == ben.id
        assert user.failed_logins == 0
        assert user.last_login_at is not None

    def test_wrong_password_and_unknown_email_give_the_same_message(self, session, personas):
        with pytest.raises(service.LoginFailed) as wrong:
            service.authenticate(session, "ben@example.org", "not the password")
        with pytest.raises(service.LoginFailed) as unknown:
            service.authenticate(session, "nobody@example.org", "not the password")
        assert wrong.value.message == unknown.value.message
        assert personas.client_ben.failed_logins == 1

    def test_growing_delay_after_repeated_failures(self, session, personas):
        now = utc_now()
        for i in range(settings.login_delay_after):
            with pytest.raises(service.LoginFailed):
                service.authenticate(session, "ben@example.org", "wrong", now=now + timedelta(minutes=i))
        t = now + timedelta(minutes=settings.login_delay_after - 1)
        # Right after the third failure even the right password must wait.
        with pytest.raises(TooManyAttempts, match="second"):
            service.authenticate(session, "ben@example.org", PASSWORD, now=t)
        assert service.authenticate(session, "ben@example.org", PASSWORD, now=t + timedelta(seconds=2))

    def test_delays_grow(self):
        delays = [service._delay_seconds(n) for n in range(settings.login_delay_after, 12)]
        assert delays == sorted(delays) and delays[0] >= 1 and delays[-1] > delays[0]

    def test_temporary_lock_after_many_failures(self, session, personas):
        now = utc_now()
        for i in range(settings.login_lock_after):
            with pytest.raises((service.LoginFailed, TooManyAttempts)):
                service.authenticate(session, "ben@example.org", "wrong", now=now + timedelta(minutes=i))
        later = now + timedelta(minutes=settings.login_lock_after)
        assert personas.client_ben.locked_until is not None
        with pytest.raises(TooManyAttempts, match="locked"):
            service.authenticate(session, "ben@example.org", PASSWORD, now=later)
        after_lock = personas.client_ben.locked_until + timedelta(seconds=1)
        assert service.authenticate(session, "ben@example.org", PASSWORD, now=after_lock)

    def test_deactivated_user_cannot_log_in(self, session, personas):
        personas.client_ben.is_active = False
        with pytest.raises(service.LoginFailed):
            service.authenticate(session, "ben@example.org", PASSWORD)


class TestPasswords:
    def test_hash_is_argon2id_and_verifies(self):
        hashed = service.hash_password("a long enough password")
        assert hashed.startswith("$argon2id$")
        assert service.hasher().verify(hashed, "a long enough password")

    def test_production_cost_defaults(self):
        from alongside.config import Settings

        defaults = Settings.model_fields
        assert defaults["argon2_memory_cost"].default >= 65536
        assert defaults["argon2_time_cost"].default >= 3


class TestApiTokens:
    def test_token_is_stored_hashed_and_resolves(self, session, personas):
        plain, token = service.create_api_token(session, personas.actor("client_ben"), name="phone")
        assert plain.startswith("als_") and plain not in token.token_hash
        assert service.resolve_api_token(session, plain).id == personas.client_ben.id

    def test_revoked_token_no_longer_works(self, session, personas):
        plain, token = service.create_api_token(session, personas.actor("client_ben"), name="phone")
        service.revoke_api_token(session, personas.actor("client_ben"), token.id)
        assert service.resolve_api_token(session, plain) is None

    def test_cannot_revoke_someone_elses_token(self, session, personas):
        _, token = service.create_api_token(session, personas.actor("client_ben"), name="phone")
        with pytest.raises(NotFound):
            service.revoke_api_token(session, personas.actor("client_cleo"), token.id)


class TestPasswordReset:
    def test_one_time_link_sets_a_new_password_once(self, session, personas):
        secret, _ = service.admin_issue_password_reset(session, personas.actor("admin_ada"), personas.client_ben.id)
        service.use_password_reset(session, secret, "a brand new password", "a brand new password")
        assert service.authenticate(session, "ben@example.org", "a brand new password")
        with pytest.raises(NotFound):
            service.use_password_reset(session, secret, "another new password", "another new password")

    def test_expired_link_is_refused(self, session, personas):
        secret, reset = service.admin_issue_password_reset(
            session, personas.actor("admin_ada"), personas.client_ben.id, now=utc_now() - timedelta(days=2)
        )
        with pytest.raises(NotFound):
            service.check_password_reset(session, secret)

    def test_passwords_must_match(self, session, personas):
        secret, _ = service.admin_issue_password_reset(session, personas.actor("admin_ada"), personas.client_ben.id)
        with pytest.raises(InvalidInput) as exc:
            service.use_password_reset(session, secret, "a brand new password", "a different password")
        assert exc.value.field == "password_again"

    def test_only_admins_issue_links(self, session, personas):
        from alongside.errors import Forbidden

        with pytest.raises(Forbidden):
            service.admin_issue_password_reset(session, personas.actor("therapist_ana"), personas.client_ben.id)


class TestCreateUser:
    def test_duplicate_email_is_a_field_error(self, session, personas):
        with pytest.raises(InvalidInput) as exc:
            service.create_user(
                session,
                personas.client_ben.organisation_id,
                UserCreate(email="Ben@Example.org", display_name="Other Ben", role="client", password="long enough pw"),
            )
        assert exc.value.field == "email"
