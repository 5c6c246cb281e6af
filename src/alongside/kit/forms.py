"""HTML forms: validate with the same Pydantic schemas as the API and show errors per field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from alongside.errors import AppError, InvalidInput

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")

FormErrors = dict[str, str]


async def form_data(request: Request) -> dict[str, Any]:
    """The submitted form as a dict; repeated keys (checkbox groups) become lists."""
    form = await request.form()
    data: dict[str, Any] = {}
    for key in form:
        values = form.getlist(key)
        data[key] = values if len(values) > 1 else values[0]
    data.pop("csrf_token", None)
    return data


def parse(schema: type[M], data: dict[str, Any]) -> tuple[M | None, FormErrors]:
    cleaned = {k: (None if v == "" else v) for k, v in data.items()}
    try:
        return schema.model_validate(cleaned), {}
    except ValidationError as exc:
        errors: FormErrors = {}
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "__all__"
            message = err["msg"].removeprefix("Value error, ")
            errors.setdefault(field, message)
        return None, errors


def attempt(session: Session, action: Callable[[], R]) -> tuple[R | None, FormErrors]:
    """Run a service call in a savepoint: on a rule error nothing it wrote is kept."""
    try:
        with session.begin_nested():
            return action(), {}
    except InvalidInput as exc:
        return None, {exc.field or "__all__": exc.message}
    except AppError as exc:
        if exc.status_code in (404, 409, 429):
            return None, {"__all__": exc.message}
        raise


def attempt_with_status(session: Session, action: Callable[[], R]) -> tuple[R | None, FormErrors, int]:
    """``attempt``, also giving the status the page answers with: 422 for a rule error, the error's own
    403 or 409; nothing the call wrote is kept."""
    try:
        with session.begin_nested():
            return action(), {}, 200
    except InvalidInput as exc:
        return None, {exc.field or "__all__": exc.message}, 422
    except AppError as exc:
        if exc.status_code in (403, 409):
            return None, {"__all__": exc.message}, exc.status_code
        raise
