"""The therapist's workspace: the caseload sorted by need and the client page's timeline, built
from the other domains' services (no tables of its own)."""
