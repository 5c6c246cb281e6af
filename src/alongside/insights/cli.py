"""`alongside insights ...` commands: the pattern engine on a daily CSV table, for checks and research.

numpy and scipy are imported inside the command, so the root CLI starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Patterns and trends in daily check-ins.", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """Patterns and trends in daily check-ins."""


@app.command("analyze")
def analyze_command(
    file: Annotated[Path, typer.Argument(help="CSV: date, mood[, anxiety, energy], factor columns.")],
    lang: Annotated[str, typer.Option(help="Language of the 'sentence' fields: en or nl.")] = "en",
) -> None:
    """Print {"patterns": [...], "trends": {...}} as JSON for a daily table.

    A pattern has factor, outcome, lag (0 same day, 1 next day), effect with ci_low/ci_high (points;
    for a numeric factor per "per" units of it), p, q (Benjamini–Hochberg over all "tests_run"),
    n_with/n_without (days with/without a 0/1 factor; for a numeric one, days above/at-or-below its
    "median"), and "sentence" (in --lang), "sentence_en", "sentence_nl". Exit code 2 with a message on
    stderr naming the line and column for an unreadable table; fewer than 14 mood days gives valid
    JSON with no patterns and a "reason".
    """
    if lang not in ("en", "nl"):
        print(f"unknown --lang {lang!r}; expected 'en' or 'nl'", file=sys.stderr)
        raise typer.Exit(code=2)
    from alongside.insights.service import analyze
    from alongside.insights.service.daily_table import TableError, read_daily_table

    try:
        table = read_daily_table(file)
    except TableError as exc:
        print(f"{file}: {exc}" if not str(exc).startswith(str(file)) else str(exc), file=sys.stderr)
        raise typer.Exit(code=2) from exc
    result = analyze(table).to_dict(lang)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


def _client_actor(session, client_id: int):  # noqa: ANN001, ANN202 (Session → Actor, imported lazily)
    """The client, acting on their own data (an operator runs the command for them); exit 2 if no
    such client."""
    from alongside.accounts import service as accounts_service
    from alongside.accounts.actor import Actor

    user = accounts_service.get_user(session, client_id)
    if user is None or not Actor.of(user).is_client:
        print(f"no client with id {client_id}", file=sys.stderr)
        raise typer.Exit(code=2)
    return Actor.of(user)


@app.command("show")
def show_command(
    client: Annotated[int, typer.Option("--client", help="The client's user id.")],
    lang: Annotated[str, typer.Option(help="Language of the 'sentence' fields: en or nl.")] = "en",
) -> None:
    """Print a client's insights from their stored data (check-ins, routines, homework, footprint) as
    JSON: the patterns of `analyze`, each marked "helps" or "weighs", and the trends. Audited as the
    client's own read."""
    if lang not in ("en", "nl"):
        print(f"unknown --lang {lang!r}; expected 'en' or 'nl'", file=sys.stderr)
        raise typer.Exit(code=2)
    from alongside import migrate as migrations
    from alongside.db import get_session_factory
    from alongside.insights.service.client import client_insights

    migrations.upgrade()
    with get_session_factory()() as session, session.begin():
        actor = _client_actor(session, client)
        result = client_insights(session, actor, client, locale=lang).to_dict(lang)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


import_app = typer.Typer(help="Import data from outside.", no_args_is_help=True)


@import_app.callback()
def _import_group() -> None:
    """Import data from outside."""


@import_app.command("footprint")
def import_footprint_command(
    file: Annotated[Path, typer.Argument(help="Apple Health export.zip/.xml, Google Fit or Fitbit export, or CSV.")],
    client: Annotated[int, typer.Option("--client", help="The client's user id.")],
) -> None:
    """Import a digital-footprint export for a client (see docs/footprint-import.md). The whole file is
    checked first: a malformed file is refused with the line or element named and nothing is kept; the
    same file again adds nothing."""
    from alongside import migrate as migrations
    from alongside.db import get_session_factory
    from alongside.errors import AppError
    from alongside.insights.service.footprint import import_footprint

    if not file.is_file():
        print(f"{file}: no such file", file=sys.stderr)
        raise typer.Exit(code=2)
    migrations.upgrade()
    with get_session_factory()() as session, session.begin():
        actor = _client_actor(session, client)
        try:
            result = import_footprint(session, actor, client, file, filename=file.name)
        except AppError as exc:
            print(f"{file}: {exc.message}", file=sys.stderr)
            raise typer.Exit(code=2) from exc
    sys.stdout.write(result.model_dump_json() + "\n")
