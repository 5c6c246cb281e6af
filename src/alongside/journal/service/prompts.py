"""Personal journal prompts offered to a client: the context gathered through the other domains'
services (check-ins with their tags, care-plan goals, recent journal themes, the time of day where the
client lives), the choice (``prompt_rules``) from the library (``prompt_library``), and what was shown.

``offer_prompt`` remembers what was shown (``PromptShown``: no prompt twice within 14 days) and returns
the offer in the client's language. Nothing derived from the client's text is stored in the clear:
themes are found on the fly in the decrypted entries, and the reason kept with a shown prompt is
encrypted.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.careplan import service as careplan_service
from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import MoodPoint
from alongside.errors import Forbidden
from alongside.journal.models import JournalEntry, PromptShown
from alongside.journal.repository import JournalRepository, PromptShownRepository
from alongside.journal.schemas import PromptOfferRead
from alongside.journal.service.prompt_library import (  # noqa: F401 (the public names of the prompt engine)
    DATA_FILE,
    FALLBACK_REASON,
    LANGUAGES,
    MOODS,
    TIMES,
    Library,
    Prompt,
    Theme,
    check_prompt_id,
    find_themes,
    library,
    reason_text,
    tag_label,
    tag_themes,
    time_of_day,
)
from alongside.journal.service.prompt_rules import (  # noqa: F401
    Choice,
    Evidence,
    GoalHint,
    PromptContext,
    choose_prompt,
    gather_evidence,
)
from alongside.kit.orm import utc_now

REPEAT_DAYS = 14  # a prompt shown is not offered again for this long
MOOD_DAYS = 28  # check-ins looked at for patterns (work days against weekends, tags against mood)
TAG_DAYS = 14  # check-ins whose tags count as "recent" for the frequent-tags rule
THEME_DAYS = 21  # journal entries looked at for themes ...
THEME_ENTRIES = 10  # ... at most this many, newest first


def _client_zone(session: Session, actor: Actor) -> tzinfo:
    user = accounts_service.get_user(session, actor.user_id)
    try:
        return ZoneInfo(user.timezone if user else "Europe/Amsterdam")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Amsterdam")


def care_plan_goals(session: Session, actor: Actor) -> list[GoalHint]:
    """The client's active care-plan goals: titles (which the client sees in their own plan) and the
    kinds of homework that serve each. Goal descriptions are the therapist's and never reach a prompt
    or its reason. A read on the client's own behalf, through the care plan's summary for other domains."""
    plan = careplan_service.active_plan_for(session, actor.user_id)
    kinds: dict[int, list[str]] = {}
    for homework in plan.homework:
        if homework.goal_id is not None:
            kinds.setdefault(homework.goal_id, []).append(homework.kind)
    return [GoalHint(goal.title, tuple(kinds.get(goal.id, ()))) for goal in plan.goals]


def _tag_counts(moods: Sequence[MoodPoint], now: datetime) -> Counter[str]:
    """Tag word → recent check-ins (the last ``TAG_DAYS`` days) that carry it."""
    return Counter(tag for point in moods if now - point.at <= timedelta(days=TAG_DAYS) for tag in point.tags)


def _own_words(entry: JournalEntry) -> str:
    """Title, body and a thought record's steps (its ratings are numbers and find no theme)."""
    steps = json.loads(entry.thought_record).values() if entry.thought_record else ()
    return "\n".join([entry.title or "", entry.body, *(str(step) for step in steps)])


def _recent_themes(session: Session, actor: Actor, now: datetime) -> Counter[str]:
    entries = JournalRepository(session).recent_for_client(
        actor, actor.user_id, since=now - timedelta(days=THEME_DAYS), limit=THEME_ENTRIES
    )
    return find_themes(_own_words(entry) for entry in entries)


def prompt_context(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    goals: Sequence[str | GoalHint] | None = None,
    seed: int | None = None,
) -> PromptContext:
    """The chooser's inputs for this client, with ``now`` in their time zone."""
    local = now.astimezone(_client_zone(session, actor))
    moods = checkins_service.own_mood_points(session, actor, since=now - timedelta(days=MOOD_DAYS))
    return PromptContext(
        now=local,
        moods=moods,
        themes=_recent_themes(session, actor, now),
        tags=_tag_counts(moods, now),
        goals=care_plan_goals(session, actor) if goals is None else goals,
        recently_shown=frozenset(
            PromptShownRepository(session).prompt_ids_since(actor.user_id, now - timedelta(days=REPEAT_DAYS))
        ),
        seed=actor.user_id if seed is None else seed,
    )


def offer_prompt(
    session: Session,
    actor: Actor,
    *,
    locale: str,
    another: bool = False,
    now: datetime | None = None,
    goals: Sequence[str | GoalHint] | None = None,
) -> PromptOfferRead | None:
    """Today's prompt for the client: the one already offered today and not yet answered, or (also when
    they ask for ``another``) a newly chosen one, remembered as shown. ``None`` when none is left."""
    if not actor.is_client:
        raise Forbidden("Only clients keep a journal.")
    now = now or utc_now()
    if not another:
        current = _still_current(session, actor, now)
        if current is not None:
            return offer_read(current, locale)
    choice = choose_prompt(prompt_context(session, actor, now, goals=goals))
    if choice is None:
        return None
    shown = PromptShownRepository(session).add(
        PromptShown(client_id=actor.user_id, prompt_id=choice.prompt.id, shown_at=now, reason=choice.reason)
    )
    return offer_read(shown, locale)


def _still_current(session: Session, actor: Actor, now: datetime) -> PromptShown | None:
    """The prompt offered earlier in the same part of today and not answered: shown again, not replaced."""
    local = now.astimezone(_client_zone(session, actor))
    start_of_day = datetime.combine(local.date(), time(), tzinfo=local.tzinfo)
    current = PromptShownRepository(session).latest_unanswered(actor.user_id, start_of_day)
    if current is None or library().get(current.prompt_id) is None:
        return None
    return current if time_of_day(current.shown_at.astimezone(local.tzinfo)) == time_of_day(local) else None


def offer_read(shown: PromptShown, locale: str) -> PromptOfferRead:
    lang = locale if locale in LANGUAGES else "en"
    prompt = library().get(shown.prompt_id)
    assert prompt is not None, "only prompts of the library are shown"
    reason = shown.reason or FALLBACK_REASON
    return PromptOfferRead(
        prompt_id=prompt.id,
        text=prompt.text[lang],
        purposes=list(prompt.purposes),
        reason=reason_text(reason, lang),
        reason_code=reason,
        locale=lang,
        shown_at=shown.shown_at,
        thought_record="thought_record" in prompt.purposes,
    )


def prompt_text(prompt_id: str | None, locale: str) -> str | None:
    """The prompt an entry answers, in the reader's language (None if it has none or it left the library)."""
    prompt = library().get(prompt_id) if prompt_id else None
    return prompt.text[locale if locale in LANGUAGES else "en"] if prompt else None


def mark_answered(session: Session, actor: Actor, entry: JournalEntry) -> None:
    """Link the latest unanswered showing of the entry's prompt to the entry."""
    since = utc_now() - timedelta(days=REPEAT_DAYS)
    shown = PromptShownRepository(session).latest_unanswered_of(actor.user_id, entry.prompt_id or "", since)
    if shown is not None:
        shown.answered_entry_id = entry.id
