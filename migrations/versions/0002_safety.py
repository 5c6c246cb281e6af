"""Safety: alerts and their signals, the notification outbox, escalation policies, safety plans,
crisis-line overrides, per-client safety settings; risk level on journal entries and check-ins;
organisation time zone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:56:06.610561
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('status', sa.Enum('open', 'acknowledged', 'resolved', name='alertstatus', native_enum=False, length=16), nullable=False),
    sa.Column('deadline_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('stage', sa.SmallInteger(), nullable=False),
    sa.Column('last_signal_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.Column('acknowledged_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolved_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('outcome_note', alongside.privacy.crypto.EncryptedText(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['users.id'], name=op.f('fk_alerts_acknowledged_by_id_users')),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_alerts_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_alerts_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'], name=op.f('fk_alerts_resolved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index('ix_alerts_client_status', ['client_id', 'status'], unique=False)
        batch_op.create_index('ix_alerts_status_deadline', ['status', 'deadline_at'], unique=False)

    op.create_table('client_safety',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('silence_days', sa.SmallInteger(), nullable=True),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_client_safety_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_safety')),
    sa.UniqueConstraint('client_id', name=op.f('uq_client_safety_client_id'))
    )
    op.create_table('crisis_resource_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_crisis_resource_overrides_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_crisis_resource_overrides_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_resource_overrides')),
    sa.UniqueConstraint('organisation_id', 'country', name=op.f('uq_crisis_resource_overrides_organisation_id_country'))
    )
    op.create_table('escalation_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('imminent_minutes', sa.Integer(), nullable=False),
    sa.Column('high_minutes', sa.Integer(), nullable=False),
    sa.Column('moderate_hour', sa.SmallInteger(), nullable=False),
    sa.Column('backup_clinician_id', sa.Integer(), nullable=True),
    sa.Column('alert_from_level', sa.String(length=16), nullable=False),
    sa.Column('email_enabled', sa.Boolean(), nullable=False),
    sa.Column('webhook_url', sa.String(length=500), nullable=True),
    sa.Column('webhook_secret', alongside.privacy.crypto.EncryptedText(), nullable=True),
    sa.Column('silence_days', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['backup_clinician_id'], ['users.id'], name=op.f('fk_escalation_policies_backup_clinician_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_escalation_policies_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_policies')),
    sa.UniqueConstraint('organisation_id', name=op.f('uq_escalation_policies_organisation_id'))
    )
    op.create_table('safety_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('content', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_safety_plans_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_safety_plans_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plans')),
    sa.UniqueConstraint('client_id', name=op.f('uq_safety_plans_client_id'))
    )
    op.create_table('alert_signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('codes', sa.JSON(), nullable=False),
    sa.Column('evidence', alongside.privacy.crypto.EncryptedText(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_alert_signals_alert_id_alerts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_signals'))
    )
    with op.batch_alter_table('alert_signals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_signals_alert_id'), ['alert_id'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.Enum('in_app', 'email', 'webhook', name='channel', native_enum=False, length=16), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'sent', 'retrying', name='deliverystatus', native_enum=False, length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('sent_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('read_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_notifications_alert_id_alerts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_notifications_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['recipient_id'], ['users.id'], name=op.f('fk_notifications_recipient_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_alert_id'), ['alert_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notifications_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index('ix_notifications_status_next', ['status', 'next_attempt_at'], unique=False)

    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('risk_level', sa.String(length=16), nullable=True))

    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('risk_level', sa.String(length=16), nullable=True))

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=False, server_default='Europe/Amsterdam'))




def downgrade() -> None:

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_column('timezone')

    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_column('risk_level')

    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.drop_column('risk_level')

    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_status_next')
        batch_op.drop_index(batch_op.f('ix_notifications_recipient_id'))
        batch_op.drop_index(batch_op.f('ix_notifications_alert_id'))

    op.drop_table('notifications')
    with op.batch_alter_table('alert_signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_signals_alert_id'))

    op.drop_table('alert_signals')
    op.drop_table('safety_plans')
    op.drop_table('escalation_policies')
    op.drop_table('crisis_resource_overrides')
    op.drop_table('client_safety')
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_status_deadline')
        batch_op.drop_index('ix_alerts_client_status')

    op.drop_table('alerts')

