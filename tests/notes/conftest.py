"""Helpers for the notes tests: sample transcripts (English and Dutch, as text, WebVTT and Word), and
a held session of Ben's with Ana, two hours ago, with the English transcript."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from alongside.kit.orm import utc_now
from alongside.notes import service
from alongside.notes.schemas import SessionCreate, TranscriptText

# Ben's session. Line 8 (client) screens at moderate risk; line 9 is Ana asking about it directly.
TRANSCRIPT_EN = """\
Therapist: Welcome back, Ben. How has the week been?
Ben: Honestly it was hard. I have been sleeping badly and I felt low most days.
Therapist: I notice you look quite tired today.
Ben: Yes. Work was stressful and I argued with my sister Sam on Tuesday.
Therapist: It sounds like the argument with Sam stayed with you.
Ben: It did. I kept thinking that I always ruin things.
Therapist: So when something goes wrong, the thought that you ruin everything comes up quickly.
Ben: Sometimes I think everyone would be better off without me.
Therapist: Thank you for telling me. Have you had thoughts of ending your life?
Ben: Not a plan, no. Just that feeling.
Therapist: Let's look at your safety plan together and try a thought record this week.
Ben: Okay. I will try to write one every evening.
Therapist: We agreed you will also walk for 20 minutes on three days before our next session.
Ben: My GP prescribed sertraline 50 mg last month and I feel a bit calmer.
Therapist: Okay.
"""
RISK_LINE_EN = 8

TRANSCRIPT_NL = """\
Behandelaar: Welkom terug. Hoe was je week?
Cliënt: Eerlijk gezegd zwaar. Ik slaap slecht en ik voel me somber.
Behandelaar: Ik zie dat je er moe uitziet.
Cliënt: Op mijn werk was het druk en ik had ruzie met mijn zus Sanne.
Behandelaar: Het klinkt alsof die ruzie met Sanne je nog bezighoudt.
Cliënt: Soms denk ik dat iedereen beter af is zonder mij.
Behandelaar: Laten we deze week een gedachteschema proberen.
Cliënt: Ik ga elke avond drie dingen opschrijven.
Behandelaar: Dan spreken we af dat je ook twee keer per week gaat wandelen.
Cliënt: De huisarts heeft me citalopram voorgeschreven en ik voel me wat rustiger.
"""
RISK_LINE_NL = 6

TRANSCRIPT_VTT = """\
WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana>Welcome back. How did the thought record go?

00:00:04.500 --> 00:00:07.000
<v Ben>I did it twice. It was hard

00:00:07.000 --> 00:00:09.000
<v Ben>but I felt a bit better afterwards.

00:00:10.000 --> 00:00:14.000
<v Ana>It sounds like writing it down helped you step back.
"""


def docx_bytes(rows: list[tuple[str, str]], *, table: bool = False) -> bytes:
    """A real Word document made with python-docx: "Speaker: text" paragraphs, or a two-column table."""
    import docx

    document = docx.Document()
    document.add_heading("Session transcript", level=1)
    if table:
        grid = document.add_table(rows=0, cols=2)
        for speaker, text in rows:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = speaker, text
    else:
        for speaker, text in rows:
            document.add_paragraph(f"{speaker}: {text}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def ana(personas):
    return personas.actor("therapist_ana")


@pytest.fixture
def ben_session(session, personas, ana):
    """A video session of Ben's with Ana that started two hours ago, held, without a transcript."""
    row = service.create_session(
        session,
        ana,
        personas.client_ben.id,
        SessionCreate(starts_at=utc_now() - timedelta(hours=2), duration_minutes=50, modality="video"),
    )
    session.commit()
    return row


@pytest.fixture
def ben_transcript(session, ana, ben_session):
    transcript = service.add_text_transcript(session, ana, ben_session.id, TranscriptText(text=TRANSCRIPT_EN))
    session.commit()
    return transcript


@pytest.fixture
def ben_note(session, ana, ben_session, ben_transcript):
    note = service.draft_note(session, ana, ben_session.id, "soap")
    session.commit()
    return note
