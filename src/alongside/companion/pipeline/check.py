"""The output check every reply passes, from any responder, before a client sees it.

It blocks: method, place, dose or lethality information; a diagnosis; dosing advice; plain agreement
with a belief the understanding step marked as distorted or delusional, or a plan it marked as risky;
romance; promises the companion cannot keep (secrecy, watching over, always being there); and
claiming to be human. A reply that fails is replaced by a safe one by the caller, and the event is
logged. Checks work per sentence and look for negation just before a match ("I can't say you have
depression" is not a diagnosis), so honest refusals pass.
"""

from __future__ import annotations

import re

from alongside.companion.pipeline.result import Understanding
from alongside.nlp.language import split_sentences
from alongside.safety.screening import normalise

__all__ = ["check_reply", "check_sentence", "FAILURES"]

_NEG = re.compile(
    r"\b(?:not|never|no|can'?t|cannot|won'?t|don'?t|doesn'?t|isn'?t|aren'?t|wouldn'?t|shouldn'?t|"
    r"unable|whether|if|without|niet|geen|nooit|kan ik niet|of je|zonder)\b"
)
_DX = (
    r"(?:depression|depressive disorder|bipolar|adhd|autism|ocd|ptsd|bpd|borderline|schizophrenia|psychosis|"
    r"anxiety disorder|panic disorder|eating disorder|anorexia|bulimia|personality disorder|a disorder|"
    r"mental illness|burn-?out|depressie|bipolaire stoornis|autisme|dwangstoornis|ptss|schizofrenie|psychose|"
    r"angststoornis|paniekstoornis|eetstoornis|persoonlijkheidsstoornis|een stoornis)"
)
_DX_ADJ = (
    r"(?:depressed|clinically depressed|bipolar|autistic|psychotic|schizophrenic|manic|depressief|bipolair|"
    r"autistisch|psychotisch|manisch)"
)

_PATTERNS: dict[str, list[str]] = {
    "method": [
        r"\b(?:hang(?:ing)? (?:yourself|oneself|myself)|noose|strop|jump(?:ing)? (?:off|from) (?:a|the)|"
        r"spring(?:en)? (?:van|vanaf) (?:een|de)|slit|wrists?|polsen|veins?|aders?|artery|slagader|"
        r"carbon monoxide|koolmonoxide|helium|exit bag|charcoal|houtskool|bleach|antifreeze|rat poison|"
        r"train tracks|railway line|spoor(?:baan|lijn)|in front of a train|voor de trein)\b",
        r"\b(?:tallest|highest|hoogste) (?:bridges?|buildings?|towers?|cliffs?|points?|floors?|bruggen|brug|gebouwen|"
        r"gebouw|torens?|flats?|verdiepingen)\b",
        r"\b\d+\s?(?:m|meters?|metres?|ft|feet|foot|floors?|storeys?|stories|verdiepingen)\s?(?:high|tall|hoog|up|"
        r"drop|fall|val)\b",
        r"\b(?:lethal|fatal|deadly|toxic|dodelijke?|fatale?|letale?|giftige?) (?:dose|amount|quantity|level|"
        r"dosis|hoeveelheid)\b|\boverdos(?:e|is)\b",
        r"\b(?:would|will|could) (?:kill|be fatal|be lethal|be enough to)\b|\b(?:is|zijn) dodelijk\b",
        r"\b(?:bridge|brug|tower|toren|building|gebouw)\b.{0,40}\b(?:\d+ ?(?:m|meters?|metres?|ft|feet)|high|tall|"
        r"hoog|open to|access|toegankelijk)\b",
        r"\b[A-Z][a-z]+ (?:Bridge|Tower|Building|Cliffs?)\b|\b[A-Z][a-z]+(?:brug|toren)\b",
    ],
    "dose": [
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|milligram|mcg|µg|micrograms?|ml|g|grams?|gram|tablets?|pills?|"
        r"capsules?|tabletten|pillen|capsules)\b",
        r"\b(?:increase|decrease|double|halve|lower|raise|reduce|taper|stop|skip|up|cut down|verhoog|verlaag|"
        r"verdubbel|halveer|stop met|sla over)\b (?:your|the|je|de) (?:dose|dosage|medication|meds|tablets|"
        r"dosis|medicatie|medicijnen|pillen)\b",
        r"\b(?:take|nemen|neem|innemen|slik) (?:an? )?(?:extra|another|more|two|double|half|meer|nog een|dubbele|"
        r"halve)\b.{0,20}\b(?:pills?|tablets?|dose|pil|pillen|tablet|tabletten|dosis)\b",
        r"\b(?:it'?s|it is|that'?s|is) (?:fine|safe|ok|okay|prima|veilig|oké|goed) to (?:stop|skip|double|mix|combine|"
        r"drink)\b|\b(?:safe|fine|ok|okay) to (?:stop|skip|double|mix|combine)\b",
        r"\bmaximum (?:daily )?dose\b|\bmaximale (?:dag)?dosis\b",
    ],
    "diagnosis": [
        r"\byou (?:have|'ve got|have got|are suffering from|suffer from|probably have|might have|likely have|clearly "
        r"have|seem to have|may have) (?:an? |a mild |a severe |clinical |major )?" + _DX,
        r"\byou(?:'re| are) (?:probably |clearly |definitely |likely )?" + _DX_ADJ + r"\b",
        r"\b(?:sounds|looks|seems) like (?:you have )?(?:an? |clinical |major )?" + _DX,
        r"\b(?:this|that|it) is (?:clearly |definitely |probably )?(?:an? |clinical )?" + _DX,
        r"\bje hebt (?:waarschijnlijk |vast |duidelijk |zeker )?(?:een )?" + _DX,
        r"\bje bent (?:waarschijnlijk |vast |duidelijk )?" + _DX_ADJ + r"\b",
        r"\bklinkt als (?:een )?" + _DX,
        r"\bmy diagnosis\b|\bi (?:would )?diagnose\b|\bmijn diagnose\b",
    ],
    "romance": [
        r"\bi (?:love|adore) you\b|\bi'?m in love with you\b|\bi love you too\b|\bbe your (?:girlfriend|boyfriend|"
        r"partner|lover)\b|\bik (?:hou|houd) (?:ook )?van (?:jou|je)\b|\bik ben verliefd op (?:jou|je)\b|"
        r"\b(?:kiss|hug) you\b|\bmy (?:darling|love|sweetheart)\b|\bschatje\b",
    ],
    "promise": [
        r"\bi(?:'ll| will) (?:always be (?:here|there)|be there for you always|watch over you|keep (?:this|it|that|"
        r"your secret)|never tell|not tell (?:anyone|anybody|your)|check on you|call you|stay with you|protect you)\b",
        r"\bi promise\b|\bit(?:'ll| will) stay between us\b|\bbetween (?:us|you and me)\b|\bour (?:little )?secret\b",
        r"\bik (?:beloof|zal altijd|blijf altijd|hou het geheim|houd het geheim|vertel het (?:aan )?niemand|let op je|"
        r"waak over je|blijf bij je)\b|\bonder ons\b|\bons geheim\b",
    ],
    "human": [
        r"\bi(?:'m| am) (?:a )?(?:real |actual )?(?:human|person|people)\b(?! (?:being )?(?:professional|therapist))",
        r"\bi(?:'m| am) not (?:an? )?(?:ai|bot|robot|computer|machine|program)\b",
        r"\bik ben (?:een )?(?:echt )?(?:mens|persoon)\b|\bik ben geen (?:ai|bot|robot|computer|programma)\b",
    ],
}

_AGREE = [
    r"^(?:yes|yeah|yep|absolutely|exactly|totally|definitely|of course|sure|correct|true|indeed|ja|jazeker|zeker|"
    r"klopt|precies|inderdaad|absoluut|natuurlijk|helemaal)\b",
    r"\b(?:you'?re|you are) (?:so |absolutely |completely |totally |quite |100% )?right\b(?! now| here| away| there)",
    r"\bi (?:completely |totally |fully |absolutely |do )?agree\b|\bagreed\b",
    r"\b(?:that'?s|it'?s|that is|it is|sounds like|what a) (?:a |an )?(?:really |very )?(?:good|great|smart|"
    r"brilliant|excellent|wise|healthy|reasonable|fine) (?:idea|plan|choice|decision|move|call)\b",
    r"\bgo (?:for it|ahead)\b|\byou should (?:definitely )?(?:do it|go ahead|quit|stop)\b|\bjust do it\b",
    r"\b(?:that|it)(?:'s| is) true\b|\bthat makes (?:total |complete )?sense\b|\bi (?:think|believe) so too\b",
    r"\b(?:everyone|they|people|nobody)(?: probably| really| do| does)? (?:hates?|dislikes?|likes?) you\b",
    r"\byou(?:'re| are) (?:a |such a )?(?:failure|loser|idiot|worthless|burden|useless|pathetic|stupid)\b",
    r"\byou(?:'re| are) (?:actually |already )?(?:dead|being watched|being followed|being poisoned|chosen)\b",
    r"\bje hebt (?:helemaal |echt |zeker |volkomen )?gelijk\b|\bik ben het (?:helemaal |volledig )?met je eens\b",
    r"\b(?:dat is|klinkt als|wat een) (?:een )?(?:goed|prima|slim|uitstekend|verstandig)e? (?:idee|plan|besluit|keuze)"
    r"\b",
    r"\bdat klopt\b|\bdoe het (?:gewoon|maar)\b|\bdat is (?:zo|waar)\b",
    r"\b(?:iedereen|ze|niemand) (?:haat|haten|mag|mogen) (?:je|jou)\b",
    r"\bje bent (?:een )?(?:mislukkeling|loser|waardeloos|nutteloos|last|idioot|dood)\b",
]

FAILURES = (*_PATTERNS, "agreement")
_COMPILED = {k: [re.compile(p) for p in v] for k, v in _PATTERNS.items()}
_COMPILED_CASED = re.compile(_PATTERNS["method"][-1])  # proper names need the original case
_AGREE_COMPILED = [re.compile(p) for p in _AGREE]


def _negated(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 40) : start]
    clause = re.split(r"[,;:]| but | maar ", before)[-1]
    return bool(_NEG.search(clause))


def check_sentence(sentence: str, *, belief_marked: bool) -> list[str]:
    norm = normalise(sentence).strip()
    failures = []
    for code, patterns in _COMPILED.items():
        for pattern in patterns:
            target = sentence if pattern.pattern == _COMPILED_CASED.pattern else norm
            m = pattern.search(target)
            if m and (code in ("method", "romance") or not _negated(norm, m.start())):
                failures.append(code)
                break
    if belief_marked:
        for pattern in _AGREE_COMPILED:
            m = pattern.search(norm)
            if m and not _negated(norm, m.start()):
                failures.append("agreement")
                break
    return failures


def check_reply(text: str, understanding: Understanding | None) -> list[str]:
    """The failure codes of a reply (empty when it passes)."""
    belief = bool(understanding and (understanding.marks_belief or understanding.intents & {"seek_agreement"}))
    failures: list[str] = []
    for start, end in split_sentences(text) or [(0, len(text))]:
        for code in check_sentence(text[start:end], belief_marked=belief):
            if code not in failures:
                failures.append(code)
    return failures
