"""Fixtures for the tutor's product tests: a held session of Ben's with Ana and its transcript
(the notes fixtures' English transcript), Ana's coded report of it, and Otto as a possible
supervisor (another therapist of the same organisation, not in Ben's care team)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alongside.kit.orm import utc_now
from alongside.notes import service as notes_service
from alongside.notes.schemas import SessionCreate, TranscriptText
from alongside.tutor.service import reports, supervision
from tests.notes.conftest import TRANSCRIPT_EN, TRANSCRIPT_NL

__all__ = ["TRANSCRIPT_EN", "TRANSCRIPT_NL"]


@pytest.fixture
def ana(personas):
    return personas.actor("therapist_ana")


@pytest.fixture
def otto(personas):
    return personas.actor("outsider_therapist")


def held_session(session, actor, client_id: int, text: str, *, hours_ago: float = 2):
    row = notes_service.create_session(
        session, actor, client_id,
        SessionCreate(starts_at=utc_now() - timedelta(hours=hours_ago), duration_minutes=50, modality="video"),
    )  # fmt: skip
    notes_service.add_text_transcript(session, actor, row.id, TranscriptText(text=text))
    return row


@pytest.fixture
def ben_session(session, personas, ana):
    row = held_session(session, ana, personas.client_ben.id, TRANSCRIPT_EN)
    session.commit()
    return row


@pytest.fixture
def ben_report(session, ana, ben_session):
    report = reports.code_session(session, ana, ben_session.id)
    session.commit()
    return report


@pytest.fixture
def otto_supervises_ana(session, ana, otto):
    """Ana invited Otto and he accepted."""
    row = supervision.invite_supervisor(session, ana, otto.user_id)
    supervision.answer_invitation(session, otto, row.id, accept=True)
    session.commit()
    return row
