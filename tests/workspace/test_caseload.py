"""The caseload ladder: alerts, then reliable deterioration, then missed check-ins or homework, then the
rest; consent hides what is not shared (but never an alert); filters and search."""

from __future__ import annotations

from datetime import timedelta

from alongside.care.schemas import Consent
from alongside.privacy.models import AuditEntry
from alongside.safety import service as safety_service
from alongside.workspace import service
from tests.workspace.conftest import NOW, last_week


def names(read) -> list[str]:  # noqa: ANN001
    return [row.name for row in read.rows]


def build(caseload, **kwargs):  # noqa: ANN001, ANN201
    return service.build_caseload(caseload.session, caseload.actor, now=NOW, **kwargs)


class TestLadder:
    def test_each_rung_in_order(self, caseload):
        for name in ("Aaron", "Bea", "Cas", "Dirk", "Eva", "Fay"):
            caseload.client(name)
        caseload.daily_checkins("Aaron", 30)  # the rest: checks in every day, nothing else
        caseload.daily_homework("Bea", last_week(2))  # 2 of 7 last week: missed homework
        caseload.daily_checkins("Cas", 20, last_days_ago=4)  # usually daily, silent for 4 days
        caseload.score("Dirk", "phq9", 8, days_ago=20)
        caseload.score("Dirk", "phq9", 15, days_ago=2)  # up 7: reliable deterioration
        caseload.alert("Eva", "moderate", days_ago=5)
        caseload.alert("Fay", "high", days_ago=1)
        read = build(caseload)
        assert names(read) == ["Fay", "Eva", "Dirk", "Cas", "Bea", "Aaron"]
        assert [row.rung for row in read.rows] == [0, 0, 1, 2, 2, 3]
        kinds = {row.name: [r.kind for r in row.reasons] for row in read.rows}
        assert kinds == {
            "Fay": ["alert"],
            "Eva": ["alert"],
            "Dirk": ["deterioration"],
            "Cas": ["missed_checkins"],
            "Bea": ["missed_homework"],
            "Aaron": [],
        }
        dirk = read.rows[2].reasons[0]
        assert (dirk.instrument, dirk.points, dirk.total) == ("phq9", 7, 15)
        assert dirk.href.startswith(f"/clients/{caseload.clients['Dirk'].id}")
        cas = read.rows[3].reasons[0]
        assert cas.days == 4
        bea = read.rows[4].reasons[0]
        assert (bea.done, bea.planned, bea.percent) == (2, 7, 29)

    def test_alerts_by_level_then_the_oldest_first_and_acknowledged_after_open(self, caseload):
        for name in ("Ann", "Bob", "Col", "Dan"):
            caseload.client(name)
        caseload.alert("Ann", "high", days_ago=1)
        caseload.alert("Bob", "high", days_ago=3)  # waited longer than Ann
        caseload.alert("Col", "imminent", days_ago=0.1)
        dan = caseload.alert("Dan", "imminent", days_ago=4)
        safety_service.acknowledge_alert(caseload.session, caseload.actor, dan.id, now=NOW)
        assert names(build(caseload)) == ["Col", "Bob", "Ann", "Dan"]

    def test_an_alert_outranks_deterioration_and_both_reasons_show(self, caseload):
        caseload.client("Ike")
        caseload.client("Jo")
        caseload.score("Ike", "gad7", 5, days_ago=30)
        caseload.score("Ike", "gad7", 9, days_ago=1)  # up 4: reliable on GAD-7
        caseload.score("Jo", "gad7", 5, days_ago=30)
        caseload.score("Jo", "gad7", 9, days_ago=1)
        caseload.alert("Jo", "low", days_ago=1)
        read = build(caseload)
        assert names(read) == ["Jo", "Ike"]
        assert [r.kind for r in read.rows[0].reasons] == ["alert", "deterioration"]

    def test_deterioration_since_the_first_measure_counts_and_the_oldest_latest_comes_first(self, caseload):
        for name in ("Kim", "Lou", "Max"):
            caseload.client(name)
        # Kim: 6 → 9 → 12, never 6 up at once, but 6 up since the first measure.
        for total, days_ago in ((6, 60), (9, 30), (12, 10)):
            caseload.score("Kim", "phq9", total, days_ago)
        caseload.score("Lou", "phq9", 4, days_ago=40)
        caseload.score("Lou", "phq9", 14, days_ago=3)
        # Max: up 5, within the noise: the rest.
        caseload.score("Max", "phq9", 4, days_ago=40)
        caseload.score("Max", "phq9", 9, days_ago=3)
        read = build(caseload)
        assert names(read) == ["Kim", "Lou", "Max"]
        kim = read.rows[0].reasons[0]
        assert (kim.points, kim.since) == (6, NOW - timedelta(days=60))
        assert read.rows[0].scores["phq9"].change == 3 and read.rows[0].scores["phq9"].reliable == 0
        assert read.rows[2].rung == 3

    def test_improvement_is_not_deterioration(self, caseload):
        caseload.client("Ned")
        caseload.score("Ned", "phq9", 18, days_ago=30)
        caseload.score("Ned", "phq9", 9, days_ago=1)
        row = build(caseload).rows[0]
        assert row.rung == 3 and row.scores["phq9"].reliable == 1 and row.scores["phq9"].change == -9

    def test_missed_check_ins_need_a_habit_and_the_longest_silence_comes_first(self, caseload):
        for name in ("Oda", "Pim", "Quin", "Rob"):
            caseload.client(name)
        caseload.daily_checkins("Oda", 20, last_days_ago=3)
        caseload.daily_checkins("Pim", 20, last_days_ago=6)
        caseload.daily_checkins("Quin", 2, last_days_ago=6)  # no habit: two check-ins in six weeks
        caseload.daily_checkins("Rob", 20, last_days_ago=2)  # two days is not yet missed
        read = build(caseload)
        assert names(read) == ["Pim", "Oda", "Quin", "Rob"]
        assert [row.rung for row in read.rows] == [2, 2, 3, 3]

    def test_missed_check_ins_come_before_missed_homework_then_the_lowest_adherence(self, caseload):
        for name in ("Sam", "Tom", "Uma"):
            caseload.client(name)
        caseload.daily_homework("Sam", last_week(3))
        caseload.daily_homework("Tom", last_week(1))
        caseload.daily_checkins("Uma", 20, last_days_ago=3)
        assert names(build(caseload)) == ["Uma", "Tom", "Sam"]

    def test_homework_half_done_is_not_missed(self, caseload):
        caseload.client("Vic")
        caseload.daily_homework("Vic", last_week(4))  # 4 of 7 = 57 %
        row = build(caseload).rows[0]
        assert row.rung == 3
        assert row.homework_this_week is not None and row.homework_this_week.planned == 7

    def test_the_rest_by_name(self, caseload):
        for name in ("zoë", "Yara", "Xander"):
            caseload.client(name)
        assert names(build(caseload)) == ["Xander", "Yara", "zoë"]


class TestConsent:
    def test_no_sparkline_nor_last_check_in_when_check_ins_are_not_shared(self, caseload):
        caseload.client("Wim", Consent(questionnaires=True))
        caseload.daily_checkins("Wim", 20, last_days_ago=5)  # would be "missed" if shared
        row = build(caseload).rows[0]
        assert row.mood_days is None and row.last_checkin_at is None
        assert row.reasons == [] and row.rung == 3

    def test_scores_hidden_and_no_deterioration_rung_without_questionnaire_consent(self, caseload):
        caseload.client("Xia", Consent(checkins=True))
        caseload.score("Xia", "phq9", 3, days_ago=30)
        caseload.score("Xia", "phq9", 20, days_ago=1)
        row = build(caseload).rows[0]
        assert row.scores == {} and row.rung == 3

    def test_an_alert_shows_whatever_the_client_shares(self, caseload):
        caseload.client("Yves", Consent())
        caseload.alert("Yves", "high", days_ago=1)
        row = build(caseload).rows[0]
        assert row.rung == 0 and row.reasons[0].level == "high"
        assert row.mood_days is None and row.scores == {}

    def test_sparkline_has_the_days_mean_mood_of_the_last_two_weeks(self, caseload):
        caseload.client("Zed")
        caseload.daily_checkins("Zed", 30, mood=7)
        days = build(caseload).rows[0].mood_days
        assert len(days) == 14 and {mood for _, mood in days} == {7.0}
        assert days[-1][0].isoformat() == "2026-11-25"

    def test_what_was_shown_is_audited_per_client(self, caseload, session):
        caseload.client("Abe")
        caseload.client("Bo", Consent())
        caseload.client("Cy")
        caseload.daily_checkins("Abe", 3)
        caseload.score("Cy", "gad7", 3, days_ago=3)
        build(caseload)
        rows = session.query(AuditEntry).filter(AuditEntry.event == "CASELOAD_VIEWED").all()
        # Bo shares nothing, so nothing of Bo's was shown; Cy has no check-ins in the window, but
        # sharing them means the (empty) sparkline told the therapist so.
        assert sorted((r.subject_id, r.extra["shown"]) for r in rows) == [
            (caseload.clients["Abe"].id, ["checkins"]),
            (caseload.clients["Cy"].id, ["checkins", "questionnaires"]),
        ]


class TestFiltersAndSearch:
    def test_filters_and_counts(self, caseload):
        for name in ("Ana", "Ben", "Cor", "Dee"):
            caseload.client(name)
        caseload.alert("Ana", "moderate", days_ago=1)
        caseload.score("Ben", "phq9", 2, days_ago=30)
        caseload.score("Ben", "phq9", 12, days_ago=1)
        caseload.daily_checkins("Cor", 20, last_days_ago=5)
        read = build(caseload)
        assert read.counts == {"all": 4, "attention": 3, "alerts": 1, "deteriorating": 1, "missed": 1}
        assert names(build(caseload, filter="attention")) == ["Ana", "Ben", "Cor"]
        assert names(build(caseload, filter="alerts")) == ["Ana"]
        assert names(build(caseload, filter="deteriorating")) == ["Ben"]
        assert names(build(caseload, filter="missed")) == ["Cor"]

    def test_search_by_name(self, caseload):
        for name in ("Anouk", "Bram"):
            caseload.client(name)
        assert names(build(caseload, search="nou")) == ["Anouk"]


class TestPages:
    def test_pages_of_the_caseload_keep_the_order_and_the_counts(self, caseload, session):
        for name in ("Ann", "Bob", "Cas", "Dee", "Eli"):
            caseload.client(name)
        caseload.alert("Eli", "high", days_ago=1)
        first = build(caseload, per_page=2)
        assert names(first) == ["Eli", "Ann"] and (first.page, first.pages, first.total) == (1, 3, 5)
        last = build(caseload, per_page=2, page=3)
        assert names(last) == ["Dee"] and last.counts["all"] == 5
        assert names(build(caseload, per_page=2, page=99)) == ["Dee"]  # past the end: the last page

    def test_only_the_page_shown_is_audited(self, caseload, session):
        for name in ("Ann", "Bob", "Cas"):
            caseload.client(name)
        build(caseload, per_page=2)
        audited = session.query(AuditEntry.subject_id).filter(AuditEntry.event == "CASELOAD_VIEWED").all()
        assert sorted(s for (s,) in audited) == sorted(caseload.clients[n].id for n in ("Ann", "Bob"))
