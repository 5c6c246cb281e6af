"""An organisation open for self-referral (code ``welcome1``) with Ana on the intake team and on
call, and helpers that take a self-referred person through the intake."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import User
from alongside.intake import service as intake_service
from alongside.intake.models import Referral
from alongside.intake.schemas import SelfReferralSignup
from alongside.safety import service as safety_service
from alongside.safety.schemas import PolicyUpdate
from tests.personas import PASSWORD, Personas

CODE = "welcome1"
CALM_WORDS = "I have been feeling low since my father moved into a care home, and I sleep badly."
RISK_WORDS = "Work has been hard. I have pills saved up and I am going to take them all tonight."
PHQ9_MODERATE = {str(n): v for n, v in zip(range(1, 10), [2, 2, 1, 2, 1, 1, 1, 1, 0], strict=True)}  # 11
GAD7_MILD = {str(n): v for n, v in zip(range(1, 8), [1, 1, 1, 1, 1, 1, 0], strict=True)}  # 6
WHO5 = {str(n): 2 for n in range(1, 6)}


@dataclass
class Intake:
    personas: Personas
    session: Session

    @property
    def admin(self) -> Actor:
        return self.personas.actor("admin_ada")

    def sign_up(self, name: str = "Dana", *, now: datetime | None = None) -> tuple[User, Referral]:
        data = SelfReferralSignup(
            display_name=name,
            email=f"{name.lower()}@example.org",
            password=PASSWORD,
            password_again=PASSWORD,
            locale="nl",
            agree=True,
            age_ok=True,
        )
        return intake_service.sign_up(self.session, CODE, data, now=now)

    def fill(
        self, user: User, *, words: str = CALM_WORDS, phq9: dict | None = None, now: datetime | None = None
    ) -> Referral:
        """Every step complete, not yet sent."""
        actor = Actor.of(user)
        steps = [
            ("words", {"words": words}),
            (
                "background",
                {"duration": "months", "tried": "Running, an app", "medication": "none", "hopes": "Sleep again"},
            ),
            ("preferences", {"language": "nl", "mode": "online", "practical": "Evenings suit me"}),
            ("phq9", {f"q{k}": v for k, v in (phq9 or PHQ9_MODERATE).items()}),
            ("gad7", {f"q{k}": v for k, v in GAD7_MILD.items()}),
            ("who5", {f"q{k}": v for k, v in WHO5.items()}),
        ]
        for step, values in steps:
            result = intake_service.save_step(self.session, actor, step, values, complete=True, now=now)
            assert not result.errors, (step, result.errors)
        return intake_service.access_own_referral(self.session, actor)

    def submitted(self, name: str = "Dana", *, now: datetime | None = None, **fill) -> tuple[User, Referral]:
        user, _ = self.sign_up(name, now=now)
        self.fill(user, now=now, **fill)
        referral = intake_service.submit_intake(self.session, Actor.of(user), now=now)
        return user, referral


@pytest.fixture
def intake(session: Session, personas: Personas) -> Intake:
    admin = personas.actor("admin_ada")
    intake_service.update_settings(session, admin, open=True, code=CODE)
    intake_service.set_team(session, admin, [personas.therapist_ana.id])
    safety_service.update_policy(session, admin, PolicyUpdate(on_call_clinician_id=personas.therapist_ana.id))
    session.commit()  # a request that fails rolls the shared session back to here
    return Intake(personas, session)
