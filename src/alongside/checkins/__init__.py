"""Mood check-ins."""
