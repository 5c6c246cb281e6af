"""`alongside tutor corrections` exports the contested codes of a therapist as JSON lines, and
`alongside tutor train --corrections` adds them to a data set the user holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from alongside.tutor.cli import app
from alongside.tutor.schemas import CorrectionCreate
from alongside.tutor.service import corrections

runner = CliRunner()
ANNOMI = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "annomi"


@pytest.fixture
def cli_db(monkeypatch, connection):
    """The command's session on the test's connection (its data is rolled back with the test)."""
    monkeypatch.setattr("alongside.migrate.upgrade", lambda *args, **kwargs: None)
    monkeypatch.setattr(
        "alongside.db.get_session_factory",
        lambda: lambda: Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False),
    )


def test_export_writes_json_lines(session, ana, ben_report, cli_db, tmp_path):
    corrections.contest_code(session, ana, ben_report.id, CorrectionCreate(turn=3, dimension="mi", code="other"))
    session.commit()
    out = tmp_path / "corrections.jsonl"
    result = runner.invoke(app, ["corrections", "--therapist", str(ana.user_id), "--out", str(out)])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["kind"] == "mi" and row["turn"] == 3 and row["code"] == "other"
    assert row["text"] == "I notice you look quite tired today."
    stdout = runner.invoke(app, ["corrections", "--therapist", "999999"])
    assert stdout.exit_code == 0 and stdout.stdout == ""


@pytest.mark.skipif(not (ANNOMI / "AnnoMI-simple.csv").is_file(), reason="AnnoMI is not in ../shared/data")
def test_train_with_corrections(tmp_path):
    text = "So you feel that nobody at home listens to you any more."
    lines = [
        {"kind": "mi", "id": "c1", "speaker": "therapist", "text": text, "context": "Nobody listens.",
         "code": "complex_reflection"},
        {"kind": "empathy", "id": "c2", "seeker": "x", "response": "y", "mechanism": "explorations", "level": 1},
    ]  # fmt: skip
    file = tmp_path / "c.jsonl"
    file.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "model"
    result = runner.invoke(
        app, ["train", "--data", str(ANNOMI), "--out", str(out), "--limit", "400", "--corrections", str(file)]
    )
    assert result.exit_code == 0, result.output
    assert "and 1 corrections" in result.stdout
    meta = json.loads((out / "mi.json").read_text(encoding="utf-8"))
    assert meta["corrections"] == 1
    coded = runner.invoke(app, ["mi", "--model", str(out)], input=json.dumps({"id": 1, "speaker": "therapist",
                                                                                "text": text}) + "\n")  # fmt: skip
    assert coded.exit_code == 0 and json.loads(coded.stdout)["code"] in (
        "open_question", "closed_question", "simple_reflection", "complex_reflection", "therapeutic_input", "other",
    )  # fmt: skip


def test_a_bad_corrections_file_is_refused(tmp_path):
    file = tmp_path / "bad.jsonl"
    file.write_text('{"kind": "other"}\n', encoding="utf-8")
    result = runner.invoke(app, ["train", "--data", str(ANNOMI), "--out", str(tmp_path / "m"), "--corrections",
                                 str(file)])  # fmt: skip
    assert result.exit_code == 2
