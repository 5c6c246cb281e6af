from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.care.schemas import Consent
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.intake import service as intake_service
from alongside.intake.models import CloseReason, ReferralStatus
from alongside.intake.schemas import SelfReferralSignup
from alongside.intake.service.review import Risk, Score, suggest_step
from alongside.kit.orm import utc_now
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.schemas import ResponseCreate
from alongside.safety import service as safety_service
from alongside.safety.models import Alert, Notification
from tests.intake.conftest import CALM_WORDS, CODE, PHQ9_MODERATE, RISK_WORDS
from tests.personas import PASSWORD


def _signup(**changes) -> SelfReferralSignup:
    data = {
        "display_name": "Eli",
        "email": "eli@example.org",
        "password": PASSWORD,
        "password_again": PASSWORD,
        "agree": True,
        "age_ok": True,
    } | changes
    return SelfReferralSignup(**data)


class TestSignUp:
    def test_creates_client_and_referral_with_consent_version(self, intake, session):
        user, referral = intake.sign_up("Dana")
        assert user.role == "client" and user.locale == "nl"
        assert referral.status == ReferralStatus.STARTED and referral.step == "words"
        assert referral.consent_version == intake_service.CONSENT_VERSION
        assert referral.organisation_id == intake.personas.admin_ada.organisation_id

    @pytest.mark.parametrize("field", ["agree", "age_ok"])
    def test_needs_agreement_and_age(self, intake, session, field):
        with pytest.raises(InvalidInput) as exc:
            intake_service.sign_up(session, CODE, _signup(**{field: False}))
        assert exc.value.field == field

    def test_unknown_code_is_404_and_closed_is_409(self, intake, session):
        with pytest.raises(NotFound):
            intake_service.sign_up(session, "nosuchcode", _signup())
        intake_service.update_settings(session, intake.admin, open=False)
        with pytest.raises(intake_service.ReferralClosed):
            intake_service.sign_up(session, CODE, _signup())

    def test_code_is_normalised_and_new_code_retires_the_old(self, intake, session):
        organisation, _ = intake_service.open_referral(session, " WELCOME-1 ")
        assert organisation.id == intake.personas.admin_ada.organisation_id
        intake_service.update_settings(session, intake.admin, open=True, new_code=True)
        with pytest.raises(NotFound):
            intake_service.open_referral(session, CODE)

    def test_only_admin_changes_settings(self, intake, session):
        with pytest.raises(Exception) as exc:
            intake_service.update_settings(session, intake.personas.actor("therapist_ana"), open=False)
        assert exc.value.status_code == 403


class TestSteps:
    def test_draft_is_kept_when_required_answer_is_missing(self, intake, session):
        user, _ = intake.sign_up()
        actor = Actor.of(user)
        result = intake_service.save_step(session, actor, "background", {"tried": "Yoga"}, complete=True)
        assert result.errors == {"duration": "Choose how long this has been going on."}
        assert result.next_step is None
        assert intake_service.load(intake_service.access_own_referral(session, actor))["tried"] == "Yoga"

    def test_pause_and_resume_where_they_were(self, intake, session):
        user, _ = intake.sign_up()
        actor = Actor.of(user)
        intake_service.save_step(session, actor, "words", {"words": CALM_WORDS}, complete=True)
        intake_service.save_step(session, actor, "background", {"duration": "weeks"}, complete=False)
        referral = intake_service.access_own_referral(session, actor)
        assert referral.step == "background"  # the draft did not move the person on
        assert intake_service.load(referral)["duration"] == "weeks"
        assert intake_service.next_open_step(referral) == "preferences"

    def test_texts_are_encrypted_at_rest(self, intake, session):
        user, referral = intake.sign_up()
        intake_service.save_step(session, Actor.of(user), "words", {"words": CALM_WORDS}, complete=True)
        session.flush()
        raw = session.execute(text("SELECT answers FROM referrals WHERE id = :id"), {"id": referral.id}).scalar_one()
        assert "care home" not in raw and "father" not in raw

    def test_bad_choice_is_refused_and_too_long_text_is_cut(self, intake, session):
        user, _ = intake.sign_up()
        actor = Actor.of(user)
        result = intake_service.save_step(session, actor, "preferences", {"language": "klingon"}, complete=True)
        assert result.errors["language"] == "Choose one of the options."
        result = intake_service.save_step(session, actor, "words", {"words": "x" * 7000}, complete=False)
        assert "words" in result.errors
        assert len(intake_service.load(intake_service.access_own_referral(session, actor))["words"]) == 6000

    def test_questionnaire_needs_every_answer_then_is_stored_once(self, intake, session):
        user, _ = intake.sign_up()
        actor = Actor.of(user)
        partial = {"q1": 1, "q2": 1}
        result = intake_service.save_step(session, actor, "gad7", partial, complete=True)
        assert set(result.errors) == {f"q{n}" for n in range(3, 8)}
        referral = intake_service.access_own_referral(session, actor)
        assert referral.gad7_response_id is None
        assert intake_service.load(referral)["q"]["gad7"] == {"1": 1, "2": 1}  # kept for later
        full = {f"q{n}": 1 for n in range(1, 8)}
        assert not intake_service.save_step(session, actor, "gad7", full, complete=True).errors
        assert referral.gad7_response_id is not None
        assert "gad7" in intake_service.completed_steps(referral)

    def test_sending_tells_the_intake_team_without_clinical_details(self, intake, session):
        _, referral = intake.submitted(words=CALM_WORDS)
        sent = session.query(Notification).filter_by(recipient_id=intake.personas.therapist_ana.id, alert_id=None).all()
        assert {n.channel for n in sent} == {"in_app", "email"}
        assert all(f"/referrals/{referral.id}" in n.body and "care home" not in n.body for n in sent)
        assert session.query(Notification).filter_by(recipient_id=intake.personas.outsider_therapist.id).count() == 0

    def test_submit_needs_every_step(self, intake, session):
        user, _ = intake.sign_up()
        with pytest.raises(InvalidInput) as exc:
            intake_service.submit_intake(session, Actor.of(user))
        assert exc.value.field == "words"

    def test_sent_intake_cannot_change(self, intake, session):
        user, _ = intake.submitted()
        with pytest.raises(Conflict):
            intake_service.save_step(session, Actor.of(user), "words", {"words": "new"}, complete=False)


class TestRiskInTheIntake:
    def test_risk_sentence_raises_alert_for_the_on_call_clinician(self, intake, session):
        user, referral = intake.sign_up()
        actor = Actor.of(user)
        result = intake_service.save_step(session, actor, "words", {"words": RISK_WORDS}, complete=False)
        assert result.level == "imminent"
        alert = session.query(Alert).filter_by(client_id=user.id).one()
        assert alert.level == "imminent" and alert.status == "open"
        recipients = {n.recipient_id for n in session.query(Notification).filter_by(alert_id=alert.id)}
        assert recipients == {intake.personas.therapist_ana.id}
        # The on-call clinician sees the alert although the person has no therapist.
        ana = intake.personas.actor("therapist_ana")
        assert safety_service.access_alert(session, ana, alert.id).id == alert.id
        with pytest.raises(NotFound):
            safety_service.access_alert(session, intake.personas.actor("outsider_therapist"), alert.id)

    def test_autosave_adds_no_flood_of_signals(self, intake, session):
        user, _ = intake.sign_up()
        actor = Actor.of(user)
        for extra in ("", " I mean it", " I mean it."):
            intake_service.save_step(session, actor, "words", {"words": RISK_WORDS + extra}, complete=False)
        alert = session.query(Alert).filter_by(client_id=user.id).one()
        session.refresh(alert)
        assert (
            len(session.execute(text("SELECT id FROM alert_signals WHERE alert_id = :a"), {"a": alert.id}).all()) == 1
        )

    def test_phq9_item9_goes_to_safety(self, intake, session):
        user, _ = intake.sign_up()
        answers = {f"q{k}": v for k, v in (PHQ9_MODERATE | {"9": 2}).items()}
        intake_service.save_step(session, Actor.of(user), "phq9", answers, complete=True)
        alert = session.query(Alert).filter_by(client_id=user.id).one()
        assert alert.level == "moderate"

    def test_calm_text_raises_nothing(self, intake, session):
        user, _ = intake.sign_up()
        result = intake_service.save_step(session, Actor.of(user), "words", {"words": CALM_WORDS}, complete=True)
        assert not result.level.at_least("moderate")
        assert session.query(Alert).filter_by(client_id=user.id).count() == 0


def _score(name: str, total: int, item9: int | None = None) -> Score:
    return Score(name, total, "x", utc_now(), item9)


class TestSuggestedStep:
    def test_risk_comes_first(self):
        risk = [Risk("words", "high", ["plan"], ["…"])]
        assert suggest_step([_score("phq9", 3)], risk).step == "urgent_contact"
        assert suggest_step([_score("phq9", 3, item9=1)], []).step == "urgent_contact"

    def test_by_scores(self):
        assert suggest_step([_score("phq9", 16), _score("gad7", 4)], []).step == "high_intensity"
        assert suggest_step([_score("phq9", 9), _score("gad7", 15)], []).step == "high_intensity"
        assert suggest_step([_score("phq9", 11), _score("gad7", 6)], []).step == "guided_self_help"
        assert suggest_step([_score("phq9", 4), _score("gad7", 3)], []).step == "watchful_waiting"

    def test_low_distress_text_does_not_make_it_urgent(self):
        assert suggest_step([_score("phq9", 6)], [Risk("words", "low", ["distress"], ["…"])]).step == "guided_self_help"


class TestSummaryAndReview:
    def test_summary_has_words_scores_risk_sentences_and_preferences(self, intake, session):
        user, referral = intake.submitted(words=CALM_WORDS + " " + RISK_WORDS)
        ana = intake.personas.actor("therapist_ana")
        summary = intake_service.read_summary(session, ana, referral.id)
        assert summary.own_words.startswith("I have been feeling low")
        assert {(s.instrument, s.total, s.band) for s in summary.scores} == {
            ("phq9", 11, "moderate"),
            ("gad7", 6, "mild"),
            ("who5", 40, "poor_wellbeing"),
        }
        assert summary.highest_risk == "imminent"
        (risk,) = summary.risks
        assert risk.field == "words" and any("pills saved up" in s for s in risk.sentences)
        assert summary.answers["language"] == "nl" and summary.answers["mode"] == "online"
        assert summary.suggestion.step == "urgent_contact"

    def test_only_the_intake_team_reads_it(self, intake, session):
        _, referral = intake.submitted()
        for name in ("outsider_therapist", "admin_ada", "client_ben"):
            with pytest.raises(NotFound):
                intake_service.read_summary(session, intake.personas.actor(name), referral.id)

    def test_unsent_intake_is_not_shown(self, intake, session):
        _, referral = intake.sign_up()
        with pytest.raises(NotFound):
            intake_service.read_summary(session, intake.personas.actor("therapist_ana"), referral.id)

    def test_review_records_the_clinicians_decision(self, intake, session):
        _, referral = intake.submitted()
        ana = intake.personas.actor("therapist_ana")
        done = intake_service.mark_reviewed(
            session, ana, referral.id, decided_step="high_intensity", note="Asked for CBT"
        )
        assert done.status == ReferralStatus.WAITING and done.reviewed_by_id == ana.user_id
        assert done.decided_step == "high_intensity" and done.reviewed_at is not None
        with pytest.raises(InvalidInput):
            intake_service.mark_reviewed(session, ana, referral.id, decided_step="magic", note=None)


class TestConsentBeforeSharing:
    def test_proposed_therapist_sees_nothing_until_the_client_agrees(self, intake, session):
        user, referral = intake.submitted()
        ana, otto = intake.personas.actor("therapist_ana"), intake.personas.actor("outsider_therapist")
        client = Actor.of(user)
        intake_service.propose_therapist(session, ana, referral.id, otto.user_id)
        assert referral.status == ReferralStatus.PROPOSED
        with pytest.raises(NotFound):
            care_service.access_client_link(session, otto, user.id)
        with pytest.raises(NotFound):
            questionnaires_service.client_overview(session, otto, user.id)
        with pytest.raises(NotFound):
            intake_service.read_summary(session, otto, referral.id)
        intake_service.accept_proposal(session, client, Consent(questionnaires=True))
        assert referral.status == ReferralStatus.IN_CARE and referral.in_care_at is not None
        assert care_service.access_client_scope(session, otto, user.id, Scope.QUESTIONNAIRES)
        with pytest.raises(NotFound):
            care_service.access_client_scope(session, otto, user.id, Scope.JOURNAL)

    def test_declining_puts_them_back_on_the_list(self, intake, session):
        user, referral = intake.submitted()
        ana = intake.personas.actor("therapist_ana")
        intake_service.propose_therapist(session, ana, referral.id, intake.personas.outsider_therapist.id)
        intake_service.decline_proposal(session, Actor.of(user))
        assert referral.status == ReferralStatus.WAITING and referral.therapist_id is None and referral.declined_at
        with pytest.raises(Conflict):
            intake_service.accept_proposal(session, Actor.of(user), Consent())

    def test_cannot_propose_someone_outside_the_organisation_or_a_client(self, intake, session):
        _, referral = intake.submitted()
        ana = intake.personas.actor("therapist_ana")
        with pytest.raises(InvalidInput):
            intake_service.propose_therapist(session, ana, referral.id, intake.personas.client_ben.id)


class TestWaitingList:
    def test_sorted_by_alert_then_deterioration_then_wait(self, intake, session):
        now = utc_now()
        long_wait, _ = intake.submitted("Finn", now=now - timedelta(days=40))
        worse, worse_ref = intake.submitted("Gus", now=now - timedelta(days=20))
        alerted, _ = intake.submitted("Hana", now=now - timedelta(days=2), words=RISK_WORDS)
        recent, _ = intake.submitted("Ivo", now=now - timedelta(days=1))
        # Gus fills in the PHQ-9 again, 6 points worse than at the intake (11 -> 17).
        worse_answers = {int(k): v for k, v in PHQ9_MODERATE.items()} | {1: 3, 3: 3, 5: 3, 7: 3, 8: 3, 6: 2}
        questionnaires_service.submit_response(session, Actor.of(worse), "phq9", ResponseCreate(answers=worse_answers))
        rows = intake_service.waiting_list(session, intake.personas.actor("therapist_ana"), now=now)
        names = [r.referral.client.display_name for r in rows]
        assert names == ["Hana", "Gus", "Finn", "Ivo"]
        by_name = {r.referral.client.display_name: r for r in rows}
        assert by_name["Hana"].open_alert_level == "imminent"
        assert by_name["Gus"].deteriorated[0][0] == "phq9"
        assert by_name["Finn"].waiting_days == 40

    def test_not_for_other_therapists(self, intake, session):
        with pytest.raises(NotFound):
            intake_service.waiting_list(session, intake.personas.actor("outsider_therapist"))

    def test_questionnaires_every_two_weeks_while_waiting(self, intake, session):
        start = utc_now() - timedelta(days=15)
        user, _ = intake.submitted(now=start)
        due = questionnaires_service.due_instruments(session, Actor.of(user))
        assert {code for code, _ in due} == {"phq9", "gad7", "who5"}
        assert questionnaires_service.due_instruments(session, Actor.of(user), now=start + timedelta(days=13)) == []

    def test_withdraw_closes_as_drop_out(self, intake, session):
        user, referral = intake.submitted()
        intake_service.withdraw(session, Actor.of(user))
        assert referral.status == ReferralStatus.CLOSED and referral.closed_reason == CloseReason.WITHDRAWN
        with pytest.raises(Conflict):
            intake_service.withdraw(session, Actor.of(user))


class TestFigures:
    def test_weekly_figures_and_csv(self, intake, session):
        from alongside.notes import service as notes_service  # noqa: F401 (the first appointment is a session)
        from alongside.notes.models import Modality, SessionStatus, TherapySession

        now = utc_now()
        ana = intake.personas.actor("therapist_ana")
        a_user, a = intake.submitted("Jan", now=now - timedelta(days=10))
        b_user, b = intake.submitted("Kim", now=now - timedelta(days=10))
        intake_service.mark_reviewed(
            session, ana, a.id, decided_step="guided_self_help", note=None, now=now - timedelta(days=7)
        )
        intake_service.propose_therapist(
            session, ana, a.id, intake.personas.outsider_therapist.id, now=now - timedelta(days=6)
        )
        intake_service.accept_proposal(session, Actor.of(a_user), Consent(), now=now - timedelta(days=5))
        session.add(
            TherapySession(
                client_id=a_user.id,
                therapist_id=intake.personas.outsider_therapist.id,
                starts_at=now - timedelta(days=4),
                duration_minutes=50,
                modality=Modality.VIDEO,
                status=SessionStatus.HELD,
                created_at=now,
            )
        )
        intake_service.withdraw(session, Actor.of(b_user), now=now - timedelta(days=3))
        session.flush()
        rows = intake_service.organisation_figures(session, intake.admin, weeks=4, now=now)
        cohort = next(r for r in rows if r.referrals)
        assert cohort.referrals == 2 and cohort.reviewed == 1
        assert cohort.median_days_to_review == 3.0
        assert cohort.first_appointments == 1 and cohort.median_days_to_first_appointment == 6.0
        assert cohort.dropped_out == 1
        csv_text = intake_service.figures_csv(rows)
        header, *lines = csv_text.splitlines()
        assert header.startswith("week,starts,referrals,reviewed,median_days_to_review")
        assert len(lines) == 4 and f"{cohort.week},{cohort.starts.isoformat()},2,1,3.0,1,6.0,0,1" in csv_text

    def test_figures_are_for_admin_and_intake_team_only(self, intake, session):
        for name in ("outsider_therapist", "client_ben"):
            with pytest.raises(NotFound):
                intake_service.organisation_figures(session, intake.personas.actor(name))
