"""Empathy of a response towards a seeker's post: the three mechanisms of Sharma et al. 2020.

Each mechanism — emotional reactions (warmth, compassion, concern), interpretations (an
understanding of the seeker's feelings and experience), explorations (asking to understand more)
— is coded 0 none, 1 weak, 2 strong, with the words that carry it (CLINICAL.md, "Empathy in
text").

Two layers. The transparent one is a cue lexicon per mechanism and strength, English and Dutch
("I'm sorry" weak emotional reaction, "that must be so hard" strong; "I understand" weak
interpretation, "I've been there too" strong; "what happened?" weak exploration, "are you
feeling alone right now?" strong). The learned one is a 3-class linear head per mechanism over
the response's n-grams, the seeker's words, the cue hits and pair features (questions addressed
to the seeker, words taken up from the post, length), the response's first and last sentences
and its sentences about the responder's own experience. The head decides the level, from the
whole response's scores plus (by a weight chosen in training) its strongest sentence's; the
evidence is the response sentences with a cue of that mechanism, or, when no cue matched, the
sentence that moves the head furthest towards the level it chose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alongside.tutor.service.coding import Head, load_heads
from alongside.tutor.service.features import Features, content_words, normalise, sentences, words

__all__ = ["MECHANISMS", "EmpathyCode", "code_pairs", "cue_spans", "level_scores", "pair_features", "sentence_rows"]

MECHANISMS = ("emotional_reactions", "interpretations", "explorations")

_CUES: dict[tuple[str, int], tuple[str, ...]] = {
    ("emotional_reactions", 1): (
        r"\b(?:i'm|i am|im) sorry\b",
        r"\bsorry (?:to hear|you|for your|about)",
        r"\bthat sucks\b|\bhugs?\b|<3|\bsending (?:you )?(?:love|hugs)",
        r"\bhet spijt me\b|\bwat (?:vervelend|naar|rot|balen)\b|\bsterkte\b|\bvind ik (?:rot|naar) voor je",
    ),
    ("emotional_reactions", 2): (
        r"\bi(?:'m| am)? (?:so|really|truly) sorry\b",
        r"\bi feel (?:so |really )?(?:sad|bad|awful|terrible) (?:for|about)",
        r"\bmy heart (?:goes out|breaks|hurts)|\bbreaks my heart",
        r"\bthat (?:must|would) (?:be|feel) (?:so |really |incredibly )?(?:hard|awful|painful|difficult|terrible|"
        r"scary|heartbreaking|exhausting|lonely)",
        r"\bi (?:really )?care about you\b|\bi'm (?:so |really )?(?:worried|concerned) (?:about|for) you",
        r"\bik vind het (?:echt |heel )*(?:erg|rot|naar) voor je|\bmijn hart\b|\bwat (?:verschrikkelijk|afschuwelijk|"
        r"zwaar|moeilijk)(?: voor je)?|\bdat moet (?:echt |heel )?(?:zwaar|moeilijk|pijnlijk|eenzaam) zijn",
    ),
    ("interpretations", 1): (
        r"\bi (?:totally |completely |really )?(?:understand|get it|get that|know how you feel|hear you)\b",
        r"\bi can (?:only )?imagine\b|\bthat makes sense\b|\byour feelings are valid",
        r"\bik (?:begrijp|snap|hoor) (?:het|je|dat)|\bik kan me (?:goed )?voorstellen|\bdat is (?:heel )?begrijpelijk",
    ),
    ("interpretations", 2): (
        r"\bi(?:'ve| have)? (?:been there|been through|gone through|felt the same|felt that way)",
        r"\bi (?:also|too) (?:had|have|felt|struggled|went|lost)|\bsame (?:thing )?happened to me|\bme too\b",
        r"\b(?:it |that )?sounds? like you(?:'re| are)?\b|\byou must (?:feel|be)\b|\bthat must (?:feel|make you)",
        r"\bit seems (?:like )?you(?:'re| are)?\b|\byou(?:'re| are) (?:feeling|carrying|dealing)",
        r"\bik heb (?:dat |het )?ook\b|\bik ken dat\b|\bhet klinkt alsof je\b|\bje voelt je (?:vast|waarschijnlijk)",
        r"\bhet lijkt (?:erop dat|alsof) je\b",
    ),
    ("explorations", 1): (
        r"\bwhat happened\b|\bwhat's going on\b|\bwhat is going on\b|\bhow are you\b",
        r"\b(?:do|would) you (?:want|like) to talk\b|\bwant to talk about it\b|\btell me more\b",
        r"\bwat is er (?:gebeurd|aan de hand)|\bwil je (?:erover|er meer over) (?:praten|vertellen)|\bhoe gaat het\b|"
        r"\bvertel eens\b",
    ),
    ("explorations", 2): (
        r"\b(?:are|do) you feel(?:ing)? [^.?!]{0,40}\?",
        r"\bhow (?:long|often) have you\b[^.?!]*\?|\bhave you (?:tried|talked|told|thought|considered)\b[^.?!]*\?",
        r"\bwhat (?:do you think|makes you|made you|would help)\b[^.?!]*\?|\bhow (?:do|did) you feel\b[^.?!]*\?",
        r"\bis (?:there|it) [^.?!]{0,40}\byou\b[^.?!]*\?",
        r"\bvoel je je\b[^.?!]*\?|\bheb je (?:al )?(?:geprobeerd|gepraat|verteld|nagedacht)\b[^.?!]*\?|"
        r"\bwat (?:denk je|maakt dat|zou helpen)\b[^.?!]*\?|\bhoe lang\b[^.?!]*\?",
    ),
}
_CUE_RE = {key: [re.compile(p) for p in patterns] for key, patterns in _CUES.items()}
_YOU = frozenset("you you're your you've yourself je jij u jouw jezelf".split())
_I = frozenset("i i'm i've my me ik mijn mij".split())
_PAST = frozenset(
    "was had were did felt went got used lost tried been thought found realized voelde ging kreeg".split()
)
_OWN = re.compile(
    r"\b(?:i was|i had|i used to|i've been|i have been|i went|i felt|i did|i got|i lost|i tried|i found|"
    r"i realized|i learned|i started|i stopped|when i|for me|my (?:own )?(?:experience|depression|anxiety|life|mom|"
    r"dad|parents|wife|husband|girlfriend|boyfriend|ex|friend|therapist|doctor|family)|years ago|last year|"
    r"in my case|same here|me too|i also|i too|been there|"
    r"ik was|ik had|ik heb ook|toen ik|voor mij|bij mij|jaren geleden|vorig jaar|ik ook)\b"
)
_GET = re.compile(
    r"\b(?:i (?:totally |completely |really |definitely )?(?:understand|get (?:it|you|that|what)|feel you|hear you|"
    r"relate|resonate|know (?:how|what|that feeling|the feeling))|same (?:here|actually)|relatable|i feel the same|"
    r"ik (?:begrijp|snap|herken) (?:het|je|dat)|herkenbaar)\b"
)


@dataclass(slots=True)
class EmpathyCode:
    levels: dict[str, int]
    evidence: dict[str, list[dict]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {**self.levels, "evidence": self.evidence}


def cue_spans(response: str) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Cue matches in a response, per (mechanism, strength), as character spans of the response.
    Normalising keeps the length (lower case, single-character folds), so spans map back."""
    norm = normalise(response)
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for key, patterns in _CUE_RE.items():
        spans = [m.span() for p in patterns for m in p.finditer(norm)]
        if spans:
            out[key] = sorted(spans)
    return out


def _sentence_features(f: Features, response: str) -> None:
    """N-grams of the questions, of the first-person sentences and of the "you" sentences apart:
    a question tells explorations, "I ... too" an own experience, "you must feel" an inference."""
    kinds: dict[str, list[str]] = {"rq:": [], "ri:": [], "ry:": []}
    questions = to_you = 0
    for s, e in sentences(response):
        tokens = words(response[s:e])
        present = set(tokens)
        if tokens and tokens[-1] == "?":
            questions += 1
            to_you += bool(_YOU & present)
            kinds["rq:"] += tokens
        if _I & present:
            kinds["ri:"] += tokens
        if _YOU & present:
            kinds["ry:"] += tokens
    for prefix, tokens in kinds.items():
        f.add_text(prefix, tokens, chars=False)
    f.add_bucket("pq", questions, (0, 1, 2))
    f.add_bucket("pqyou", to_you, (0, 1, 2))


def _experience_features(f: Features, response: str) -> None:
    """Where a response shares or claims understanding: the first and last sentence's words
    (openers such as "I understand." or "Same here." carry weak interpretations), the words of the
    sentences about oneself alone (an own experience, without "you"), and counts of first-person
    past-tense sentences, own-experience phrases ("when I", "for me", "years ago") and
    understanding claims ("I feel you", "I get it"), and the share of first-person sentences."""
    spans = sentences(response)
    tokens = [words(response[s:e]) for s, e in spans]
    if tokens:
        f.add_text("r0:", tokens[0], chars=False)
    if len(tokens) > 1:
        f.add_text("rL:", tokens[-1], chars=False)
    own = [t for t in tokens if _I & set(t) and not _YOU & set(t)]
    f.add_text("ro:", [w for t in own for w in t], chars=False)
    f.add_bucket("ipast", sum(1 for t in tokens if _I & set(t) and _PAST & set(t)), (0, 1, 2, 4))
    norm = normalise(response)
    f.add_bucket("ownc", len(_OWN.findall(norm)), (0, 1, 2, 4))
    f.add_bucket("getc", len(_GET.findall(norm)), (0, 1))
    if spans and _GET.search(normalise(response[spans[0][0] : spans[0][1]])):
        f.add("get_first")
    first_person = sum(1 for t in tokens if _I & set(t)) / len(tokens) if tokens else 0.0
    f.add_bucket("ifrac", first_person, (0, 0.2, 0.4, 0.6, 0.8))
    f.add_bucket("nsent", len(tokens), (1, 2, 3, 5, 8))


def pair_features(seeker: str, response: str) -> Features:
    """The features of one (seeker, response) pair: the same for training and coding. The seeker's
    post enters through the words the response takes up from it (its own n-grams only added noise)."""
    r_tokens, s_tokens = words(response), words(seeker)
    f = Features()
    f.add_text("r:", r_tokens)
    for (mechanism, strength), spans in cue_spans(response).items():
        f.add(f"cue:{mechanism}:{strength}")
        f.add_bucket(f"cuen:{mechanism}:{strength}", len(spans), (1, 2))
    _sentence_features(f, response)
    _experience_features(f, response)
    mine = content_words(r_tokens)
    overlap = len(mine & content_words(s_tokens)) / len(mine) if mine else 0.0
    f.add_bucket("overlap", overlap, (0.0, 0.1, 0.25, 0.5))
    f.add_bucket("len", len(r_tokens), (5, 15, 40, 100, 200))
    f.add_bucket("you", sum(t in _YOU for t in r_tokens), (0, 1, 3, 6))
    f.add_bucket("i", sum(t in _I for t in r_tokens), (0, 1, 3, 6))
    f.add("bias")
    return f


def sentence_rows(seeker: str, response: str) -> list[Features]:
    """One feature row per sentence of the response (the whole, empty, response when it has none)."""
    return [pair_features(seeker, response[s:e]) for s, e in sentences(response)] or [pair_features(seeker, "")]


def level_scores(head: Head, rows: list[Features], sentence_rows: list[list[Features]]) -> Any:
    """The decision scores of one mechanism: the whole response's scores plus, per level,
    ``head.pooling`` times how far its strongest sentence pushes the head from 0 towards that
    level — a level is carried by a sentence, and in a long response that sentence's n-grams are
    otherwise diluted (training chooses the weight, by cross-validation on its own data). The
    level is the argmax (a column of ``head.classes``)."""
    np = head.np
    out = head.scores(rows)
    flat = [r for group in sentence_rows for r in group]
    if not head.pooling or not flat:
        return out
    per_sentence = head.scores(flat)
    per_sentence -= per_sentence[:, [0]]
    owner = np.repeat(np.arange(len(sentence_rows)), [len(g) for g in sentence_rows])
    best = np.full_like(out, -np.inf)
    np.maximum.at(best, owner, per_sentence)
    return out + head.pooling * np.where(np.isfinite(best), best, 0.0)


def _evidence(head: Head, seeker: str, response: str, level: int, cues: list[tuple[int, int]]) -> list[dict]:
    """Sentences that carry a level: those with a cue match, else the one that pushes the head most."""
    if level == 0:
        return []
    spans_all = sentences(response)
    spans = [(s, e) for s, e in spans_all if any(s <= a < e for a, _ in cues)]
    if not spans and spans_all:
        scores = head.scores([pair_features(seeker, response[s:e]) for s, e in spans_all])
        push = scores[:, level] - scores[:, 0]
        spans = [spans_all[int(push.argmax())]]
    return [{"start": s, "end": e, "text": response[s:e]} for s, e in spans]


def code_pairs(pairs: list[tuple[str, str]], model_dir: Path | None = None) -> list[EmpathyCode]:
    """The three levels (and evidence) of each (seeker, response) pair."""
    heads, _ = load_heads("empathy", model_dir)
    rows = [pair_features(s, r) for s, r in pairs]
    per_sentence = [sentence_rows(s, r) for s, r in pairs]
    predicted = {m: level_scores(heads[m], rows, per_sentence).argmax(axis=1) for m in MECHANISMS}
    out = []
    for k, (seeker, response) in enumerate(pairs):
        cues = cue_spans(response)
        levels = {m: int(heads[m].classes[predicted[m][k]]) for m in MECHANISMS}
        evidence = {}
        for m in MECHANISMS:
            matched = sorted(cues.get((m, levels[m]), []) or cues.get((m, 1), []) + cues.get((m, 2), []))
            evidence[m] = _evidence(heads[m], seeker, response, levels[m], matched)
        out.append(EmpathyCode(levels, evidence))
    return out
