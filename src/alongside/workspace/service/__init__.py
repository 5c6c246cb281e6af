"""Workspace use cases: the caseload sorted by need, and the client page with its timeline."""

from alongside.workspace.service.caseload import FILTERS, build_caseload, next_sessions_for
from alongside.workspace.service.client import ClientPage, alerts_for_client_page, client_page
from alongside.workspace.service.timeline import SOURCES, WINDOW_DAYS, client_timeline

__all__ = [
    "FILTERS",
    "SOURCES",
    "WINDOW_DAYS",
    "ClientPage",
    "alerts_for_client_page",
    "build_caseload",
    "client_page",
    "client_timeline",
    "next_sessions_for",
]
