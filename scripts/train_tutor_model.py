"""Train the therapist tutor's shipped models and write them to ``src/alongside/tutor/model/``.

    PYTHONPATH=src python scripts/train_tutor_model.py [--shared ../shared/data]
        [--out-dir src/alongside/tutor/model] [--no-goemotions]

Reproducible: the same files give the same weights (full-batch L-BFGS from zero, no sampling
beyond a fixed cap taken in file order). numpy + scipy only.

Only data the project may ship trains these models (EPITOME and ESConv are non-commercial and
never used here; they evaluate, see ``benchmarks/tutor_eval.py``):

* empathy: ``src/alongside/tutor/training/empathy_examples.jsonl`` (the team's labelled
  seeker/response pairs, English and Dutch, CLINICAL.md's definitions), plus weak labels from
  GoEmotions (Apache-2.0; Demszky et al. 2020): "caring" comments that offer sympathy ("sorry",
  "hope you", "hugs") → emotional reactions 1; neutral-only comments without a question →
  emotional reactions 0 and explorations 0; at weight 0.3, at most ``--weak-cap`` each. Each
  head's sentence pooling is chosen by cross-validation on the team's pairs (``train.choose_pooling``).
* MI: AnnoMI (public domain, with attribution; Wu et al. 2022, 2023), the training sessions only
  (``data.session_half``: a stable hash of the transcript id; the benchmark reports the others).

counsel-chat (MIT) carries no empathy or MI labels and is not used for training.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alongside.tutor.service.coding import DEFAULT_DIR, save_heads  # noqa: E402
from alongside.tutor.training.data import load_annomi, load_empathy_examples, session_half  # noqa: E402
from alongside.tutor.training.train import WeakExample, train_empathy, train_mi  # noqa: E402

CARING, NEUTRAL = "5", "27"
SYMPATHY = re.compile(r"\b(?:sorry|hope you|hugs?|feel better|condolences|thinking of you)\b", re.IGNORECASE)


def goemotions_weak(path: Path, cap: int) -> list[WeakExample]:
    """Weak single-mechanism labels from GoEmotions' training comments (see module docstring)."""
    caring, neutral = [], []
    with (path / "train.tsv").open(encoding="utf-8") as f:
        for text, labels, _ in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            ids = labels.split(",")
            if CARING in ids and SYMPATHY.search(text) and len(caring) < cap:
                caring.append(WeakExample("emotional_reactions", text, 1, 0.3))
            elif ids == [NEUTRAL] and "?" not in text and len(neutral) < 2 * cap:
                neutral.append(WeakExample("emotional_reactions", text, 0, 0.3))
                neutral.append(WeakExample("explorations", text, 0, 0.3))
    return caring + neutral


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--no-goemotions", action="store_true")
    parser.add_argument("--weak-cap", type=int, default=400)
    args = parser.parse_args()
    today = dt.date.today().isoformat()

    pairs = load_empathy_examples()
    weak = [] if args.no_goemotions else goemotions_weak(args.shared / "goemotions", args.weak_cap)
    save_heads(
        args.out_dir,
        "empathy",
        train_empathy(pairs, weak),
        {
            "trained": today,
            "examples": len(pairs),
            "weak_examples": len(weak),
            "sources": ["tutor/training/empathy_examples.jsonl"] + ([] if not weak else ["goemotions (Apache-2.0)"]),
        },
    )
    print(f"empathy: {len(pairs)} team pairs, {len(weak)} weak GoEmotions labels")

    examples = [e for e in load_annomi(args.shared / "annomi") if session_half(e.transcript_id) == "train"]
    save_heads(
        args.out_dir,
        "mi",
        train_mi(examples),
        {"trained": today, "examples": len(examples), "sources": ["annomi training sessions (public domain)"]},
    )
    print(f"mi: {len(examples)} AnnoMI utterances from the training sessions")
    for name in sorted(args.out_dir.iterdir()):
        print(f"  {name.relative_to(ROOT) if name.is_relative_to(ROOT) else name}  {name.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
