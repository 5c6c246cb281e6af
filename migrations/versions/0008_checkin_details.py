"""Check-in details: sleep (hours in half hours, quality 1–5), emotions from a fixed list, and tags
(the default set plus each client's own, names encrypted) linked to check-ins.

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sleep_half_hours", sa.SmallInteger(), nullable=True))
        batch_op.add_column(sa.Column("sleep_quality", sa.SmallInteger(), nullable=True))
        batch_op.add_column(sa.Column("emotions", sa.String(length=400), nullable=True))

    op.create_table(
        "checkin_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column(
            "group",
            sa.Enum("activities", "people", "places", name="taggroup", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("default_key", sa.String(length=32), nullable=True),
        sa.Column("name", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("updated_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_checkin_tags_client_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_tags")),
        sa.UniqueConstraint("client_id", "default_key", name=op.f("uq_checkin_tags_client_id_default_key")),
    )
    with op.batch_alter_table("checkin_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_tags_client_id"), ["client_id"], unique=False)

    op.create_table(
        "checkin_tag_links",
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkins.id"], name=op.f("fk_checkin_tag_links_checkin_id_checkins"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["checkin_tags.id"], name=op.f("fk_checkin_tag_links_tag_id_checkin_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("checkin_id", "tag_id", name=op.f("pk_checkin_tag_links")),
    )
    with op.batch_alter_table("checkin_tag_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_tag_links_tag_id"), ["tag_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checkin_tag_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_tag_links_tag_id"))
    op.drop_table("checkin_tag_links")
    with op.batch_alter_table("checkin_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_tags_client_id"))
    op.drop_table("checkin_tags")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_column("emotions")
        batch_op.drop_column("sleep_quality")
        batch_op.drop_column("sleep_half_hours")
