from __future__ import annotations

import pytest
from sqlalchemy import select

from alongside.journal import service as journal_service
from alongside.journal.schemas import EntryCreate
from alongside.privacy import service
from alongside.privacy.models import AuditEntry


def events(session, subject_id):
    session.flush()
    return [
        e.event
        for e in session.scalars(select(AuditEntry).where(AuditEntry.subject_id == subject_id).order_by(AuditEntry.id))
    ]


class TestAudit:
    def test_therapist_reads_are_audited_with_who_and_whose(self, session, personas):
        journal_service.access_entry(session, personas.actor("therapist_ana"), personas.ben_shared_entry.id)
        session.flush()
        row = session.scalars(
            select(AuditEntry).where(AuditEntry.event == "JOURNAL_ENTRY_VIEWED").order_by(AuditEntry.id.desc())
        ).first()
        assert (row.actor_id, row.subject_id, row.object_id) == (
            personas.therapist_ana.id,
            personas.client_ben.id,
            personas.ben_shared_entry.id,
        )
        assert row.actor_role == "therapist" and row.at is not None

    def test_audit_row_rolls_back_with_the_data(self, session, personas):
        before = len(events(session, personas.client_ben.id))
        with pytest.raises(RuntimeError), session.begin_nested():
            journal_service.create_entry(session, personas.actor("client_ben"), EntryCreate(body="rolled back"))
            raise RuntimeError
        assert len(events(session, personas.client_ben.id)) == before

    def test_access_log_shows_others_and_hides_own_by_default(self, session, personas):
        rows, total = service.list_access_log(session, personas.actor("client_ben"))
        assert total >= 1 and "Ana" in {r.who for r in rows} and "Ben" not in {r.who for r in rows}
        own, own_total = service.list_access_log(session, personas.actor("client_ben"), include_own=True)
        assert own_total > total and "Ben" in {r.who for r in own}

    def test_access_log_is_the_clients_own(self, session, personas):
        from alongside.errors import Forbidden

        with pytest.raises(Forbidden):
            service.list_access_log(session, personas.actor("therapist_ana"))

    def test_page_shows_the_log(self, personas, as_user):
        page = as_user(personas.client_ben).get("/privacy/access-log")
        assert page.status_code == 200
        assert "Ana" in page.text and "looked at your journal" in page.text


def test_every_audit_event_has_a_plain_label_on_the_access_log():
    """The client reads "who has seen my data" in words, never a raw event name."""
    import re
    from pathlib import Path

    from alongside.privacy.audit import AuditEvent

    template = Path(__file__).resolve().parents[2] / "src/alongside/templates/privacy/access_log.html"
    labelled = set(re.findall(r'"([A-Z_]+)": _\(', template.read_text()))
    missing = {e.value for e in AuditEvent} - labelled
    assert not missing, f"events without a label on the access log: {sorted(missing)}"
