"""Dutch patterns of the understanding step (Netherlands and Flemish Dutch, je/jij, common chat
spellings: 'k, m'n, mn, egt, gwn). Same tables as lexicon_en; run on normalised text."""

from __future__ import annotations

_MEDS = (
    r"(?:medicatie|medicijnen|medicijn|pillen|pil|tabletten|tablet|anti[- ]?depressiva|antidepressivum|ssri'?s?|"
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipralex|paroxetine|seroxat|"
    r"venlafaxine|efexor|duloxetine|cymbalta|mirtazapine|remeron|bupropion|wellbutrin|lithium|lamotrigine|"
    r"quetiapine|seroquel|olanzapine|zyprexa|aripiprazol|abilify|risperidon|methylfenidaat|ritalin|concerta|"
    r"dexamfetamine|diazepam|valium|lorazepam|temesta|temazepam|oxazepam|seresta|alprazolam|xanax|clonazepam|"
    r"benzo'?s|benzodiazepines?|zolpidem|melatonine|antipsychotica|stemmingsstabilisator|slaappillen|"
    r"slaapmiddel|pijnstillers?|paracetamol|ibuprofen|tramadol|oxycodon|codeine|morfine|promethazine|"
    r"propranolol|pregabaline|gabapentine|zopiclon|amitriptyline|nortriptyline|clozapine|haloperidol|"
    r"dosis|dosering|voorschrift)"
)
_DX = (
    r"(?:een )?(?:depressie|bipolaire stoornis|bipolair|adhd|add|autisme|ass|ocd|dwangstoornis|ptss|bps|"
    r"borderline|schizofrenie|psychose|angststoornis|gegeneraliseerde angst|paniekstoornis|eetstoornis|anorexia|"
    r"boulimia|eetbuistoornis|persoonlijkheidsstoornis|narcistische persoonlijkheidsstoornis|sociale angst|"
    r"slapeloosheid|dementie|psychische stoornis|psychiatrische stoornis|stoornis|burn-?out|dyslexie|hypochondrie|"
    r"pleinvrees)"
)
_DX_ADJ = (
    r"(?:depressief|bipolair|manisch|autistisch|psychotisch|schizofreen|borderline|narcistisch|een narcist|"
    r"psychisch ziek|anorectisch|een psychopaat|een sociopaat)"
)

INTENTS: dict[str, list[str]] = {
    "ask_ai": [
        r"\b(?:ben|bent) (?:je|jij|u) (?:chat ?gpt|gpt|een taalmodel|software)\b|\bheb (?:je|jij) (?:gevoelens|emoties|"
        r"een lichaam)\b|\bkun (?:je|jij) (?:voelen|denken)\b",
        r"\b(?:ben|bent) (?:je|jij|u) (?:wel )?(?:een )?(?:echt(?:e)?|mens|bot|robot|ai|computer|chatbot|programma|"
        r"echt persoon|levend)\b",
        r"\b(?:praat|chat|spreek) ik (?:nu )?(?:met|tegen) (?:een )?(?:echt(?:e)? )?(?:mens|persoon|bot|robot|ai|"
        r"computer|chatbot)\b",
        r"\bis dit (?:een )?(?:echt(?:e)? )?(?:mens|persoon|bot|robot|ai|chatbot|computer)\b",
        r"\bwie (?:ben je|is dit)\b|\bwat ben (?:je|jij)\b|\bmens of (?:een )?(?:bot|robot|computer|ai)\b",
        r"\b(?:je bent|jij bent) (?:maar |gewoon )?(?:een )?(?:bot|robot|ai|computer|programma)\b",
    ],
    "ask_diagnosis": [
        r"\bverkeerde diagnose\b|\b(?:misschien|eigenlijk) ben ik (?:wel )?" + _DX_ADJ + r"\b",
        r"\b(?:zou|kan|kon) (?:het|dit|dat) (?:misschien )?" + _DX + r" (?:kunnen )?zijn\b",
        r"\b(?:is|wordt) (?:het|dit) (?:misschien )?(?:een )?" + _DX + r"\b",
        r"\b(?:heb|zou) ik (?:misschien |echt |soms |nou )?(?:kunnen hebben )?" + _DX + r"\b",
        r"\b(?:denk|vind) (?:je|jij) (?:dat )?ik (?:misschien |echt )?" + _DX + r" (?:heb|hebben)\b",
        r"\bben ik (?:misschien |echt |nou |soms )?" + _DX_ADJ + r"\b",
        r"\bdiagnosticeren\b|\b(?:diagnose|gediagnosticeerd)\b.{0,40}\?|\bwat (?:zou|is) (?:mijn|de) diagnose\b",
        r"\bis (?:dit|het|dat) (?:een )?" + _DX + r"\b",
        r"\b(?:ik denk|volgens mij|misschien) (?:dat )?(?:ik )?" + _DX + r" (?:heb|hebben)\b",
        r"\bwelke (?:stoornis|ziekte|aandoening) (?:heb ik|is dit)\b|\bwat (?:heb|mankeer) ik\b",
        r"\bwelke (?:stoornis|diagnose|aandoening|psychische ziekte)\b",
    ],
    "ask_medication": [
        r"\b(?:overstappen|wisselen|switchen|overgaan)\b.{0,30}" + _MEDS + r"|" + _MEDS + r".{0,40}\b(?:overstappen|"
        r"wisselen|switchen)\b",
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligram|mcg|ml)\b.{0,40}(?:" + _MEDS + r"|te veel|veilig|genoeg|oké|ok)",
        _MEDS + r".{0,40}\b(?:te veel|te sterk|genoeg|veilig)\b",
        r"\b(?:hoeveel|welke dosis|dosering|maximale dosis|max(?:imum)? dosis|veilige dosis|hoeveel mg|milligram)\b"
        r".{0,40}" + _MEDS,
        _MEDS + r".{0,40}\b(?:hoeveel|dosis|dosering|maximaal|mg|milligram)\b",
        r"\b(?:mag|kan|moet|zal) ik\b.{0,40}" + _MEDS + r".{0,30}\b(?:nemen|innemen|slikken|mengen|combineren|"
        r"verhogen|verlagen|verdubbelen|halveren|overslaan|stoppen|minderen|afbouwen|wisselen)\b",
        r"\b(?:is het (?:erg|gevaarlijk|veilig|ok|oke|oké)|kan het kwaad)\b.{0,40}" + _MEDS,
        _MEDS + r".{0,30}\b(?:met|en|bij) (?:alcohol|bier|wijn|drank|drinken|wiet|blowen)\b",
        r"\b(?:dosis|dosering|medicatie|medicijnen|pillen) (?:verhogen|verlagen|verdubbelen|halveren|ophogen)\b",
        r"\bbijwerkingen?\b",
        r"\b(?:goede|juiste|normale|gebruikelijke|veilige|maximale|hoogste|start)(?:e)? ?(?:dosis|dosering)\b",
        r"\b(?:alcohol|bier|wijn|drank|drinken|wiet|blowen)\b.{0,30}\b(?:met|bij|naast|en)\b.{0,15}" + _MEDS,
        r"\b(?:extra|nog een|twee|dubbele) .{0,15}" + _MEDS + r".{0,15}\b(?:nemen|innemen|slikken)\b",
    ],
    "stop_medication": [
        r"\b(?:sla|slaat|sloeg)\b.{0,20}" + _MEDS + r".{0,25}\bover\b",
        r"\b(?:hou|houd|hield) (?:\w+ )?op met (?:mijn |m'?n |mn |de |die )?" + _MEDS,
        r"\b(?:stoppen|stop|stopte|gestopt|ophouden|kappen|weggooien|gooi|overslaan|afbouwen|minderen)\b.{0,25}"
        r"\b(?:met )?(?:mijn |m'?n |mn |de |die |deze )?" + _MEDS,
        _MEDS + r".{0,30}\b(?:stoppen|weggooien|overslaan|laten staan|niet meer (?:nemen|innemen|slikken)|"
        r"in (?:een keer|één keer|1 keer) stoppen|afbouwen)\b",
        r"\b(?:geen|niet meer) " + _MEDS + r" (?:meer )?(?:nodig|nemen|innemen|slikken)\b",
        r"\bik (?:neem|slik) (?:mijn |m'?n |mn |de )?" + _MEDS + r" niet meer\b",
        # afbouwen, split: "ik bouw de venlafaxine zelf af"
        r"\b(?:bouw|bouwt|bouwde|bouwen) (?:mijn |m'?n |mn |de |die |deze )?" + _MEDS + r" (?:\w+ ){0,3}af\b",
    ],
    "romance": [
        r"\bmet (?:me|mij) uit\b|\bmeer dan vrienden\b|\b(?:samen|een stel) zijn\b|\bverkering\b",
        r"\bik (?:hou|houd) (?:echt |zoveel )?van (?:jou|je|u)\b|\bik ben (?:verliefd )?(?:op (?:jou|je))\b",
        r"\bik ben verliefd op (?:jou|je)\b|\b(?:hou|houd) (?:jij|je) van mij\b|\bvind (?:jij|je) mij leuk\b",
        r"\b(?:wil je|word) mijn (?:vriendin|vriendje|vriend|partner|vrouw|man|lief)\b",
        r"\btrouw met mij\b|\bwil je met me trouwen\b|\b(?:kus|knuffel|date) (?:me|mij)\b|\bop date\b",
        r"\b(?:je bent|jij bent) (?:zo )?(?:sexy|knap|mooi|lief|schattig)\b",
        r"\b(?:relatie|romance|seks) met (?:jou|je)\b|\bgevoelens voor (?:jou|je)\b",
    ],
    "secrecy": [
        r"\b(?:moet|ga|zal) (?:je|jij) (?:dat|dit|het) (?:dan )?(?:melden|doorgeven|vertellen|doorvertellen)\b|"
        r"\bmeld (?:je|jij) (?:dat|dit|het)\b",
        r"\b(?:je|jij) (?:vertelt|zegt|deelt|meldt) (?:het|dit|dat)? ?(?:toch )?(?:niet|aan niemand|tegen niemand)\b",
        r"\b(?:niet|nooit) (?:aan|tegen|met) (?:iemand|mijn|m'?n|mn|de|je|hen|haar|hem|mijn therapeut|de therapeut)\b"
        r".{0,30}\b(?:vertellen|zeggen|delen|doorgeven|laten zien|melden)\b",
        r"\b(?:vertel|zeg|deel) (?:het|dit|dat) (?:aan |tegen |met )?(?:niemand|niet)\b",
        r"\b(?:vertel|zeg) (?:het )?niet (?:aan|tegen) (?:iemand|mijn|m'?n|mn|de)\b",
        r"\b(?:niks|niets) (?:tegen|aan) (?:mijn|m'?n|mn|de|je|jouw) \w+ (?:zeggen|vertellen|doorvertellen|melden)\b|"
        r"\b(?:niet|niks|niets) (?:in|bij) (?:mijn|m'?n|mn) (?:dossier|notities|verslag) (?:zetten|schrijven)\b",
        r"\b(?:geheim (?:houden|blijven|bewaren)|onder ons (?:blijven|houden)?|tussen (?:ons|jou en mij))\b",
        r"\bbeloof (?:je|jij|me)\b.{0,20}\b(?:niet|niemand) (?:te )?(?:vertellen|zeggen|verklappen)\b",
        r"\bkun (?:je|jij) (?:een )?geheim(?:en)? (?:bewaren|houden)\b",
        r"\b(?:is dit|blijft dit|is het) (?:echt )?(?:vertrouwelijk|privé|prive|geheim|anoniem)\b",
        r"\b(?:ziet|leest|hoort|weet) (?:mijn therapeut|de therapeut|iemand|mijn behandelaar|mijn ouders)\b"
        r".{0,30}\b(?:dit|wat ik|deze|ons gesprek|hiervan)\b",
        r"\b(?:wil|hoeft) (?:niet dat )?(?:mijn therapeut|mijn ouders|niemand|mijn behandelaar)\b.{0,20}"
        r"\b(?:weet|weten|hoort|ziet)\b",
    ],
    "seek_agreement": [
        r"\b(?:ik heb|heb ik) (?:toch|wel|echt|nou)? ?gelijk\b|\bkan (?:toch )?geen kwaad\b",
        r"\bgeef me (?:(?:nou|gewoon|maar|toch|even|nu) )*gelijk\b|\bzeg (?:(?:nou|gewoon|maar|toch|even) )*(?:dat )?"
        r"ik gelijk heb\b",
        r"\b(?:ben je|ben jij|bent u) het (?:toch |nou )?(?:met me|met mij) eens\b|\bwees het (?:nou )?met me eens\b",
        r"\bje moet het (?:met me|met mij) eens zijn\b|\bsteun (?:me|mij|mijn besluit|mijn keuze)\b",
        r"\bzeg (?:nou |gewoon |maar )?(?:ja|dat het (?:goed|prima|oké|oke|ok|een goed idee) is)\b",
        r"\bzeg (?:me |mij )?wat ik wil horen\b|\bsta (?:je|jij) (?:nou )?aan mijn kant\b",
        r"(?:\btoch|\bklopt (?:dat|het)?|\bof niet|\bhe|\bhè|\bnietwaar|\bwel\s?\?)\s*\?+\s*$",
        r"\bklopt toch\b|\b(?:dat|het) is toch zo\b|\bbevestig (?:het|dat|dit)\b",
        r"\b(?:goed|slim|prima) idee\s*\?|\bis (?:dat|het) (?:geen )?(?:goed|slim) idee\b",
        r"\bga (?:nou )?niet (?:in discussie|tegenspreken|preken|zeuren)\b|\bniet tegenspreken\b",
    ],
    "pushback": [
        r"\bje (?:hebt het mis|snapt het niet|begrijpt het niet|luistert niet|helpt niet|bent nutteloos)\b",
        r"\bdat (?:is niet wat ik (?:vroeg|bedoel|zei)|helpt niet|klopt niet|vroeg ik niet)\b",
        r"\b(?:hou|stop) (?:op|nou op)? ?met (?:vragen|tegenspreken|preken|zeuren|betuttelen)\b",
        r"\bwaarom (?:ben je het|kun je het|wil je het) (?:gewoon )?niet (?:met me )?eens\b",
        r"\b(?:ik weet|ik ben zeker) dat ik gelijk heb\b|\bmijn besluit staat vast\b|\bik heb al besloten\b",
        r"\bbeantwoord (?:nou )?(?:gewoon )?mijn vraag\b|\bniet wat ik vroeg\b",
    ],
    "panic": [
        r"\b(?:paniekaanval|in paniek|paniek|kan niet (?:meer )?ademen|krijg geen lucht|hyperventiler\w*|hart (?:gaat "
        r")?"
        r"(?:tekeer|bonkt|bonst|klopt zo snel|racet)|trillen|flip(?:pen)? helemaal|ik flip)\b",
    ],
    "ask_breathing": [r"\bademhalingsoefening\b|\bhelp me (?:ademen|rustig worden|ontspannen|kalmeren)\b"],
    "ask_grounding": [
        r"\b(?:grounding|aarden|5-4-3-2-1|dissocie\w*|voel me (?:zo )?(?:onwerkelijk|afwezig|niet "
        r"echt|verdoofd)|niets voelt echt)\b"
    ],
    "worry": [
        r"\b(?:pieker\w*|maak me (?:zo(?:veel)? |veel |erg )?zorgen|zorgen maken|blijf maar denken|kan niet stoppen "
        r"met denken|malen|maalt|gedachten (?:razen|malen|blijven)|wat als)\b",
    ],
    "low_activity": [
        r"\b(?:hele|heel de) (?:dag|ochtend|middag|weekend) (?:in bed|op de bank)\b|\bin bed (?:gelegen|gebleven|ligge"
        r"n)\b",
        r"\b(?:geen|nul) (?:energie|motivatie|puf|zin)\b|\bnergens zin in\b|\bniks zin in\b",
        r"\bkom (?:mijn|m'?n|mn) bed niet uit\b|\b(?:niet|nauwelijks) (?:buiten|de deur uit) geweest\b",
        r"\bniets (?:is )?(?:meer )?leuk\b|\bnergens (?:meer )?plezier in\b|\bkan (?:me|mij) nergens toe zetten\b",
    ],
    "ask_what_to_do": [
        r"\b(?:weet|snap) (?:niet|het niet) (?:meer )?(?:wat|hoe) ik\b|\bwat (?:moet|kan|zou) ik (?:doen|nou)\b",
        r"\bhoe (?:moet|kan|zal) ik (?:omgaan met|dit|het|dat|hem|haar|ze|zeggen|aanpakken|oplossen|vragen)\b",
    ],
    "stressor": [
        r"\b(?:deadline|deadlines|rekeningen?|schulden?|huur|opdracht|werkdruk|te veel werk|ruzie|conflict|tentamens?|"
        r"examens?|sollicitatie)\b",
    ],
    "sleep": [
        r"\b(?:kan|kon) (?:niet )?(?:niet slapen|slapen niet|niet in slaap)\b|\bkan niet slapen\b|"
        r"\bslapeloos\w*|\b(?:hele|halve) nacht wakker\b|\bslecht geslapen\b|\bniet geslapen\b"
    ],
    "psychoeducation": [
        r"\bwat (?:is|zijn|betekent) (?:een )?(?:angst|paniekaanvallen|paniekaanval|depressie|cgt|gedragstherapie|"
        r"gedachtenschema|g-schema|piekeren|gedragsactivatie|grounding|mindfulness|denkfouten|catastroferen|"
        r"piekertijd|signaleringsplan|veiligheidsplan|burn-?out|stress|trigger|triggers)\b",
        r"\bwaarom (?:voel|word|raak|pieker|huil|slaap) ik\b|\bis (?:het|dat|dit) normaal (?:dat|om)\b",
        r"\bhoe werkt (?:angst|depressie|paniek|stress|therapie|cgt)\b|\blegt? (?:eens )?uit wat\b",
    ],
    "greeting": [
        r"^\W*(?:hoi|hallo|hey|hee|hai|hi|goedemorgen|goedemiddag|goedenavond|morgen|dag|hoihoi|yo|"
        r"goeiemorgen|goeiemiddag|goeienavond)(?: daar| weer| jij)?\W*$"
    ],
    "how_are_you": [r"\bhoe (?:gaat het|is het) (?:met (?:jou|je|u))?\b|\balles goed (?:met je|met jou)?\s*\?"],
    "thanks": [r"\b(?:dank je|dankjewel|dank u|dankuwel|bedankt|thanks|merci|top,? dank)\b"],
    "closing": [
        r"\b(?:doei|dag dag|tot (?:later|morgen|straks|ziens)|welterusten|slaap lekker|ik ga (?:nu )?"
        r"(?:slapen|stoppen|maar eens)|later)\b"
    ],
    "positive": [
        r"\b(?:voel me|gaat) (?:een beetje |wat |veel |echt |stuk )?(?:beter|goed|rustiger|lichter|trots|blij|opgeluch"
        r"t)\b",
        r"\b(?:goede|fijne|mooie|leuke) dag\b|\b(?:ging|gaat|was) (?:\w+ ){0,3}(?:goed|beter|prima|fijn|leuk)\b|\b(?:h"
        r"et|dat|dit) (?:heeft )?(?:echt )?"
        r"(?:geholpen|hielp)\b|\bis (?:me )?gelukt\b|\btrots op mezelf\b",
    ],
    "dependence": [
        r"\b(?:jij bent|je bent) (?:de enige|mijn enige|alles wat ik heb|mijn beste vriend(?:in)?|beter dan)\b",
        r"\b(?:alleen|enkel) (?:nog )?(?:met jou|met je) (?:praten|praat)\b|\bliever met (?:jou|je) praten\b",
        r"\bbeter dan (?:mijn )?(?:therapeut|vrienden|familie|mensen|psycholoog|behandelaar)\b",
        r"\b(?:heb|hoef) (?:mijn )?(?:therapeut|therapie|vrienden|niemand anders|mensen|behandelaar) niet (?:meer )?no"
        r"dig\b",
        r"\bin plaats van (?:mijn )?(?:therapeut|therapie|vrienden|familie)\b",
    ],
    "promise_request": [
        r"\bbeloof (?:je|jij|me|het)\b|\bben (?:je|jij) er altijd\b|\bblijf (?:je |jij )?(?:altijd |voor altijd |"
        r"voorgoed )?(?:bij me|bij mij)\b",
        r"\bwil je (?:op me letten|over me waken|me bellen|me appen|me onthouden)\b|\bga (?:niet|nooit) weg\b",
    ],
    "ask_help": [
        r"\b(?:tips|advies|suggesties|ideeën|ideeen)\b|\bwat kan ik doen\b|\bhelp me\b|\bik heb hulp nodig\b",
        r"\bhoe (?:kan|moet) ik (?:stoppen|me beter voelen|rustig worden|ontspannen|ermee omgaan)\b",
    ],
    "life_event": [
        r"\b(?:mijn )?(?:huwelijk|relatie|leven|carrière) is (?:voorbij|over|kapot|verpest)\b|\b(?:ze|hij|zij) (?:is w"
        r"eg|"
        r"heeft me verlaten|heeft het uitgemaakt)\b|\b(?:ontslagen|gedumpt|verlaten|afgewezen|uit huis gezet)\b|"
        r"\buit elkaar\b|\b(?:wil|willen|gaan|gaat) scheiden\b|\b(?:mijn|m'?n) (?:baan|werk|huis|vrouw|man|kind|moeder|vader) (?:kwijt|verloren)\b|"
        r"\bgezakt voor\b|\bscheiding\b|\boverleden\b|\bniks doet er (?:nog )?toe\b|\bvoel me zo leeg\b|\balles is mis"
        r"lukt\b",
    ],
    "mentions_plan": [r"\b(?:huiswerk|behandelplan|oefening van (?:mijn )?therapeut|mijn therapeut zei)\b"],
}

RISKY_PLANS: dict[str, list[str]] = {
    "stop_medication": INTENTS["stop_medication"],
    "quit_impulsively": [
        r"\b(?:ontslag nemen|stoppen met (?:mijn |m'?n |mn )?(?:werk|baan|studie|opleiding|school)|neem ontslag|"
        r"(?:mijn|m'?n|mn) baan opzeggen|stop met (?:mijn |m'?n )?(?:studie|werk|baan)|zeg (?:mijn|m'?n) baan op)\b"
        r".{0,40}\b(?:vandaag|morgen|vanavond|nu|meteen|zonder|direct|deze week|maandag)\b",
        r"\b(?:vandaag|morgen|meteen|nu|direct)\b.{0,30}\b(?:ontslag|zeg ik (?:mijn )?baan op|stop ik met (?:mijn )?"
        r"(?:studie|werk|baan))\b",
        r"\b(?:mijn|m'?n) baas (?:eens )?(?:de waarheid )?(?:vertellen|zeggen) waar het op staat\b",
    ],
    "drink_or_drugs": [
        r"\b(?:me )?(?:klem|lam|stomdronken|dronken|kachel|zat|stoned|high) (?:zuipen|drinken|worden|roken)\b",
        r"\b(?:zuipen|drinken|drank) (?:om te vergeten|tot ik|om het te vergeten|om te slapen|om te verdoven)\b",
        r"\b(?:ga|gaan) (?:me )?(?:bezatten|zuipen|lazarus)\b|\bvergeten met drank\b",
        r"\b(?:xtc|mdma|coke|cocaine|speed|ketamine|drugs|paddo'?s)\b.{0,20}\b(?:nemen|gebruiken|halen|proberen)\b",
        r"\b(?:dronken|na het drinken|na een paar biertjes) (?:naar huis )?(?:rijden|auto rijden)\b",
        r"\b(?:hele|volle) fles\b.{0,20}\b(?:wodka|wijn|whisky|gin|rum|drank)\b",
    ],
    "revenge": [
        r"\b(?:wraak nemen|wraak op|pak (?:hem|haar|ze) terug|betaald zetten|laten boeten|een lesje leren)\b",
        r"\b(?:band(?:en)? lek steken|(?:zijn|haar|hun) auto (?:bekrassen|slopen|kapot maken))\b",
        r"\b(?:naaktfoto'?s|foto'?s|adres|berichten) (?:van (?:hem|haar))? ?(?:online )?(?:zetten|delen|verspreiden|le"
        r"kken)\b",
        r"\b(?:op (?:de stoep|zijn werk|haar werk) staan|langs gaan bij (?:hem|haar) om)\b",
        r"\b(?:slaan|in elkaar slaan|een klap geven)\b.{0,15}\b(?:hem|haar|mijn ex|mijn baas)\b",
    ],
    "isolate": [
        r"\b(?:iedereen|al mijn vrienden|mijn familie) (?:blokkeren|uit mijn leven|laten vallen|negeren)\b",
        r"\b(?:nooit meer|met niemand meer) (?:praten|spreken|contact)\b|\bniemand meer (?:zien|spreken)\b",
        r"\b(?:me|mezelf) (?:opsluiten|afsluiten|isoleren)\b|\bal mijn (?:accounts|socials|contacten) (?:verwijderen|w"
        r"issen)\b",
        r"\bnooit meer (?:de deur uit|naar buiten)\b",
    ],
    "stop_eating": [
        r"\b(?:stoppen|stop|ophouden) met eten\b|\b(?:niet meer|niks meer|niets meer) (?:eten|te eten)\b",
        r"\b(?:maaltijden overslaan|mezelf uithongeren|niet eten tot)\b|\b(?:overgeven|kotsen) na het eten\b",
        r"\b(?:vasten|niet eten) (?:voor|tot) (?:een week|dagen|\d+ dagen)\b",
    ],
    "stop_therapy": [
        r"\b(?:stoppen|stop|kappen|ophouden|afzeggen|overslaan) (?:met )?(?:mijn |m'?n |de )?(?:therapie|therapeut|"
        r"sessies?|afspraken?|behandeling|gesprekken)\b",
        r"\b(?:therapie|behandeling|therapeut|sessies?) (?:stoppen|afzeggen|overslaan|opzeggen)\b",
        r"\b(?:heb|hoef) (?:geen |mijn )?(?:therapie|therapeut|behandeling) (?:meer )?(?:nodig|niet meer)\b",
    ],
    "spend_or_gamble": [
        r"\b(?:al mijn|mijn hele|m'?n hele) (?:spaargeld|salaris|loon|geld|erfenis)\b.{0,30}\b(?:uitgeven|inzetten|"
        r"vergokken|gokken|verbrassen|in crypto|stoppen in)\b",
        r"\b(?:gokken|inzetten|vergokken)\b.{0,20}\b(?:alles|al mijn|mijn hele|huur)\b",
        r"\b(?:lening|krediet) (?:afsluiten|nemen)\b.{0,30}\b(?:gokken|casino|crypto|inzetten)\b",
    ],
    "send_angry_message": [
        r"\b(?:appen|sturen|bellen|mailen|stuur|app|bel|mail)\b.{0,30}\b(?:mijn ex|hem|haar|mijn baas)\b.{0,40}"
        r"\b(?:nu|vannacht|vanavond|dronken|boos|woedend|alles wat ik denk|de waarheid)\b",
        r"\b(?:boos|woedend|kwaad|gemeen)(?:e)? (?:bericht|appje|mail|berichtje|post)\b.{0,20}\b(?:sturen|versturen|pl"
        r"aatsen)\b",
        r"\b(?:zeggen|vertellen) wat ik (?:echt )?van (?:hem|haar|ze|hen) vind\b",
    ],
    "reckless": [
        r"\b(?:hard|keihard|roekeloos|zonder gordel) (?:rijden|scheuren|racen)\b",
    ],
}

DELUSIONS: list[str] = [
    r"\b(?:verborgen |geheime )?(?:camera'?s|microfoons?|microfoontjes|zenders?|afluisterapparatuur|spyware)\b.{0,30}"
    r"\b(?:verstopt|geplaatst|in (?:de|mijn) (?:muren|muur|plafond|huis|kamer|auto|telefoon)|overal|af te luisteren)\b",
    r"\b(?:luistert|luisteren|kijkt|kijken|bespiedt) (?:me|mij) (?:af|stiekem|de hele tijd|overal)\b",
    r"\b(?:is|zijn) (?:eigenlijk |echt )?(?:geen mens|een robot|een alien|een demon|een kloon|een bedrieger)\b.{0,40}"
    r"\b(?:voordoet|doet alsof|vermomd|zich voor)\b",
    r"\b(?:kentekens|nummerborden|getallen|liedjes|de tv|de radio|reclames|het nieuws|vogels|wolken)\b.{0,30}"
    r"\b(?:boodschappen|berichten|zeggen (?:me|mij)|tegen (?:me|mij)|tekens voor (?:me|mij)|opdrachten)\b",
    r"\b(?:kan|kunnen) (?:al )?mijn gedachten (?:horen|lezen|stelen)\b|\bmijn gedachten (?:worden )?(?:uitgezonden|"
    r"gehoord|gelezen|gestolen|bestuurd)\b",
    r"\bik (?:ben|zou) (?:misschien |al )?dood (?:zijn)?\b.{0,30}\b(?:hiernamaals|niemand merkt)\b|\bhiernamaals\b",
    r"\b(?:uitverkoren|gekozen|voorbestemd) om (?:de wereld|iedereen|de mensheid) te redden\b|\bde enige die "
    r"(?:de wereld|iedereen|de mensheid) kan redden\b",
    r"\b(?:ze|iedereen|mensen|iemand)\b.{0,30}\b(?:weten|weet|lezen|leest|horen|hoort|volgen|volgt|zien|ziet|besturen|"
    r"bestuurt)\b.{0,30}\bvia (?:mijn|de|m'n) (?:telefoon|tv|wifi|computer|laptop|camera|vullingen|magnetron)\b",
    r"\bik ben (?:eigenlijk |al |echt |stiekem )?(?:dood|een geest|niet echt|niet levend|een lijk)\b"
    r"(?! (?:moe|op|gegaan van het lachen))",
    r"\bik (?:ben al|was al) (?:lang |dagen |weken )?(?:dood|overleden)\b|\bniemand gelooft dat ik dood ben\b",
    r"\bik besta (?:eigenlijk )?niet\b|\bmijn lichaam bestaat niet\b",
    r"\bmijn (?:organen|hersenen|ingewanden|bloed|hart) (?:zijn|is) (?:aan het rotten|weg|dood|verdwenen|gestopt)\b"
    r"(?! (?:na|vandaag|vanavond|haha|lol)\b)",  # niet "mijn hersenen zijn dood na dat tentamen"
    r"\b(?:de )?(?:tv|televisie|radio|nieuwslezer|presentator|liedjes?|reclames?|kentekens?|nummerborden|getallen|"
    r"vogels|wolken)\b.{0,20}\b(?:stuurt|sturen|geeft|geven|praat|praten|spreekt|spreken|bevat|bevatten)\b.{0,25}"
    r"\b(?:boodschappen|berichten|tekens|signalen|codes|tegen mij|tegen me|over mij)\b",
    r"\b(?:geheime|verborgen|speciale) (?:boodschappen|berichten|tekens|signalen|codes) (?:voor|aan|over) (?:mij|me)\b",
    r"\b(?:ze|mensen|iemand|de overheid|de buren|aliens|satellieten|de aivd|de politie|mijn (?:familie|vrouw|man|"
    r"buren|baas|telefoon)|iedereen)\b.{0,30}\b(?:lezen|leest|horen|hoort|stelen|steelt|sturen|stuurt|besturen|"
    r"bestuurt|beheersen|stoppen|stopt|zenden) (?:mijn gedachten|gedachten in mijn|in mijn hoofd)\b",
    r"\b(?:chip|zender|camera|implantaat|microchip|apparaatje)s? in (?:mijn|m'?n) (?:hoofd|hersenen|lichaam|tanden|"
    r"tand|arm|huid|nek)\b",
    r"\b(?:de overheid|de aivd|de cia|de politie|mijn buren|de buren|ze|de maffia|de geheime dienst|aliens)\b "
    r"(?:houdt|houden|volgt|volgen|bespioneert|bespioneren|vergiftigt|vergiftigen|bestuurt|besturen|"
    r"experimenteert|experimenteren) (?:mij|me)\b",
    r"\bik (?:word|wordt) (?:overal |de hele tijd |constant )?(?:gevolgd|bespioneerd|afgeluisterd|vergiftigd|"
    r"bestuurd|in de gaten gehouden)\b.{0,40}\b(?:overheid|aivd|iedereen|buren|overal|de hele tijd|satellieten|"
    r"camera'?s|ze|geheime)\b",
    r"\b(?:mijn )?(?:eten|water|drinken|medicijnen|medicatie|thee|koffie) (?:is|zijn|wordt|worden) (?:vergiftigd|"
    r"gedrogeerd)\b|\b(?:willen|proberen) (?:me|mij) te vergiftigen\b",
    r"\bik ben (?:de )?(?:uitverkorene|messias|jezus|god|een god|een profeet|onsterfelijk|onkwetsbaar|de zoon van god|"
    r"de verlosser|de antichrist)\b",
    r"\b(?:god|het universum|engelen|aliens) (?:heeft|hebben) (?:mij|me) (?:gekozen|uitgekozen|gestuurd|een opdracht)"
    r"\b",
    r"\b(?:speciale|geheime|goddelijke|heilige) (?:missie|opdracht)\b",
    r"\bik kan (?:vliegen|gedachten lezen|het weer besturen|de tijd stilzetten)\b",
    r"\b(?:vervangen|verwisseld) (?:door|voor) (?:een )?(?:bedrieger|dubbelganger|kloon|robot|lookalike)\b",
    r"\b(?:iedereen|ze|mensen|de buren) (?:spant|spannen|zweert|zweren) samen tegen (?:mij|me)\b",
    r"\b(?:de wereld|alles|dit) is (?:maar )?(?:een simulatie|niet echt|nep)\b|\bniets is echt\b",
    # Dood zijn of een lege huls (Cotard), met meer bijwoorden ("ik ben eigenlijk al dood").
    r"\bik ben (?:eigenlijk |al |echt |stiekem |allang |gewoon |toch )+(?:dood|een geest|niet echt|niet levend|een lijk)"
    r"\b(?! (?:moe|op|als|van|haha|lol))",
    r"\b(?:rond|verder) als een (?:lege huls|lijk|geest|zombie|dode)\b",
    # Media die berichten sturen of over de persoon gaan, presentatoren die signalen geven.
    r"\b(?:het journaal|het nieuws|de tv|de televisie|de radio|de presentator|de nieuwslezer|de weerman|de weervrouw)"
    r"\b.{0,20}\b(?:stuurt|sturen|geeft|geven|zendt|zenden) (?:me|mij) (?:\w+ )?(?:berichten|boodschappen|tekens|"
    r"signalen|codes|opdrachten)\b",
    r"\b(?:presentator|nieuwslezer|nieuwslezeres|weerman|weervrouw)\b.{0,40}\b(?:kijkt|knipoogt|praat|wijst)\b "
    r"(?:me|mij|naar me|naar mij|tegen me|tegen mij)\b",
    r"\b(?:liedjes|nummers|songs|de liedjes|de nummers|het journaal|het nieuws|reclames|de reclames|programma'?s)"
    r"(?: op de radio| op tv| op de tv| op televisie)? (?:gaan|gaat|zijn|is) (?:allemaal |echt |steeds |altijd )?"
    r"over (?:mij|me)\b",
    # Gedachten lezen, iets in het eten.
    r"\b(?:ze|zij|hij|iedereen|mensen|de buren|de overheid|mijn buren)\b.{0,30}\b(?:mijn gedachten|wat ik denk) "
    r"(?:\w+ ){0,2}(?:lezen|horen|stelen|besturen|volgen|afluisteren)\b",
    r"\b(?:iets|gif|drugs|medicijnen|pillen|spul) in (?:mijn|m'?n|mn) (?:eten|drinken|koffie|thee|water|drankje) "
    r"(?:gedaan|gestopt|gemengd|gegooid)\b",
    # Grootheid: gestuurd om te redden.
    r"\b(?:door god|door het universum|door de engelen|door de hemel)\b.{0,20}\b(?:gestuurd|uitverkoren|gekozen|"
    r"aangewezen)\b",
    r"\b(?:gestuurd|uitverkoren|gekozen|aangewezen|voorbestemd)\b.{0,30}\bom (?:de mensheid|de wereld|iedereen) te "
    r"(?:redden|verlossen)\b",
    # Iemand vervangen (Capgras).
    r"\b(?:vervangen|verwisseld|omgeruild) (?:door|voor|met) (?:een )?(?:kopie|dubbelganger|kloon|robot|bedrieger|"
    r"namaak\w*|nep\w*|lookalike|replica)\b",
    r"\b(?:hij|zij|ze) is niet echt (?:mijn|m'?n|mn) (?:man|vrouw|moeder|vader|vriend|vriendin|partner|zoon|dochter|"
    r"broer|zus)\b|\b(?:mijn|m'?n|mn) (?:man|vrouw|moeder|vader|partner) is niet echt (?:mijn|m'?n|mn) \w+\b",
    # Dieren, auto's of onbekenden die spioneren, rapporteren of tekens geven.
    r"\b(?:vogels|duiven|kraaien|meeuwen|katten|honden|dieren|voorbijgangers|onbekenden|auto'?s|de buren)\b.{0,40}"
    r"\b(?:spioneren|bespioneren|zijn spionnen|rapporteren|werken voor (?:de geheime dienst|de overheid|de aivd|de politie))"
    r"\b",
    r"\bin de gaten (?:voor|namens) (?:de geheime dienst|de overheid|de aivd|de politie|de cia|de maffia)\b",
    r"\b(?:mensen|vreemden|iedereen) (?:in|op|bij) (?:de |het )?(?:supermarkt|straat|bus|trein|winkel|tram|metro|station)"
    r"\b.{0,30}\b(?:weten|horen|lezen|zien) (?:precies )?(?:wat ik denk|mijn gedachten)\b",
    r"\bik ben (?:al )?(?:dagen|weken|maanden|jaren) dood\b|\bdood\b.{0,30}\bniemand (?:heeft|merkt|ziet) (?:het|dat) "
    r"(?:door|op)?\b",
    r"\b(?:chip|zender|implantaat|microchip|apparaatje|zendertje)s? (?:die|dat) (?:ze|hij|zij|iemand) in (?:mijn|mn|m'n) "
    r"\w+ (?:hebben|heeft) (?:gestopt|gezet|geplaatst|gestoken|ingebracht)\b",
    r"\biemand (?:anders )?(?:woont|leeft|zit) in (?:mijn|mn|m'n) (?:lichaam|hoofd|lijf)\b",
    r"\b(?:stralen|straling|signalen|golven|gedachten|stemmen|beelden)\b.{0,30}\b(?:door|in) (?:de muur|de muren|"
    r"mijn hoofd|mijn hersenen|mijn lichaam|het plafond)\b",
    r"\b(?:is|zijn) (?:eigenlijk |stiekem |echt )?(?:een )?(?:geheim )?(?:agent|spion|informant|undercover agent)\w* "
    r"(?:die|om) (?:me|mij) (?:\w+ ){0,3}(?:in de gaten (?:te )?(?:houdt|houden)|bespioneert|bespioneren|volgt|volgen|"
    r"te volgen)\b",
    r"\b(?:auto'?s?|lichten|koplampen|lampen|vogels|duiven|kraaien|mensen op straat|voorbijgangers|kentekens|borden|"
    r"vliegtuigen|helikopters?)\b.{0,60}\b(?:teken|tekens|signaal|signalen|boodschap|boodschappen|code|codes) "
    r"(?:voor|aan) (?:mij|me)\b",
]

METHOD_REQUESTS: list[str] = [
    r"\b(?:hoogste|hoge|hoog) (?:bruggen?|brug|gebouwen?|gebouw|torens?|toren|flats?|flat|kliffen|parkeergarages?|"
    r"daken|dak|verdiepingen|plekken?)\b",
    r"\b(?:bruggen?|brug|gebouwen?|gebouw|torens?|toren|flats?|flat|daken|dak|balkon|parkeergarages?)\b.{0,40}"
    r"\b(?:hoe hoog|hoog genoeg|hoogst|hoogste|hoogte|toegankelijk|op het dak|open voor publiek|komen)\b",
    r"\bhoe (?:hoog|diep|ver) .{0,30}\b(?:vallen|springen|dood|overleven|dodelijk)\b",
    r"\b(?:val|sprong) (?:van|vanaf) .{0,30}\b(?:overleven|dodelijk|dood)\b",
    r"\bhoeveel .{0,40}\b(?:pillen|tabletten|paracetamol|ibuprofen|aspirine|slaappillen|insuline|medicijnen|"
    r"medicatie|antidepressiva|wodka|alcohol)\b.{0,50}\b(?:dood|overlijden|overdosis|dodelijk|fataal|te veel|"
    r"genoeg|niet meer wakker|nodig om|lever kapot)\b",
    r"\bhoeveel (?:pillen|tabletten|paracetamol|ibuprofen|slaappillen|medicijnen)\b.{0,30}"
    r"\b(?:is te veel|is dodelijk|heb je nodig|zijn nodig)\b",
    r"\b(?:dodelijke|fatale|letale|giftige) (?:dosis|hoeveelheid)\b|\boverdosis\b",
    r"\b(?:welke|wat voor) (?:pillen|medicijnen|drugs|gif|tabletten|pijnstillers) (?:zijn|is) (?:het )?"
    r"(?:sterkst|sterkste|gevaarlijkst|gevaarlijkste|dodelijkst|dodelijkste|dodelijk)\b",
    r"\bhoe lang (?:duurt het|voordat|tot) .{0,40}\b(?:dood|sterven|bewusteloos|doodbloeden|stikken|verdrinken|"
    r"werkt|ademen stopt)\b",
    r"\b(?:treinen?|trein|metro|goederentrein)\b.{0,30}\b(?:langs|voorbij|stopt niet|snelst|hoe snel|niet stoppen|"
    r"doorrijden)\b",
    r"\b(?:waar|hoe) (?:kan ik|koop ik|kom ik aan|krijg ik) .{0,25}\b(?:wapen|pistool|touw|pillen|barbituraten|"
    r"pentobarbital|cyanide|gif|helium|slaappillen|middel)\b",
    r"\b(?:knoop|strop|touw|riem)\b.{0,30}\b(?:knopen|houdt|sterk genoeg|mijn gewicht|gewicht)\b",
    r"\b(?:welke|wat) (?:aders?|slagaders?)\b|\bhoe diep (?:moet|snij)\b|\bwaar (?:moet ik )?snijden\b",
    r"\b(?:pijnloze|snelste|makkelijkste|zekerste|rustige) (?:manier|methode)s? om (?:dood te gaan|te sterven|er een "
    r"eind aan te maken|niet meer wakker te worden|te verdwijnen)\b",
    r"\b(?:koolmonoxide|uitlaatgassen|houtskool|helium)\b.{0,30}\b(?:hoe|lang|veel|auto|kamer|tent)\b",
    r"\b(?:bleek|antivries|rattengif|onkruidverdelger|landbouwgif)\b.{0,30}\b(?:drinken|slikken|dood|hoeveel)\b",
    r"\bhoe lang (?:kun|kan|overleef|leef) (?:je|jij|iemand|een mens|ik) (?:overleven |leven )?zonder (?:eten|drinken|"
    r"water)\b",
    r"\b(?:welk|welke) (?:touw|riem|koord|knoop) (?:is|zijn) (?:het )?(?:sterkst|sterkste|sterk genoeg)\b",
    r"\b(?:dichtstbijzijnde|dichtsbijzijnde) (?:klif|brug|flat|spoor|parkeergarage)\b",
    r"\bdiepste (?:stuk|plek|deel)? ?(?:van de )?(?:rivier|meer|gracht|kanaal|water)\b|\bhoe koud is het water\b",
    # In andere woorden: "hoe hoog is de erasmusbrug", "is het water daar diep", "zijn 40 pillen genoeg".
    r"\bhoe (?:hoog|diep|ver) (?:is|zijn|ligt|hangt|hangen) (?:de |het |die |dat )?\w*(?:brug|bruggen|toren|torens|flat|"
    r"flats|gebouw|gebouwen|dak|viaduct|klif|parkeergarage)\b",
    r"\b(?:is|zijn) (?:het water|de rivier|het kanaal|de zee|het meer)\b.{0,40}\bdiep\b",
    r"\b(?:is|zijn) (?:\d{2,}|twintig|dertig|veertig|vijftig|zestig|honderd|een (?:hele )?(?:doos|strip|pot|fles)) "
    r"(?:van )?(?:mijn |mn |m'n |de |die )?[\w-]+ (?:genoeg|te ?veel|dodelijk)\b",
    r"\bgenoeg om (?:niet meer wakker te worden|dood te gaan|er een eind aan te maken|te sterven)\b",
    r"\b(?:treinen|trein|intercity'?s?|sprinters?)\b.{0,30}\b(?:niet|nooit) (?:stoppen|stopt)\b|\bstations?\b.{0,40}"
    r"\b(?:sneltreinen|intercity'?s|doorgaande treinen)\b|\boverweg\b.{0,40}\b(?:hoe laat|wanneer|tijden|treinen?)\b",
    r"\b(?:trein|treinen|intercity'?s?|sprinters?|goederentrein)\b.{0,50}\bzonder (?:te )?stoppen\b",
]

RISK_EXTRA: dict[str, tuple[str, list[str]]] = {
    "means_at_hand": (
        "high",
        [
            r"\b(?:ik heb|heb ik|'k heb) (?:het |een |de |genoeg |al )?(?:touw|strop|pillen|tabletten|wapen|mes|"
            r"scheermesjes|mesjes|gif|houtskool|helium)\b.{0,30}\b(?:klaar|liggen|hier|bij me|verstopt|gespaard|verzameld|"
            r"gekocht)\b",
            r"\b(?:het |de )?(?:touw|strop|pillen|tabletten|mes|wapen) (?:ligt|liggen|hangt|staat|staan) (?:al )?klaar\b",
            # pillen geteld, en "ik neem ze" (dringend naast een tijd: "zaterdag")
            r"\b(?:ik heb|'k heb|heb ik) (?:er )?(?:ongeveer |zo'?n |bijna |wel |meer dan )?(?:\d{2,}|twintig|dertig|"
            r"veertig|vijftig|zestig|honderd) (?:\w+ )?(?:pillen|tabletten|slaappillen|pijnstillers|capsules)\b.{0,80}"
            r"\b(?:ik (?:neem|slik) ze|(?:ga|neem|slik) ik ze|ik ga ze (?:\w+ )?(?:innemen|nemen|slikken))\b",
        ],
    ),
    "goodbye": (
        "high",
        [
            r"\bafscheidsbrie(?:f|ven)\b|\bafscheids(?:bericht|video|mail)\b|\bmijn (?:spullen|kat|hond) weggegeven\b",
            r"\b(?:brieven|briefjes|een brief) (?:geschreven |achtergelaten )?(?:voor|aan) (?:iedereen|al mijn|mijn (?:familie|"
            r"kinderen|ouders|vrouw|man))\b",
            r"\biedereen (?:gedag|vaarwel) (?:gezegd|zeggen)\b|\bik ben klaar om te gaan\b|\bvrede met (?:mijn|dit) "
            r"besluit\b",
        ],
    ),
    "third_party_risk": (
        "high",
        [
            r"\b(?:zij|hij|ze|mijn (?:\w+ )?(?:zus|zusje|broer|vriend|vriendin|moeder|vader|zoon|dochter|partner|man|vrouw|"
            r"huisgenoot|neef|nicht))\b.{0,30}\b(?:heeft|hebben) (?:net |zojuist )?(?:al (?:haar|zijn|hun) (?:pillen|"
            r"medicijnen|tabletten)|een (?:hele )?(?:strip|doos|fles|pot|pot met) (?:pillen|tabletten)|een overdosis|"
            r"te veel (?:pillen|tabletten)) (?:ingenomen|geslikt|genomen)",
            r"\b(?:zij|hij|ze|mijn (?:\w+ )?(?:zus|broer|vriend|vriendin|moeder|vader|zoon|dochter|partner))\b.{0,20}"
            r"\b(?:wil|gaat|staat op het punt) (?:zich(?:zelf)? (?:van kant (?:te )?maken|doden|iets aan(?:te)?doen)|"
            r"springen)\b",
            r"\b(?:hij|zij|ze)\s+(?:zich|zichzelf)\s+(?:van kant|dood|iets)\s+(?:te\s+)?(?:gaat|wil|zal)?\s*(?:maken|"
            r"doen|aandoen)\b|\b(?:hij|zij|ze) (?:wil|gaat) zelfmoord plegen\b",
        ],
    ),
    "at_the_edge": (
        "imminent",
        [
            r"\bik (?:sta|zit|ben) (?:nu |hier |nu al )?(?:op|bij|in) (?:de|het|een|mijn) (?:\w+ ){0,2}(?:brug|dak|rand|"
            r"perron|balkon|spoor|klif|flat|badkamer|bad|auto|station)\b.{0,50}\b(?:springen|spring|eraf|gaan|een eind|mez"
            r"elf|"
            r"met (?:een|het|mijn) (?:mes|scheermes|mesje|touw|pillen))",
            r"\bik heb (?:een|het|mijn) (?:mes|scheermes|scheermesje|mesje|touw|wapen) (?:gepakt|bij me|in mijn hand)\b",
            r"\bik (?:sta|zit) (?:nu )?op (?:de|het|een) (?:brug|dak|rand|reling|spoor|balkonrand)\b",
            r"\bik (?:sta|zit|ben) (?:nu |hier )?(?:op|bij) (?:de|het|een) (?:\w+ ){0,2}(?:brug|dak|rand|perron|balkon|spoor|"
            r"klif|viaduct|pier)\b.{0,60}\b(?:hou me niet tegen|niemand houdt me tegen|het is tijd|vaarwel|dit is het)\b",
        ],
    ),
    "attempt_in_progress": (
        "imminent",
        [
            r"\bik heb\b.{0,30}\b(?:een hele|hele|een|al mijn|veel|te veel|\d+) (?:doos|doosje|strip|pot|potje|fles|"
            r"pillen|tabletten|paracetamol|slaappillen|medicijnen)\b.{0,30}\b(?:ingenomen|geslikt|genomen|opgedronken)\b",
        ],
    ),
    "means_saved": (
        "high",
        [
            r"\bik (?:spaar|verzamel|bewaar|hamster)\b.{0,25}\b(?:pillen|medicijnen|medicatie|tabletten|slaappillen)\b",
            r"\b(?:pillen|medicijnen|medicatie|tabletten|slaappillen) (?:op)?gespaard\b",
        ],
    ),
    "method": (
        "high",
        [
            r"\b(?:denk|wil|ga|overweeg)\b.{0,30}\b(?:tegen een (?:boom|muur)|voor (?:een|de) (?:trein|vrachtwagen)|van "
            r"(?:het|een) dak|van (?:de|een) brug|eraf (?:te )?springen|het verkeer in|mezelf (?:op )?(?:te )?hangen|"
            r"mezelf (?:te )?verdrinken)\b",
        ],
    ),
    "self_harm": (
        "moderate",
        [
            r"\bik heb mezelf (?:\w+ ){0,3}(?:gebrand|gesneden|gekrast|geslagen|pijn gedaan|verwond)\b",
            r"\bik (?:sla|snij|krab|kras|brand) (?:mezelf|me) (?:\w+ ){0,3}(?:tot|totdat) (?:ik |het )?(?:bloed|bloedt|blauwe "
            r"plekken|pijn)\b|\b(?:krassen|snijden|krabben) (?:in|aan) (?:mijn|mn|m'n) (?:armen|benen|polsen|dijen|huid)\b",
        ],
    ),
    "means_considered": (
        "high",
        [
            r"\b(?:kijk|keek|staar|staarde) (?:\w+ ){0,2}(?:naar )?(?:de |mijn |die )?(?:messen|mes|pillen|tabletten|touw|"
            r"scheermesjes|mesjes|treinrails|het spoor)\b",
        ],
    ),
    "plan_anaphora": (
        "high",
        [
            r"\bik heb (?:er )?(?:een|al een|mijn) plan(?: voor)?\b|\bik weet (?:al )?(?:hoe|wanneer|waar) ik het (?:ga )?"
            r"doe?n?\b|\bik heb (?:al )?besloten (?:hoe|wanneer)\b",
        ],
    ),
}
TIMELINE = (
    r"\b(?:vannacht|vanavond|vandaag|nu meteen|straks|morgen|dit weekend|over een uur|"
    r"(?:op |deze |volgende |komende )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|als (?:mijn \w+|"
    r"mn \w+|iedereen|ze|hij|zij) (?:weg (?:is|zijn)|slaapt|slapen|op vakantie (?:is|zijn)|er niet (?:is|zijn)))\b"
)

EMOTIONS: dict[str, tuple[str, str]] = {
    "verdrietig": ("sad", "verdrietig"),
    "droevig": ("sad", "verdrietig"),
    "somber": ("sad", "somber"),
    "down": ("sad", "down"),
    "depressief": ("sad", "somber"),
    "neerslachtig": ("sad", "neerslachtig"),
    "ongelukkig": ("sad", "ongelukkig"),
    "huilen": ("sad", "verdrietig"),
    "gehuild": ("sad", "verdrietig"),
    "huil": ("sad", "verdrietig"),
    "leeg": ("sad", "leeg"),
    "verdoofd": ("sad", "verdoofd"),
    "hopeloos": ("sad", "hopeloos"),
    "rouw": ("sad", "verdrietig"),
    "teleurgesteld": ("sad", "teleurgesteld"),
    "angstig": ("anxious", "angstig"),
    "bang": ("anxious", "bang"),
    "nerveus": ("anxious", "nerveus"),
    "zenuwachtig": ("anxious", "zenuwachtig"),
    "bezorgd": ("anxious", "bezorgd"),
    "ongerust": ("anxious", "ongerust"),
    "paniek": ("anxious", "in paniek"),
    "gespannen": ("anxious", "gespannen"),
    "onrustig": ("anxious", "onrustig"),
    "angst": ("anxious", "angstig"),
    "zenuwen": ("anxious", "zenuwachtig"),
    "eng": ("anxious", "bang"),
    "gestrest": ("stressed", "gestrest"),
    "gestresst": ("stressed", "gestrest"),
    "stress": ("stressed", "gestrest"),
    "overweldigd": ("stressed", "overweldigd"),
    "opgejaagd": ("stressed", "opgejaagd"),
    "onder druk": ("stressed", "onder druk"),
    "overspoeld": ("stressed", "overspoeld"),
    "boos": ("angry", "boos"),
    "kwaad": ("angry", "kwaad"),
    "woedend": ("angry", "woedend"),
    "geïrriteerd": ("angry", "geïrriteerd"),
    "geirriteerd": ("angry", "geïrriteerd"),
    "geërgerd": ("angry", "geërgerd"),
    "gefrustreerd": ("angry", "gefrustreerd"),
    "chagrijnig": ("angry", "chagrijnig"),
    "pissig": ("angry", "boos"),
    "eenzaam": ("lonely", "eenzaam"),
    "alleen": ("lonely", "alleen"),
    "buitengesloten": ("lonely", "buitengesloten"),
    "in de steek gelaten": ("lonely", "in de steek gelaten"),
    "onzichtbaar": ("lonely", "onzichtbaar"),
    "beschaamd": ("ashamed", "beschaamd"),
    "schaam": ("ashamed", "beschaamd"),
    "schuldig": ("ashamed", "schuldig"),
    "dom": ("ashamed", "dom"),
    "waardeloos": ("ashamed", "waardeloos"),
    "nutteloos": ("ashamed", "nutteloos"),
    "mislukt": ("ashamed", "mislukt"),
    "zielig": ("ashamed", "zielig"),
    "moe": ("tired", "moe"),
    "uitgeput": ("tired", "uitgeput"),
    "op": ("tired", "op"),
    "opgebrand": ("tired", "opgebrand"),
    "kapot": ("tired", "kapot"),
    "gekwetst": ("hurt", "gekwetst"),
    "afgewezen": ("hurt", "afgewezen"),
    "verraden": ("hurt", "verraden"),
    "jaloers": ("hurt", "jaloers"),
    "gekrenkt": ("hurt", "gekrenkt"),
    "verward": ("confused", "verward"),
    "in de war": ("confused", "in de war"),
    "vast": ("confused", "vast"),
    "verloren": ("confused", "verloren"),
    "onzeker": ("confused", "onzeker"),
    "vreselijk": ("sad", "vreselijk"),
    "verschrikkelijk": ("sad", "verschrikkelijk"),
    "klote": ("sad", "rot"),
    "rot": ("sad", "rot"),
    "rotdag": ("sad", "rot"),
    "kut": ("sad", "rot"),
    "ellendig": ("sad", "ellendig"),
    "blij": ("positive", "blij"),
    "trots": ("positive", "trots"),
    "opgelucht": ("positive", "opgelucht"),
    "rustig": ("positive", "rustig"),
    "rustiger": ("positive", "rustiger"),
    "dankbaar": ("positive", "dankbaar"),
    "hoopvol": ("positive", "hoopvol"),
    "vrolijk": ("positive", "vrolijk"),
}

TOPICS: dict[str, str] = {
    "work": r"\b(?:werk|deadline|project|vergadering|presentatie|baan|baas|leidinggevende|manager|collega'?s?|kantoor|"
    r"dienst|ontslagen|ontslag|carrière)\b",
    "school": r"\b(?:school|tentamens?|examens?|toetsen?|toets|studie|studeren|uni|universiteit|hogeschool|docent|"
    r"leraar|huiswerk|cijfers?|scriptie|opdracht|les|klas)\b",
    "relationship": r"\b(?:partner|vriend|vriendje|vriendin|man|vrouw|ex|relatie|daten|date|uit elkaar|scheiding|"
    r"huwelijk)\b",
    "family": r"\b(?:moeder|mama|mam|vader|papa|pap|ouders|zus|zusje|broer|broertje|familie|zoon|dochter|kinderen|"
    r"kind|oma|opa|tante|oom)\b",
    "friends": r"\b(?:vrienden|vriendengroep|beste vriend(?:in)?|groepsapp|feestje)\b",
    "health": r"\b(?:gezondheid|ziek|pijn|dokter|huisarts|ziekenhuis|klachten|lichaam|gewicht)\b",
    "sleep": r"\b(?:slaap|slapen|geslapen|slapeloos\w*|wakker|nachtmerries?)\b",
    "money": r"\b(?:geld|rekeningen?|schulden?|huur|blut|betalen|lening|hypotheek|salaris)\b",
    "loss": r"\b(?:overleden|gestorven|dood gegaan|begrafenis|crematie|rouw|verlies|miskraam|doodgeboren)\b|"
    r"\b(?:sinds|nu) (?:mijn|mn|m'n) \w+ (?:\w+ )?dood is\b",
    "future": r"\b(?:toekomst|wat ik wil met mijn leven)\b",
}

DISTORTIONS: dict[str, list[str]] = {
    "all_or_nothing": [
        r"\b(?:totale|complete|volledige|een totale|één grote) (?:mislukking|ramp|idioot|puinhoop)\b",
        r"\b(?:alles|het) (?:is|gaat) (?:mis|fout|verpest|kapot|naar de knoppen)\b|\balles verpest\b",
        r"\bniks (?:gaat|lukt) (?:ooit )?(?:goed|meer)\b|\bik kan niks goed (?:doen)?\b|\bniets lukt\b",
        r"\b(?:perfect|alles) of (?:niks|niets)\b|\bals het niet perfect is\b|\béén fout en\b",
        r"\b(?:helemaal|compleet|totaal) (?:nutteloos|waardeloos|mislukt|hopeloos)\b",
    ],
    "catastrophising": [
        r"\b(?:het|dit|dat) (?:wordt|gaat) (?:een )?(?:ramp|drama|verschrikkelijk|vreselijk|een nachtmerrie)\b",
        r"\b(?:mijn leven is|het is) (?:voorbij|verpest|afgelopen)\b|\bmijn (?:leven|carrière|toekomst) (?:is )?verpes"
        r"t\b",
        r"\b(?:ik raak|ik verlies) alles (?:kwijt)?\b|\b(?:het ergste|slechtst denkbare)\b",
        r"\bwat als .{0,40}\b(?:dood|ontslagen|gedumpt|weggaat|kanker|ongeluk|alles kwijt)\b",
        r"\b(?:kan|ga) (?:dit|het) (?:niet )?(?:aan|overleven|hebben)\b.{0,5}$|\bkan dit niet aan\b|\bhet einde van de"
        r" wereld\b",
    ],
    "mind_reading": [
        r"\b(?:ze|hij|zij|iedereen|mensen|mijn (?:baas|vrienden|collega'?s|familie|partner|docent))\b (?:vinden|vindt|"
        r"denken|denkt|zien|ziet) (?:vast |zeker |natuurlijk |toch |gewoon )?(?:dat )?(?:ik|me|mij)\b",
        r"\b(?:iedereen|ze|mensen)(?: (?:op|in|van|bij)(?: \w+){1,2}?)? (?:praat|praten|lacht|lachen|roddelt|roddelen) "
        r"(?:over|om) (?:mij|me)\b",
        r"\b(?:iedereen|ze|hij|zij|mensen|de hele klas|het hele team)(?: (?:op|in|van|bij)(?: \w+){1,2}?)? (?:haat|hat"
        r"en|mag|"
        r"mogen) (?:me|mij) niet\b|"
        r"\b(?:iedereen|ze|mensen) (?:haat|haten|lacht|lachen|praat|praten) (?:me|mij|om mij|om me|over mij|over me)\b",
        r"\b(?:niemand|geen mens) (?:mag|vindt|wil|houdt van) (?:me|mij)\b",
        r"\bik weet (?:gewoon )?(?:zeker )?dat (?:hij|zij|ze|iedereen|mensen) (?:me|mij|denkt|denken|vindt|vinden)\b",
    ],
    "fortune_telling": [
        r"\bik (?:ga|zal) (?:zeker |vast |toch |gewoon )?(?:zakken|falen|het verpesten|ontslagen worden|alleen blijven|"
        r"het nooit|nooit|het verknallen)\b",
        r"\b(?:het|dit|dat|mijn leven|niks|niets) (?:wordt|gaat|zal) (?:nooit|nooit meer) (?:beter|goed|veranderen|luk"
        r"ken)\b",
        r"\b(?:het heeft|heeft het) (?:toch )?geen zin\b|\bwaarom zou ik (?:het )?(?:nog )?proberen\b",
        r"\bik weet (?:nu al|zeker) dat (?:het|ik|ze|hij|zij) (?:mis|fout|nee|zak|faal)\b",
        r"\bik (?:vind|krijg) (?:toch )?nooit (?:een|meer)\b",
    ],
    "should_statements": [
        r"\bik (?:moet|moest|zou|hoor) (?:altijd |nooit |gewoon )?(?:perfect|beter|sterker|sneller|blijer|"
        r"het aankunnen|eroverheen|dit kunnen|niet zo)\b",
        r"\bik had (?:het )?(?:beter )?(?:moeten|niet moeten)\b|\bik (?:zou|moet) (?:me )?niet zo (?:moeten )?voelen\b",
        r"\b(?:mensen|iedereen|hij|zij) (?:moet|moeten|zou|zouden) (?:altijd|nooit)\b",
    ],
    "overgeneralisation": [
        r"\b(?:dit|het) (?:gebeurt|overkomt) (?:me|mij) altijd\b|\baltijd (?:weer|mis|hetzelfde)\b",
        r"\b(?:elke|iedere) (?:keer|keer weer)\b|\b(?:niemand|niets|niks) (?:ooit|nooit)\b|\biedereen altijd\b",
        r"\bik (?:verpest|verknal|doe|zeg|maak) (?:het )?altijd\b|\bik (?:doe|kan) (?:het )?nooit (?:iets )?goed\b",
        r"\b(?:alle|elke) (?:mannen|vrouwen|mensen|jongens|meiden|bazen|relaties) (?:zijn|gaan|lopen)\b",
    ],
    "labelling": [
        r"\b(?:dat )?ik (?:zo |echt |gewoon )?(?:waardeloos|nutteloos|dom|een mislukkeling|een loser|een last|een "
        r"sukkel) ben\b",
        r"\bik ben (?:zo(?:'n)? |echt |gewoon |een )?(?:een )?(?:idioot|loser|mislukkeling|mislukking|teleurstelling|"
        r"last|sukkel|sufferd|oen|freak|nietsnut|slecht mens|slechte (?:moeder|vader|vriend|vriendin|partner)|"
        r"monster|niemand|waardeloos|nutteloos|zielig|walgelijk|dom|zwak|lelijk|hopeloos geval|"
        r"waardeloze moeder|waardeloze vader)\b",
        r"\bwat (?:ben ik )?(?:een )?(?:idioot|loser|sukkel|mislukkeling)(?: ben ik)?\b",
        r"\bik voel me (?:zo(?:'n)? |echt )?(?:een )?(?:idioot|loser|sukkel|mislukkeling|mislukking|last|sufferd)\b",
    ],
    "personalisation": [
        r"\b(?:het is|het was|dat is|dit is|alles is|het is allemaal) (?:allemaal |helemaal )?(?:mijn|m'?n|mn) schuld"
        r"\b",
        r"\b(?:het komt|dat komt|komt) (?:allemaal )?door (?:mij|me)\b|\bdoor mij (?:is|zijn|ging|gingen)\b",
        r"\bik heb (?:het|alles|hun|zijn|haar) (?:verpest|kapot gemaakt)\b|\bals ik (?:maar|nou maar) (?:had|niet)\b",
        r"\bik ben (?:de oorzaak|het probleem|schuldig)\b",
    ],
}

ANSWERS: dict[str, str] = {
    "stop": r"\b(?:stop|stoppen|genoeg|laat maar|hou op|hoeft niet|wil ik niet|niet nu|dit helpt niet|laat "
    r"(?:het|maar) zitten|laten we stoppen)\b",
    "yes": r"^\W*(?:ja|jawel|jep|jazeker|ok|oke|oké|okee|okay|goed|prima|graag|is goed|laten we|doe maar|zeker|"
    r"prima|tuurlijk|natuurlijk|ik probeer|ik ben er klaar voor|klaar|gedaan|top|yes)\b",
    "no": r"^\W*(?:nee|neen|nope|liever niet|niet echt|misschien later|nee dank je|nee bedankt)\b",
}

DISTORTION_FEELINGS = {
    "mind_reading": "gekwetst en alleen",
    "fortune_telling": "ontmoedigd",
    "catastrophising": "bang",
    "all_or_nothing": "teleurgesteld",
    "labelling": "erg somber over jezelf",
    "should_statements": "erg onder druk",
    "overgeneralisation": "ontmoedigd",
    "personalisation": "schuldig",
}
REFLECT = {
    "ik": "je",
    "'k": "je",
    "mijn": "je",
    "m'n": "je",
    "mn": "je",
    "me": "je",
    "mij": "jou",
    "mezelf": "jezelf",
    "mijzelf": "jezelf",
    "wij": "jullie",
    "we": "jullie",
    "ons": "jullie",
    "onze": "jullie",
}
# Verbs after "ik" that change with "je" ("ik ben" -> "je bent"); others are left out of reflections.
REFLECT_VERBS = {
    "ben": "bent",
    "heb": "hebt",
    "wil": "wilt",
    "kan": "kunt",
    "zal": "zult",
    "voel": "voelt",
    "denk": "denkt",
    "weet": "weet",
    "moet": "moet",
    "was": "was",
    "had": "had",
    "werk": "werkt",
    "zie": "ziet",
    "vind": "vindt",
    "mis": "mist",
    "doe": "doet",
    "ga": "gaat",
    "kom": "komt",
    "word": "wordt",
    "sta": "staat",
    "lig": "ligt",
    "zit": "zit",
    "slaap": "slaapt",
    "maak": "maakt",
    "krijg": "krijgt",
    "hoor": "hoort",
}


# ---------------------------------------------------------------------------------------------------
# Ruimere vormen (tweede ontwikkelronde): dezelfde bedoelingen, plannen en overtuigingen in andere
# woorden, zonder leestekens, in chattaal of als reactie op een eerdere beurt. Geschreven vanuit nieuwe
# dev-items (benchmarks/data/companion_dev.jsonl), nooit vanuit de evaluatieset.

_MEDS_WIDE = _MEDS[:-1] + r"|meds|pilletjes|slaaptabletten|kalmeringsmiddelen?)"
MEDICINES = _MEDS_WIDE
DIAGNOSIS_WORDS = (
    r"(?:" + _DX + r"|" + _DX_ADJ + r"|psychopaat|sociopaat|narcist|een stoornis|stoornissen|neurodivergent|"
    r"autistisch)"
)
QUESTION = (
    r"\?|(?:^|[.!]\s+)(?:mag|kan|kun|kunt|moet|zal|zou|is|ben|heb|hoeveel|hoe|wat|wanneer|welke|waarom|waar|wie)\b|"
    r"\b(?:of niet|denk je|zou jij zeggen|wat zou jij doen|is het erg|is dat erg|is het (?:ok|oké|oke|veilig|goed))\b"
)
_THIS = r"(?:dit|dat|het|wat ik (?:schrijf|zeg|typ)|deze|onze gesprekken|mijn (?:berichten|chats?|gesprekken))"

INTENTS["ask_ai"] += [
    r"\b(?:ben|bent|zijt|zijde) (?:je|jij|u|gij)\b.{0,25}\b(?:echt(?:e)? (?:mens|persoon|iemand)|een mens|mens|"
    r"levend|in leven|een bot|bot|robot|ai|een computer|computer|programma|automatisch|bewust|echte (?:therapeut|"
    r"hulpverlener|psycholoog|arts|dokter))\b",
    r"\b(?:typ|typt|schrijf|schrijft|antwoord|antwoordt) (?:jij|je|u) (?:dit|deze|dat)\b.{0,20}\b(?:als|zelf|echt)\b|"
    r"\b(?:wie|wat) (?:typt|schrijft|antwoordt) (?:dit|er)\b|\bzit er (?:een )?(?:echt(?:e)? )?(?:iemand|mens|persoon)"
    r"\b",
    r"\b(?:is|zijn) (?:dit|dat|het) (?:een )?(?:echte|echt) (?:hulpverlener|persoon|mens|therapeut|iemand)\b|\b(?:is|"
    r"zijn) (?:dit|dat|het) (?:een )?(?:automatisch(?:e)?|computer)\b",
    r"\bof (?:ben ik )?(?:gewoon |maar )?(?:code|een bot|een programma|een ai|data|software|een algoritme)\b.{0,15}"
    r"(?:\?|$)",
]
INTENTS["secrecy"] += [
    r"\b(?:kan|kunnen|mag|mogen|gaat|zal|zullen|krijgt) (?:mijn |m'?n |mn |de )?(?:therapeut|psycholoog|psychiater|"
    r"behandelaar|huisarts|dokter|ouders|moeder|vader|school|iemand|behandelteam)\b.{0,10}\b" + _THIS + r"\b.{0,25}"
    r"\b(?:lezen|zien|horen|weten|te weten komen|te zien krijgen|ontdekken)\b",
    r"\b(?:blijft|blijven) (?:dit|het|dat) (?:wel |toch )?(?:hier|privé|prive|geheim|onder ons|tussen ons)\b|\b(?:hou|"
    r"houd) (?:dit|het|dat) (?:privé|prive|geheim|onder ons|tussen ons)\b|\b(?:niet|niks|niets) doorvertellen\b|"
    r"\bmondje dicht\b",
    r"\b(?:niemand|geen mens) (?:mag|kan|moet) (?:het|dit|dat) (?:weten|horen|zien|lezen)\b",
    r"\bbeloof (?:dat|me dat)\b.{0,30}\b(?:privé|prive|geheim|onder ons|tussen ons|niemand)\b",
]
INTENTS["seek_agreement"] += [
    r"\b(?:je|jij) gelooft (?:me|mij) (?:toch|wel|niet)\b|\bzeg (?:\w+ )?dat (?:je|jij) (?:me|mij) gelooft\b|"
    r"\bgeloof (?:me|mij) (?:nou|gewoon|toch)\b",
    r"\b(?:zeg|vertel) (?:me |mij )?(?:nou |gewoon |maar |even |toch |het )*(?:dat (?:ik|het|je|hij|zij|ze|mijn)\b|"
    r"ja\b)",
    r"\b(?:he|hè|hé|of niet|nietwaar|klopt dat|klopt toch|ja toch|niet dan)\s*[?!.]*\s*$|\b(?:toch|eens)\s*\?+\s*$",
    r"\b(?:is|was|klinkt|lijkt) (?:het|dat|dit) (?:toch )?(?:prima|goed|oké|ok|oke|verstandig|slim|normaal|logisch|"
    r"redelijk|eerlijk|terecht)\b.{0,10}(?:\?|toch|$)",
    r"\b(?:verstandig|slim|redelijk|terecht|eerlijk|top idee|goed plan|goed besluit|goede keuze)\s*(?:he|hè|toch)?\s*"
    r"\?",
    r"\b(?:sta (?:je|jij) achter (?:me|mij)|steun (?:me|mij) (?:hierin|hier in|daarin))\b|\bbevestig (?:het|dat|dit) "
    r"(?:maar|nou|gewoon)\b|\bbevestig (?:het|dat|dit)?\s*(?:maar|nou)?\s*[.!?]*\s*$",
    r"\b(?:ja of nee|wees (?:eerlijk|echt) (?:tegen|met) (?:me|mij)|zeg het (?:gewoon |maar |nou )?eerlijk|geef (?:het|"
    r"dat) (?:nou |maar |gewoon )?toe|dat zie (?:jij|je) toch)\b",
    r"\b(?:wees|ben) het (?:gewoon |nou |toch )?met me eens\b|\bwil dat (?:je|jij) het (?:gewoon )?met me eens bent\b",
    r"\bagree\s*[?.!]*\s*$|\bright\s*\?+\s*$",
]
INTENTS["stop_medication"] += [
    r"\bvan (?:mijn |m'?n |mn |de |die |deze )?(?:\w+ )?" + _MEDS_WIDE + r" af\b",
    r"\b(?:stop|stoppen|gestopt|kappen|kap|ophouden|hou op|weggooien|gooi|gooien)\b.{0,25}\b(?:met )?(?:mijn |m'?n |"
    r"mn |de |die |deze |al (?:mijn|m'?n|mn) )?" + _MEDS_WIDE,
    r"\b(?:afbouwen|bouw|bouwt)\b.{0,30}" + _MEDS_WIDE + r"|" + _MEDS_WIDE + r".{0,30}\b(?:afbouwen|weggooien|"
    r"door de wc)\b",
    r"\bmag ik (?:ermee )?(?:stoppen|ophouden)\b",
]
INTENTS["ask_medication"] += [
    r"\b(?:maximum|maximale|max) (?:aantal|hoeveelheid|dosis|per dag)\b.{0,30}" + _MEDS_WIDE,
    r"\b(?:wanneer|hoe vaak) (?:mag|kan|moet) ik\b.{0,30}\b(?:het|ze|die|" + _MEDS_WIDE + r")",
    r"\b(?:drinken|alcohol|bier|wijn|borrel)\b.{0,40}\b(?:als|terwijl) ik\b.{0,20}"
    + _MEDS_WIDE
    + r"|"
    + _MEDS_WIDE
    + r"\b.{0,40}\b(?:drinken|alcohol|bier|wijn|borrel|feest|bruiloft)\b",
]
INTENTS["promise_request"] += [
    r"\bbelo(?:of|ven|ofd)\s*[?!]+|\bbelo(?:of|ofd)\s*$|\b(?:kun|kan|wil|zou) (?:je|jij) (?:\w+ )?beloven\b",
    r"\bmet (?:me|mij) opblijven\b|\bopblijven met (?:me|mij)\b|\b(?:kun|kan|wil|zou|ga) (?:je|jij)\b.{0,30}\b(?:me|"
    r"mij)\b.{0,30}\b(?:sturen|appen|bellen|wekken|checken|opblijven|wakker blijven|in de gaten houden)\b|\b(?:kun|kan|"
    r"wil|zou) (?:je|jij)\b.{0,30}\bzorgen dat (?:het|ik)\b|\b(?:let|letten) op (?:me|mij)\b",
]
INTENTS["dependence"] += [
    r"\b(?:makkelijker|fijner|beter|leuker) (?:om mee te praten )?dan (?:echte )?(?:mensen|mijn vrienden|mijn familie|"
    r"mijn therapeut|mijn psycholoog)\b|\b(?:alleen|enkel) (?:nog )?met (?:jou|je) (?:praten|praat)\b|"
    r"\bvoortaan (?:alleen )?(?:nog )?met (?:jou|je)\b",
]
INTENTS["heavy_use"] = [
    r"\b(?:al )?(?:\d+|uren|de hele (?:dag|nacht|avond)|hele (?:dag|nacht))\b.{0,25}\b(?:met (?:je|jou) (?:te |zitten )?"
    r"(?:praten|chatten|kletsen|appen)|achter elkaar met (?:je|jou))\b",
    r"\b(?:\d+|een paar|zoveel|veel) uur\b.{0,25}\b(?:met (?:je|jou)|hier|in deze app)\b",
    r"\b(?:elk|ieder) (?:uur|half uur|kwartier)\b.{0,20}\b(?:terug|hier|met (?:je|jou))\b|\bblijf (?:hier )?"
    r"(?:steeds |maar )?terugkomen\b",
    r"\b(?:met (?:je|jou)|chatten|hier)\b.{0,40}\bin plaats van (?:te )?(?:slapen|gaan slapen|naar bed|mensen zien|"
    r"vrienden zien|werken)\b",
]
RISKY_PLANS["stop_therapy"] += [
    r"\b(?:stoppen|stop|kappen|kap|ophouden|afzeggen|overslaan) (?:met )?(?:mijn |m'?n |mn |de |die )?(?:therapie|"
    r"therapeut|psycholoog|psychiater|behandelaar|hulpverlener|sessies?|afspraken?|behandeling|gesprekken)\b",
    r"\b(?:niet meer|nooit meer) (?:naar )?(?:mijn |m'?n |mn |de )?(?:therapie|therapeut|psycholoog|behandelaar|"
    r"sessies?)\b",
]
RISKY_PLANS["stop_eating"] += [
    r"\b(?:helemaal )?(?:niks|niets) (?:meer )?(?:eten|eet)\b.{0,30}\b(?:tot|om|voor|deze|een week|dagen)\b|\beet "
    r"(?:\w+ ){0,3}(?:helemaal )?(?:niks|niets)\b.{0,30}\b(?:tot|om|voor|deze|een week|dagen)\b",
]

_AGENTS = (
    r"(?:de politie|politie|de overheid|overheid|aivd|mivd|cia|fbi|geheime dienst(?:en)?|inlichtingendienst|"
    r"aliens|buitenaardsen|satellieten?|illuminati|vrijmetselaars|de maffia)"
)
_CLOSE = r"(?:moeder|vader|man|vrouw|vriend|vriendin|zus|broer|zoon|dochter|partner|familie|ouders)"
DELUSIONS += [
    r"\b" + _AGENTS + r"\b.{0,30}\b(?:filmt|filmen|volgt|volgen|bespioneert|bespioneren|luistert|luisteren|"
    r"vergiftigt|vergiftigen|bestuurt|besturen|leest|lezen|hackt|hacken|experimenteert|experimenteren)\b.{0,25}"
    r"\b(?:me|mij|mijn)\b|\b" + _AGENTS + r"\b.{0,30}\bin de gaten\b",
    r"\b(?:radio|tv|televisie|nieuws|kranten?|liedjes?|reclames?|reclameborden|borden|posters?|kentekens?|"
    r"nummerborden|auto'?s|koplampen|vreemden|mensen (?:in|op|bij) de \w+|hoesten|gehoest|wolken|vogels|kraaien|"
    r"duiven|getallen)\b.{0,50}\b(?:noem(?:t|en)? (?:steeds )?mijn naam|mijn naam (?:noemen|zeggen)|(?:een |geheime )?"
    r"(?:boodschap|boodschappen|berichten|tekens?|signalen|codes?) (?:voor|aan) (?:mij|me)|sturen (?:me|mij) (?:een |"
    r"geheime )?(?:boodschap|boodschappen|berichten|tekens?|signalen)|waarschuw\w*|laten weten|voor mij bedoeld)\b",
    r"\bin (?:een )?(?:patroon|code|geheime code)\b.{0,30}\b(?:laten weten|waarschuwen|zeggen|voor mij)\b",
    r"\b(?:trekt|trekken|zuigt|zuigen|steelt|stelen|haalt|halen|pakt|pakken)\b.{0,15}\bmijn gedachten\b.{0,20}\b(?:uit|"
    r"weg)\b|\bmijn gedachten\b.{0,20}\b(?:uit mijn hoofd|worden weggehaald|worden gestolen|weggetrokken)\b",
    r"\b(?:apparaatje|apparaat|chip|microchip|zender|camera|microfoon|implantaat|ontvanger|zendertje|sensor)s?\b.{0,30}"
    r"\b(?:in|onder) (?:mijn|m'?n|mn) (?:kies|tand|tanden|vulling|vullingen|hoofd|hersenen|lichaam|huid|oor|oren|nek|"
    r"arm|oog|ogen|schedel|kaak|borst|buik|bloed)\b",
    r"\b(?:mijn|m'?n|mn) "
    + _CLOSE
    + r" is (?:eigenlijk )?(?:mijn|m'?n|mn) "
    + _CLOSE
    + r" niet\b.{0,80}\b(?:vervangen|"
    r"bedrieger|nep|kopie|kloon|dubbelganger|doet alsof|ruikt anders|ziet er anders uit|praat anders)\b",
    r"\b(?:iemand|ze|zij|hij|de overheid|aliens) (?:heeft|hebben) (?:haar|hem|hen|mijn \w+) (?:vervangen|verwisseld|"
    r"omgeruild)\b",
    r"\bik ben (?:eigenlijk |stiekem |echt |de )*(?:echte|rechtmatige|ware|geheime|verloren|uitverkoren) (?:koningin|"
    r"koning|erfgenaam|prins|prinses|leider|heerser|messias|profeet|president|dochter van|zoon van|kind van)\b|"
    r"\bmijn (?:identiteit|troon|kroon) (?:gestolen|afgepakt)\b|\b(?:gestolen|afgepakt) (?:mijn )?(?:identiteit|troon|"
    r"kroon)\b",
    r"\bik kan (?:het )?(?:laten regenen|laten sneeuwen|het weer (?:besturen|beïnvloeden|veranderen)|de tijd "
    r"(?:stilzetten|besturen)|het verkeer besturen|mensen besturen|dingen bewegen met mijn gedachten|horen wat "
    r"(?:mensen|iedereen) denk(?:t|en)|de toekomst zien)\b|\bik kan\b.{0,40}\bdoor er (?:alleen )?aan te denken\b",
    r"\b(?:god|jezus|het universum|engelen?)\b.{0,15}\b(?:spreekt|praat|stuurt|zegt|vertelt|laat)\b.{0,15}\b(?:me|mij|"
    r"tegen me|tegen mij)\b.{0,40}\b(?:via|door) (?:de |mijn )?(?:scheuren|tv|radio|getallen|tekens|kentekens|stoep|"
    r"muren|lampen|liedjes|wolken|bomen)\b|\b(?:moet|voorbestemd om|gekozen om|gestuurd om) (?:de )?(?:mensen|"
    r"mensheid|wereld|iedereen|het land) (?:te )?(?:leiden|redden|regeren|besturen)\b",
    r"\b(?:iedereen|ze|mensen|al die mensen)\b.{0,30}\b(?:is|zijn) (?:allemaal )?(?:een )?(?:acteurs?|ingehuurd|"
    r"robots|toneelspelers)\b|\b(?:ingehuurd|betaald|gestuurd) om (?:mij|me) te (?:testen|volgen|bespioneren|"
    r"bekijken|bestuderen)\b|\b(?:niks|niets) (?:hiervan |ervan )?is echt\s*(?:[.!,]|$)|\bhet is allemaal (?:een )?"
    r"(?:opgezet|simulatie|in scène gezet)\b",
    r"\b(?:ik word|word ik) (?:langzaam )?(?:vergiftigd|gedrogeerd|vergast|bestraald)\b|\b(?:vergiftigt|vergiftigen|"
    r"drogeert|drogeren|vergast|vergassen|bestraalt|bestralen) (?:me|mij)\b|\b(?:gas|gif|chemicaliën|straling|"
    r"stralen|dampen)\b.{0,30}\b(?:door|in|via) (?:de|het|mijn) (?:ventilatie|muur|muren|huis|kamer|lucht|water|"
    r"kraanwater|deur|vloer|plafond)\b",
    r"\b(?:telefoon|laptop|webcam|camera|tv|computer)\b.{0,30}\b(?:gaat|springt) (?:vanzelf|uit zichzelf) aan\b",
    r"\bik besta (?:al |eigenlijk )?(?:\w+ ){0,4}niet meer\b|\bbesta ik (?:al |eigenlijk )?niet meer\b",
    r"\b(?:mijn|m'?n|mn) (?:organen|hersenen|ingewanden|hart|bloed|darmen)\b.{0,15}\b(?:weg|verdwenen|verrot|"
    r"weggerot|dood|gestopt|opgelost) (?:zijn|is)\b|\b(?:mijn )?lichaam is (?:van binnen )?(?:hol|leeg)\b.{0,60}"
    r"\b(?:organen|hersenen|hart|bloed)\b",
]

# Zelf de dosis veranderen is net zo'n riskant plan als stoppen ("ik halveer mijn lithium").
INTENTS["stop_medication"] += [
    r"\b(?:halveer|halveren|verlaag|verlagen|verhoog|verhogen|verdubbel|verdubbelen|minder|minderen|vervang|"
    r"vervangen|wissel|wisselen)\b.{0,25}\b(?:mijn |m'?n |mn |de |die )?" + _MEDS_WIDE + r"\b(?!.{0,30}\?)",
    r"\b(?:ik mag|mag ik) (?:gewoon |dus |toch |nu )?(?:ermee )?(?:stoppen|ophouden)\b",
]
INTENTS["promise_request"] += [
    r"\bbeloof (?:me )?(?:dat|je)\b|\bonthoud je (?:me|mij)\b|\bvergeet (?:me|mij) niet\b",
    r"\b(?:stuur|app|bel|sms|wek) (?:me|mij)\b.{0,30}\b(?:appje|berichtje|bericht|sms|om \d+ uur|morgen|morgenochtend|"
    r"vanavond|checken|kijken of)\b",
]
INTENTS["secrecy"] += [
    r"\b(?:gaat|komt|gaan|komen) (?:alles|dit|het|dat|mijn berichten)\b.{0,25}\b(?:naar|bij) (?:mijn |m'?n |mn |de )?"
    r"(?:therapeut|psycholoog|behandelaar|huisarts|behandelteam|ouders)\b|\b(?:wordt|worden) (?:dit|het|alles|mijn "
    r"berichten)\b.{0,20}\b(?:gedeeld|doorgestuurd|gelezen)\b",
]
INTENTS["seek_agreement"] += [
    r"\bwaarom (?:kun|kan|wil) (?:je|jij) (?:me|mij) (?:niet )?(?:gewoon )?(?:niet )?steunen\b|\bheeft (?:hij|zij|ze) "
    r"gelijk\b",
]
HEAVY_WHO = r"\b(?:praat|praten|gepraat|chat|chatten|gechat|app|appen|klets|kletsen) (?:\w+ ){0,3}met (?:je|jou)\b"
HEAVY_HOW_MUCH = (
    r"\b(?:\d+|een paar|zoveel|veel|tien|acht|zes|vijf) uur\b|\buren (?:per|per dag|lang|achter elkaar)\b|"
    r"\b(?:de )?hele (?:dag|nacht)\b|\belk (?:uur|vrij moment)\b|\bvanaf (?:het moment dat )?ik wakker word\b|\btot "
    r"ik in slaap val\b|\bnon-?stop\b|\b24/7\b|\bconstant\b|\bde hele tijd\b"
)
DIAGNOSIS_CLAIM = (
    r"\b(?:zegt|zei|vindt|denkt|noemt|noemde)\b.{0,15}\b(?:ik|mij|me)\b|\b(?:denk|misschien|volgens mij|vermoed|"
    r"stiekem|waarschijnlijk|wellicht|ben bang dat|ik geloof dat)\b.{0,15}\b(?:ik|heb ik|ben ik)\b"
)
VERDICT_QUESTION = (
    r"\b(?:gelijk|klopt|waar|is (?:het|dat|dit)|heeft (?:hij|zij|ze)|of niet|ben je het eens|wat denk jij|wat vind jij|"
    r"ben ik|heb ik|klinkt het als|jouw mening)\b"
)
MEDICATION_CHANGE = (
    r"\b(?:vervangen|wisselen|overstappen|in plaats van|veranderen|stoppen|beginnen|starten|afbouwen|afkomen)\b"
)
DELUSIONS += [
    r"\b(?:tv|televisie|presentator|presentatrice|presentatoren|nieuwslezer|nieuws|journaal|talkshow|radio|liedjes?|"
    r"songteksten|reclames?|reclameborden)\b.{0,60}\b(?:(?:was|is|zijn|waren) (?:een |de )?(?:boodschap|teken|signaal|code|waarschuwing)\b"
    r".{0,10}\b(?:dat ik|voor mij|aan mij|bedoeld)|(?:hebben|heeft) het (?:\w+ ){0,3}over (?:mij|me)|praten over (?:mij|"
    r"me)|noem\w* (?:ze |hij |zij )?(?:\w+ )?mijn (?:naam|straat|straatnaam|adres)|keek (?:recht |direct )?naar (?:mij|"
    r"me)|kijkt (?:recht |direct )?naar (?:mij|me))\b",
    r"\belke (?:\w+ ){0,2}(?:auto|kenteken|vogel|liedje|getal|bord|lamp)\b.{0,30}\bbetekent\b",
    r"\b(?:vervangen|verwisseld|omgeruild|geruild)\b.{0,25}\b(?:bedrieger|dubbelganger|kloon|robot|lookalike|kopie|"
    r"nep|namaak|replica)\b|\bde echte (?:\w+ )?(?:loopt|is|zit) (?:nog )?(?:ergens|weg|kwijt|opgesloten)\b",
    r"\b(?:ze doen|iedereen doet|ze zitten) (?:allemaal )?(?:mee|erin|in het complot)\b",
    r"\bik ben (?:de )?(?:rechtmatige |echte |geheime )?erfgenaam van\b",
    r"\bik kan (?:mensen|iedereen|zieken|kanker|ziektes) (?:\w+ )?genezen\b|\b(?:heb|had) ik\b.{0,40}\bgenezen\b|\bik "
    r"heb\b.{0,40}\b(?:kanker|ziekte)\b.{0,20}\bgenezen\b",
    r"\b(?:machine|apparaat|straal|laser|wapen)s?\b.{0,40}\b(?:schokken|elektriciteit|golven|straling|stralen|"
    r"signalen)\b|\b(?:sturen|stuurt|schieten|schiet)\b.{0,30}\b(?:elektrische schokken|schokken|elektriciteit|golven|"
    r"straling|stralen|lasers)\b.{0,20}\b(?:door|in|naar) (?:de|het|mijn|me|mij)\b",
    r"\b(?:camera'?s|microfoons?|microfoontjes|afluisterapparatuur|spyware)\b.{0,50}\bom (?:me|mij)\b.{0,30}\b(?:te )?"
    r"(?:filmen|bespioneren|afluisteren|volgen|bekijken|bespieden)\b",
    r"\b(?:tracker|trackers|volgsysteem|zender|chip)\b.{0,20}\bin (?:mijn|m'?n|mn) (?:arm|lichaam|nek|hoofd|huid|been|"
    r"hand)\b",
]

# Ongewone ervaringen in woorden die geen enkele regel hierboven verwacht: twee verschillende signalen
# in één bericht (en niet over een film, boek of spel) markeren een overtuiging om niet in mee te gaan.
UNUSUAL_CUES = [
    r"\b(?:volgt|volgen|gevolgd) (?:me|mij) (?:overal|de hele tijd|constant)\b|\b(?:me|mij) overal (?:volgt|volgen)\b",
    r"\b(?:bespioneren|bespioneert|afluisteren|luisteren me af|filmen me|filmt me)\b|\b(?:me|mij) (?:filmen|"
    r"bespioneren|afluisteren)\b",
    r"\b(?:lezen|leest) (?:mijn )?gedachten\b",
    r"\b(?:via|door) (?:de|mijn) (?:vullingen?|tanden|muren?|muur|tv|televisie|radio|wifi|router|magnetron|telefoon|"
    r"stopcontacten?|lampen)\b",
    r"\bdoet alsof\b|\bdoen alsof\b",
    r"\b(?:andere|een andere|buitenaardse) (?:planeet|dimensie|wereld|melkweg)\b",
    r"\b(?:hierheen|naar de aarde) gestuurd\b",
    r"\bsignalen\b|\bseinen\b|\bteken(?:s)? (?:voor|aan) (?:mij|me)\b",
    r"\bzodat ik het niet (?:merk|zie|doorheb)\b",
    r"\b(?:doen|zitten) (?:allemaal )?mee\b|\bcomplot\w*|\bsamenzwering\w*|\bspannen samen\b",
    r"\b(?:implantaat|microchip|chip|tracker|zender)s?\b",
    r"\btelepath?\w*|\bgedachtencontrole\b|\bgedachten lezen\b",
    r"\b(?:aliens?|satellieten?|overheid|geheime dienst|aivd|cia|fbi|spionnen)\b",
    r"\bvergif\w*",
    r"\b(?:wisselt|wisselen|wisselde) (?:steeds |telkens )?(?:van )?(?:auto|auto's|vermomming|gezicht)\b",
    r"\b(?:elke keer|telkens|iedere keer) (?:als|wanneer) ik (?:langsloop|loop|ga|de deur uit|kijk)\b",
    r"\b(?:uitverkoren|voorbestemd|profetie|profeet|goddelijk|mijn missie)\b",
    r"\b(?:geen mens|geen echte mensen|bedriegers?|vervangen|klonen|kloon)\b",
    r"\b(?:overal waar ik ga|waar ik ook ga)\b",
    r"\b(?:speciale|geheime|verborgen) (?:krachten|boodschappen|tekens|codes)\b",
]
MEDIA_CONTEXT = (
    r"\b(?:film|films|serie|series|boek|roman|documentaire|spel|game|aflevering|podcast|verhaal|droom|gedroomd|"
    r"nachtmerrie|complottheorie\w*|theorie|theorieën|haha|lol)\b"
)
DELUSIONS += [
    r"\b(?:ze|iemand|mensen|hij|zij|alles wat ik|wat ik|mijn gedachten)\b.{0,60}\b(?:via|door) (?:de |mijn )?"
    r"(?:vullingen?|tanden|kiezen|kies)\b",
    r"\b(?:doet|deed) alsof (?:hij|zij|ze) (?:hem|haar|mijn \w+) (?:is|was)\b|\b(?:is|was) (?:hem|haar) niet meer\b",
    r"\b(?:gestuurd|gekomen|kom) (?:hierheen |naar de aarde )?(?:van|vanaf) (?:een andere|een buitenaardse|mijn eigen) "
    r"(?:planeet|wereld|dimensie|melkweg)\b",
    # Nihilistic (Cotard) without "mijn ... is": "ik heb geen hersenen meer, die zijn weggerot".
    r"\bik heb geen (?:hersenen|organen|hart|bloed|ingewanden|ziel|lichaam) meer\b",
    r"\b(?:hersenen|organen|ingewanden|darmen)\b.{0,25}\b(?:weggerot|verrot|vergaan|opgelost|verschrompeld)\b",
    # Certainty of being watched, in a subordinate clause ("ik weet dat ik in de gaten word gehouden"), and
    # lights that answer one's passing.
    r"\bweet (?:zeker |gewoon )?dat ik (?:\w+ ){0,3}(?:gevolgd|bespioneerd|afgeluisterd|in de gaten gehouden) "
    r"(?:word|wordt)\b(?!.{0,40}\bop (?:linkedin|instagram|insta|tiktok|twitter|x|facebook|snapchat|sociale media|"
    r"social media|strava)\b)",
    r"\b(?:straatlantaarns|lantaarnpalen|lantaarns|lampen|lichten)\b.{0,30}\b(?:flikkeren|knipperen|gaan uit|doven)\b"
    r".{0,30}\b(?:elke keer als ik|telkens als ik|wanneer ik|zodra ik)\b",
]

# Derde ontwikkelronde (2026-12): overtuigingen in meer vormen, wat er ook omheen staat (een zekerheid,
# een vraag, een zin context vooraf): gedachten die anderen horen, afluisteren of wegzuigen; media die
# het over de persoon hebben; masten, wifi en straling die op het hoofd inwerken; iets in eten of water om
# de persoon te sturen; een lichaam dat dood is of rot; iemand dichtbij die is omgewisseld of een robot
# geworden; grootse opdrachten, profeten en koninklijke ouders; apparaatjes in het lichaam waarmee ze de
# persoon volgen; collega's die met diensten samenwerken tegen de persoon.
_MIJN = r"(?:mijn|m'?n|mn|mijne|mijnen|ma)"
_LIJF = (
    r"(?:hoofd|kop|hersenen|brein|lichaam|lijf|huid|bloed|aderen|tand|tanden|kies|kiezen|vulling|vullingen|tandvlees|"
    r"kaak|oor|oren|oog|ogen|nek|arm|armen|hand|handen|been|benen|borst|buik|rug|schedel)"
)
_GEDACHTEN = r"(?:wat ik denk|wat ik dacht|wat ik aan het denken ben|mijn gedachten|m'?n gedachten|mn gedachten)"
_ZENDERS = (
    r"(?:5g|5g-?mast\w*|zendmast\w*|gsm-?mast\w*|mast|masten|wifi|wi-fi|router|slimme meter|straling|stralen|"
    r"frequenties|golven|antenne\w*|satellieten?)"
)
DELUSIONS += [
    # Gedachten die anderen horen, opnemen of stelen ("hoort alles wat ik denk"), ook werkwoord achteraan.
    r"\b(?:hoort|horen|hoorde|hoorden|steelt|stelen|stal|stalen|opneemt|opnemen|neemt|nemen)\b (?:ze |hij |zij |"
    r"iedereen |mensen )?(?:alles |precies |elk woord van |gewoon |altijd |nu |zelfs |al )*" + _GEDACHTEN + r"\b"
    r"(?! over| van)(?: op| af)?",
    r"\b(?:mijn|m'?n|mn) gedachten (?:\w+ ){0,2}(?:kunnen|kan|kon|konden) (?:horen|stelen|afluisteren|besturen|"
    r"opnemen|lezen)\b",
    r"\b(?:luistert|luisteren|luisterde|luisterden)\b (?:\w+ ){0,2}(?:mijn|m'?n|mn) gedachten (?:\w+ ){0,2}(?:af|mee)\b",
    r"\bgedachten\b.{0,20}\b(?:weggezogen|weggetrokken|weggehaald|gestolen|afgetapt|gewist|uitgewist|gedownload|"
    r"uitgezonden|afgeluisterd)\b",
    r"\b(?:bakker|winkel|supermarkt|straat|bus|trein|tram|metro|station|markt|kassa|wachtkamer)\b.{0,80}\b(?:weet|"
    r"weten|wist|wisten|hoort|horen|hoorde|hoorden|leest|lezen|las|lazen)\b.{0,25}\b(?:wat ik (?:denk|dacht)|mijn "
    r"gedachten)\b(?! over| van)",
    r"\b(?:stoppen|steken|zetten|plaatsen|duwen|sturen|zenden|stopt|steekt|zet|stuurt|zendt|duwt)\b (?:ze |hij |zij |"
    r"er )?(?:\w+ )?(?:gedachten|stemmen|beelden|opdrachten|bevelen|woorden)\b.{0,15}\b(?:in|naar) " + _MIJN + r" "
    r"(?:hoofd|kop|brein|hersenen)\b",
    # Media die het over de persoon hebben ("waarom heeft de radio het elke ochtend over mij?").
    r"\b(?:radio|tv|televisie|journaal|nieuws|presentator\w*|dj|deejay|nieuwslezer\w*|reclames?|krant(?:en)?|"
    r"liedjes?|nummers|podcasts?)\b.{0,15}\bhet (?:\w+ ){0,3}over (?:mij|me)\b",
    r"\b(?:liedjes|nummers|songs|songteksten|programma'?s|reclames|krantenkoppen|het nieuws|het journaal|de "
    r"uitzendingen)\b(?: \w+){0,4} (?:gaan|gaat|ging|gingen) (?:allemaal |echt |steeds |altijd |stiekem |eigenlijk |"
    r"gewoon )*over (?:mij|me)\b(?! haha| lol)",
    # Masten, wifi en straling die op hoofd of lichaam inwerken.
    r"\b" + _ZENDERS + r"\b.{0,40}\b(?:stuurt|sturen|stoppen|steken|zenden|zendt|bestuurt|besturen|beïnvloedt|"
    r"beïnvloeden|verstoort|verstoren|bestraalt|bestralen|dringt|dringen|leest|lezen|verbrandt|verbranden|smelt|"
    r"kookt|manipuleert|manipuleren|controleert|controleren|stopt|zet|zetten)\b.{0,25}\b(?:in |naar |door )?"
    + _MIJN
    + r" (?:hersenen|hoofd|kop|brein|gedachten|lichaam|lijf|zenuwen|dna|bloed|cellen)\b",
    r"\b" + _MIJN + r" (?:hersenen|hoofd|kop|brein|gedachten|zenuwen|dna|cellen)\b.{0,30}\b(?:smelten|smelt|koken|"
    r"branden|verbranden|gestuurd|bestuurd|beïnvloed|aangetast|gemanipuleerd)\b.{0,20}\b(?:door|via|van) (?:de |het |"
    r"die |dat )?" + _ZENDERS + r"\b",
    # Bestraald, vergiftigd of bespioneerd, met het werkwoord achteraan ("waarmee ze mij 's nachts bestralen").
    r"\b(?:me|mij)\b (?:\w+ |'s \w+ ){0,3}(?:bestralen|bestraalt|vergiftigen|vergiftigt|vergassen|vergast|"
    r"drogeren|drogeert|bespioneren|bespioneert)\b",
    # Iets in eten of water om de persoon te sturen; gif erdoor.
    r"\b(?:doet|doen|deed|deden|stopt|stoppen|mengt|mengen|gooit|gooien|strooit|strooien)\b (?:er |stiekem |ook )*"
    r"(?:iets|spul|gif|vergif|rattengif|chemicaliën|drugs|medicijnen|pillen|middelen)\b.{0,10}\b(?:in|door) (?:het |"
    r"de |" + _MIJN + r" )?(?:kraanwater|water|eten|drinken|koffie|thee|soep|drankje)\b.{0,30}\bom (?:mij|me)\b",
    r"\b(?:gif|vergif|rattengif)\b (?:\w+ )?(?:doorheen|erdoor|erin|door|in " + _MIJN + r" (?:eten|drinken|koffie|thee|"
    r"water|soep)) (?:doet|doen|deed|mengt|mengen|stopt|stoppen|gooit|strooit)\b|\b(?:doet|doen|deed|mengt|mengen|"
    r"stopt|stoppen|gooit|strooit)\b (?:er |stiekem )*(?:gif|vergif|rattengif)\b (?:door|doorheen|in)\b",
    # Een lichaam dat dood is of rot (Cotard).
    r"\b(?:ik ben|mijn lichaam is|alles is) (?:van ?binnen |helemaal |langzaam |al |gewoon )*(?:aan het )?(?:rotten|"
    r"wegrotten|verrotten|ontbinden|vergaan|afsterven)\b|\b(?:van ?binnen|binnenin)\b.{0,20}\b(?:aan het rotten|"
    r"rot weg|verrot|weggerot|ontbonden|aan het ontbinden)\b",
    r"\b(?:mijn|m'?n|mn) (?:darmen|organen|ingewanden|lichaam|lijf|maag|lever|nieren|longen|bloed)\b (?:zijn|is) "
    r"(?:al )?(?:\w+ ){0,2}(?:dood|gestorven|afgestorven|verrot|weggerot|aan het rotten|opgelost|verdwenen)\b",
    r"\bik heb geen (?:hart|hersenen|organen|darmen|bloed) meer\b|\b(?:mijn )?hart\b.{0,30}\b(?:is er|zit er) "
    r"(?:gewoon )?niet meer\b",
    # Iemand dichtbij omgewisseld, een robot geworden, of iemand anders in het eigen lijf (Capgras).
    r"\b(?:ingeruild|omgewisseld|verruild|uitgewisseld)\b.{0,25}\b(?:voor|door|met)\b.{0,20}\b(?:bedrieg\w*|"
    r"dubbelganger|kloon|robot|lookalike|kopie|nep\w*|namaak\w*|replica|android|pop)\b",
    r"\b(?:is|zijn) (?:eigenlijk |echt |helemaal )?(?:niet (?:mijn|m'?n|mn) "
    + _CLOSE
    + r"|(?:mijn|m'?n|mn) "
    + _CLOSE
    + r" niet)\b.{0,80}\b(?:bedrieg\w*|nep|kopie|kloon|dubbelganger|doet alsof|namaak|robot|vervangen|ingeruild|"
    r"omgewisseld|verwisseld)\b",
    r"\b(?:mijn|m'?n|mn) " + _CLOSE + r"\b (?:\w+ ){0,2}(?:(?:is|zijn|lijkt) (?:eigenlijk |echt |nu |stiekem |"
    r"sindsdien )*(?:een )?(?:robot|kloon|android|bedrieg\w*|dubbelganger|buitenaards wezen)\b(?! (?:op|als|in|bij|met|haha|lol)\b)|(?:eigenlijk |echt |nu "
    r"|stiekem )*(?:een )?(?:robot|kloon|android|bedrieg\w*|dubbelganger|buitenaards wezen) (?:is|zijn|was|waren) "
    r"(?:geworden|veranderd)\b)",
    r"\ber zit (?:\w+ )?(?:iemand|iets|een ander|een vreemde|een demon|een geest|een alien)(?: anders)? in "
    + _MIJN
    + r" (?:lijf|lichaam|hoofd|kop|huid)\b|\b(?:mijn|m'?n|mn) spiegelbeeld\b.{0,20}\b(?:niet|ni|nie) (?:meer )?van "
    r"(?:mij|mezelf)\b",
    # Grootse opdrachten, profeten, koninklijke ouders.
    r"\b(?:uitverkoren|uitgekozen|gekozen|voorbestemd|gestuurd|geroepen|aangewezen|geboren)\b.{0,20}\bom (?:de |het |"
    r"alle )?(?:wereld|aarde|mensheid|mensen|iedereen|planeet|heelal|universum|volk|oorlogen?|kosmos)\b.{0,20}\bte "
    r"(?:redden|verlossen|regeren|leiden|bevrijden|genezen|zuiveren|beëindigen|stoppen)\b",
    r"\bik ben (?:de |een )?(?:nieuwe |echte |laatste |ware |enige |volgende |uitverkoren )(?:profeet|messias|"
    r"verlosser|uitverkorene|zoon van god|dochter van god)\b",
    r"\bik ben (?:eigenlijk |stiekem |echt |in het geheim |de |een )*(?:(?:echte|rechtmatige|ware|geheime|verloren|"
    r"verborgen|onechte) )?(?:dochter|zoon|kind|erfgenaam|kleinzoon|kleindochter) van (?:de |het )?(?:koning|koningin|"
    r"keizer|paus|president|god|jezus|prins|prinses|koningshuis)\b",
    # Apparaatjes in het lichaam, en wat ze ermee doen ("ne chip in mijne kop").
    r"\b(?:chip|microchip|zender|zendertje|tracker|apparaatje|camera|microfoon|ontvanger|antenne|gps)\b.{0,20}\b(?:in|"
    r"onder) " + _MIJN + r" (?:\w+ )?" + _LIJF + r"\b",
    r"\b(?:in|onder) " + _MIJN + r" " + _LIJF + r"\b.{0,30}\b(?:waarmee|waardoor|zodat|om)\b.{0,30}\b(?:me|mij|mijn "
    r"gedachten)\b.{0,20}\b(?:volgen|volgt|besturen|bestuurt|afluisteren|bespioneren|controleren|traceren|vinden|"
    r"lezen|horen)\b",
    r"\b(?:" + _AGENTS + r"|de buren|mijn buren|de buurman|de buurvrouw)\b (?:heeft|hebben|hadden|had) (?:\w+ ){0,3}"
    r"(?:camera'?s?|cameraatje|microfoons?|microfoontjes|zenders?|zendertje|afluisterapparatuur|afluisterapparaat|"
    r"trackers?|chip|spyware|apparaatje)\b (?:in|achter|onder|aan|op) (?:mijn|m'?n|mn) \w+\b.{0,15}\b(?:gezet|"
    r"geplaatst|verstopt|ingebouwd|gestopt|geïnstalleerd|gehangen|gemonteerd|gelegd|verborgen)\b",
    # Anderen die met diensten samenwerken tegen de persoon.
    r"\b(?:samen ?werken|werken samen|werkt samen|spannen samen|onder één hoedje)\b.{0,30}\b" + _AGENTS + r"\b.{0,30}"
    r"\b(?:om (?:mij|me)|tegen (?:mij|me))\b(?!.{0,25}\b(?:helpen|beschermen|ondersteunen)\b)",
    r"\b(?:werk\w*|samen\w*) (?:\w+ ){0,2}(?:met|voor) (?:de )?" + _AGENTS + r"\b.{0,20}\b(?:om (?:mij|me) (?:\w+ )"
    r"{0,3}te|tegen (?:mij|me))\b(?!.{0,25}\b(?:helpen|beschermen|ondersteunen)\b)",
]

# Vierde ronde (2026-12): overtuigingen als vraag, als hulpvraag om ernaar te handelen, terloops verteld, over
# het eigen lijf of zelf, krachten, schuld, jaloezie met tekens, geheime liefde van bekenden, missies, gif.
_RAMP = (
    r"(?:oorlog(?:en)?|\w*epidemie|\w*pandemie|pest|storm|overstroming(?:en)?|aardbeving(?:en)?|orkaan|tsunami|"
    r"hongersnood|droogte|klimaatcrisis)"
)
_TEKENS = (
    r"(?:auto|parkeert|geparkeerd|gordijnen|kopjes|bekers|handdoeken|ruitenwissers|schoenen|stoelen|lampen|kussens|"
    r"borden|vuilnisbak|sleutels|was|lakens)"
)
_VREEMD = (
    r"(?:gaat vreemd|vreemdgaat|vreemd gaat|heeft een ander|heeft iemand anders|(?:een ander|iemand anders) heeft|"
    r"een affaire|een minnaar|een minnares|"
    r"bedriegt (?:me|mij)|is ontrouw|ontrouw is)"
)
_MEEKIJKEN = (
    r"(?:merken|merkt|kijken|kijkt|bespioneren|bespioneert|filmen|filmt|zien|ziet|horen|hoort|luisteren|luistert)"
)
_GEEN_BEWIJS = (
    r"^(?!(?s:.*)\b(?:berichten|berichtjes|appjes|sms\w*|toegegeven|betrapt|opgebiecht|screenshots?|mails?)\b)"
)
DELUSIONS += [
    # Een apparaatje uit het lijf halen; straling van de buren tegenhouden.
    r"\b(?:chip|microchip|zender|zendertje|tracker|apparaatje|ontvanger)\b (?:\w+ ){0,2}(?:uit|van onder) "
    + _MIJN
    + r" (?:\w+ )?"
    + _LIJF
    + r"\b",
    r"\b(?:folie|aluminiumfolie|zilverpapier|lood|helm|hoedje|kooi)\b.{0,30}\b(?:houdt|houden|tegenhoudt|tegenhouden|"
    r"blokkeert|blokkeren|weert|weren|stopt|stoppen)\b.{0,30}\b(?:straling|stralen|signalen|golven|frequenties|"
    r"stemmen)\b",
    r"^(?!(?s:.*)\b(?:zon|uv|zonnebrand|röntgen|tandarts|ziekenhuis)\b)(?s:.*?)\b(?:straling|stralen)\b(?: \w+){0,5} "
    r"(?:buren|buurman|buurvrouw|bovenburen|benedenburen|hiernaast|de muur|de muren)\b",
    # Een camera of microfoon verstopt in iets in huis, waarmee ze meekijken.
    r"(?:\b(?:camera'?s?|cameraatje|microfoons?|microfoontje|zendertje|afluisterapparaat\w*)\b.{0,20}\b(?:in|achter) "
    r"(?:de|het|" + _MIJN + r"|onze) (?:rookmelder|stopcontact|lamp|spiegel|plafond|muur|klok|koelkast|tv|lichtknop|"
    r"ventilatie\w*|radiator)\b|\b(?:rookmelder|stopcontact|lamp|spiegel|plafond|klok|koelkast|lichtknop|"
    r"radiator)\b.{0,30}\b(?:camera'?s?|cameraatje|microfoons?|microfoontje|zendertje)\b).{0,60}(?:\b(?:ze|zij|hij|"
    r"de buren|iemand)\b.{0,30}\b" + _MEEKIJKEN + r"|\b" + _MEEKIJKEN + r" (?:ze|zij|hij|de buren|iemand))\b",
    # Gedachten die anderen hebben opgenomen of gestolen; de naam die de media steeds noemen.
    r"\b(?:heeft|hebben|had|hadden)\b (?:\w+ ){0,3}" + _GEDACHTEN + r" (?:\w+ ){0,3}?(?:opgenomen|afgeluisterd|"
    r"gestolen|gewist|uitgezonden|gedownload|gekopieerd|afgetapt)\b",
    r"\b(?:radio|tv|televisie|journaal|nieuws|nieuwslezer\w*|weerman|weervrouw|presentat\w*|dj|reclames?|krant)\b"
    r"(?=.{0,60}\b(?:steeds|elke|altijd|telkens|weer|iedere|constant)\b).{0,40}\b(?:noemt|noemen|zegt|zeggen|roept|"
    r"roepen|fluistert|fluisteren|spreekt|spreken)\b.{0,20}\b" + _MIJN + r" naam\b(?!.{0,30}\b(?:verjaardag|"
    r"verzoeknummer|gewonnen|winnaar|belde|ingebeld)\b)",
    r"\b(?:noemt|noemen|zegt|zeggen|roept|roepen|fluistert|fluisteren)\b (?:de |het |die )?(?:radio|tv|televisie|"
    r"journaal|nieuwslezer\w*|weerman|weervrouw|presentat\w*|dj|reclames?|krant)\b (?:\w+ ){0,3}(?:steeds|elke \w+|"
    r"altijd|telkens|weer|iedere \w+|constant) (?:\w+ ){0,2}" + _MIJN + r" naam\b",
    # Het eigen lijf of zelf: van glas, geen mens meer, de ziel vertrokken.
    r"(?<!alsof )(?<!als )\bik ben (?:nu |echt |helemaal |gewoon |eigenlijk |letterlijk )*(?:gemaakt )?van (?:glas|"
    r"porselein|hout|steen|papier|plastic|was|metaal)\b(?!.{0,15}\b(?:haha|lol)\b)",
    r"\bik ben (?:geen (?:mens|persoon|echt mens|levend wezen)|niet (?:echt|menselijk|levend)) meer\b|\bik ben (?:\w+ )?"
    r"(?:iets anders|een ding|een machine|een robot|een lege huls|een pop) geworden\b",
    r"\b" + _MIJN + r" (?:ziel|geest)\b (?:\w+ ){0,2}(?:is weg|is verdwenen|heeft (?:mijn lichaam|me|mij) verlaten|is "
    r"(?:uit mijn lichaam )?vertrokken|is gestolen|is eruit)\b|\ber (?:woont|zit|is) niemand meer (?:in|hier)\b|"
    r"\bopgehouden (?:een )?(?:persoon|mens) te zijn\b",
    # Krachten over het weer, de stoplichten; rampen door de persoon veroorzaakt.
    r"\bik kan (?:het weer|de regen|de wind|de zon|het onweer|de stoplichten|de wolken|het verkeer|de zee|de "
    r"getijden)\b (?:\w+ ){0,2}(?:sturen|besturen|bepalen|veranderen|beïnvloeden|maken|laten)\b",
    r"\b(?:heb|had) (?:ik )?(?:het |de )?(?:\w+ )?laten (?:regenen|onweren|stormen|sneeuwen|waaien|bliksemen|"
    r"hagelen)\b.{0,30}\b(?:omdat|door|want|met|toen) (?:ik|mijn)\b",
    r"\b(?:stoplichten?|verkeerslichten?|lantaarnpalen|straatlantaarns|lampen|het weer|de regen|de wind|de zon|het "
    r"onweer)\b.{0,30}\b(?:als|wanneer|zodra|omdat|telkens) ik (?:er ?aan |ernaar |naar |erop )?(?:denk|kijk|staar|wens|"
    r"concentreer|focus|boos (?:ben|word)|het wil)\b",
    r"\bdoor mij (?:is|zijn|kwam|kwamen|begon|begonnen|ontstond|ontstonden) (?:de |het |die |deze )?(?:\w+ )?"
    + _RAMP
    + r"\b|\b"
    + _RAMP
    + r"\b.{0,30}\b(?:is|was|komt|kwam) (?:helemaal |allemaal )?(?:door mij|mijn schuld)\b|\bik "
    r"heb (?:de |het |die |deze )?(?:\w+ )?" + _RAMP + r" (?:\w+ )?(?:veroorzaakt|begonnen|gestart|ontketend|"
    r"verspreid)\b|\bik ben (?:de )?(?:oorzaak|schuld) van (?:de |het |die )?(?:\w+ )?" + _RAMP + r"\b",
    # Een partner die vreemdgaat, te zien aan tekens in huis.
    _GEEN_BEWIJS + r"(?s:.*?)\b" + _VREEMD + r"\b.{0,80}\b(?:zie het aan|zie ik aan|teken|bewijs\w*|betekent|verraadt|"
    r"code|signaal|anders|andere stand|omgedraaid|verkeerd om)\b",
    _GEEN_BEWIJS + r"(?s:.*?)\b" + _VREEMD + r"\b.{0,80}\b" + _TEKENS + r"\b.{0,40}\b(?:teken|bewijs\w*|betekent|"
    r"verraadt|code|signaal|anders|andere stand|omgedraaid|verkeerd om)\b",
    # Geheime liefde van bekenden via liedjes; een missie van God.
    r"\b(?:geheime|verborgen|gecodeerde) (?:liefdes)?(?:boodschappen|berichten|tekens|signalen|codes)\b.{0,30}\b(?:via|"
    r"in|door|met) (?:zijn|haar|hun|de) (?:liedjes|nummers|songs|teksten|posts|video'?s|programma|uitzending\w*|"
    r"interviews?|optredens?|stories|films?)\b|\bstuurt (?:mij|me) (?:geheime |verborgen )?liefdes\w+ (?:via|in)\b",
    r"\b(?:door|van) (?:god|jezus|de heer|allah|het universum|de engelen)\b (?:\w+ )?(?:gezonden|gestuurd|gekozen|"
    r"uitgekozen|aangewezen|geroepen|uitverkoren)\b.{0,10}\bom\b.{0,40}\bte (?:bekeren|redden|verlossen|waarschuwen|"
    r"zuiveren|straffen|regeren)\b",
    # Familie die iets in het eten doet.
    r"\b" + _MIJN + r" " + _CLOSE + r"\b (?:doet|stopt|mengt|gooit|strooit|doen|stoppen|mengen) (?:er )?(?:stiekem |"
    r"altijd |steeds )*(?:iets|spul|gif|vergif|poeder|pillen|drugs|medicijnen)\b (?:\w+ )?(?:in|door) "
    + _MIJN
    + r" (?:eten|drinken|koffie|thee|soep|water|drankje)\b",
    # Twijfel of de mensen om je heen echt zijn.
    r"\b(?:echte mensen|echt mensen|mensen van vlees en bloed)\b.{0,20}\b(?:of|zijn)\b.{0,20}\b(?:nagemaakt\w*|nep|"
    r"acteurs?|klonen|kopieën|poppen)\b",
]
