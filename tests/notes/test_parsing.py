"""Transcripts into numbered lines: "Speaker: text", WebVTT, Word documents (made here with python-docx),
clear 422s for what cannot be read, and who is who."""

from __future__ import annotations

import pytest

from alongside.errors import InvalidInput
from alongside.notes.models import TranscriptSource
from alongside.notes.service import parsing
from tests.notes.conftest import TRANSCRIPT_EN, TRANSCRIPT_NL, TRANSCRIPT_VTT, docx_bytes

LIMITS = {"max_bytes": 100_000, "max_lines": 500}


class TestPlainText:
    def test_speaker_labels_become_numbered_lines(self):
        lines = parsing.lines_from_text(TRANSCRIPT_EN)
        assert len(lines) == 15
        assert lines[0] == parsing.Line(1, "Therapist", "Welcome back, Ben. How has the week been?")
        assert (
            lines[7].speaker == "Ben" and lines[7].text == "Sometimes I think everyone would be better off without me."
        )

    def test_unlabelled_lines_continue_the_turn_and_one_off_labels_stay_text(self):
        text = "T: How was it?\nC: Hard. I slept badly.\nAnd I missed work.\nNote: this is what I said\nT: I see."
        lines = parsing.lines_from_text(text)
        assert [(line.speaker, line.text) for line in lines] == [
            ("T", "How was it?"),
            ("C", "Hard. I slept badly. And I missed work. Note: this is what I said"),
            ("T", "I see."),
        ]

    def test_time_stamps_are_kept_apart_from_the_text(self):
        lines = parsing.lines_from_text(
            "[00:01:02] Ana: Hello.\n00:01:05 Ben: Hi there.\n00:01:09 Ana: Shall we start?"
        )
        assert [(line.start, line.speaker, line.text) for line in lines] == [
            ("00:01:02", "Ana", "Hello."),
            ("00:01:05", "Ben", "Hi there."),
            ("00:01:09", "Ana", "Shall we start?"),
        ]

    def test_dutch_labels_with_accents(self):
        lines = parsing.lines_from_text(TRANSCRIPT_NL)
        assert lines[1].speaker == "Cliënt" and lines[0].speaker == "Behandelaar"

    def test_typed_notes_have_no_speakers(self):
        parsed = parsing.parse_text(
            "Client reports poor sleep.\n\nAppeared tired: low energy.", TranscriptSource.TYPED, max_lines=10
        )
        assert [(line.n, line.speaker, line.text) for line in parsed.lines] == [
            (1, None, "Client reports poor sleep."),
            (2, None, "Appeared tired: low energy."),
        ]


class TestFiles:
    def test_webvtt_voices_and_cues_of_one_speaker_joined(self):
        parsed = parsing.parse_upload("session.vtt", TRANSCRIPT_VTT.encode(), **LIMITS)
        assert parsed.source == TranscriptSource.VTT
        assert [(line.speaker, line.text, line.start) for line in parsed.lines] == [
            ("Ana", "Welcome back. How did the thought record go?", "00:00:01"),
            ("Ben", "I did it twice. It was hard but I felt a bit better afterwards.", "00:00:04"),
            ("Ana", "It sounds like writing it down helped you step back.", "00:00:10"),
        ]

    def test_webvtt_without_voice_tags_uses_label_in_the_cue(self):
        vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Hello.\n\n00:00:03.000 --> 00:00:04.000\nBen: Hi.\n"
        lines = parsing.parse_upload("x.vtt", vtt.encode(), **LIMITS).lines
        assert [(line.speaker, line.text) for line in lines] == [("Ana", "Hello."), ("Ben", "Hi.")]

    def test_docx_paragraphs(self):
        data = docx_bytes(
            [("Therapist", "How was the week?"), ("Client", "Hard, I slept badly."), ("Therapist", "Tell me more.")]
        )
        parsed = parsing.parse_upload("transcript.docx", data, **LIMITS)
        assert parsed.source == TranscriptSource.DOCX
        assert [(line.speaker, line.text) for line in parsed.lines] == [
            (None, "Session transcript"),
            ("Therapist", "How was the week?"),
            ("Client", "Hard, I slept badly."),
            ("Therapist", "Tell me more."),
        ]

    def test_docx_table_of_speaker_and_text(self):
        data = docx_bytes([("Ana", "How was the week?"), ("Ben", "Better.")], table=True)
        lines = parsing.parse_upload("t.docx", data, **LIMITS).lines
        assert [(line.speaker, line.text) for line in lines][-2:] == [("Ana", "How was the week?"), ("Ben", "Better.")]

    def test_kind_is_found_by_content_when_the_name_does_not_say(self):
        assert parsing.parse_upload("upload", TRANSCRIPT_VTT.encode(), **LIMITS).source == TranscriptSource.VTT
        assert parsing.parse_upload("upload", docx_bytes([("A", "b")]), **LIMITS).source == TranscriptSource.DOCX
        assert parsing.parse_upload("notes.txt", b"A: hi\nB: hello\nA: bye", **LIMITS).source == TranscriptSource.TEXT

    def test_windows_text_files_are_read(self):
        text = "Cliënt: Ik ben moe.\nBehandelaar: Dat hoor ik."
        for data in (text.encode("cp1252"), text.encode("utf-16"), "\ufeff".encode() + text.encode()):
            lines = parsing.parse_upload("t.txt", data, **LIMITS).lines
            assert lines[0].speaker == "Cliënt" and lines[0].text == "Ik ben moe."

    @pytest.mark.parametrize(
        ("name", "data", "message"),
        [
            ("empty.txt", b"", "The file is empty."),
            ("x.vtt", b"this is not webvtt", "This .vtt file could not be read"),
            ("x.docx", b"PK\x03\x04 not really a zip", "This .docx file could not be read"),
            ("x.pdf", b"%PDF-1.7 ...", "This kind of file cannot be read"),
            ("x.doc", b"\xd0\xcf\x11\xe0 old word", "This kind of file cannot be read"),
            ("binary.txt", b"\x00\x01\x02garbage", "This file is not a text file"),
            ("blank.txt", b"   \n\n  ", "No text was found"),
        ],
    )
    def test_unreadable_files_are_a_422_naming_the_file(self, name, data, message):
        with pytest.raises(InvalidInput) as caught:
            parsing.parse_upload(name, data, **LIMITS)
        assert caught.value.field == "file" and caught.value.status_code == 422
        assert message in caught.value.message

    def test_size_and_line_limits(self):
        with pytest.raises(InvalidInput, match="too large"):
            parsing.parse_upload("big.txt", b"A: x\n" * 30_000, max_bytes=100_000, max_lines=50_000)
        with pytest.raises(InvalidInput, match="too many lines"):
            parsing.parse_upload("long.txt", b"A: x\n" * 600, **LIMITS)


class TestRoles:
    @pytest.mark.parametrize(
        ("labels", "name", "expected"),
        [
            (["Therapist", "Ben"], None, {"Therapist": "therapist", "Ben": "client"}),
            (["Ana", "Ben"], "Ana", {"Ana": "therapist", "Ben": "client"}),
            (["Ana Jansen", "Ben"], "Ana Jansen", {"Ana Jansen": "therapist", "Ben": "client"}),
            (["Behandelaar", "Cliënt"], None, {"Behandelaar": "therapist", "Cliënt": "client"}),
            (["T", "C"], None, {"T": "therapist", "C": "client"}),
            (["Client", "Dr Vos"], None, {"Client": "client", "Dr Vos": "therapist"}),
            (["Speaker 1", "Speaker 2"], None, {"Speaker 1": "other", "Speaker 2": "other"}),
        ],
    )
    def test_guess(self, labels, name, expected):
        assert parsing.guess_roles(labels, name) == expected
