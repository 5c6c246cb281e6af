"""Companion: conversations, messages (encrypted), and each client's memory summary.

A branch from 0006 beside the other domains' revisions; the app migrates to all heads.

Revision ID: 0011
Revises: 0006
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "companion_conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("started_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.Column("last_message_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=True),
        sa.Column("skill_step", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["users.id"], name=op.f("fk_companion_conversations_client_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_conversations")),
    )
    with op.batch_alter_table("companion_conversations", schema=None) as batch_op:
        batch_op.create_index("ix_companion_conversations_client_last", ["client_id", "last_message_at"], unique=False)

    op.create_table(
        "companion_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("content", alongside.privacy.crypto.EncryptedText(), nullable=False),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.Column("risk_level", sa.String(length=16), nullable=True),
        sa.Column("actions", sa.JSON(), nullable=True),
        sa.Column("stance", sa.String(length=32), nullable=True),
        sa.Column("skill", sa.String(length=40), nullable=True),
        sa.Column("skill_step", sa.SmallInteger(), nullable=True),
        sa.Column("responder", sa.String(length=16), nullable=True),
        sa.Column("replaced", sa.Boolean(), nullable=False),
        sa.Column("check_failures", sa.JSON(), nullable=True),
        sa.Column("notice", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["users.id"], name=op.f("fk_companion_messages_client_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["conversation_id"], ["companion_conversations.id"],
                                name=op.f("fk_companion_messages_conversation_id_companion_conversations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_messages")),
    )
    with op.batch_alter_table("companion_messages", schema=None) as batch_op:
        batch_op.create_index("ix_companion_messages_conversation_at", ["conversation_id", "created_at"], unique=False)
        batch_op.create_index("ix_companion_messages_client_at", ["client_id", "created_at"], unique=False)

    op.create_table(
        "companion_memories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("themes", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column("helped", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column("updated_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.Column("cleared_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["users.id"], name=op.f("fk_companion_memories_client_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_memories")),
        sa.UniqueConstraint("client_id", name=op.f("uq_companion_memories_client_id")),
    )


def downgrade() -> None:
    op.drop_table("companion_memories")
    with op.batch_alter_table("companion_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_companion_messages_client_at")
        batch_op.drop_index("ix_companion_messages_conversation_at")
    op.drop_table("companion_messages")
    with op.batch_alter_table("companion_conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_companion_conversations_client_last")
    op.drop_table("companion_conversations")
