"""What the pipeline may know about the client beyond the conversation, from their own data: their
country's crisis lines (with the organisation's override), care-plan goals and skills, the memory
summary, today's use, the skill in progress, and whether the client has a therapist yet (a client on the
waiting list has none). Read through other domains' services only."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.careplan import service as careplan_service
from alongside.companion.models import Conversation, Message
from alongside.companion.pipeline import Context, SkillState
from alongside.companion.repository import CompanionRepository
from alongside.config import settings
from alongside.safety import service as safety_service

__all__ = ["build_context", "minutes_today", "start_of_day", "HOMEWORK_SKILLS"]

# Care-plan homework kinds and the companion skill that practises them.
HOMEWORK_SKILLS = {
    "thought_record": "thought_record",
    "behavioural_activation": "behavioural_activation",
    "walk": "behavioural_activation",
    "exercise": "breathing",
}
_SESSION_GAP = timedelta(minutes=5)  # longer pauses do not count as time spent talking


def start_of_day(session: Session, client_id: int, now: datetime) -> datetime:
    from zoneinfo import ZoneInfo

    user = accounts_service.get_user(session, client_id)
    tz = ZoneInfo(user.timezone if user and user.timezone else "Europe/Amsterdam")
    local = now.astimezone(tz)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def minutes_today(messages: list[Message], now: datetime) -> float:
    """Minutes spent in conversation: the gaps between messages, each at most five minutes."""
    total, previous = 0.0, None
    for message in messages:
        if previous is not None:
            total += min(message.created_at - previous, _SESSION_GAP).total_seconds() / 60
        previous = message.created_at
    if previous is not None:
        total += min(now - previous, _SESSION_GAP).total_seconds() / 60
    return total


def _country(session: Session, actor: Actor, accept_language: str | None) -> str | None:
    user = accounts_service.get_user(session, actor.user_id)
    org = care_service.get_organisation(session, actor.organisation_id)
    country = safety_service.country_for(user, None, accept_language, org.country if org else None)
    return country or settings.companion_default_country


def _plan(session: Session, client_id: int, now: datetime) -> tuple[tuple[str, ...], tuple[str, ...]]:
    plan = careplan_service.active_plan_for(session, client_id, now=now)
    skills = tuple(dict.fromkeys(HOMEWORK_SKILLS[h.kind] for h in plan.homework if h.kind in HOMEWORK_SKILLS))
    return tuple(g.title for g in plan.goals), skills


def _therapists(session: Session, client_id: int) -> list[int]:
    """The therapists in the client's care team (none for a client on the waiting list)."""
    return [link.therapist_id for link in care_service.active_links_for_client(session, client_id)]


def _names(session: Session, client_id: int, therapists: list[int]) -> tuple[str, ...]:
    """The client's and their therapists' names: never sent to a remote model as written."""
    names = []
    for user_id in [client_id, *therapists]:
        user = accounts_service.get_user(session, user_id)
        if user is not None:
            names.append(user.display_name)
    return tuple(names)


def build_context(
    session: Session,
    actor: Actor,
    conversation: Conversation | None,
    *,
    accept_language: str | None,
    now: datetime,
    first_use: bool,
) -> Context:
    repo = CompanionRepository(session)
    country = _country(session, actor, accept_language)
    today = repo.messages_since(actor.user_id, start_of_day(session, actor.user_id, now))
    goals, plan_skills = _plan(session, actor.user_id, now)
    memory = repo.memory(actor.user_id)
    therapists = _therapists(session, actor.user_id)
    state = None
    if conversation is not None and conversation.skill:
        state = SkillState(conversation.skill, conversation.skill_step or 0)
    return Context(
        lang=None,
        country=country,
        crisis=safety_service.crisis_resources(session, actor.organisation_id, country),
        plan_skills=plan_skills,
        goals=goals,
        has_therapist=bool(therapists),
        memory_themes=tuple(json.loads(memory.themes)) if memory and memory.themes else (),
        memory_helped=tuple(json.loads(memory.helped)) if memory and memory.helped else (),
        minutes_today=minutes_today(today, now),
        heavy_use_minutes=settings.companion_heavy_use_minutes,
        notice_given_today=any(m.notice == "heavy_use" for m in today),
        first_use=first_use,
        skill_state=state,
        names=_names(session, actor.user_id, therapists),
    )
