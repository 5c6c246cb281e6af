"""Every route of the app is classified; every route that touches client data is tried as an outsider
therapist and as another client, who must get 404 (existence is not revealed) and change nothing.

A new route that is neither in ``CLIENT_DATA`` nor in ``NOT_CLIENT_DATA`` fails
``test_every_route_is_classified`` until someone writes its authorisation case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from alongside.careplan.models import Goal, Homework, HomeworkCompletion, ReminderOccurrence, ReminderRule
from alongside.checkins.models import CheckInTag
from alongside.companion.models import Message as CompanionMessage
from alongside.exercises.models import ExerciseSession
from alongside.journal.models import JournalEntry
from alongside.notes.models import Note, NoteVersion, TherapySession, Transcript
from alongside.questionnaires.models import QuestionnaireResponse, QuestionnaireSchedule
from alongside.safety.models import Alert, SafetyPlan
from tests.personas import (
    BEN_CHAT,
    BEN_GOAL,
    BEN_HOMEWORK,
    BEN_HOMEWORK_NOTE,
    BEN_NOTE,
    BEN_PLAN,
    BEN_PRIVATE,
    BEN_RISK,
    BEN_SHARED,
    BEN_TAG,
    Personas,
)


@dataclass(frozen=True)
class Case:
    """``path`` builds the URL from the personas; ``allowed`` is the persona for whom it works."""

    path: Callable[[Personas], str]
    allowed: str
    json: dict | None = None
    form: dict | Callable[[Personas], dict] | None = None
    # For lists that exist for everyone: outsiders get 200 or 404 but never see ``marker``.
    marker: str | None = None
    ok: tuple[int, ...] = (200, 201, 204, 303)
    outsiders: tuple[str, ...] = ("outsider_therapist", "client_cleo")
    headers: dict | None = None
    extra: dict = field(default_factory=dict)


def ben(p: Personas) -> int:
    return p.client_ben.id


# Ben's shared entry ("I argued with my sister again") makes his journal prompt one about relationships,
# with this reason; Cleo has written nothing, so hers never says it (see tests/journal/test_prompts.py).
BEN_PROMPT_REASON = "you wrote about the people close to you"


def ben_walk(p: Personas) -> str:
    """Ben's homework as the client reaches it."""
    return f"/care-plan/homework/{p.ben_homework.id}"


def ben_plan(p: Personas) -> str:
    """Ben's care plan as his therapist reaches it."""
    return f"/clients/{ben(p)}/care-plan"


# Ben's sessions with Ana (added by the ``personas`` fixture below): one held two hours ago with a
# transcript and a draft note, one held yesterday with a signed note.
BEN_TRANSCRIPT = (
    "Therapist: How was the week?\nBen: Ben transcript marker: I slept badly and felt low.\n"
    "Therapist: Let's try a thought record this week.\nBen: I will try that every evening."
)


def ben_session(p: Personas) -> str:
    return f"/sessions/{p.ben_therapy_session.id}"


def ben_note(p: Personas) -> str:
    return f"/notes/{p.ben_draft_note.id}"


def ben_signed(p: Personas) -> str:
    return f"/notes/{p.ben_signed_note.id}"


def ben_speakers(p: Personas) -> str:
    return f"{ben_session(p)}/transcript/{p.ben_transcript.id}/speakers"


def _draft_form(p: Personas) -> dict:
    return {"s-subjective-0": "overwritten", "r-subjective-0": "line:2"}


def _sentences() -> dict:
    return {"sections": [{"key": "subjective", "sentences": [{"text": "overwritten", "refs": ["line:2"]}]}]}


def ben_rule(p: Personas) -> str:
    """Ben's reminder rule on his settings page."""
    return f"/reminders/settings/rules/{p.ben_reminder_rule.id}"


# Ben's reminder for his walk has come: the inbox and the banner show it (the banner by kind only).
BEN_REMINDER_BANNER = "A reminder for your homework."


# Ben self-referred before he joined Ana's care team: his intake was sent and waits for review by the
# intake team (Ana; Otto is not on it). Added by the ``personas`` fixture below.
BEN_INTAKE = "Ben intake marker: I cannot focus at work any more"


def ben_referral(p: Personas) -> str:
    return f"/referrals/{p.ben_referral.id}"


CLIENT_DATA: dict[tuple[str, str], Case] = {
    # JSON API
    ("GET", "/api/journal"): Case(lambda p: "/api/journal", "client_ben", marker=BEN_PRIVATE),
    ("GET", "/api/journal/{entry_id}"): Case(lambda p: f"/api/journal/{p.ben_shared_entry.id}", "therapist_ana"),
    ("PATCH", "/api/journal/{entry_id}"): Case(
        lambda p: f"/api/journal/{p.ben_private_entry.id}", "client_ben", json={"body": "overwritten"}
    ),
    ("DELETE", "/api/journal/{entry_id}"): Case(lambda p: f"/api/journal/{p.ben_private_entry.id}", "client_ben"),
    ("GET", "/api/clients/{client_id}/journal"): Case(lambda p: f"/api/clients/{ben(p)}/journal", "therapist_ana"),
    ("GET", "/api/checkins"): Case(lambda p: "/api/checkins", "client_ben", marker=BEN_NOTE),
    ("GET", "/api/clients/{client_id}/checkins"): Case(lambda p: f"/api/clients/{ben(p)}/checkins", "therapist_ana"),
    # Check-in details: the calendar, the client's own tags (names are their words) and patterns
    ("GET", "/api/checkins/calendar"): Case(
        lambda p: "/api/checkins/calendar", "client_ben", marker='"sleep_hours":6.5'
    ),
    ("GET", "/api/checkins/tags"): Case(lambda p: "/api/checkins/tags", "client_ben", marker=BEN_TAG),
    ("PATCH", "/api/checkins/tags/{ref}"): Case(
        lambda p: f"/api/checkins/tags/{p.ben_tag_ref}", "client_ben", json={"name": "overwritten", "hidden": True}
    ),
    ("GET", "/api/clients/{client_id}/checkins/patterns"): Case(
        lambda p: f"/api/clients/{ben(p)}/checkins/patterns", "therapist_ana"
    ),
    ("GET", "/checkins/calendar"): Case(
        lambda p: "/checkins/calendar", "client_ben", marker="hours of sleep", headers={"HX-Request": "true"}
    ),
    ("GET", "/checkins/tags"): Case(lambda p: "/checkins/tags", "client_ben", marker=BEN_TAG),
    ("POST", "/checkins/tags/{ref}"): Case(
        lambda p: f"/checkins/tags/{p.ben_tag_ref}", "client_ben", form={"name": "overwritten"}
    ),
    ("GET", "/api/clients"): Case(lambda p: "/api/clients", "therapist_ana", marker='"Ben"'),
    ("GET", "/api/caseload"): Case(lambda p: "/api/caseload", "therapist_ana", marker='"Ben"'),
    ("GET", "/api/care-team"): Case(lambda p: "/api/care-team", "client_ben", marker='"Ana"'),
    ("PUT", "/api/care-team/{link_id}/consent"): Case(
        lambda p: f"/api/care-team/{p.ben_link.id}/consent", "client_ben", json={"journal": True}
    ),
    ("DELETE", "/api/care-team/{link_id}"): Case(lambda p: f"/api/care-team/{p.ben_link.id}", "client_ben"),
    ("GET", "/api/access-log"): Case(lambda p: "/api/access-log", "client_ben", marker="Ana"),
    # Pages
    ("GET", "/home"): Case(lambda p: "/home", "client_ben", marker="Sister"),
    ("GET", "/journal"): Case(lambda p: "/journal", "client_ben", marker="Ben private marker"),
    ("GET", "/journal/{entry_id}"): Case(lambda p: f"/journal/{p.ben_private_entry.id}", "client_ben"),
    # Journal prompts are chosen from the client's own data; the reason shown says which
    ("GET", "/journal/new"): Case(lambda p: "/journal/new", "client_ben", marker=BEN_PROMPT_REASON),
    ("POST", "/journal/prompt/another"): Case(
        lambda p: "/journal/prompt/another", "client_ben", marker=BEN_PROMPT_REASON, headers={"HX-Request": "true"}
    ),
    ("GET", "/api/journal/prompt"): Case(lambda p: "/api/journal/prompt", "client_ben", marker=BEN_PROMPT_REASON),
    ("POST", "/api/journal/prompt/another"): Case(
        lambda p: "/api/journal/prompt/another", "client_ben", marker=BEN_PROMPT_REASON
    ),
    ("GET", "/journal/{entry_id}/edit"): Case(lambda p: f"/journal/{p.ben_private_entry.id}/edit", "client_ben"),
    ("POST", "/journal/{entry_id}/edit"): Case(
        lambda p: f"/journal/{p.ben_private_entry.id}/edit", "client_ben", form={"body": "overwritten"}
    ),
    ("POST", "/journal/{entry_id}/share"): Case(
        lambda p: f"/journal/{p.ben_private_entry.id}/share", "client_ben", form={"shared": "1"}
    ),
    ("POST", "/journal/{entry_id}/delete"): Case(lambda p: f"/journal/{p.ben_private_entry.id}/delete", "client_ben"),
    ("GET", "/checkins"): Case(lambda p: "/checkins", "client_ben", marker=BEN_NOTE),
    ("GET", "/care-team"): Case(lambda p: "/care-team", "client_ben", marker="Ana"),
    ("POST", "/care-team/{link_id}/consent"): Case(
        lambda p: f"/care-team/{p.ben_link.id}/consent", "client_ben", form={"share": "checkins"}
    ),
    ("POST", "/care-team/{link_id}/withdraw"): Case(lambda p: f"/care-team/{p.ben_link.id}/withdraw", "client_ben"),
    ("GET", "/caseload"): Case(lambda p: "/caseload", "therapist_ana", marker=">Ben<"),
    ("GET", "/clients/{client_id}"): Case(lambda p: f"/clients/{ben(p)}", "therapist_ana"),
    ("GET", "/clients/{client_id}/timeline"): Case(lambda p: f"/clients/{ben(p)}/timeline", "therapist_ana"),
    ("GET", "/api/clients/{client_id}/timeline"): Case(lambda p: f"/api/clients/{ben(p)}/timeline", "therapist_ana"),
    ("POST", "/clients/{client_id}/alerts/{alert_id}/acknowledge"): Case(
        lambda p: f"/clients/{ben(p)}/alerts/{p.ben_alert.id}/acknowledge", "therapist_ana"
    ),
    ("POST", "/clients/{client_id}/alerts/{alert_id}/resolve"): Case(
        lambda p: f"/clients/{ben(p)}/alerts/{p.ben_alert.id}/resolve",
        "therapist_ana",
        form={"outcome_note": "Called Ben."},
    ),
    ("GET", "/privacy/access-log"): Case(lambda p: "/privacy/access-log", "client_ben", marker="Ana"),
    # Safety: alerts (risk goes to the care team whatever the consent) and the safety plan
    ("GET", "/api/alerts"): Case(lambda p: "/api/alerts", "therapist_ana", marker='"Ben"'),
    ("GET", "/api/alerts/{alert_id}"): Case(lambda p: f"/api/alerts/{p.ben_alert.id}", "therapist_ana"),
    ("POST", "/api/alerts/{alert_id}/acknowledge"): Case(
        lambda p: f"/api/alerts/{p.ben_alert.id}/acknowledge", "therapist_ana"
    ),
    ("POST", "/api/alerts/{alert_id}/resolve"): Case(
        lambda p: f"/api/alerts/{p.ben_alert.id}/resolve", "therapist_ana", json={"outcome_note": "Called Ben."}
    ),
    ("GET", "/alerts"): Case(lambda p: "/alerts", "therapist_ana", marker="<strong>Ben</strong>"),
    ("GET", "/alerts/{alert_id}"): Case(lambda p: f"/alerts/{p.ben_alert.id}", "therapist_ana"),
    ("POST", "/alerts/{alert_id}/acknowledge"): Case(
        lambda p: f"/alerts/{p.ben_alert.id}/acknowledge", "therapist_ana"
    ),
    ("POST", "/alerts/{alert_id}/resolve"): Case(
        lambda p: f"/alerts/{p.ben_alert.id}/resolve", "therapist_ana", form={"outcome_note": "Called Ben."}
    ),
    ("GET", "/api/safety-plan"): Case(lambda p: "/api/safety-plan", "client_ben", marker=BEN_PLAN),
    ("GET", "/safety-plan"): Case(lambda p: "/safety-plan", "client_ben", marker=BEN_PLAN),
    ("GET", "/api/clients/{client_id}/safety-plan"): Case(
        lambda p: f"/api/clients/{ben(p)}/safety-plan", "therapist_ana"
    ),
    ("PUT", "/api/clients/{client_id}/safety-plan"): Case(
        lambda p: f"/api/clients/{ben(p)}/safety-plan", "therapist_ana", json={"warning_signs": ["x"]}
    ),
    ("GET", "/clients/{client_id}/safety-plan"): Case(lambda p: f"/clients/{ben(p)}/safety-plan", "therapist_ana"),
    ("POST", "/clients/{client_id}/safety-plan"): Case(
        lambda p: f"/clients/{ben(p)}/safety-plan", "therapist_ana", form={"warning_signs": "x"}
    ),
    ("GET", "/help"): Case(lambda p: "/help", "client_ben", marker=BEN_PLAN),
    ("POST", "/clients/{client_id}/silence-days"): Case(
        lambda p: f"/clients/{ben(p)}/silence-days", "therapist_ana", form={"silence_days": "5"}
    ),
    # Questionnaires: results for the client and for therapists the client shares them with
    ("GET", "/api/questionnaires"): Case(lambda p: "/api/questionnaires", "client_ben", marker='"band":"moderate"'),
    ("GET", "/api/questionnaires/responses"): Case(
        lambda p: "/api/questionnaires/responses", "client_ben", marker='"band":"moderate"'
    ),
    ("GET", "/api/questionnaires/responses/{response_id}"): Case(
        lambda p: f"/api/questionnaires/responses/{p.ben_phq9.id}", "therapist_ana"
    ),
    ("GET", "/api/clients/{client_id}/questionnaires"): Case(
        lambda p: f"/api/clients/{ben(p)}/questionnaires", "therapist_ana"
    ),
    ("PUT", "/api/clients/{client_id}/questionnaires/schedules/{instrument}"): Case(
        lambda p: f"/api/clients/{ben(p)}/questionnaires/schedules/gad7", "therapist_ana", json={"every_days": 14}
    ),
    ("DELETE", "/api/clients/{client_id}/questionnaires/schedules/{instrument}"): Case(
        lambda p: f"/api/clients/{ben(p)}/questionnaires/schedules/phq9", "therapist_ana"
    ),
    ("GET", "/questionnaires"): Case(lambda p: "/questionnaires", "client_ben", marker="Last time: 13"),
    ("GET", "/questionnaires/responses/{response_id}"): Case(
        lambda p: f"/questionnaires/responses/{p.ben_phq9.id}", "client_ben"
    ),
    ("POST", "/clients/{client_id}/questionnaires/schedule"): Case(
        lambda p: f"/clients/{ben(p)}/questionnaires/schedule",
        "therapist_ana",
        form={"instrument": "gad7", "every_days": "14"},
    ),
    # Exercises: the client's log, and therapists while the client shares check-ins
    ("GET", "/api/exercises/sessions"): Case(
        lambda p: "/api/exercises/sessions", "client_ben", marker='"distress_before":9,"distress_after":3'
    ),
    ("GET", "/api/clients/{client_id}/exercises/sessions"): Case(
        lambda p: f"/api/clients/{ben(p)}/exercises/sessions", "therapist_ana"
    ),
    ("GET", "/exercises/log"): Case(lambda p: "/exercises/log", "client_ben", marker="9 → 3"),
    # Care plan: the client and the therapists of their active care team (no consent scope needed)
    ("GET", "/api/care-plan"): Case(lambda p: "/api/care-plan", "client_ben", marker=BEN_HOMEWORK_NOTE),
    ("POST", "/api/care-plan/homework/{homework_id}/completions"): Case(
        lambda p: f"/api{ben_walk(p)}/completions", "client_ben", json={"note": "overwritten"}
    ),
    ("DELETE", "/api/care-plan/homework/{homework_id}/completions/{done_on}"): Case(
        lambda p: f"/api{ben_walk(p)}/completions/{p.ben_completion.done_on}", "client_ben"
    ),
    ("GET", "/api/clients/{client_id}/care-plan"): Case(lambda p: f"/api{ben_plan(p)}", "therapist_ana"),
    ("POST", "/api/clients/{client_id}/care-plan/goals"): Case(
        lambda p: f"/api{ben_plan(p)}/goals", "therapist_ana", json={"title": "overwritten"}
    ),
    ("PATCH", "/api/clients/{client_id}/care-plan/goals/{goal_id}"): Case(
        lambda p: f"/api{ben_plan(p)}/goals/{p.ben_goal.id}", "therapist_ana", json={"status": "dropped"}
    ),
    ("POST", "/api/clients/{client_id}/care-plan/homework"): Case(
        lambda p: f"/api{ben_plan(p)}/homework", "therapist_ana", json={"title": "overwritten", "schedule": 2}
    ),
    ("PATCH", "/api/clients/{client_id}/care-plan/homework/{homework_id}"): Case(
        lambda p: f"/api{ben_plan(p)}/homework/{p.ben_homework.id}", "therapist_ana", json={"active": False}
    ),
    ("GET", "/care-plan"): Case(lambda p: "/care-plan", "client_ben", marker=BEN_HOMEWORK_NOTE),
    ("POST", "/care-plan/homework/{homework_id}/done"): Case(
        lambda p: f"{ben_walk(p)}/done", "client_ben", form={"note": "overwritten"}
    ),
    ("POST", "/care-plan/homework/{homework_id}/undo"): Case(
        lambda p: f"{ben_walk(p)}/undo?done_on={p.ben_completion.done_on}", "client_ben"
    ),
    ("GET", "/clients/{client_id}/care-plan"): Case(ben_plan, "therapist_ana"),
    ("GET", "/clients/{client_id}/care-plan/section"): Case(lambda p: f"{ben_plan(p)}/section", "therapist_ana"),
    ("POST", "/clients/{client_id}/care-plan/goals"): Case(
        lambda p: f"{ben_plan(p)}/goals", "therapist_ana", form={"title": "overwritten"}
    ),
    ("GET", "/clients/{client_id}/care-plan/goals/{goal_id}/edit"): Case(
        lambda p: f"{ben_plan(p)}/goals/{p.ben_goal.id}/edit", "therapist_ana"
    ),
    ("POST", "/clients/{client_id}/care-plan/goals/{goal_id}"): Case(
        lambda p: f"{ben_plan(p)}/goals/{p.ben_goal.id}", "therapist_ana", form={"title": "overwritten"}
    ),
    ("POST", "/clients/{client_id}/care-plan/homework"): Case(
        lambda p: f"{ben_plan(p)}/homework", "therapist_ana", form={"title": "overwritten", "schedule": "2"}
    ),
    # Companion: the client's conversations and memory; therapists only with the companion consent
    ("GET", "/api/companion/messages"): Case(lambda p: "/api/companion/messages", "client_ben", marker=BEN_CHAT),
    ("GET", "/companion"): Case(lambda p: "/companion", "client_ben", marker=BEN_CHAT),
    ("GET", "/companion/messages/{message_id}/reply"): Case(
        lambda p: f"/companion/messages/{p.ben_chat_pending.id}/reply", "client_ben"
    ),
    ("GET", "/api/companion/memory"): Case(
        lambda p: "/api/companion/memory", "client_ben", marker="topic:relationship"
    ),
    ("GET", "/companion/memory"): Case(lambda p: "/companion/memory", "client_ben", marker="your relationship"),
    ("GET", "/api/clients/{client_id}/companion"): Case(lambda p: f"/api/clients/{ben(p)}/companion", "therapist_ana"),
    ("GET", "/clients/{client_id}/companion"): Case(lambda p: f"/clients/{ben(p)}/companion", "therapist_ana"),
    ("GET", "/clients/{client_id}/care-plan/homework/{homework_id}/edit"): Case(
        lambda p: f"{ben_plan(p)}/homework/{p.ben_homework.id}/edit", "therapist_ana"
    ),
    ("POST", "/clients/{client_id}/care-plan/homework/{homework_id}"): Case(
        lambda p: f"{ben_plan(p)}/homework/{p.ben_homework.id}",
        "therapist_ana",
        form={"title": "overwritten", "schedule": "2"},
    ),
    # Sessions and notes: any therapist of the client's active care team (no consent scope); the note's
    # author writes it. The between-session summary reads only what the client shares.
    ("GET", "/clients/{client_id}/sessions"): Case(lambda p: f"/clients/{ben(p)}/sessions", "therapist_ana"),
    ("POST", "/clients/{client_id}/sessions"): Case(
        lambda p: f"/clients/{ben(p)}/sessions", "therapist_ana", form={"starts_at": "2026-01-05T10:00"}
    ),
    ("GET", "/clients/{client_id}/sessions/section"): Case(
        lambda p: f"/clients/{ben(p)}/sessions/section", "therapist_ana"
    ),
    ("GET", "/sessions/{session_id}"): Case(ben_session, "therapist_ana"),
    ("POST", "/sessions/{session_id}"): Case(ben_session, "therapist_ana", form={"status": "cancelled"}),
    ("POST", "/sessions/{session_id}/transcript"): Case(
        lambda p: f"{ben_session(p)}/transcript", "therapist_ana", form={"text": "A: overwritten\nB: yes"}
    ),
    ("POST", "/sessions/{session_id}/transcript/{transcript_id}/speakers"): Case(
        ben_speakers, "therapist_ana", form={"label-0": "Ben", "role-0": "other"}
    ),
    ("POST", "/sessions/{session_id}/note"): Case(
        lambda p: f"{ben_session(p)}/note", "therapist_ana", form={"format": "dap"}
    ),
    ("GET", "/notes/{note_id}"): Case(ben_note, "therapist_ana"),
    ("GET", "/notes/{note_id}/versions/{number}"): Case(lambda p: f"{ben_signed(p)}/versions/1", "therapist_ana"),
    ("POST", "/notes/{note_id}"): Case(
        ben_note, "therapist_ana", form={"s-plan-0": "overwritten", "r-plan-0": "line:3"}
    ),
    ("POST", "/notes/{note_id}/sign"): Case(lambda p: f"{ben_note(p)}/sign", "therapist_ana", form={"confirm": "1"}),
    ("POST", "/notes/{note_id}/amend"): Case(lambda p: f"{ben_signed(p)}/amend", "therapist_ana", form={"reason": "x"}),
    ("GET", "/clients/{client_id}/summary"): Case(lambda p: f"/clients/{ben(p)}/summary", "therapist_ana"),
    ("GET", "/clients/{client_id}/summary/data"): Case(lambda p: f"/clients/{ben(p)}/summary/data", "therapist_ana"),
    ("GET", "/api/clients/{client_id}/sessions"): Case(lambda p: f"/api/clients/{ben(p)}/sessions", "therapist_ana"),
    ("POST", "/api/clients/{client_id}/sessions"): Case(
        lambda p: f"/api/clients/{ben(p)}/sessions", "therapist_ana", json={"starts_at": "2026-01-05T10:00:00Z"}
    ),
    ("GET", "/api/sessions/{session_id}"): Case(lambda p: f"/api{ben_session(p)}", "therapist_ana"),
    ("PATCH", "/api/sessions/{session_id}"): Case(
        lambda p: f"/api{ben_session(p)}", "therapist_ana", json={"status": "cancelled"}
    ),
    ("POST", "/api/sessions/{session_id}/transcripts"): Case(
        lambda p: f"/api{ben_session(p)}/transcripts", "therapist_ana", json={"text": "A: overwritten\nB: yes"}
    ),
    ("POST", "/api/sessions/{session_id}/transcripts/upload"): Case(
        lambda p: f"/api{ben_session(p)}/transcripts/upload",
        "therapist_ana",
        extra={"files": {"file": ("t.txt", b"A: overwritten\nB: yes", "text/plain")}},
    ),
    ("PUT", "/api/sessions/{session_id}/transcripts/{transcript_id}/speakers"): Case(
        lambda p: f"/api{ben_session(p)}/transcripts/{p.ben_transcript.id}/speakers",
        "therapist_ana",
        json={"roles": {"Ben": "other"}},
    ),
    ("POST", "/api/sessions/{session_id}/note"): Case(
        lambda p: f"/api{ben_session(p)}/note", "therapist_ana", json={"format": "birp"}
    ),
    ("GET", "/api/notes/{note_id}"): Case(lambda p: f"/api{ben_note(p)}", "therapist_ana"),
    ("PUT", "/api/notes/{note_id}/draft"): Case(
        lambda p: f"/api{ben_note(p)}/draft", "therapist_ana", json=_sentences()
    ),
    ("POST", "/api/notes/{note_id}/sign"): Case(
        lambda p: f"/api{ben_note(p)}/sign", "therapist_ana", json={"confirm": True}
    ),
    ("POST", "/api/notes/{note_id}/amendments"): Case(
        lambda p: f"/api{ben_signed(p)}/amendments", "therapist_ana", json={"reason": "x"}
    ),
    ("GET", "/api/clients/{client_id}/summary"): Case(lambda p: f"/api/clients/{ben(p)}/summary", "therapist_ana"),
    # The record export (privacy): what the client shares, and the care team's signed notes
    ("GET", "/clients/{client_id}/export"): Case(lambda p: f"/clients/{ben(p)}/export", "therapist_ana"),
    ("GET", "/clients/{client_id}/export/record.pdf"): Case(
        lambda p: f"/clients/{ben(p)}/export/record.pdf", "therapist_ana"
    ),
    ("GET", "/clients/{client_id}/export/record.fhir.json"): Case(
        lambda p: f"/clients/{ben(p)}/export/record.fhir.json", "therapist_ana"
    ),
    ("GET", "/api/clients/{client_id}/export/fhir"): Case(
        lambda p: f"/api/clients/{ben(p)}/export/fhir", "therapist_ana"
    ),
    ("GET", "/api/clients/{client_id}/export/pdf"): Case(
        lambda p: f"/api/clients/{ben(p)}/export/pdf", "therapist_ana"
    ),
    # Reminders: the client's own only (no therapist sees or changes them)
    ("GET", "/api/reminders"): Case(lambda p: "/api/reminders", "client_ben", marker=BEN_HOMEWORK),
    ("GET", "/api/reminders/settings"): Case(lambda p: "/api/reminders/settings", "client_ben", marker=BEN_HOMEWORK),
    ("PATCH", "/api/reminders/rules/{rule_id}"): Case(
        lambda p: f"/api/reminders/rules/{p.ben_reminder_rule.id}", "client_ben", json={"enabled": False}
    ),
    ("DELETE", "/api/reminders/rules/{rule_id}"): Case(
        lambda p: f"/api/reminders/rules/{p.ben_reminder_rule.id}", "client_ben"
    ),
    ("POST", "/api/reminders/{reminder_id}/open"): Case(
        lambda p: f"/api/reminders/{p.ben_reminder.id}/open", "client_ben"
    ),
    ("POST", "/api/reminders/{reminder_id}/snooze"): Case(
        lambda p: f"/api/reminders/{p.ben_reminder.id}/snooze", "client_ben", json={"minutes": 10}
    ),
    ("GET", "/reminders"): Case(lambda p: "/reminders", "client_ben", marker=BEN_HOMEWORK),
    ("GET", "/reminders/banner"): Case(lambda p: "/reminders/banner", "client_ben", marker=BEN_REMINDER_BANNER),
    ("GET", "/reminders/{reminder_id}/open"): Case(lambda p: f"/reminders/{p.ben_reminder.id}/open", "client_ben"),
    ("POST", "/reminders/{reminder_id}/snooze"): Case(
        lambda p: f"/reminders/{p.ben_reminder.id}/snooze", "client_ben", form={"minutes": "30"}
    ),
    # Insights: a therapist reads a client's patterns while the client shares check-ins
    ("GET", "/api/clients/{client_id}/insights"): Case(lambda p: f"/api/clients/{ben(p)}/insights", "therapist_ana"),
    ("GET", "/clients/{client_id}/insights"): Case(lambda p: f"/clients/{ben(p)}/insights", "therapist_ana"),
    ("GET", "/reminders/settings"): Case(lambda p: "/reminders/settings", "client_ben", marker=BEN_HOMEWORK),
    ("POST", "/reminders/settings/rules/{rule_id}"): Case(
        ben_rule, "client_ben", form={"mode": "fixed", "times": "07:00", "days": "1", "expiry_minutes": "60"}
    ),
    ("POST", "/reminders/settings/rules/{rule_id}/switch"): Case(
        lambda p: f"{ben_rule(p)}/switch", "client_ben", form={"enabled": "0"}
    ),
    ("POST", "/reminders/settings/rules/{rule_id}/delete"): Case(lambda p: f"{ben_rule(p)}/delete", "client_ben"),
    ("GET", "/waiting-list"): Case(lambda p: "/waiting-list", "therapist_ana", marker=">Ben<"),
    ("GET", "/api/intake/waiting-list"): Case(lambda p: "/api/intake/waiting-list", "therapist_ana", marker='"Ben"'),
    ("GET", "/referrals/{referral_id}"): Case(ben_referral, "therapist_ana", marker=BEN_INTAKE),
    ("GET", "/referrals/{referral_id}/summary.txt"): Case(
        lambda p: f"{ben_referral(p)}/summary.txt", "therapist_ana", marker=BEN_INTAKE
    ),
    ("GET", "/api/intake/referrals/{referral_id}/summary"): Case(
        lambda p: f"/api/intake/referrals/{p.ben_referral.id}/summary", "therapist_ana", marker=BEN_INTAKE
    ),
    ("POST", "/referrals/{referral_id}/review"): Case(
        lambda p: f"{ben_referral(p)}/review", "therapist_ana", form={"decided_step": "guided_self_help"}
    ),
    ("POST", "/referrals/{referral_id}/propose"): Case(
        lambda p: f"{ben_referral(p)}/propose",
        "therapist_ana",
        form=lambda p: {"therapist_id": str(p.therapist_ana.id)},
    ),
    ("POST", "/referrals/{referral_id}/close"): Case(
        lambda p: f"{ben_referral(p)}/close", "therapist_ana", form={"reason": "not_needed"}
    ),
    # Tutor: coding a session the therapist held (the session is reached through the notes service)
    ("GET", "/sessions/{session_id}/tutor"): Case(lambda p: f"{ben_session(p)}/tutor", "therapist_ana"),
    ("POST", "/sessions/{session_id}/tutor"): Case(lambda p: f"{ben_session(p)}/tutor", "therapist_ana"),
    ("POST", "/api/sessions/{session_id}/tutor"): Case(lambda p: f"/api{ben_session(p)}/tutor", "therapist_ana"),
}

# Tutor routes hold therapist data (a therapist's own coded sessions), not client data: no client id in
# the path, and the report's own rule (the therapist and an active supervisor only) is tested in tests/tutor.
TUTOR_DATA = (
    "tutor data is the therapist's own: 404 for all but them and an active supervisor "
    "(tests/tutor/test_pages.py TestPrivacy, test_service.py TestSupervision)"
)
TUTOR_OWN = "the caller's own tutor reports and supervisions only (tests/tutor)"
TUTOR_SUPERVISION = "scoped to the therapist or the invited supervisor; others get 404 (tests/tutor/test_endpoints.py)"

NOT_CLIENT_DATA: dict[tuple[str, str], str] = {
    ("GET", "/"): "redirect by role",
    ("GET", "/login"): "public form",
    ("POST", "/login"): "public form",
    ("POST", "/logout"): "ends the caller's own session",
    ("POST", "/lang"): "language preference",
    ("GET", "/api/crisis-resources"): "public crisis lines; must work without login",
    ("GET", "/sw.js"): "static service worker",
    ("POST", "/contact-therapist"): "the caller asks their own care team",
    ("POST", "/api/contact-therapist"): "the caller asks their own care team",
    ("PUT", "/api/safety-plan"): "writes the caller's own plan",
    ("POST", "/safety-plan"): "writes the caller's own plan",
    ("GET", "/admin/safety"): "organisation settings, admin only (tests/safety)",
    ("POST", "/admin/safety/policy"): "organisation settings, admin only (tests/safety)",
    ("POST", "/admin/safety/crisis-lines/{country}"): "organisation settings, admin only (tests/safety)",
    ("GET", "/api/admin/escalation-policy"): "organisation settings, admin only (tests/safety)",
    ("PUT", "/api/admin/escalation-policy"): "organisation settings, admin only (tests/safety)",
    ("PUT", "/api/admin/crisis-resources/{country}"): "organisation settings, admin only (tests/safety)",
    ("GET", "/api/insights"): "the caller's own data only, no client id (tests/insights/test_pages.py)",
    ("GET", "/insights"): "the caller's own data only, no client id (tests/insights/test_pages.py)",
    ("POST", "/api/footprint"): "imports into the caller's own data only (tests/insights/test_pages.py)",
    ("POST", "/insights/footprint"): "imports into the caller's own data only (tests/insights/test_pages.py)",
    ("GET", "/api/footprint/imports"): "the caller's own imports only (tests/insights/test_pages.py)",
    ("GET", "/refer"): "public form: enter a self-referral code",
    ("POST", "/refer"): "public form: enter a self-referral code",
    ("GET", "/refer/{code}"): "public self-referral sign-up, guarded by the organisation's code (tests/intake)",
    ("POST", "/refer/{code}"): "public self-referral sign-up, guarded by the organisation's code (tests/intake)",
    ("GET", "/intake"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("GET", "/api/intake"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("GET", "/intake/step/{step}"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("POST", "/intake/step/{step}"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("POST", "/intake/step/{step}/draft"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("POST", "/intake/submit"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("POST", "/intake/withdraw"): "the caller's own intake only, no id (tests/intake/test_pages.py)",
    ("POST", "/intake/proposal"): "the caller's own proposal only, no id (tests/intake/test_service.py consent)",
    ("GET", "/admin/intake"): "organisation settings, admin only (tests/intake/test_pages.py)",
    ("POST", "/admin/intake"): "organisation settings, admin only (tests/intake/test_pages.py)",
    ("POST", "/admin/intake/team"): "organisation settings, admin only (tests/intake/test_pages.py)",
    ("GET", "/intake-figures"): "counts and days only, admin and intake team (tests/intake/test_pages.py)",
    ("GET", "/intake-figures.csv"): "counts and days only, admin and intake team (tests/intake/test_pages.py)",
    ("GET", "/api/intake/figures"): "counts and days only, admin and intake team (tests/intake/test_pages.py)",
    ("GET", "/api/docs"): "API documentation",
    ("GET", "/api/me"): "the caller's own account",
    ("PUT", "/api/me/locale"): "the caller's own account",
    ("GET", "/api/tokens"): "the caller's own tokens (tests/accounts)",
    ("POST", "/api/tokens"): "the caller's own tokens (tests/accounts)",
    ("DELETE", "/api/tokens/{token_id}"): "scoped to the caller (tests/accounts: another user's id is 404)",
    ("GET", "/settings"): "the caller's own tokens",
    ("POST", "/settings/tokens"): "the caller's own tokens",
    ("POST", "/settings/tokens/{token_id}/revoke"): "scoped to the caller (tests/accounts)",
    ("GET", "/reset/{secret}"): "guarded by a one-time secret",
    ("POST", "/reset/{secret}"): "guarded by a one-time secret",
    ("GET", "/api/admin/users"): "accounts only, no clinical content; admin only (tests/accounts)",
    ("POST", "/api/admin/users"): "admin only (tests/accounts)",
    ("POST", "/api/admin/users/{user_id}/password-reset"): "admin only, own organisation (tests/accounts)",
    ("GET", "/admin/users"): "admin only (tests/accounts)",
    ("POST", "/admin/users"): "admin only (tests/accounts)",
    ("POST", "/admin/users/{user_id}/reset"): "admin only (tests/accounts)",
    ("POST", "/admin/users/{user_id}/active"): "admin only (tests/accounts)",
    ("POST", "/api/invitations"): "creates the therapist's own invitation",
    ("POST", "/invitations"): "creates the therapist's own invitation",
    ("POST", "/api/invitations/accept"): "the caller joins; guarded by the code (tests/care)",
    ("GET", "/invite/{code}"): "guarded by the code (tests/care)",
    ("POST", "/invite/{code}"): "guarded by the code (tests/care)",
    ("POST", "/care-team/join"): "the caller joins; guarded by the code (tests/care)",
    ("POST", "/api/journal"): "writes the caller's own entry",
    ("POST", "/api/journal/thought-records"): "writes the caller's own thought record (tests/journal)",
    ("GET", "/journal/thought-record"): "empty form; a prompt id in the query shows library text only",
    ("POST", "/journal/thought-record"): "writes the caller's own thought record (tests/journal)",
    ("POST", "/journal/new"): "writes the caller's own entry",
    ("POST", "/api/checkins"): "writes the caller's own check-in",
    ("POST", "/checkins"): "writes the caller's own check-in",
    ("GET", "/api/checkins/emotions"): "the fixed list of emotions, the same for everyone",
    ("POST", "/api/checkins/tags"): "creates the caller's own tag (tests/checkins)",
    ("POST", "/checkins/tags"): "creates the caller's own tag (tests/checkins)",
    ("GET", "/api/questionnaires/instruments/{instrument}"): "the published wording, the same for everyone",
    ("GET", "/questionnaires/{instrument}"): "empty form",
    ("POST", "/questionnaires/{instrument}"): "writes the caller's own response (tests/questionnaires)",
    ("POST", "/api/questionnaires/{instrument}/responses"): "writes the caller's own response (tests/questionnaires)",
    ("GET", "/api/exercises"): "routine definitions, the same for everyone",
    ("GET", "/exercises"): "routine list, the same for everyone",
    ("GET", "/exercises/{routine_id}"): "routine script and an empty rating form",
    ("POST", "/exercises/{routine_id}"): "writes the caller's own session (tests/exercises)",
    ("POST", "/api/exercises/sessions"): "writes the caller's own session (tests/exercises)",
    ("POST", "/api/companion/messages"): "writes the caller's own message (tests/companion)",
    ("POST", "/companion/messages"): "writes the caller's own message (tests/companion)",
    ("DELETE", "/api/companion/memory"): "deletes the caller's own memory (tests/companion)",
    ("POST", "/companion/memory/delete"): "deletes the caller's own memory (tests/companion)",
    ("PUT", "/api/reminders/preferences"): "writes the caller's own reminder preferences",
    ("POST", "/reminders/settings/preferences"): "writes the caller's own reminder preferences",
    ("POST", "/api/reminders/rules"): "creates the caller's own reminder (another's homework is 422: tests/careplan)",
    (
        "POST",
        "/reminders/settings/rules",
    ): "creates the caller's own reminder (another's homework is 422: tests/careplan)",
    ("POST", "/api/reminders/push-subscriptions"): "the caller's own browser (tests/careplan)",
    ("DELETE", "/api/reminders/push-subscriptions"): "scoped to the caller (tests/careplan: another's device is 404)",
    # Tutor (therapist data, not client data)
    ("GET", "/api/tutor/reports"): TUTOR_OWN,
    ("GET", "/api/tutor/reports/{report_id}"): TUTOR_DATA,
    ("POST", "/api/tutor/reports/{report_id}/corrections"): TUTOR_DATA,
    ("DELETE", "/api/tutor/reports/{report_id}/corrections/{correction_id}"): TUTOR_DATA,
    ("GET", "/api/tutor/therapists/{therapist_id}/trend"): TUTOR_DATA,
    ("GET", "/api/tutor/supervisions"): TUTOR_OWN,
    ("POST", "/api/tutor/supervisions"): TUTOR_OWN,
    ("POST", "/api/tutor/supervisions/{supervision_id}/accept"): TUTOR_SUPERVISION,
    ("POST", "/api/tutor/supervisions/{supervision_id}/decline"): TUTOR_SUPERVISION,
    ("POST", "/api/tutor/supervisions/{supervision_id}/revoke"): TUTOR_SUPERVISION,
    ("GET", "/tutor"): TUTOR_OWN,
    ("POST", "/tutor/supervisions"): TUTOR_OWN,
    ("POST", "/tutor/supervisions/{supervision_id}/accept"): TUTOR_SUPERVISION,
    ("POST", "/tutor/supervisions/{supervision_id}/decline"): TUTOR_SUPERVISION,
    ("POST", "/tutor/supervisions/{supervision_id}/revoke"): TUTOR_SUPERVISION,
    ("GET", "/tutor/reports/{report_id}"): TUTOR_DATA,
    ("POST", "/tutor/reports/{report_id}/corrections"): TUTOR_DATA,
    ("POST", "/tutor/reports/{report_id}/corrections/{correction_id}/withdraw"): TUTOR_DATA,
    ("GET", "/tutor/therapists/{therapist_id}/trend"): TUTOR_DATA,
}


def _walk(routes):
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # FastAPI's included-router wrapper (no extra prefix here)
            yield from _walk(route.original_router.routes)


def app_routes(app) -> set[tuple[str, str]]:
    return {(method, route.path) for route in _walk(app.routes) for method in route.methods - {"HEAD", "OPTIONS"}}


def test_every_route_is_classified(app):
    routes = app_routes(app)
    unclassified = routes - CLIENT_DATA.keys() - NOT_CLIENT_DATA.keys()
    assert not unclassified, f"routes without an authorisation classification: {sorted(unclassified)}"
    stale = (CLIENT_DATA.keys() | NOT_CLIENT_DATA.keys()) - routes
    assert not stale, f"classified routes that no longer exist: {sorted(stale)}"
    assert not CLIENT_DATA.keys() & NOT_CLIENT_DATA.keys()


def _call(client, method: str, url: str, case: Case, personas: Personas | None = None):
    kwargs: dict = {"follow_redirects": False}
    if case.json is not None:
        kwargs["json"] = case.json
    if case.form is not None:
        kwargs["data"] = case.form(personas) if callable(case.form) else case.form
    if case.headers is not None:
        kwargs["headers"] = case.headers
    if "files" in case.extra:
        kwargs["files"] = case.extra["files"]
    return client.request(method, url, **kwargs)


def _ben_state(session, personas: Personas) -> tuple:
    session.expire_all()
    entries = session.execute(
        select(JournalEntry.id, JournalEntry.body, JournalEntry.shared)
        .where(JournalEntry.client_id == personas.client_ben.id)
        .order_by(JournalEntry.id)
    ).all()
    link = personas.ben_link
    session.refresh(link)
    alert = session.get(Alert, personas.ben_alert.id)
    plan = session.execute(select(SafetyPlan.content).where(SafetyPlan.client_id == personas.client_ben.id)).scalar()
    responses = session.execute(
        select(QuestionnaireResponse.id, QuestionnaireResponse.total)
        .where(QuestionnaireResponse.client_id == personas.client_ben.id)
        .order_by(QuestionnaireResponse.id)
    ).all()
    schedules = session.execute(
        select(QuestionnaireSchedule.instrument, QuestionnaireSchedule.every_days, QuestionnaireSchedule.next_due_at)
        .where(QuestionnaireSchedule.client_id == personas.client_ben.id)
        .order_by(QuestionnaireSchedule.instrument)
    ).all()
    exercises = session.execute(
        select(ExerciseSession.id, ExerciseSession.distress_before, ExerciseSession.distress_after)
        .where(ExerciseSession.client_id == personas.client_ben.id)
        .order_by(ExerciseSession.id)
    ).all()
    goals = session.execute(
        select(Goal.id, Goal.title, Goal.status, Goal.description).where(Goal.client_id == personas.client_ben.id)
    ).all()
    homework = session.execute(
        select(Homework.id, Homework.title, Homework.times_per_week, Homework.active, Homework.end_date).where(
            Homework.client_id == personas.client_ben.id
        )
    ).all()
    tags = session.execute(
        select(CheckInTag.id, CheckInTag.default_key, CheckInTag.name, CheckInTag.hidden)
        .where(CheckInTag.client_id == personas.client_ben.id)
        .order_by(CheckInTag.id)
    ).all()
    completions = session.execute(
        select(HomeworkCompletion.homework_id, HomeworkCompletion.done_on, HomeworkCompletion.note)
        .where(HomeworkCompletion.client_id == personas.client_ben.id)
        .order_by(HomeworkCompletion.id)
    ).all()
    chat = session.execute(
        select(CompanionMessage.id, CompanionMessage.content)
        .where(CompanionMessage.client_id == personas.client_ben.id)
        .order_by(CompanionMessage.id)
    ).all()
    rules = session.execute(
        select(ReminderRule.id, ReminderRule.enabled, ReminderRule.times, ReminderRule.weekdays).where(
            ReminderRule.client_id == personas.client_ben.id
        )
    ).all()
    reminders = session.execute(
        select(
            ReminderOccurrence.id,
            ReminderOccurrence.status,
            ReminderOccurrence.opened_at,
            ReminderOccurrence.snoozed_until,
        )
        .where(ReminderOccurrence.client_id == personas.client_ben.id)
        .order_by(ReminderOccurrence.id)
    ).all()
    return (
        tuple(tags),
        _ben_notes_state(session, personas),
        _ben_intake_state(session, personas),
        tuple(chat),
        tuple((rule_id, enabled, tuple(times), days) for rule_id, enabled, times, days in sorted(rules)),
        tuple(reminders),
        tuple(sorted(goals)),
        tuple(sorted(homework)),
        tuple(completions),
        tuple(entries),
        link.status,
        link.share_journal,
        link.share_checkins,
        link.share_questionnaires,
        alert.status,
        alert.outcome_note,
        plan,
        tuple(responses),
        tuple(schedules),
        tuple(exercises),
    )


def _ben_notes_state(session, personas: Personas) -> tuple:
    ben_id = personas.client_ben.id
    sessions = session.execute(
        select(TherapySession.id, TherapySession.status, TherapySession.starts_at, TherapySession.duration_minutes)
        .where(TherapySession.client_id == ben_id)
        .order_by(TherapySession.id)
    ).all()
    transcripts = session.execute(
        select(Transcript.id, Transcript.speakers).where(Transcript.client_id == ben_id).order_by(Transcript.id)
    ).all()
    versions = session.execute(
        select(NoteVersion.id, NoteVersion.status, NoteVersion.content, Note.format)
        .join(Note, Note.id == NoteVersion.note_id)
        .where(Note.client_id == ben_id)
        .order_by(NoteVersion.id)
    ).all()
    return tuple(sessions), tuple(transcripts), tuple(versions)


def _ben_referral(session, personas: Personas) -> None:
    """Ben's sent intake (see BEN_INTAKE), with Ana on the intake team."""
    import json

    from alongside.intake import service as intake_service
    from alongside.intake.models import Referral, ReferralStatus
    from alongside.kit.orm import utc_now

    admin = personas.actor("admin_ada")
    intake_service.update_settings(session, admin, open=True, code="authcase1")
    intake_service.set_team(session, admin, [personas.therapist_ana.id])
    now = utc_now()
    personas.ben_referral = Referral(
        organisation_id=personas.client_ben.organisation_id,
        client_id=personas.client_ben.id,
        status=ReferralStatus.SUBMITTED,
        consent_version=intake_service.CONSENT_VERSION,
        consented_at=now,
        answers=json.dumps({"words": BEN_INTAKE, "duration": "months", "language": "en", "mode": "online"}),
        step="review",
        risk_level="none",
        created_at=now,
        submitted_at=now,
    )
    session.add(personas.ben_referral)
    session.flush()


def _ben_intake_state(session, personas: Personas) -> tuple:
    from alongside.intake.models import Referral

    return tuple(
        session.execute(
            select(Referral.status, Referral.decided_step, Referral.therapist_id, Referral.closed_at).where(
                Referral.client_id == personas.client_ben.id
            )
        ).all()
    )


@pytest.fixture
def personas(personas, session):  # noqa: F811 (extends the shared personas)
    """The shared personas, with Ben's sessions and notes (see BEN_TRANSCRIPT)."""
    from datetime import timedelta

    from alongside.kit.orm import utc_now
    from alongside.notes import service as notes_service
    from alongside.notes.schemas import SessionCreate, TranscriptText

    ana, ben_id = personas.actor("therapist_ana"), personas.client_ben.id
    yesterday = SessionCreate(starts_at=utc_now() - timedelta(days=1))
    signed_session = notes_service.create_session(session, ana, ben_id, yesterday)
    notes_service.add_text_transcript(session, ana, signed_session.id, TranscriptText(text=BEN_TRANSCRIPT))
    signed = notes_service.draft_note(session, ana, signed_session.id, "soap")
    notes_service.sign_note(session, ana, signed.id, confirm=True)
    row = notes_service.create_session(session, ana, ben_id, SessionCreate(starts_at=utc_now() - timedelta(hours=2)))
    transcript = notes_service.add_text_transcript(session, ana, row.id, TranscriptText(text=BEN_TRANSCRIPT))
    draft = notes_service.draft_note(session, ana, row.id, "soap")
    _ben_referral(session, personas)
    session.commit()
    personas.ben_therapy_session, personas.ben_transcript = row, transcript
    personas.ben_draft_note, personas.ben_signed_note = draft, signed
    return personas


@pytest.mark.parametrize("key", sorted(CLIENT_DATA), ids=lambda k: f"{k[0]} {k[1]}")
def test_client_data_route_is_hidden_from_outsiders(key, personas, as_user, session):
    method, _ = key
    case = CLIENT_DATA[key]
    url = case.path(personas)
    before = _ben_state(session, personas)
    for outsider in case.outsiders:
        response = _call(as_user(getattr(personas, outsider)), method, url, case, personas)
        if case.marker is None:
            assert response.status_code == 404, f"{outsider} got {response.status_code} on {method} {url}"
        else:
            assert response.status_code in (200, 404), f"{outsider}: {response.status_code}"
            assert case.marker not in response.text, f"{outsider} saw {case.marker!r} on {method} {url}"
        assert _ben_state(session, personas) == before, f"{outsider} changed Ben's data via {method} {url}"
    # Positive control: the same request works for the person it is meant for.
    response = _call(as_user(getattr(personas, case.allowed)), method, url, case, personas)
    assert response.status_code in case.ok, f"{case.allowed} got {response.status_code}: {response.text[:300]}"
    if case.marker is not None:
        assert case.marker in response.text


ANONYMOUS_MUST_NOT_SEE = (
    BEN_PRIVATE, BEN_SHARED, BEN_NOTE, BEN_RISK, BEN_PLAN, BEN_GOAL, BEN_HOMEWORK, BEN_HOMEWORK_NOTE, BEN_TAG,
    "Ben transcript marker", BEN_REMINDER_BANNER, BEN_INTAKE,
)  # fmt: skip


def _anonymous_problem(key: tuple[str, str], case: Case, personas: Personas, anonymous) -> str | None:  # noqa: ANN001
    """What is wrong with an anonymous request to this route, or None."""
    method, path = key
    if key == ("GET", "/help"):
        response = anonymous.get("/help")
        ok = response.status_code == 200 and BEN_PLAN not in response.text  # public, without the plan
        return None if ok else f"{response.status_code}, or the plan is shown"
    response = _call(anonymous, method, case.path(personas), case, personas)
    if path.startswith("/api/"):
        if response.status_code not in (401, 403):
            return f"API answered {response.status_code}"
    else:
        # Pages send anonymous visitors to the login page (POSTs are refused for lack of a CSRF token);
        # an htmx request gets the refusal as a toast instead of a page.
        htmx_refusal = bool(case.headers) and response.headers.get("HX-Retarget") == "#toasts"
        if not (response.status_code in (303, 403) or htmx_refusal):
            return f"page answered {response.status_code}"
        if response.status_code == 303 and not response.headers["location"].startswith("/login"):
            return f"redirected to {response.headers['location']}"
    shown = [marker for marker in ANONYMOUS_MUST_NOT_SEE if marker in response.text]
    return f"shows {shown}" if shown else None


def test_client_data_routes_need_login(personas, anonymous):
    """Every client-data route, anonymously, in one test: the personas are built once (this set-up is
    most of the cost, and an anonymous request changes nothing), and every failing route is listed."""
    problems = {}
    for key in sorted(CLIENT_DATA):
        problem = _anonymous_problem(key, CLIENT_DATA[key], personas, anonymous)
        if problem:
            problems[f"{key[0]} {key[1]}"] = problem
    assert not problems, problems


def test_admin_cannot_read_clinical_content(personas, as_user):
    admin = as_user(personas.admin_ada)
    for url in (
        f"/api/clients/{personas.client_ben.id}/journal",
        f"/api/journal/{personas.ben_shared_entry.id}",
        f"/clients/{personas.client_ben.id}",
        f"/clients/{personas.client_ben.id}/timeline",
        f"/api/clients/{personas.client_ben.id}/timeline",
        f"/api/clients/{personas.client_ben.id}/checkins",
        f"/api/clients/{personas.client_ben.id}/questionnaires",
        f"/api/questionnaires/responses/{personas.ben_phq9.id}",
        f"/api/clients/{personas.client_ben.id}/care-plan",
        f"/clients/{personas.client_ben.id}/care-plan/section",
        f"/api/clients/{personas.client_ben.id}/exercises/sessions",
        f"/api/clients/{personas.client_ben.id}/checkins/patterns",
        f"/clients/{personas.client_ben.id}/summary",
        f"/api/clients/{personas.client_ben.id}/sessions",
        f"/api/notes/{personas.ben_draft_note.id}",
        f"/notes/{personas.ben_signed_note.id}",
        f"/api/clients/{personas.client_ben.id}/export/fhir",
        "/api/reminders",
        "/reminders/settings",
        f"/reminders/{personas.ben_reminder.id}/open",
    ):
        assert admin.get(url).status_code == 404, url
