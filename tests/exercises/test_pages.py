"""The pages: the list, a routine (readable without JavaScript, with the player's markup for
exercises.js, the reduced-motion hooks and an aria-live region), saving by plain form, the log, the
offer after an anxious check-in, the therapist's section, and Dutch."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alongside.exercises.models import ExerciseSession
from alongside.kit.web import PACKAGE_DIR

STATIC = PACKAGE_DIR / "static"


def count_sessions(session, client_id):
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(ExerciseSession).where(ExerciseSession.client_id == client_id)
    )


def form(**changes) -> dict[str, str]:
    data = {"distress_before": "8", "distress_after": "5", "completed": "yes"}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def started_at(page_html: str) -> str:
    return re.search(r'name="started_at" id="ex-started-at" value="([^"]+)"', page_html).group(1)


class TestList:
    def test_every_routine_with_its_length_and_the_nav_link(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/exercises")
        assert page.status_code == 200
        for title in (
            "Box breathing",
            "4-7-8 breathing",
            "Paced breathing: six breaths a minute",
            "5-4-3-2-1 grounding",
            "Body scan",
            "Progressive muscle relaxation",
        ):
            assert f">{title}</h3>" in page.text
        assert 'href="/exercises/paced"' in page.text and "About 5 minutes" in page.text
        assert '<li><a href="/exercises">Exercises</a></li>' in page.text

    def test_only_for_clients(self, personas, as_user):
        assert as_user(personas.therapist_ana).get("/exercises").status_code == 404
        assert '<a href="/exercises">' not in as_user(personas.therapist_ana).get("/caseload").text


class TestRoutinePage:
    def test_breathing_player_markup(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/exercises/box").text
        # Readable without JavaScript: the pattern, and a plain form with both ratings.
        assert "<li>Breathe in: 4 seconds</li>" in page and "<li>Hold: 4 seconds</li>" in page
        assert "Repeat this 8 times (about 2 minutes)." in page
        assert page.count('name="distress_before"') == 11 and page.count('name="distress_after"') == 11
        assert '<label for="before-0" class="ex-segment">0</label>' in page and 'id="before-10"' in page
        assert 'method="post" action="/exercises/box"' in page and 'type="submit"' in page
        # The player is there for exercises.js, hidden until the script shows it.
        assert re.search(r'<section id="ex-player" class="ex-player"[^>]*\shidden\b', page)
        assert re.search(r'id="ex-phase" aria-live="polite" aria-atomic="true"', page)
        assert 'id="ex-count"' in page and 'id="ex-count" aria-live' not in page  # the seconds are not announced
        for control in ("ex-start", "ex-pause", "ex-stop"):
            assert '<button type="button"' in page and f'id="{control}"' in page
        # Reduced motion: the pacer's hook for the CSS, the bar, and the person's own switch.
        assert 'class="ex-pacer" data-motion="full"' in page and 'class="ex-pacer__bar"' in page
        assert 'id="ex-still"' in page
        assert '<script src="/static/exercises.js" defer></script>' in page
        assert '<link rel="stylesheet" href="/static/exercises.css">' in page
        # No inline script may run (CSP script-src 'self'): the routine is data, not code.
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == ['<script type="application/json" id="ex-data">']

    def test_routine_data_for_the_player(self, personas, as_user):
        import json

        page = as_user(personas.client_cleo).get("/exercises/paced").text
        blob = re.search(r'<script type="application/json" id="ex-data">(.*?)</script>', page, re.S).group(1)
        data = json.loads(blob)
        assert [(p["phase"], p["seconds"]) for p in data["phases"]] == [("in", 5), ("out", 5)]
        assert data["default_cycles"] == 30 and "That is 6 breaths a minute." in page

    def test_script_player_markup(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/exercises/body-scan").text
        assert '<ol class="ex-steps">' in page and "<strong>Feet</strong>" in page and "(40 seconds)" in page
        assert re.search(r'id="ex-step" aria-live="polite" aria-atomic="true"', page)
        assert 'id="ex-back"' in page and 'id="ex-next"' in page and 'id="ex-pacer"' not in page

    def test_the_css_stills_the_circle_for_reduced_motion(self):
        css = (STATIC / "exercises.css").read_text()
        block = css[css.index("@media (prefers-reduced-motion: reduce)") :]
        block = block[: block.index("\n}\n")]
        assert ".ex-pacer__stage { display: none; }" in block and ".ex-pacer__bar { display: block; }" in block
        assert '.ex-pacer[data-motion="reduced"] .ex-pacer__stage { display: none; }' in css
        js = (STATIC / "exercises.js").read_text()
        assert 'matchMedia("(prefers-reduced-motion: reduce)")' in js and 'dataset.motion = still() ? "reduced"' in js

    def test_from_a_checkin(self, personas, as_user):
        page = as_user(personas.client_cleo).get("/exercises/paced?from=checkin").text
        assert "You said you feel anxious." in page

    def test_unknown_routine_is_404(self, personas, as_user):
        assert as_user(personas.client_cleo).get("/exercises/yoga").status_code == 404
        assert as_user(personas.client_cleo).post("/exercises/yoga", data=form()).status_code == 404


class TestSaveByForm:
    def test_saved_and_shown_in_the_log(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        start = started_at(cleo.get("/exercises/grounding").text)
        done = cleo.post("/exercises/grounding", data=form(started_at=start), follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"].startswith("/exercises/log?saved=")
        log = cleo.get(done.headers["location"]).text
        assert "Your distress went from 8 to 5." in log and "8 → 5" in log and "3 points lower" in log
        assert "5-4-3-2-1 grounding" in log and 'id="ex-support-heading"' not in log
        assert count_sessions(session, personas.client_cleo.id) == 1

    def test_stopped_early_without_a_rating_after(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        start = started_at(cleo.get("/exercises/box").text)
        log = cleo.post("/exercises/box", data=form(started_at=start, distress_after=None, completed="no")).text
        assert "8 → –" in log and "stopped early" in log and "no rating afterwards" in log

    def test_missing_ratings_are_named_and_nothing_is_stored(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        start = started_at(cleo.get("/exercises/box").text)
        page = cleo.post("/exercises/box", data=form(started_at=start, distress_before=None))
        assert page.status_code == 422
        assert 'href="#ex-before">Choose how you feel before you start, from 0 to 10.' in page.text
        assert 'data-has-errors="1"' in page.text and 'id="after-5" name="distress_after" value="5"\n' in page.text
        assert started_at(page.text) == start  # the clock keeps running from the first visit
        page = cleo.post("/exercises/box", data=form(started_at=start, distress_after=None))
        assert page.status_code == 422
        assert 'href="#ex-after-scale">Choose how you feel afterwards, from 0 to 10.' in page.text
        assert re.search(r'id="before-8" name="distress_before" value="8"\s+checked', page.text), "ratings are kept"
        assert count_sessions(session, personas.client_cleo.id) == 0

    def test_a_tampered_rating_is_refused(self, personas, as_user, session):
        cleo = as_user(personas.client_cleo)
        start = started_at(cleo.get("/exercises/box").text)
        page = cleo.post("/exercises/box", data=form(started_at=start, distress_after="12"))
        assert page.status_code == 422 and "Choose how you feel afterwards" in page.text
        assert count_sessions(session, personas.client_cleo.id) == 0

    def test_very_distressed_afterwards_shows_where_help_is(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        start = started_at(cleo.get("/exercises/box").text)
        log = cleo.post("/exercises/box", data=form(started_at=start, distress_after="9")).text
        assert 'id="ex-support-heading"' in log and 'href="/help"' in log


class TestLogPage:
    def test_own_sessions_only(self, personas, as_user):
        assert "9 → 3" in as_user(personas.client_ben).get("/exercises/log").text
        cleo = as_user(personas.client_cleo).get("/exercises/log").text
        assert "9 → 3" not in cleo and "No exercises logged yet." in cleo
        assert "Your therapist sees this log only if you share check-ins with them" in cleo

    def test_the_access_log_names_the_therapists_read(self, personas, as_user):
        as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}")
        page = as_user(personas.client_ben).get("/privacy/access-log").text
        assert "looked at your exercise log" in page


class TestCheckinOffer:
    def test_high_anxiety_offers_paced_breathing(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        saved = cleo.post("/checkins", data={"mood": "4", "anxiety": "8"}, headers={"HX-Request": "true"})
        assert saved.status_code == 200
        assert 'id="ex-suggestion-heading"' in saved.text and 'href="/exercises/paced?from=checkin"' in saved.text
        assert "Try Paced breathing: six breaths a minute" in saved.text

    def test_no_offer_below_seven_or_without_anxiety(self, personas, as_user):
        cleo = as_user(personas.client_cleo)
        for data in ({"mood": "4", "anxiety": "6"}, {"mood": "4"}):
            saved = cleo.post("/checkins", data=data, headers={"HX-Request": "true"})
            assert saved.status_code == 200 and "ex-suggestion" not in saved.text


class TestTherapistSection:
    def test_shown_with_the_checkins_consent(self, personas, as_user):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        assert 'id="exercises-heading"' in page and "<td>Box breathing</td>" in page and "9 → 3" in page
        assert "1 session in all." in page

    def test_hidden_without_it(self, personas, as_user):
        ben = as_user(personas.client_ben)
        ben.post(f"/care-team/{personas.ben_link.id}/consent", data={"share": ["journal", "questionnaires"]})
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        assert "This client does not share check-ins with you, so their exercise log is not shown." in page
        assert "9 → 3" not in page


class TestDutch:
    def test_pages_in_dutch(self, personas, as_user, session):
        personas.client_cleo.locale = "nl"
        session.commit()
        cleo = as_user(personas.client_cleo)
        listing = cleo.get("/exercises").text
        assert '<html lang="nl">' in listing and ">Oefeningen</h1>" in listing and ">Vierkant ademen</h3>" in listing
        assert "Ongeveer 5 minuten" in listing and "Box breathing" not in listing
        box = cleo.get("/exercises/box").text
        assert "<li>Adem in: 4 seconden</li>" in box and "Herhaal dit 8 keer (ongeveer 2 minuten)." in box
        assert "Hoe gespannen of onrustig voel je je nu?" in box and ">Starten</button>" in box
        assert "Breathe in" not in box and "Press Start" not in box
        start = started_at(box)
        log = cleo.post("/exercises/box", data=form(started_at=start), follow_redirects=True).text
        assert "Opgeslagen." in log and "8 → 5" in log and "3 punten lager" in log
        saved = cleo.post("/checkins", data={"mood": "4", "anxiety": "9"}, headers={"HX-Request": "true"}).text
        assert "Probeer Rustig ademen: zes keer per minuut" in saved
