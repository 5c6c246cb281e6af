"""Care-plan pages: the plan (plan.py) and the client's reminders (reminders.py)."""

from fastapi import APIRouter

from alongside.careplan.pages import plan, reminders

router = APIRouter(include_in_schema=False)
router.include_router(plan.router)
router.include_router(reminders.router)
