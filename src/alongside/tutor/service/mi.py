"""MI behaviour codes of therapist turns and talk type of client turns.

Therapist codes follow AnnoMI's main behaviours with their sub-codes: ``open_question``,
``closed_question``, ``simple_reflection``, ``complex_reflection``, ``therapeutic_input``
(information, advice with or without permission, negotiation, options) and ``other``; client
codes are ``change``, ``sustain`` and ``neutral``.

Features: the turn's n-grams, the words of the turn before it (the client's words, for a
therapist turn), and transparent context cues that tell a reflection from other input — how much
of the turn repeats the previous turn's content words, whether it ends in a question mark, how it
opens (a wh-word, an auxiliary verb), and reflection stems ("it sounds like", "you feel",
"so you're saying", "je voelt", "het klinkt alsof").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from alongside.tutor.service.coding import load_heads
from alongside.tutor.service.features import Features, content_words, words

__all__ = ["CLIENT_CODES", "THERAPIST_CODES", "MiTurn", "code_turns", "turn_features"]

THERAPIST_CODES = (
    "open_question",
    "closed_question",
    "simple_reflection",
    "complex_reflection",
    "therapeutic_input",
    "other",
)
CLIENT_CODES = ("change", "sustain", "neutral")

_OPENERS_OPEN = frozenset("what how why tell describe wat hoe waarom vertel beschrijf welke which where waar".split())
_OPENERS_CLOSED = frozenset(
    "do does did is are was were have has had can could would will should shall may am "
    "heb hebt heeft ben bent is zijn was kun kunt kan zou wil wilt doe doet gaat ga mag".split()
)
_CUES = {
    "sounds_like": r"\b(?:it |that )?sounds? (?:like|as if)|het klinkt (?:alsof|als)|dat klinkt",
    "you_feel": r"\byou(?:'re| are)? (?:feel|feeling|felt)\b|\bje voelt|\bu voelt|\bvoel je",
    "so_you": r"^(?:so|and so|zo|dus|oke dus|okay so)\b.{0,40}\b(?:you|je|jij|u)\b",
    "you_saying": r"\byou(?:'re| are) saying|\bwhat i(?:'m| am) hearing|\bje zegt|\bwat ik hoor",
    "you_re": r"^(?:you|you're|you've|you'd|your|je|jij|u) ",
    "part_of_you": r"\bpart of you|\bon (?:the )?one hand|\been deel van je|aan de ene kant",
    "you_want": r"\byou (?:really )?(?:want|wish|hope|would like)|\bje wilt|\bje hoopt",
    "permission": r"\b(?:would you like|may i|can i|would it be ok|mind if i|wil je dat ik|mag ik)\b",
    "advice": r"\b(?:you should|you could try|i (?:would )?(?:suggest|recommend)|i'd suggest|je zou|ik raad)\b",
    "information": r"\b(?:research|studies|studie|onderzoek|percent|procent|risk|risico|guidelines?|richtlijn)\b",
    "greeting": r"^(?:hi|hello|hey|welcome|thank|thanks|bye|goodbye|hallo|dag|welkom|dank)\b",
    "backchannel": r"^(?:m+h?m+|uh[- ]huh|yeah|yes|ok(?:ay)?|right|sure|ja|oke|precies|klopt)[.!,]?$",
}
_CUE_RE = {name: re.compile(p) for name, p in _CUES.items()}


@dataclass(frozen=True, slots=True)
class MiTurn:
    speaker: str  # "therapist" | "client"
    text: str
    context: str = ""  # the turn before it (for a therapist turn: what the client said)


def _overlap(tokens: list[str], previous: list[str]) -> float:
    mine = content_words(tokens)
    if not mine:
        return 0.0
    return len(mine & content_words(previous)) / len(mine)


def turn_features(turn: MiTurn) -> Features:
    """The features of one turn in its context (the same for training and coding)."""
    tokens, previous = words(turn.text), words(turn.context)
    side = "t" if turn.speaker == "therapist" else "c"
    f = Features()
    f.add_text(f"{side}:", tokens)
    f.add_text(f"{side}p:", previous, chars=False, bigrams=False)
    norm = " ".join(t for t in tokens if t not in "?!")
    for name, pattern in _CUE_RE.items():
        if pattern.search(norm):
            f.add(f"{side}cue:{name}")
    question = "?" in tokens
    f.add(f"{side}q:{question}:{bool(tokens) and tokens[-1] == '?'}")
    if tokens:
        first = tokens[0]
        kind = "open" if first in _OPENERS_OPEN else "closed" if first in _OPENERS_CLOSED else "x"
        f.add(f"{side}first:{kind}:{question}")
    overlap = _overlap(tokens, previous)
    f.add_bucket(f"{side}overlap", overlap, (0.0, 0.15, 0.35, 0.6))
    f.add_bucket(f"{side}overlap_q{question}", overlap, (0.0, 0.25, 0.5))
    f.add_bucket(f"{side}len", len(tokens), (2, 5, 10, 20, 40))
    f.add_bucket(f"{side}prevlen", len(previous), (0, 3, 10, 30))
    f.add(f"{side}bias")
    return f


def code_turns(turns: list[MiTurn], model_dir: Path | None = None) -> list[str]:
    """The code of each turn (therapist behaviour or client talk type), in order."""
    heads, _ = load_heads("mi", model_dir)
    out: list[str | None] = [None] * len(turns)
    for speaker, head_name in (("therapist", "therapist"), ("client", "client")):
        picked = [i for i, t in enumerate(turns) if t.speaker == speaker]
        if picked:
            codes = heads[head_name].predict([turn_features(turns[i]) for i in picked])
            for i, code in zip(picked, codes, strict=True):
                out[i] = code
    return [c or "" for c in out]
