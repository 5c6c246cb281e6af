"""Tutor: coded sessions, contested codes kept as corrections, supervisor invitations.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tutor_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("transcript_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("session_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("turns", alongside.privacy.crypto.EncryptedText(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("feedback", alongside.privacy.crypto.EncryptedText(), nullable=False),
        sa.Column("feedback_source", sa.String(length=24), nullable=False),
        sa.Column("feedback_note", sa.String(length=24), nullable=True),
        sa.Column("updated_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["therapist_id"], ["users.id"], name=op.f("fk_tutor_reports_therapist_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["therapy_sessions.id"],
            name=op.f("fk_tutor_reports_session_id_therapy_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["session_transcripts.id"],
            name=op.f("fk_tutor_reports_transcript_id_session_transcripts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["users.id"], name=op.f("fk_tutor_reports_client_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tutor_reports")),
        sa.UniqueConstraint(
            "therapist_id",
            "session_id",
            "transcript_id",
            name=op.f("uq_tutor_reports_therapist_id_session_id_transcript_id"),
        ),
    )
    with op.batch_alter_table("tutor_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tutor_reports_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_tutor_reports_therapist_session_at", ["therapist_id", "session_at"], unique=False)

    op.create_table(
        "tutor_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=24), nullable=False),
        sa.Column("model_code", sa.String(length=24), nullable=False),
        sa.Column("therapist_code", sa.String(length=24), nullable=False),
        sa.Column("comment", alongside.privacy.crypto.EncryptedText(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["tutor_reports.id"],
            name=op.f("fk_tutor_corrections_report_id_tutor_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["therapist_id"], ["users.id"], name=op.f("fk_tutor_corrections_therapist_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tutor_corrections")),
        sa.UniqueConstraint(
            "report_id", "turn", "dimension", name=op.f("uq_tutor_corrections_report_id_turn_dimension")
        ),
    )
    with op.batch_alter_table("tutor_corrections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tutor_corrections_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tutor_corrections_therapist_id"), ["therapist_id"], unique=False)

    op.create_table(
        "tutor_supervisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("pending", "active", "declined", "revoked", name="supervisionstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("responded_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("revoked_at", alongside.kit.orm.UTCDateTime(), nullable=True),
        sa.Column("created_at", alongside.kit.orm.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tutor_supervisions_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["therapist_id"], ["users.id"], name=op.f("fk_tutor_supervisions_therapist_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["users.id"],
            name=op.f("fk_tutor_supervisions_supervisor_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tutor_supervisions")),
        sa.UniqueConstraint(
            "therapist_id", "supervisor_id", name=op.f("uq_tutor_supervisions_therapist_id_supervisor_id")
        ),
    )
    with op.batch_alter_table("tutor_supervisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tutor_supervisions_supervisor_id"), ["supervisor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tutor_supervisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tutor_supervisions_supervisor_id"))
    op.drop_table("tutor_supervisions")
    with op.batch_alter_table("tutor_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tutor_corrections_therapist_id"))
        batch_op.drop_index(batch_op.f("ix_tutor_corrections_report_id"))
    op.drop_table("tutor_corrections")
    with op.batch_alter_table("tutor_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_tutor_reports_therapist_session_at")
        batch_op.drop_index(batch_op.f("ix_tutor_reports_client_id"))
    op.drop_table("tutor_reports")
