"""Journal: entry kinds (thought records, their steps encrypted), the prompt an entry answers, and the
prompts shown to each client (so none repeats within 14 days).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 17:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='entry', nullable=False))
        batch_op.add_column(sa.Column('thought_record', alongside.privacy.crypto.EncryptedText(), nullable=True))
        batch_op.add_column(sa.Column('prompt_id', sa.String(length=64), nullable=True))

    op.create_table('journal_prompts_shown',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('prompt_id', sa.String(length=64), nullable=False),
    sa.Column('shown_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('reason', alongside.privacy.crypto.EncryptedText(), nullable=True),
    sa.Column('answered_entry_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answered_entry_id'], ['journal_entries.id'], name=op.f('fk_journal_prompts_shown_answered_entry_id_journal_entries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_journal_prompts_shown_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_prompts_shown'))
    )
    with op.batch_alter_table('journal_prompts_shown', schema=None) as batch_op:
        batch_op.create_index('ix_journal_prompts_shown_client_at', ['client_id', 'shown_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('journal_prompts_shown', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_prompts_shown_client_at')

    op.drop_table('journal_prompts_shown')
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_column('prompt_id')
        batch_op.drop_column('thought_record')
        batch_op.drop_column('kind')
