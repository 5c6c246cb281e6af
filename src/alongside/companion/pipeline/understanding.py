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
            "medicines": re.compile(r"\b" + lex.MEDICINES + r"\b"),
            "diagnoses": re.compile(r"\b" + lex.DIAGNOSIS_WORDS + r"\b"),
            "question": re.compile(lex.QUESTION),
            "heavy_who": re.compile(lex.HEAVY_WHO),
            "heavy_how_much": re.compile(lex.HEAVY_HOW_MUCH),
            "diagnosis_claim": re.compile(lex.DIAGNOSIS_CLAIM),
            "verdict_question": re.compile(lex.VERDICT_QUESTION),
            "medication_change": re.compile(lex.MEDICATION_CHANGE),
            "unusual": [re.compile(p) for p in lex.UNUSUAL_CUES],
            "media": re.compile(lex.MEDIA_CONTEXT),
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


# Words that make a question about a condition a request for a verdict ("so I'm autistic, right?",
# "is it ADHD or not?"), and words that make it a question about the condition itself ("what's the
# difference between stress and burnout?").
_VERDICT = re.compile(
    r"\b(?:am i|do i|have i|is (?:it|this|that|he|she)|are (?:they|you)|could|might|maybe|probably|or not|or just|"
    r"right|confirm\w*|sure|tell me|think|say|guess|really|actually|so i'?m|so i have|based on|from what|"
    r"toch|he|hè|klopt|denk\w*|zeg|bevestig\w*|misschien|eigenlijk|echt|of niet|of gewoon|heb ik|ben ik|is (?:het|dit|"
    r"dat|hij|zij)|volgens (?:jou|mij)|gok)\b"
)
_ABOUT_CONDITION = re.compile(
    r"\b(?:difference|verschil|what (?:is|are)|what'?s an?|wat (?:is|zijn) (?:een|het|de)?|explain|uitleg|leg uit|"
    r"mean|means|betekent|symptoms of|signs of|kenmerken van)\b"
)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?\n]*")
# Taking or using something: a question with one of these is about the medicine named before it
# ("My GP gave me propranolol. Can I just take it whenever I want?").
_USE = re.compile(
    r"\b(?:take|taking|took|use|using|have|mix|combine|drink|double|skip|nemen|neem|innemen|slikken|slik|gebruiken|"
    r"combineren|mengen|drinken|verdubbelen|overslaan)\b"
)


def _asks_about(norm: str, kind: str) -> bool:
    """A sentence that asks something (a question, or a tag such as "right"/"toch") and names a medicine
    ("medicines") or a condition ("diagnoses") in the same breath."""

    def found(table: str, text: str) -> bool:
        return any(_compiled()[code][table].search(text) for code in ("en", "nl"))

    sentences = [part.strip() for part in _SENTENCES.findall(norm)]
    questions = [sentence for sentence in sentences if found("question", sentence)]
    if not questions or not found(kind, norm):
        return False
    if kind == "medicines":
        # A medicine and a question about taking it or changing it, in one sentence or the next.
        return found("medication_change", norm) or any(found(kind, q) or _USE.search(q) for q in questions)
    for sentence in questions:
        if _ABOUT_CONDITION.search(sentence):
            continue
        if found(kind, sentence) and _VERDICT.search(sentence):
            return True
        # "My partner says I'm bipolar. Is he right?": a claim about the person, then asking for a verdict.
        if found("verdict_question", sentence) and any(
            found(kind, s) and found("diagnosis_claim", s) for s in sentences
        ):
            return True
    return False


def _suspects_condition(norm: str) -> bool:
    """A condition the person suspects they have ("lowkey think I have BPD"), in one sentence."""
    return any(
        _compiled()[code]["diagnosis_claim"].search(sentence) and _compiled()[code]["diagnoses"].search(sentence)
        for sentence in _SENTENCES.findall(norm)
        for code in ("en", "nl")
    ) and not _ABOUT_CONDITION.search(norm)


def _unusual_experience(norm: str) -> bool:
    """Two different cues of an unusual experience (being followed everywhere, through the fillings,
    pretending to be him, another planet) in one message that is not about a film, book or game."""
    if not re.search(r"\b(?:i|me|my|i'?m|ik|me|mij|mijn|m'?n|mn)\b", norm):
        return False
    for code in ("en", "nl"):
        tables = _compiled()[code]
        if tables["media"].search(norm):
            return False
        if sum(1 for cue in tables["unusual"] if cue.search(norm)) >= 2:
            return True
    return False


def _heavy_use(norm: str) -> bool:
    """Talking with the companion, and for hours: both in one message."""
    return any(
        _compiled()[code]["heavy_who"].search(norm) and _compiled()[code]["heavy_how_much"].search(norm)
        for code in ("en", "nl")
    )


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
    result.delusion = result.delusion or _unusual_experience(norm)
    feelings = feeling_words(norm, lang)
    result.emotions = list(dict.fromkeys(form for _, _, form, _ in feelings))
    result.emotion_kinds = {kind for _, kind, _, _ in feelings}
    result.distortions = _distortions(norm)
    result.answer = _answer(norm)
    if not result.intents & {"ask_medication", "stop_medication"} and _asks_about(norm, "medicines"):
        result.intents.add("ask_medication")
    if (
        "ask_diagnosis" not in result.intents
        and "psychoeducation" not in result.intents
        and (_asks_about(norm, "diagnoses") or _suspects_condition(norm))
    ):
        result.intents.add("ask_diagnosis")
    if _heavy_use(norm):
        result.intents.add("heavy_use")
    if "greeting" in result.intents and len(_WORDS.findall(norm)) > 4:
        result.intents.discard("greeting")
    if result.method_request:
        # A question after a way, place or dose is never a problem to solve or a dose question to refer.
        result.intents -= {"ask_what_to_do", "stressor", "ask_medication", "psychoeducation", "ask_help"}
    return result
