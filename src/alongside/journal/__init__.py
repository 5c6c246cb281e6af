"""Journal entries (private by default, shared with the care team per entry)."""
