"""`alongside safety screen` as batch users call it: JSON lines in, JSON lines out, bad lines reported."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from alongside.safety.cli import app

runner = CliRunner()


def _run(lines: list[str]) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["screen"], input="\n".join(lines) + "\n")
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


class TestScreenCommand:
    def test_good_lines(self):
        code, out = _run(
            [
                json.dumps({"id": "a", "text": "I'm going to kill myself tonight"}),
                json.dumps({"id": 7, "text": "Ik wil dood", "lang": "nl"}),
                json.dumps({"id": "c", "text": "this deadline is killing me"}),
            ]
        )
        assert code == 0
        assert [o["id"] for o in out] == ["a", 7, "c"]
        assert [o["level"] for o in out] == ["imminent", "moderate", "none"]
        assert out[0]["lang"] == "en" and out[1]["lang"] == "nl"
        assert {"code": "intent", "span": "I'm going to kill myself"} in out[0]["signals"]
        assert out[2]["signals"] == []

    def test_bad_lines_are_reported_with_line_numbers_and_the_run_goes_on(self):
        code, out = _run(
            [
                "not json",
                json.dumps({"id": "b"}),
                json.dumps({"id": "c", "text": 42}),
                json.dumps({"id": "d", "text": "hoi", "lang": "fr"}),
                "[1, 2]",
                "",
                json.dumps({"id": "e", "text": "I wish I was dead"}),
            ]
        )
        assert code == 0
        errors = [o for o in out if "error" in o]
        assert [e["line"] for e in errors] == [1, 2, 3, 4, 5]
        assert "id" not in errors[0] and [e.get("id") for e in errors[1:4]] == ["b", "c", "d"]
        assert out[-1] == {
            "id": "e",
            "level": "moderate",
            "lang": "en",
            "signals": [{"code": "passive_death_wish", "span": "I wish I was dead"}],
        }

    def test_missing_id_is_null(self):
        _, out = _run([json.dumps({"text": "fine"})])
        assert out == [{"id": None, "level": "none", "lang": "en", "signals": []}]

    def test_invalid_utf8_line(self):
        result = runner.invoke(app, ["screen"], input=b'\xff\xfe\n{"id": 1, "text": "ok"}\n')
        out = [json.loads(x) for x in result.stdout.splitlines()]
        assert out[0]["line"] == 1 and "error" in out[0] and out[1]["id"] == 1
