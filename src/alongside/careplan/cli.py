"""`alongside careplan ...` commands: a VAPID key pair for web-push reminders."""

from __future__ import annotations

import base64

import typer

app = typer.Typer(help="Care plan and reminders.", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """Care plan and reminders."""


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@app.command("vapid-keys")
def vapid_keys() -> None:
    """Print a new VAPID key pair as the settings that turn web-push reminders on. Keep the private
    key secret; changing it later means every device must turn notifications on again."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    private = key.private_numbers().private_value.to_bytes(32, "big")
    public = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    typer.echo(f"ALONGSIDE_VAPID_PRIVATE_KEY={_b64url(private)}")
    typer.echo(f"ALONGSIDE_VAPID_PUBLIC_KEY={_b64url(public)}")
    typer.echo("ALONGSIDE_VAPID_SUBJECT=mailto:you@example.org")
