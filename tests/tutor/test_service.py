"""The tutor's use cases: coding a therapist's own session, the report citing real turns, contested
codes leaving the figures and kept as corrections, supervision (only an active one grants reading;
a supervisor never sees the client's words and cannot contest), the LLM with its fallback, audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.llm import Endpoint
from alongside.notes import service as notes_service
from alongside.notes.schemas import TranscriptText
from alongside.privacy.models import AuditEntry
from alongside.tutor.models import TutorReport
from alongside.tutor.schemas import CorrectionCreate
from alongside.tutor.service import corrections, feedback, reports, scoring, supervision
from tests.llm import fake_server
from tests.llm.fake_server import FakeLLMServer
from tests.tutor.conftest import TRANSCRIPT_EN, TRANSCRIPT_NL, held_session

TRANSCRIPT_LINES = TRANSCRIPT_EN.splitlines()


def line_text(n: int) -> str:
    return TRANSCRIPT_LINES[n - 1].split(": ", 1)[1]


def events(session, event: str) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.event == event)))


class TestCodeSession:
    def test_every_turn_is_coded_with_the_transcript_words(self, session, ana, ben_report):
        turns = reports.turns_of(ben_report)
        assert [t["n"] for t in turns] == list(range(1, 16))
        for turn in turns:
            assert turn["text"] == line_text(turn["n"])
            assert turn["role"] == ("therapist" if turn["n"] % 2 else "client")
            assert turn["mi"] is not None
        # Every therapist turn after a client turn has the three empathy levels; the first has none.
        assert turns[0]["empathy"] is None
        assert all(set(t["empathy"]) == set(scoring.DIMENSIONS[:3]) for t in turns[2::2])
        # Evidence is words of the turn itself.
        for turn in turns:
            for words in turn["evidence"].values():
                assert all(w in turn["text"] for w in words)

    def test_the_report_is_encrypted_at_rest(self, session, ben_report):
        raw = session.execute(
            text("SELECT turns, feedback FROM tutor_reports WHERE id = :id"), {"id": ben_report.id}
        ).one()
        assert "sleeping badly" not in raw[0] and "sleeping badly" not in raw[1]
        assert "sleeping badly" in ben_report.turns

    def test_summary_figures_follow_the_codes(self, ben_report):
        turns, summary = reports.turns_of(ben_report), ben_report.summary
        codes = [t["mi"] for t in turns if t["role"] == "therapist"]
        reflections = codes.count("simple_reflection") + codes.count("complex_reflection")
        questions = codes.count("open_question") + codes.count("closed_question")
        assert summary["reflection_to_question"] == (reflections / questions if questions else None)
        assert summary["therapist_turns"] == 8 and summary["client_turns"] == 7
        # "thought record" (line 11) is a change method; "before our next session" (line 13) sets homework.
        assert 11 in summary["cbt"]["change_methods"]["turns"]
        assert 13 in summary["cbt"]["homework_set"]["turns"]

    def test_coding_again_gives_the_same_report(self, session, ana, ben_session, ben_report):
        assert reports.code_session(session, ana, ben_session.id).id == ben_report.id

    def test_audited(self, session, ben_report, personas):
        [created] = events(session, "TUTOR_REPORT_CREATED")
        assert created.subject_id == personas.client_ben.id and created.object_id == ben_report.id
        assert events(session, "TRANSCRIPT_VIEWED")  # the transcript was read through the notes service

    def test_only_the_therapist_who_held_the_session(self, session, personas, ben_session, otto):
        with pytest.raises(NotFound):
            reports.code_session(session, otto, ben_session.id)

    def test_another_therapist_of_the_care_team_cannot_code_it(self, session, personas, ben_session):
        from alongside.care import service as care_service
        from alongside.care.schemas import Consent

        care_service.link_therapist(session, personas.outsider_therapist, personas.client_ben, Consent())
        otto = personas.actor("outsider_therapist")
        notes_service.access_session(session, otto, ben_session.id)  # Otto may read the session ...
        with pytest.raises(NotFound):  # ... but the tutor codes a therapist's own sessions only
            reports.code_session(session, otto, ben_session.id)

    def test_typed_notes_are_refused(self, session, ana, personas):
        row = held_session(session, ana, personas.client_ben.id, "Therapist: hi\nBen: hello")
        notes_service.add_text_transcript(session, ana, row.id, TranscriptText(text="- talked", source="typed"))
        with pytest.raises(InvalidInput):
            reports.code_session(session, ana, row.id)


class TestFeedback:
    def test_two_or_three_suggestions_citing_real_turns_with_an_example(self, session, ana, ben_report):
        view = reports.read_report(session, ana, ben_report.id)
        assert view.feedback.source == "templates" and view.feedback.note is None
        assert 2 <= len(view.feedback.suggestions) <= 3
        assert view.feedback.strengths
        therapist_turns = {t["n"] for t in view.turns if t["role"] == "therapist"}
        for item in view.feedback.suggestions + view.feedback.strengths:
            assert item.turns and set(item.turns) <= therapist_turns, item
        for item in view.feedback.suggestions:
            assert item.example
        # An example built from the client's words reflects what the client said, turned to "you".
        from_client = [i for i in view.feedback.suggestions if i.example_from_client]
        assert any("you have been sleeping badly" in i.example for i in from_client)

    def test_never_suggests_doing_otherwise_where_risk_was_raised(self, session, ana, ben_report):
        view = reports.read_report(session, ana, ben_report.id)
        # Line 8 screens at moderate risk; line 9 asks directly about suicide: a strength, never a suggestion.
        assert all(9 not in item.turns for item in view.feedback.suggestions)
        assert any(item.kind == "risk_question" and item.turns == [9] for item in view.feedback.strengths)
        assert all("better off without" not in (item.example or "") for item in view.feedback.suggestions)

    def test_miti_comparison_in_the_reflection_suggestion(self):
        turns = [
            {"n": 1, "role": "client", "text": "I have been drinking too much lately.", "mi": "neutral",
             "empathy": None, "evidence": {}},
            {"n": 2, "role": "therapist", "text": "Do you drink every day?", "mi": "closed_question",
             "empathy": {"emotional_reactions": 0, "interpretations": 0, "explorations": 1}, "evidence": {},
             "answers": 1},
        ]  # fmt: skip
        summary = scoring.summary_of(turns)
        out = feedback.template_feedback(turns, summary, "en")
        reflect = next(i for i in out.suggestions if i.kind == "reflect")
        assert "0.0:1" in reflect.body and "fair from 1:1, good from 2:1" in reflect.body
        assert reflect.turns == [2]
        assert reflect.example == "It sounds like you have been drinking too much lately."
        without = feedback.template_feedback(turns, summary, "en", client_words=False)
        assert all("drinking" not in (i.example or "") for i in without.suggestions)

    @pytest.mark.parametrize(
        ("said", "lang", "expected"),
        [
            ("Honestly it was hard. I have been sleeping badly and I felt low most days.", "en",
             "you have been sleeping badly and you felt low most days"),
            ("I was scared that my boss would fire me.", "en", "you were scared that your boss would fire you"),
            ("Eerlijk gezegd zwaar. Ik slaap slecht en ik voel me somber.", "nl", "je slaapt slecht en je voelt je somber"),  # noqa: E501
            ("Soms denk ik dat iedereen beter af is zonder mij.", "nl", "soms denk je dat iedereen beter af is zonder jou"),  # noqa: E501
            ("Yes.", "en", None),
        ],
    )  # fmt: skip
    def test_the_clients_words_turned_to_you(self, said, lang, expected):
        assert feedback.reflected(said, lang) == expected

    def test_dutch_transcript_gets_dutch_examples(self, session, ana, personas):
        row = held_session(session, ana, personas.client_ben.id, TRANSCRIPT_NL)
        report = reports.code_session(session, ana, row.id)
        assert report.language == "nl"
        view = reports.read_report(session, ana, report.id)
        examples = [i.example for i in view.feedback.suggestions]
        # Line 2, "Ik slaap slecht en ik voel me somber", reflected in Dutch for line 3.
        assert "Dat klinkt echt zwaar. Als ik je goed begrijp: je slaapt slecht en je voelt je somber." in examples
        assert not any("you" in e.split() for e in examples)


class TestContest:
    def _contest(self, session, ana, report, turn: int, dimension: str = "mi") -> tuple:
        t = next(t for t in reports.turns_of(report) if t["n"] == turn)
        model = scoring.model_code(t, dimension)
        other = next(c for c in scoring.allowed_codes(t, dimension) if c != model)
        row = corrections.contest_code(
            session, ana, report.id, CorrectionCreate(turn=turn, dimension=dimension, code=other, comment="Not so.")
        )
        return row, model, other

    def test_a_contested_code_leaves_the_scores_and_is_kept(self, session, ana, ben_report):
        before = dict(ben_report.summary["counts"])
        turn = next(t for t in reports.turns_of(ben_report) if t["mi"] == "simple_reflection")
        row, model, other = self._contest(session, ana, ben_report, turn["n"])
        session.refresh(ben_report)
        after = ben_report.summary
        assert after["counts"].get("simple_reflection", 0) == before["simple_reflection"] - 1
        assert after["counts"].get(other, 0) == before.get(other, 0)  # the therapist's code is not counted either
        assert after["contested"] == 1
        expected = scoring.summary_of(reports.turns_of(ben_report), {(turn["n"], "mi")})
        assert after["reflection_to_question"] == expected["reflection_to_question"]
        assert (row.turn, row.dimension, row.model_code, row.therapist_code, row.comment) == (
            turn["n"], "mi", model, other, "Not so.",
        )  # fmt: skip
        view = reports.read_report(session, ana, ben_report.id)
        assert all(turn["n"] not in i.turns for i in view.feedback.strengths if i.kind == "reflection_ratio")
        assert events(session, "TUTOR_CODE_CONTESTED")

    def test_a_contested_empathy_level_leaves_the_mean(self, session, ana, ben_report):
        row, model, other = self._contest(session, ana, ben_report, 9, "explorations")
        session.refresh(ben_report)
        emp = ben_report.summary["empathy"]["explorations"]
        assert emp["turns"] == 6 and emp["strong"] == 0 and model == "2"

    def test_withdrawing_counts_the_model_code_again(self, session, ana, ben_report):
        before = ben_report.summary
        row, _, _ = self._contest(session, ana, ben_report, 3)
        corrections.withdraw_correction(session, ana, ben_report.id, row.id)
        session.refresh(ben_report)
        assert ben_report.summary["counts"] == before["counts"] and ben_report.summary["contested"] == 0

    def test_the_models_own_code_or_an_unknown_one_is_refused(self, session, ana, ben_report):
        t = reports.turns_of(ben_report)[2]
        with pytest.raises(InvalidInput):
            corrections.contest_code(
                session, ana, ben_report.id, CorrectionCreate(turn=3, dimension="mi", code=t["mi"])
            )
        with pytest.raises(InvalidInput):
            corrections.contest_code(
                session, ana, ben_report.id, CorrectionCreate(turn=3, dimension="mi", code="change")
            )
        with pytest.raises(InvalidInput):  # the first turn answers no client turn: no empathy code
            corrections.contest_code(session, ana, ben_report.id,
                                     CorrectionCreate(turn=1, dimension="explorations", code="1"))  # fmt: skip

    def test_export_for_retraining(self, session, ana, ben_report):
        self._contest(session, ana, ben_report, 3)
        self._contest(session, ana, ben_report, 5, "interpretations")
        rows = corrections.export_corrections(session, ana.user_id)
        mi, emp = rows
        assert mi["kind"] == "mi" and mi["text"] == line_text(3) and mi["context"] == line_text(2)
        assert mi["speaker"] == "therapist" and mi["code"] != mi["model_code"]
        assert emp["kind"] == "empathy" and emp["seeker"] == line_text(4) and emp["response"] == line_text(5)
        assert emp["mechanism"] == "interpretations" and emp["level"] in (0, 1, 2)
        assert events(session, "TUTOR_CORRECTIONS_EXPORTED")
        assert corrections.export_corrections(session, 999_999) == []


class TestSupervision:
    def test_a_supervisor_not_invited_sees_nothing(self, session, otto, ana, ben_report):
        with pytest.raises(NotFound):
            reports.read_report(session, otto, ben_report.id)
        with pytest.raises(NotFound):
            reports.therapist_trend(session, otto, ana.user_id)

    def test_a_pending_invitation_grants_nothing(self, session, ana, otto, ben_report):
        supervision.invite_supervisor(session, ana, otto.user_id)
        with pytest.raises(NotFound):
            reports.read_report(session, otto, ben_report.id)

    def test_an_active_supervisor_reads_without_the_clients_words(self, session, ana, otto, ben_report,
                                                                  otto_supervises_ana):  # fmt: skip
        view = reports.read_report(session, otto, ben_report.id)
        assert not view.is_owner and not view.client_words
        client = [t for t in view.turns if t["role"] == "client"]
        assert client and all(t["text"] == "" and t.get("hidden") for t in client)
        assert [t["text"] for t in view.turns if t["role"] == "therapist"][0] == line_text(1)
        assert not any(i.example_from_client for i in view.feedback.suggestions)
        assert "sleeping" not in json.dumps([vars(i) for i in view.feedback.suggestions + view.feedback.strengths])
        trend = reports.therapist_trend(session, otto, ana.user_id)
        assert [p.report_id for p in trend.points] == [ben_report.id]
        [seen] = [e for e in events(session, "TUTOR_REPORT_VIEWED") if e.actor_id == otto.user_id]
        assert seen.extra == {"as": "supervisor", "client_words": False}

    def test_a_supervisor_cannot_contest(self, session, otto, ben_report, otto_supervises_ana):
        with pytest.raises(Forbidden):
            corrections.contest_code(
                session, otto, ben_report.id, CorrectionCreate(turn=3, dimension="mi", code="other")
            )

    def test_a_revoked_supervisor_sees_nothing(self, session, ana, otto, ben_report, otto_supervises_ana):
        supervision.revoke_supervision(session, ana, otto_supervises_ana.id)
        with pytest.raises(NotFound):
            reports.read_report(session, otto, ben_report.id)
        with pytest.raises(NotFound):
            reports.therapist_trend(session, otto, ana.user_id)
        assert events(session, "TUTOR_SUPERVISION_REVOKED")

    def test_invite_only_a_therapist_of_the_same_organisation(self, session, ana, personas):
        from alongside.accounts.models import Role
        from alongside.care import service as care_service
        from tests.personas import make_user

        other_org = care_service.create_organisation(session, name="Elsewhere")
        stranger = make_user(session, other_org.id, "Stan", Role.THERAPIST)
        for user_id in (stranger.id, personas.client_ben.id, personas.admin_ada.id, ana.user_id, 999_999):
            with pytest.raises(InvalidInput):
                supervision.invite_supervisor(session, ana, user_id)

    def test_invite_twice_conflicts_and_only_the_invited_one_answers(self, session, ana, otto, personas):
        row = supervision.invite_supervisor(session, ana, otto.user_id)
        with pytest.raises(Conflict):
            supervision.invite_supervisor(session, ana, otto.user_id)
        with pytest.raises(NotFound):  # Ana cannot accept her own invitation
            supervision.answer_invitation(session, ana, row.id, accept=True)
        with pytest.raises(NotFound):  # nor can the client
            supervision.answer_invitation(session, personas.actor("client_ben"), row.id, accept=True)

    def test_the_client_and_the_admin_see_nothing(self, session, personas, ana, ben_report):
        for name in ("client_ben", "admin_ada", "client_cleo"):
            with pytest.raises(NotFound):
                reports.read_report(session, personas.actor(name), ben_report.id)
            with pytest.raises(NotFound):
                reports.therapist_trend(session, personas.actor(name), ana.user_id)


class TestTrend:
    def test_one_point_per_coded_session_oldest_first(self, session, ana, personas, ben_report):
        older = held_session(session, ana, personas.client_ben.id, TRANSCRIPT_EN, hours_ago=24 * 7)
        first = reports.code_session(session, ana, older.id)
        trend = reports.therapist_trend(session, ana, ana.user_id)
        assert [p.report_id for p in trend.points] == [first.id, ben_report.id]
        point = trend.points[1]
        assert point.figures["reflection_to_question"] == ben_report.summary["reflection_to_question"]
        assert point.cbt["change_methods"] == 1
        assert events(session, "TUTOR_TREND_VIEWED")


@pytest.fixture(scope="module")
def llm_server():
    with FakeLLMServer() as server:
        yield server


GOOD_ANSWER = {
    "strengths": [{"title": "Direct about risk", "body": "You asked about suicide plainly.", "turns": [9]}],
    "suggestions": [
        {"title": "Reflect the feeling", "body": "Name the low mood.", "turns": [3], "example": "You sound worn out."},
        {"title": "Go deeper", "body": "Add meaning.", "turns": [5, 7], "example": "Sam matters a lot to you."},
    ],
}


class TestLanguageModel:
    def _endpoint(self, llm_server, monkeypatch, body: str, model: str = "tutor-answer") -> Endpoint:
        llm_server.requests.clear()
        monkeypatch.setitem(fake_server.ANSWERS, model, body)
        return Endpoint(base_url=llm_server.base_url, model=model, timeout=2.0)

    def _report(self, session, ana, ben_session, monkeypatch, endpoint) -> TutorReport:
        monkeypatch.setattr(feedback, "_endpoint", lambda: endpoint)
        return reports.code_session(session, ana, ben_session.id)

    def test_a_good_answer_is_used(self, session, ana, ben_session, llm_server, monkeypatch):
        endpoint = self._endpoint(llm_server, monkeypatch, json.dumps(GOOD_ANSWER))
        report = self._report(session, ana, ben_session, monkeypatch, endpoint)
        view = reports.read_report(session, ana, report.id)
        assert view.feedback.source == "llm" and [i.turns for i in view.feedback.suggestions] == [[3], [5, 7]]
        sent = json.dumps(llm_server.requests)
        assert "Ben" not in sent.replace("Ben:", "")  # the speaker's name is redacted for a remote endpoint

    @pytest.mark.parametrize(
        ("body", "model"),
        [
            ("not json at all", "tutor-bad"),
            (json.dumps({**GOOD_ANSWER, "suggestions": GOOD_ANSWER["suggestions"][:1]}), "tutor-one"),
            (json.dumps({**GOOD_ANSWER, "strengths": [{"title": "x", "body": "y", "turns": [8]}]}), "tutor-client"),
        ],
    )
    def test_a_malformed_answer_falls_back_to_the_templates(self, session, ana, ben_session, llm_server,
                                                           monkeypatch, body, model):  # fmt: skip
        endpoint = self._endpoint(llm_server, monkeypatch, body, model)
        report = self._report(session, ana, ben_session, monkeypatch, endpoint)
        assert (report.feedback_source, report.feedback_note) == ("templates", "malformed")
        assert 2 <= len(reports.read_report(session, ana, report.id).feedback.suggestions) <= 3

    def test_a_timeout_falls_back_with_the_reason(self, session, ana, ben_session, llm_server, monkeypatch):
        endpoint = Endpoint(base_url=llm_server.base_url, model="slow", timeout=0.5)
        report = self._report(session, ana, ben_session, monkeypatch, endpoint)
        assert (report.feedback_source, report.feedback_note) == ("templates", "timeout")

    def test_an_unreachable_endpoint_falls_back(self, session, ana, ben_session, monkeypatch):
        endpoint = Endpoint(base_url="http://127.0.0.1:9", model="x", timeout=0.5, connect_timeout=0.2)
        report = self._report(session, ana, ben_session, monkeypatch, endpoint)
        assert (report.feedback_source, report.feedback_note) == ("templates", "unavailable")
