"""The abstractive drafter against a real OpenAI-compatible server on 127.0.0.1 (tests/llm/fake_server.py):
a good answer is kept with its line links and passes the check; a sentence that invents a number, a name
or a medication is replaced by the transcript's own sentences; timeouts, HTTP errors and malformed
answers give the extractive draft with the reason; names never reach a remote endpoint; risk lines are
always in. Then through the service and the note page, as configured in the settings."""

from __future__ import annotations

import json

import pytest

from alongside.config import settings
from alongside.llm import Endpoint
from alongside.notes import service
from alongside.notes.models import NoteVersion
from alongside.notes.service import abstractive, drafting, text, verify
from tests.llm import fake_server
from tests.llm.fake_server import FakeLLMServer
from tests.notes.conftest import RISK_LINE_EN, TRANSCRIPT_EN
from tests.notes.test_verify import MOOD_FACT, TEMPLATE_WORDS, request_for, sources_for


def s(text: str, lines: list[int] = (), data: list[str] = ()) -> dict:
    return {"text": text, "lines": list(lines), "data": list(data)}


GOOD = {
    "subjective": [
        s("The client reported a hard week with poor sleep and low mood on most days.", [2]),
        s("Work was stressful and he argued with his sister Sam on Tuesday.", [4]),
        s("His GP prescribed sertraline 50 mg last month, and he feels a bit calmer.", [14]),
    ],
    "objective": [
        s("The client looked quite tired.", [3]),
        s("Mean mood was 5.4 over 9 check-ins, down from 6.1.", data=["mood"]),
    ],
    "assessment": [
        s("The client keeps thinking that he always ruins things.", [6, 7]),
        s("He has no plan to end his life.", [9, 10]),
    ],
    "plan": [
        s("The client will try a thought record every evening.", [11, 12]),
        s("He will also walk for 20 minutes on three days before the next session.", [13]),
    ],
}
INVENTED = {
    "number": s("His GP prescribed sertraline 100 mg last month.", [14]),
    "name": s("He argued with his sister Anna about work.", [4]),
    "medication": s("He has started fluoxetine for his low mood.", [2]),
    "unknown line": s("The client felt hopeless.", [99]),
    "no source": s("The client is doing well."),
}


@pytest.fixture(scope="module")
def llm_server():
    with FakeLLMServer() as server:
        yield server


@pytest.fixture
def answer(llm_server, monkeypatch):
    """``answer(text_or_sections, **endpoint options)`` → an endpoint whose model answers with it."""
    llm_server.requests.clear()

    def make(content, model: str = "note-answer", **options) -> Endpoint:
        body = content if isinstance(content, str) else json.dumps({"sections": content})
        monkeypatch.setitem(fake_server.ANSWERS, model, body)
        return Endpoint(base_url=llm_server.base_url, model=model, **{"timeout": 2.0, **options})

    return make


def draft_with(endpoint: Endpoint, request: drafting.DraftRequest | None = None) -> drafting.Draft:
    request = request or request_for(TRANSCRIPT_EN, "soap", (MOOD_FACT,))
    return drafting.make_draft(request, abstractive.AbstractiveDrafter(endpoint))


def all_texts(draft: drafting.Draft) -> list[str]:
    return [sentence.text for section in draft.sections for sentence in section.sentences]


def assert_checked(draft: drafting.Draft, request: drafting.DraftRequest | None = None) -> None:
    request = request or request_for(TRANSCRIPT_EN, "soap", (MOOD_FACT,))
    report = verify.verify_draft(draft.to_dict(), sources_for(request), TEMPLATE_WORDS)
    assert report.ok, report.problems
    assert all(sentence.refs for section in draft.sections for sentence in section.sentences)


class TestAGoodAnswer:
    def test_is_kept_with_its_line_links_and_passes_the_check(self, answer):
        draft = draft_with(answer(GOOD))
        assert draft.drafted_by.drafter == "abstractive"
        assert draft.drafted_by.replaced == [] and draft.drafted_by.dropped == 0
        assert draft.drafted_by.lines == [2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14]
        plan = draft.section("plan").sentences
        assert [(x.text, x.refs) for x in plan][1] == (GOOD["plan"][1]["text"], ["line:13"])
        assert ["data:mood"] in [x.refs for x in draft.section("objective").sentences]
        assert_checked(draft)

    def test_a_fenced_answer_and_data_keys_with_their_prefix_are_accepted(self, answer):
        sections = {**GOOD, "objective": [s("Mean mood was 5.4.", data=["data:mood"])]}
        draft = draft_with(answer("```json\n" + json.dumps({"sections": sections}) + "\n```"))
        assert draft.drafted_by.drafter == "abstractive"
        assert draft.section("objective").sentences[0].refs == ["data:mood"]

    def test_uncited_data_is_placed_as_the_extractive_drafter_places_it(self, answer):
        draft = draft_with(answer({**GOOD, "objective": [s("The client looked quite tired.", [3])]}))
        assert MOOD_FACT.text in [x.text for x in draft.section("objective").sentences]

    def test_the_request_has_the_numbered_lines_roles_and_data(self, answer, llm_server):
        draft_with(answer(GOOD, local=True))
        body = llm_server.requests[-1]["body"]
        system, user = (m["content"] for m in body["messages"])
        assert '"subjective"' in system and "JSON" in system and "SOAP" in system
        assert "14 | client | My GP prescribed sertraline 50 mg" in user
        assert "1 | therapist | Welcome back, Ben." in user
        assert f"mood | {MOOD_FACT.text}" in user
        assert body["max_tokens"] >= abstractive.MAX_TOKENS and body["stream"] is False


class TestInventions:
    @pytest.mark.parametrize("kind", list(INVENTED))
    def test_a_sentence_without_a_source_for_what_it_says_is_replaced(self, answer, kind):
        sections = {**GOOD, "subjective": [*GOOD["subjective"][:2], INVENTED[kind]]}
        draft = draft_with(answer(sections))
        assert draft.drafted_by.drafter == "abstractive"
        assert draft.drafted_by.replaced == ["subjective"] and draft.drafted_by.dropped == 1
        assert INVENTED[kind]["text"] not in all_texts(draft)
        subjective = [x.text for x in draft.section("subjective").sentences]
        assert subjective[:2] == [GOOD["subjective"][0]["text"], GOOD["subjective"][1]["text"]]
        # The extractive sentences of lines the kept ones do not cite come in their place.
        assert "My GP prescribed sertraline 50 mg last month and I feel a bit calmer." in subjective
        assert "I have been sleeping badly and I felt low most days." not in subjective  # line 2 is covered
        assert_checked(draft)

    def test_a_section_left_out_is_the_extractive_drafters(self, answer):
        draft = draft_with(answer({k: v for k, v in GOOD.items() if k != "plan"}))
        assert draft.drafted_by.replaced == ["plan"]
        assert "I will try to write one every evening." in [x.text for x in draft.section("plan").sentences]

    def test_when_nothing_passes_the_draft_is_extractive(self, answer):
        draft = draft_with(answer({"subjective": [INVENTED["number"], INVENTED["name"]]}))
        assert (draft.drafted_by.drafter, draft.drafted_by.reason) == ("extractive_fallback", "unverified")
        assert all_texts(draft) == all_texts(drafting.make_draft(request_for(TRANSCRIPT_EN, "soap", (MOOD_FACT,))))


class TestFallback:
    @pytest.mark.parametrize(
        ("content", "reason"),
        [
            ("Here is the note: Subjective: the client had a hard week.", "malformed"),
            ('{"sections": {"subjective": [{"text": "A hard week.", "lines": ["two"]}]}}', "malformed"),
            ('{"sections": {"history": [{"text": "A hard week.", "lines": [2]}]}}', "malformed"),
            ('{"sections": {"subjective": [{"text": "A hard week.", "lines": [2], "mood": 3}]}}', "malformed"),
            ('{"note": "A hard week."}', "malformed"),
        ],
    )
    def test_an_answer_that_is_not_a_draft(self, answer, content, reason):
        draft = draft_with(answer(content))
        assert (draft.drafted_by.drafter, draft.drafted_by.reason) == ("extractive_fallback", reason)
        assert_checked(draft)

    @pytest.mark.parametrize(
        ("model", "reason"),
        [("slow", "timeout"), ("http-500", "unavailable"), ("not-json", "malformed"), ("malformed", "malformed")],
    )
    def test_the_endpoint_fails(self, llm_server, model, reason):
        endpoint = Endpoint(base_url=llm_server.base_url, model=model, timeout=0.3)
        draft = draft_with(endpoint)
        assert (draft.drafted_by.drafter, draft.drafted_by.reason) == ("extractive_fallback", reason)
        assert draft.to_dict()["drafted_by"]["reason"] == reason
        assert RISK_LINE_EN in [int(r[5:]) for x in draft.section("assessment").sentences if x.risk for r in x.refs]

    def test_an_unreachable_endpoint(self):
        draft = draft_with(Endpoint(base_url="http://127.0.0.1:9/v1", model="x", timeout=0.5))
        assert draft.drafted_by.reason == "unavailable"


class TestRedaction:
    def test_names_do_not_reach_a_remote_endpoint(self, answer, llm_server):
        request = request_for(TRANSCRIPT_EN, "soap", (MOOD_FACT,))
        request = drafting.DraftRequest(request.format, request.lines, request.facts, "en", ("Ben", "Ana"))
        draft = draft_with(answer(GOOD), request)
        sent = " ".join(m["content"] for m in llm_server.requests[-1]["body"]["messages"])
        assert "Ben" not in sent and "Sam" not in sent and "[NAME_" in sent
        assert "sertraline 50 mg" in sent  # what is not an identifier goes as it is
        assert "Sam" in " ".join(all_texts(draft))  # the answer's names are the originals
        assert_checked(draft)

    def test_placeholders_left_in_an_answer_are_refused(self, answer):
        sections = {**GOOD, "subjective": [s("He argued with [NAME_9] on Tuesday.", [4])]}
        draft = draft_with(answer(sections))
        assert "He argued with [NAME_9] on Tuesday." not in all_texts(draft)

    def test_a_local_endpoint_gets_the_text_as_written(self, answer, llm_server):
        request = request_for(TRANSCRIPT_EN, "soap")
        request = drafting.DraftRequest(request.format, request.lines, (), "en", ("Ben",))
        draft_with(answer(GOOD, local=True), request)
        assert "Welcome back, Ben." in llm_server.requests[-1]["body"]["messages"][1]["content"]


class TestRisk:
    def risk_sentences(self, draft: drafting.Draft) -> list[drafting.Sentence]:
        return [x for x in draft.section("assessment").sentences if x.risk]

    def test_a_risk_line_the_model_leaves_out_is_put_in_verbatim(self, answer):
        draft = draft_with(answer(GOOD))
        risk = self.risk_sentences(draft)
        assert [(x.refs, x.text) for x in risk] == [
            ([f"line:{RISK_LINE_EN}"], "Sometimes I think everyone would be better off without me.")
        ]
        assert draft.section("assessment").sentences[0] is risk[0]

    def test_a_risk_line_the_model_cites_is_still_in_verbatim(self, answer):
        cited = s("The client said he sometimes thinks everyone would be better off without him.", [8])
        draft = draft_with(answer({**GOOD, "assessment": [cited, *GOOD["assessment"]]}))
        assert [x.refs for x in self.risk_sentences(draft)] == [[f"line:{RISK_LINE_EN}"]]
        assert cited["text"] in all_texts(draft)

    @pytest.mark.parametrize("fmt", ["dap", "birp"])
    def test_in_every_form(self, answer, fmt):
        request = request_for(TRANSCRIPT_EN, fmt)
        key = drafting.SECTIONS[fmt][0]
        draft = draft_with(answer({key: [GOOD["subjective"][0]]}), request)
        assert draft.drafted_by.drafter == "abstractive"
        risk_section = draft.section(drafting.RISK_SECTION[fmt])
        assert any(x.risk and x.refs == [f"line:{RISK_LINE_EN}"] for x in risk_section.sentences)
        assert_checked(draft, request)


class TestConfigured:
    @pytest.fixture
    def configured(self, personas, answer, monkeypatch):
        """(After the personas: their companion replies are not the fake model's.)"""
        endpoint = answer(GOOD)
        monkeypatch.setattr(settings, "llm_base_url", endpoint.base_url)
        monkeypatch.setattr(settings, "llm_model", endpoint.model)
        return endpoint

    def test_the_drafter_follows_the_settings(self, configured, monkeypatch):
        drafter = drafting.current_drafter()
        assert isinstance(drafter, abstractive.AbstractiveDrafter)
        assert drafter.endpoint.timeout >= abstractive.NOTE_TIMEOUT_SECONDS
        monkeypatch.setattr(settings, "notes_llm", False)
        assert isinstance(drafting.current_drafter(), drafting.ExtractiveDrafter)
        monkeypatch.setattr(settings, "notes_llm", True)
        monkeypatch.setattr(settings, "llm_base_url", None)
        assert isinstance(drafting.current_drafter(), drafting.ExtractiveDrafter)

    def test_a_note_drafted_through_the_service_says_who_wrote_it(
        self, session, configured, llm_server, ana, ben_session, ben_transcript
    ):
        note = service.draft_note(session, ana, ben_session.id, "soap")
        version = session.query(NoteVersion).filter_by(note_id=note.id).one()
        assert version.drafter == "abstractive"
        view = service.read_note(session, ana, note.id)
        assert view.content["drafted_by"]["drafter"] == "abstractive" and view.check.ok, view.check.problems
        sent = " ".join(m["content"] for m in llm_server.requests[-1]["body"]["messages"])
        assert "Ben" not in sent and "Ana" not in sent

    def test_the_note_page_says_so_in_english_and_dutch(
        self, session, configured, ana, personas, as_user, ben_session, ben_transcript
    ):
        note = service.draft_note(session, ana, ben_session.id, "soap")
        session.commit()
        lines = text.line_ranges([2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14])
        client = as_user(personas.therapist_ana)
        page = client.get(f"/notes/{note.id}")
        assert f"Drafted by a language model from lines {lines}; check it before signing." in page.text
        client.put("/api/me/locale", json={"locale": "nl"})
        page = client.get(f"/notes/{note.id}")
        assert f"Opgesteld door een taalmodel op basis van regels {lines}" in page.text

    def test_a_fallback_is_shown_with_its_reason(
        self, session, configured, monkeypatch, ana, personas, as_user, ben_session, ben_transcript
    ):
        monkeypatch.setattr(settings, "llm_model", "http-500")
        note = service.draft_note(session, ana, ben_session.id, "soap")
        session.commit()
        page = as_user(personas.therapist_ana).get(f"/notes/{note.id}")
        assert "draft could not be used (it could not be reached), so this draft is made of" in page.text
        api = as_user(personas.therapist_ana).get(f"/api/notes/{note.id}").json()
        assert api["version"]["drafter"] == "extractive_fallback"
        assert api["version"]["drafted_by"]["reason"] == "unavailable"


def test_line_ranges():
    assert text.line_ranges([7, 1, 2, 3, 5, 8]) == "1–3, 5, 7–8"
    assert text.line_ranges([]) == ""
