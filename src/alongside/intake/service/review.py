"""The intake team's side: the summary of one intake (with a suggested step of care that the
clinician decides), marking it reviewed, proposing a therapist, and closing a referral.

Stepped care, as a suggestion only (docs/intake.md): *urgent contact* when any intake text screens
``moderate`` or above or PHQ-9 item 9 is above 0; else *high-intensity therapy* when PHQ-9 or GAD-7
is 15 or more (moderately severe or severe); else *guided self-help* when PHQ-9 or GAD-7 is 5 or
more (mild to moderate); else *advice and watchful waiting*, measured again in two weeks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.intake.models import CloseReason, Referral, ReferralStatus
from alongside.intake.repository import ReferralRepository
from alongside.intake.service.referrals import QUESTIONNAIRES, TEXT_FIELDS, load
from alongside.intake.service.settings import require_team
from alongside.kit.i18n import N_
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.questionnaires import scoring
from alongside.questionnaires import service as questionnaires_service
from alongside.safety import service as safety_service
from alongside.safety.screening import RiskLevel, max_level

STEPS_OF_CARE = ("urgent_contact", "high_intensity", "guided_self_help", "watchful_waiting")
ANSWER_FIELDS = ("duration", "tried", "treatment", "medication", "hopes", "language", "mode", "practical")
CLOSE_REASONS = tuple(CloseReason)
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7", "who5": "WHO-5"}


@dataclass
class Score:
    instrument: str
    total: int
    band: str
    completed_at: datetime
    item9: int | None = None


@dataclass
class Risk:
    field: str
    level: str
    codes: list[str]
    sentences: list[str]


@dataclass
class Suggestion:
    step: str
    because: list[tuple[str, dict]] = field(default_factory=list)  # (message, values), translated by the page


@dataclass
class IntakeSummary:
    referral: Referral
    own_words: str
    answers: dict[str, str]
    scores: list[Score]
    risks: list[Risk]
    highest_risk: str
    suggestion: Suggestion


def access_referral(session: Session, actor: Actor, referral_id: int) -> Referral:
    """A referral of the caller's organisation, for a member of its intake team (404 for anyone else)."""
    require_team(session, actor)
    referral = ReferralRepository(session).in_organisation(actor.organisation_id, referral_id)
    if referral is None:
        raise NotFound("No such referral.")
    return referral


def _scores(session: Session, referral: Referral) -> list[Score]:
    ids = [getattr(referral, f"{name}_response_id") for name in QUESTIONNAIRES]
    found = questionnaires_service.responses_by_id(session, [i for i in ids if i])
    scores = []
    for name, response_id in zip(QUESTIONNAIRES, ids, strict=True):
        response = found.get(response_id) if response_id else None
        if response is None:
            continue
        item9 = response.answer(scoring.PHQ9_ITEM9) if name == "phq9" else None
        scores.append(Score(name, response.total, response.band, response.completed_at, item9))
    return scores


def _risks(data: dict) -> list[Risk]:
    """Each intake text screened again now, so the sentences shown are exactly those behind the level."""
    risks = []
    for names in TEXT_FIELDS.values():
        for name in names:
            text = data.get(name) or ""
            if not text:
                continue
            result = safety_service.screen(text)
            if result.level.at_least(RiskLevel.LOW) and result.signals:
                sentences = list(dict.fromkeys(s.text for s in result.signals))
                risks.append(Risk(name, result.level.value, sorted(set(result.codes)), sentences))
    return risks


def suggest_step(scores: list[Score], risks: list[Risk]) -> Suggestion:
    by = {s.instrument: s for s in scores}
    phq9 = by.get("phq9")
    risky = [r for r in risks if RiskLevel(r.level).at_least(RiskLevel.MODERATE)]
    if risky or (phq9 and phq9.item9):
        because: list[tuple[str, dict]] = []
        if risky:
            level = max_level(*(r.level for r in risky)).value
            because.append((N_("Risk signals in what they wrote (highest: %(level)s)."), {"level": level}))
        if phq9 and phq9.item9:
            because.append(
                (
                    N_("PHQ-9 item 9 answered %(value)s (thoughts of being better off dead or of self-harm)."),
                    {"value": phq9.item9},
                )
            )
        return Suggestion("urgent_contact", because)
    totals = {name: s.total for name, s in by.items() if name in ("phq9", "gad7")}
    high = [(n, t) for n, t in totals.items() if t >= 15]
    if high:
        return Suggestion(
            "high_intensity",
            [
                (N_("%(name)s %(total)s: moderately severe or severe."), {"name": INSTRUMENT_NAMES[n], "total": t})
                for n, t in high
            ],
        )
    mild = [(n, t) for n, t in totals.items() if t >= 5]
    if mild:
        return Suggestion(
            "guided_self_help",
            [(N_("%(name)s %(total)s: mild to moderate."), {"name": INSTRUMENT_NAMES[n], "total": t}) for n, t in mild],
        )
    return Suggestion("watchful_waiting", [(N_("PHQ-9 and GAD-7 below 5: minimal symptoms."), {})])


def build_summary(session: Session, referral: Referral) -> IntakeSummary:
    """Unscoped: callers have checked access (``access_referral``) and audit the read."""
    data = load(referral)
    scores = _scores(session, referral)
    risks = _risks(data)
    highest = max_level(referral.risk_level, *(r.level for r in risks)).value
    return IntakeSummary(
        referral=referral,
        own_words=data.get("words") or "",
        answers={name: data.get(name) or "" for name in ANSWER_FIELDS},
        scores=scores,
        risks=risks,
        highest_risk=highest,
        suggestion=suggest_step(scores, risks),
    )


def read_summary(session: Session, actor: Actor, referral_id: int) -> IntakeSummary:
    referral = access_referral(session, actor, referral_id)
    if referral.status == ReferralStatus.STARTED:
        raise NotFound("This intake has not been sent yet.")
    summary = build_summary(session, referral)
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_VIEWED,
        subject_id=referral.client_id,
        object_type="referral",
        object_id=referral.id,
    )
    return summary


def mark_reviewed(
    session: Session,
    actor: Actor,
    referral_id: int,
    *,
    decided_step: str,
    note: str | None,
    now: datetime | None = None,
) -> Referral:
    """The clinician's decision on the step of care (which may differ from the suggestion); the person
    moves to the waiting list."""
    referral = access_referral(session, actor, referral_id)
    if referral.status not in (ReferralStatus.SUBMITTED, ReferralStatus.WAITING):
        raise Conflict("This referral cannot be reviewed now.")
    if decided_step not in STEPS_OF_CARE:
        raise InvalidInput("Choose a step of care.", field="decided_step")
    now = now or utc_now()
    if referral.reviewed_at is None:
        referral.reviewed_at, referral.reviewed_by_id = now, actor.user_id
    referral.decided_step = decided_step
    referral.review_note = (note or "").strip()[:2000] or None
    referral.status = ReferralStatus.WAITING
    audit.record(
        session,
        actor,
        AuditEvent.INTAKE_REVIEWED,
        subject_id=referral.client_id,
        object_type="referral",
        object_id=referral.id,
        extra={"decided_step": decided_step},
    )
    return referral


def propose_therapist(
    session: Session, actor: Actor, referral_id: int, therapist_id: int, *, now: datetime | None = None
) -> Referral:
    """Starts the consent step: the client is asked whether to join this therapist's care team and what
    to share. The therapist sees nothing of theirs until the client agrees."""
    referral = access_referral(session, actor, referral_id)
    if referral.status not in (ReferralStatus.SUBMITTED, ReferralStatus.WAITING, ReferralStatus.PROPOSED):
        raise Conflict("A therapist can only be proposed to someone on the waiting list.")
    therapist = accounts_service.get_user(session, therapist_id)
    if (
        therapist is None
        or therapist.organisation_id != actor.organisation_id
        or therapist.role != Role.THERAPIST
        or not therapist.is_active
    ):
        raise InvalidInput("Choose a therapist of your organisation.", field="therapist_id")
    now = now or utc_now()
    if referral.reviewed_at is None:
        referral.reviewed_at, referral.reviewed_by_id = now, actor.user_id
    referral.status, referral.therapist_id, referral.proposed_at = ReferralStatus.PROPOSED, therapist.id, now
    audit.record(
        session,
        actor,
        AuditEvent.REFERRAL_PROPOSED,
        subject_id=referral.client_id,
        object_type="referral",
        object_id=referral.id,
        extra={"therapist_id": therapist.id},
    )
    return referral


def close_referral(
    session: Session, actor: Actor, referral_id: int, reason: str, *, now: datetime | None = None
) -> Referral:
    referral = access_referral(session, actor, referral_id)
    if referral.status in (ReferralStatus.IN_CARE, ReferralStatus.CLOSED):
        raise Conflict("This referral has already ended.")
    try:
        chosen = CloseReason(reason)
    except ValueError:
        raise InvalidInput("Choose a reason.", field="reason") from None
    now = now or utc_now()
    referral.status, referral.closed_at, referral.closed_reason = ReferralStatus.CLOSED, now, chosen
    audit.record(
        session,
        actor,
        AuditEvent.REFERRAL_CLOSED,
        subject_id=referral.client_id,
        object_type="referral",
        object_id=referral.id,
        extra={"reason": chosen.value},
    )
    return referral
