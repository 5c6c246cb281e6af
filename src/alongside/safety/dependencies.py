"""Loaders for the safety routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from alongside.accounts.dependencies import AuthDep, SessionDep
from alongside.care import service as care_service


def help_country(request: Request, session: SessionDep, auth: AuthDep, country: str | None = None) -> str | None:
    """The country whose crisis lines to show (explicit choice, user, organisation, browser)."""
    from alongside.safety import service

    org_country = None
    if auth.user is not None:
        org = care_service.get_organisation(session, auth.user.organisation_id)
        org_country = org.country if org else None
    return service.country_for(auth.user, country, request.headers.get("accept-language"), org_country)


HelpCountry = Annotated[str | None, Depends(help_country)]
