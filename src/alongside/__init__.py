"""Alongside: mental-health care software in which AI works alongside therapy, never instead of it."""

__version__ = "0.1.0"
