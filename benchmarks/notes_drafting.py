"""The extractive note drafter on real counselling transcripts (AnnoMI, 133 MI sessions).

    python benchmarks/notes_drafting.py [--annomi ../shared/data/annomi/AnnoMI-simple.csv] [--limit N]

For every transcript, in SOAP, DAP and BIRP, as the product does it (each line screened for risk,
then drafted, then checked): prints

(a) traceability: the share of drafts for which ``verify_draft`` finds nothing (every sentence has a
    source; no number, name or medication without one) — the target is 100%;
(b) risk: lines screened at moderate or above (and how many of them on the learned layer alone), and
    the share of them present in their draft (100%);
(c) placement against AnnoMI's own labels, as a sanity figure (no gold notes exist): of the SOAP
    Subjective sentences, the share spoken by the client; of the Assessment sentences from the
    therapist, the share labelled "reflection"; of BIRP's Intervention sentences, the share labelled
    question, reflection or therapist_input;
(d) size: sentences per section (mean), and speed: ms per draft, with and without the screening.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alongside.notes.service import drafting, facts, verify  # noqa: E402
from alongside.safety.screening import screen  # noqa: E402

ANNOMI = ROOT.parent / "shared/data/annomi/AnnoMI-simple.csv"
TARGETS = {"traceable": 1.0, "risk_kept": 1.0}


def load(path: Path) -> dict[str, list[dict[str, str]]]:
    by_transcript: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_transcript[row["transcript_id"]].append(row)
    return dict(sorted(by_transcript.items(), key=lambda kv: int(kv[0])))


def lines_of(rows: list[dict[str, str]]) -> tuple[list[drafting.DraftLine], int]:
    """The lines with their screening level, and how many were flagged by the learned layer alone."""
    lines, model_only = [], 0
    for n, row in enumerate(rows, 1):
        result = screen(row["utterance_text"])
        risk = result.level.value if result.level.at_least("moderate") else None
        model_only += bool(risk) and {s.code for s in result.signals} <= {"model_risk"}
        lines.append(drafting.DraftLine(n, row["interlocutor"], row["interlocutor"], row["utterance_text"], risk))
    return lines, model_only


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--annomi", type=Path, default=ANNOMI)
    parser.add_argument("--limit", type=int, default=0, help="only the first N transcripts")
    args = parser.parse_args()
    if not args.annomi.exists():
        sys.exit(f"AnnoMI not found at {args.annomi} (see ../shared/data/annomi/SOURCE.md)")
    transcripts = load(args.annomi)
    if args.limit:
        transcripts = dict(list(transcripts.items())[: args.limit])
    words = facts.template_words()
    drafts = traceable = risk_lines = risk_kept = model_only = 0
    problems: Counter[str] = Counter()
    sizes: dict[str, list[int]] = defaultdict(list)
    placement: Counter[str] = Counter()
    with_screening, without_screening = [], []
    for rows in transcripts.values():
        started = time.perf_counter()
        lines, flagged_by_model = lines_of(rows)
        model_only += flagged_by_model
        screening = time.perf_counter() - started
        sources = verify.SourceText({f"line:{line.n}": line.text for line in lines})
        for fmt in ("soap", "dap", "birp"):
            started = time.perf_counter()
            draft = drafting.make_draft(drafting.DraftRequest(fmt, lines))
            report = verify.verify_draft(draft.to_dict(), sources, words)
            elapsed = time.perf_counter() - started
            without_screening.append(elapsed)
            with_screening.append(elapsed + screening)
            drafts += 1
            traceable += report.ok
            problems.update(p.kind for p in report.problems)
            present = {r for s in draft.sections for sentence in s.sentences for r in sentence.refs}
            risky = [line for line in lines if line.risk]
            risk_lines += len(risky)
            risk_kept += sum(f"line:{line.n}" in present for line in risky)
            for section in draft.sections:
                sizes[f"{fmt}.{section.key}"].append(len(section.sentences))
                for sentence in section.sentences:
                    row = rows[int(sentence.refs[0][5:]) - 1]
                    placement[f"{fmt}.{section.key}.{row['interlocutor']}.{row['main_therapist_behaviour']}"] += 1

    def share(numerator: int, denominator: int) -> str:
        return f"{numerator / denominator:.1%} ({numerator}/{denominator})" if denominator else "n/a"

    def count(prefix: str, *, who: str | None = None, behaviours: tuple[str, ...] = ()) -> int:
        return sum(
            n for key, n in placement.items()
            if key.startswith(prefix) and (who is None or key.split(".")[2] == who)
            and (not behaviours or key.split(".")[3] in behaviours)
        )  # fmt: skip

    print(
        f"AnnoMI: {len(transcripts)} transcripts, {sum(len(r) for r in transcripts.values())} utterances, "
        f"{drafts} drafts"
    )
    print(
        f"(a) traceable drafts: {share(traceable, drafts)}   target {TARGETS['traceable']:.0%}   "
        f"problems: {dict(problems)}"
    )
    print(f"(b) risk lines kept in their draft: {share(risk_kept, risk_lines)}   target {TARGETS['risk_kept']:.0%}")
    utterances = sum(len(r) for r in transcripts.values())
    print(f"    lines at moderate+: {risk_lines // 3} of {utterances}, on the learned layer alone: {model_only}")
    print("(c) placement against AnnoMI's labels (sanity, not a gold standard):")
    print(
        "    SOAP Subjective spoken by the client: "
        + share(count("soap.subjective", who="client"), count("soap.subjective"))
    )
    therapist_assessment = count("soap.assessment", who="therapist")
    print(
        "    SOAP Assessment (therapist) labelled reflection: "
        + share(count("soap.assessment", who="therapist", behaviours=("reflection",)), therapist_assessment)
    )  # noqa: E501
    birp = count("birp.intervention")
    techniques = count("birp.intervention", behaviours=("question", "reflection", "therapist_input"))
    print(f"    BIRP Intervention labelled question, reflection or therapist input: {share(techniques, birp)}")
    print("(d) sentences per section (mean): " + ", ".join(f"{k} {statistics.fmean(v):.1f}" for k, v in sizes.items()))
    print(f"    ms per draft (drafting + check): median {statistics.median(without_screening) * 1000:.1f}, "
          f"p95 {sorted(without_screening)[int(0.95 * len(without_screening))] * 1000:.1f}")  # fmt: skip
    print(f"    ms per draft with every line screened: median {statistics.median(with_screening) * 1000:.1f}")


if __name__ == "__main__":
    main()
