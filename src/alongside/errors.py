"""Typed application errors and the one place that renders them.

API routes (``/api/...``) get JSON; htmx requests get a small toast partial; pages get an error page.
No stack trace ever reaches a user.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class AppError(Exception):
    status_code = 400
    message = "Something went wrong."

    def __init__(self, message: str | None = None, status_code: int | None = None, **extra: Any) -> None:
        super().__init__(message or self.message)
        self.message = message or self.message
        if status_code is not None:
            self.status_code = status_code
        self.extra = extra


class NotFound(AppError):
    status_code = 404
    message = "Not found."


class Forbidden(AppError):
    status_code = 403
    message = "You may not do this."


class NotAuthenticated(AppError):
    status_code = 401
    message = "Please log in."


class Conflict(AppError):
    status_code = 409
    message = "This conflicts with the current state."


class InvalidInput(AppError):
    """A rule about the input that a schema cannot express; ``field`` names the input."""

    status_code = 422
    message = "Invalid input."

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.field = field


class TooManyAttempts(AppError):
    status_code = 429
    message = "Too many attempts."


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        if loc and loc[0] in ("body", "query", "path", "header", "cookie"):
            loc = loc[1:]
        errors.append({"field": ".".join(loc) or None, "message": err.get("msg", "Invalid value.")})
    return errors


def _html_error(request: Request, status: int, message: str) -> Response:
    from alongside.kit.web import render

    if request.headers.get("HX-Request"):
        response = render(request, "_toast.html", {"message": message, "kind": "error"}, status_code=200)
        response.headers["HX-Retarget"] = "#toasts"
        response.headers["HX-Reswap"] = "beforeend"
        return response
    return render(request, "error.html", {"status": status, "message": message}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def app_error(request: Request, exc: AppError) -> Response:
        if exc.status_code == 401 and not _wants_json(request):
            from fastapi.responses import RedirectResponse

            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        if _wants_json(request):
            body: dict[str, Any] = {"detail": exc.message}
            if isinstance(exc, InvalidInput):
                body["errors"] = [{"field": exc.field, "message": exc.message}]
            return JSONResponse(body, status_code=exc.status_code)
        return _html_error(request, exc.status_code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = _field_errors(exc)
        if _wants_json(request):
            return JSONResponse({"detail": "Invalid input.", "errors": errors}, status_code=422)
        message = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errors)
        return _html_error(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        messages = {404: "Not found.", 405: "Method not allowed."}
        return _html_error(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        if _wants_json(request):
            return JSONResponse({"detail": "Internal error."}, status_code=500)
        return HTMLResponse("<h1>Something went wrong</h1><p>The error was logged.</p>", status_code=500)
