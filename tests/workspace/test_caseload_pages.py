"""The caseload page and API: a constant number of SQL statements whatever the caseload's size, the
reason for each row's place with a link to the data, consent, filters, and the phone/desktop markup."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from alongside.care.schemas import Consent
from tests.workspace.conftest import ALL, Caseload, last_week


@contextmanager
def count_statements(engine):  # noqa: ANN001, ANN201
    statements: list[str] = []

    def listener(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", listener)


def fill(caseload: Caseload, count: int) -> None:
    """``count`` clients with the same kinds of data: check-ins, scores, homework, every third an alert."""
    start = len(caseload.clients)
    for n in range(start, start + count):
        name = f"Client {n:02d}"
        caseload.client(name, ALL if n % 4 else Consent(checkins=True))
        caseload.daily_checkins(name, 10, last_days_ago=n % 5)
        caseload.score(name, "phq9", 5 + n % 3, days_ago=40)
        caseload.score(name, "phq9", 8 + n % 7, days_ago=5)
        caseload.score(name, "gad7", 6, days_ago=5)
        caseload.daily_homework(name, last_week(n % 7))
        if n % 3 == 0:
            caseload.alert(name, "moderate", days_ago=1 + n)
    caseload.session.commit()


def statements_for_caseload(caseload: Caseload, as_user, engine, count: int) -> list[str]:  # noqa: ANN001
    fill(caseload, count)
    tess = as_user(caseload.therapist)
    assert tess.get("/caseload").status_code == 200  # warm-up: first-use rows such as the policy
    with count_statements(engine) as statements:
        page = tess.get("/caseload")
    assert page.status_code == 200
    assert page.text.count('<th scope="row">') == len(caseload.clients)
    return statements


@pytest.mark.usefixtures("clock")
class TestQueryCount:
    def test_the_caseload_does_not_grow_in_queries_with_its_size(self, caseload, as_user, engine, session):
        small = statements_for_caseload(caseload, as_user, engine, 3)
        more = statements_for_caseload(caseload, as_user, engine, 9)  # 12 clients in all now
        assert len(small) == len(more), "\n".join(more)
        assert len(small) < 25

    def test_the_api_too(self, caseload, as_user, engine):
        fill(caseload, 2)
        tess = as_user(caseload.therapist)
        tess.get("/api/caseload")
        with count_statements(engine) as small:
            assert len(tess.get("/api/caseload").json()["rows"]) == 2
        fill(caseload, 6)
        with count_statements(engine) as more:
            assert len(tess.get("/api/caseload").json()["rows"]) == 8
        assert len(small) == len(more)


@pytest.mark.usefixtures("clock")
class TestCaseloadPage:
    def test_reasons_link_to_the_data_behind_them(self, caseload, as_user):
        eva = caseload.client("Eva")
        dirk = caseload.client("Dirk")
        alert = caseload.alert("Eva", "high", days_ago=2)
        caseload.score("Dirk", "phq9", 6, days_ago=20)
        caseload.score("Dirk", "phq9", 13, days_ago=2)
        caseload.session.commit()
        page = as_user(caseload.therapist).get("/caseload").text
        assert re.search(rf'<a href="/alerts/{alert.id}">Open high alert since 2 days</a>', page)
        assert f'href="/clients/{dirk.id}?kinds=questionnaire#timeline-heading">PHQ-9 up 7 since' in page
        assert "now 13: reliable deterioration" in page
        assert page.index(f'href="/clients/{eva.id}"') < page.index(f'href="/clients/{dirk.id}"')

    def test_a_real_table_with_caption_and_scopes_and_labels_for_cards(self, caseload, as_user):
        caseload.client("Ann")
        caseload.daily_checkins("Ann", 5, mood=5)
        caseload.session.commit()
        page = as_user(caseload.therapist).get("/caseload").text
        assert "<caption>" in page and page.count('<th scope="col">') == 7
        assert '<th scope="row"><a href="/clients/' in page
        assert 'data-label="Mood, 14 days"' in page
        assert "Mood per day, oldest first (1–10): 5.0, 5.0, 5.0, 5.0, 5.0" in page
        assert "Next session" not in page  # not wired yet: the column is not shown

    def test_no_sparkline_for_a_client_who_does_not_share_check_ins(self, caseload, as_user):
        caseload.client("Priv", Consent(questionnaires=True))
        caseload.daily_checkins("Priv", 10, mood=3)
        caseload.session.commit()
        page = as_user(caseload.therapist).get("/caseload").text
        assert "<svg" not in page and "Mood per day" not in page
        assert "Check-ins not shared" in page

    def test_filter_links_and_counts(self, caseload, as_user):
        caseload.client("Ana")
        caseload.client("Bo")
        caseload.alert("Ana", "moderate", days_ago=1)
        caseload.session.commit()
        tess = as_user(caseload.therapist)
        page = tess.get("/caseload?filter=alerts").text
        assert (
            '<a href="/caseload?filter=alerts" aria-current="page">Open alerts <span class="count">(1)</span>' in page
        )
        assert ">Ana<" in page and ">Bo<" not in page
        assert tess.get("/caseload?filter=nonsense").status_code == 422

    def test_score_change_and_reliable_marker(self, caseload, as_user):
        caseload.client("Ned")
        caseload.score("Ned", "phq9", 18, days_ago=30)
        caseload.score("Ned", "phq9", 9, days_ago=1)
        caseload.session.commit()
        page = as_user(caseload.therapist).get("/caseload").text
        assert '<span class="change better">−9 ▼</span>' in page and "reliable improvement" in page

    def test_api_gives_the_same_rows(self, caseload, as_user):
        caseload.client("Ann")
        caseload.alert("Ann", "high", days_ago=1)
        caseload.session.commit()
        body = as_user(caseload.therapist).get("/api/caseload?filter=attention").json()
        assert body["filter"] == "attention" and body["counts"]["alerts"] == 1
        assert body["rows"][0]["reasons"][0]["kind"] == "alert"
        assert body["rows"][0]["mood_days"] == []


def test_outsider_sees_nobody_elses_clients(personas, as_user):
    page = as_user(personas.outsider_therapist).get("/caseload").text
    assert ">Ben<" not in page and ">Cleo<" in page
    assert as_user(personas.client_ben).get("/caseload").status_code == 404
    assert as_user(personas.client_ben).get("/api/caseload").status_code == 404
