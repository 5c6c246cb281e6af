"""The understanding step: intent, emotion (in the client's own words), topic, cognitive distortions,
risky plans, delusional beliefs and method-seeking questions in the last client message.

Both languages' patterns always run (clients mix English and Dutch); the reply language is decided
separately. Everything here is a transparent pattern table (lexicon_en.py, lexicon_nl.py) so a
clinician can read why a message was understood the way it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alongside.companion.pipeline import lexicon_en, lexicon_nl
from alongside.companion.pipeline.result import Understanding
from alongside.safety.screening import normalise

__all__ = ["understand", "feeling_words", "detect_reply_language"]

_LEXICONS = {"en": lexicon_en, "nl": lexicon_nl}
_WORDS = re.compile(r"[\w'’-]+", re.UNICODE)
# Feeling words that are other things as often as feelings ("calm down", "lost my keys", "op de bank"):
# they count only after a word that introduces a feeling.
_AMBIGUOUS = frozenset(
    "down low lost stuck alone empty blue hurt torn calm mad op vast kapot alleen dom leeg rustig panic stress "
    "angst huil huilen".split()
)
_FEELING_LEAD = frozenset(
    "feel feeling feels felt am i'm im so very really pretty quite bit too been get getting got "
    "voel voelde voelt ben zo erg heel echt best beetje behoorlijk word werd ga".split()
)
_NEGATIONS = frozenset("not never no don't dont isn't wasn't niet nooit geen".split())
# Judgements that are feelings only about oneself ("I'm so stupid", not "my boss is stupid").
_SELF_WORDS = frozenset("stupid worthless useless pathetic dom waardeloos nutteloos zielig mislukt".split())
_SELF_LEAD = re.compile(
    r"(?:\bi'?m|\bim|\bi am|\bfeel|\bfeeling|\bfelt|\bik ben|\bvoel me|\bvoel mij|'k ben)(?:\s+\w+){0,2}\s*$"
)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, dict]:
    tables: dict[str, dict] = {}
    for lang, lex in _LEXICONS.items():
        tables[lang] = {
            "intents": {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in lex.INTENTS.items()},
            "plans": {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in lex.RISKY_PLANS.items()},
            "delusions": re.compile("|".join(f"(?:{p})" for p in lex.DELUSIONS)),
            "methods": re.compile("|".join(f"(?:{p})" for p in lex.METHOD_REQUESTS)),
            "topics": {k: re.compile(v) for k, v in lex.TOPICS.items()},
            "distortions": {k: [re.compile(p) for p in v] for k, v in lex.DISTORTIONS.items()},
            "answers": {k: re.compile(v) for k, v in lex.ANSWERS.items()},
            "emotions": _emotion_pattern(lex.EMOTIONS),
        }
    return tables


def _emotion_pattern(table: dict[str, tuple[str, str]]) -> re.Pattern[str]:
    words = sorted(table, key=len, reverse=True)  # "burnt out" before "out"
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")


def detect_reply_language(user_texts: list[str], given: str | None) -> str:
    """The client's language: given, else the one that dominates what they wrote."""
    if given in ("en", "nl"):
        return given
    from alongside.nlp.language import detect_language

    recent = " \n".join(user_texts[-3:])
    return detect_language(recent) if recent.strip() else "en"


def feeling_words(norm: str, lang: str) -> list[tuple[str, str, str, int]]:
    """(own word, kind, reflection form, position) for each feeling word, in text order; negated and
    ambiguous-without-a-lead words are skipped."""
    found = []
    for tables_lang in (lang, "en" if lang == "nl" else "nl"):
        table = _LEXICONS[tables_lang].EMOTIONS
        for m in _compiled()[tables_lang]["emotions"].finditer(norm):
            word = m.group(1)
            before = _WORDS.findall(norm[max(0, m.start() - 30) : m.start()])[-3:]
            if any(b in _NEGATIONS for b in before[-2:]):
                continue
            if word in _AMBIGUOUS and not (before and before[-1] in _FEELING_LEAD):
                continue
            if word in _SELF_WORDS and not _SELF_LEAD.search(norm[max(0, m.start() - 30) : m.start()]):
                continue
            kind, form = table[word]
            if tables_lang != lang and word not in _LEXICONS[lang].EMOTIONS:
                continue  # a word of the other language only counts in a reply in that language
            found.append((word, kind, form, m.start()))
        if found:
            break
    found.sort(key=lambda item: item[3])
    return found


def _distortions(norm: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in ("en", "nl"):
        for kind, patterns in _compiled()[lang]["distortions"].items():
            if kind in out:
                continue
            for pattern in patterns:
                m = pattern.search(norm)
                if m:
                    out[kind] = m.group(0)
                    break
    return out


def _answer(norm: str) -> str | None:
    words = _WORDS.findall(norm)
    for lang in ("en", "nl"):
        if _compiled()[lang]["answers"]["stop"].search(norm) and len(words) <= 10:
            return "stop"
    if len(words) > 8:
        return None
    for lang in ("en", "nl"):
        answers = _compiled()[lang]["answers"]
        if answers["no"].search(norm):
            return "no"
        if answers["yes"].search(norm):
            return "yes"
    return None


def understand(text: str, lang: str) -> Understanding:
    """What the client's message is about (the last one; earlier turns are the policy's business)."""
    norm = normalise(text)
    result = Understanding(lang=lang)
    for code in ("en", "nl"):
        tables = _compiled()[code]
        result.intents |= {name for name, rx in tables["intents"].items() if rx.search(norm)}
        if result.risky_plan is None:
            result.risky_plan = next((k for k, rx in tables["plans"].items() if rx.search(norm)), None)
        result.delusion = result.delusion or bool(tables["delusions"].search(norm))
        result.method_request = result.method_request or bool(tables["methods"].search(norm))
        for topic, rx in tables["topics"].items():
            if topic not in result.topics and rx.search(norm):
                result.topics.append(topic)
    feelings = feeling_words(norm, lang)
    result.emotions = list(dict.fromkeys(form for _, _, form, _ in feelings))
    result.emotion_kinds = {kind for _, kind, _, _ in feelings}
    result.distortions = _distortions(norm)
    result.answer = _answer(norm)
    if "greeting" in result.intents and len(_WORDS.findall(norm)) > 4:
        result.intents.discard("greeting")
    if result.method_request:
        # A question after a way, place or dose is never a problem to solve or a dose question to refer.
        result.intents -= {"ask_what_to_do", "stressor", "ask_medication", "psychoeducation", "ask_help"}
    return result
