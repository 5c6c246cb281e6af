"""The draft check: every sentence traces to a transcript line or a named data source, and no number,
name or medication appears in a sentence that is not in its sources. Held against the extractive
drafter on sample transcripts (English and Dutch), on generated transcripts (property-style, seeded),
on real counselling transcripts (AnnoMI), and shown to catch what it must catch."""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from alongside.kit import i18n
from alongside.notes.service import drafting, facts, lexicon, parsing, verify
from alongside.safety import service as safety_service
from tests.notes.conftest import TRANSCRIPT_EN, TRANSCRIPT_NL

ANNOMI = Path(__file__).resolve().parents[3] / "shared" / "data" / "annomi" / "AnnoMI-simple.csv"
TEMPLATE_WORDS = facts.template_words()


def request_for(text: str, fmt: str, facts_: tuple[drafting.DataFact, ...] = ()) -> drafting.DraftRequest:
    lines = parsing.lines_from_text(text)
    roles = parsing.guess_roles([line.speaker for line in lines if line.speaker])
    draft_lines = []
    for line in lines:
        level = safety_service.screen(line.text).level
        risk = level.value if level.at_least("moderate") else None
        draft_lines.append(drafting.DraftLine(line.n, line.speaker, roles.get(line.speaker, "other"), line.text, risk))
    return drafting.DraftRequest(fmt, draft_lines, facts_)


def sources_for(request: drafting.DraftRequest) -> verify.SourceText:
    texts = {f"line:{line.n}": line.text for line in request.lines}
    texts |= {f"data:{fact.key}": fact.evidence for fact in request.facts}
    return verify.SourceText(texts)


def check(request: drafting.DraftRequest, drafter: drafting.Drafter | None = None) -> verify.CheckReport:
    draft = drafting.make_draft(request, drafter or drafting.ExtractiveDrafter())
    return verify.verify_draft(draft.to_dict(), sources_for(request), TEMPLATE_WORDS)


MOOD_FACT = drafting.DataFact(
    "mood", "measures", "Mean mood was 5.4 (check-ins: 9), down from 6.1 in the period before.",
    "Mood check-ins from 2026-11-12 to 2026-11-20",
    "Mood check-ins from 2026-11-12 to 2026-11-20: mean 5.4; count 9; before 6.1",
)  # fmt: skip


class TestSampleTranscripts:
    @pytest.mark.parametrize("fmt", ["soap", "dap", "birp"])
    @pytest.mark.parametrize("text", [TRANSCRIPT_EN, TRANSCRIPT_NL], ids=["en", "nl"])
    def test_every_sentence_traces_to_its_source(self, text, fmt):
        report = check(request_for(text, fmt, (MOOD_FACT,)))
        assert report.ok, report.problems
        assert report.sentences >= 6 and report.own_words == 0

    def test_names_numbers_and_medications_of_the_transcript_pass_because_they_are_in_it(self):
        request = request_for(TRANSCRIPT_EN, "soap")
        draft = drafting.make_draft(request)
        text = " ".join(s.text for sec in draft.sections for s in sec.sentences)
        assert "Sam" in text and "sertraline" in text and "50" in text
        assert verify.verify_draft(draft.to_dict(), sources_for(request), TEMPLATE_WORDS).ok


class TestTheCheckCatches:
    def _draft(self, sentence: str, refs: list[str]) -> dict:
        return {
            "sections": [{"key": "subjective", "sentences": [{"text": sentence, "refs": refs, "origin": "drafted"}]}]
        }

    SOURCES = verify.SourceText(
        {"line:1": "I argued with Sam and took 20 mg of citalopram.", "data:mood": "mean 5.4; count 9"}
    )

    @pytest.mark.parametrize(
        ("sentence", "refs", "problem"),
        [
            ("He argued with Sam.", [], ("no_source", "")),
            ("He argued with Sam.", ["line:7"], ("unknown_source", "line:7")),
            ("He argued with Sam and Tom.", ["line:1"], ("name", "Tom")),
            ("He took 40 mg.", ["line:1"], ("number", "40")),
            ("He took three pills.", ["line:1"], ("number", "3")),
            ("He took sertraline.", ["line:1"], ("medication", "sertraline")),
            ("He takes fluvoxamine now.", ["line:1"], ("medication", "fluvoxamine")),
            ("He started on lorazepam.", ["line:1"], ("medication", "lorazepam")),
            ("Mean mood was 5.5.", ["data:mood"], ("number", "5.5")),
            ("Het gemiddelde was 5,5.", ["data:mood"], ("number", "5.5")),
            ("Hij nam twee pillen.", ["line:1"], ("number", "2")),
        ],
    )
    def test_a_sentence_that_adds_something_is_reported(self, sentence, refs, problem):
        report = verify.verify_draft(self._draft(sentence, refs), self.SOURCES)
        assert not report.ok
        assert (report.problems[0].kind, report.problems[0].token) == problem

    @pytest.mark.parametrize(
        ("sentence", "refs"),
        [
            ("He argued with Sam.", ["line:1"]),
            ("Twenty mg of citalopram, he said.", ["line:1"]),  # a number word for a number in the source
            ("Mean mood was 5,4 (check-ins: 9).", ["data:mood"]),  # a Dutch decimal comma
            ("I took it; the dose was 20.", ["line:1"]),  # "I" is never a name
            ("The pills were citalopram.", ["line:1"]),  # a function word may start a sentence
        ],
    )
    def test_what_is_in_the_source_passes(self, sentence, refs):
        assert verify.verify_draft(self._draft(sentence, refs), self.SOURCES).ok

    def test_sources_are_per_sentence_not_per_note(self):
        draft = {
            "sections": [
                {"key": "subjective", "sentences": [
                    {"text": "I argued with Sam.", "refs": ["line:1"]},
                    {"text": "Mean mood was 5.4 with Sam.", "refs": ["data:mood"]},
                ]},
            ]
        }  # fmt: skip
        report = verify.verify_draft(draft, self.SOURCES)
        assert [(p.index, p.kind, p.token) for p in report.problems] == [(1, "name", "Sam")]

    def test_the_therapists_own_sentences_are_counted_not_reported(self):
        draft = {
            "sections": [
                {"key": "plan", "sentences": [{"text": "Call Dr Vos on 3 May.", "refs": [], "origin": "therapist"}]}
            ]
        }
        report = verify.verify_draft(draft, self.SOURCES)
        assert report.ok and report.own_words == 1


class TestTemplates:
    """The drafters' own words (the data sentences' templates) hold no numbers, names or medications,
    in English or Dutch, so whatever number or name a data sentence has comes from its values."""

    @pytest.mark.parametrize("locale", ["en", "nl"])
    def test_no_numbers_names_or_medications(self, locale):
        for template in facts.TEMPLATES:
            words = re.sub(r"%\(\w+\)s", " ", i18n.gettext(locale, template))
            assert not re.search(r"\d", words), template
            assert not verify.numbers_in(words), template
            assert not lexicon.medication_words(words), template
            names = [w for i, w in verify.capitalised_words(words) if i > 0]
            assert names == [], (template, names)

    def test_the_medication_lexicon_does_not_flag_everyday_words(self):
        everyday = "magazine april routine online medicine determine machine olive pills tablets drinks evening"
        assert lexicon.medication_words(everyday) == set()


# -- generated transcripts (property-style) ---------------------------------------------------------

NAMES = ["Sam", "Noor", "Jasper", "Fatima", "Dr Vos", "Mrs Patel", "Lotte", "Ahmed"]
MEDS = ["sertraline", "citalopram", "Prozac", "lorazepam", "quetiapine", "Ritalin"]
CLIENT_EN = [
    "I have been sleeping about {n} hours a night and I feel {feel}.",
    "My friend {name} said I should rest more.",
    "I took {med} {n} mg this morning and felt {feel}.",
    "On day {n} I argued with {name} again.",
    "I will try to walk {n} times before {name}'s birthday.",
    "Honestly I don't know.",
    "It was {feel}, really {feel}.",
]
THERAPIST_EN = [
    "It sounds like the week with {name} was {feel}.",
    "What happened on day {n}?",
    "Let's try a thought record {n} times this week.",
    "I notice you look {feel} today.",
    "So when {name} calls, you feel {feel}.",
    "We agreed on homework: {n} walks before next session.",
]
CLIENT_NL = [
    "Ik slaap ongeveer {n} uur per nacht en voel me {feel_nl}.",
    "Mijn vriendin {name} zei dat ik meer rust moet nemen.",
    "Ik heb {med} {n} mg genomen en voelde me {feel_nl}.",
    "Ik ga {n} keer wandelen voor de verjaardag van {name}.",
]
THERAPIST_NL = [
    "Het klinkt alsof de week met {name} {feel_nl} was.",
    "Laten we deze week {n} keer een gedachteschema proberen.",
    "Ik zie dat je er {feel_nl} uitziet.",
]
FEEL = ["low", "tired", "anxious", "better", "hopeless", "calm"]
FEEL_NL = ["somber", "moe", "angstig", "beter", "rustig"]


def generated_transcript(rng: random.Random) -> str:
    dutch = rng.random() < 0.4
    client, therapist = (CLIENT_NL, THERAPIST_NL) if dutch else (CLIENT_EN, THERAPIST_EN)
    labels = rng.choice([("Therapist", "Client"), ("T", "C"), ("Behandelaar", "Cliënt"), ("Ana", "Ben")])
    out = []
    for turn in range(rng.randint(4, 40)):
        speaker, bank = (labels[0], therapist) if turn % 2 == 0 else (labels[1], client)
        parts = [
            rng.choice(bank).format(
                n=rng.randint(1, 400),
                name=rng.choice(NAMES),
                med=rng.choice(MEDS),
                feel=rng.choice(FEEL),
                feel_nl=rng.choice(FEEL_NL),
            )  # fmt: skip
            for _ in range(rng.randint(1, 3))
        ]
        out.append(f"{speaker}: {' '.join(parts)}")
    return "\n".join(out)


class TestGeneratedTranscripts:
    @pytest.mark.parametrize("seed", range(40))
    def test_any_transcript_drafts_into_a_note_that_passes_the_check(self, seed):
        rng = random.Random(seed)
        for _ in range(5):
            request = request_for(generated_transcript(rng), rng.choice(["soap", "dap", "birp"]), (MOOD_FACT,))
            report = check(request)
            assert report.ok, (seed, report.problems)

    @pytest.mark.parametrize("seed", range(10))
    def test_anything_added_to_a_drafted_sentence_is_caught(self, seed):
        rng = random.Random(1000 + seed)
        request = request_for(generated_transcript(rng) + "\nC: I have been sleeping badly and I feel low.", "soap")
        draft = drafting.make_draft(request).to_dict()
        sentences = [s for sec in draft["sections"] for s in sec["sentences"] if s["refs"][0].startswith("line:")]
        target = rng.choice(sentences)
        sources = sources_for(request)
        evidence = " ".join(sources.of(target["refs"]))
        number = next(str(n) for n in range(401, 10_000) if str(n) not in evidence)
        for addition, kind in ((f"{number} times", "number"), ("Quentin", "name"), ("olanzapine", "medication")):
            changed = {**target, "text": f"{target['text']} {addition}"}
            single = {"sections": [{"key": "subjective", "sentences": [changed]}]}
            report = verify.verify_draft(single, sources, TEMPLATE_WORDS)
            assert kind in {p.kind for p in report.problems}, (addition, target)


class TestAbstractiveSeam:
    class Paraphraser:
        """Stands in for an LLM drafter: rewrites sentences, keeps the references, and makes a mistake."""

        name = "fake-llm"

        def draft(self, request: drafting.DraftRequest) -> drafting.Draft:
            draft = drafting.Draft(request.format, [drafting.Section(k) for k in drafting.SECTIONS[request.format]])
            first = request.lines[1]
            draft.sections[0].sentences.append(
                drafting.Sentence("The client reported a hard week.", [f"line:{first.n}"])
            )
            draft.sections[0].sentences.append(
                drafting.Sentence("Started on 100 mg of sertraline with Dr Jansen.", ["line:14"])
            )
            return draft

    def test_the_same_check_applies_and_risk_is_put_back(self):
        request = request_for(TRANSCRIPT_EN, "soap")
        drafter = self.Paraphraser()
        drafting.register_drafter(drafter)
        try:
            assert drafting.current_drafter() is drafter
            draft = drafting.make_draft(request)
        finally:
            drafting.unregister_drafter()
        assert isinstance(drafting.current_drafter(), drafting.ExtractiveDrafter)
        risk = [s for s in draft.section("assessment").sentences if s.risk]
        assert [s.refs for s in risk] == [["line:8"]], "the risk line is put back whatever the drafter did"
        report = verify.verify_draft(draft.to_dict(), sources_for(request), TEMPLATE_WORDS)
        assert {(p.kind, p.token) for p in report.problems} == {("number", "100"), ("name", "Jansen")}


# -- real counselling transcripts ---------------------------------------------------------------------


@pytest.mark.skipif(not ANNOMI.exists(), reason="the AnnoMI data set is not in ../shared/data")
def test_annomi_transcripts_draft_into_notes_that_pass_the_check():
    """Every 6th of AnnoMI's 133 real MI transcripts (the benchmark does all of them), in all forms."""
    by_transcript: dict[str, list[dict]] = defaultdict(list)
    with ANNOMI.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_transcript[row["transcript_id"]].append(row)
    for tid in sorted(by_transcript, key=int)[::6]:
        rows = by_transcript[tid]
        lines = [
            drafting.DraftLine(i, r["interlocutor"], r["interlocutor"], r["utterance_text"])
            for i, r in enumerate(rows, 1)
        ]
        for fmt in ("soap", "dap", "birp"):
            request = drafting.DraftRequest(fmt, lines)
            report = check(request)
            assert report.ok, (tid, fmt, report.problems)
            assert report.sentences > 0
