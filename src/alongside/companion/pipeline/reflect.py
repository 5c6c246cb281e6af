"""Reflective listening in the client's own words: the feeling they named and what it was about,
with the pronouns turned ("I'm stressed about my exam" -> "you're feeling stressed about your exam").

A reflection never carries risk words, a distorted belief or a question back to the client, and it
is short: when in doubt it reflects the feeling alone, or only acknowledges.
"""

from __future__ import annotations

import re

from alongside.companion.pipeline import lexicon_en, lexicon_nl
from alongside.companion.pipeline.library import Picker
from alongside.companion.pipeline.result import Understanding
from alongside.companion.pipeline.understanding import feeling_words
from alongside.nlp.language import split_sentences
from alongside.safety.screening import normalise

__all__ = ["reflection", "swap_pronouns", "topic_phrase"]

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]+|\s+", re.UNICODE)
_LINKS = {
    "en": r"\b(about|because of|because|since|after|over|at|with|from|that|when|for|around)\b",
    "nl": r"\b(over|omdat|sinds|na|door|met|dat|want|om|rond|bij|vanwege|van)\b",
}
_STOP = re.compile(r"[.,;:!?()\n]| and | but | so | or | en | maar | dus | of ")
# Words a reflection never repeats back (risk, violence, death, self-criticism, the companion itself).
_UNSAFE = re.compile(
    r"\b(?:kill|die|dying|dead|death|suicid\w*|hurt myself|cut|cutting|pills?|overdose|jump|bridge|hang|knife|"
    r"blood|worthless|useless|hate|failure|stupid|idiot|loser|burden|you|your|u|dood|zelfmoord|pillen|springen|"
    r"brug|mes|snijden|waardeloos|nutteloos|haat|mislukt|dom|idioot|sukkel|last|jij|jou|jouw)\b"
)
_MAX_WORDS = 10
_OPENERS = {"en": ("i ", "i'm ", "i've ", "i was ", "my "), "nl": ("ik ", "mijn ", "m'n ", "mn ", "'k ")}


def _lexicon(lang: str):  # noqa: ANN202 (a module)
    return lexicon_nl if lang == "nl" else lexicon_en


def swap_pronouns(text: str, lang: str) -> str:
    """First person to second person, token by token; verbs after "I"/"ik" follow."""
    lex = _lexicon(lang)
    out: list[str] = []
    after_subject = False
    has_ik = lang == "nl" and re.search(r"\b(?:ik|'k)\b", text.lower()) is not None
    for token in _TOKEN.findall(text):
        low = token.lower().replace("’", "'")
        if token.isspace():
            out.append(token)
            continue
        if low in lex.REFLECT:
            out.append(lex.REFLECT[low])
            after_subject = low in ("i", "ik", "'k")
            continue
        if low in lex.REFLECT_VERBS and (after_subject or has_ik):
            out.append(lex.REFLECT_VERBS[low])
        else:
            out.append(token)
        after_subject = False
    return "".join(out)


def _trim(text: str) -> str:
    text = _STOP.split(text, maxsplit=1)[0].strip()
    words = text.split()
    return " ".join(words[:_MAX_WORDS]) if len(words) <= _MAX_WORDS else ""


def _content_after(text: str, start: int, lang: str) -> str:
    """The link word and what follows the feeling ("about my exam tomorrow"), or ""."""
    rest = _STOP.split(text[start:] + " ", maxsplit=1)[0]
    m = re.search(_LINKS[lang], normalise(rest))
    if not m or m.start() > 12:
        return ""
    content = _trim(rest[m.start() :])
    if len(content.split()) < 3 or _UNSAFE.search(normalise(content)):
        return ""
    return swap_pronouns(content, lang)


def topic_phrase(text: str, understanding: Understanding) -> str:
    """The words the client used for their topic ("my boss" -> "your boss"), or ""."""
    if not understanding.topics:
        return ""
    lex = _lexicon(understanding.lang)
    pattern = lex.TOPICS.get(understanding.topics[0])
    if pattern is None:
        return ""
    norm = normalise(text)
    m = re.search(r"\b(?:(?:my|m'?n|mijn|mn|our|onze|ons) )?(?:" + pattern + ")", norm)
    if not m or _UNSAFE.search(m.group(0).replace("my ", "").replace("mijn ", "")):
        return ""
    phrase = text[m.start() : m.end()]
    phrase = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and phrase[1:2].islower() else phrase
    return swap_pronouns(phrase, understanding.lang)


def _short_statement(text: str, lang: str) -> str:
    """A short first-person sentence reflected whole ("I failed my test" -> "you failed your test")."""
    for start, end in split_sentences(text):
        sentence = _STOP.split(text[start:end].strip() + " ", maxsplit=1)[0].strip()
        norm = normalise(sentence)
        if "?" in sentence or not norm.startswith(_OPENERS[lang]) or _UNSAFE.search(norm.replace("my ", "")):
            continue
        if 3 <= len(sentence.split()) <= 12:
            return swap_pronouns(sentence, lang)
    return ""


def reflection(text: str, understanding: Understanding, picker: Picker, *, distress: bool, content: bool = True) -> str:
    """One sentence that reflects the feeling (and, with ``content``, what it was about)."""
    lang = understanding.lang
    feelings = [f for f in feeling_words(normalise(text), lang) if f[1] != "positive"]
    if feelings:
        word, _kind, form, position = feelings[0]
        about = _content_after(text, position + len(word), lang) if content else ""
        if about:
            return picker.reply("reflect_feeling_content", feeling=form, content=about)
        return picker.reply("reflect_feeling", feeling=form)
    if content and distress:
        statement = _short_statement(text, lang)
        if statement:
            sentence = picker.reply("reflect_content", content=statement)
            return sentence[0].upper() + sentence[1:]
        topic = topic_phrase(text, understanding)
        if topic:
            return picker.reply("reflect_topic", topic=topic)
    return picker.reply("reflect_generic")
