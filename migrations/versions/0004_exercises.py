"""Exercises: the client's log of mindfulness routines (distress before and after, completed or not).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exercise_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('routine', sa.String(length=32), nullable=False),
    sa.Column('started_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('finished_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('duration_seconds', sa.Integer(), nullable=False),
    sa.Column('distress_before', sa.SmallInteger(), nullable=False),
    sa.Column('distress_after', sa.SmallInteger(), nullable=True),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_exercise_sessions_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exercise_sessions'))
    )
    with op.batch_alter_table('exercise_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_exercise_sessions_client', ['client_id', 'started_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exercise_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_exercise_sessions_client')

    op.drop_table('exercise_sessions')
