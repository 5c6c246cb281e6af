"""`alongside insights analyze FILE.csv`: JSON for a good table, a reason for a short one, and exit code 2
with the line and column on stderr for a table that cannot be read."""

from __future__ import annotations

import json
from datetime import date, timedelta

import numpy as np
import pytest
from typer.testing import CliRunner

from alongside.insights.cli import app

runner = CliRunner()
PATTERN_KEYS = {"factor", "outcome", "lag", "effect", "ci_low", "ci_high", "p", "q", "n_with", "n_without"}


def write_table(path, days: int = 150, seed: int = 4) -> None:
    rng = np.random.default_rng(seed)
    alcohol = rng.random(days) < 0.3
    noise = rng.normal(0, 0.8, days)
    lines = ["date,mood,energy,alcohol,sleep_hours"]
    for i in range(days):
        mood = int(np.clip(round(6 - 2 * alcohol[i] + noise[i]), 1, 10))
        sleep = "" if i % 17 == 0 else f"{7 + rng.normal(0, 1):.1f}"
        energy = "" if i % 5 == 0 else str(int(np.clip(round(5 + rng.normal(0, 1)), 0, 10)))
        lines.append(f"{date(2025, 1, 1) + timedelta(days=i)},{mood},{energy},{int(alcohol[i])},{sleep}")
    path.write_text("\n".join(lines) + "\n")


def run(*args: str):
    return runner.invoke(app, ["analyze", *map(str, args)])


class TestAnalyze:
    def test_prints_patterns_and_trends_as_json(self, tmp_path):
        write_table(tmp_path / "days.csv")
        result = run(tmp_path / "days.csv")
        assert result.exit_code == 0, result.stderr
        out = json.loads(result.stdout)
        [pattern] = [p for p in out["patterns"] if p["factor"] == "alcohol"]
        assert PATTERN_KEYS <= set(pattern) and pattern["outcome"] == "mood" and pattern["lag"] == 0
        assert pattern["ci_low"] < -2 < pattern["ci_high"] and pattern["q"] <= 0.10
        assert pattern["sentence"].startswith("On days with alcohol, your mood seemed")
        assert pattern["sentence_nl"].startswith("Op dagen met alcohol leek je stemming gemiddeld")
        assert set(out["trends"]) == {"mood", "energy"}
        assert "shift" in out["trends"]["mood"] and "weekly" in out["trends"]["mood"]

    def test_lang_nl_puts_dutch_in_sentence(self, tmp_path):
        write_table(tmp_path / "days.csv")
        out = json.loads(run(tmp_path / "days.csv", "--lang", "nl").stdout)
        pattern = out["patterns"][0]
        assert pattern["sentence"] == pattern["sentence_nl"] and "95%-BI" in pattern["sentence"]

    def test_fewer_than_fourteen_days_is_valid_json_with_a_reason(self, tmp_path):
        write_table(tmp_path / "short.csv", days=13)
        result = run(tmp_path / "short.csv")
        assert result.exit_code == 0
        out = json.loads(result.stdout)
        assert out["patterns"] == [] and "14" in out["reason"]


class TestErrors:
    @pytest.mark.parametrize(
        ("content", "message"),
        [
            ("day,mood\n2025-01-01,5\n", "line 1: no 'date' column"),
            ("date,mood\n2025-01-01,5\n01/02/2025,6\n", "line 3, column 'date': '01/02/2025' is not an ISO date"),
            (
                "date,mood,steps\n2025-01-01,5,1000\n2025-01-02,6,lots\n",
                "line 3, column 'steps': 'lots' is not a number",
            ),
            (
                "date,mood\n2025-01-01,5\n2025-01-02,6\n2025-01-01,7\n",
                "line 4, column 'date': 2025-01-01 already on line 2",
            ),
            ("date,mood\n2025-01-01,5\n2025-01-02,11\n", "line 3, column 'mood': 11 is outside 1–10"),
            ("date,mood\n2025-01-01,0\n", "line 2, column 'mood': 0 is outside 1–10"),
        ],
    )
    def test_a_bad_table_exits_2_naming_line_and_column(self, tmp_path, content, message):
        (tmp_path / "bad.csv").write_text(content)
        result = run(tmp_path / "bad.csv")
        assert result.exit_code == 2
        assert message in result.stderr and result.stdout == ""

    def test_a_missing_file(self, tmp_path):
        result = run(tmp_path / "nowhere.csv")
        assert result.exit_code == 2 and "no such file" in result.stderr

    def test_an_unknown_language(self, tmp_path):
        write_table(tmp_path / "days.csv", days=20)
        result = run(tmp_path / "days.csv", "--lang", "de")
        assert result.exit_code == 2 and "--lang" in result.stderr
