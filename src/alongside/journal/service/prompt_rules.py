"""Choosing a journal prompt: what the client's recent data says (``Evidence``), and the best-fitting
prompt with the reason that weighed most for it.

``choose_prompt`` is a pure function of a ``PromptContext``: it can be tested without a database and gives
the same answer for the same context, seed and day.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import fmean

from alongside.checkins.schemas import MoodPoint
from alongside.journal.service.prompt_library import (
    FALLBACK_REASON,
    Library,
    Prompt,
    Theme,
    find_themes,
    library,
    tag_themes,
    time_of_day,
)

UNSUPPORTED = 0.5  # taken off a prompt "for" themes that nothing in the data points to
FREQUENT_TAG = 3  # a tag on at least this many recent check-ins "comes up often"
TAG_LOW_MIN = 3  # check-ins with the tag, and without it, before the tag-and-mood rule speaks
TAG_LOW_GAP = 1.0  # mood points lower with the tag than without
GOAL_WEIGHT = 1.5  # a standing goal weighs a little less than what the client wrote or felt lately
GOAL_KINDS = {  # homework kinds serving a goal → prompt purposes that fit that goal
    "thought_record": "thought_record",
    "behavioural_activation": "behavioural_activation",
    "walk": "behavioural_activation",
    "exercise": "grounding",
    "journal": "reflection",
}


@dataclass(frozen=True)
class GoalHint:
    """An active care-plan goal as the prompt engine may know it: its title (which the client sees in
    their plan; never the therapist's description) and the kinds of homework that serve it."""

    title: str
    homework_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class PromptContext:
    """What the chooser knows. ``now`` carries the client's time zone: times of day and weekdays are theirs."""

    now: datetime
    moods: Sequence[MoodPoint] = ()
    themes: Mapping[str, int] = field(default_factory=dict)  # journal themes → recent entries with them
    tags: Mapping[str, int] = field(default_factory=dict)  # check-in tag words → recent check-ins with them
    goals: Sequence[str | GoalHint] = ()  # active care-plan goals
    recently_shown: frozenset[str] = frozenset()
    seed: int = 0


@dataclass(frozen=True)
class Evidence:
    """One thing the data says, the reason it gives, and which prompts it makes fit."""

    reason: str  # a key of the data file's "reasons", or "theme:<id>", "tag:<id>", "goal:<text>"
    weight: float
    needs: frozenset[str] = frozenset()  # prompts "for" one of these fit fully
    purposes: frozenset[str] = frozenset()  # prompts with one of these purposes fit half
    aims: frozenset[str] = frozenset()  # prompts with one of these purposes fit fully
    anytime: bool = False  # fits only prompts not tied to a time of day
    mood: str | None = None  # prompts with this mood condition fit fully
    times: frozenset[str] = frozenset()  # prompts for this time of day fit fully

    def fit(self, prompt: Prompt) -> float:
        if self.anytime and prompt.times:
            return 0.0
        full = (
            bool(self.needs.intersection(prompt.needs))
            or (self.mood is not None and prompt.mood == self.mood)
            or bool(self.times.intersection(prompt.times))
            or bool(self.aims.intersection(prompt.purposes))
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
    """Themes of recent entries, then of frequent check-in tags (a tag names a theme or contains its
    keywords), then care-plan goals."""
    found = [
        _themed("theme", lib.themes[t], context.themes[t], 2.0) for t in _by_count(context.themes) if t in lib.themes
    ]
    by_theme: Counter[str] = Counter()
    for tag, count in context.tags.items():
        if count >= FREQUENT_TAG:
            for theme_id in tag_themes(tag, lib):
                by_theme[theme_id] += count
    found += [_themed("tag", lib.themes[t], by_theme[t], 1.5) for t in _by_count(by_theme)]
    return found + [_goal_evidence(goal, lib) for goal in context.goals]


def _goal_evidence(goal: str | GoalHint, lib: Library) -> Evidence:
    """Prompts for care-plan goals fit a goal fully, as do prompts for the themes its title names (a goal
    "Sleep through the night" → prompts about sleep); prompts for the kinds of homework that serve it
    (a walk → behavioural activation) fit half.

    A goal is there all day: it weighs only for prompts not tied to a time of day, so that a standing
    goal plus "it's evening" never outweighs what the client wrote or felt lately."""
    hint = goal if isinstance(goal, GoalHint) else GoalHint(goal)
    themes = find_themes([hint.title], lib)
    purposes = {GOAL_KINDS[kind] for kind in hint.homework_kinds if kind in GOAL_KINDS}
    purposes |= set().union(*(lib.themes[t].purposes for t in themes))
    return Evidence(
        f"goal:{hint.title.strip()[:80]}",
        GOAL_WEIGHT,
        needs=frozenset(themes),
        purposes=frozenset(purposes),
        aims=frozenset({"goals"}),
        anytime=True,
    )


def _tag_mood_evidence(context: PromptContext, lib: Library) -> list[Evidence]:
    """The tag whose check-ins have the lowest mood against the others, a point or more apart (e.g. days
    tagged "work"): a prompt about that theme and the worry around it."""
    points = [p for p in context.moods if p.at <= context.now]
    gaps = []
    for word in sorted({tag for p in points for tag in p.tags}):
        with_tag, n_with = _mean(p.mood for p in points if word in p.tags)
        without, n_without = _mean(p.mood for p in points if word not in p.tags)
        if n_with >= TAG_LOW_MIN and n_without >= TAG_LOW_MIN and without - with_tag >= TAG_LOW_GAP:
            gaps.append((without - with_tag, word))
    if not gaps:
        return []
    _, word = max(gaps)
    themes = tag_themes(word, lib)
    purposes = set().union(*(lib.themes[t].purposes for t in themes)) if themes else {"self_compassion", "reflection"}
    return [Evidence(f"tag_low:{word}", 3.0, needs=frozenset(themes), purposes=frozenset(purposes | {"worry_time"}))]


def gather_evidence(context: PromptContext, lib: Library | None = None) -> list[Evidence]:
    """Everything that may steer the choice, strongest kinds first (the first wins a tie for the reason)."""
    lib = lib or library()
    moment = time_of_day(context.now)
    return [
        *_mood_evidence(context),
        *_tag_mood_evidence(context, lib),
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
