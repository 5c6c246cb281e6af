"""Intake pages: self-referral and the person's intake (client.py), the intake team's waiting list,
summaries and figures, and the admin's self-referral settings (team.py)."""

from fastapi import APIRouter

from alongside.intake.pages import client, team

router = APIRouter(include_in_schema=False)
router.include_router(client.router)
router.include_router(team.router)
