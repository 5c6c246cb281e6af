from __future__ import annotations

import pytest

from alongside.care import service
from alongside.care.models import LinkStatus
from alongside.care.schemas import Consent, InvitationSignup
from alongside.checkins import service as checkins_service
from alongside.errors import Forbidden, InvalidInput, NotFound
from alongside.journal import service as journal_service
from alongside.privacy.models import AuditEntry


class TestInvitations:
    def test_client_accepts_with_chosen_consent(self, session, personas):
        code, _ = service.create_invitation(session, personas.actor("outsider_therapist"))
        link = service.accept_invitation(
            session, personas.actor("client_ben"), code.lower().replace("-", " "), Consent(checkins=True)
        )
        assert link.status == LinkStatus.ACTIVE and link.share_checkins and not link.share_journal
        # Now Otto sees Ben's check-ins but not his journal.
        rows, _ = checkins_service.list_client_checkins(
            session, personas.actor("outsider_therapist"), personas.client_ben.id
        )
        assert rows
        with pytest.raises(NotFound):
            journal_service.list_client_entries(session, personas.actor("outsider_therapist"), personas.client_ben.id)

    def test_code_works_once(self, session, personas):
        code, _ = service.create_invitation(session, personas.actor("outsider_therapist"))
        service.accept_invitation(session, personas.actor("client_ben"), code, Consent())
        with pytest.raises(NotFound):
            service.accept_invitation(session, personas.actor("client_cleo"), code, Consent())

    def test_only_therapists_invite_and_only_clients_accept(self, session, personas):
        with pytest.raises(Forbidden):
            service.create_invitation(session, personas.actor("client_ben"))
        code, _ = service.create_invitation(session, personas.actor("outsider_therapist"))
        with pytest.raises(Forbidden):
            service.accept_invitation(session, personas.actor("therapist_ana"), code, Consent())

    def test_new_client_signs_up_from_invitation(self, session, personas):
        code, _ = service.create_invitation(session, personas.actor("therapist_ana"))
        user, link = service.sign_up_with_invitation(
            session,
            code,
            InvitationSignup(
                display_name="Dana",
                email="dana@example.org",
                password="long enough pw",
                password_again="long enough pw",
                consent=Consent(journal=True),
            ),
        )
        assert user.role == "client" and user.organisation_id == personas.therapist_ana.organisation_id
        assert link.client_id == user.id and link.share_journal

    def test_signup_password_mismatch(self, session, personas):
        code, _ = service.create_invitation(session, personas.actor("therapist_ana"))
        with pytest.raises(InvalidInput):
            service.sign_up_with_invitation(
                session,
                code,
                InvitationSignup(
                    display_name="Dana",
                    email="dana@example.org",
                    password="long enough pw",
                    password_again="different pw!!",
                    consent=Consent(),
                ),
            )


class TestConsent:
    def test_withdrawing_journal_consent_hides_it_at_once(self, session, personas):
        ana = personas.actor("therapist_ana")
        assert journal_service.list_client_entries(session, ana, personas.client_ben.id)[0]
        service.update_consent(session, personas.actor("client_ben"), personas.ben_link.id, Consent(checkins=True))
        with pytest.raises(NotFound):
            journal_service.list_client_entries(session, ana, personas.client_ben.id)
        with pytest.raises(NotFound):
            journal_service.access_entry(session, ana, personas.ben_shared_entry.id)

    def test_withdraw_ends_all_access(self, session, personas):
        service.withdraw(session, personas.actor("client_ben"), personas.ben_link.id)
        ana = personas.actor("therapist_ana")
        assert service.list_caseload(session, ana) == []
        with pytest.raises(NotFound):
            service.access_client_link(session, ana, personas.client_ben.id)
        with pytest.raises(NotFound):
            checkins_service.list_client_checkins(session, ana, personas.client_ben.id)

    def test_consent_changes_are_audited_with_before_and_after(self, session, personas):
        service.update_consent(
            session, personas.actor("client_ben"), personas.ben_link.id, Consent(questionnaires=True)
        )
        session.flush()
        entry = session.query(AuditEntry).filter_by(event="CONSENT_CHANGED").one()
        assert entry.extra["before"]["journal"] is True and entry.extra["after"]["journal"] is False
        assert entry.extra["after"]["questionnaires"] is True

    def test_private_entries_never_reach_the_therapist(self, session, personas):
        entries, _ = journal_service.list_client_entries(
            session, personas.actor("therapist_ana"), personas.client_ben.id
        )
        assert [e.id for e in entries] == [personas.ben_shared_entry.id]

    def test_client_with_two_therapists(self, session, personas):
        code, _ = service.create_invitation(session, personas.actor("outsider_therapist"))
        service.accept_invitation(session, personas.actor("client_ben"), code, Consent(journal=True))
        team = service.list_care_team(session, personas.actor("client_ben"))
        assert {link.therapist.display_name for link in team} == {"Ana", "Otto"}
        # Each therapist only has what Ben gave them.
        assert checkins_service.list_client_checkins(session, personas.actor("therapist_ana"), personas.client_ben.id)
        with pytest.raises(NotFound):
            checkins_service.list_client_checkins(session, personas.actor("outsider_therapist"), personas.client_ben.id)

    def test_cannot_change_another_clients_link(self, session, personas):
        with pytest.raises(NotFound):
            service.update_consent(session, personas.actor("client_cleo"), personas.ben_link.id, Consent())
