"""Word lists, English and Dutch, behind the extractive drafter and the draft check. Transparent on
purpose: a therapist (or a reviewer) can read why a sentence went to a section.

- ``CUES``: phrases that make a sentence belong to a kind of content (what the client feels, what
  was observed, a formulation, a plan, an intervention); matched as whole words, ``*`` = any ending.
- ``BACKCHANNEL``: turns that say nothing on their own ("yes", "mm", "oké").
- ``NUMBER_WORDS``: number words and their value, for the check that no number appears without a
  source. "een" (Dutch for both "a" and "one") is left out: it is nearly always the article.
- ``MEDICATIONS`` and ``MEDICATION_ENDINGS``: medicine names (generic and common brand names in the
  Netherlands, Belgium, the UK and the US) and the endings of generic names, for the same check.
- ``FUNCTION_WORDS``: words that may start a sentence with a capital without being a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache


def phrases(*groups: str) -> tuple[str, ...]:
    return tuple(p.strip() for group in groups for p in group.split(",") if p.strip())


CUES: dict[str, tuple[str, ...]] = {
    # What the client reports: feelings, experiences, their days (first or third person).
    "feeling": phrases(
        "feel*, felt, i've been, i have been, i was, i am, i'm, sad, low, down, anxious, anxiety, worried, worry*,",
        "scared, afraid, angry, lonely, alone, tired, exhausted, hopeless, stress*, overwhelm*, happy, better,",
        "worse, sleep*, slept, cry*, cried, panic*, upset, ashamed, guilty, nervous, hard, difficult, struggl*,",
        "reports, reported, describes, described, mentions, mentioned, enjoy*,",
        "voel*, gevoel*, ik ben, ik was, ik heb, somber, verdrietig, bang, angstig, boos, eenzaam, alleen, moe,",
        "uitgeput, hopeloos, gestrest, stress, blij, beter, slechter, slaap*, sliep, piekeren, pieker*, huil*,",
        "paniek*, schaam*, schuldig, zenuwachtig, zwaar, moeilijk, lastig, vertelt, vertelde, geeft aan,",
        "beschrijft, noemt, meldt, genoten, geniet*",
    ),
    # What can be observed or was measured in the session.
    "observation": phrases(
        "you look, you looked, i notice, i noticed, i can see, i see, appeared, appears, presented, observed,",
        "tearful, smiled, smiling, eye contact, speech, on time, arrived, came in, fidget*, restless, calm,",
        "ik zie, ik merk, ik zag, je oogt, oogt, oogde, kwam binnen, op tijd, te laat, huilt, glimlacht,",
        "glimlachte, oogcontact, spraak, onrustig, rustig",
    ),
    # The therapist's formulation or reflection.
    "formulation": phrases(
        "it sounds like, sounds like, it seems, seems, i wonder, i hear, what i hear, so you, pattern, link,",
        "connection, understandable, makes sense, that suggests, perhaps, maybe, the thought, belief*, avoid*,",
        "when you, it looks like, het klinkt alsof, klinkt, het lijkt, lijkt, ik vraag me af, ik hoor,",
        "wat ik hoor, dus je, patroon, verband, begrijpelijk, logisch, misschien, gedachte, overtuiging,",
        "vermijd*, als je, wanneer je",
    ),
    # Homework, next steps, the next session.
    "plan": phrases(
        "homework, this week, next week, next time, next session, until next, try, practise, practice, plan,",
        "we agreed, agree, agreed, let's, going to, will, schedule, keep a, write down, each day, every day,",
        "daily, before we meet, goal, huiswerk, deze week, volgende week, volgende keer, volgende sessie,",
        "tot de volgende, proberen, probeer, oefenen, oefen, afgesproken, afspreken, spreken af, laten we,",
        "gaan, ga je, bijhouden, opschrijven, elke dag, dagelijks, doel",
    ),
    # Techniques the therapist uses (BIRP's Intervention).
    "intervention": phrases(
        "let's, let us, try, breathe, breathing, exercise, thought record, evidence, alternative, reframe,",
        "what would you say, imagine, notice, practise, explain, what if, on a scale, rate, grounding,",
        "behavioural, experiment, laten we, probeer, adem*, oefening, gedachteschema, bewijs, alternatief,",
        "stel je voor, wat zou je zeggen, uitleg, leg uit, schaal, cijfer, experiment",
    ),
}

BACKCHANNEL = frozenset(
    """yes yeah yep okay ok mm mhm hmm uh um right sure true no nope thanks thank you indeed exactly
    ja jawel nee oké ok precies klopt inderdaad hm tja goed dank bedankt""".split()
)

NUMBER_WORDS: dict[str, int] = {
    **dict(
        zip(
            """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
            sixteen seventeen eighteen nineteen twenty""".split(),
            range(21),
            strict=True,
        )
    ),
    **{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "thousand": 1000, "once": 1, "twice": 2},
    **dict(
        zip(
            """nul _ twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
            zeventien achttien negentien twintig""".split(),
            range(21),
            strict=True,
        )
    ),
    **{"dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "honderd": 100, "duizend": 1000, "eenmaal": 1},
}
NUMBER_WORDS.pop("_")

MEDICATIONS = frozenset(
    """sertraline fluoxetine paroxetine citalopram escitalopram fluvoxamine venlafaxine duloxetine desvenlafaxine
    mirtazapine bupropion trazodone amitriptyline nortriptyline clomipramine imipramine agomelatine vortioxetine
    moclobemide phenelzine tranylcypromine prozac zoloft seroxat paxil cipramil lexapro cipralex effexor efexor
    cymbalta remeron wellbutrin zyban trittico valdoxan brintellix
    diazepam oxazepam lorazepam alprazolam clonazepam temazepam lormetazepam nitrazepam zolpidem zopiclone
    midazolam chlordiazepoxide buspirone pregabalin gabapentin hydroxyzine melatonin promethazine valium seresta
    temesta xanax rivotril stilnoct ativan lyrica atarax
    quetiapine olanzapine risperidone aripiprazole haloperidol clozapine paliperidone lurasidone cariprazine
    pimozide zyprexa risperdal abilify haldol seroquel leponex xeplion
    lithium valproate valproic lamotrigine carbamazepine depakine lamictal tegretol priadel camcolit
    methylphenidate dexamfetamine lisdexamfetamine atomoxetine ritalin concerta medikinet equasym elvanse strattera
    paracetamol ibuprofen naproxen diclofenac tramadol oxycodone codeine morphine fentanyl methadone buprenorphine
    naltrexone acetaminophen aspirin tylenol advil nurofen propranolol metoprolol levothyroxine prednisone
    prednisolone disulfiram acamprosate esketamine ketamine
    ssri ssris snri snris benzodiazepine benzodiazepines benzo benzos antidepressant antidepressants antidepressiva
    antidepressivum antipsychotic antipsychotics antipsychotica""".split()
)
MEDICATION_ENDINGS = re.compile(
    r"(?:azepam|azolam|xetine|alopram|faxine|triptyline|ipramine|apine|idone|peridol|prazole|olol|sartan|statin"
    r"|amfetamine|amphetamine|codone|morphone)$"
)

FUNCTION_WORDS = frozenset(
    """the a an and but or so then i you he she it we they my your his her our their this that these those there
    here what when where why how who which if because yes no not in on at for with after before since during
    yesterday today tonight last next also maybe perhaps well ok okay just sometimes every each all some most
    still now again mostly often never always only even it's that's there's i'm i've i'd i'll you're we're
    they're let's do does did is was are were have has had can could would should will
    de het een en maar of dus dan ik je jij u hij zij ze wij we jullie mijn jouw zijn haar ons onze hun dit dat
    deze die er hier daar wat wanneer waar waarom hoe wie welke als omdat ja nee niet in op bij voor met na
    sinds tijdens gisteren vandaag vanavond vorige volgende ook misschien nou oké soms elke alle sommige nog nu
    weer vaak nooit altijd alleen zelfs toen heb heeft had kan kon zou moet wil ben is was waren""".split()
)


@cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    parts = []
    for phrase in sorted(CUES[kind], key=len, reverse=True):
        stem = phrase.rstrip("*")
        body = r"\s+".join(re.escape(word) for word in stem.split())
        parts.append(body + (r"\w*" if phrase.endswith("*") else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def cue_count(kind: str, text: str) -> int:
    """How many cues of this kind the text has."""
    return len(_cue_pattern(kind).findall(text))


# Titles before a name: not names themselves (the name after them is checked).
HONORIFICS = frozenset("dr mr mrs ms miss prof mevr mevrouw dhr meneer heer drs ir".split())
# The roles a note names people by (a drafter writes "Client described…"): never a person's name.
ROLE_WORDS = frozenset("client clients therapist cliënt cliënte behandelaar therapeut".split())
# A capitalised first word with these endings is a verb or adverb ("Agreed", "Sleeping", "Rarely").
COMMON_ENDINGS = ("ed", "ing", "ly")

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def is_backchannel(text: str) -> bool:
    found = [w.lower() for w in words(text)]
    return len(found) <= 2 or all(w in BACKCHANNEL for w in found)


def is_medication(word: str) -> bool:
    lowered = word.lower()
    return lowered in MEDICATIONS or (len(lowered) >= 7 and MEDICATION_ENDINGS.search(lowered) is not None)


def medication_words(text: str) -> set[str]:
    return {w.lower() for w in words(text) if is_medication(w)}


def first_person(text: str) -> bool:
    return re.search(r"(?<!\w)(?:i|i'm|i've|me|my|myself|ik|me|mij|mijn|mezelf)(?!\w)", text, re.IGNORECASE) is not None


def all_words(texts: Iterable[str]) -> set[str]:
    return {w.lower() for text in texts for w in words(text)}


# How a reflection usually starts ("So you...", "It sounds like...", "On the one hand..."), EN and NL.
_REFLECTION_START = re.compile(
    r"^(?:(?:ok(?:ay)?|well|mm-?hmm|right|oké|nou)[,.]?\s+)*(?:so\b|it sounds|sounds like|on (?:the )?one hand|"
    r"what i(?:'m)? hear|you(?:'re| are) (?:not alone|feeling|saying|wondering)|dus\b|het klinkt|klinkt alsof|"
    r"aan de ene kant|wat ik hoor|je (?:voelt|zegt|vraagt))",
    re.IGNORECASE,
)


def second_person(text: str) -> bool:
    return (
        re.search(r"(?<!\w)(?:you|your|you're|yourself|je|jij|jouw|jezelf|u|uw)(?!\w)", text, re.IGNORECASE) is not None
    )


def sounds_like_reflection(text: str) -> bool:
    return _REFLECTION_START.search(text.strip()) is not None and second_person(text)


_OPEN_QUESTION = re.compile(
    r"^(?:(?:ok(?:ay)?|well|so|and|mm-?hmm|oké|nou|en|dus)[,.]?\s+)*(?:what|how|why|tell me|in what way|"
    r"wat|hoe|waarom|vertel|op welke manier)\b.*\?\s*$",
    re.IGNORECASE,
)


def open_question(text: str) -> bool:
    return _OPEN_QUESTION.search(text.strip()) is not None
