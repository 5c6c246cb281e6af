"""Therapy sessions, their transcripts, notes drafted from them and signed by the therapist, and the
between-session summary."""
