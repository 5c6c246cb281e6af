"""Record and read audit events. Every clinical read and write calls ``record`` in its transaction."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from alongside.kit.orm import utc_now
from alongside.privacy import repository
from alongside.privacy.models import AuditEntry

if TYPE_CHECKING:
    from alongside.accounts.actor import Actor


class AuditEvent(enum.StrEnum):
    JOURNAL_ENTRY_CREATED = "JOURNAL_ENTRY_CREATED"
    JOURNAL_ENTRY_UPDATED = "JOURNAL_ENTRY_UPDATED"
    JOURNAL_ENTRY_DELETED = "JOURNAL_ENTRY_DELETED"
    JOURNAL_ENTRY_VIEWED = "JOURNAL_ENTRY_VIEWED"
    JOURNAL_LISTED = "JOURNAL_LISTED"
    CHECKIN_CREATED = "CHECKIN_CREATED"
    CHECKINS_VIEWED = "CHECKINS_VIEWED"
    CHECKIN_TAG_CREATED = "CHECKIN_TAG_CREATED"
    CHECKIN_TAG_UPDATED = "CHECKIN_TAG_UPDATED"
    CONSENT_GIVEN = "CONSENT_GIVEN"
    CONSENT_CHANGED = "CONSENT_CHANGED"
    CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN"
    CLIENT_PROFILE_VIEWED = "CLIENT_PROFILE_VIEWED"
    CASELOAD_VIEWED = "CASELOAD_VIEWED"
    AUDIT_LOG_VIEWED = "AUDIT_LOG_VIEWED"
    ENCRYPTION_KEY_ROTATED = "ENCRYPTION_KEY_ROTATED"
    ALERT_RAISED = "ALERT_RAISED"
    ALERT_SIGNAL_ADDED = "ALERT_SIGNAL_ADDED"
    ALERT_VIEWED = "ALERT_VIEWED"
    ALERT_ACKNOWLEDGED = "ALERT_ACKNOWLEDGED"
    ALERT_RESOLVED = "ALERT_RESOLVED"
    SAFETY_PLAN_VIEWED = "SAFETY_PLAN_VIEWED"
    SAFETY_PLAN_UPDATED = "SAFETY_PLAN_UPDATED"
    CONTACT_REQUESTED = "CONTACT_REQUESTED"
    QUESTIONNAIRE_SUBMITTED = "QUESTIONNAIRE_SUBMITTED"
    QUESTIONNAIRES_VIEWED = "QUESTIONNAIRES_VIEWED"
    QUESTIONNAIRE_SCHEDULE_CHANGED = "QUESTIONNAIRE_SCHEDULE_CHANGED"
    EXERCISE_SESSION_LOGGED = "EXERCISE_SESSION_LOGGED"
    EXERCISE_SESSIONS_VIEWED = "EXERCISE_SESSIONS_VIEWED"
    CARE_PLAN_VIEWED = "CARE_PLAN_VIEWED"
    GOAL_CREATED = "GOAL_CREATED"
    GOAL_UPDATED = "GOAL_UPDATED"
    HOMEWORK_CREATED = "HOMEWORK_CREATED"
    HOMEWORK_UPDATED = "HOMEWORK_UPDATED"
    HOMEWORK_COMPLETED = "HOMEWORK_COMPLETED"
    HOMEWORK_COMPLETION_DELETED = "HOMEWORK_COMPLETION_DELETED"
    SESSION_CREATED = "SESSION_CREATED"
    SESSION_UPDATED = "SESSION_UPDATED"
    SESSIONS_VIEWED = "SESSIONS_VIEWED"
    TRANSCRIPT_ADDED = "TRANSCRIPT_ADDED"
    TRANSCRIPT_VIEWED = "TRANSCRIPT_VIEWED"
    TRANSCRIPT_ROLES_CHANGED = "TRANSCRIPT_ROLES_CHANGED"
    NOTE_DRAFTED = "NOTE_DRAFTED"
    NOTE_VIEWED = "NOTE_VIEWED"
    NOTE_UPDATED = "NOTE_UPDATED"
    NOTE_SIGNED = "NOTE_SIGNED"
    NOTE_AMENDED = "NOTE_AMENDED"
    SUMMARY_VIEWED = "SUMMARY_VIEWED"
    RECORD_EXPORTED = "RECORD_EXPORTED"
    COMPANION_MESSAGE_SENT = "COMPANION_MESSAGE_SENT"
    COMPANION_VIEWED = "COMPANION_VIEWED"
    COMPANION_REPLY_REPLACED = "COMPANION_REPLY_REPLACED"
    COMPANION_MEMORY_VIEWED = "COMPANION_MEMORY_VIEWED"
    COMPANION_MEMORY_DELETED = "COMPANION_MEMORY_DELETED"
    REMINDERS_VIEWED = "REMINDERS_VIEWED"
    REMINDER_SETTINGS_CHANGED = "REMINDER_SETTINGS_CHANGED"
    REMINDER_SNOOZED = "REMINDER_SNOOZED"
    FOOTPRINT_IMPORTED = "FOOTPRINT_IMPORTED"
    FOOTPRINT_VIEWED = "FOOTPRINT_VIEWED"
    INSIGHTS_VIEWED = "INSIGHTS_VIEWED"
    TUTOR_REPORT_CREATED = "TUTOR_REPORT_CREATED"
    TUTOR_REPORT_VIEWED = "TUTOR_REPORT_VIEWED"
    TUTOR_CODE_CONTESTED = "TUTOR_CODE_CONTESTED"
    TUTOR_CORRECTION_WITHDRAWN = "TUTOR_CORRECTION_WITHDRAWN"
    TUTOR_TREND_VIEWED = "TUTOR_TREND_VIEWED"
    TUTOR_SUPERVISOR_INVITED = "TUTOR_SUPERVISOR_INVITED"
    TUTOR_SUPERVISION_ACCEPTED = "TUTOR_SUPERVISION_ACCEPTED"
    TUTOR_SUPERVISION_DECLINED = "TUTOR_SUPERVISION_DECLINED"
    TUTOR_SUPERVISION_REVOKED = "TUTOR_SUPERVISION_REVOKED"
    TUTOR_CORRECTIONS_EXPORTED = "TUTOR_CORRECTIONS_EXPORTED"
    INTAKE_STARTED = "INTAKE_STARTED"
    INTAKE_UPDATED = "INTAKE_UPDATED"
    INTAKE_SUBMITTED = "INTAKE_SUBMITTED"
    INTAKE_VIEWED = "INTAKE_VIEWED"
    INTAKE_REVIEWED = "INTAKE_REVIEWED"
    REFERRAL_PROPOSED = "REFERRAL_PROPOSED"
    REFERRAL_ACCEPTED = "REFERRAL_ACCEPTED"
    REFERRAL_DECLINED = "REFERRAL_DECLINED"
    REFERRAL_CLOSED = "REFERRAL_CLOSED"
    WAITING_LIST_VIEWED = "WAITING_LIST_VIEWED"
    INTAKE_FIGURES_VIEWED = "INTAKE_FIGURES_VIEWED"
    INTAKE_SETTINGS_CHANGED = "INTAKE_SETTINGS_CHANGED"


def record(
    session: Session,
    actor: Actor | None,
    event: AuditEvent,
    *,
    subject_id: int | None,
    object_type: str | None = None,
    object_id: int | None = None,
    extra: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit row to the caller's transaction (it commits or rolls back with the data)."""
    entry = AuditEntry(
        actor_id=actor.user_id if actor else None,
        actor_role=str(actor.role) if actor else "system",
        event=str(event),
        subject_id=subject_id,
        object_type=object_type,
        object_id=object_id,
        extra=extra,
    )
    repository.AuditRepository(session).add(entry)
    return entry


def record_many(
    session: Session, actor: Actor | None, event: AuditEvent, subjects: list[tuple[int, dict[str, Any] | None]]
) -> None:
    """The same event about many clients, e.g. a caseload page: one row per (subject id, extra), written
    in one statement so a long list costs no more queries than a short one."""
    at = utc_now()
    repository.AuditRepository(session).add_many(
        [
            {
                "at": at,
                "actor_id": actor.user_id if actor else None,
                "actor_role": str(actor.role) if actor else "system",
                "event": str(event),
                "subject_id": subject_id,
                "object_type": None,
                "object_id": None,
                "extra": extra,
            }
            for subject_id, extra in subjects
        ]
    )
