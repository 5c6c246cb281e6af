"""The extractive drafter: which sentence goes where in SOAP, DAP and BIRP (English and Dutch), the data
sentences in their sections, and risk always in, verbatim and first."""

from __future__ import annotations

from alongside.notes.service import drafting
from tests.notes.conftest import RISK_LINE_EN, RISK_LINE_NL, TRANSCRIPT_EN, TRANSCRIPT_NL
from tests.notes.test_verify import MOOD_FACT, request_for


def texts(draft: drafting.Draft, key: str) -> list[str]:
    return [s.text for s in draft.section(key).sentences]


def line_refs(draft: drafting.Draft, key: str) -> set[int]:
    return {int(r[5:]) for s in draft.section(key).sentences for r in s.refs if r.startswith("line:")}


FACTS = (
    MOOD_FACT,
    drafting.DataFact(
        "journal", "themes", "Journal entries shared in this period: 2, about: work.", "J", "count 2; themes work"
    ),
    drafting.DataFact("alerts", "risk", "No safety alerts in this period.", "A", "none"),
    drafting.DataFact("next-session", "plan", "The next session is planned on 2026-12-01.", "S", "date 2026-12-01"),
)


class TestSoap:
    def test_english(self):
        draft = drafting.make_draft(request_for(TRANSCRIPT_EN, "soap", FACTS))
        assert [s.key for s in draft.sections] == ["subjective", "objective", "assessment", "plan"]
        assert "I have been sleeping badly and I felt low most days." in texts(draft, "subjective")
        assert "I notice you look quite tired today." in texts(draft, "objective")
        assert "It sounds like the argument with Sam stayed with you." in texts(draft, "assessment")
        assert {11, 13} <= line_refs(draft, "plan")
        first = draft.section("assessment").sentences[0]
        assert (first.refs, first.risk) == ([f"line:{RISK_LINE_EN}"], "moderate")
        assert first.text == "Sometimes I think everyone would be better off without me."
        # What was said right after the risk line (the direct question, the answer) stays with it.
        assert {9, 10} <= line_refs(draft, "assessment")

    def test_dutch(self):
        draft = drafting.make_draft(request_for(TRANSCRIPT_NL, "soap"))
        assert "Ik slaap slecht en ik voel me somber." in texts(draft, "subjective")
        assert "Ik zie dat je er moe uitziet." in texts(draft, "objective")
        assert "Het klinkt alsof die ruzie met Sanne je nog bezighoudt." in texts(draft, "assessment")
        assert "Laten we deze week een gedachteschema proberen." in texts(draft, "plan")
        first = draft.section("assessment").sentences[0]
        assert first.refs == [f"line:{RISK_LINE_NL}"] and first.risk == "moderate"

    def test_data_sentences_go_to_their_sections(self):
        draft = drafting.make_draft(request_for(TRANSCRIPT_EN, "soap", FACTS))
        assert draft.section("objective").sentences[0].refs == ["data:mood"], "measures come before what was seen"
        assert draft.section("subjective").sentences[-1].refs == ["data:journal"]
        assert draft.section("plan").sentences[-1].refs == ["data:next-session"]
        assessment = draft.section("assessment").sentences
        assert assessment[0].risk and ["data:alerts"] in [s.refs for s in assessment]

    def test_nothing_said_in_passing_is_drafted(self):
        draft = drafting.make_draft(request_for(TRANSCRIPT_EN, "soap"))
        drafted = {s.text for sec in draft.sections for s in sec.sentences}
        assert "Okay." not in drafted and "Yes." not in drafted


class TestDapAndBirp:
    def test_dap_joins_what_was_reported_and_seen_as_data(self):
        draft = drafting.make_draft(request_for(TRANSCRIPT_EN, "dap", FACTS))
        assert [s.key for s in draft.sections] == ["data", "assessment", "plan"]
        data = texts(draft, "data")
        assert "I have been sleeping badly and I felt low most days." in data
        assert "I notice you look quite tired today." in data
        assert draft.section("data").sentences[0].refs == ["data:mood"]
        assert draft.section("assessment").sentences[0].risk == "moderate"

    def test_birp(self):
        request = request_for(TRANSCRIPT_EN, "birp", FACTS)
        draft = drafting.make_draft(request)
        assert [s.key for s in draft.sections] == ["behavior", "intervention", "response", "plan"]
        roles = {line.n: line.role for line in request.lines}
        assert line_refs(draft, "intervention") and all(
            roles[n] == "therapist" for n in line_refs(draft, "intervention")
        )
        assert all(roles[n] == "client" for n in line_refs(draft, "response"))
        assert draft.section("behavior").sentences[0].risk == "moderate"

    def test_caps_keep_a_section_readable(self):
        long = "\n".join(f"Client: I felt low and tired and anxious on day {n}." for n in range(1, 60))
        draft = drafting.make_draft(request_for("Therapist: How was it?\n" + long, "soap"))
        assert len(draft.section("subjective").sentences) == drafting.CAPS["subjective"]


class TestTypedNotes:
    def test_notes_in_the_third_person(self):
        lines = [
            drafting.DraftLine(1, None, "notes", "Client reports poor sleep and feeling low since the move."),
            drafting.DraftLine(2, None, "notes", "Appeared tearful, good eye contact."),
            drafting.DraftLine(3, None, "notes", "It seems the move triggered old beliefs about failure."),
            drafting.DraftLine(4, None, "notes", "Homework: thought record every day until next session."),
        ]
        draft = drafting.make_draft(drafting.DraftRequest("soap", lines))
        assert [line_refs(draft, k) for k in ("subjective", "objective", "assessment", "plan")] == [{1}, {2}, {3}, {4}]


class TestRiskAlwaysIn:
    def test_a_risk_line_the_rules_would_not_pick_is_still_there(self):
        lines = [
            drafting.DraftLine(1, "T", "therapist", "Okay."),
            drafting.DraftLine(2, "C", "client", "whatever i dont care anymore what happens to me", risk="high"),
        ]
        for fmt in ("soap", "dap", "birp"):
            draft = drafting.make_draft(drafting.DraftRequest(fmt, lines))
            section = draft.section(drafting.RISK_SECTION[fmt])
            assert section.sentences[0].refs == ["line:2"] and section.sentences[0].risk == "high"
