"""Helpers for the questionnaire tests: answers that add up to a chosen total."""

from __future__ import annotations

from alongside.questionnaires.scoring import ANSWER_MAX, ITEM_COUNT, Instrument


def answers_for(instrument: str, raw: int, *, item9: int | None = None) -> dict[int, int]:
    """Answers (item → value) whose raw sum is ``raw``; PHQ-9 item 9 can be pinned."""
    inst = Instrument(instrument)
    count, top = ITEM_COUNT[inst], ANSWER_MAX[inst]
    answers = dict.fromkeys(range(1, count + 1), 0)
    pinned = {9: item9} if item9 is not None else {}
    answers.update(pinned)
    left = raw - sum(pinned.values())
    for n in answers:
        if n in pinned:
            continue
        answers[n] = min(top, left)
        left -= answers[n]
    assert left == 0 and sum(answers.values()) == raw, "total out of reach"
    return answers


def form_for(answers: dict[int, int]) -> dict[str, str]:
    return {f"q{n}": str(v) for n, v in answers.items()}
