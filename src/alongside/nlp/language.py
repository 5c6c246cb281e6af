"""Language detection (English or Dutch) and sentence splitting, standard library only.

Every client text is screened before anything else happens with it, so detection must be cheap
(microseconds, no model file) and total: it always answers "en" or "nl". It counts frequent
function words of each language, which carries short and unpunctuated chat messages well, and
falls back on letter patterns typical of each spelling (Dutch "ij", "oe", "sch"; English "th",
"wh", "ing") when no function word is found. A mixed text gets the language with more evidence;
ties go to English, the product's default.
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "split_sentences"]

_WORD = re.compile(r"[a-zà-ÿ']+")

# Function words that are frequent in one language and rare in the other. Words spelled the
# same in both ("in", "is", "me", "over", "was", "die", "hoe" is Dutch only) are left out or kept
# only on the side where they mostly occur.
_EN = frozenset(
    """the a an and or but of to for with on at from by about into than then this that these those
    it it's its i i'm im i've ive i'd i'll my mine you you're your he she his her they them their we
    our us are were be been being am do does did don't dont didn't can't cant won't not no yes what
    which who when where why how all just so very really feel feeling want wanna would could should
    there here have has had get got anymore myself anything nothing everything because if like
    will can one out up down now today tonight know think""".split()
)
_NL = frozenset(
    """de het een en of maar van voor met op aan uit bij naar dan dat deze dit die ik je jij jou
    jouw u uw hij zij ze wij we ons onze jullie zijn ben bent is was waren wordt worden word heb
    hebt heeft hebben had niet geen nooit wel ook nog al meer veel heel erg zo echt gewoon
    mijn mij mezelf zichzelf wat wie waar waarom hoe wanneer omdat als want dus toch even alles
    niets niks iets iemand niemand er hier daar nu vandaag morgen vanavond kan kun kunt wil wilt
    wou moet moeten ga gaat gaan voel voelt denk weet zie doen maken leven dood zelf""".split()
)
_NL_LETTERS = re.compile(r"ij|oe|sch|aa|uu|ui|eeu|cht|zelf|moord|dood|gedacht|ge[bdgklmnprstvz]|en$|je$")
_EN_LETTERS = re.compile(r"th|wh|sh|ing|tion|ck|ea|ou|ay|w|y$|cid")


def detect_language(text: str) -> str:
    """Return "nl" when Dutch dominates the text, otherwise "en"."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    if en == nl == 0:
        # No function words (single words, names, algospeak): look at spelling.
        nl_letters = sum(len(_NL_LETTERS.findall(w)) for w in words)
        en_letters = sum(len(_EN_LETTERS.findall(w)) for w in words)
        return "nl" if nl_letters > en_letters else "en"
    return "nl" if nl > en else "en"


_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans (start, end) over the original string.

    Spans rather than strings so callers can map a finding back to the exact characters the
    client wrote. Texts without punctuation stay one sentence; the screening rules do not rely
    on punctuation for anything but scoping guards.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
