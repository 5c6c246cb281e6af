"""A client's insights from stored data: a planted tag effect is found and said with the tag's own
name; footprint factors only for the client and for a therapist with consent for the footprint; who
may read; fewer than 14 days shows nothing; the read is audited. Plus the pages, the upload and the
JSON routes (the routes without a client id in their path are tested here, not in
tests/test_authorization.py)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.care.schemas import Consent
from alongside.checkins import service as checkins_service
from alongside.checkins.models import CheckIn, CheckInTagLink, TagGroup
from alongside.checkins.schemas import TagCreate
from alongside.errors import NotFound
from alongside.insights.models import FootprintDay
from alongside.insights.service.client import client_insights
from alongside.privacy.models import AuditEntry

NOW = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)
DAYS = 90
HTMX = {"HX-Request": "true"}


@pytest.fixture
def cleo_history(session, personas):
    """90 days of evening check-ins for Cleo: mood 5 plus noise, 2 points higher on days tagged with her
    own tag "Swimming" (every third day), and steps that rise with mood in a CSV to import."""
    cleo = personas.actor("client_cleo")
    tag = checkins_service.create_tag(session, cleo, TagCreate(group=TagGroup.ACTIVITIES, name="Swimming"), locale="en")
    rng = random.Random(7)
    csv_lines = ["date,metric,value"]
    for i in range(DAYS):
        day = (NOW - timedelta(days=DAYS - 1 - i)).date()
        swim = i % 3 == 0
        mood = max(1, min(10, round(5 + (2 if swim else 0) + rng.gauss(0, 0.8))))
        row = CheckIn(client_id=cleo.user_id, at=datetime(day.year, day.month, day.day, 18, tzinfo=UTC), mood=mood)
        session.add(row)
        session.flush()
        if swim:
            session.add(CheckInTagLink(checkin_id=row.id, tag_id=tag.tag_id))
        csv_lines.append(f"{day.isoformat()},steps,{4000 + 1500 * mood + rng.randint(0, 300)}")
    session.flush()
    return tag, "\n".join(csv_lines) + "\n"


def _import_csv(session, actor, client_id, text, tmp_path):
    from alongside.insights.service.footprint import import_footprint

    path = tmp_path / "steps.csv"
    path.write_text(text)
    return import_footprint(session, actor, client_id, path, filename=path.name)


class TestClientInsights:
    def test_a_planted_tag_effect_is_found_and_named(self, session, personas, cleo_history):
        result = client_insights(session, personas.actor("client_cleo"), personas.client_cleo.id, now=NOW).to_dict("en")
        assert result["days_with_mood"] == DAYS
        swim = [p for p in result["patterns"] if p["factor"].startswith("tag:") and p["lag"] == 0]
        assert len(swim) == 1, result["patterns"]
        found = swim[0]
        assert found["outcome"] == "mood" and found["direction"] == "helps"
        # Planted: +2 (moods are whole numbers, so the estimate is near, not at, 2); the first day has no
        # day before it for the model's lag term, so 29 of the 30 tagged days are in.
        assert 1.5 < found["effect"] < 2.6 and found["ci_low"] > 1
        assert found["ci_low"] < found["effect"] < found["ci_high"]
        assert (found["n_with"], found["n_without"]) in ((29, 60), (30, 59), (30, 60))
        assert "“Swimming”" in found["sentence"] and found["label"] == "“Swimming”"
        nl = client_insights(session, personas.actor("client_cleo"), personas.client_cleo.id, now=NOW).to_dict("nl")
        assert nl["patterns"][0]["sentence"].startswith("Op dagen met “Swimming”")

    def test_footprint_only_with_consent_for_it(self, session, personas, cleo_history, tmp_path):
        cleo, otto = personas.actor("client_cleo"), personas.actor("outsider_therapist")
        _import_csv(session, cleo, cleo.user_id, cleo_history[1], tmp_path)
        own = client_insights(session, cleo, cleo.user_id, now=NOW).to_dict()
        assert any(p["factor"] == "device_steps" for p in own["patterns"])
        theirs = client_insights(session, otto, cleo.user_id, now=NOW).to_dict()
        assert not any(p["factor"].startswith("device_") for p in theirs["patterns"])
        link = session.scalars(select(CareLink).where(CareLink.client_id == cleo.user_id)).one()
        care_service.update_consent(session, cleo, link.id, Consent(checkins=True, journal=True, footprint=True))
        shared = client_insights(session, otto, cleo.user_id, now=NOW).to_dict()
        assert any(p["factor"] == "device_steps" for p in shared["patterns"])

    def test_outsiders_get_404(self, session, personas, cleo_history):
        for outsider in ("therapist_ana", "client_ben", "admin_ada"):
            with pytest.raises(NotFound):
                client_insights(session, personas.actor(outsider), personas.client_cleo.id, now=NOW)

    def test_without_consent_for_check_ins_nothing(self, session, personas, cleo_history):
        cleo = personas.actor("client_cleo")
        link = session.scalars(select(CareLink).where(CareLink.client_id == cleo.user_id)).one()
        care_service.update_consent(session, cleo, link.id, Consent(journal=True))
        with pytest.raises(NotFound):
            client_insights(session, personas.actor("outsider_therapist"), cleo.user_id, now=NOW)

    def test_fewer_than_14_days_shows_nothing(self, session, personas):
        ben = personas.actor("client_ben")
        result = client_insights(session, ben, ben.user_id).to_dict()
        assert result["days_with_mood"] < 14 and result["patterns"] == [] and "reason" in result

    def test_the_read_is_audited(self, session, personas, cleo_history):
        client_insights(session, personas.actor("outsider_therapist"), personas.client_cleo.id, now=NOW)
        session.flush()
        events = session.scalars(select(AuditEntry.event).where(AuditEntry.subject_id == personas.client_cleo.id)).all()
        assert "INSIGHTS_VIEWED" in events and "CHECKINS_VIEWED" in events


class TestPages:
    def test_client_page_shows_helps_and_weighs(self, session, personas, as_user, cleo_history):
        session.commit()
        page = as_user(personas.client_cleo).get("/insights")
        assert page.status_code == 200
        assert "What seems to help" in page.text and "“Swimming”" in page.text
        assert 'enctype="multipart/form-data"' in page.text

    def test_upload_imports_once_and_refuses_a_bad_file(self, session, personas, as_user, cleo_history):
        session.commit()
        cleo = as_user(personas.client_cleo)
        files = {"file": ("steps.csv", cleo_history[1].encode(), "text/csv")}
        first = cleo.post("/insights/footprint", files=files, follow_redirects=False)
        assert first.status_code == 303 and "already=0" in first.headers["location"]
        page = cleo.get(first.headers["location"])
        assert f"Imported {DAYS} days from steps.csv." in page.text
        again = cleo.post("/insights/footprint", files=files, follow_redirects=False)
        assert "already=1" in again.headers["location"]
        assert "was imported before" in cleo.get(again.headers["location"]).text
        count = session.query(FootprintDay).filter(FootprintDay.client_id == personas.client_cleo.id).count()
        bad = "date,metric,value\n2026-06-01,steps,100\n2026-06-02,steps,lots\n"
        refused = cleo.post("/insights/footprint", files={"file": ("bad.csv", bad.encode(), "text/csv")})
        assert refused.status_code == 422 and "line 3" in refused.text and 'aria-invalid="true"' in refused.text
        session.expire_all()
        assert session.query(FootprintDay).filter(FootprintDay.client_id == personas.client_cleo.id).count() == count

    def test_an_empty_upload_is_refused(self, personas, as_user):
        refused = as_user(personas.client_cleo).post("/insights/footprint", files={"file": ("", b"", "text/csv")})
        assert refused.status_code == 422 and "Choose an export file" in refused.text

    def test_therapist_section_loads_by_htmx(self, session, personas, as_user, cleo_history):
        session.commit()
        otto = as_user(personas.outsider_therapist)
        client_page = otto.get(f"/clients/{personas.client_cleo.id}")
        assert f'hx-get="/clients/{personas.client_cleo.id}/insights"' in client_page.text
        section = otto.get(f"/clients/{personas.client_cleo.id}/insights", headers=HTMX)
        assert section.status_code == 200 and section.text.lstrip().startswith('<section id="insights"')
        assert "What goes with better days" in section.text and "“Swimming”" in section.text
        assert "the client&#39;s mood seemed" in section.text and "your mood" not in section.text

    def test_own_routes_are_for_clients_only_and_show_only_their_own(self, session, personas, as_user, cleo_history):
        session.commit()
        for therapist in (personas.outsider_therapist, personas.therapist_ana):
            api = as_user(therapist)
            assert api.get("/api/insights").status_code in (403, 404)
            assert api.get("/insights", follow_redirects=False).status_code in (303, 403, 404)
            assert api.post("/api/footprint", files={"file": ("s.csv", b"x", "text/csv")}).status_code in (403, 404)
        ben = as_user(personas.client_ben).get("/api/insights").json()
        assert ben["client_id"] == personas.client_ben.id and "Swimming" not in str(ben)
        cleo = as_user(personas.client_cleo).get("/api/insights?lang=nl").json()
        assert cleo["client_id"] == personas.client_cleo.id and cleo["patterns"][0]["sentence"].startswith("Op dagen")

    def test_api_import_and_list(self, session, personas, as_user, cleo_history):
        session.commit()
        cleo = as_user(personas.client_cleo)
        made = cleo.post("/api/footprint", files={"file": ("steps.csv", cleo_history[1].encode(), "text/csv")})
        assert made.status_code == 201 and made.json()["days"] == DAYS and made.json()["already_imported"] is False
        assert [i["filename"] for i in cleo.get("/api/footprint/imports").json()] == ["steps.csv"]
        bad = cleo.post("/api/footprint", files={"file": ("bad.csv", b"date,metric,value\nnope,steps,1\n", "text/csv")})
        assert bad.status_code == 422
