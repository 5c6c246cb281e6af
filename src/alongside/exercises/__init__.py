"""Mindfulness routines (breathing, grounding, body scan, muscle relaxation) and the client's log of them."""
