"""Insights pages: the client's "what seems to help, and what seems to weigh" with the footprint
upload, and the therapist's insights section of the client page (loaded by htmx after the page)."""

from __future__ import annotations

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import Response

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.errors import InvalidInput
from alongside.insights.service import footprint as footprint_service
from alongside.insights.service.client import client_insights
from alongside.kit.web import is_htmx, redirect, render, request_locale

router = APIRouter(include_in_schema=False)


def _own_page(request: Request, session: SessionDep, actor: ClientActor, **extra) -> dict:  # noqa: ANN003
    lang = request_locale(request)
    view = client_insights(session, actor, actor.user_id, locale=lang).to_dict(lang)
    imports = footprint_service.list_imports(session, actor, actor.user_id)
    return {"insights": view, "imports": imports, "errors": {}} | extra


@router.get("/insights")
def own_insights(request: Request, session: SessionDep, actor: ClientActor, imported: int | None = None) -> Response:
    context = _own_page(request, session, actor)
    context["just_imported"] = next((i for i in context["imports"] if i.id == imported), None)
    context["already"] = request.query_params.get("already") == "1"
    return render(request, "insights/own.html", context)


@router.post("/insights/footprint")
def import_own_footprint(
    request: Request, session: SessionDep, actor: ClientActor, file: UploadFile | None = File(None)
) -> Response:
    try:
        with session.begin_nested():
            if file is None or not file.filename:
                raise InvalidInput("Choose an export file to import.", field="file")
            name = file.filename
            result = footprint_service.import_footprint(session, actor, actor.user_id, file.file, filename=name)
    except InvalidInput as exc:
        context = _own_page(request, session, actor, errors={"file": exc.message})
        return render(request, "insights/own.html", context, status_code=422)
    return redirect(f"/insights?imported={result.id}&already={int(result.already_imported)}#import-heading")


@router.get("/clients/{client_id}/insights")
def client_section(request: Request, session: SessionDep, actor: TherapistActor, client_id: int) -> Response:
    lang = request_locale(request)
    view = client_insights(session, actor, client_id, locale=lang).to_dict(lang, person="client")
    template = "insights/_client_section.html" if is_htmx(request) else "insights/client.html"
    return render(request, template, {"insights": view, "client_id": client_id})
