"""Replies at risk levels: the crisis reply (high, imminent) and the caring safety check (moderate).

Both are built only from the reviewed sentences in companion/data/crisis.json and the crisis lines of
the client's country (the safety domain's data, an organisation's override included); a language
model never writes them. The elements follow CLINICAL.md "What a safe crisis reply contains":
acknowledge without judgement, ask about suicide directly when it was not said, a specific free
24/7 line of the person's own country, the therapist or GP and a trusted person, the safety plan,
emergency services and not being alone when imminent, no promises (it is an AI that cannot call or
watch over anyone), and the conversation goes on.
"""

from __future__ import annotations

from typing import Any

from alongside.companion.pipeline.library import Picker, crisis_texts
from alongside.companion.pipeline.result import Context, Decision

__all__ = ["format_lines", "crisis_reply", "safety_check_reply", "short_lines"]

_WORDS = {
    "en": {
        "call": "call",
        "or": "or",
        "text": "text {keyword} to {number}",
        "text_plain": "text {number}",
        "chat": "chat at {chat}",
        "free": "free",
        "anonymous": "anonymous",
        "and": "and",
    },
    "nl": {
        "call": "bel",
        "or": "of",
        "text": "sms {keyword} naar {number}",
        "text_plain": "sms {number}",
        "chat": "chat via {chat}",
        "free": "gratis",
        "anonymous": "anoniem",
        "and": "en",
    },
}


def _domain(url: str) -> str:
    return url.removeprefix("https://").removeprefix("http://").rstrip("/")


def _line(line: dict[str, Any], lang: str) -> str:
    w = _WORDS[lang]
    phones = [p["display"] for p in line.get("phone") or []]
    ways = []
    if phones:
        ways.append(f"{w['call']} " + f" {w['or']} ".join(phones))
    text = line.get("text")
    if text:
        template = w["text"] if text.get("keyword") else w["text_plain"]
        ways.append(template.format(keyword=text.get("keyword"), number=text["number"]))
    if line.get("chat"):
        ways.append(w["chat"].format(chat=_domain(line["chat"])))
    notes = []
    hours = line.get("hours") or ""
    if "24/7" in hours:
        notes.append("24/7")
    if line.get("free"):
        notes.append(w["free"])
    said = f" {w['or']} ".join(ways)
    return f"{line['name']}: {said}" + (f" ({', '.join(notes)})" if notes else "")


def format_lines(entry: dict[str, Any] | None, lang: str) -> tuple[str, str, str]:
    """(the lines written out, the emergency number, the first line's number) for a reply.

    Lines in the client's language come first ("nl" puts Belgium's 1813 before the French line);
    without a known country, the international directories and the main lines are given."""
    texts = crisis_texts()[lang]
    if not entry or entry.get("fallback") or not entry.get("lines"):
        return texts["lines.none"], texts["emergency.unknown"], "findahelpline.com"
    lines = sorted(entry["lines"], key=lambda ln: 0 if lang in (ln.get("languages") or [lang]) else 1)
    written = "; ".join(_line(line, lang) for line in lines) + "."
    emergency = str(entry.get("emergency") or texts["emergency.unknown"])
    first = next((p["display"] for ln in lines for p in (ln.get("phone") or [])), None)
    if first is None:
        first_text = next((ln["text"] for ln in lines if ln.get("text")), None)
        first = first_text["number"] if first_text else emergency
    return f"{written} {texts['lines.emergency'].format(emergency=emergency)}", emergency, first


def short_lines(entry: dict[str, Any] | None, lang: str) -> str:
    lines, _, _ = format_lines(entry, lang)
    return crisis_texts()[lang]["lines.short"].format(lines=lines)


def _third_party_reply(picker: Picker, lines: str, emergency: str) -> str:
    """Someone else is in danger now: emergency services first, then support, then the client."""
    return " ".join(
        [
            picker.crisis("third.ack"),
            picker.crisis("third.act", emergency=emergency),
            picker.crisis("third.lines", lines=lines),
            picker.crisis("third.ai"),
            picker.crisis("third.self"),
        ]
    )


def crisis_reply(decision: Decision, picker: Picker, context: Context, lang: str) -> str:
    lines, emergency, first = format_lines(context.crisis, lang)
    if decision.topic == "third_party":
        return _third_party_reply(picker, lines, emergency)
    duties = decision.duties
    parts = [picker.crisis("crisis.ack_again" if "again" in duties else "crisis.ack")]
    if "method_refusal" in duties:
        parts.append(picker.crisis("crisis.method_refusal"))
    if "ask_suicide" in duties:
        parts.append(picker.crisis("crisis.ask_suicide"))
    parts.append(picker.crisis("crisis.lines", lines=lines))
    if "imminent" in duties:
        parts.append(picker.crisis("crisis.imminent", emergency=emergency, first_line=first))
    else:
        parts.append(picker.crisis("crisis.urgent", emergency=emergency))
    parts.append(picker.crisis("crisis.plan_none" if context.has_safety_plan is False else "crisis.plan"))
    parts.append(picker.crisis("crisis.trusted"))
    parts.append(picker.crisis("crisis.ai"))
    parts.append(picker.crisis("crisis.continue"))
    return " ".join(parts)


def safety_check_reply(decision: Decision, picker: Picker, context: Context, lang: str) -> str:
    lines, emergency, _ = format_lines(context.crisis, lang)
    duties, concern = decision.duties, decision.topic or "general"
    parts = [picker.crisis("check.ai_first")] if "introduce" in duties or "disclose_ai" in duties else []
    parts.append(picker.crisis(f"check.ack.{concern}"))
    if "method_refusal" in duties:
        parts.append(picker.crisis("crisis.method_refusal"))
    if "ask_suicide" in duties:
        parts.append(picker.crisis("check.ask_suicide"))
    if concern in ("self_harm", "voices", "abuse", "third_party"):
        parts.append(picker.crisis(f"check.ask.{concern}", emergency=emergency))
    for duty in ("medication", "diagnosis"):
        if duty in duties:
            parts.append(picker.crisis(f"check.{duty}"))
    parts.append(picker.crisis("check.lines", lines=lines))
    parts.append(picker.crisis("check.therapist"))
    parts.append(picker.crisis("check.plan_none" if context.has_safety_plan is False else "check.plan"))
    parts.append(picker.crisis("check.secrecy" if "secrecy" in duties else "check.shared"))
    parts.append(picker.crisis("check.continue"))
    return " ".join(parts)
