"""Shared text tools: language detection and sentence splitting (no domain logic)."""
