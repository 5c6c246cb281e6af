"""`alongside tutor empathy|mi|train` as batch users call them: JSON lines in and out, bad lines
reported with their number, and a model trained in tmp_path used with --model."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from alongside.tutor.cli import app

runner = CliRunner()
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _run(args: list[str], lines: list[str]) -> tuple[int, list[dict]]:
    result = runner.invoke(app, args, input="\n".join(lines) + "\n")
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


class TestEmpathyCommand:
    def test_levels_and_evidence(self):
        code, out = _run(
            ["empathy"],
            [json.dumps({"id": "a", "seeker": "I feel so alone.", "response": "I'm sorry. What happened?"})],
        )
        assert code == 0
        [row] = out
        assert row["id"] == "a"
        assert set(row) == {"id", "emotional_reactions", "interpretations", "explorations", "evidence"}
        assert all(row[m] in (0, 1, 2) for m in ("emotional_reactions", "interpretations", "explorations"))
        assert row["explorations"] >= 1 and row["evidence"]["explorations"][0]["text"] == "What happened?"

    def test_bad_lines_are_reported_and_the_run_goes_on(self):
        code, out = _run(
            ["empathy"],
            [
                "not json",
                json.dumps({"id": "b", "seeker": "x"}),
                "[1, 2]",
                json.dumps({"id": "c", "seeker": "I failed.", "response": "Oh no, I'm sorry."}),
            ],
        )
        assert code == 0
        assert out[0]["line"] == 1 and "invalid JSON" in out[0]["error"]
        assert out[1] == {"line": 2, "id": "b", "error": "missing or non-string 'response'"}
        assert out[2] == {"line": 3, "error": "expected a JSON object"}
        assert out[3]["id"] == "c" and "emotional_reactions" in out[3]


class TestMiCommand:
    def test_transcript_turn_by_turn_uses_the_line_before_as_context(self):
        code, out = _run(
            ["mi"],
            [
                json.dumps({"id": 1, "speaker": "therapist", "text": "What brings you here today?"}),
                json.dumps({"id": 2, "speaker": "client", "text": "My wife thinks I drink too much."}),
                json.dumps({"id": 3, "speaker": "therapist", "text": "Have you tried cutting down before?"}),
            ],
        )
        assert code == 0
        assert [o["id"] for o in out] == [1, 2, 3]
        assert out[0]["code"] == "open_question" and out[2]["code"] == "closed_question"
        assert out[1]["code"] in ("change", "sustain", "neutral")

    def test_bad_lines(self):
        code, out = _run(
            ["mi"],
            [
                json.dumps({"id": 1, "speaker": "coach", "text": "Hi"}),
                json.dumps({"id": 2, "speaker": "client"}),
                json.dumps({"id": 3, "speaker": "client", "text": "ok", "context": 5}),
                json.dumps({"id": 4, "speaker": "therapist", "text": "Do you smoke?", "context": "I'm here."}),
            ],
        )
        assert code == 0
        assert out[0] == {"line": 1, "id": 1, "error": "speaker must be 'therapist' or 'client'"}
        assert out[1]["line"] == 2 and "'text'" in out[1]["error"]
        assert out[2]["line"] == 3 and "'context'" in out[2]["error"]
        assert out[3] == {"id": 4, "code": "closed_question"}

    def test_missing_model_directory_exits_2(self, tmp_path):
        result = runner.invoke(app, ["mi", "--model", str(tmp_path)], input="")
        assert result.exit_code == 2


class TestTrainCommand:
    def test_train_on_a_small_epitome_sample_and_use_it(self, tmp_path):
        out_dir = tmp_path / "my-model"
        result = runner.invoke(
            app, ["train", "--data", str(SHARED / "epitome"), "--out", str(out_dir), "--limit", "150"]
        )
        assert result.exit_code == 0, result.output
        assert (out_dir / "empathy.json").is_file() and (out_dir / "empathy.npz").is_file()
        meta = json.loads((out_dir / "empathy.json").read_text())
        assert meta["examples"] == 150 and meta["kind"] == "empathy"
        assert set(meta["pooling"]) == {"emotional_reactions", "interpretations", "explorations"}
        assert all(w in (0.0, 1.0) for w in meta["pooling"].values())
        code, out = _run(
            ["empathy", "--model", str(out_dir)],
            [json.dumps({"id": 1, "seeker": "I'm sad.", "response": "I'm sorry, what happened?"})],
        )
        assert code == 0 and set(out[0]) >= {"id", "emotional_reactions", "evidence"}

    def test_a_configured_model_is_used_in_place_of_the_shipped_one(self, tmp_path, monkeypatch):
        from alongside.config import settings
        from alongside.tutor.service.coding import load_heads

        out_dir = tmp_path / "configured"
        result = runner.invoke(
            app, ["train", "--data", str(SHARED / "epitome"), "--out", str(out_dir), "--limit", "120"]
        )
        assert result.exit_code == 0, result.output
        _, shipped = load_heads("empathy")
        monkeypatch.setattr(settings, "tutor_empathy_model", out_dir)
        _, used = load_heads("empathy")
        assert used["examples"] == 120 and used != shipped
        _, mi = load_heads("mi")  # no MI model configured: still the shipped one
        assert mi["kind"] == "mi"

    def test_unknown_data_directory(self, tmp_path):
        result = runner.invoke(app, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
        assert result.exit_code == 2
        assert "expected EPITOME" in result.output
