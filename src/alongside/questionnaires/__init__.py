"""Standardised questionnaires (PHQ-9, GAD-7, WHO-5): schedules set by a therapist, responses, scoring."""
