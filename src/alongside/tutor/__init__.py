"""Therapist tutor: empathy (EPITOME mechanisms) and MI coding of therapist and client turns."""
