"""The care plan: goals agreed with the therapist, homework with a weekly schedule, the days the
client marked homework done, and the client's reminders (for check-ins, questionnaires and homework).

A completion is a *day* in the client's own time zone (``done_on``), not a moment: "did the walk on
Tuesday" is what the client means and what adherence counts. One completion per homework per day
(the unique constraint makes a second mark a conflict, also under concurrent requests).
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
)
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


# --------------------------------------------------------------------------------------------
# Reminders. The rules (times, days, quiet hours, DST, expiry, snooze) are documented and
# implemented in careplan/service/reminder_times.py and reminder_dispatch.py.
# --------------------------------------------------------------------------------------------


class ReminderKind(enum.StrEnum):
    CHECKIN = "checkin"
    QUESTIONNAIRE = "questionnaire"
    HOMEWORK = "homework"


class ReminderMode(enum.StrEnum):
    FIXED = "fixed"  # at each of the rule's times of day
    RANDOM = "random"  # once a day, at a time drawn inside the window (drawn once, then stored)


class OccurrenceStatus(enum.StrEnum):
    PLANNED = "planned"  # waiting for planned_at
    SENT = "sent"  # shown in the app (and e-mailed / pushed as the client chose)
    SNOOZED = "snoozed"  # sent, and to be sent once more at snoozed_until
    ANSWERED = "answered"  # the client did what it reminded of
    EXPIRED = "expired"  # could not be sent by expires_at (e.g. downtime): never sent late
    SKIPPED = "skipped"  # not needed (already done, nothing due) or inside quiet hours; see reason


class ReminderDeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a worker; a crash leaves it here, and it is never sent again
    SENT = "sent"
    FAILED = "failed"
    EXPIRED = "expired"  # not delivered inside the reminder's expiry window: dropped, never late


class ReminderPreferences(Base):
    """A client's quiet hours and whether reminders also go by e-mail (in-app always; web push goes to
    every device the client turned it on for). No row means the defaults of the service."""

    __tablename__ = "reminder_preferences"
    __table_args__ = (UniqueConstraint("client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    quiet_start: Mapped[time | None] = mapped_column(Time())
    quiet_end: Mapped[time | None] = mapped_column(Time())
    email: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReminderRule(CreatedAtMixin, Base):
    """One reminder the client set: what for, when (local times of day or a random time in a window,
    on some days of the week, in the client's time zone) and how long it may still be sent late.

    ``planned_until`` is how far ahead the planning job has written this rule's occurrences."""

    __tablename__ = "reminder_rules"
    __table_args__ = (Index("ix_reminder_rules_client", "client_id", "enabled"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind))
    homework_id: Mapped[int | None] = mapped_column(ForeignKey("careplan_homework.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str | None] = mapped_column(String(16))  # a questionnaire; none = whichever is due
    mode: Mapped[ReminderMode] = mapped_column(_enum(ReminderMode), default=ReminderMode.FIXED)
    times: Mapped[list] = mapped_column(JSON, default=list)  # ["08:30", "20:00"], local, sorted
    window_start: Mapped[time | None] = mapped_column(Time())
    window_end: Mapped[time | None] = mapped_column(Time())
    weekdays: Mapped[int] = mapped_column(SmallInteger, default=0b1111111)  # bit 0 = Monday … bit 6 = Sunday
    expiry_minutes: Mapped[int] = mapped_column(SmallInteger, default=120)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    planned_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReminderOccurrence(CreatedAtMixin, Base):
    """One reminder for one local slot of a rule: at most one per (rule, local day, slot), so no
    planner, restart or time-zone change can make a second. Every move is a conditional update on
    ``status`` (``... WHERE status = 'planned'``), so no two workers can send it twice.

    ``slot`` is the rule's time of day ("08:30") or "random"; ``local_date``/``local_time`` are the
    client's wall-clock day and time it stands for, in ``timezone``; ``planned_at`` is the UTC moment
    to send it (after the DST and quiet-hours rules); ``expires_at`` the last moment it may be sent.
    Kind and target are copied from the rule, so the history stays when a rule is deleted."""

    __tablename__ = "reminder_occurrences"
    __table_args__ = (
        UniqueConstraint("rule_id", "local_date", "slot"),
        Index("ix_reminder_occurrences_status_planned", "status", "planned_at"),
        Index("ix_reminder_occurrences_client_planned", "client_id", "planned_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("reminder_rules.id", ondelete="SET NULL"))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind))
    homework_id: Mapped[int | None] = mapped_column(ForeignKey("careplan_homework.id", ondelete="SET NULL"))
    instrument: Mapped[str | None] = mapped_column(String(16))
    local_date: Mapped[date] = mapped_column(Date)
    slot: Mapped[str] = mapped_column(String(8))
    local_time: Mapped[time] = mapped_column(Time())
    timezone: Mapped[str] = mapped_column(String(64))
    planned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[OccurrenceStatus] = mapped_column(_enum(OccurrenceStatus), default=OccurrenceStatus.PLANNED)
    # What moved it ("dst_gap", "quiet_hours") or why it was skipped or expired ("done", "not_due", …).
    adjusted: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(32))
    channels: Mapped[str | None] = mapped_column(String(40))  # as sent: "in_app,email,push"
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReminderDelivery(CreatedAtMixin, Base):
    """An e-mail or a web push of an occurrence (``round`` 0 the first time, 1 after a snooze).
    Made in the same transaction as the claim of the occurrence, so never twice; sent by a job that
    claims it first (pending → sending, committed before anything leaves the installation)."""

    __tablename__ = "reminder_deliveries"
    __table_args__ = (Index("ix_reminder_deliveries_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("reminder_occurrences.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(SmallInteger, default=0)
    channel: Mapped[str] = mapped_column(String(8))  # email | push
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("reminder_push_subscriptions.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ReminderDeliveryStatus] = mapped_column(
        _enum(ReminderDeliveryStatus), default=ReminderDeliveryStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))


class PushSubscription(CreatedAtMixin, Base):
    """A browser's web-push subscription (one per device). The keys are encrypted at rest."""

    __tablename__ = "reminder_push_subscriptions"
    __table_args__ = (UniqueConstraint("endpoint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    endpoint: Mapped[str] = mapped_column(String(2000))
    p256dh: Mapped[str] = mapped_column(EncryptedText())
    auth: Mapped[str] = mapped_column(EncryptedText())
    last_error: Mapped[str | None] = mapped_column(String(500))
