"""A check-in with details: sleep, emotions, tags, back-dating in the client's time zone; the note and
the client's own tag names are screened; everything is audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from alongside.checkins import service
from alongside.checkins.models import CheckIn
from alongside.checkins.schemas import CheckInCreate, TagCreate, TagUpdate
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.kit import forms
from alongside.kit.orm import utc_now
from alongside.safety.models import Alert, AlertSignal
from tests.checkins.conftest import audit_events, raw_tag_names

AMS = ZoneInfo("Europe/Amsterdam")
# 14:00 in Amsterdam on Wednesday 25 November 2026 (UTC+1).
NOW = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)


def cleo(personas):
    return personas.actor("client_cleo")


class TestSleepAndEmotions:
    def test_half_hours_of_sleep_are_kept_exactly_and_read_back(self, session, personas):
        checkin = service.create_checkin(
            session, cleo(personas), CheckInCreate(mood=6, sleep_hours=7.5, sleep_quality=4)
        )
        assert checkin.sleep_half_hours == 15 and checkin.sleep_hours == 7.5 and checkin.sleep_quality == 4
        read = service.checkin_reads(session, checkin.client_id, [checkin], locale="en")[0]
        assert read.sleep_hours == 7.5 and read.sleep_quality == 4

    @pytest.mark.parametrize(
        ("form", "field"),
        [
            ({"sleep_hours": "7.3"}, "sleep_hours"),
            ({"sleep_hours": "25"}, "sleep_hours"),
            ({"sleep_hours": "-1"}, "sleep_hours"),
            ({"sleep_quality": "6"}, "sleep_quality"),
            ({"sleep_quality": "0"}, "sleep_quality"),
            ({"emotions": "bored-ish"}, "emotions.0"),
            ({"tags": "Not A Ref"}, "tags.0"),
        ],
    )
    def test_out_of_range_details_are_errors_on_their_field(self, form, field):
        data, errors = forms.parse(CheckInCreate, {"mood": "5", **form})
        assert data is None and field in errors

    def test_dutch_decimal_comma_and_a_single_checkbox_are_understood(self):
        data, errors = forms.parse(
            CheckInCreate, {"mood": "5", "sleep_hours": "6,5", "emotions": "calm", "tags": "work"}
        )
        assert errors == {} and data.sleep_hours == 6.5 and data.emotions == ["calm"] and data.tags == ["work"]

    def test_emotions_are_kept_once_in_the_lists_order(self, session, personas):
        data = CheckInCreate(mood=4, emotions=["hopeful", "anxious", "hopeful"])
        checkin = service.create_checkin(session, cleo(personas), data)
        assert checkin.emotions == "anxious,hopeful" and checkin.emotion_ids == ["anxious", "hopeful"]

    def test_the_emotion_list_is_complete_in_both_languages(self):
        en, nl = service.emotion_choices("en"), service.emotion_choices("nl")
        assert 16 <= len(en) <= 24 and [e.id for e in en] == [e.id for e in nl]
        assert {"anxious", "sad", "angry", "ashamed", "lonely", "calm", "grateful", "hopeful"} <= {e.id for e in en}
        assert len({e.label for e in nl}) == len(nl) and next(e for e in nl if e.id == "sad").label == "verdrietig"


class TestBackdating:
    """Ben lives in Amsterdam (the default time zone); "yesterday at 20:00" is his yesterday evening."""

    def test_yesterday_evening_in_the_clients_time_zone(self, session, personas):
        data = CheckInCreate(mood=5, day="2026-11-24", time="20:00")
        checkin = service.create_checkin(session, cleo(personas), data, now=NOW)
        assert checkin.at == datetime(2026, 11, 24, 19, 0, tzinfo=UTC)  # 20:00 in Amsterdam

    def test_a_time_without_offset_is_local_and_with_an_offset_is_kept(self, session, personas):
        local = service.create_checkin(
            session, cleo(personas), CheckInCreate(mood=5, at="2026-11-25T09:00:00"), now=NOW
        )
        assert local.at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
        exact = service.create_checkin(
            session, cleo(personas), CheckInCreate(mood=5, at="2026-11-25T09:00:00+00:00"), now=NOW
        )
        assert exact.at == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    @pytest.mark.parametrize(
        ("given", "field", "message"),
        [
            ({"day": "2026-11-23", "time": "12:00"}, "time", "48 hours"),  # 49 hours before 14:00 on the 25th
            ({"time": "15:00"}, "time", "future"),  # later today
            ({"day": "2026-11-24"}, "time", "what time"),  # a day without a time
            ({"at": "2026-11-25T10:00:00+01:00", "day": "2026-11-25"}, "at", "either"),
            ({"at": "2026-11-23T10:00:00+01:00"}, "at", "48 hours"),
        ],
    )
    def test_refused_with_a_clear_message_on_the_field(self, session, personas, given, field, message):
        with pytest.raises(InvalidInput, match=message) as raised:
            service.create_checkin(session, cleo(personas), CheckInCreate(mood=5, **given), now=NOW)
        assert raised.value.field == field

    def test_today_without_a_time_is_now(self, session, personas):
        checkin = service.create_checkin(session, cleo(personas), CheckInCreate(mood=5, day="2026-11-25"), now=NOW)
        assert checkin.at == NOW

    def test_the_form_offers_today_and_the_two_days_before_where_the_client_lives(self, session, personas):
        late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # already the 26th in Amsterdam
        days = service.backdate_days(session, cleo(personas), now=late)
        assert [d.isoformat() for d in days] == ["2026-11-26", "2026-11-25", "2026-11-24"]


class TestTags:
    def test_defaults_in_three_groups_in_both_languages(self, session, personas):
        en = service.list_own_tags(session, cleo(personas), locale="en")
        nl = service.list_own_tags(session, cleo(personas), locale="nl")
        assert {t.group.value for t in en} == {"activities", "people", "places"}
        assert next(t for t in en if t.ref == "work").label == "work"
        assert next(t for t in nl if t.ref == "work").label == "werk"
        assert not any(t.own or t.hidden for t in en)

    def test_own_tag_is_encrypted_at_rest_and_linked_to_a_check_in(self, session, personas, connection):
        tag = service.create_tag(
            session, cleo(personas), TagCreate(group="places", name="Grandma's garden"), locale="en"
        )
        assert tag.ref.startswith("own-") and tag.own
        session.flush()
        assert all("Grandma" not in raw for raw in raw_tag_names(connection))
        checkin = service.create_checkin(session, cleo(personas), CheckInCreate(mood=7, tags=[tag.ref, "friends"]))
        read = service.checkin_reads(session, checkin.client_id, [checkin], locale="nl")[0]
        assert {(t.ref, t.label) for t in read.tags} == {(tag.ref, "Grandma's garden"), ("friends", "vrienden")}
        assert len(audit_events(session, personas.client_cleo.id, "CHECKIN_TAG_CREATED")) == 1

    def test_a_second_tag_with_the_same_name_is_a_conflict(self, session, personas):
        service.create_tag(session, cleo(personas), TagCreate(group="activities", name="Choir"), locale="en")
        with pytest.raises(Conflict):
            service.create_tag(session, cleo(personas), TagCreate(group="activities", name="choir"), locale="en")
        with pytest.raises(Conflict):  # a default tag's name, in either language
            service.create_tag(session, cleo(personas), TagCreate(group="activities", name="Werk"), locale="en")

    def test_rename_and_hide_a_default_tag_old_check_ins_keep_it(self, session, personas):
        actor = cleo(personas)
        before = service.create_checkin(session, actor, CheckInCreate(mood=5, tags=["work"]))
        renamed = service.update_tag(session, actor, "work", TagUpdate(name="My job"), locale="en")
        assert renamed.label == "My job" and renamed.ref == "work"
        hidden = service.update_tag(session, actor, "work", TagUpdate(hidden=True), locale="en")
        assert hidden.hidden
        offered = [t.ref for t in service.list_own_tags(session, actor, locale="en") if not t.hidden]
        assert "work" not in offered
        read = service.checkin_reads(session, actor.user_id, [before], locale="en")[0]
        assert [t.label for t in read.tags] == ["My job"]
        events = audit_events(session, actor.user_id, "CHECKIN_TAG_UPDATED")
        assert [e.extra["fields"] for e in events] == [["name"], ["hidden"]]

    def test_another_clients_tag_is_not_found_and_not_usable(self, session, personas):
        ben_tag = personas.ben_tag_ref
        with pytest.raises(NotFound):
            service.update_tag(session, cleo(personas), ben_tag, TagUpdate(name="mine now"), locale="en")
        with pytest.raises(InvalidInput) as raised:
            service.create_checkin(session, cleo(personas), CheckInCreate(mood=5, tags=[ben_tag]))
        assert raised.value.field == "tags"
        with pytest.raises(InvalidInput):
            service.create_checkin(session, cleo(personas), CheckInCreate(mood=5, tags=["nosuchtag"]))

    def test_a_risky_tag_name_is_screened_and_raises_an_alert(self, session, personas):
        actor = cleo(personas)
        service.create_tag(session, actor, TagCreate(group="activities", name="choir"), locale="en")
        session.flush()
        assert session.scalars(select(Alert).where(Alert.client_id == actor.user_id)).all() == []
        tag = service.create_tag(
            session, actor, TagCreate(group="activities", name="I want to kill myself tonight"), locale="en"
        )
        session.flush()
        alert = session.scalars(select(Alert).where(Alert.client_id == actor.user_id)).one()
        signal = session.scalars(select(AlertSignal).where(AlertSignal.alert_id == alert.id)).one()
        assert signal.source == "checkin_tag" and signal.source_id == int(tag.ref.removeprefix("own-"))


class TestNoteStillScreenedAndAudited:
    def test_a_risky_note_with_details_is_flagged_and_the_audit_row_lists_what_was_given(self, session, personas):
        actor = cleo(personas)
        checkin = service.create_checkin(
            session,
            actor,
            CheckInCreate(mood=2, note="everyone would be better off without me", emotions=["hopeless"], sleep_hours=4),
        )
        assert checkin.risk_level == "moderate"
        row = audit_events(session, actor.user_id, "CHECKIN_CREATED")[-1]
        assert row.object_id == checkin.id and set(row.extra["details"]) == {"note", "emotions", "sleep_hours"}
        assert row.extra["backdated"] is False

    def test_a_failed_check_in_writes_nothing(self, session, personas):
        actor = cleo(personas)
        count = session.query(CheckIn).filter_by(client_id=actor.user_id).count()
        with pytest.raises(InvalidInput):
            service.create_checkin(
                session, actor, CheckInCreate(mood=5, tags=["work", "nosuchtag"], at=utc_now() - timedelta(hours=1))
            )
        session.rollback()
        assert session.query(CheckIn).filter_by(client_id=actor.user_id).count() == count
