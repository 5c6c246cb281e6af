from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin, UTCDateTime, utc_now


class QuestionnaireResponse(CreatedAtMixin, Base):
    """One completed questionnaire. Only complete answers are ever stored (no drafts)."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (Index("ix_questionnaire_responses_client", "client_id", "instrument", "completed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(8))  # the language the client answered in
    # {"1": 0, "2": 3, ...}: item number → answer value, as in questionnaires/data/<instrument>.json.
    answers: Mapped[dict] = mapped_column(JSON)
    difficulty: Mapped[int | None] = mapped_column(SmallInteger)  # PHQ-9's unscored last question
    raw_total: Mapped[int] = mapped_column(SmallInteger)
    total: Mapped[int] = mapped_column(SmallInteger)  # the reported score (WHO-5: raw × 4)
    band: Mapped[str] = mapped_column(String(32))
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    def answer(self, item: int) -> int | None:
        return self.answers.get(str(item))


class QuestionnaireSchedule(CreatedAtMixin, Base):
    """A therapist asks the client to fill in an instrument every N days; one per client and instrument."""

    __tablename__ = "questionnaire_schedules"
    __table_args__ = (UniqueConstraint("client_id", "instrument"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # None: set by the organisation for someone on its waiting list (no therapist yet).
    therapist_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    instrument: Mapped[str] = mapped_column(String(16))
    every_days: Mapped[int] = mapped_column(SmallInteger)
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
