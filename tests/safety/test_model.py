"""The learned layer of risk screening (alongside.safety.screening.model) and how the engine uses it.

Texts here are written for these tests; none comes from the dev or the test set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from alongside import config
from alongside.safety.screening import RiskLevel, normalise, screen, screen_rules
from alongside.safety.screening import model as M

SRC = Path(__file__).resolve().parents[2] / "src"

EN_PRE = "Work was busy today and the printer jammed twice. Lunch with Priya was nice, we tried the new ramen place. "
EN_RISK = "Everyone would honestly be better off if I just disappeared for good."
EN_POST = " Tomorrow I need to buy a birthday present for my nephew and book the car in for its service."
NL_PRE = (
    "Vandaag was het druk op werk en de printer liep twee keer vast. Lunch met Sanne was gezellig, "
    "we zijn naar die nieuwe ramen-tent geweest. "
)
NL_RISK = "Soms hoop ik dat ik gewoon niet meer wakker word."
NL_POST = " Morgen moet ik een cadeautje kopen voor mijn neefje en de auto naar de garage brengen."

EVERYDAY = [
    "My grandmother turns 90 on Sunday and we are throwing her a party.",
    "We watched a documentary about lighthouses last night, it was lovely.",
    "De trein naar Utrecht had weer vertraging, dus ik was te laat voor de les.",
    "Tonight I am going to cook pasta.",
    "I'm going to the gym tonight",
    "Ik ga vanavond eindelijk die kast in elkaar zetten.",
    "Als het morgen regent gaan we naar het museum.",
    "What time does the last train to Amsterdam leave tonight?",
]
IDIOMS = [
    "I nearly died laughing at that meme.",
    "That exam absolutely destroyed me, I need a nap and a pizza.",
    "Mijn baas vermoordt me als ik dit rapport weer te laat inlever.",
    "I could sleep for a week after this sprint lol.",
    "ik ga dood van het lachen om die video",
    "This heatwave is killing me, the office has no air conditioning.",
]
NEGATED = ["I have no suicidal thoughts", "I'd never kill myself, I'm just worn out"]
# Everyday plans with a time, a place or "when ..." (the surface cues of timed plans). Written for this test.
EVERYDAY_PLANS = [
    "Morgenavond ga ik eindelijk mijn oma bezoeken, ik heb er zin in.",
    "Vanavond om acht uur begint de voetbalwedstrijd, ik heb de chips al klaarstaan.",
    "Volgende week vlieg ik naar Lissabon, de koffer is al bijna ingepakt.",
    "Zaterdag ga ik de tuin doen als het droog blijft, daarna pizza.",
    "Ik heb morgen om 9 uur een sollicitatiegesprek, spannend maar ik ben er klaar voor.",
    "Na het werk ga ik vanavond nog even hardlopen, en dan vroeg naar bed.",
    "As soon as the kids are asleep tonight I'm going to finish my book.",
    "This weekend I'm taking the kids to the beach if the weather holds.",
    "Tomorrow at 6am I'm driving to the airport, everything is packed.",
    "I've got it all planned for Saturday: cinema, then dinner with Tom.",
    "Next Friday I'll hand in my notice and start the new job in March.",
    "When everyone's asleep I'll sneak downstairs and wrap the presents.",
]


@pytest.fixture
def model_off(monkeypatch):
    monkeypatch.setenv("ALONGSIDE_SCREENING_MODEL", "off")
    config.reload_settings()
    yield
    monkeypatch.delenv("ALONGSIDE_SCREENING_MODEL")
    config.reload_settings()


class TestFeatureHashing:
    def test_known_indices(self):
        # computed once with zlib.crc32; a change means every shipped weight is misplaced
        assert M._crc("c: ki") == 53045
        assert M._crc("w:kill") == 112008
        assert sorted(M.feature_indices(["kms"]))[:3] == [49891, 53979, 68396]

    def test_stable_across_processes(self):
        code = (
            "import json; from alongside.safety.screening.model import feature_indices, tokens; "
            "print(json.dumps(sorted(feature_indices(tokens('ik wil er niet meer zijn, echt niet')))))"
        )
        outputs = []
        for seed in ("1", "2"):  # Python's own str hash differs between these runs; ours must not
            env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": seed}
            proc = subprocess.run(  # noqa: S603 (a fixed command of our own)
                [sys.executable, "-c", code], capture_output=True, env=env, check=True
            )
            outputs.append(json.loads(proc.stdout))
        here = sorted(M.feature_indices(M.tokens("ik wil er niet meer zijn, echt niet")))
        assert outputs[0] == outputs[1] == here

    def test_indices_in_range(self):
        idx = M.text_features("Ik wil d00d 💀 — “really”")
        assert idx and all(0 <= i < 1 << M.HASH_BITS for i in idx)


class TestWeightsFile:
    def test_loads_with_documented_shapes(self):
        model = M.load_model()
        meta = json.loads(M.META_FILE.read_text(encoding="utf-8"))
        assert meta["weights"]["learner"] == "mlp"
        hidden = meta["weights"]["shape"][1]
        assert model.weights.shape == (1 << M.HASH_BITS, hidden) == tuple(meta["weights"]["shape"])
        assert model.bias.shape == (hidden,)
        assert model.w2.shape == (hidden, len(M.HEADS)) == tuple(meta["weights"]["output_shape"])
        assert model.b2.shape == (len(M.HEADS),)
        assert meta["heads"] == [str(h) for h in M.HEADS] == ["moderate", "high", "imminent"]
        assert set(meta["thresholds"]) == {"moderate", "high", "imminent"}
        assert all(0 < t < 1 for t in meta["thresholds"].values())
        assert meta["features"]["hash_bits"] == M.HASH_BITS
        assert meta["feature_version"] == M.FEATURE_VERSION
        assert meta["training"]["sources"]["team"]["texts"] >= 1000
        assert M.WEIGHTS_FILE.stat().st_size < 10_000_000
        import numpy as np

        with np.load(M.WEIGHTS_FILE) as data:
            assert data["weights_q"].dtype == np.int8 and data["weights_scale"].dtype == np.float32
            assert data["bias"].dtype == np.float32
            assert data["w2"].dtype == np.float16 and data["b2"].dtype == np.float32
            # a bucket no training text touched is zero: an unseen feature adds nothing
            assert (data["weights_q"] == 0).all(axis=1).any()

    def test_trained_on_all_team_files_with_thresholds_from_unseen_texts(self):
        meta = json.loads(M.META_FILE.read_text(encoding="utf-8"))
        sources = meta["training"]["sources"]
        assert {"team", "team_extra", "team_more"} <= set(sources)
        assert sources["team_more"]["texts"] >= 1500
        # thresholds were chosen on out-of-fold scores, within the false-alarm budget
        assert meta["threshold_choice"].startswith("out-of-fold")
        assert "leave-one-writer-out" in meta["threshold_choice"]
        assert {s["writer"] for s in sources.values() if "writer" in s} >= {f"writer{k}" for k in range(1, 7)}
        assert meta["threshold_set"]["texts"] >= 6000
        assert meta["threshold_set"]["false_alarm"] <= 0.05

    def test_loaded_once(self):
        assert M.get_model() is M.get_model()


class TestHiddenLayer:
    """The forward pass of the one-hidden-layer model, on weights small enough to work out by hand."""

    def model(self):
        import numpy as np

        hidden = 2
        weights = np.zeros((1 << M.HASH_BITS, hidden), dtype=np.float32)
        idx = sorted(M.feature_indices(["kms"]))
        weights[idx, 0] = 1.0  # unit 0 counts the features of "kms"
        weights[idx, 1] = -1.0  # unit 1 is pushed below zero by them: ReLU cuts it off
        bias = np.array([0.0, 0.5], dtype=np.float32)
        w2 = np.array([[2.0, 1.0, 0.0], [3.0, 3.0, 3.0]], dtype=np.float32)
        b2 = np.array([-1.0, -2.0, 0.0], dtype=np.float32)
        meta = {"thresholds": {str(h): 0.5 for h in M.HEADS}, "feature_version": M.FEATURE_VERSION}
        return M.RiskModel(weights, bias, meta, w2, b2), len(idx)

    def test_probabilities_by_hand(self):
        import math

        model, n = self.model()
        h0 = n / math.sqrt(n)  # binary features, scaled by the square root of their number
        expected = [1 / (1 + math.exp(-z)) for z in (2 * h0 - 1, h0 - 2, 0.0)]
        assert model.score_words([["kms"]])[0] == pytest.approx(expected, rel=1e-5)
        # a unit with none of those features: unit 0 is 0, unit 1 passes its bias 0.5
        calm = [1 / (1 + math.exp(-z)) for z in (1.5 - 1, 1.5 - 2, 1.5)]
        assert model.score_words([["hello"]])[0] == pytest.approx(calm, rel=1e-5)

    def test_shapes_checked(self):
        import numpy as np

        model, _ = self.model()
        with pytest.raises(ValueError, match="output layer"):
            M.RiskModel(model.weights, model.bias, model.meta, np.zeros((2, 4)), model.b2)
        with pytest.raises(ValueError, match="weights have shape"):
            M.RiskModel(model.weights[:, :1], model.bias, model.meta, model.w2, model.b2)

    def test_int8_table_scores_like_the_float_table(self):
        import numpy as np

        model, _ = self.model()
        table = model.weights.astype(np.float32)
        first = sorted(M.feature_indices(["kms"]))[0]
        table[first, :] = [0.3137, -0.7071]  # values of a bucket the test scores, off the int8 grid
        table[7, :] = [1.7, 0.9]  # the largest values set the scale of each column
        q, scale = M.RiskModel.quantise(table)
        assert q.dtype == np.int8 and scale.shape == (2,)
        assert not np.allclose(q[first] * scale, table[first], atol=1e-6)  # rounding really happens
        quantised = M.RiskModel(q, model.bias, model.meta, model.w2, model.b2, scale)
        exact = M.RiskModel(table, model.bias, model.meta, model.w2, model.b2)
        words = [["kms"], ["hello", "world"], ["kms", "now"]]
        diff = np.abs(quantised.score_words(words) - exact.score_words(words))
        assert 0 < diff.max() < 0.003
        # the shipped model is stored this way
        assert M.get_model().scale is not None

    @pytest.mark.parametrize("kind", ["int8", "float16_mlp", "linear"])
    def test_every_file_format_loads(self, kind, tmp_path):
        import numpy as np

        model, _ = self.model()
        meta_file = tmp_path / "m.json"
        meta_file.write_text(json.dumps(model.meta), encoding="utf-8")
        if kind == "int8":
            q, scale = M.RiskModel.quantise(model.weights)
            arrays = {"weights_q": q, "weights_scale": scale, "bias": model.bias, "w2": model.w2, "b2": model.b2}
        elif kind == "float16_mlp":
            arrays = {"weights": model.weights, "bias": model.bias, "w2": model.w2, "b2": model.b2}
        else:
            arrays = {"weights": np.zeros((1 << M.HASH_BITS, 3), np.float16), "bias": np.zeros(3, np.float32)}
        np.savez_compressed(tmp_path / "m.npz", **arrays)
        loaded = M.load_model(tmp_path / "m.npz", meta_file)
        assert loaded.score_words([["kms"]]).shape == (1, len(M.HEADS))
        assert (loaded.w2 is None) == (kind == "linear") and (loaded.scale is None) == (kind != "int8")

    def test_a_file_without_its_scale_is_refused(self, tmp_path):
        import numpy as np

        model, _ = self.model()
        (tmp_path / "m.json").write_text(json.dumps(model.meta), encoding="utf-8")
        q, _ = M.RiskModel.quantise(model.weights)
        np.savez_compressed(tmp_path / "m.npz", weights_q=q, bias=model.bias, w2=model.w2, b2=model.b2)
        with pytest.raises(ValueError, match="weights_scale"):
            M.load_model(tmp_path / "m.npz", tmp_path / "m.json")


class TestOnlyRaises:
    @pytest.mark.parametrize(
        "text",
        [
            EN_PRE + EN_RISK + EN_POST,
            NL_PRE + NL_RISK + NL_POST,
            *EVERYDAY,
            *IDIOMS,
            *NEGATED,
            "I want to kill myself",
            "ik ga mezelf vannacht van kant maken, de pillen liggen klaar",
            "My sister is suicidal and I don't know how to help her",
            "I feel so alone lately",
            "",
            "   ",
            "kms",
        ],
    )
    def test_combined_never_below_rules(self, text):
        rules, combined = screen_rules(text), screen(text)
        assert combined.level.rank >= rules.level.rank
        assert set(rules.signals) <= set(combined.signals)  # the rules' findings are all kept
        extra = [s for s in combined.signals if s.code == "model_risk"]
        assert len(extra) <= 1
        if extra:
            assert combined.level.rank > rules.level.rank and extra[0].level == combined.level
            assert text[extra[0].start : extra[0].end] == extra[0].text


class TestBuriedSentence:
    @pytest.mark.parametrize("pre,risk,post", [(EN_PRE, EN_RISK, EN_POST), (NL_PRE, NL_RISK, NL_POST)])
    def test_found_in_long_text(self, pre, risk, post):
        text = pre + risk + post
        result = screen(text)
        assert result.level.at_least(RiskLevel.MODERATE), result.to_dict()
        verdict = M.assess(text, normalise(text), [])
        assert verdict is not None and verdict.level.at_least(RiskLevel.MODERATE)
        assert text[verdict.start : verdict.end] == risk  # the clinician sees the sentence itself

    @pytest.mark.parametrize("risk", [EN_RISK, NL_RISK])
    def test_alone_too(self, risk):
        assert screen(risk).level.at_least(RiskLevel.MODERATE)

    def test_everyday_long_text_stays_calm(self):
        text = EN_PRE + "My sister called and we talked about her holiday plans." + EN_POST
        assert not screen(text).level.at_least(RiskLevel.MODERATE)


class TestStaysBelowModerate:
    @pytest.mark.parametrize("text", EVERYDAY + IDIOMS + NEGATED)
    def test_calm(self, text):
        result = screen(text)
        assert not result.level.at_least(RiskLevel.MODERATE), result.to_dict()


class TestEverydayPlans:
    """Time words and plans alone are no risk: the learned layer must not raise them to moderate+."""

    @pytest.mark.parametrize("text", EVERYDAY_PLANS)
    def test_below_moderate(self, text):
        result = screen(text)
        assert not result.level.at_least(RiskLevel.MODERATE), result.to_dict()

    def test_beach_weekend(self):
        # a former known failure ("... ga ik naar het ..." + a time read as going to a place): fixed by
        # training texts with everyday destinations and thresholds chosen on unseen texts
        text = "Dit weekend ga ik met de kinderen naar het strand als het mooi weer is"
        assert not screen(text).level.at_least(RiskLevel.MODERATE)


class TestSwitch:
    def test_off_gives_the_rules_alone(self, model_off):
        text = EN_PRE + EN_RISK + EN_POST
        assert config.settings.screening_model is False
        assert screen(text) == screen_rules(text)
        assert "model_risk" not in screen(text).codes

    def test_on_by_default(self):
        assert config.settings.screening_model is True
        assert "model_risk" in screen(EN_PRE + EN_RISK + EN_POST).codes


class TestImportCost:
    def test_importing_the_cli_loads_neither_numpy_nor_weights(self):
        code = (
            "import sys, alongside.safety.cli, alongside.safety.screening; "
            "print('numpy' in sys.modules, 'alongside.config' in sys.modules)"
        )
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        proc = subprocess.run(  # noqa: S603 (a fixed command of our own)
            [sys.executable, "-c", code], capture_output=True, env=env, check=True, text=True
        )
        assert proc.stdout.split() == ["False", "False"]
