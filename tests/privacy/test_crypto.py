from __future__ import annotations

import json
import os
import stat

import pytest
from sqlalchemy import text

from alongside.config import settings
from alongside.journal.models import JournalEntry
from alongside.privacy import crypto
from alongside.privacy import service as privacy_service
from tests.personas import BEN_NOTE, BEN_PRIVATE


class TestKeyRing:
    def test_round_trip_and_fresh_nonce(self):
        ring = crypto.key_ring()
        a, b = ring.encrypt("same text"), ring.encrypt("same text")
        assert a != b and ring.decrypt(a) == ring.decrypt(b) == "same text"

    def test_tampering_is_detected(self):
        from cryptography.exceptions import InvalidTag

        stored = crypto.key_ring().encrypt("hello")
        prefix, key_id, payload = stored.split(":")
        tampered = f"{prefix}:{key_id}:{'A' if payload[0] != 'A' else 'B'}{payload[1:]}"
        with pytest.raises((InvalidTag, ValueError)):
            crypto.key_ring().decrypt(tampered)

    def test_key_file_is_private(self):
        crypto.key_ring()
        mode = stat.S_IMODE(os.stat(settings.resolved_key_file).st_mode)
        assert mode == 0o600


class TestAtRest:
    def test_free_text_is_not_stored_in_plain_text(self, session, personas):
        raw = session.execute(text("SELECT body FROM journal_entries")).scalars().all()
        assert raw and all(value.startswith("v1:") for value in raw)
        assert not any(BEN_PRIVATE in value for value in raw)
        notes = session.execute(text("SELECT note FROM checkins WHERE note IS NOT NULL")).scalars().all()
        assert notes and not any(BEN_NOTE in n for n in notes)
        # Positive control: the ORM reads it back.
        session.expire_all()
        assert session.get(JournalEntry, personas.ben_private_entry.id).body == BEN_PRIVATE


class TestRotation:
    def test_rotate_reencrypts_everything_and_old_key_can_go(self, session, personas):
        key_file = settings.resolved_key_file
        saved = key_file.read_text()
        old_ids = set(crypto.key_ring().keys)
        try:
            counts = privacy_service.rotate_encryption_key(session)
            assert counts["journal_entries.body"] >= 2 and counts["checkins.note"] >= 1
            new_id = crypto.key_ring().current
            assert new_id not in old_ids
            raw = session.execute(text("SELECT body FROM journal_entries")).scalars().all()
            assert raw and all(value.split(":")[1] == new_id for value in raw)
            crypto.retire_old_keys()
            assert set(json.loads(key_file.read_text())["keys"]) == {new_id}
            session.expire_all()
            assert session.get(JournalEntry, personas.ben_private_entry.id).body == BEN_PRIVATE
        finally:
            # The rows roll back with the test, so the old key must come back for the next tests.
            key_file.write_text(saved)
            crypto.reset_key_ring()

    def test_rotation_needs_a_key_file(self, monkeypatch):
        from pydantic import SecretStr

        monkeypatch.setattr(settings, "encryption_key", SecretStr(crypto._b64e(b"k" * 32)))
        crypto.reset_key_ring()
        try:
            with pytest.raises(RuntimeError):
                crypto.add_rotated_key()
        finally:
            monkeypatch.undo()
            crypto.reset_key_ring()
