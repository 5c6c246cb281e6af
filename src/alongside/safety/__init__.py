"""Risk screening, alerts, escalation, safety plan and crisis resources."""
