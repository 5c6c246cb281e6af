"""The care plan: goals agreed with the therapist, homework with a weekly schedule, and the days the
client marked homework done.

A completion is a *day* in the client's own time zone (``done_on``), not a moment: "did the walk on
Tuesday" is what the client means and what adherence counts. One completion per homework per day
(the unique constraint makes a second mark a conflict, also under concurrent requests).
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Index, SmallInteger, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime
from alongside.privacy.crypto import EncryptedText


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class GoalStatus(enum.StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class HomeworkKind(enum.StrEnum):
    """The kinds the app knows (with a label in both languages); ``Homework.kind`` may also hold a
    therapist's own word for it."""

    THOUGHT_RECORD = "thought_record"
    BEHAVIOURAL_ACTIVATION = "behavioural_activation"
    EXERCISE = "exercise"
    JOURNAL = "journal"
    WALK = "walk"
    OTHER = "other"


class Goal(CreatedAtMixin, Base):
    __tablename__ = "careplan_goals"
    __table_args__ = (Index("ix_careplan_goals_client", "client_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who set it
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(EncryptedText())
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), default=GoalStatus.ACTIVE)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Homework(CreatedAtMixin, Base):
    """Something to do between sessions, ``times_per_week`` times a week (7 when ``daily``), from
    ``start_date`` to ``end_date`` (inclusive; open-ended when empty)."""

    __tablename__ = "careplan_homework"
    __table_args__ = (Index("ix_careplan_homework_client", "client_id", "active"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    therapist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("careplan_goals.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default=HomeworkKind.OTHER.value)
    daily: Mapped[bool] = mapped_column(Boolean, default=False)
    times_per_week: Mapped[int] = mapped_column(SmallInteger)  # 1–7; 7 when daily
    preferred_time: Mapped[time | None] = mapped_column(Time())
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HomeworkCompletion(CreatedAtMixin, Base):
    __tablename__ = "careplan_completions"
    __table_args__ = (
        UniqueConstraint("homework_id", "done_on"),
        Index("ix_careplan_completions_client_day", "client_id", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    homework_id: Mapped[int] = mapped_column(ForeignKey("careplan_homework.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    done_on: Mapped[date] = mapped_column(Date)  # the day in the client's time zone
    note: Mapped[str | None] = mapped_column(EncryptedText())
    # The safety screening's level for the note, kept so pages can offer help.
    risk_level: Mapped[str | None] = mapped_column(String(16))
