from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime


class ExerciseSession(CreatedAtMixin, Base):
    """One time a client did (or started) a routine, with their distress (0–10) before and after.

    The routine itself is data (``exercises/data/<routine>.json``), referred to by its id."""

    __tablename__ = "exercise_sessions"
    __table_args__ = (Index("ix_exercise_sessions_client", "client_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    routine: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_seconds: Mapped[int] = mapped_column(Integer)  # finished_at - started_at, pauses included
    distress_before: Mapped[int] = mapped_column(SmallInteger)
    distress_after: Mapped[int | None] = mapped_column(SmallInteger)  # may be skipped when stopped early
    completed: Mapped[bool] = mapped_column(Boolean)  # False: stopped before the end
