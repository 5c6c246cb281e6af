"""Coding of therapist turns (empathy, MI) and the session summaries built from the codes."""
