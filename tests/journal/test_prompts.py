"""Choosing a journal prompt: from mood patterns, time of day, journal themes and goals, with the reason
in the client's language; never the same prompt twice within 14 days; the same answer for the same day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from markupsafe import escape
from sqlalchemy import func, select, text

from alongside.accounts.actor import Actor
from alongside.checkins import service as checkins_service
from alongside.checkins.schemas import CheckInCreate
from alongside.errors import Forbidden
from alongside.journal import service as journal_service
from alongside.journal.models import PromptShown
from alongside.journal.schemas import EntryCreate
from alongside.journal.service import prompts
from alongside.journal.service.prompts import PromptContext, choose_prompt
from tests.journal.conftest import WEDNESDAY, local, mood_history

LIB = prompts.library()
OFFERED_WITHOUT_LOW_MOOD = [p for p in LIB.prompts if p.mood != "low"]


def shown_count(session, client_id):
    return session.scalar(select(func.count()).select_from(PromptShown).where(PromptShown.client_id == client_id))


class TestChoosePrompt:
    def test_lower_mood_on_work_days_gives_a_work_prompt_and_says_why(self):
        context = PromptContext(now=local(WEDNESDAY, 14), moods=mood_history(4, 8), seed=1)
        choice = choose_prompt(context)
        assert choice.reason == "mood_low_workdays"
        assert {"work", "study"} & set(choice.prompt.needs)
        assert prompts.reason_text(choice.reason, "en") == "because your mood has been lower on work days"
        assert "werkdagen" in prompts.reason_text(choice.reason, "nl")

    def test_lower_mood_at_weekends_is_told_apart(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 14), moods=mood_history(7, 4), seed=1))
        assert choice.reason == "mood_low_weekends"

    def test_the_same_mood_all_week_says_nothing_about_work_days(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 14), moods=mood_history(6, 6), seed=1))
        assert "workdays" not in choice.reason and "weekends" not in choice.reason

    @pytest.mark.parametrize(("hour", "moment"), [(7, "morning"), (14, "afternoon"), (20, "evening"), (23, "night")])
    def test_without_data_the_time_of_day_decides(self, hour, moment):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, hour), seed=3))
        assert moment in choice.prompt.times
        assert choice.reason == f"time_{moment}"
        assert choice.prompt.mood != "low" and not choice.prompt.needs

    def test_evening_gives_an_evening_prompt_with_the_reason(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 20), seed=9))
        assert "evening" in choice.prompt.times
        assert prompts.reason_text(choice.reason, "en") == "because it's evening"
        assert prompts.reason_text(choice.reason, "nl") == "omdat het avond is"

    def test_no_prompt_for_another_time_of_day_while_others_are_left(self):
        for hour in range(24):
            choice = choose_prompt(PromptContext(now=local(WEDNESDAY, hour), moods=mood_history(4, 8), seed=hour))
            assert not choice.prompt.times or prompts.time_of_day(local(WEDNESDAY, hour)) in choice.prompt.times

    def test_low_mood_never_gets_a_good_mood_prompt_and_the_reverse(self):
        low = PromptContext(now=local(WEDNESDAY, 20), moods=mood_history(3, 3), seed=2)
        high = PromptContext(now=local(WEDNESDAY, 20), moods=mood_history(8, 8), seed=2)
        shown: set[str] = set()
        for _ in range(len(LIB.prompts)):
            choice = choose_prompt(PromptContext(**{**low.__dict__, "recently_shown": frozenset(shown)}))
            if choice is None:
                break
            assert choice.prompt.mood != "high"
            shown.add(choice.prompt.id)
        assert choose_prompt(low).reason == "mood_low"
        assert choose_prompt(high).prompt.mood != "low"

    def test_anxious_check_ins_give_a_prompt_for_anxiety(self):
        context = PromptContext(now=local(WEDNESDAY, 15), moods=mood_history(6, 6, anxiety=8), seed=4)
        choice = choose_prompt(context)
        assert choice.reason == "anxiety_high" and "anxiety" in choice.prompt.needs

    def test_a_recent_journal_theme_is_named(self):
        choice = choose_prompt(PromptContext(now=local(WEDNESDAY, 21), themes={"sleep": 2}, seed=5))
        assert choice.reason == "theme:sleep" and "sleep" in choice.prompt.needs
        assert prompts.reason_text(choice.reason, "en") == "because you wrote about sleep recently"
        assert prompts.reason_text(choice.reason, "nl") == "omdat je onlangs schreef over slapen"

    def test_check_in_tags_and_care_plan_goals_are_weighed_when_given(self):
        tagged = choose_prompt(PromptContext(now=local(WEDNESDAY, 10), tags={"work": 5}, seed=6))
        assert tagged.reason == "tag:work"
        assert prompts.reason_text(tagged.reason, "en") == "because work has come up often in your check-ins"
        goal = choose_prompt(PromptContext(now=local(WEDNESDAY, 10), goals=["Sleep through the night"], seed=6))
        assert goal.reason == "goal:Sleep through the night"
        assert prompts.reason_text(goal.reason, "en") == "because it fits your goal “Sleep through the night”"
        assert prompts.reason_text(goal.reason, "nl") == "omdat het past bij je doel ‘Sleep through the night’"

    def test_the_same_seed_and_day_give_the_same_prompt(self):
        def pick(seed, day_offset=0):
            now = local(WEDNESDAY, 20) + timedelta(days=day_offset)
            return choose_prompt(PromptContext(now=now, seed=seed)).prompt.id

        assert pick(1) == pick(1)
        assert len({pick(1, d) for d in range(0, 28, 7)} | {pick(s) for s in range(8)}) > 1, "never varies"

    def test_recently_shown_prompts_are_skipped_until_none_is_left(self):
        shown: list[str] = []
        while choice := choose_prompt(PromptContext(now=local(WEDNESDAY, 20), recently_shown=frozenset(shown))):
            shown.append(choice.prompt.id)
        # Every prompt once (those for a low mood only when the mood has been low), then nothing.
        assert len(shown) == len(set(shown)) == len(OFFERED_WITHOUT_LOW_MOOD)

    @pytest.mark.parametrize("hour", range(24))
    def test_one_entry_about_a_sister_gives_a_relationships_prompt_at_any_hour(self, hour):
        """What tests/test_authorization.py relies on for Ben's prompt (and the next one he asks for)."""
        first = choose_prompt(PromptContext(now=local(WEDNESDAY, hour), themes={"relationships": 1}, seed=hour))
        again = choose_prompt(
            PromptContext(
                now=local(WEDNESDAY, hour),
                themes={"relationships": 1},
                recently_shown=frozenset({first.prompt.id}),
                seed=hour,
            )
        )
        assert first.reason == again.reason == "theme:relationships"


class TestOfferPrompt:
    def test_offered_once_per_part_of_the_day_and_remembered(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        now = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 20:00 in Amsterdam
        first = journal_service.offer_prompt(session, cleo, locale="en", now=now)
        assert first.reason == "because it's evening"
        again = journal_service.offer_prompt(session, cleo, locale="nl", now=now + timedelta(minutes=30))
        assert (again.prompt_id, again.locale) == (first.prompt_id, "nl")
        assert again.text == LIB.get(first.prompt_id).text["nl"] and again.reason == "omdat het avond is"
        assert shown_count(session, cleo.user_id) == 1
        night = journal_service.offer_prompt(session, cleo, locale="en", now=now + timedelta(hours=4))
        assert night.prompt_id != first.prompt_id and shown_count(session, cleo.user_id) == 2

    def test_another_prompt_is_new_and_none_repeats_within_fourteen_days(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        now = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
        seen = [journal_service.offer_prompt(session, cleo, locale="en", now=now).prompt_id]
        for minute in range(1, 200):
            offer = journal_service.offer_prompt(
                session, cleo, locale="en", another=True, now=now + timedelta(minutes=minute)
            )
            if offer is None:
                break
            seen.append(offer.prompt_id)
        assert len(seen) == len(set(seen)) == len(OFFERED_WITHOUT_LOW_MOOD)
        later = now + timedelta(days=13, hours=23)
        assert journal_service.offer_prompt(session, cleo, locale="en", another=True, now=later) is None
        back = journal_service.offer_prompt(session, cleo, locale="en", another=True, now=now + timedelta(days=15))
        assert back is not None and back.prompt_id in seen

    def test_uses_the_clients_time_zone(self, personas, session):
        personas.client_cleo.timezone = "Pacific/Auckland"
        session.flush()
        # 20:00 UTC is 09:00 the next morning in Auckland.
        offer = journal_service.offer_prompt(
            session, Actor.of(personas.client_cleo), locale="en", now=datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
        )
        assert offer.reason == "because it's morning"
        assert "morning" in LIB.get(offer.prompt_id).times

    def test_gathers_mood_and_journal_themes_through_the_services(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        now = datetime.now(UTC)
        for hours in (2, 26, 50, 74):
            checkins_service.create_checkin(
                session,
                cleo,
                CheckInCreate(mood=3, anxiety=8, at=now - timedelta(hours=hours)),
                now=now - timedelta(hours=hours),
            )
        journal_service.create_entry(session, cleo, EntryCreate(body="Lay awake again, I could not sleep."))
        context = prompts.prompt_context(session, cleo, now)
        assert [p.mood for p in context.moods] == [3, 3, 3, 3]
        assert context.themes == {"sleep": 1}
        assert (
            context.now.tzinfo is not None
            and context.now.utcoffset() == now.astimezone(prompts.ZoneInfo("Europe/Amsterdam")).utcoffset()
        )

    def test_a_theme_from_the_journal_shows_as_the_reason(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        for body in ("Couldn't sleep at all.", "Another night awake, maybe four hours of sleep."):
            journal_service.create_entry(session, cleo, EntryCreate(body=body))
        now = datetime.now(UTC).replace(hour=12, minute=0)  # 13:00 or 14:00 in Amsterdam
        offer = journal_service.offer_prompt(session, cleo, locale="en", now=now)
        assert offer.reason == "because you wrote about sleep recently"
        assert offer.reason_code == "theme:sleep"

    def test_the_reason_is_stored_encrypted(self, personas, session, connection):
        cleo = Actor.of(personas.client_cleo)
        journal_service.create_entry(session, cleo, EntryCreate(body="I could not sleep."))
        journal_service.offer_prompt(session, cleo, locale="en")
        session.flush()
        stored = connection.execute(
            text("SELECT reason FROM journal_prompts_shown WHERE client_id = :id"), {"id": cleo.user_id}
        ).scalar_one()
        assert stored.startswith("v1:") and "sleep" not in stored

    def test_an_entry_written_to_the_prompt_is_linked_to_it(self, personas, session):
        cleo = Actor.of(personas.client_cleo)
        offer = journal_service.offer_prompt(session, cleo, locale="en")
        entry = journal_service.create_entry(session, cleo, EntryCreate(body="My answer.", prompt_id=offer.prompt_id))
        assert entry.prompt_id == offer.prompt_id
        shown = session.scalar(select(PromptShown).where(PromptShown.client_id == cleo.user_id))
        assert shown.answered_entry_id == entry.id
        # Answered, it is no longer today's prompt: the next visit offers a new one.
        assert journal_service.offer_prompt(session, cleo, locale="en").prompt_id != offer.prompt_id

    def test_only_clients_get_prompts(self, personas, session):
        with pytest.raises(Forbidden):
            journal_service.offer_prompt(session, Actor.of(personas.therapist_ana), locale="en")
        with pytest.raises(Forbidden):
            checkins_service.own_mood_points(session, Actor.of(personas.therapist_ana), since=datetime.now(UTC))


class TestPromptPages:
    def test_new_entry_page_shows_the_prompt_and_why(self, personas, as_user):
        page = as_user(personas.client_ben).get("/journal/new")
        assert page.status_code == 200
        assert 'name="prompt_id"' in page.text and 'id="prompt-text"' in page.text
        assert "Why this prompt: because you wrote about the people close to you recently." in page.text
        assert 'hx-post="/journal/prompt/another"' in page.text

    def test_another_prompt_swaps_in_a_partial(self, personas, as_user):
        ben = as_user(personas.client_ben)
        first = ben.get("/journal/new").text
        response = ben.post("/journal/prompt/another", headers={"HX-Request": "true"})
        assert response.status_code == 200 and "<html" not in response.text
        assert response.text.lstrip().startswith('<section id="journal-prompt"')
        prompt_id = response.text.split('name="prompt_id" value="')[1].split('"')[0]
        assert f'value="{prompt_id}"' not in first

    def test_another_prompt_without_javascript_comes_back_to_the_form(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post("/journal/prompt/another", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/journal/new"

    def test_writing_to_the_prompt_links_the_entry_and_shows_the_prompt(self, personas, as_user):
        ben = as_user(personas.client_ben)
        offer = ben.get("/api/journal/prompt").json()
        saved = ben.post("/journal/new", data={"body": "Called my sister.", "prompt_id": offer["prompt_id"]})
        assert saved.status_code == 200 and str(escape(offer["text"])) in saved.text and "Prompt:" in saved.text
        entry = ben.get("/api/journal").json()["items"][0]
        assert entry["prompt_id"] == offer["prompt_id"]

    def test_an_unknown_prompt_is_a_field_error(self, personas, as_user):
        response = as_user(personas.client_ben).post("/api/journal", json={"body": "x", "prompt_id": "no-such"})
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == "prompt_id"

    def test_writing_without_a_prompt(self, personas, as_user):
        page = as_user(personas.client_ben).get("/journal/new?prompt=none")
        assert 'name="prompt_id"' not in page.text and "Show me a prompt" in page.text

    def test_a_thought_record_prompt_links_to_the_guided_form(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        for _ in range(len(LIB.prompts)):
            offer = cleo.post("/api/journal/prompt/another").json()
            if offer is None or offer["thought_record"]:
                break
        assert offer and offer["thought_record"]
        page = cleo.get("/journal/new")
        assert f'href="/journal/thought-record?prompt_id={offer["prompt_id"]}"' in page.text

    def test_dutch_page_shows_the_dutch_prompt_and_reason(self, personas, as_user, session):
        personas.client_ben.locale = "nl"
        session.commit()
        ben = as_user(personas.client_ben)
        offer = ben.get("/api/journal/prompt").json()
        page = ben.get("/journal/new")
        assert '<html lang="nl">' in page.text
        assert offer["locale"] == "nl" and offer["text"] == LIB.get(offer["prompt_id"]).text["nl"]
        assert offer["reason"] == "omdat je onlangs schreef over de mensen om je heen"
        assert str(escape(offer["text"])) in page.text and str(escape(offer["reason"])) in page.text
