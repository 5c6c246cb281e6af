"""The abstractive drafter: a language model (through ``alongside.llm``, the companion's adapter)
writes the note in its own words, and every sentence it writes is checked before it is kept.

What is sent: the numbered transcript lines with the speaker's role (never the speaker's label), and
the between-session data sentences by key. Unless the endpoint is marked local, the adapter replaces
names (the client's, the therapist's, the speakers' and any after a cue like "my sister Sam"),
e-mail addresses, phone numbers, addresses and dates before sending, and puts them back in the answer.

What comes back must be JSON: per section, sentences, each with the line numbers and data keys it
rests on. Parsed strictly (``DraftOut``); then each sentence is checked like every drafter's output
(``verify.check_sentence``): it cites at least one source, every source exists, and no number, name
or medication appears in it that its own sources lack. The rules after that:

- A sentence that fails is dropped; its section is then completed with the extractive drafter's
  sentences for that section (those that cite something the kept ones do not). A section the answer
  leaves out entirely is the extractive drafter's.
- Data sentences that no kept sentence cites are placed as the extractive drafter places them.
- A timeout, an HTTP error, an unreachable endpoint or a malformed answer gives the extractive draft,
  as does an answer of which no sentence passes; the draft says so (``Provenance``).
- Risk: ``drafting.complete_draft`` runs after every drafter and puts each line screened at moderate
  or above in, verbatim and marked, whether or not the model's sentences cite it; a model's sentence
  about such a line stays beside the line itself, never instead of it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from alongside import llm
from alongside.config import settings
from alongside.notes.service import facts, verify
from alongside.notes.service.drafting import (
    SECTIONS,
    Draft,
    DraftRequest,
    ExtractiveDrafter,
    Provenance,
    Section,
    Sentence,
    place_facts,
)

__all__ = ["AbstractiveDrafter", "DraftOut", "configured_drafter", "messages", "parse_answer"]

log = logging.getLogger("alongside.notes")

NOTE_TIMEOUT_SECONDS = 60.0  # a whole note takes longer than a companion reply: at least this long
MAX_TOKENS = 2000
TEMPERATURE = 0.2
MAX_SENTENCES = 12  # per section; more are ignored
SECTION_GUIDE = {
    "subjective": "what the client reports: feelings, experiences, their days",
    "objective": "what was observed in the session, and the measures",
    "assessment": "the therapist's formulation, progress and risk",
    "plan": "homework, next steps, the next session",
    "data": "what the client reports, what was observed, and the measures",
    "behavior": "what the client reports and shows, the measures, risk",
    "intervention": "the techniques the therapist used",
    "response": "how the client responded to those techniques",
}
LANGUAGES = {"en": "English", "nl": "Dutch"}
SYSTEM = """You draft a clinical note of a therapy session in {form} form, written in {language}, from the \
session's numbered transcript lines and the between-session data.

Rules:
- Write short, factual sentences in the third person ("The client ...", "The therapist ...").
- Every sentence rests on the transcript lines and data it summarises: give their line numbers in "lines" \
and their data keys in "data". A sentence without a source is not allowed.
- Use only numbers, names, dates and medications that appear in the lines or data a sentence cites; never \
guess, add or convert one. Keep placeholders such as [NAME_1] exactly as written.
- Never leave out or soften what the client says about wanting to die, self-harm or harming others: write \
it down and cite its line.
- The sections: {sections}.

Answer with JSON only, no other text, in exactly this shape:
{{"sections": {{{shape}}}}}
where every sentence is {{"text": "...", "lines": [3, 4], "data": ["mood"]}}."""
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_PLACEHOLDER = re.compile(r"\[[A-Z]+_\d+\]")


class SentenceOut(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(min_length=1, max_length=800)
    lines: list[int] = Field(default_factory=list, max_length=60)
    data: list[str] = Field(default_factory=list, max_length=20)


class DraftOut(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    sections: dict[str, list[SentenceOut]]


class Unusable(Exception):
    """The answer is not a draft in the asked form."""


def messages(request: DraftRequest) -> list[dict[str, str]]:
    """The system prompt and the sources, as the model gets them (before redaction)."""
    keys = SECTIONS[request.format]
    system = SYSTEM.format(
        form=request.format.upper(),
        language=LANGUAGES.get(request.language, "English"),
        sections="; ".join(f'"{key}": {SECTION_GUIDE[key]}' for key in keys),
        shape=", ".join(f'"{key}": [sentence, ...]' for key in keys),
    )
    lines = "\n".join(f"{line.n} | {line.role} | {' '.join(line.text.split())}" for line in request.lines)
    data = "\n".join(f"{fact.key} | {fact.text}" for fact in request.facts) or "(none)"
    user = f"Transcript lines (number | who | text):\n{lines}\n\nBetween-session data (key | text):\n{data}"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def parse_answer(text: str, fmt: str) -> DraftOut:
    """The answer as a ``DraftOut`` (a ```json fence around it is allowed); ``Unusable`` otherwise."""
    fenced = _FENCE.match(text)
    try:
        out = DraftOut.model_validate_json(fenced.group(1) if fenced else text.strip())
    except ValidationError as exc:
        raise Unusable(f"not a draft: {exc.error_count()} problems") from exc
    unknown = set(out.sections) - set(SECTIONS[fmt])
    if unknown:
        raise Unusable(f"sections that {fmt} does not have: {sorted(unknown)}")
    return out


def source_texts(request: DraftRequest) -> verify.SourceText:
    texts = {f"line:{line.n}": line.text for line in request.lines}
    return verify.SourceText(texts | {f"data:{fact.key}": fact.evidence for fact in request.facts})


def accepted(item: SentenceOut, sources: verify.SourceText, words: frozenset[str]) -> Sentence | None:
    """The model's sentence when it cites known sources only and passes the draft check; else None."""
    text = " ".join(item.text.split())
    data = [key.removeprefix("data:") for key in item.data]
    refs = list(dict.fromkeys([f"line:{n}" for n in item.lines] + [f"data:{key}" for key in data]))
    if not text or not refs or any(ref not in sources.texts for ref in refs) or _PLACEHOLDER.search(text):
        return None
    if verify.check_sentence(text, sources.of(refs), words):
        return None
    return Sentence(text, refs)


def _complete_section(section: Section, extractive: Section) -> int:
    """Add the extractive sentences that cite something the section's sentences do not; how many."""
    cited = {ref for sentence in section.sentences for ref in sentence.refs}
    added = [Sentence(s.text, list(s.refs), s.risk) for s in extractive.sentences if not set(s.refs) <= cited]
    section.sentences += added
    return len(added)


def merge(out: DraftOut, request: DraftRequest, extractive: Draft) -> Draft:
    """The model's checked sentences, completed from the extractive draft where they fell short."""
    sources, words = source_texts(request), facts.template_words()
    draft = Draft(request.format, [Section(key) for key in SECTIONS[request.format]], Provenance("abstractive"))
    by_model: list[Sentence] = []
    for section in draft.sections:
        given = out.sections.get(section.key)
        kept = [s for s in (accepted(item, sources, words) for item in (given or [])[:MAX_SENTENCES]) if s]
        section.sentences, by_model = kept, by_model + kept
        dropped = len((given or [])[:MAX_SENTENCES]) - len(kept)
        draft.drafted_by.dropped += dropped
        if (given is None or dropped) and _complete_section(section, extractive.section(section.key)):
            draft.drafted_by.replaced.append(section.key)
    if not by_model:
        return fallback(extractive, "unverified")
    cited = {ref for s in draft.sections for sentence in s.sentences for ref in sentence.refs}
    place_facts(draft, [fact for fact in request.facts if f"data:{fact.key}" not in cited])
    lines = {int(ref[5:]) for sentence in by_model for ref in sentence.refs if ref.startswith("line:")}
    draft.drafted_by.lines = sorted(lines)
    return draft


def fallback(extractive: Draft, reason: str) -> Draft:
    extractive.drafted_by = Provenance("extractive_fallback", reason)
    return extractive


@dataclass
class AbstractiveDrafter:
    """Drafts with the model behind ``endpoint``; falls back to the extractive drafter (see above)."""

    endpoint: llm.Endpoint
    name: str = "abstractive"

    def draft(self, request: DraftRequest) -> Draft:
        extractive = ExtractiveDrafter().draft(request)
        try:
            answer = llm.chat(
                messages(request), endpoint=self.endpoint, names=request.names,
                temperature=TEMPERATURE, max_tokens=max(self.endpoint.max_tokens, MAX_TOKENS),
            )  # fmt: skip
            assert isinstance(answer, str)
            out = parse_answer(answer, request.format)
        except llm.LLMTimeout:
            return self._fallback(extractive, "timeout")
        except llm.LLMUnavailable:
            return self._fallback(extractive, "unavailable")
        except (llm.LLMMalformed, Unusable):
            return self._fallback(extractive, "malformed")
        draft = merge(out, request, extractive)
        if draft.drafted_by.dropped:
            log.info("note draft: %s model sentences failed the check", draft.drafted_by.dropped)
        return draft

    def _fallback(self, extractive: Draft, reason: str) -> Draft:
        # The reason only, never text: the transcript is clinical data.
        log.warning("note draft: the model's draft was not used (%s)", reason)
        return fallback(extractive, reason)


def configured_drafter() -> AbstractiveDrafter | None:
    """The abstractive drafter when an endpoint is configured and notes may use it (``notes_llm``)."""
    endpoint = llm.configured_endpoint()
    if endpoint is None or not settings.notes_llm:
        return None
    return AbstractiveDrafter(replace(endpoint, timeout=max(endpoint.timeout, NOTE_TIMEOUT_SECONDS)))
