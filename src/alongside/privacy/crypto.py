"""AES-GCM encryption of free-text clinical content at rest.

Stored form: ``v1:<key id>:<base64url(nonce || ciphertext+tag)>``. The key id lets old rows be read
after a key rotation; ``rotate_key`` adds a new current key and re-encrypts every encrypted column.

Keys come from ``ALONGSIDE_ENCRYPTION_KEY`` (one key) or a key file created on first use with 0600
permissions (a JSON key ring that rotation extends).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text, TypeDecorator

from alongside.config import settings

PREFIX = "v1"
NONCE_BYTES = 12


class KeyError_(Exception):
    """The key needed for a stored value is not in the key ring."""


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class KeyRing:
    keys: dict[str, bytes]
    current: str

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext.encode(), PREFIX.encode())
        return f"{PREFIX}:{self.current}:{_b64e(nonce + sealed)}"

    def decrypt(self, stored: str) -> str:
        try:
            prefix, key_id, payload = stored.split(":", 2)
        except ValueError as exc:
            raise ValueError("stored value is not in the encrypted format") from exc
        if prefix != PREFIX:
            raise ValueError(f"unknown encryption format {prefix!r}")
        if key_id not in self.keys:
            raise KeyError_(f"encryption key {key_id!r} is not in the key ring")
        raw = _b64d(payload)
        return AESGCM(self.keys[key_id]).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], PREFIX.encode()).decode()

    def key_id_of(self, stored: str) -> str:
        return stored.split(":", 2)[1]

    def to_json(self) -> str:
        return json.dumps({"current": self.current, "keys": {k: _b64e(v) for k, v in self.keys.items()}}, indent=2)


def new_key() -> tuple[str, bytes]:
    return secrets.token_hex(4), AESGCM.generate_key(bit_length=256)


def _write_key_file(path: Path, ring: KeyRing) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(ring.to_json())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _load_ring() -> KeyRing:
    if settings.encryption_key is not None:
        raw = _b64d(settings.encryption_key.get_secret_value())
        if len(raw) != 32:
            raise ValueError("ALONGSIDE_ENCRYPTION_KEY must be 32 bytes, base64url-encoded")
        return KeyRing(keys={"env": raw}, current="env")
    path = settings.resolved_key_file
    if path.exists():
        data = json.loads(path.read_text())
        return KeyRing(keys={k: _b64d(v) for k, v in data["keys"].items()}, current=data["current"])
    key_id, key = new_key()
    ring = KeyRing(keys={key_id: key}, current=key_id)
    _write_key_file(path, ring)
    return ring


_ring: KeyRing | None = None
_lock = threading.Lock()


def key_ring() -> KeyRing:
    global _ring
    if _ring is None:
        with _lock:
            if _ring is None:
                _ring = _load_ring()
    return _ring


def reset_key_ring() -> None:
    global _ring
    _ring = None


def add_rotated_key() -> tuple[KeyRing, str]:
    """Add a new current key to the key file and return the ring; old keys stay for reading."""
    if settings.encryption_key is not None:
        raise RuntimeError(
            "the key comes from ALONGSIDE_ENCRYPTION_KEY; rotate by moving to a key file "
            "(unset the variable) or by changing the variable after re-encrypting"
        )
    ring = key_ring()
    key_id, key = new_key()
    rotated = KeyRing(keys={**ring.keys, key_id: key}, current=key_id)
    _write_key_file(settings.resolved_key_file, rotated)
    global _ring
    _ring = rotated
    return rotated, key_id


def retire_old_keys() -> None:
    """Drop every key but the current one (only after all rows were re-encrypted)."""
    ring = key_ring()
    kept = KeyRing(keys={ring.current: ring.keys[ring.current]}, current=ring.current)
    _write_key_file(settings.resolved_key_file, kept)
    global _ring
    _ring = kept


class EncryptedText(TypeDecorator[str]):
    """A text column stored AES-GCM encrypted; Python code sees plain ``str``."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:  # noqa: ANN001
        return None if value is None else key_ring().encrypt(value)

    def process_result_value(self, value: str | None, dialect) -> str | None:  # noqa: ANN001
        return None if value is None else key_ring().decrypt(value)
