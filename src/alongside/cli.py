"""The ``alongside`` command. Heavy modules are imported inside commands so that quick commands
(``alongside safety screen``) start fast."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Alongside: care between sessions.", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
user_app = typer.Typer(help="User accounts.", no_args_is_help=True)
keys_app = typer.Typer(help="Encryption keys.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(keys_app, name="keys")


def _mount_domain_clis() -> None:
    from alongside.careplan.cli import app as careplan_app
    from alongside.companion.cli import app as companion_app
    from alongside.insights.cli import app as insights_app
    from alongside.insights.cli import import_app
    from alongside.safety.cli import app as safety_app
    from alongside.tutor.cli import app as tutor_app

    app.add_typer(safety_app, name="safety")
    app.add_typer(companion_app, name="companion")
    app.add_typer(careplan_app, name="careplan")
    app.add_typer(insights_app, name="insights")
    app.add_typer(import_app, name="import")
    app.add_typer(tutor_app, name="tutor")


_mount_domain_clis()


def _serve(host: str, port: int) -> None:
    import uvicorn

    from alongside.app import create_app

    uvicorn.run(create_app(), host=host, port=port, log_level="info", proxy_headers=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    migrate: Annotated[bool, typer.Option(help="Upgrade the database first.")] = True,
) -> None:
    """Serve the web app and the JSON API."""
    if migrate:
        from alongside import migrate as migrations

        migrations.upgrade()
    _serve(host, port)


@app.command()
def demo(
    data_dir: Annotated[Path, typer.Option(help="Folder for the demo database and key file.")] = Path("demo-data"),
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve after building.")] = True,
    seed: Annotated[int, typer.Option(help="Random seed for the synthetic data.")] = 7,
) -> None:
    """Build a fresh demo organisation with months of synthetic data, print the logins and serve it."""
    import os
    import time

    from alongside import config, db

    os.environ["ALONGSIDE_DATA_DIR"] = str(data_dir.resolve())
    os.environ.pop("ALONGSIDE_DATABASE_URL", None)
    config.reload_settings()
    db.reset_engine()
    from alongside import demo as demo_data

    started = time.perf_counter()
    logins = demo_data.build(data_dir.resolve(), seed=seed)
    typer.echo(f"Demo built in {time.perf_counter() - started:.1f} s in {data_dir.resolve()}\n")
    typer.echo(demo_data.format_logins(logins, f"http://{host}:{port}"))
    if serve:
        _serve(host, port)


@app.command()
def worker(
    threads: Annotated[int, typer.Option(help="Worker threads.")] = 4,
    scheduler: Annotated[bool, typer.Option(help="Also dispatch the periodic jobs from here.")] = False,
) -> None:
    """Run background jobs from the Redis or RabbitMQ queue (ALONGSIDE_JOBS_MODE=queue)."""
    import signal
    import threading

    from alongside import worker as jobs
    from alongside.config import settings

    if settings.jobs_mode != "queue":
        typer.echo("Set ALONGSIDE_JOBS_MODE=queue and ALONGSIDE_BROKER_URL to use a separate worker.", err=True)
        raise typer.Exit(2)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    periodic = jobs.Scheduler() if scheduler else None
    if periodic:
        periodic.start()
    typer.echo(f"Alongside worker: {threads} threads on {settings.broker_url}")
    jobs.run_queue_worker(threads, stop)
    if periodic:
        periodic.stop()


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "heads") -> None:
    """Apply database migrations (SQLite or PostgreSQL, from ALONGSIDE_DATABASE_URL)."""
    from alongside import migrate as migrations

    migrations.upgrade(revision=revision)
    typer.echo("Database is up to date.")


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Option(help="E-mail address (the login).")],
    name: Annotated[str, typer.Option(help="Display name.")],
    role: Annotated[str, typer.Option(help="client, therapist or admin.")] = "admin",
    organisation: Annotated[str, typer.Option(help="Organisation name, created if there is none.")] = "My practice",
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters.")
    ] = "",
) -> None:
    """Create a user (and the organisation, on a fresh installation)."""
    from pydantic import ValidationError

    from alongside import migrate as migrations
    from alongside.accounts import service as accounts_service
    from alongside.accounts.schemas import UserCreate
    from alongside.care import service as care_service
    from alongside.db import get_session_factory
    from alongside.errors import AppError

    migrations.upgrade()
    try:
        data = UserCreate(email=email, display_name=name, role=role, password=password)
    except ValidationError as exc:
        for err in exc.errors():
            typer.echo(f"{'.'.join(map(str, err['loc']))}: {err['msg']}", err=True)
        raise typer.Exit(2) from exc
    with get_session_factory()() as session, session.begin():
        org = care_service.first_organisation(session) or care_service.create_organisation(session, name=organisation)
        try:
            user = accounts_service.create_user(session, org.id, data)
        except AppError as exc:
            typer.echo(exc.message, err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"Created {user.role} {user.email} (id {user.id}) in {org.name}.")


@keys_app.command("rotate")
def keys_rotate(
    retire: Annotated[bool, typer.Option(help="Remove the old keys from the key file afterwards.")] = True,
) -> None:
    """Create a new encryption key and re-encrypt all stored free text with it."""
    from alongside.db import get_session_factory
    from alongside.privacy import crypto
    from alongside.privacy import service as privacy_service

    with get_session_factory()() as session, session.begin():
        counts = privacy_service.rotate_encryption_key(session)
    if retire:
        crypto.retire_old_keys()
    typer.echo(f"Re-encrypted {sum(counts.values())} values with key {crypto.key_ring().current}.")


def main() -> None:
    app()
