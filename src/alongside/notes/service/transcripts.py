"""Adding a transcript to a session (pasted, typed or uploaded), screening every line, and reading it.

Safety, as decided for transcripts:

- Every line is screened (``safety_service.screen``, rules and learned model), whoever spoke it. A line
  at moderate risk or above is always put in the note's draft, verbatim and marked with its level and
  the screening's reasons, whatever the drafter does: the therapist assesses it in the note.
- Only lines the client spoke (or a speaker not known to be the therapist) can raise an alert, at the
  organisation's alert level as for any client text, but on the screening's rule layer
  (``screen_rules``): a transcript may be uploaded days after the session and others in the team
  share responsibility, so risk the rules recognise goes to the care team, and an alert the therapist
  resolves at once ("discussed in the session; safety plan updated") documents how it was handled.
  The learned layer alone does not raise one here: it was made for short client texts, and on long
  conversational turns it fires often (on AnnoMI's counselling transcripts, 320 of 7,361 turns reach
  moderate or above on the model alone, e.g. about eating more fruit; see benchmarks/notes_drafting.py),
  while the therapist was in the conversation and the line is in their draft anyway.
- The therapist's own lines never raise an alert: asking directly about suicide is good practice.
- Transcripts never change; a corrected transcript is added as a new one. The speaker roles (who is
  the therapist, who the client) may be corrected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.config import settings
from alongside.errors import InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.nlp.language import detect_language
from alongside.notes.models import TherapySession, Transcript, TranscriptSource
from alongside.notes.repository import TranscriptRepository
from alongside.notes.schemas import TranscriptText
from alongside.notes.service import parsing
from alongside.notes.service.sessions import access_session
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

MODEL_CODE = "model_risk"  # the code of the screening's learned layer
RiskLevel = safety_service.RiskLevel
DRAFT_FROM = RiskLevel.MODERATE  # lines at this level or above always go into the draft
ALERT_LINES = 5  # at most this many of a transcript's risky client lines are added to the alert


@dataclass(frozen=True)
class ViewLine:
    n: int
    speaker: str | None
    role: str
    text: str
    start: str | None
    risk: str | None
    risk_codes: tuple[str, ...] = ()

    @property
    def model_only(self) -> bool:
        """Flagged by the screening's learned layer alone (no rule found risk)."""
        return bool(self.risk) and set(self.risk_codes) <= {MODEL_CODE}


@dataclass(frozen=True)
class TranscriptView:
    transcript: Transcript
    speakers: dict[str, str]
    lines: list[ViewLine]

    def line(self, n: int) -> ViewLine | None:
        return self.lines[n - 1] if 0 < n <= len(self.lines) else None


def role_of(speaker: str | None, speakers: dict[str, str], source: str) -> str:
    if source == TranscriptSource.TYPED:
        return "notes"
    return speakers.get(speaker, "other") if speaker else "other"


def view_of(transcript: Transcript) -> TranscriptView:
    """The stored lines with their speaker's role (decrypts; the caller audits)."""
    speakers = json.loads(transcript.speakers)
    lines = [
        ViewLine(
            raw["n"],
            raw["speaker"],
            role_of(raw["speaker"], speakers, transcript.source),
            raw["text"],
            raw.get("start"),
            raw.get("risk"),
            tuple(raw.get("risk_codes") or ()),
        )
        for raw in json.loads(transcript.lines)
    ]
    return TranscriptView(transcript, speakers, lines)


def _screened(lines: list[parsing.Line], language: str) -> list[tuple[parsing.Line, safety_service.ScreenResult]]:
    return [(line, safety_service.screen(line.text, lang=language)) for line in lines]


def _raise_alerts(
    session: Session, row: TherapySession, transcript: Transcript, risky: list[tuple[parsing.Line, str]], language: str
) -> None:
    """Risk the screening's rules find in what the client said goes to the care team (see the module)."""
    client = accounts_service.get_user(session, row.client_id)
    if client is None:
        return
    spoken = [safety_service.screen_rules(line.text, lang=language) for line, role in risky if role != "therapist"]
    spoken = sorted((r for r in spoken if r.level.at_least(DRAFT_FROM)), key=lambda r: -r.level.rank)
    for result in spoken[:ALERT_LINES]:
        safety_service.raise_for_result(session, Actor.of(client), result, source="transcript", source_id=transcript.id)


def add_transcript(
    session: Session, actor: Actor, session_id: int, parsed: parsing.Parsed, *, now: datetime | None = None
) -> Transcript:
    """Store the parsed lines (encrypted) with each line's screening level; raise alerts for risk
    in the client's lines; audit. One transaction: a failure keeps nothing."""
    row = access_session(session, actor, session_id)
    text = "\n".join(line.text for line in parsed.lines)
    language = detect_language(text[:20_000])
    screened = _screened(parsed.lines, language)
    labels = [line.speaker for line in parsed.lines if line.speaker]
    speakers = parsing.guess_roles(labels, actor.display_name)
    stored, risky, top = [], [], RiskLevel.NONE
    for line, result in screened:
        level = result.level if result.level.at_least(DRAFT_FROM) else None
        codes = sorted({s.code for s in result.signals}) if level else []
        stored.append({**line.to_dict(), "risk": level.value if level else None, "risk_codes": codes})
        if level is not None:
            risky.append((line, role_of(line.speaker, speakers, parsed.source)))
            top = max(top, level, key=lambda lv: lv.rank)
    transcript = TranscriptRepository(session).add(
        Transcript(
            session_id=row.id,
            client_id=row.client_id,
            added_by_id=actor.user_id,
            source=parsed.source,
            language=language,
            line_count=len(stored),
            lines=json.dumps(stored, ensure_ascii=False),
            speakers=json.dumps(speakers, ensure_ascii=False),
            risk_level=top.value if risky else None,
            created_at=now or utc_now(),
        )
    )
    audit.record(
        session,
        actor,
        AuditEvent.TRANSCRIPT_ADDED,
        subject_id=row.client_id,
        object_type="session_transcript",
        object_id=transcript.id,
        extra={"source": parsed.source.value, "lines": len(stored), "risk_level": transcript.risk_level},
    )
    _raise_alerts(session, row, transcript, risky, language)
    return transcript


def add_text_transcript(
    session: Session, actor: Actor, session_id: int, data: TranscriptText, *, now: datetime | None = None
) -> Transcript:
    access_session(session, actor, session_id)
    source = TranscriptSource.TYPED if data.source == "typed" else TranscriptSource.PASTED
    parsed = parsing.parse_text(data.text, source, max_lines=settings.transcript_max_lines)
    return add_transcript(session, actor, session_id, parsed, now=now)


def add_uploaded_transcript(
    session: Session, actor: Actor, session_id: int, filename: str, data: bytes, *, now: datetime | None = None
) -> Transcript:
    """A .txt, .vtt or .docx file; 422 naming ``file`` when it cannot be read or is too large."""
    access_session(session, actor, session_id)
    parsed = parsing.parse_upload(
        filename, data, max_bytes=settings.transcript_max_bytes, max_lines=settings.transcript_max_lines
    )
    return add_transcript(session, actor, session_id, parsed, now=now)


def latest_transcript(session: Session, actor: Actor, session_id: int) -> Transcript | None:
    row = access_session(session, actor, session_id)
    return TranscriptRepository(session).latest_for_session(row.id)


def access_transcript(session: Session, actor: Actor, session_id: int, transcript_id: int) -> Transcript:
    row = access_session(session, actor, session_id)
    transcript = TranscriptRepository(session).get_for_session(row.id, transcript_id)
    if transcript is None:
        raise NotFound("No such transcript.")
    return transcript


def read_transcript(session: Session, actor: Actor, transcript: Transcript) -> TranscriptView:
    """The lines, decrypted for a therapist who may see them (audited)."""
    audit.record(
        session,
        actor,
        AuditEvent.TRANSCRIPT_VIEWED,
        subject_id=transcript.client_id,
        object_type="session_transcript",
        object_id=transcript.id,
    )
    return view_of(transcript)


def set_speaker_roles(
    session: Session, actor: Actor, session_id: int, transcript_id: int, roles: dict[str, str]
) -> Transcript:
    """Correct who is who; the lines themselves never change. Labels not in the transcript are 422."""
    transcript = access_transcript(session, actor, session_id, transcript_id)
    speakers = json.loads(transcript.speakers)
    unknown = sorted(set(roles) - set(speakers))
    if unknown:
        raise InvalidInput("This speaker is not in the transcript.", field="roles")
    speakers.update(roles)
    transcript.speakers = json.dumps(speakers, ensure_ascii=False)
    audit.record(
        session,
        actor,
        AuditEvent.TRANSCRIPT_ROLES_CHANGED,
        subject_id=transcript.client_id,
        object_type="session_transcript",
        object_id=transcript.id,
        extra={"roles_changed": len(roles)},
    )
    return transcript
