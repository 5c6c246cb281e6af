"""Care plan: goals, homework with a weekly schedule, and the days the client marked homework done.

A branch from 0003 beside the other domains' revisions; the app migrates to all heads.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 17:09:20.715192
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "careplan_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("active", "achieved", "dropped", name="goalstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("updated_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_careplan_goals_client_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["therapist_id"], ["users.id"], name=op.f("fk_careplan_goals_therapist_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_careplan_goals")),
    )
    with op.batch_alter_table("careplan_goals", schema=None) as batch_op:
        batch_op.create_index("ix_careplan_goals_client", ["client_id", "status"], unique=False)

    op.create_table(
        "careplan_homework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("daily", sa.Boolean(), nullable=False),
        sa.Column("times_per_week", sa.SmallInteger(), nullable=False),
        sa.Column("preferred_time", sa.Time(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_careplan_homework_client_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["careplan_goals.id"],
            name=op.f("fk_careplan_homework_goal_id_careplan_goals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["therapist_id"], ["users.id"], name=op.f("fk_careplan_homework_therapist_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_careplan_homework")),
    )
    with op.batch_alter_table("careplan_homework", schema=None) as batch_op:
        batch_op.create_index("ix_careplan_homework_client", ["client_id", "active"], unique=False)
        batch_op.create_index(batch_op.f("ix_careplan_homework_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "careplan_completions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("homework_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("note", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column("risk_level", sa.String(length=16), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_careplan_completions_client_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["homework_id"],
            ["careplan_homework.id"],
            name=op.f("fk_careplan_completions_homework_id_careplan_homework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_careplan_completions")),
        sa.UniqueConstraint("homework_id", "done_on", name=op.f("uq_careplan_completions_homework_id_done_on")),
    )
    with op.batch_alter_table("careplan_completions", schema=None) as batch_op:
        batch_op.create_index("ix_careplan_completions_client_day", ["client_id", "done_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("careplan_completions", schema=None) as batch_op:
        batch_op.drop_index("ix_careplan_completions_client_day")

    op.drop_table("careplan_completions")
    with op.batch_alter_table("careplan_homework", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_careplan_homework_goal_id"))
        batch_op.drop_index("ix_careplan_homework_client")

    op.drop_table("careplan_homework")
    with op.batch_alter_table("careplan_goals", schema=None) as batch_op:
        batch_op.drop_index("ix_careplan_goals_client")

    op.drop_table("careplan_goals")
