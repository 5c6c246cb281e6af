"""Digital footprint: imported export files (one per client and SHA-256) and the daily features read
from them (steps, sleep, resting heart rate, phone use, mobility) per client, day, metric and source.

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm

revision = "0012"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "footprint_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=True),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_footprint_imports_client_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["users.id"],
            name=op.f("fk_footprint_imports_imported_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_footprint_imports")),
        sa.UniqueConstraint("client_id", "sha256", name=op.f("uq_footprint_imports_client_id_sha256")),
    )
    op.create_table(
        "footprint_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(length=24), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_footprint_days_client_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["footprint_imports.id"],
            name=op.f("fk_footprint_days_import_id_footprint_imports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_footprint_days")),
        sa.UniqueConstraint(
            "client_id", "day", "metric", "source", name=op.f("uq_footprint_days_client_id_day_metric_source")
        ),
    )
    with op.batch_alter_table("footprint_days", schema=None) as batch_op:
        batch_op.create_index("ix_footprint_days_import", ["import_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("footprint_days", schema=None) as batch_op:
        batch_op.drop_index("ix_footprint_days_import")

    op.drop_table("footprint_days")
    op.drop_table("footprint_imports")
