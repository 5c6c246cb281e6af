"""The notes domain's sessions on the workspace: the caseload's next-session column and the
client page's timeline (kind "session"), for the care team only."""

from __future__ import annotations

from datetime import timedelta

from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.notes.schemas import SessionCreate
from alongside.workspace import service


def _plan(session, personas, *, days: int):  # noqa: ANN001
    ana = personas.actor("therapist_ana")
    when = (utc_now() + timedelta(days=days)).replace(microsecond=0)
    return notes_service.create_session(session, ana, personas.client_ben.id, SessionCreate(starts_at=when))


class TestNextSession:
    def test_the_caseload_row_carries_the_next_planned_session(self, personas, session):
        _plan(session, personas, days=9)
        soon = _plan(session, personas, days=2)
        _plan(session, personas, days=-3)  # held: not "next"
        found = service.next_sessions_for(session, personas.actor("therapist_ana"), [personas.client_ben.id])
        assert found == {personas.client_ben.id: soon.starts_at}

    def test_an_outsider_gets_no_sessions_of_bens(self, personas, session):
        _plan(session, personas, days=2)
        otto = personas.actor("outsider_therapist")
        assert service.next_sessions_for(session, otto, [personas.client_ben.id]) == {}

    def test_the_caseload_page_shows_the_column(self, personas, session, as_user):
        planned = _plan(session, personas, days=2)
        page = as_user(personas.therapist_ana).get("/caseload")
        assert page.status_code == 200
        assert "Next session" in page.text
        assert str(planned.starts_at.year) in page.text


class TestTimelineSessions:
    def test_a_held_session_is_on_the_timeline_with_its_link(self, personas, session):
        held = _plan(session, personas, days=-3)
        read = service.client_timeline(session, personas.actor("therapist_ana"), personas.client_ben.id)
        items = [item for item in read.items if item.kind == "session"]
        assert [item.ref_id for item in items] == [held.id]
        assert items[0].href == f"/sessions/{held.id}"
        assert items[0].values["status"] == "held"

    def test_the_client_page_shows_it(self, personas, session, as_user):
        _plan(session, personas, days=-3)
        page = as_user(personas.therapist_ana).get(f"/clients/{personas.client_ben.id}?kinds=session")
        assert page.status_code == 200
        assert "Sessions and notes" in page.text  # the notes section
        assert "held" in page.text
