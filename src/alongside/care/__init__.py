"""Organisations, care teams (therapist ↔ client links) and the client's consent."""
