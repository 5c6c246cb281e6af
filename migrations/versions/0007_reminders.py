"""Reminders: a client's rules (check-in, questionnaire, homework; local times or a random time in a
window; days; expiry), preferences (quiet hours, e-mail), the occurrences with one row per rule and
local slot (planned, sent, opened, answered), their e-mail and web-push deliveries, and the
browsers' push subscriptions.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 18:22:56.745274
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import alongside.kit.orm
import alongside.privacy.crypto


revision = '0007'
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_preferences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('quiet_start', sa.Time(), nullable=True),
    sa.Column('quiet_end', sa.Time(), nullable=True),
    sa.Column('email', sa.Boolean(), nullable=False),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_reminder_preferences_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_preferences')),
    sa.UniqueConstraint('client_id', name=op.f('uq_reminder_preferences_client_id'))
    )
    op.create_table('reminder_push_subscriptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('endpoint', sa.String(length=2000), nullable=False),
    sa.Column('p256dh', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('auth', alongside.privacy.crypto.EncryptedText(), nullable=False),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_reminder_push_subscriptions_client_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_push_subscriptions')),
    sa.UniqueConstraint('endpoint', name=op.f('uq_reminder_push_subscriptions_endpoint'))
    )
    with op.batch_alter_table('reminder_push_subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_push_subscriptions_client_id'), ['client_id'], unique=False)

    op.create_table('reminder_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('checkin', 'questionnaire', 'homework', name='reminderkind', native_enum=False, length=16), nullable=False),
    sa.Column('homework_id', sa.Integer(), nullable=True),
    sa.Column('instrument', sa.String(length=16), nullable=True),
    sa.Column('mode', sa.Enum('fixed', 'random', name='remindermode', native_enum=False, length=16), nullable=False),
    sa.Column('times', sa.JSON(), nullable=False),
    sa.Column('window_start', sa.Time(), nullable=True),
    sa.Column('window_end', sa.Time(), nullable=True),
    sa.Column('weekdays', sa.SmallInteger(), nullable=False),
    sa.Column('expiry_minutes', sa.SmallInteger(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('planned_until', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('updated_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_reminder_rules_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['homework_id'], ['careplan_homework.id'], name=op.f('fk_reminder_rules_homework_id_careplan_homework'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_rules'))
    )
    with op.batch_alter_table('reminder_rules', schema=None) as batch_op:
        batch_op.create_index('ix_reminder_rules_client', ['client_id', 'enabled'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_rules_homework_id'), ['homework_id'], unique=False)

    op.create_table('reminder_occurrences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('checkin', 'questionnaire', 'homework', name='reminderkind', native_enum=False, length=16), nullable=False),
    sa.Column('homework_id', sa.Integer(), nullable=True),
    sa.Column('instrument', sa.String(length=16), nullable=True),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('slot', sa.String(length=8), nullable=False),
    sa.Column('local_time', sa.Time(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('planned_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('expires_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'sent', 'snoozed', 'answered', 'expired', 'skipped', name='occurrencestatus', native_enum=False, length=16), nullable=False),
    sa.Column('adjusted', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('channels', sa.String(length=40), nullable=True),
    sa.Column('sent_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('opened_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('answered_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('snoozed_until', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('resent_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['users.id'], name=op.f('fk_reminder_occurrences_client_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['homework_id'], ['careplan_homework.id'], name=op.f('fk_reminder_occurrences_homework_id_careplan_homework'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['rule_id'], ['reminder_rules.id'], name=op.f('fk_reminder_occurrences_rule_id_reminder_rules'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_occurrences')),
    sa.UniqueConstraint('rule_id', 'local_date', 'slot', name=op.f('uq_reminder_occurrences_rule_id_local_date_slot'))
    )
    with op.batch_alter_table('reminder_occurrences', schema=None) as batch_op:
        batch_op.create_index('ix_reminder_occurrences_client_planned', ['client_id', 'planned_at'], unique=False)
        batch_op.create_index('ix_reminder_occurrences_status_planned', ['status', 'planned_at'], unique=False)

    op.create_table('reminder_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.SmallInteger(), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'sending', 'sent', 'failed', 'expired', name='reminderdeliverystatus', native_enum=False, length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.Column('claimed_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('sent_at', alongside.kit.orm.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('created_at', alongside.kit.orm.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['occurrence_id'], ['reminder_occurrences.id'], name=op.f('fk_reminder_deliveries_occurrence_id_reminder_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subscription_id'], ['reminder_push_subscriptions.id'], name=op.f('fk_reminder_deliveries_subscription_id_reminder_push_subscriptions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_deliveries'))
    )
    with op.batch_alter_table('reminder_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_deliveries_occurrence_id'), ['occurrence_id'], unique=False)
        batch_op.create_index('ix_reminder_deliveries_status_next', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_deliveries_subscription_id'), ['subscription_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reminder_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_deliveries_subscription_id'))
        batch_op.drop_index('ix_reminder_deliveries_status_next')
        batch_op.drop_index(batch_op.f('ix_reminder_deliveries_occurrence_id'))

    op.drop_table('reminder_deliveries')
    with op.batch_alter_table('reminder_occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_reminder_occurrences_status_planned')
        batch_op.drop_index('ix_reminder_occurrences_client_planned')

    op.drop_table('reminder_occurrences')
    with op.batch_alter_table('reminder_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_rules_homework_id'))
        batch_op.drop_index('ix_reminder_rules_client')

    op.drop_table('reminder_rules')
    with op.batch_alter_table('reminder_push_subscriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_push_subscriptions_client_id'))

    op.drop_table('reminder_push_subscriptions')
    op.drop_table('reminder_preferences')
