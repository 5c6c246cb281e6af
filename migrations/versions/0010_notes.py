"""Notes: therapy sessions (planned, held, cancelled), transcripts parsed into numbered lines, and
notes with their versions (drafts, signed versions that never change, amendments).

A branch from 0006 beside the other domains' revisions; the app migrates to all heads.

Revision ID: 0010
Revises: 0006
Create Date: 2026-11-23 18:22:39.725355
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = '0010'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('therapy_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('therapist_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('duration_minutes', sa.SmallInteger(), nullable=False),
    sa.Column('modality', sa.Enum('in_person', 'video', 'phone', name='modality', native_enum=False, length=16), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='sessionstatus', native_enum=False, length=16), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_therapy_sessions_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['therapist_id'], ['users.id'], name=op.f('fk_therapy_sessions_therapist_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_therapy_sessions'))
    )
    with op.batch_alter_table('therapy_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_therapy_sessions_client_starts', ['client_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_therapy_sessions_therapist_starts', ['therapist_id', 'starts_at'], unique=False)

    op.create_table('session_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.Enum('soap', 'dap', 'birp', name='noteformat', native_enum=False, length=16), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_session_notes_author_id_users')),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_session_notes_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['therapy_sessions.id'], name=op.f('fk_session_notes_session_id_therapy_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_notes')),
    sa.UniqueConstraint('session_id', name=op.f('uq_session_notes_session_id'))
    )
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_notes_client_id'), ['client_id'], unique=False)

    op.create_table('session_transcripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('pasted', 'typed', 'text', 'vtt', 'docx', name='transcriptsource', native_enum=False, length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('lines', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('speakers', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('risk_level', sa.String(length=16), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_session_transcripts_added_by_id_users')),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_session_transcripts_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['therapy_sessions.id'], name=op.f('fk_session_transcripts_session_id_therapy_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_transcripts'))
    )
    with op.batch_alter_table('session_transcripts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_transcripts_session_id'), ['session_id'], unique=False)

    op.create_table('session_note_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.SmallInteger(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'signed', name='versionstatus', native_enum=False, length=16), nullable=False),
    sa.Column('drafter', sa.String(length=32), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=True),
    sa.Column('content', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('amendment_reason', alongside.privacy.crypto.EncryptedText(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('signed_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('signed_by_id', sa.Integer(), nullable=True),
    sa.Column('content_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['session_note_versions.id'], name=op.f('fk_session_note_versions_amends_id_session_note_versions')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_session_note_versions_created_by_id_users')),
    sa.ForeignKeyConstraint(['note_id'], ['session_notes.id'], name=op.f('fk_session_note_versions_note_id_session_notes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signed_by_id'], ['users.id'], name=op.f('fk_session_note_versions_signed_by_id_users')),
    sa.ForeignKeyConstraint(['transcript_id'], ['session_transcripts.id'], name=op.f('fk_session_note_versions_transcript_id_session_transcripts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_note_versions')),
    sa.UniqueConstraint('note_id', 'number', name=op.f('uq_session_note_versions_note_id_number'))
    )
    with op.batch_alter_table('session_note_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_note_versions_note_id'), ['note_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_note_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_note_versions_note_id'))

    op.drop_table('session_note_versions')
    with op.batch_alter_table('session_transcripts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_transcripts_session_id'))

    op.drop_table('session_transcripts')
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_notes_client_id'))

    op.drop_table('session_notes')
    with op.batch_alter_table('therapy_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_therapy_sessions_therapist_starts')
        batch_op.drop_index('ix_therapy_sessions_client_starts')

    op.drop_table('therapy_sessions')
