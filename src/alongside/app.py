"""The application factory: middleware, routers, static files, error handlers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from alongside import __version__
from alongside.accounts import endpoints as accounts_endpoints
from alongside.accounts import pages as accounts_pages
from alongside.accounts.dependencies import CSRF_COOKIE, csrf_protect
from alongside.care import endpoints as care_endpoints
from alongside.care import pages as care_pages
from alongside.careplan import endpoints as careplan_endpoints
from alongside.careplan import pages as careplan_pages
from alongside.checkins import endpoints as checkins_endpoints
from alongside.checkins import pages as checkins_pages
from alongside.companion import endpoints as companion_endpoints
from alongside.companion import pages as companion_pages
from alongside.config import settings
from alongside.errors import install_error_handlers
from alongside.exercises import endpoints as exercises_endpoints
from alongside.exercises import pages as exercises_pages
from alongside.insights import endpoints as insights_endpoints
from alongside.insights import pages as insights_pages
from alongside.intake import endpoints as intake_endpoints
from alongside.intake import pages as intake_pages
from alongside.journal import endpoints as journal_endpoints
from alongside.journal import pages as journal_pages
from alongside.kit import tokens
from alongside.kit.web import PACKAGE_DIR
from alongside.notes import endpoints as notes_endpoints
from alongside.notes import pages as notes_pages
from alongside.privacy import endpoints as privacy_endpoints
from alongside.privacy import pages as privacy_pages
from alongside.questionnaires import endpoints as questionnaires_endpoints
from alongside.questionnaires import pages as questionnaires_pages
from alongside.safety import endpoints as safety_endpoints
from alongside.safety import pages as safety_pages
from alongside.tutor import endpoints as tutor_endpoints
from alongside.tutor import pages as tutor_pages

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
}


async def _csrf_cookie_and_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Give anonymous visitors a CSRF cookie (for the login and invitation forms); add security headers."""
    anon = request.cookies.get(CSRF_COOKIE)
    fresh = anon is None
    request.state.anon_csrf = anon or tokens.new_secret(24)
    response = await call_next(request)
    if fresh:
        response.set_cookie(
            CSRF_COOKIE,
            request.state.anon_csrf,
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies,
            path="/",
        )
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.url.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _install_api_docs(app: FastAPI) -> None:
    """Swagger UI from the swagger-ui-bundle package: the docs work offline, with no CDN."""
    app.mount("/api/docs/assets", StaticFiles(directory=swagger_ui_path), name="swagger-assets")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> Response:
        response = get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="Alongside API",
            swagger_js_url="/api/docs/assets/swagger-ui-bundle.js",
            swagger_css_url="/api/docs/assets/swagger-ui.css",
            swagger_favicon_url="/api/docs/assets/favicon-32x32.png",
        )
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:"
        )
        return response


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the in-process scheduler (escalation, delivery retries, silence) with the web app."""
    from alongside import worker

    # What is alive now (modules, templates, the risk model) lives as long as the process: keep it out
    # of the garbage collector's full passes, which otherwise stall a request now and then (measured
    # on the 300-client caseload: p95 halved, benchmarks/workspace.py --gc-freeze).
    gc.collect()
    gc.freeze()
    scheduler = worker.Scheduler() if settings.scheduler else None
    if scheduler:
        scheduler.start()
    yield
    if scheduler:
        scheduler.stop()
    worker.drain(timeout=5)


def create_app() -> FastAPI:
    app = FastAPI(
        title="Alongside",
        version=__version__,
        description="Care between sessions. The JSON API; authenticate with `Authorization: Bearer <token>`.",
        dependencies=[Depends(csrf_protect)],
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_lifespan,
    )
    app.middleware("http")(_csrf_cookie_and_headers)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    _install_api_docs(app)
    for module in (
        accounts_endpoints,
        care_endpoints,
        journal_endpoints,
        checkins_endpoints,
        privacy_endpoints,
        questionnaires_endpoints,
        exercises_endpoints,
        safety_endpoints,
        careplan_endpoints,
        notes_endpoints,
        companion_endpoints,
        insights_endpoints,
        tutor_endpoints,
        intake_endpoints,
        accounts_pages,
        care_pages,
        journal_pages,
        checkins_pages,
        privacy_pages,
        questionnaires_pages,
        exercises_pages,
        safety_pages,
        careplan_pages,
        notes_pages,
        companion_pages,
        insights_pages,
        tutor_pages,
        intake_pages,
    ):
        app.include_router(module.router)
    return app
