"""The prompt rules that use check-in tags and care-plan goals: each fires on data that should trigger it
and stays quiet otherwise; the context is gathered through the check-in and care-plan services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alongside.accounts.actor import Actor
from alongside.careplan import service as careplan_service
from alongside.careplan.schemas import GoalCreate, HomeworkCreate
from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import CheckInCreate, MoodPoint, TagCreate
from alongside.journal import service as journal_service
from alongside.journal.service import prompts
from alongside.journal.service.prompts import GoalHint, PromptContext, choose_prompt
from tests.journal.conftest import WEDNESDAY, local

LIB = prompts.library()


def weekday_history(tag: str, tagged_mood: int, other_mood: int, *, tagged_days: int = 6, days: int = 20):
    """Evening check-ins on work days only (so the work-day/weekend rule cannot speak): every other one
    tagged ``tag`` (up to ``tagged_days``), the rest untagged."""
    points, tagged = [], 0
    for back in range(days, 0, -1):
        day = WEDNESDAY - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        with_tag = tagged < tagged_days and len(points) % 2 == 0
        tagged += with_tag
        points.append(
            MoodPoint(
                at=local(day, 20),
                mood=tagged_mood if with_tag else other_mood,
                energy=None,
                anxiety=None,
                tags=(tag,) if with_tag else (),
            )
        )
    return points


class TestTagAndMoodRule:
    def test_mood_lower_on_days_tagged_work_gives_a_work_prompt_with_the_reason(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 15), moods=weekday_history("work", 4, 7), seed=2))
        assert choice.reason == "tag_low:work"
        assert "work" in choice.prompt.needs or {"work", "worry_time"} & set(choice.prompt.purposes)
        assert prompts.reason_text(choice.reason, "en") == "because your mood has been lower on work days"
        assert prompts.reason_text(choice.reason, "nl") == "omdat je stemming op werkdagen lager is geweest"

    def test_a_tag_about_work_in_other_words_counts_as_work(self):
        choice = choose_prompt(
            PromptContext(now=local(WEDNESDAY, 15), moods=weekday_history("colleagues", 3, 7), seed=2)
        )
        assert choice.reason == "tag_low:colleagues"
        assert prompts.reason_text(choice.reason, "en") == "because your mood has been lower on work days"

    def test_an_own_tag_without_a_theme_is_named_in_the_reason(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 15), moods=weekday_history("Voetbal", 3, 7), seed=2))
        assert choice.reason == "tag_low:Voetbal"
        assert (
            prompts.reason_text(choice.reason, "en") == "because your mood has been lower on days you tagged “Voetbal”"
        )
        assert (
            prompts.reason_text("tag_low:alone", "nl")
            == "omdat je stemming lager is geweest op dagen met de tag ‘alleen’"
        )

    @pytest.mark.parametrize(
        ("tagged_mood", "other_mood", "tagged_days"),
        [(6, 6, 6), (8, 5, 6), (3, 7, 2)],  # the same mood, higher with the tag, too few tagged
        ids=["same", "higher", "too-few"],
    )
    def test_quiet_when_the_data_does_not_show_it(self, tagged_mood, other_mood, tagged_days):
        moods = weekday_history("work", tagged_mood, other_mood, tagged_days=tagged_days)
        evidence = prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 15), moods=moods))
        assert not any(e.reason.startswith("tag_low:") for e in evidence)

    def test_half_a_point_lower_is_not_enough_and_a_point_is(self):
        moods = weekday_history("work", 6, 7)
        half = [p.model_copy(update={"mood": 6}) if not p.tags and i % 4 == 1 else p for i, p in enumerate(moods)]
        quiet = prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 15), moods=half))
        assert not any(e.reason.startswith("tag_low:") for e in quiet)
        speaks = prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 15), moods=moods))
        assert [e.reason for e in speaks if e.reason.startswith("tag_low:")] == ["tag_low:work"]

    def test_the_lowest_tag_is_the_one_named(self):
        moods = weekday_history("work", 5, 7)
        moods = [
            p.model_copy(update={"tags": ("family",)}) if p.mood == 7 and i % 4 == 1 else p for i, p in enumerate(moods)
        ]
        moods += [
            MoodPoint(at=local(WEDNESDAY - timedelta(days=d), 9), mood=2, energy=None, anxiety=None, tags=("Gym",))
            for d in (2, 6, 8)
        ]
        reasons = [e.reason for e in prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 15), moods=moods))]
        assert [r for r in reasons if r.startswith("tag_low:")] == ["tag_low:Gym"]


class TestFrequentTagRule:
    def test_a_tag_on_three_or_more_recent_check_ins_names_its_theme(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 10), tags={"colleagues": 4}, seed=6))
        assert choice.reason == "tag:work"
        assert prompts.reason_text(choice.reason, "en") == "because work has come up often in your check-ins"

    def test_a_tag_used_once_or_twice_says_nothing(self):
        evidence = prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 10), tags={"colleagues": 2, "family": 1}))
        assert not any(e.reason.startswith("tag:") for e in evidence)

    def test_being_alone_is_not_read_as_feeling_alone(self):
        evidence = prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 10), tags={"alone": 9}))
        assert not any(e.reason.startswith("tag:") for e in evidence)


class TestGoalRule:
    def test_a_goal_gives_a_goal_prompt_and_names_the_goal(self):
        goal = GoalHint("Plan one nice thing each day")
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 14), goals=[goal], seed=3))
        assert choice.reason == "goal:Plan one nice thing each day"
        assert "goals" in choice.prompt.purposes
        assert prompts.reason_text(choice.reason, "en") == "because it fits your goal “Plan one nice thing each day”"

    def test_the_homework_serving_a_goal_brings_its_kind_of_prompt(self):
        goal = GoalHint("Feel less stuck", homework_kinds=("thought_record",))
        evidence = [
            e
            for e in prompts.gather_evidence(PromptContext(now=local(WEDNESDAY, 14), goals=[goal]))
            if e.reason.startswith("goal:")
        ]
        assert evidence and evidence[0].aims == {"goals"} and "thought_record" in evidence[0].purposes
        record = next(
            p
            for p in LIB.prompts
            if "thought_record" in p.purposes and "goals" not in p.purposes and not p.times and p.mood == "any"
        )
        assert evidence[0].fit(record) == evidence[0].weight / 2

    def test_without_goals_no_goal_reason(self):
        for hour in range(24):
            assert not choose_prompt(PromptContext(now=local(WEDNESDAY, hour), seed=hour)).reason.startswith("goal:")

    @pytest.mark.parametrize("hour", range(24))
    def test_a_recent_journal_theme_still_comes_before_a_standing_goal(self, hour):
        """What tests/test_authorization.py relies on: Ben wrote about his sister and has a goal served
        by a daily walk; at any hour and on any day, the reason is what he wrote."""
        goal = GoalHint("Ben goal marker: more energy in the mornings", ("walk",))
        for day in range(7):
            context = PromptContext(
                now=local(WEDNESDAY + timedelta(days=day), hour), themes={"relationships": 1}, goals=[goal], seed=hour
            )
            assert choose_prompt(context).reason == "theme:relationships"

    def test_a_goal_weighs_only_for_prompts_not_tied_to_a_time_of_day(self):
        goal = [
            e
            for e in prompts.gather_evidence(
                PromptContext(now=local(WEDNESDAY, 20), goals=[GoalHint("Walk more", ("walk",))])
            )
            if e.reason.startswith("goal:")
        ][0]
        timed = next(p for p in LIB.prompts if p.times and "behavioural_activation" in p.purposes)
        untimed = next(p for p in LIB.prompts if not p.times and "goals" in p.purposes)
        assert goal.fit(timed) == 0.0 and goal.fit(untimed) == goal.weight


class TestGatheredThroughTheServices:
    def test_goals_come_from_the_care_plan_without_the_therapists_description(self, personas, session):
        cleo, otto = Actor.of(personas.client_cleo), Actor.of(personas.outsider_therapist)
        goal = careplan_service.create_goal(
            session, otto, cleo.user_id, GoalCreate(title="Go out twice a week", description="PRIVATE therapist view")
        )
        careplan_service.create_homework(
            session,
            otto,
            cleo.user_id,
            HomeworkCreate(
                title="Walk",
                kind="walk",
                schedule="daily",
                goal_id=goal.id,
                start_date=careplan_service.today_for_client(session, cleo.user_id) - timedelta(days=1),
            ),
        )
        dropped = careplan_service.create_goal(
            session, otto, cleo.user_id, GoalCreate(title="Old goal", status="dropped")
        )
        context = prompts.prompt_context(session, cleo, datetime.now(UTC))
        assert context.goals == [GoalHint("Go out twice a week", ("walk",))]
        assert "PRIVATE" not in repr(context) and dropped.title not in repr(context)

    def test_tags_of_recent_check_ins_reach_the_chooser_and_the_offer(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        own = checkins_service.create_tag(session, cleo, TagCreate(group="activities", name="Night shift"), locale="en")
        now = datetime.now(UTC).replace(hour=13, minute=0, second=0, microsecond=0)
        made = 0
        for back in range(1, 25):
            at = now - timedelta(days=back)
            if at.astimezone(prompts.ZoneInfo("Europe/Amsterdam")).weekday() >= 5:
                continue  # work days only: the work-day/weekend rule stays out of it
            tagged = made % 2 == 0
            data = CheckInCreate(mood=3 if tagged else 7, at=at, tags=[own.ref] if tagged else ["friends"])
            checkins_service.create_checkin(session, cleo, data, now=at)
            made += 1
        context = prompts.prompt_context(session, cleo, now)
        assert context.tags["Night shift"] >= 3 and "friends" in context.tags
        assert any(p.tags == ("Night shift",) for p in context.moods)
        offer = journal_service.offer_prompt(session, cleo, locale="en", now=now)
        assert offer.reason_code == "tag_low:Night shift"
        assert offer.reason == "because your mood has been lower on work days"  # "shift" is a work word

    def test_no_goals_no_tags_gives_an_empty_context(self, personas, session):
        context = prompts.prompt_context(
            session, Actor.of(personas.client_cleo), datetime(2026, 11, 25, 12, tzinfo=UTC)
        )
        assert context.goals == [] and dict(context.tags) == {}
