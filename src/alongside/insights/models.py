from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alongside.kit.orm import Base, CreatedAtMixin


class FootprintImport(CreatedAtMixin, Base):
    """One imported export file. The file's SHA-256 is unique per client: the same file twice adds nothing."""

    __tablename__ = "footprint_imports"
    __table_args__ = (UniqueConstraint("client_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(16))  # apple_health, google, csv
    filename: Mapped[str] = mapped_column(String(255))
    rows: Mapped[int] = mapped_column(Integer)  # samples and day values read from the file
    days: Mapped[int] = mapped_column(Integer)  # days with at least one feature
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)


class FootprintDay(Base):
    """One daily feature of a client (a day in the client's time zone), as the latest import from
    ``source`` (the export's format) gave it: a later file covering the day replaces the value."""

    __tablename__ = "footprint_days"
    __table_args__ = (
        UniqueConstraint("client_id", "day", "metric", "source"),
        Index("ix_footprint_days_import", "import_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    metric: Mapped[str] = mapped_column(String(24))
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))
    import_id: Mapped[int] = mapped_column(ForeignKey("footprint_imports.id", ondelete="CASCADE"))
