"""Personal journal prompts: the team's library (``journal/data/prompts.json``), what the client's recent
data says, and the choice of one prompt with the reason shown to the client.

``choose_prompt`` is a pure function of a ``PromptContext``: it can be tested without a database and gives
the same answer for the same context, seed and day. ``offer_prompt`` gathers that context through the
other domains' services (check-ins; care-plan goals once that domain offers them), remembers what was
shown (``PromptShown``: no prompt twice within 14 days) and returns the offer in the client's language.

Nothing derived from the client's text is stored in the clear: themes are found on the fly in the
decrypted entries, and the reason kept with a shown prompt is encrypted.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from functools import cache
from pathlib import Path
from statistics import fmean
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import MoodPoint
from alongside.errors import Forbidden, InvalidInput
from alongside.journal.models import JournalEntry, PromptShown
from alongside.journal.repository import JournalRepository, PromptShownRepository
from alongside.journal.schemas import PromptOfferRead
from alongside.kit.orm import utc_now

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "prompts.json"
LANGUAGES = ("en", "nl")
TIMES = ("morning", "afternoon", "evening", "night")
MOODS = ("low", "high", "any")
REPEAT_DAYS = 14  # a prompt shown is not offered again for this long
MOOD_DAYS = 28  # check-ins looked at for patterns (work days against weekends)
THEME_DAYS = 21  # journal entries looked at for themes ...
THEME_ENTRIES = 10  # ... at most this many, newest first
FALLBACK_REASON = "start"
UNSUPPORTED = 0.5  # taken off a prompt "for" themes that nothing in the data points to


@dataclass(frozen=True)
class Prompt:
    id: str
    purposes: tuple[str, ...]
    times: tuple[str, ...]  # empty: any time of day
    mood: str  # "low", "high" or "any"
    needs: tuple[str, ...]  # themes the prompt suits ("for" in the data file)
    text: Mapping[str, str]


@dataclass(frozen=True)
class Theme:
    id: str
    topic: Mapping[str, str]
    purposes: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Library:
    prompts: tuple[Prompt, ...]
    purposes: Mapping[str, Mapping[str, str]]
    themes: Mapping[str, Theme]
    reasons: Mapping[str, Mapping[str, str]]

    def get(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases; a trailing ``*`` matches any ending (``collega*``)."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        stem = word.rstrip("*")
        body = r"\s+".join(re.escape(piece) for piece in stem.split())
        parts.append(body + (r"\w*" if word.endswith("*") else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@cache
def library() -> Library:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    prompts = tuple(
        Prompt(
            id=item["id"],
            purposes=tuple(item["purposes"]),
            times=tuple(item["when"].get("time", ())),
            mood=item["when"].get("mood", "any"),
            needs=tuple(item["when"].get("for", ())),
            text={lang: item[lang] for lang in LANGUAGES},
        )
        for item in data["prompts"]
    )
    themes = {
        key: Theme(
            key, theme["topic"], tuple(theme["purposes"]), _pattern(w for ws in theme["words"].values() for w in ws)
        )
        for key, theme in data["themes"].items()
    }
    return Library(prompts, data["purposes"], themes, data["reasons"])


def check_prompt_id(prompt_id: str | None) -> None:
    if prompt_id is not None and library().get(prompt_id) is None:
        raise InvalidInput("No such prompt.", field="prompt_id")


def time_of_day(local: datetime) -> str:
    hour = local.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def find_themes(texts: Iterable[str], lib: Library | None = None) -> Counter[str]:
    """Theme → in how many of the texts it comes up (keywords in English and Dutch)."""
    lib = lib or library()
    found: Counter[str] = Counter()
    for text in texts:
        found.update(key for key, theme in lib.themes.items() if theme.pattern.search(text))
    return found


# -- the choice ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromptContext:
    """What the chooser knows. ``now`` carries the client's time zone: times of day and weekdays are theirs."""

    now: datetime
    moods: Sequence[MoodPoint] = ()
    themes: Mapping[str, int] = field(default_factory=dict)  # journal themes → recent entries with them
    tags: Mapping[str, int] = field(default_factory=dict)  # check-in tags → count (none exist yet)
    goals: Sequence[str] = ()  # care-plan goals, in the client's words
    recently_shown: frozenset[str] = frozenset()
    seed: int = 0


@dataclass(frozen=True)
class Evidence:
    """One thing the data says, the reason it gives, and which prompts it makes fit."""

    reason: str  # a key of the data file's "reasons", or "theme:<id>", "tag:<id>", "goal:<text>"
    weight: float
    needs: frozenset[str] = frozenset()  # prompts "for" one of these fit fully
    purposes: frozenset[str] = frozenset()  # prompts with one of these purposes fit half
    mood: str | None = None  # prompts with this mood condition fit fully
    times: frozenset[str] = frozenset()  # prompts for this time of day fit fully

    def fit(self, prompt: Prompt) -> float:
        full = (
            bool(self.needs.intersection(prompt.needs))
            or (self.mood is not None and prompt.mood == self.mood)
            or bool(self.times.intersection(prompt.times))
        )
        if full:
            return self.weight
        return self.weight / 2 if self.purposes.intersection(prompt.purposes) else 0.0


@dataclass(frozen=True)
class Choice:
    prompt: Prompt
    reason: str
    score: float


def _mean(values: Iterable[int | None]) -> tuple[float, int]:
    known = [v for v in values if v is not None]
    return (fmean(known) if known else 0.0), len(known)


def _mood_evidence(context: PromptContext) -> list[Evidence]:
    """Mood level and trend over the last week, work days against weekends, anxiety and energy."""
    now, tz = context.now, context.now.tzinfo
    local = [(point.at.astimezone(tz), point) for point in context.moods if point.at <= now]
    last_week = [p for at, p in local if now - at <= timedelta(days=7)]
    before = [p for at, p in local if timedelta(days=7) < now - at <= timedelta(days=21)]
    return [*_mood_level(last_week, before), *_week_pattern(local), *_ratings(last_week)]


def _mood_level(last_week: Sequence[MoodPoint], before: Sequence[MoodPoint]) -> list[Evidence]:
    found = []
    mood, count = _mean(p.mood for p in last_week)
    if count >= 3 and mood <= 4.0:
        found.append(
            Evidence("mood_low", 2.0, purposes=frozenset({"self_compassion", "behavioural_activation"}), mood="low")
        )
    elif count >= 3 and mood >= 7.0:
        found.append(Evidence("mood_high", 1.5, purposes=frozenset({"gratitude", "strengths"}), mood="high"))
    earlier, earlier_count = _mean(p.mood for p in before)
    if count >= 3 and earlier_count >= 3 and mood <= earlier - 1.5:
        found.append(
            Evidence("mood_falling", 1.8, purposes=frozenset({"self_compassion", "thought_record"}), mood="low")
        )
    return found


def _week_pattern(local: Sequence[tuple[datetime, MoodPoint]]) -> list[Evidence]:
    """Work days (Monday to Friday, in the client's time zone) against weekends, a point apart or more."""
    weekdays, n_weekdays = _mean(p.mood for at, p in local if at.weekday() < 5)
    weekends, n_weekends = _mean(p.mood for at, p in local if at.weekday() >= 5)
    if n_weekdays < 4 or n_weekends < 2:
        return []
    if weekends - weekdays >= 1.0:
        return [Evidence("mood_low_workdays", 3.0, needs=frozenset({"work", "study"}), purposes=frozenset({"work"}))]
    if weekdays - weekends >= 1.0:
        purposes = frozenset({"behavioural_activation", "relationships"})
        return [Evidence("mood_low_weekends", 3.0, needs=frozenset({"loneliness"}), purposes=purposes)]
    return []


def _ratings(last_week: Sequence[MoodPoint]) -> list[Evidence]:
    found = []
    anxiety, anxiety_count = _mean(p.anxiety for p in last_week)
    if anxiety_count >= 2 and anxiety >= 7.0:
        purposes = frozenset({"worry_time", "grounding"})
        found.append(Evidence("anxiety_high", 2.5, needs=frozenset({"anxiety"}), purposes=purposes))
    energy, energy_count = _mean(p.energy for p in last_week)
    if energy_count >= 2 and energy <= 3.0:
        purposes = frozenset({"behavioural_activation"})
        found.append(Evidence("energy_low", 2.0, needs=frozenset({"tiredness"}), purposes=purposes))
    return found


def _themed(kind: str, theme: Theme, count: int, weight: float) -> Evidence:
    bonus = 0.25 * min(count - 1, 4)  # a theme that keeps coming back weighs a little more
    return Evidence(
        f"{kind}:{theme.id}", weight + bonus, needs=frozenset({theme.id}), purposes=frozenset(theme.purposes)
    )


def _by_count(counts: Mapping[str, int]) -> list[str]:
    return sorted((key for key, n in counts.items() if n > 0), key=lambda key: (-counts[key], key))


def _theme_evidence(context: PromptContext, lib: Library) -> list[Evidence]:
    """Themes of recent entries, then of check-in tags (a tag names a theme or contains its keywords), then goals."""
    found = [
        _themed("theme", lib.themes[t], context.themes[t], 2.0) for t in _by_count(context.themes) if t in lib.themes
    ]
    tag_themes: Counter[str] = Counter()
    for tag, count in context.tags.items():
        for theme_id in ({tag} & lib.themes.keys()) | set(find_themes([tag], lib)):
            tag_themes[theme_id] += count
    found += [_themed("tag", lib.themes[t], tag_themes[t], 1.5) for t in _by_count(tag_themes)]
    for goal in context.goals:
        themes = find_themes([goal], lib)
        purposes = {"goals"}.union(*(lib.themes[t].purposes for t in themes))
        found.append(Evidence(f"goal:{goal.strip()[:80]}", 2.0, needs=frozenset(themes), purposes=frozenset(purposes)))
    return found


def gather_evidence(context: PromptContext, lib: Library | None = None) -> list[Evidence]:
    """Everything that may steer the choice, strongest kinds first (the first wins a tie for the reason)."""
    lib = lib or library()
    moment = time_of_day(context.now)
    return [
        *_mood_evidence(context),
        *_theme_evidence(context, lib),
        Evidence(f"time_{moment}", 1.0, times=frozenset({moment})),
    ]


def _mood_state(evidence: Sequence[Evidence]) -> str | None:
    codes = {e.reason for e in evidence}
    if codes & {"mood_low", "mood_falling"}:
        return "low"
    return "high" if "mood_high" in codes else None


def _allowed(prompt: Prompt, mood_state: str | None) -> bool:
    """Prompts for a low mood only when it has been low; prompts for a good mood never then."""
    if prompt.mood == "low":
        return mood_state == "low"
    if prompt.mood == "high":
        return mood_state != "low"
    return True


def _jitter(seed: int, day: str, prompt_id: str) -> float:
    """A small, stable tie-breaker: the same seed and day give the same order."""
    digest = hashlib.sha256(f"{seed}:{day}:{prompt_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 * 0.3


def choose_prompt(context: PromptContext, lib: Library | None = None) -> Choice | None:
    """The best-fitting prompt not shown in the last 14 days, and the evidence that weighed most for it.

    Prompts for another time of day are left out unless nothing else is left; ``None`` only when every
    prompt that may be offered was shown recently.
    """
    lib = lib or library()
    evidence = gather_evidence(context, lib)
    state = _mood_state(evidence)
    moment = time_of_day(context.now)
    fresh = [p for p in lib.prompts if p.id not in context.recently_shown and _allowed(p, state)]
    candidates = [p for p in fresh if not p.times or moment in p.times] or fresh
    if not candidates:
        return None
    day = context.now.date().isoformat()
    best: Choice | None = None
    for prompt in candidates:
        fits = [(e.fit(prompt), -index, e.reason) for index, e in enumerate(evidence)]
        strongest = max(fits)
        score = sum(f[0] for f in fits) + _jitter(context.seed, day, prompt.id)
        if prompt.needs and not any(e.needs.intersection(prompt.needs) for e in evidence):
            score -= UNSUPPORTED  # "for sleep trouble" without any sign of it: a general prompt fits better
        if best is None or score > best.score:
            best = Choice(prompt, strongest[2] if strongest[0] > 0 else FALLBACK_REASON, score)
    return best


def reason_text(reason: str, locale: str, lib: Library | None = None) -> str:
    """The reason as the client reads it: "because your mood has been lower on work days"."""
    lib = lib or library()
    lang = locale if locale in LANGUAGES else "en"
    kind, _, detail = reason.partition(":")
    if kind in ("theme", "tag") and detail in lib.themes:
        return lib.reasons[kind][lang].format(topic=lib.themes[detail].topic[lang])
    if kind == "goal" and detail:
        return lib.reasons["goal"][lang].format(goal=detail)
    return lib.reasons.get(reason, lib.reasons[FALLBACK_REASON])[lang]


# -- the service wrapper ------------------------------------------------------------------------------


def _client_zone(session: Session, actor: Actor) -> tzinfo:
    user = accounts_service.get_user(session, actor.user_id)
    try:
        return ZoneInfo(user.timezone if user else "Europe/Amsterdam")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Amsterdam")


def care_plan_goals(session: Session, actor: Actor) -> list[str]:
    """Hook: the client's active care-plan goals, in their words. The careplan domain does not offer them
    through its service yet; when it does, call it here (the chooser already weighs goals)."""
    return []


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
    session: Session, actor: Actor, now: datetime, *, goals: Sequence[str] | None = None, seed: int | None = None
) -> PromptContext:
    """The chooser's inputs for this client, with ``now`` in their time zone."""
    local = now.astimezone(_client_zone(session, actor))
    return PromptContext(
        now=local,
        moods=checkins_service.own_mood_points(session, actor, since=now - timedelta(days=MOOD_DAYS)),
        themes=_recent_themes(session, actor, now),
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
    goals: Sequence[str] | None = None,
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
