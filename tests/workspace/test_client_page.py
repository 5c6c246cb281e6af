"""The client page: the timeline (typed items, consent, filters, windows), the charts, and alerts
acknowledged and resolved in place (htmx and plain forms)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alongside.care.schemas import Consent
from alongside.privacy.models import AuditEntry
from alongside.safety.models import Alert
from alongside.workspace import service
from tests.personas import BEN_HOMEWORK, BEN_NOTE, BEN_SHARED
from tests.workspace.conftest import NOW, last_week

HTMX = {"HX-Request": "true"}


class TestTimeline:
    def test_every_shared_kind_newest_first(self, personas, session):
        ana = personas.actor("therapist_ana")
        read = service.client_timeline(session, ana, personas.client_ben.id)
        assert read.available == ["checkin", "journal", "questionnaire", "exercise", "homework", "alert", "session"]
        kinds = {item.kind for item in read.items}
        assert kinds == set(read.available) - {"session"}  # Ben has no sessions here
        assert [item.at for item in read.items] == sorted((item.at for item in read.items), reverse=True)
        checkin = next(item for item in read.items if item.kind == "checkin")
        assert checkin.detail == BEN_NOTE and checkin.values["mood"] == 4
        homework = next(item for item in read.items if item.kind == "homework")
        assert homework.title == BEN_HOMEWORK and "note" not in homework.values  # never the client's note
        journal = [item for item in read.items if item.kind == "journal"]
        assert [item.detail for item in journal] == [BEN_SHARED]  # only the shared entry

    def test_kinds_not_shared_are_neither_available_nor_read(self, personas, session):
        personas.ben_link.share_checkins = False
        personas.ben_link.share_journal = False
        session.flush()
        read = service.client_timeline(session, personas.actor("therapist_ana"), personas.client_ben.id)
        assert read.available == ["questionnaire", "homework", "alert", "session"]
        assert {item.kind for item in read.items} == {"questionnaire", "homework", "alert"}
        asked = service.client_timeline(
            session, personas.actor("therapist_ana"), personas.client_ben.id, kinds=["checkin", "alert"]
        )
        assert asked.kinds == ["alert"] and {item.kind for item in asked.items} == {"alert"}

    def test_a_window_of_ninety_days_and_older(self, caseload, session):
        caseload.client("Ola")
        caseload.daily_checkins("Ola", 200)
        client_id = caseload.clients["Ola"].id
        caseload.clients["Ola"].created_at = NOW - timedelta(days=400)
        first = service.client_timeline(session, caseload.actor, client_id, now=NOW)
        assert len(first.items) == 90 and first.older == NOW - timedelta(days=90)
        second = service.client_timeline(session, caseload.actor, client_id, before=first.older, now=NOW)
        assert len(second.items) == 90
        assert max(i.at for i in second.items) < min(i.at for i in first.items)

    def test_journal_reads_are_audited_with_the_entry_ids(self, personas, session):
        service.client_timeline(session, personas.actor("therapist_ana"), personas.client_ben.id)
        rows = (
            session.query(AuditEntry)
            .filter(AuditEntry.event == "JOURNAL_LISTED", AuditEntry.actor_id == personas.therapist_ana.id)
            .order_by(AuditEntry.id.desc())
            .all()
        )
        assert rows[0].extra["entry_ids"] == [personas.ben_shared_entry.id]

    def test_questionnaire_items_carry_the_reliable_change(self, caseload, session):
        caseload.client("Pia")
        caseload.score("Pia", "phq9", 5, days_ago=30)
        caseload.score("Pia", "phq9", 12, days_ago=2)
        read = service.client_timeline(session, caseload.actor, caseload.clients["Pia"].id, now=NOW)
        latest = read.items[0]
        assert latest.values["total"] == 12 and latest.values["change"] == 7 and latest.values["reliable"] == -1


class TestClientPage:
    def test_sections_and_timeline(self, personas, as_user):
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        for heading in (
            "alerts-heading",
            "trends-heading",
            "questionnaires-heading",
            "careplan-heading",
            "safety-heading",
            "timeline-heading",
        ):
            assert f'id="{heading}"' in page
        assert BEN_NOTE in page and BEN_SHARED in page and "Mood 4 of 10" in page
        assert f'href="/clients/{personas.client_ben.id}/safety-plan"' in page
        assert "Mood over the last 90 days, with the 7-day mean" in page
        assert "Acknowledge: I am taking this on" in page

    def test_filter_and_partial(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        url = f"/clients/{personas.client_ben.id}"
        page = ana.get(f"{url}?kinds=questionnaire").text
        assert "PHQ-9: 13" in page and BEN_NOTE not in page.split('id="timeline-heading"')[1]
        partial = ana.get(f"{url}/timeline?kinds=checkin", headers=HTMX).text
        assert partial.lstrip().startswith('<section id="timeline"') and BEN_NOTE in partial
        assert "PHQ-9: 13" not in partial
        assert ana.get(f"{url}?kinds=nonsense").status_code == 422

    def test_nothing_of_what_is_not_shared(self, personas, as_user, session):
        personas.ben_link.share_checkins = False
        personas.ben_link.share_questionnaires = False
        session.commit()
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}").text
        assert BEN_NOTE not in page and "Mood 4 of 10" not in page and "PHQ-9: 13" not in page
        assert "This client does not share check-ins with you." in page
        assert "mood-chart" not in page

    def test_score_chart_marks_reliable_change(self, caseload, as_user, clock):
        caseload.client("Rik")
        caseload.score("Rik", "phq9", 5, days_ago=30)
        caseload.score("Rik", "phq9", 12, days_ago=2)
        caseload.session.commit()
        page = as_user(caseload.therapist).get(f"/clients/{caseload.clients['Rik'].id}").text
        assert 'class="marker marker-worse"' in page
        assert "<td>+7, reliable deterioration</td>" in page


class TestAlertsInPlace:
    def test_acknowledge_with_htmx_swaps_the_section(self, personas, as_user, session):
        ana = as_user(personas.therapist_ana)
        url = f"/clients/{personas.client_ben.id}/alerts/{personas.ben_alert.id}/acknowledge"
        response = ana.post(url, headers=HTMX)
        assert response.status_code == 200
        assert response.text.lstrip().startswith('<section id="alerts"')
        assert "Alert acknowledged: you are taking this on." in response.text
        assert "Acknowledge: I am taking this on" not in response.text
        session.expire_all()
        assert session.get(Alert, personas.ben_alert.id).status.value == "acknowledged"
        again = ana.post(url, headers=HTMX)
        assert "already acknowledged" in again.text

    def test_acknowledge_without_javascript_comes_back_to_the_page(self, personas, as_user, session):
        ana = as_user(personas.therapist_ana)
        url = f"/clients/{personas.client_ben.id}/alerts/{personas.ben_alert.id}/acknowledge"
        response = ana.post(url, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == f"/clients/{personas.client_ben.id}?saved=1#alerts-heading"
        conflict = ana.post(url)
        assert conflict.status_code == 409 and "already acknowledged" in conflict.text

    def test_resolve_needs_an_outcome_note(self, personas, as_user, session):
        ana = as_user(personas.therapist_ana)
        url = f"/clients/{personas.client_ben.id}/alerts/{personas.ben_alert.id}/resolve"
        empty = ana.post(url, data={"outcome_note": ""}, headers=HTMX)
        assert 'aria-invalid="true"' in empty.text and f"outcome_note-{personas.ben_alert.id}-error" in empty.text
        plain = ana.post(url, data={"outcome_note": "  "})
        assert plain.status_code == 422 and 'id="alerts-heading"' in plain.text
        session.expire_all()
        assert session.get(Alert, personas.ben_alert.id).status.value == "open"
        done = ana.post(url, data={"outcome_note": "Called Ben; he is safe tonight."}, headers=HTMX)
        assert "Alert resolved." in done.text
        session.expire_all()
        alert = session.get(Alert, personas.ben_alert.id)
        assert alert.status.value == "resolved" and alert.outcome_note == "Called Ben; he is safe tonight."

    def test_an_alert_of_another_client_is_404_here(self, personas, as_user, session, caseload):
        other = caseload.client("Other", Consent())
        alert = caseload.alert("Other", "high", days_ago=1)
        session.commit()
        ana = as_user(personas.therapist_ana)
        response = ana.post(f"/clients/{personas.client_ben.id}/alerts/{alert.id}/acknowledge")
        assert response.status_code == 404
        assert other.id != personas.client_ben.id


@pytest.mark.usefixtures("clock")
def test_caseload_homework_column(caseload, as_user):
    caseload.client("Hana")
    caseload.daily_homework("Hana", last_week(7))
    caseload.session.commit()
    page = as_user(caseload.therapist).get("/caseload").text
    assert "0 of 7" in page


def test_questionnaire_schedule_in_place(personas, as_user):
    ana = as_user(personas.therapist_ana)
    url = f"/clients/{personas.client_ben.id}/questionnaires/schedule"
    swapped = ana.post(url, data={"instrument": "gad7", "every_days": "21"}, headers=HTMX)
    assert swapped.status_code == 200
    assert swapped.text.lstrip().startswith("{#") is False and '<section id="questionnaires"' in swapped.text
    assert "GAD-7 every 21 days" in swapped.text and "Saved." in swapped.text
    stopped = ana.post(url, data={"instrument": "gad7", "stop": "1"}, headers=HTMX)
    assert "GAD-7 every 21 days" not in stopped.text
    plain = ana.post(url, data={"instrument": "gad7", "every_days": "14"}, follow_redirects=False)
    assert plain.status_code == 303 and plain.headers["location"].endswith("#questionnaires-heading")


class TestLinkLookedUpOncePerSession:
    def test_a_withdrawal_in_the_same_transaction_is_seen(self, personas, session):
        from alongside.care import service as care_service
        from alongside.care.models import Scope
        from alongside.care.schemas import Consent as ConsentSchema
        from alongside.errors import NotFound

        ana, ben = personas.actor("therapist_ana"), personas.actor("client_ben")
        assert care_service.access_client_scope(session, ana, ben.user_id, Scope.CHECKINS)
        care_service.update_consent(session, ben, personas.ben_link.id, ConsentSchema(journal=True))
        with pytest.raises(NotFound):
            care_service.access_client_scope(session, ana, ben.user_id, Scope.CHECKINS)
        care_service.withdraw(session, ben, personas.ben_link.id)
        with pytest.raises(NotFound):
            care_service.access_client_link(session, ana, ben.user_id)
