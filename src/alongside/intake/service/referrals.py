"""The person's side: sign up from a self-referral link, fill in the intake step by step (paused and
resumed at will, nothing typed lost), send it, wait, and agree (or not) to the therapist proposed.

Every text is screened when it is saved, also as a draft: a risk above what that text showed before
raises (or adds to) an alert for a human, and the caller shows the crisis path at ``high`` or above.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.accounts.schemas import UserCreate
from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.config import settings
from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.intake.models import CloseReason, Referral, ReferralStatus
from alongside.intake.repository import ReferralRepository
from alongside.intake.schemas import SelfReferralSignup
from alongside.intake.service.settings import open_referral, team
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ResponseCreate
from alongside.safety import service as safety_service
from alongside.safety.screening import RiskLevel, max_level

CONSENT_VERSION = "2026-12"
STEPS = ("words", "background", "preferences", "phq9", "gad7", "who5", "review")
QUESTIONNAIRES = ("phq9", "gad7", "who5")
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "words": ("words",),
    "background": ("tried", "treatment", "medication", "hopes"),
    "preferences": ("practical",),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "duration": ("weeks", "months", "year", "years"),
    "language": ("nl", "en", "either", "other"),
    "mode": ("online", "in_person", "either"),
}
STEP_CHOICES: dict[str, tuple[str, ...]] = {"background": ("duration",), "preferences": ("language", "mode")}
REQUIRED: dict[str, tuple[str, ...]] = {
    "words": ("words",),
    "background": ("duration",),
    "preferences": ("language", "mode"),
}
MAX_LENGTH = {"words": 6000}
DEFAULT_MAX_LENGTH = 3000
REQUIRED_MESSAGES = {
    "words": "Tell us in a few words what brings you here.",
    "duration": "Choose how long this has been going on.",
    "language": "Choose a language.",
    "mode": "Choose online, in person or either.",
}
WAITING_LIST_EVERY_DAYS = 14
WAITING_LIST_INSTRUMENTS = ("phq9", "gad7", "who5")


@dataclass
class SaveResult:
    """What one save did: the highest level screened in it (for the crisis path), errors per field
    (the draft is kept all the same) and the step to show next."""

    level: RiskLevel = RiskLevel.NONE
    errors: dict[str, str] = field(default_factory=dict)
    next_step: str | None = None


def load(referral: Referral) -> dict[str, Any]:
    data = json.loads(referral.answers or "{}")
    data.setdefault("q", {})
    data.setdefault("risk", {})
    return data


def _store(referral: Referral, data: dict[str, Any], now: datetime) -> None:
    referral.answers = json.dumps(data, ensure_ascii=False)
    referral.updated_at = now


def sign_up(
    session: Session, code: str, data: SelfReferralSignup, *, now: datetime | None = None
) -> tuple[User, Referral]:
    """A new client account and their referral, after they read and agreed to the data text."""
    organisation, _ = open_referral(session, code)
    if not data.agree:
        raise InvalidInput("Please read what happens with your data and tick that you agree.", field="agree")
    if not data.age_ok:
        raise InvalidInput("Self-referral is for people aged 16 or older.", field="age_ok")
    if data.password != data.password_again:
        raise InvalidInput("The two passwords are not the same.", field="password_again")
    now = now or utc_now()
    user = accounts_service.create_user(
        session,
        organisation.id,
        UserCreate(
            email=data.email,
            display_name=data.display_name,
            role=Role.CLIENT,
            password=data.password,
            locale=data.locale,
            country=organisation.country,
        ),
    )
    referral = ReferralRepository(session).add(
        Referral(
            organisation_id=organisation.id,
            client_id=user.id,
            status=ReferralStatus.STARTED,
            consent_version=CONSENT_VERSION,
            consented_at=now,
            answers="{}",
            step=STEPS[0],
            risk_level=RiskLevel.NONE.value,
            created_at=now,
            updated_at=now,
        )
    )
    audit.record(
        session,
        Actor.of(user),
        AuditEvent.INTAKE_STARTED,
        subject_id=user.id,
        object_type="referral",
        object_id=referral.id,
        extra={"consent_version": CONSENT_VERSION},
    )
    return user, referral


def own_referral(session: Session, actor: Actor) -> Referral | None:
    """The client's referral, if they came in through self-referral."""
    if not actor.is_client:
        return None
    return ReferralRepository(session).own(actor)


def access_own_referral(session: Session, actor: Actor) -> Referral:
    referral = own_referral(session, actor)
    if referral is None:
        raise NotFound("You have no intake.")
    return referral


def _editable(referral: Referral) -> None:
    if referral.status != ReferralStatus.STARTED:
        raise Conflict(
            "Your intake has been sent. It can no longer be changed; tell the intake team if something is new."
        )


def completed_steps(referral: Referral) -> set[str]:
    data = load(referral)
    done = {step for step, names in REQUIRED.items() if all(data.get(n) for n in names)}
    done |= {name for name in QUESTIONNAIRES if getattr(referral, f"{name}_response_id")}
    return done


def _screen_texts(
    session: Session, actor: Actor, referral: Referral, data: dict[str, Any], texts: dict[str, str], now: datetime
) -> RiskLevel:
    """Screen each text; raise for a field only when it is worse than before, so an autosave every few
    seconds adds one signal for a new risk, not one per keystroke."""
    highest = RiskLevel.NONE
    for name, text in texts.items():
        if not text:
            data["risk"].pop(name, None)
            continue
        if text == data.get(name) and name in data["risk"]:
            highest = max_level(highest, data["risk"][name])  # unchanged since the last save: screened then
            continue
        result = safety_service.screen(text)
        before = RiskLevel(data["risk"].get(name, "none"))
        if result.level.rank > before.rank:
            safety_service.raise_for_result(session, actor, result, source="intake", source_id=referral.id, now=now)
        data["risk"][name] = result.level.value
        highest = max_level(highest, result.level)
    referral.risk_level = max_level(referral.risk_level, highest).value
    return highest


def _text_values(step: str, values: dict[str, Any], errors: dict[str, str]) -> dict[str, str]:
    texts = {}
    for name in TEXT_FIELDS.get(step, ()):
        text = str(values.get(name) or "").replace("\r\n", "\n").strip()
        limit = MAX_LENGTH.get(name, DEFAULT_MAX_LENGTH)
        if len(text) > limit:
            errors[name] = "This text is too long; it has been shortened to fit."
            text = text[:limit]
        texts[name] = text
    return texts


def _choice_values(step: str, values: dict[str, Any], errors: dict[str, str]) -> dict[str, str]:
    chosen = {}
    for name in STEP_CHOICES.get(step, ()):
        value = str(values.get(name) or "")
        if value and value not in CHOICES[name]:
            errors[name] = "Choose one of the options."
            value = ""
        chosen[name] = value
    return chosen


def _save_questionnaire(
    session: Session,
    actor: Actor,
    referral: Referral,
    data: dict[str, Any],
    step: str,
    values: dict[str, Any],
    *,
    complete: bool,
    locale: str | None,
    now: datetime,
) -> dict[str, str]:
    if getattr(referral, f"{step}_response_id"):
        return {}
    answers = {k[1:]: int(v) for k, v in values.items() if k.startswith("q") and k[1:].isdigit() and str(v).isdigit()}
    data["q"][step] = answers
    if step == "phq9" and str(values.get("difficulty") or "").isdigit():
        data["q"]["phq9_difficulty"] = int(values["difficulty"])
    if not complete:
        return {}
    raw = ResponseCreate(answers=answers, difficulty=data["q"].get("phq9_difficulty") if step == "phq9" else None)
    try:
        with session.begin_nested():
            response = questionnaires_service.submit_response(session, actor, step, raw, locale=locale, now=now)
    except questionnaires_service.UnansweredItems as exc:
        return {f"q{n}": "Please answer this question." for n in exc.missing}
    except InvalidInput as exc:
        return {exc.field or "answers": exc.message}
    setattr(referral, f"{step}_response_id", response.id)
    return {}


def save_step(
    session: Session,
    actor: Actor,
    step: str,
    values: dict[str, Any],
    *,
    complete: bool,
    locale: str | None = None,
    now: datetime | None = None,
) -> SaveResult:
    """Keep what this step's form holds (always, also when something is missing) and, with
    ``complete``, check it and move on. Texts are screened before they are stored."""
    referral = access_own_referral(session, actor)
    _editable(referral)
    if step not in STEPS or step == "review":
        raise NotFound("No such step.")
    now = now or utc_now()
    data = load(referral)
    errors: dict[str, str] = {}
    texts = _text_values(step, values, errors)
    choices = _choice_values(step, values, errors)
    level = _screen_texts(session, actor, referral, data, texts, now)
    data.update(texts)
    data.update(choices)
    if step in QUESTIONNAIRES:
        errors.update(
            _save_questionnaire(session, actor, referral, data, step, values, complete=complete, locale=locale, now=now)
        )
    if complete:
        for name in REQUIRED.get(step, ()):
            if not data.get(name):
                errors.setdefault(name, REQUIRED_MESSAGES[name])
    _store(referral, data, now)
    result = SaveResult(level=level, errors=errors)
    if complete and not errors:
        result.next_step = next_open_step(referral, after=step)
        referral.step = result.next_step
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_UPDATED,
        subject_id=actor.user_id,
        object_type="referral",
        object_id=referral.id,
        extra={"step": step, "complete": complete and not errors, "level": level.value},
    )
    return result


def next_open_step(referral: Referral, *, after: str | None = None) -> str:
    """The first step not yet complete after ``after`` (or from the start), else the review."""
    done = completed_steps(referral)
    start = STEPS.index(after) + 1 if after else 0
    for step in STEPS[start:] + STEPS[:start]:
        if step != "review" and step not in done:
            return step
    return "review"


def submit_intake(session: Session, actor: Actor, *, now: datetime | None = None) -> Referral:
    """Send the intake to the intake team. From now the person is on the waiting list: the app is
    theirs in a self-guided mode, with questionnaires every two weeks and their alerts going to the
    organisation's on-call clinician."""
    referral = access_own_referral(session, actor)
    _editable(referral)
    missing = [step for step in STEPS if step != "review" and step not in completed_steps(referral)]
    if missing:
        raise InvalidInput("Some steps are not finished yet.", field=missing[0])
    now = now or utc_now()
    referral.status = ReferralStatus.SUBMITTED
    referral.submitted_at = now
    referral.step = "review"
    for instrument in WAITING_LIST_INSTRUMENTS:
        questionnaires_service.schedule_for_waiting_list(
            session, actor.user_id, instrument, WAITING_LIST_EVERY_DAYS, start=now
        )
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_SUBMITTED,
        subject_id=actor.user_id,
        object_type="referral",
        object_id=referral.id,
    )
    _tell_the_team(session, referral, now)
    return referral


def _tell_the_team(session: Session, referral: Referral, now: datetime) -> None:
    """The intake team hears of a new intake (no clinical details in the message)."""
    members = [accounts_service.get_user(session, m.user_id) for m in team(session, referral.organisation_id)]
    url = f"{settings.base_url}/referrals/{referral.id}"
    safety_service.notify_staff(
        session,
        [m for m in members if m is not None],
        organisation_id=referral.organisation_id,
        subject="Alongside: a new intake to review",
        body=f"Someone sent their intake and is now on the waiting list.\nOpen it in Alongside: {url}\n\n"
        "This message contains no clinical details.",
        now=now,
    )


def withdraw(session: Session, actor: Actor, *, now: datetime | None = None) -> Referral:
    """The person stops: the referral closes as withdrawn (their account and data stay theirs)."""
    referral = access_own_referral(session, actor)
    if referral.status in (ReferralStatus.IN_CARE, ReferralStatus.CLOSED):
        raise Conflict("This referral has already ended.")
    now = now or utc_now()
    referral.status, referral.closed_at, referral.closed_reason = ReferralStatus.CLOSED, now, CloseReason.WITHDRAWN
    audit.record(
        session,
        actor,
        AuditEvent.REFERRAL_CLOSED,
        subject_id=actor.user_id,
        object_type="referral",
        object_id=referral.id,
        extra={"reason": CloseReason.WITHDRAWN.value},
    )
    return referral


def _proposed(session: Session, actor: Actor) -> Referral:
    referral = access_own_referral(session, actor)
    if referral.status != ReferralStatus.PROPOSED or referral.therapist_id is None:
        raise Conflict("There is no therapist proposal to answer.")
    return referral


def accept_proposal(session: Session, actor: Actor, consent: Consent, *, now: datetime | None = None) -> Referral:
    """The consent step: the client joins the proposed therapist's care team, sharing what they chose.
    Nothing of theirs is visible to that therapist before this."""
    if not actor.is_client:
        raise Forbidden("Only clients can accept an invitation.")
    referral = _proposed(session, actor)
    now = now or utc_now()
    care_service.join_care_team(session, actor, referral.therapist_id, consent, now=now)
    referral.status, referral.in_care_at = ReferralStatus.IN_CARE, now
    audit.record(
        session,
        actor,
        AuditEvent.REFERRAL_ACCEPTED,
        subject_id=actor.user_id,
        object_type="referral",
        object_id=referral.id,
        extra={"therapist_id": referral.therapist_id},
    )
    return referral


def decline_proposal(session: Session, actor: Actor, *, now: datetime | None = None) -> Referral:
    """Not this therapist: back on the waiting list, and the intake team sees that it was declined."""
    referral = _proposed(session, actor)
    now = now or utc_now()
    declined = referral.therapist_id
    referral.status, referral.therapist_id, referral.declined_at = ReferralStatus.WAITING, None, now
    audit.record(
        session,
        actor,
        AuditEvent.REFERRAL_DECLINED,
        subject_id=actor.user_id,
        object_type="referral",
        object_id=referral.id,
        extra={"therapist_id": declined},
    )
    return referral
