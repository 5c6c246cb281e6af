"""Every query on sessions, transcripts and notes, scoped by who is asking.

Sessions and notes are the therapist's clinical record of the care they give together: any therapist
in the client's active care team reads them (no consent scope), nobody else does (clients and admins
included). Transcripts are reached through their session.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select, type_coerce
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import linked_client_ids
from alongside.kit.orm import UTCDateTime
from alongside.notes.models import Note, NoteVersion, SessionStatus, TherapySession, Transcript, VersionStatus


class SessionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[TherapySession]]:
        return select(TherapySession).where(TherapySession.client_id.in_(linked_client_ids(actor)))

    def add(self, row: TherapySession) -> TherapySession:
        self.session.add(row)
        self.session.flush()
        return row

    def get_readable(self, actor: Actor, session_id: int) -> TherapySession | None:
        return self.session.scalar(self.readable_by(actor).where(TherapySession.id == session_id))

    def for_client(
        self,
        actor: Actor,
        client_id: int,
        *,
        limit: int = 100,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[TherapySession]:
        """Newest first."""
        query = self.readable_by(actor).where(TherapySession.client_id == client_id)
        if start is not None:
            query = query.where(TherapySession.starts_at >= start)
        if end is not None:
            query = query.where(TherapySession.starts_at < end)
        query = query.order_by(TherapySession.starts_at.desc(), TherapySession.id.desc()).limit(limit)
        return list(self.session.scalars(query))

    def first_starts(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], datetime]:
        """Unscoped (organisation figures): per (client, therapist), when their first session that was
        not cancelled starts."""
        if not pairs:
            return {}
        clients = sorted({c for c, _ in pairs})
        query = (
            select(
                TherapySession.client_id,
                TherapySession.therapist_id,
                type_coerce(func.min(TherapySession.starts_at), UTCDateTime()),
            )
            .where(TherapySession.client_id.in_(clients), TherapySession.status != SessionStatus.CANCELLED)
            .group_by(TherapySession.client_id, TherapySession.therapist_id)
        )
        wanted = set(pairs)
        found = {}
        for client_id, therapist_id, starts in self.session.execute(query):
            if (client_id, therapist_id) in wanted:
                found[(client_id, therapist_id)] = starts
        return found

    def held_before(self, actor: Actor, client_id: int, before: datetime, *, limit: int = 2) -> list[TherapySession]:
        """The latest held sessions that started before ``before``, newest first."""
        query = self.readable_by(actor).where(
            TherapySession.client_id == client_id,
            TherapySession.status == SessionStatus.HELD,
            TherapySession.starts_at < before,
        )
        query = query.order_by(TherapySession.starts_at.desc(), TherapySession.id.desc()).limit(limit)
        return list(self.session.scalars(query))

    def planned_after(self, actor: Actor, client_ids: list[int], after: datetime) -> list[TherapySession]:
        """Planned sessions from ``after`` on for these clients, soonest first (one query for a caseload)."""
        if not client_ids:
            return []
        query = self.readable_by(actor).where(
            TherapySession.client_id.in_(client_ids),
            TherapySession.status == SessionStatus.PLANNED,
            TherapySession.starts_at >= after,
        )
        return list(self.session.scalars(query.order_by(TherapySession.starts_at, TherapySession.id)))


class TranscriptRepository:
    """Unscoped: the service reaches a transcript only through a session loaded with ``readable_by``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: Transcript) -> Transcript:
        self.session.add(row)
        self.session.flush()
        return row

    def latest_for_session(self, session_id: int) -> Transcript | None:
        return self.session.scalar(
            select(Transcript)
            .where(Transcript.session_id == session_id)
            .order_by(Transcript.created_at.desc(), Transcript.id.desc())
            .limit(1)
        )

    def get_for_session(self, session_id: int, transcript_id: int) -> Transcript | None:
        return self.session.scalar(
            select(Transcript).where(Transcript.id == transcript_id, Transcript.session_id == session_id)
        )

    def count_for_session(self, session_id: int) -> int:
        return len(list(self.session.scalars(select(Transcript.id).where(Transcript.session_id == session_id))))


class NoteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[Note]]:
        return select(Note).where(Note.client_id.in_(linked_client_ids(actor)))

    def add(self, note: Note) -> Note:
        self.session.add(note)
        self.session.flush()
        return note

    def add_version(self, version: NoteVersion) -> NoteVersion:
        self.session.add(version)
        self.session.flush()
        return version

    def get_readable(self, actor: Actor, note_id: int) -> Note | None:
        return self.session.scalar(self.readable_by(actor).where(Note.id == note_id))

    def for_session(self, session_id: int) -> Note | None:
        """Unscoped: the caller loaded the session through ``readable_by``."""
        return self.session.scalar(select(Note).where(Note.session_id == session_id))

    def versions(self, note_id: int) -> list[NoteVersion]:
        """Oldest first. Unscoped: the caller loaded the note through ``readable_by``."""
        return list(
            self.session.scalars(select(NoteVersion).where(NoteVersion.note_id == note_id).order_by(NoteVersion.number))
        )

    def statuses_for_sessions(self, session_ids: list[int]) -> dict[int, tuple[int, str]]:
        """session id → (note id, status of its latest version), in one query. The session ids come
        from ``SessionRepository.readable_by``."""
        if not session_ids:
            return {}
        rows = self.session.execute(
            select(Note.session_id, Note.id, NoteVersion.number, NoteVersion.status)
            .join(NoteVersion, NoteVersion.note_id == Note.id)
            .where(Note.session_id.in_(session_ids))
            .order_by(Note.session_id, NoteVersion.number)
        ).all()
        return {session_id: (note_id, str(status)) for session_id, note_id, _, status in rows}

    def signed_for_client(self, actor: Actor, client_id: int) -> list[tuple[Note, NoteVersion, TherapySession]]:
        """Every signed version of the client's notes with its note and session, by session date."""
        rows = self.session.execute(
            select(Note, NoteVersion, TherapySession)
            .join(NoteVersion, NoteVersion.note_id == Note.id)
            .join(TherapySession, TherapySession.id == Note.session_id)
            .where(Note.client_id == client_id, Note.client_id.in_(linked_client_ids(actor)))
            .where(NoteVersion.status == VersionStatus.SIGNED)
            .order_by(TherapySession.starts_at, NoteVersion.number)
        ).all()
        return [(row[0], row[1], row[2]) for row in rows]
