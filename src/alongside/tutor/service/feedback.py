"""The feedback of a coded session: strengths, and two or three concrete suggestions, each citing
the turns it rests on and, for a suggestion, an example of a stronger response.

Templates by default, in the transcript's language (English or Dutch). A language model when one is
configured (``alongside.llm``) and notes may send transcripts to it (``settings.notes_llm``: the
tutor reads the same transcripts); its answer must be JSON in the asked shape, citing therapist
turns that exist, or the templates are used and the reason is kept (``timeout``, ``unavailable``,
``malformed``). Contested codes are never cited.

An example built from the client's words (a reflection of what they said) is marked so: a
supervisor's view is made without the client's words (``client_words=False``).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, field
from dataclasses import replace as dc_replace
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from alongside import llm
from alongside.config import settings
from alongside.kit import i18n
from alongside.kit.i18n import N_
from alongside.tutor.service.empathy import MECHANISMS

__all__ = ["Feedback", "Item", "N_", "build_feedback", "template_feedback"]

log = logging.getLogger("alongside.tutor")

FEEDBACK_TIMEOUT_SECONDS = 30.0
MAX_TOKENS = 1200
MAX_TURNS_SENT = 400  # the LLM gets at most this many turns (the first ones)


@dataclass
class Item:
    kind: str
    title: str
    body: str
    turns: list[int]
    example: str | None = None
    example_from_client: bool = False  # the example repeats the client's words


@dataclass
class Feedback:
    strengths: list[Item] = field(default_factory=list)
    suggestions: list[Item] = field(default_factory=list)
    source: str = "templates"  # "templates" | "llm"
    note: str | None = None  # why the LLM's feedback was not used

    def to_json(self) -> str:
        return json.dumps(
            {"strengths": [asdict(i) for i in self.strengths], "suggestions": [asdict(i) for i in self.suggestions]},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, source: str, note: str | None) -> Feedback:
        data = json.loads(text)
        return cls([Item(**i) for i in data["strengths"]], [Item(**i) for i in data["suggestions"]], source, note)


# -- the client's words as the therapist could reflect them ------------------------------------------

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_LEAD = {
    "en": re.compile(r"^(?:(?:honestly|yes|yeah|well|so|and|but|okay|ok|um|uh|no|it did)[,.]?\s+)+", re.IGNORECASE),
    "nl": re.compile(r"^(?:(?:eerlijk gezegd|ja|nou|dus|en|maar|oké|oke|nee|eh)[,.]?\s+)+", re.IGNORECASE),
}
_FIRST = {"en": {"i", "i'm", "my", "me", "i've", "myself"}, "nl": {"ik", "mijn", "me", "mij", "mezelf"}}
_EN_SWAP = {
    "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you", "my": "your",
    "mine": "yours", "myself": "yourself", "am": "are",
}  # fmt: skip
_NL_SWAP = {"ik": "je", "me": "je", "mij": "jou", "mijn": "je", "mezelf": "jezelf", "mijzelf": "jezelf"}
_NL_IRREGULAR = {
    "ben": "bent", "heb": "hebt", "kan": "kunt", "wil": "wilt", "zal": "zult", "ga": "gaat", "sta": "staat",
    "doe": "doet", "zie": "ziet", "kom": "komt", "word": "wordt", "sla": "slaat",
}  # fmt: skip
_NL_PAST = frozenset(
    "was had kon wilde zou moest ging deed zag kwam dacht werd zat sliep liep mocht bleef vond kreeg wist".split()
)
_WORD = re.compile(r"[\w']+|[^\w\s]", re.UNICODE)
_FEELING = {
    "en": r"\b(?:sad|low|down|hard|stress\w*|anxious|scared|afraid|alone|lonely|angry|hopeless|tired|worried|upset|"
    r"hurt|cry\w*|ashamed|guilty|awful|terrible|overwhelm\w*|exhausted|miserable|frustrat\w*|nervous|panic\w*)\b",
    "nl": r"\b(?:somber|zwaar|moeilijk|bang|angstig|alleen|eenzaam|boos|moe|verdrietig|druk|stress\w*|hopeloos|"
    r"zorgen|gespannen|schaam\w*|schuldig|rot|naar|huil\w*|paniek\w*|uitgeput|overweldigd|onrustig)\b",
}
_ADVICE = re.compile(
    r"\b(?:you should|you could try|you need to|you have to|i (?:would )?(?:suggest|recommend)|i'd suggest|try to|"
    r"je zou|je moet|ik raad|probeer)\b",
    re.IGNORECASE,
)
# A therapist asking directly about suicide or self-harm does what CLINICAL.md asks: never a turn to
# do differently, always a strength.
_RISK_QUESTION = re.compile(
    r"\b(?:suicid\w*|kill(?:ing)? yourself|end(?:ing)? your (?:own )?life|hurt(?:ing)? yourself|harm(?:ing)? yourself|"
    r"self[- ]harm|better off dead|zelfdoding|su[iï]ci\w*|een eind(?:e)? aan je leven|jezelf (?:iets )?(?:aan te doen|"
    r"pijn te doen)|dood te gaan)\b",
    re.IGNORECASE,
)
_PERMISSION = re.compile(
    r"\b(?:would you like|may i|can i|would it be ok|mind if i|is it ok|wil je dat ik|mag ik|vind je het goed)\b",
    re.IGNORECASE,
)


def _swap_nl(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for k, token in enumerate(tokens):
        low = token.lower()
        prev = tokens[k - 1].lower() if k else ""
        nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if low in _NL_SWAP:
            out.append(_NL_SWAP[low])
        elif low in _NL_IRREGULAR and nxt not in ("ik", "je"):
            out.append(_NL_IRREGULAR[low])
        elif prev == "ik" and low.isalpha() and low not in _NL_PAST and not re.search(r"(?:de|te|t)$", low):
            out.append(token + "t")
        else:
            out.append(token)
    return out


def _swap_en(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for k, token in enumerate(tokens):
        low = token.lower()
        prev = tokens[k - 1].lower() if k else ""
        if low == "was" and prev == "i":
            out.append("were")
        else:
            out.append(_EN_SWAP.get(low, token))
    return out


def _join(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        text += token if (not text or re.fullmatch(r"[^\w\s]", token)) else " " + token
    return text


def reflected(client_text: str, language: str) -> str | None:
    """The client's clearest first-person sentence, turned to "you" (no stem); None if none fits."""
    lang = "nl" if language == "nl" else "en"
    best = None
    for sentence in _SENTENCE.findall(client_text):
        clause = _LEAD[lang].sub("", sentence.strip()).rstrip(".!?… ").strip()
        tokens = _WORD.findall(clause)
        words = [t.lower() for t in tokens if t[0].isalnum()]
        if not (4 <= len(words) <= 25) or not (_FIRST[lang] & set(words)) or "?" in sentence:
            continue
        if lang == "en" and {"you", "your"} & set(words):
            continue
        if best is None or len(words) > len(best):
            best = tokens
    if best is None:
        return None
    swapped = _swap_nl(best) if lang == "nl" else _swap_en(best)
    text = _join(swapped)
    return text[0].lower() + text[1:] if text and not text.startswith("I ") else text


# -- templates ---------------------------------------------------------------------------------------

MECHANISM_NAMES = {
    "emotional_reactions": N_("emotional reaction"),
    "interpretations": N_("interpretation"),
    "explorations": N_("exploration"),
}
INGREDIENT_NAMES = {
    "agenda_setting": N_("agenda setting"),
    "homework_set": N_("homework set"),
    "homework_reviewed": N_("homework reviewed"),
    "change_methods": N_("change methods"),
}
BAND_NAMES = {"good": N_("good"), "fair": N_("fair"), "below fair": N_("below fair"), "n/a": N_("not rated")}


class _Writer:
    """Templates in one language, over the turns with their uncontested codes."""

    def __init__(self, turns: list[dict[str, Any]], contested: set[tuple[int, str]], summary: dict, language: str):
        self.turns, self.contested, self.summary = turns, contested, summary
        self.lang = "nl" if language == "nl" else "en"
        self.by_n = {t["n"]: t for t in turns}

    def t(self, message: str, **values: Any) -> str:
        text = i18n.gettext(self.lang, message)
        return text % values if values else text

    def mi(self, code: str) -> list[dict]:
        return [t for t in self.turns if t.get("mi") == code and (t["n"], "mi") not in self.contested]

    def level(self, turn: dict, mechanism: str) -> int | None:
        if not turn.get("empathy") or (turn["n"], mechanism) in self.contested:
            return None
        return turn["empathy"][mechanism]

    def client_before(self, turn: dict) -> dict | None:
        return self.by_n.get(turn.get("answers")) if turn.get("answers") else None

    def about_risk(self, turn: dict) -> bool:
        """The turn asks about risk, or answers a client turn the safety screening flagged."""
        client = self.client_before(turn)
        return bool(_RISK_QUESTION.search(turn["text"])) or bool(client and client.get("risk"))

    def improvable(self, turns: list[dict]) -> list[dict]:
        return [t for t in turns if not self.about_risk(t)]

    def ratio(self, value: float | None) -> str:
        return "–" if value is None else f"{value:.1f}:1".replace(".", "," if self.lang == "nl" else ".")

    def percent(self, value: float | None) -> str:
        return "–" if value is None else f"{round(value * 100)}%"


# Examples are what the therapist could say in the session, so they are in the session's language
# (the transcript's), whatever the page's; they are kept here, not in the UI catalogue.
EXAMPLES = {
    "en": {
        "reflect": "It sounds like {said}.",
        "reflect_generic": "It sounds like this has been weighing on you.",
        "double": "On the one hand, {said}; on the other hand, you are here because you want something to change.",
        "double_generic": "On the one hand this is hard for you; on the other hand, you are here because you want "
        "something to change.",
        "feeling": "That sounds really hard.",
        "open": "How has that been for you?",
        "permission": "Would it be all right if I shared an idea that has helped other people?",
        "agenda": "What would you like us to focus on today?",
        "talk": "What do you make of that?",
    },
    "nl": {
        "reflect": "Als ik je goed begrijp: {said}.",
        "reflect_generic": "Het klinkt alsof dit zwaar op je weegt.",
        "double": "Aan de ene kant: {said}. Aan de andere kant ben je hier omdat je wilt dat er iets verandert.",
        "double_generic": "Aan de ene kant is dit zwaar voor je; aan de andere kant ben je hier omdat je wilt dat er "
        "iets verandert.",
        "feeling": "Dat klinkt echt zwaar.",
        "open": "Hoe is dat voor je geweest?",
        "permission": "Vind je het goed als ik een idee deel dat anderen heeft geholpen?",
        "agenda": "Waar wil je het vandaag vooral over hebben?",
        "talk": "Wat vind jij daar zelf van?",
    },
}


def _example(w: _Writer, key: str, **values: str) -> str:
    return EXAMPLES[w.lang][key].format(**values)


def _reflection_example(w: _Writer, turn: dict, client_words: bool, *, double: bool = False) -> tuple[str, bool]:
    client = w.client_before(turn)
    said = reflected(client["text"], w.lang) if client and client_words else None
    key = "double" if double else "reflect"
    if said is None:
        return _example(w, f"{key}_generic"), False
    return _example(w, key, said=said), True


def _strengths(w: _Writer) -> list[Item]:
    out: list[Item] = []
    asked = [t for t in w.turns if t["role"] == "therapist" and t.get("mi") and _RISK_QUESTION.search(t["text"])
             and "?" in t["text"]]  # fmt: skip
    if asked:
        out.append(Item("risk_question", w.t(N_("Asking directly about risk")), w.t(
            N_("You asked directly about suicide or self-harm. Asking does not put the idea in someone's head, and it lets the client say what is going on.")),  # noqa: E501
            [t["n"] for t in asked[:2]]))  # fmt: skip
    complex_ = w.mi("complex_reflection")
    if complex_:
        out.append(Item("complex_reflections", w.t(N_("Complex reflections")), w.t(
            N_("You reflected more than the client's words — a meaning, a feeling or both sides — in %(num)d turns."),
            num=len(complex_)), [t["n"] for t in complex_[:2]]))  # fmt: skip
    strong = [(t, m) for t in w.turns for m in MECHANISMS if w.level(t, m) == 2]
    if strong:
        turn, mechanism = strong[0]
        out.append(Item("strong_empathy", w.t(N_("Strong empathy")), w.t(
            N_("Strong %(mechanism)s: the words that carry it are marked in the turn."),
            mechanism=w.t(MECHANISM_NAMES[mechanism])), list(dict.fromkeys(t["n"] for t, _ in strong))[:2]))  # fmt: skip  # noqa: E501
    band = w.summary["ratings"].get("reflection_to_question")
    reflections = w.mi("simple_reflection") + w.mi("complex_reflection")
    if band in ("good", "fair") and reflections:
        out.append(Item("reflection_ratio", w.t(N_("Reflections and questions")), w.t(
            N_("Your reflection-to-question ratio is %(ratio)s: %(band)s by MITI 4.2.1 (fair from 1:1, good from 2:1)."),  # noqa: E501
            ratio=w.ratio(w.summary["reflection_to_question"]), band=w.t(BAND_NAMES[band])),
            sorted(t["n"] for t in reflections)[:2]))  # fmt: skip
    used = [(name, item["turns"]) for name, item in w.summary["cbt"].items() if item["turns"]]
    if used:
        names = ", ".join(w.t(INGREDIENT_NAMES[name]) for name, _ in used)
        out.append(Item("cbt", w.t(N_("CBT active ingredients")), w.t(
            N_("You used these active ingredients of CBT: %(names)s."), names=names),
            sorted({turns[0] for _, turns in used})[:3]))  # fmt: skip
    open_q, closed_q = w.mi("open_question"), w.mi("closed_question")
    if open_q and len(open_q) >= len(closed_q):
        out.append(Item("open_questions", w.t(N_("Open questions")), w.t(
            N_("Most of your questions were open (%(share)s), which invites the client to tell their story."),
            share=w.percent(len(open_q) / (len(open_q) + len(closed_q)))), [t["n"] for t in open_q[:2]]))  # fmt: skip
    return out[:3]


def _missed_empathy(w: _Writer, client_words: bool) -> Item | None:
    feeling = re.compile(_FEELING[w.lang], re.IGNORECASE)
    missed = [
        t for t in w.improvable(w.turns)
        if t.get("empathy") and all(w.level(t, m) == 0 for m in MECHANISMS)
        and (c := w.client_before(t)) and feeling.search(c["text"])
    ]  # fmt: skip
    if not missed:
        return None
    turn = missed[0]
    reflection, from_client = _reflection_example(w, turn, client_words)
    example = _example(w, "feeling") + " " + reflection
    return Item("empathy", w.t(N_("Respond to the feeling first")), w.t(
        N_("The client spoke about how they felt, and the answer showed no emotional reaction, interpretation or exploration of it. Name the feeling before moving on.")),  # noqa: E501
        [t["n"] for t in missed[:2]], example, from_client)  # fmt: skip


def _more_reflections(w: _Writer, client_words: bool) -> Item | None:
    if w.summary["ratings"].get("reflection_to_question") not in ("below fair", "fair"):
        return None
    questions = [t for t in w.improvable(w.mi("closed_question") + w.mi("open_question")) if w.client_before(t)]
    if not questions:
        return None
    questions.sort(key=lambda t: (t["mi"] != "closed_question", -len(w.client_before(t)["text"]), t["n"]))
    picked = sorted(questions[:2], key=lambda t: t["n"])
    example, from_client = _reflection_example(w, picked[0], client_words)
    return Item("reflect", w.t(N_("Reflect before you ask")), w.t(
        N_("Your reflection-to-question ratio is %(ratio)s (MITI 4.2.1: fair from 1:1, good from 2:1). Here a reflection of what the client had just said could take the place of the question."),  # noqa: E501
        ratio=w.ratio(w.summary["reflection_to_question"])), [t["n"] for t in picked], example, from_client)  # fmt: skip  # noqa: E501


def _deeper_reflections(w: _Writer, client_words: bool) -> Item | None:
    if w.summary["ratings"].get("complex_reflection_share") not in ("below fair", "fair"):
        return None
    simple = w.improvable(w.mi("simple_reflection"))
    if not simple:
        return None
    example, from_client = _reflection_example(w, simple[0], client_words, double=True)
    return Item("complex", w.t(N_("Add meaning to your reflections")), w.t(
        N_("%(share)s of your reflections were complex (MITI 4.2.1: fair from 40%%, good from 50%%). Go one step beyond the words: the feeling, the meaning, or both sides of what the client is unsure about."),  # noqa: E501
        share=w.percent(w.summary["complex_reflection_share"])), [t["n"] for t in simple[:2]], example, from_client)  # fmt: skip  # noqa: E501


def _open_questions(w: _Writer) -> Item | None:
    closed_q, open_q = w.improvable(w.mi("closed_question")), w.mi("open_question")
    if not closed_q or len(open_q) > len(w.mi("closed_question")):
        return None
    return Item("open", w.t(N_("Ask open questions")), w.t(
        N_("%(num)d of your questions could be answered with yes or no. An open question invites the client to say more in their own words."),  # noqa: E501
        num=len(closed_q)), [t["n"] for t in closed_q[:2]], _example(w, "open"))  # fmt: skip


def _permission(w: _Writer) -> Item | None:
    advice = [
        t
        for t in w.improvable(w.mi("therapeutic_input"))
        if _ADVICE.search(t["text"]) and not _PERMISSION.search(t["text"])
    ]
    if not advice:
        return None
    return Item("permission", w.t(N_("Ask before you advise")), w.t(
        N_("Advice given without asking first can meet resistance. Asking permission keeps the client in charge.")),
        [t["n"] for t in advice[:2]], _example(w, "permission"))  # fmt: skip  # noqa: E501


def _agenda(w: _Writer) -> Item | None:
    therapist = [t for t in w.turns if t["role"] == "therapist" and t.get("mi")]
    if w.summary["cbt"]["agenda_setting"]["turns"] or len(therapist) < 3:
        return None
    return Item("agenda", w.t(N_("Set an agenda together")), w.t(
        N_("No agenda was set at the start. Agreeing together on what to cover is one of CBT's active ingredients.")),
        [therapist[0]["n"]], _example(w, "agenda"))  # fmt: skip


def _talk_time(w: _Writer) -> Item | None:
    share = w.summary.get("therapist_talk_share")
    if share is None or share <= 0.5:
        return None
    therapist = w.improvable([t for t in w.turns if t["role"] == "therapist" and t.get("mi")])
    longest = sorted(therapist, key=lambda t: -len(t["text"]))
    if not longest:
        return None
    return Item("talk", w.t(N_("Leave more room to the client")), w.t(
        N_("You spoke %(share)s of the words in this session. A shorter turn that ends with a reflection leaves the client room to go on."),  # noqa: E501
        share=w.percent(share)), sorted(t["n"] for t in longest[:2]), _example(w, "talk"))  # fmt: skip


def template_feedback(
    turns: list[dict[str, Any]],
    summary: dict[str, Any],
    language: str,
    contested: set[tuple[int, str]] | None = None,
    *,
    client_words: bool = True,
) -> Feedback:
    """Strengths (at most three) and two or three suggestions, each citing uncontested turns."""
    w = _Writer(turns, contested or set(), summary, language)
    candidates = (
        _missed_empathy(w, client_words), _more_reflections(w, client_words), _deeper_reflections(w, client_words),
        _open_questions(w), _permission(w), _agenda(w), _talk_time(w),
    )  # fmt: skip
    suggestions = [item for item in candidates if item is not None][:3]
    return Feedback(_strengths(w), suggestions)


# -- the language model ------------------------------------------------------------------------------

LANGUAGES = {"en": "English", "nl": "Dutch"}
SYSTEM = """You are a supervisor of therapists trained in motivational interviewing (MITI 4.2.1) and CBT. \
You write feedback, in {language}, to the therapist of the session below, about their own turns.

The turns are numbered; each has its speaker (therapist or client) and the codes given to it. The session's \
summary figures follow.

Write one to three strengths and two or three suggestions. Each cites the numbers of the therapist turns it \
is about in "turns" (only therapist turns). Each suggestion gives in "example" a stronger response the \
therapist could have given in the first turn it cites. Be concrete, warm and honest; never judge the client. \
Keep placeholders such as [NAME_1] exactly as written. Asking directly about suicide or self-harm is good \
practice: never suggest asking less directly or moving on from it.

Answer with JSON only, no other text, in exactly this shape:
{{"strengths": [{{"title": "...", "body": "...", "turns": [3]}}], \
"suggestions": [{{"title": "...", "body": "...", "turns": [5, 9], "example": "..."}}]}}"""
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


class _ItemOut(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    title: str = Field(min_length=1, max_length=120)
    body: str = Field(min_length=1, max_length=1200)
    turns: list[int] = Field(min_length=1, max_length=6)
    example: str | None = Field(default=None, max_length=600)


class _FeedbackOut(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    strengths: list[_ItemOut] = Field(min_length=1, max_length=3)
    suggestions: list[_ItemOut] = Field(min_length=2, max_length=3)


class Unusable(Exception):
    """The answer is not feedback in the asked shape."""


def _codes(turn: dict[str, Any], contested: set[tuple[int, str]]) -> str:
    parts = [] if turn.get("mi") is None or (turn["n"], "mi") in contested else [turn["mi"]]
    for m in MECHANISMS:
        if turn.get("empathy") and (turn["n"], m) not in contested:
            parts.append(f"{m}={turn['empathy'][m]}")
    return ", ".join(parts) or "-"


def messages(turns: list[dict[str, Any]], summary: dict[str, Any], language: str, contested) -> list[dict[str, str]]:  # noqa: ANN001
    system = SYSTEM.format(language=LANGUAGES.get(language, "English"))
    coded = [t for t in turns if t["role"] in ("therapist", "client")][:MAX_TURNS_SENT]
    lines = "\n".join(f"{t['n']} | {t['role']} | {_codes(t, contested)} | {' '.join(t['text'].split())}" for t in coded)
    figures = {k: summary.get(k) for k in ("reflection_to_question", "complex_reflection_share",
               "open_question_share", "therapist_talk_share", "change_talk_share", "ratings")}  # fmt: skip
    figures["cbt"] = {name: item["count"] for name, item in summary["cbt"].items()}
    user = f"Turns (number | speaker | codes | text):\n{lines}\n\nSummary:\n{json.dumps(figures)}"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def parse_answer(text: str, turns: list[dict[str, Any]]) -> Feedback:
    """The model's answer as feedback; ``Unusable`` unless every cited turn is a therapist turn."""
    fenced = _FENCE.match(text)
    try:
        out = _FeedbackOut.model_validate_json(fenced.group(1) if fenced else text.strip())
    except ValidationError as exc:
        raise Unusable(f"not feedback: {exc.error_count()} problems") from exc
    therapist = {t["n"] for t in turns if t["role"] == "therapist" and t.get("mi")}
    for item in [*out.strengths, *out.suggestions]:
        if not set(item.turns) <= therapist:
            raise Unusable("cites a turn that is not a therapist turn")
    if any(not (s.example or "").strip() for s in out.suggestions):
        raise Unusable("a suggestion without an example")

    def item(kind: str, x: _ItemOut) -> Item:
        return Item(
            kind, x.title.strip(), x.body.strip(), sorted(set(x.turns)), (x.example or "").strip() or None, True
        )

    return Feedback([item("llm", s) for s in out.strengths], [item("llm", s) for s in out.suggestions], "llm")


def _endpoint() -> llm.Endpoint | None:
    endpoint = llm.configured_endpoint()
    if endpoint is None or not settings.notes_llm:
        return None
    return dc_replace(endpoint, timeout=max(endpoint.timeout, FEEDBACK_TIMEOUT_SECONDS))


def build_feedback(
    turns: list[dict[str, Any]],
    summary: dict[str, Any],
    language: str,
    contested: set[tuple[int, str]] | None = None,
    *,
    endpoint: llm.Endpoint | None = None,
) -> Feedback:
    """The LLM's feedback when an endpoint is configured and answers well; the templates otherwise."""
    contested = contested or set()
    templates = template_feedback(turns, summary, language, contested)
    endpoint = endpoint or _endpoint()
    if endpoint is None:
        return templates
    names = tuple(sorted({t["speaker"] for t in turns if t.get("speaker")}))
    try:
        answer = llm.chat(
            messages(turns, summary, language, contested), endpoint=endpoint, names=names,
            temperature=0.3, max_tokens=max(endpoint.max_tokens, MAX_TOKENS),
        )  # fmt: skip
        assert isinstance(answer, str)
        return parse_answer(answer, turns)
    except llm.LLMTimeout:
        reason = "timeout"
    except llm.LLMUnavailable:
        reason = "unavailable"
    except (llm.LLMMalformed, Unusable):
        reason = "malformed"
    log.warning("tutor feedback: the model's feedback was not used (%s)", reason)  # the reason only, never text
    templates.note = reason
    return templates
