"""Questionnaires: responses (PHQ-9, GAD-7, WHO-5 answers, score and band) and the schedules
therapists set for their clients.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:43:10.499019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('questionnaire_responses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=16), nullable=False),
    sa.Column('locale', sa.String(length=8), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('difficulty', sa.SmallInteger(), nullable=True),
    sa.Column('raw_total', sa.SmallInteger(), nullable=False),
    sa.Column('total', sa.SmallInteger(), nullable=False),
    sa.Column('band', sa.String(length=32), nullable=False),
    sa.Column('completed_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_questionnaire_responses_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_responses'))
    )
    with op.batch_alter_table('questionnaire_responses', schema=None) as batch_op:
        batch_op.create_index('ix_questionnaire_responses_client', ['client_id', 'instrument', 'completed_at'], unique=False)

    op.create_table('questionnaire_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('therapist_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=16), nullable=False),
    sa.Column('every_days', sa.SmallInteger(), nullable=False),
    sa.Column('next_due_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_questionnaire_schedules_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['therapist_id'], ['users.id'], name=op.f('fk_questionnaire_schedules_therapist_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_schedules')),
    sa.UniqueConstraint('client_id', 'instrument', name=op.f('uq_questionnaire_schedules_client_id_instrument'))
    )
    with op.batch_alter_table('questionnaire_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_schedules_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('questionnaire_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_schedules_client_id'))

    op.drop_table('questionnaire_schedules')
    with op.batch_alter_table('questionnaire_responses', schema=None) as batch_op:
        batch_op.drop_index('ix_questionnaire_responses_client')

    op.drop_table('questionnaire_responses')
