"""The demo's self-referral and waiting list: the practice is open for self-referral (code
``demo-welcome``), Sanne is on the intake team and on call, five people are somewhere in their
intake or on the waiting list today (with logins), and twenty earlier referrals give the figures
page twelve weeks of history."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.demo.cast import DOMAIN, PRACTICE_TZ
from alongside.intake import service as intake_service
from alongside.intake.models import CloseReason, Referral, ReferralStatus
from alongside.notes.models import Modality, SessionStatus, TherapySession
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ResponseCreate
from alongside.safety import service as safety_service
from alongside.safety.schemas import PolicyUpdate

CODE = "demowelcome"


@dataclass(frozen=True)
class _Waiter:
    key: str
    name: str
    locale: str
    days_ago: int  # since the referral
    words: str
    phq9: tuple[int, ...]
    gad7: tuple[int, ...]
    who5: tuple[int, ...]
    stage: str  # started | submitted | waiting | proposed
    notes: str
    later_phq9: tuple[int, ...] | None = None  # a PHQ-9 filled in yesterday, while waiting

    @property
    def email(self) -> str:
        return f"{self.name.lower().replace(' ', '.')}@{DOMAIN}"


WAITERS = (
    _Waiter(
        "lotte",
        "Lotte de Wit",
        "nl",
        4,
        "Sinds de verhuizing slaap ik slecht en pieker ik de hele avond over mijn werk. "
        "Ik zie er tegenop om naar kantoor te gaan.",
        (2, 1, 2, 2, 1, 1, 1, 1, 0),
        (2, 2, 1, 2, 1, 1, 0),
        (2, 2, 1, 1, 2),
        "submitted",
        "self-referred 4 days ago; intake to review (sign in as Sanne, Waiting list)",
    ),
    _Waiter(
        "tom",
        "Tom Peters",
        "en",
        26,
        "I lost my job in the spring and I have not really got going since. Most days I stay in and feel flat.",
        (1, 2, 1, 2, 1, 1, 1, 1, 0),
        (1, 1, 1, 1, 0, 1, 0),
        (1, 1, 1, 1, 2),
        "waiting",
        "on the waiting list for 26 days; his PHQ-9 got reliably worse yesterday",
        later_phq9=(3, 3, 2, 3, 1, 2, 2, 1, 0),
    ),
    _Waiter(
        "yara",
        "Yara Haddad",
        "nl",
        1,
        "Het gaat al maanden niet goed. Soms denk ik dat iedereen beter af is zonder mij.",
        (2, 3, 2, 2, 1, 2, 1, 1, 1),
        (2, 2, 2, 1, 1, 1, 1),
        (1, 0, 1, 0, 1),
        "submitted",
        "self-referred yesterday; risk signals, so the on-call clinician (Sanne) has an alert",
    ),
    _Waiter(
        "bram",
        "Bram Visser",
        "nl",
        18,
        "Ik heb paniekaanvallen in de trein en durf bijna niet meer te reizen.",
        (1, 1, 1, 1, 0, 0, 1, 0, 0),
        (3, 2, 2, 2, 2, 1, 3),
        (2, 2, 2, 2, 2),
        "proposed",
        "Helen Walsh is proposed as his therapist; sign in to agree and choose what to share",
    ),
    _Waiter(
        "iris",
        "Iris Jansen",
        "nl",
        0,
        "Ik weet niet goed waar ik moet beginnen.",
        (),
        (),
        (),
        "started",
        "started her intake today and paused after the first step",
    ),
)


def _user(session: Session, organisation_id: int, waiter: _Waiter, password_hash: str, at: datetime) -> User:
    user = User(
        organisation_id=organisation_id,
        email=waiter.email,
        display_name=waiter.name,
        role=Role.CLIENT,
        password_hash=password_hash,
        locale=waiter.locale,
        country="NL",
        timezone=PRACTICE_TZ,
        created_at=at,
    )
    session.add(user)
    session.flush()
    return user


def _referral(session: Session, organisation_id: int, user: User, at: datetime, **fields) -> Referral:
    referral = Referral(
        organisation_id=organisation_id,
        client_id=user.id,
        status=ReferralStatus.STARTED,
        consent_version=intake_service.CONSENT_VERSION,
        consented_at=at,
        answers="{}",
        step="words",
        risk_level="none",
        created_at=at,
        updated_at=at,
        **fields,
    )
    session.add(referral)
    session.flush()
    return referral


def _answers(values: tuple[int, ...]) -> dict[str, int]:
    return {f"q{n}": v for n, v in enumerate(values, start=1)}


def _waiter(
    session: Session, org_id: int, waiter: _Waiter, staff: dict[str, User], password_hash: str, now: datetime
) -> None:
    at = now - timedelta(days=waiter.days_ago, hours=3)
    user = _user(session, org_id, waiter, password_hash, at)
    _referral(session, org_id, user, at)
    actor = Actor.of(user)
    intake_service.save_step(session, actor, "words", {"words": waiter.words}, complete=True, now=at)
    if waiter.stage == "started":
        return
    background = {"duration": "months", "tried": "Sporten, een app" if waiter.locale == "nl" else "Exercise, an app"}
    intake_service.save_step(session, actor, "background", background, complete=True, now=at)
    intake_service.save_step(
        session, actor, "preferences", {"language": waiter.locale, "mode": "either"}, complete=True, now=at
    )
    for name, values in (("phq9", waiter.phq9), ("gad7", waiter.gad7), ("who5", waiter.who5)):
        intake_service.save_step(session, actor, name, _answers(values), complete=True, locale=waiter.locale, now=at)
    intake_service.submit_intake(session, actor, now=at)
    sanne = Actor.of(staff["sanne"])
    referral = intake_service.access_own_referral(session, actor)
    if waiter.stage in ("waiting", "proposed"):
        step = "guided_self_help" if waiter.stage == "proposed" else "high_intensity"
        intake_service.mark_reviewed(
            session, sanne, referral.id, decided_step=step, note=None, now=at + timedelta(days=3)
        )
    if waiter.stage == "proposed":
        intake_service.propose_therapist(session, sanne, referral.id, staff["helen"].id, now=now - timedelta(days=1))
    if waiter.later_phq9:
        answers = {n: v for n, v in enumerate(waiter.later_phq9, start=1)}
        questionnaires_service.submit_response(
            session, actor, "phq9", ResponseCreate(answers=answers), locale=waiter.locale, now=now - timedelta(days=1)
        )


def _history(
    session: Session, org_id: int, staff: dict[str, User], password_hash: str, now: datetime, seed: int
) -> None:
    """Earlier referrals, with counts and days only (the figures page): most were reviewed within a
    week and began care two to five weeks later; a few dropped out. Their accounts are inactive and
    have no care link, so they appear in no caseload."""
    rng = random.Random(f"{seed}:intake")  # noqa: S311 (synthetic data)
    therapists = [staff["sanne"], staff["helen"]]
    for n in range(20):
        created = now - timedelta(days=rng.randint(25, 84), hours=rng.randint(0, 10))
        user = User(
            organisation_id=org_id,
            email=f"earlier.referral.{n + 1}@{DOMAIN}",
            display_name=f"Earlier referral {n + 1}",
            role=Role.CLIENT,
            password_hash=password_hash,
            locale="nl",
            country="NL",
            timezone=PRACTICE_TZ,
            created_at=created,
            is_active=False,  # history for the figures only: no login, in nobody's caseload
        )
        session.add(user)
        session.flush()
        reviewed = created + timedelta(days=rng.uniform(1, 9))
        fields: dict = {
            "status": ReferralStatus.WAITING,
            "submitted_at": created + timedelta(hours=1),
            "reviewed_at": min(reviewed, now),
            "reviewed_by_id": staff["sanne"].id,
            "decided_step": rng.choice(("guided_self_help", "high_intensity")),
        }
        referral = _referral(session, org_id, user, created)
        referral.answers = json.dumps({"words": "(demo history)"})
        for key, value in fields.items():
            setattr(referral, key, value)
        roll = rng.random()
        if roll < 0.15:
            referral.status, referral.closed_reason = (
                ReferralStatus.CLOSED,
                rng.choice((CloseReason.WITHDRAWN, CloseReason.NO_RESPONSE)),
            )
            referral.closed_at = min(now, reviewed + timedelta(days=rng.randint(3, 20)))
            continue
        # All of them began care by now (the people waiting today are WAITERS, with logins).
        in_care = reviewed + timedelta(days=rng.randint(10, min(30, (now - reviewed).days - 2)))
        therapist = rng.choice(therapists)
        referral.therapist_id, referral.proposed_at = therapist.id, in_care - timedelta(days=2)
        referral.status, referral.in_care_at = ReferralStatus.IN_CARE, in_care
        first = in_care + timedelta(days=rng.randint(3, 12))
        session.add(
            TherapySession(
                client_id=user.id,
                therapist_id=therapist.id,
                starts_at=first,
                duration_minutes=50,
                modality=Modality.VIDEO,
                status=SessionStatus.HELD if first < now else SessionStatus.PLANNED,
                created_at=in_care,
            )
        )


def store_intake(session: Session, users: dict[str, User], password_hash: str, now: datetime, seed: int) -> None:
    admin = Actor.of(users["joost"])
    intake_service.update_settings(session, admin, open=True, code=CODE)
    intake_service.set_team(session, admin, [users["sanne"].id])
    policy = safety_service.get_policy(session, admin.organisation_id)
    safety_service.update_policy(
        session,
        admin,
        PolicyUpdate(
            imminent_minutes=policy.imminent_minutes,
            high_minutes=policy.high_minutes,
            moderate_hour=policy.moderate_hour,
            backup_clinician_id=policy.backup_clinician_id,
            on_call_clinician_id=users["sanne"].id,
            alert_from_level=policy.alert_from_level,
            email_enabled=policy.email_enabled,
            silence_days=policy.silence_days,
        ),
    )
    org_id = admin.organisation_id
    for waiter in WAITERS:
        _waiter(session, org_id, waiter, users, password_hash, now)
    _history(session, org_id, users, password_hash, now, seed)
