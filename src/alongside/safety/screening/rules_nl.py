"""Dutch screening rules, as data; same codes, levels and conventions as ``rules_en.py``.

Dutch puts the verb at the end and the negation in the middle ("ik ga mezelf niet van kant
maken"), so several patterns allow a gap of a few words (``@GAP``); the engine then checks the
matched span itself for "niet/nooit/geen" before counting it. Idioms with "dood" are common and
harmless ("ik ga dood van het lachen", "doodmoe", "ik schrok me dood"): "dood" alone is never a
rule, only "ik wil dood" and stronger phrasings.
"""

from __future__ import annotations

from alongside.safety.screening.patterns import Guard, Rule
from alongside.safety.screening.result import RiskLevel

L, M, H, IMM = RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

MACROS: dict[str, str] = {
    "IK": r"ik|k|'k",
    "ADV": r"(?:echt |gewoon |gwn |egt |eigenlijk |soms |vaak |steeds |al |toch |liefst |het liefst |dan |"
    r"nu |wel |zo graag )*",
    "GA": r"@IK (?:ga|wil|zal)|(?:ga|wil|zal) @IK",
    "GAP": r"(?:[\w']+ ){0,4}",
    "MEZELF": r"mezelf|mijzelf|me zelf|mij zelf|m'?n eigen|mijn eigen",
    "ZM": r"zelfmoord|zelf ?moord|zelfmoor|zelfdoding|su[iï]cide|suicide|zelfmoord ?poging|"
    r"z[e3]lfm[o0]{2}rd|z e l f m o o r d",
    "ZMAL": r"su[iï]cida(?:al|le)|suicida(?:al|le)",
    # the act, verb-final: "... mezelf van kant maken", "... er een eind aan maken"
    "ACT": r"(?:@MEZELF|me|mij) (?:[\w']+ ){0,3}?(?:van kant|om het leven|om ?zeep|dood|iets|wat|wat aan|"
    r"iets aan) ?(?:te )?(?:maken|brengen|helpen|doen|aandoen|aan te doen)"
    r"|@MEZELF (?:te )?(?:doden|ombrengen|vermoorden|opknopen|ophangen)|(?:er|"
    r"het) (?:\w+ )?(?:een )?eind[e]? aan (?:te )?maken"
    r"|een eind[e]? (?:aan|maken aan) (?:mijn|m'?n|mn) leven(?: (?:te )?maken)?|(?:mijn|"
    r"m'?n) leven (?:te )?be[eë]indigen"
    r"|uit het leven (?:te )?stappen|@ZM (?:te )?plegen",
    "METHOD": r"over (?:de|het) (?:reling|rand|hek|brugleuning|balustrade)|van het viaduct|(?:voor|"
    r"onder) (?:de|een) (?:metro|tram) (?:te )?springen|(?:@MEZELF|me|mij) (?:op ?(?:te )?hangen|"
    r"op ?(?:te )?knopen|dood (?:te )?schieten|neer (?:te )?schieten|(?:te )?verdrinken)"
    r"|(?:van|vanaf|van de|van het) (?:een |de |het )?(?:brug|flat|dak|gebouw|balkon|toren|"
    r"klif) (?:af )?(?:te )?springen"
    r"|voor (?:de|een) (?:trein|bus|auto|vrachtwagen) (?:te )?(?:springen|gaan (?:staan|liggen)|lopen)"
    r"|(?:al )?(?:mijn|m'?n|mn|alle|de) (?:pillen|medicijnen|medicatie|tabletten|"
    r"slaappillen) (?:in ?(?:te )?nemen|(?:te )?(?:slikken|nemen))"
    r"|een overdosis (?:te )?(?:nemen|slikken)|(?:mijn|m'?n|mn) polsen (?:door ?(?:te )?snijden|"
    r"open ?(?:te )?snijden)",
    "PILLEN": r"pillen|medicijnen|medicatie|tabletten|slaappillen|paracetamol|oxazepam|antidepressiva|"
    r"pijnstillers|insuline|morfine",
    "DERDE": r"(?:mijn |m'?n |mn |onze )(?:beste )?(?:vriend|vriendin|vriendje|vriendinnetje|zus|zusje|broer|"
    r"broertje|moeder|vader|zoon|dochter"
    r"|kind|neef|nicht|partner|man|vrouw|collega|klasgenoot|leerling|student|cli[eë]nt|huisgenoot|oom|"
    r"tante)|hij|zij|ze",
    "PLEGER": r"hij|zij|ze|(?:mijn|m'?n|mn) (?:man|vrouw|vriend|vriendin|partner|ex|vader|moeder|stiefvader|stiefmoeder|"
    r"oom|broer|zus|ouders|opa|baas)",
    "KIND": r"kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|peuter|broertje|zusje",
}

RULES: tuple[Rule, ...] = (
    Rule(
        "distress",
        L,
        (
            r"@IK (?:voel me|ben|ben echt|voel mij) (?:zo |heel |erg |echt |ontzettend |super |enorm |compleet |"
            r"helemaal |best )*(?:somber|depressief"
            r"|down|leeg|alleen|eenzaam|waardeloos|rot|slecht|ellendig|verdrietig|wanhopig|angstig|bang|"
            r"overspannen|kapot|uitgeput|op|moe"
            r"|opgebrand|verloren|hopeloos|gestrest|een mislukkeling|een last|niks waard|niets waard|nutteloos|"
            r"verdoofd)",
            r"@IK (?:kan|trek) (?:het )?(?:echt )?niet meer(?: aan)?|@IK kan het niet meer aan|"
            r"alles is (?:me )?(?:te ?veel|zinloos)",
            r"paniekaanval(?:len)?|@IK (?:huil|moet huilen) (?:de hele dag|elke dag|alleen maar|steeds)|"
            r"@IK haat mezelf|niemand (?:geeft om mij|houdt van mij|begrijpt me)",
            r"@IK (?:slaap|eet) (?:al )?(?:weken |dagen )?(?:slecht|niet meer)|"
            r"@IK zie (?:het )?(?:allemaal )?(?:niet meer zitten|geen licht meer)",
            r"(?:mijn|m'?n|mn) (?:moeder|vader|man|vrouw|partner|zoon|dochter|kind|broer|zus|vriend|vriendin|oma|opa|hond|"
            r"kat) is (?:net |onlangs )?(?:overleden|gestorven|dood)",
            r"(?:zo|echt|heel|erg|super) (?:verdrietig|eenzaam|boos|bang|moe|gestrest|angstig|somber|down|"
            r"kapot)|(?:moet|moest|blijf) (?:steeds |de hele tijd )?huilen"
            r"|@IK (?:kan|kon) (?:niet|ni) slapen|@IK pieker|begrafenis|uitvaart|scheiding|puinhoop|rouw",
            r"(?:sinds|nu|sinds dat|omdat) (?:mijn|m'?n|mn) \w+ (?:\w+ )?(?:dood|overleden|gestorven) is|"
            r"(?:mijn|m'?n|mn) \w+ is (?:\w+ ){0,3}(?:overleden|gestorven)|miskraam|doodgeboren|"
            r"(?:alles|het leven|het allemaal|het) is (?:zo |echt |gewoon |te |veel te )?zwaar",
            r"@IK ben (?:net |vandaag |gisteren )?(?:ontslagen|gedumpt|verlaten)|(?:mijn|m'?n|mn) (?:vrouw|man|"
            r"vriend|vriendin|partner) is weg|(?:hij|zij|ze|mijn \w+) heeft (?:het )?(?:uitgemaakt|me verlaten)|"
            r"@IK ben (?:net |vandaag |al )?(?:mijn|m'?n|mn) (?:baan|werk|huis)(?: en (?:mijn|m'?n|mn) (?:baan|werk|"
            r"huis))? kwijt",
        ),
    ),
    Rule(
        "passive_death_wish",
        M,
        (
            r"@IK (?:wil|wou|zou willen|wilde) (?:echt |gewoon |zo graag |het liefst |soms |"
            r"eigenlijk )*dood(?: zijn| gaan)?|(?:^|(?<=[.,!?]) ?)@ADVdood willen (?:zijn|gaan)",
            r"(?:@IK wou|@IK wilde|@IK zou willen) dat @IK (?:dood was|niet (?:meer )?wakker (?:werd|word)|"
            r"er niet (?:meer )?was|nooit geboren was)"
            r"|was @IK maar dood|liever dood|het leven (?:moe|beu)|levensmoe",
            r"nooit meer wakker (?:te )?(?:word|worden)|in slaap vallen en (?:nooit|niet) meer wakker|(?:dat|"
            r"als) @IK er (?:\w+ ){0,2}niet meer ben|@IK (?:wou|wil|wilde) dat @IK @ADV(?:kon )?verdwijnen",
            r"@IK (?:hoop|wil) (?:dat @IK )?(?:[\w']+ ){0,3}?(?:niet|ni|nie) meer wakker (?:te )?(?:word|worden)|"
            r"@IK wil (?:gewoon )?verdwijnen(?: voor altijd)?",
            r"@IK (?:wil|wou) (?:echt |gewoon |gwn )?(?:niet|ni|nie) meer (?:leven|verder|bestaan|hier zijn|"
            r"wakker worden)|@IK wil er @ADV(?:niet|ni|nie) meer zijn|(?:wil|wou) (?:@IK )?er @ADV(?:niet|ni|nie) "
            r"meer zijn",
            r"(?:was|ware) @IK maar nooit geboren|@IK (?:wou|wilde) dat @IK nooit geboren (?:was|ben)"
            r"|@IK hoop (?:dat @IK )?(?:gewoon |gwn )?in (?:mijn|m'?n|mn) slaap (?:dood ?ga|sterf|overlijd)",
            r"(?:zou|vind|vond) (?:het )?(?:niet|ni|nie) erg (?:vinden )?(?:als|moest|mocht) @IK (?:er )?"
            r"(?:\w+ ){0,2}(?:niet|ni|nie) meer (?:was|ben|wakker (?:werd|word|worden))",
            r"@IK (?:kan|wil) (?:zo )?niet (?:meer )?verder|@IK zie het niet meer zitten|(?:geen|"
            r"niets om) (?:reden|zin) (?:meer )?(?:om )?(?:te )?(?:leven|verder te gaan)",
        ),
        negatable=False,
    ),
    Rule(
        "hopelessness",
        M,
        (
            r"(?:iedereen|ze|jullie|mijn (?:familie|kinderen|ouders)|de wereld) (?:is|zijn|zou|"
            r"zouden) (?:beter af|beter af zijn|gelukkiger) (?:zijn )?zonder mij",
            r"@IK ben (?:alleen maar |gewoon )?een (?:last|blok aan het been)(?: voor (?:iedereen|mijn familie|"
            r"jullie))?",
            r"(?:(?:heeft|hebben|is|zijn) (?:meer aan mij|beter af|beter af zijn)|beter af (?:is|zijn|zou zijn|"
            r"zouden zijn)) (?:als|wanneer|zonder) (?:ik er niet (?:meer )?(?:ben|zou zijn)|mij)",
            r"niemand (?:zou|zal) (?:me|mij) (?:missen|missen als)|"
            r"het (?:leven )?heeft (?:allemaal )?geen zin (?:meer)?|het leven is niet de moeite waard",
            r"zonder mij (?:\w+ ){0,3}(?:beter af|gelukkiger|eindelijk rust|makkelijker|opgelucht)|"
            r"(?:opgelucht|beter af|gelukkiger) (?:\w+ ){0,3}als @IK (?:er )?(?:niet|ni) meer (?:ben|was|zou zijn)"
            r"|wat heeft het (?:allemaal )?(?:nog )?voor zin|@IK ben (?:maar )?(?:zonde van de (?:zuurstof|ruimte)|"
            r"een verspilling)",
            r"@IK zie geen (?:uitweg|toekomst|(?:enkele )?reden|zin) (?:meer)?|er is geen uitweg|"
            r"het wordt (?:toch )?nooit meer beter|@IK heb (?:het leven )?opgegeven",
        ),
        negatable=False,
    ),
    Rule(
        "suicidal_thoughts",
        M,
        (
            r"@IK (?:ben|voel me) (?:zo |erg |heel |echt )?@ZMAL|@ZMAL (?:gedachten|gevoelens)|@ZM ?gedachten?|"
            r"gedachten aan @ZM",
            r"(?:@IK )?(?:denk|dacht) (?:vaak |steeds |veel |de laatste tijd |de hele tijd |soms |elke dag |"
            r"bijna elke dag )*(?:aan|over) (?:@ZM|dood(?:gaan)?|het einde|er een eind[e]? aan)",
            r"@IK (?:wil|wou|zou willen|denk erover om|overweeg|heb zin om) @GAP@ACT|@ACT|"
            r"@IK denk (?:\w+ ){0,4}aan unalive\w*",
        ),
    ),
    Rule("suicidal_thoughts", M, (r"@ZM|@ZMAL|unaliven",), personal=True),
    Rule(
        "self_harm",
        M,
        (
            r"@IK (?:heb )?(?:snij|snijd|sneed|brand|kras|beschadig|sla) (?:mezelf|me|mij)(?: weer| opnieuw|"
            r" vaak)?|@IK heb (?:mezelf|me) (?:weer )?(?:gesneden|gebrand|bekrast|beschadigd|pijn gedaan)",
            r"(?:in|op) (?:mijn|m'?n|mn) (?:benen|armen|polsen|buik|dijen) (?:gekrast|gesneden|gekerfd|gebrand)|"
            r"(?:gekrast|gesneden|gekerfd) in (?:mijn|m'?n|mn) (?:benen|armen|polsen|buik|dijen)"
            r"|(?:hand|arm|vingers) in het vuur",
            r"@IK (?:wil|moet) (?:mezelf|me) (?:snijden|pijn doen|krassen|"
            r"beschadigen)|(?:snijden|krassen) in (?:mijn|m'?n|mn) (?:armen|benen|polsen)",
            r"@IK (?:heb|krijg|voel) (?:de )?(?:drang|neiging) om (?:mezelf|me) (?:te )?(?:snijden|pijn te doen|"
            r"beschadigen|krassen)",
        ),
    ),
    # bare topic words: they count when the writer is in the sentence and it is not professional talk
    Rule("self_harm", M, (r"zelfbeschadiging|automutilatie",), personal=True),
    Rule(
        "self_harm",
        M,
        (r"@IK heb (?:weer |opnieuw |vannacht |gisteren |vandaag |vanavond |net )*(?:gekrast|gekerfd)(?! (?:in|op) )",),
    ),
    # Geheimhouding vragen over zelfbeschadiging noemt die ("je vertelt toch niemand over het snijden?").
    Rule(
        "self_harm",
        M,
        (
            r"(?:vertel|vertelt|zeg|zegt|zeggen|vertellen) (?:\w+ ){0,2}(?:niemand|aan niemand|tegen niemand|"
            r"(?:niets |niks )?(?:tegen |aan )?mijn (?:ouders|moeder|vader|therapeut|behandelaar)) (?:iets )?over (?:het|mijn|m'?n|mn) (?:snijden|"
            r"krassen|wondjes|littekens|zelfbeschadiging)",
        ),
        negatable=False,
    ),
    Rule("passive_death_wish", M, (r"doodsgedachten|doodswens",), personal=True),
    # Iemand achterna willen na een verlies ("sinds mijn moeder dood is wil ik haar achterna"): alleen naast
    # verdriet of een verlies; "ik wil hem achterna" is alleen ook gewoon achter iemand aan gaan.
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:@IK (?:wil|wou|zou willen)|(?:wil|wou) @IK) @ADV(?:haar|hem|ze|hen|(?:mijn|m'?n|mn) \w+) "
            r"(?:@ADV)?achterna(?: gaan)?|@IK (?:wil|wou) (?:\w+ ){0,2}bij (?:haar|hem|ze|hen|(?:mijn|m'?n|mn) \w+) "
            r"zijn (?:in de hemel|daarboven|waar (?:ze|hij|zij) nu (?:is|zijn))",
        ),
        context=L,
        window=2,
        fallback=None,
    ),
    Rule(
        "eating_disorder",
        M,
        (
            # not "me overgeven aan de muziek" (surrender)
            r"(?:mezelf|me) (?:weer |opnieuw |nog steeds |elke dag |expres )?(?:laten )?(?:overgeven|braken|kotsen)"
            r"(?! aan\b)"
            r"|@IK (?:hongere|honger) (?:mezelf|me) uit|"
            r"uithongeren|laxeermiddelen",
            r"@IK (?:eet|at) (?:bijna |helemaal )?(?:niets|niks)(?: meer)? om (?:af te vallen|dun te worden)|"
            r"eetstoornis|anorexia|boulimia|pro[- ]?ana|eetbuien",
            r"@IK heb (?:al )?(?:\d+|twee|drie|vier|vijf) dagen niet (?:meer )?gegeten|vingers in (?:mijn|"
            r"m'?n) keel|over de \d+ calorie\w*"
            r"|@IK eet (?:alleen|nog maar|maar) (?:nog )?(?:een|1|één) \w+ per dag",
        ),
    ),
    Rule(
        "abuse",
        M,
        (
            r"(?:@PLEGER) (?:slaat|schopt|mishandelt|misbruikt|verkracht|bedreigt|wurgt|sloeg|schopte|"
            r"verkrachtte|misbruikte|mishandelde) (?:me|mij)",
            r"(?:@PLEGER) (?:heeft|hebben) (?:me|mij) (?:\w+ ){0,3}(?:geschopt|geslagen|geduwd|verkracht|"
            r"misbruikt|gewurgd|bedreigd|opgesloten)"
            r"|(?:sluiten|sluit|pakken|pakt) (?:mijn|m'?n|mn) telefoon af|laten me niet (?:naar buiten|gaan|weg)",
            r"@IK (?:ben|werd|word) (?:verkracht|misbruikt|mishandeld|aangerand|geslagen)|huiselijk geweld|"
            r"seksueel misbruik|@IK ben bang voor (?:mijn )?(?:man|vrouw|partner|vader|stiefvader|vriend)",
            r"(?:hij|zij|ze|(?:mijn|mn|m'?n) (?:vader|stiefvader|moeder|stiefmoeder)|papa|mama) (?:slaat|schopt|mishandelt|"
            r"sloeg|schopte|wurgt) (?:mijn |mn |m'?n )?(?:moeder|mama|vader|papa|broertje|zusje|broer|zus)\b",
            r"(?:@PLEGER|(?:mijn|mn|m'?n) (?:stiefvader|stiefbroer|oom|opa|neef)) (?:\w+ ){0,2}(?:'s nachts|als iedereen slaapt) "
            r"(?:\w+ ){0,2}(?:op|in) (?:mijn|mn|m'?n) (?:kamer|bed)[^.!?]{0,60}(?:durf|mag) (?:het )?(?:niemand|niet)",
        ),
    ),
    Rule(
        "third_party_risk",
        M,
        (
            r"@DERDE (?:(?:zegt|zei|appte|vertelde) (?:dat )?(?:hij|ze|zij) )?(?:wil|wilt|gaat|denkt aan|"
            r"praat over|heeft het over|dacht aan) @GAP(?:zelfmoord|dood|zichzelf (?:van kant maken|"
            r"iets aandoen|doden|ombrengen|pijn doen|snijden)|er een eind[e]? aan (?:te )?maken|niet meer leven)",
            r"(?:hij|ze|zij) (?:\w+ ){0,2}dood (?:wil|wilt|wou)|(?:hij|ze|zij) (?:wil|wilt) (?:\w+ )?dood|"
            r"@DERDE (?:is|lijkt) (?:erg |heel )?@ZMAL|@DERDE (?:snijdt|beschadigt) zichzelf|"
            r"@DERDE heeft (?:een )?(?:zelfmoordpoging gedaan|geprobeerd zichzelf)",
            r"@DERDE (?:\w+ ){0,3}(?:zegt|zei|appte|appt|schreef|vertelde|stuurde) (?:me |mij )?(?:net )?dat (?:hij|ze|"
            r"zij) (?:er een eind[e]? aan|zichzelf (?:van kant|iets|dood|van het leven)|zelfmoord|dood) "
            r"(?:\w+ ){0,2}(?:wil|wilt|gaat|zal|wou)",
        ),
    ),
    Rule(
        "voices",
        M,
        (
            r"(?:hoor|horen) (?:ik )?(?:een (?:vrouw|man|stem)|stemmen|mensen) die|@IK hoor (?:soms |vaak |"
            r"weer |steeds )?stemmen(?! (?:van|uit|buiten|beneden|boven|op de gang|bij de buren))|"
            r"de stemmen (?:in mijn hoofd|zijn (?:er )?weer|komen terug)",
        ),
    ),
    Rule(
        "method",
        H,
        (
            r"(?:@IK )?(?:wil|wou|denk erover om|denk aan|overweeg) @GAP@METHOD|(?:denk @IK|"
            r"@IK denk)[: ]+(?:[\w']+ ){0,4}@METHOD|@IK denk (?:vaak |steeds )?aan (?:springen|ophangen|"
            r"een overdosis)",
            r"(?:@MEZELF|me|mij) (?:op ?(?:te )?hangen|op ?(?:te )?knopen|dood (?:te )?schieten)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:@GA|@IK ga het|@IK ga gewoon|@IK heb besloten (?:om )?|@IK ben van plan (?:om )?|"
            r"@IK doe het) @GAP(?:@ACT|@METHOD)",
            r"@GA (?:me|mezelf) @GAPunaliv\w*|@IK stap uit het leven|@IK spring(?=\s*$|\s*[.!]| (?:eraf|ervoor|"
            r"nu|zo))|(?:@ZM) (?:\w+ )?(?:vanavond|vannacht|morgen)",
            r"@IK maak er (?:\w+ )?(?:een )?eind[e]? aan|maak @IK er (?:\w+ )?(?:een )?eind[e]? aan"
            r"|@IK (?:ga|doe) het (?:echt |gewoon )?(?:doen|vanavond|"
            r"vannacht|morgen)(?! \w+ (?:bij|met|voor) )",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:doe|ga) @IK het(?: doen)?|@IK (?:doe|ga) het (?:doen|vanavond|vannacht|morgen|nu)"
            r"|(?:mijn|m'?n|mn) besluit (?:staat vast|is genomen)",
        ),
        negatable=False,
        context=M,
        window=2,
        fallback=None,
    ),
    Rule(
        "plan",
        H,
        (
            r"@IK heb (?:een|al een) plan(?: (?:om|hoe|voor))? @GAP(?:@ACT|@METHOD|te doen)|@IK (?:weet|"
            r"heb bedacht) (?:al )?(?:hoe|wanneer|waar) @IK het (?:ga )?doe",
            r"(?:touw|strop|@PILLEN|messen|mes) (?:\w+ ){0,4}(?:klaargezet|klaargelegd|opgehangen)|(?:het|"
            r"de) (?:touw|strop|@PILLEN|messen|mes) (?:ligt|liggen|hangt|staat|staan) (?:al )?klaar"
            r"|(?:touw|strop|@PILLEN|messen|mes) (?:ligt|liggen|hangt|staat|staan) al (?:op|in) (?:mijn|m'?n|mn|"
            r"de) \w+",
            r"@IK (?:spaar|verzamel|heb (?:\w+ )?(?:gespaard|verzameld)) (?:al )?(?:\w+ )?@PILLEN|"
            r"(?:een )?afscheidsbrief (?:geschreven|geschreven voor)|"
            r"@IK heb (?:een )?afscheidsbrie\w+ geschreven|@IK heb (?:een |de |het )?(?:strop|touw) (?:\w+ ){0,2}"
            r"(?:gemaakt|geknoopt|opgehangen|vastgemaakt)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"hoe (?:kan ik|moet ik|pleeg je|maak je) (?:het beste |makkelijk |snel |pijnloos )?(?:@ZM|@ACT|"
            r"@METHOD|mezelf ophangen|een strop)",
            r"hoeveel (?:van )?(?:mijn |mn |m'?n )?@PILLEN (?:heb je nodig|moet (?:ik|je) (?:nemen|slikken)|is|"
            r"zijn) (?:om (?:dood te gaan|te sterven|er een eind aan te maken|niet meer wakker te worden)|"
            r"dodelijk)",
            r"pijnloos (?:dood ?gaan|sterven|@ZM)|(?:dodelijke|fatale) dosis (?:van )?(?:@PILLEN|pillen)?",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"(?:wat|welke) (?:is|zijn) (?:de )?(?:hoogste|hoge) (?:brug|bruggen|flat|flats|gebouw|gebouwen|"
            r"toren)|hoogste (?:brug|flat|gebouw|toren)(?:en)? (?:in|van|bij)",
            r"hoeveel @PILLEN (?:is|zijn) (?:te ?veel|gevaarlijk|een overdosis)|dodelijke dosis|"
            r"hoe lang duurt (?:het )?(?:voor je )?(?:dood ?gaan|verdrinken|stikken|doodbloeden)",
            r"waar kan ik (?:een )?(?:touw|wapen|pistool|helium) kopen|welke (?:brug|flat|gebouw|"
            r"toren) (?:\w+ ){0,3}(?:is )?het (?:hoogst|hoogste)"
            r"|(?:welke|wat voor) (?:pillen|medicijnen|slaappillen) (?:\w+ ){0,7}(?:het sterkst|sterk genoeg)|"
            r"hoe diep is|kan (?:je|jij|ik|een mens|iemand) (?:dood ?gaan|sterven|overlijden|doodgaan) (?:van|aan) "
            r"(?:\w+ ){0,3}@PILLEN|(?:is|zijn) (?:\d+|\w+) @PILLEN (?:genoeg|dodelijk)|hoe laat (?:komt|rijdt|gaat) "
            r"(?:de )?(?:laatste |eerste |volgende )?(?:trein|intercity|sprinter|goederentrein) (?:\w+ ){0,3}(?:langs|"
            r"door|over)",
        ),
        context=L,
        fallback=L,
    ),
    Rule(
        "recent_attempt",
        H,
        (
            r"@IK heb (?:gisteren |vorige week |net |pas |onlangs |laatst |"
            r"een paar dagen geleden )?(?:een )?(?:@ZM ?poging|poging tot @ZM)(?: gedaan)?"
            r"|@IK heb (?:\w+ )?geprobeerd (?:om )?@GAP(?:@ACT|@METHOD)|@IK heb (?:een )?overdosis (?:genomen|"
            r"gehad)"
            r"|(?:@IK heb|heb @IK) (?:\w+ ){0,3}een poging (?:gedaan|ondernomen)",
            r"(?:mijn|een) (?:laatste |recente |vorige )?(?:@ZM ?poging|poging tot @ZM)|na (?:mijn|de) poging",
        ),
        history=True,
    ),
    Rule(
        "command_hallucination",
        H,
        (
            r"(?:de |een )?stem(?:men)? (?:in mijn hoofd )?(?:die |dat )?(?:zegt|zeggen|vertelt|vertellen|dwingt|dwingen|wil|"
            r"willen|beveelt|bevelen) (?:me|mij|dat ik)"
            r" @GAP(?:moet |te )?(?:@ACT|@METHOD|dood|pijn|snijden|springen|vermoorden|doden|iets aan ?doen|"
            r"aanvallen|steken)",
            r"(?:de |een )?stem(?:men)? (?:die )?(?:zegt|zeggen|vertelt|vertellen) (?:dat )?@IK [^.!?]{0,60}(?:moet|"
            r"als straf)",
        ),
    ),
    Rule(
        "harm_to_others",
        H,
        (
            r"(?:@GA|@IK denk erover om) (?:\w+ )?(?:hem|haar|ze|iemand|mensen|mijn \w+|jou|je|"
            r"hun) @GAP(?:vermoorden|wat aandoen|doodmaken|dood maken|doodschieten|neersteken|neerschieten"
            r"|pijn doen|iets aandoen|wurgen|in elkaar slaan|vergiftigen|(?:te )?doden)",
        ),
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:@PLEGER) (?:slaat|schopt|mishandelt|misbruikt|betast|sloeg|schopte|knijpt|duwt|schudt|"
            r"schudde) (?:mijn|ons|onze|de|zijn|haar) @KIND",
            r"@IK ben bang dat @IK (?:mijn|de|ons|onze) @KIND (?:iets )?(?:aan ?doe|zal aandoen|"
            r"pijn (?:zal )?doe|sla|zal slaan|door elkaar schud)",
            r"(?:@PLEGER|papa|mama) (?:\w+ ){0,2}(?:zei|zegt|dreigde|dreigt|heeft gezegd|riep) (?:dat )?(?:hij|zij|ze)? ?"
            r"(?:ons|mij en (?:mijn|mn) \w+|de kinderen|mijn moeder|mama) (?:allebei |allemaal )?(?:gaat|zal|wil|te) "
            r"(?:vermoorden|doodmaken|dood maken|ombrengen)",
            r"@IK (?:heb|sla|schud) (?:mijn|de|ons) (?:baby|kind|kindje|peuter) (?:geslagen|door elkaar geschud|"
            r"pijn gedaan)",
        ),
    ),
    Rule(
        "third_party_risk",
        H,
        (
            r"@DERDE heeft (?:net |zojuist )?(?:al )?(?:haar |zijn |een hoop |heel veel |"
            r"\d+ )?@PILLEN (?:genomen|ingenomen|geslikt)|@DERDE staat op (?:de|het) (?:brug|dak|spoor)",
        ),
    ),
    Rule(
        "timeline",
        L,
        (
            r"als het donker is|vanavond|vannacht|morgen|vandaag|dit weekend|deze week|straks|nu meteen|"
            r"zo meteen|binnenkort|over (?:een )?(?:uur|paar uur|\d+ (?:uur|minuten))",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "means_at_hand",
        L,
        (
            r"@IK heb (?:de |genoeg |al (?:de |mijn )?|een )?(?:@PILLEN|touw|strop|mes|wapen|pistool|"
            r"scheermesje|scheermesjes|helium)(?: (?:klaarliggen|liggen|hier|bij me|in huis))?",
            r"(?:touw|strop) (?:\w+ ){0,2}(?:vastgemaakt|vastgeknoopt|opgehangen|hangt) aan (?:de|het|een) \w+|"
            r"(?:die|dat|hij|het (?:touw|mes)|de strop) (?:hangt|ligt) (?:al )?(?:op (?:de )?zolder|op (?:mijn|m'?n|mn) "
            r"kamer|in (?:de|het|mijn|m'?n|mn) (?:schuur|garage|kast|la|gang|trapgat))|"
            r"(?:het|de) (?:touw|strop|mes|@PILLEN) (?:ligt|liggen|staat|staan) (?:al )?klaar|@IK sta (?:op|"
            r"bij) (?:de|het) (?:brug|dak|rand|spoor)",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"@IK heb (?:net |zojuist |al |vanavond |vannacht |vandaag |daarnet |net al )?(?:al (?:mijn |m'?n |mn )|alle |(?:een|de) hele (?:strip|doos|pot|"
            r"fles) (?:\w+ )?|(?:\d+|twintig|dertig|veertig|vijftig|zestig) |te veel )(?:@PILLEN )?"
            r"(?:genomen|ingenomen|geslikt|doorgeslikt)",
            r"@IK heb (?:net |zojuist |vanavond |vannacht |daarnet )?(?:alles|alle (?:@PILLEN|pillen|tabletten)) (?:uit|in) (?:het|de|mijn|m'?n|mn) "
            r"(?:medicijnkastje|medicijnkast|la|lade|kast|badkamerkastje) (?:\w+ )?(?:genomen|ingenomen|geslikt|"
            r"doorgeslikt)|@IK heb (?:net |zojuist |een uur geleden |vanavond )(?:een )?overdosis (?:\w+ ){0,4}"
            r"(?:genomen|ingenomen|geslikt)",
            r"(?:@IK sta|@IK zit|sta|zit) (?:op|bij) (?:de|het) (?:\w+ )?(?:brug|dak|rand|spoor|perron|"
            r"reling)[^.!?]{0,60}(?:spring|over het hek|over de reling|geklommen|trein komt)"
            r"|over (?:het hek|de reling|de balustrade) geklommen",
            r"@IK heb (?:net |zojuist )(?:mijn|m'?n|mn) polsen (?:door|open)gesneden|"
            r"(?:het )?touw zit (?:al )?om (?:mijn|m'?n|mn) nek|in (?:de|mijn|mn|m'?n) auto in (?:de|een) (?:dichte )?"
            r"garage[^.!?]{0,30}motor (?:aan|draaiend|draait|loopt)",
        ),
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"dit is (?:mijn )?(?:laatste )?(?:afscheid|vaarwel)|vaarwel (?:allemaal|iedereen|"
            r"wereld)|tegen de tijd dat (?:je|jij|jullie|iemand) dit (?:leest|lezen)",
            r"als (?:je|jij|jullie) dit (?:leest|lezen)(?:,)? (?:ben|leef) @IK (?:er )?(?:al )?niet meer|"
            r"@IK ben er morgen niet meer",
        ),
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"(?:dag allemaal|dag iedereen|doei allemaal|dankjewel voor alles|bedankt voor alles)|"
            r"dit is (?:mijn )?laatste bericht|dag (?:lieve mensen|lieverds)|"
            r"zorg (?:goed )?voor (?:mijn|m'?n|mn) (?:kat|hond|kinderen|huisdieren)"
            r"|zeg (?:dan |maar |wel |alsjeblieft )?(?:tegen|aan) (?:mijn \w+|mn \w+|iedereen|\w+) dat (?:@IK van (?:haar|hem|hen|ze|jullie) hou|"
            r"'?t? ?(?:het )?(?:niet|ni) (?:hun|jullie|jouw) schuld)",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"geef (?:jezelf|jullie zelf|jullie|elkaar|niemand) (?:niet|ni|nie|geen) (?:de )?schuld"
            r"|het (?:is|ligt) (?:niet|ni|nie) aan (?:jou|jullie|iemand)|(?:het is )?(?:niet|ni) (?:jouw|jullie) schuld",
            r"het spijt me (?:van|voor) alles|het spijt me (?:echt|zo|zo erg)(?=\s*[.!]|\s*$)"
            r"|vergeef (?:me|mij) alsjeblieft|zo is het (?:beter|makkelijker)"
            r"(?: voor iedereen)?|kom (?:me|mij) (?:niet|ni|nie) zoeken",
            r"@IK kom (?:niet|ni|nie) meer (?:thuis|terug)|@IK (?:zie|zal) (?:jullie|je|jou) (?:niet|ni) meer (?:zien)?"
            r"|(?:het|dit) (?:is|zijn) (?:het|mijn|m'?n|mn) laatste (?:wat|woorden)|@IK hou van (?:jullie )?allemaal",
            r"sorry dat @IK (?:zo'?n|zo een|zo|alleen maar) (?:last|lastig|een last) (?:ben|was)|"
            r"(?:vaarwel|doei|dag allemaal|dag iedereen)(?= ?[.!]* ?$)|"
            r"(?:en )?sorry(?: voor alles)?(?= ?[.!]* ?$)|sorry voor alles|@IK heb alles (?:geregeld|op orde|"
            r"afgehandeld)(?= ?[.!,]| ?$)|(?:mijn|m'?n|mn) (?:kat|hond|katten|honden|huisdieren|konijn) (?:gaat|gaan|"
            r"mag|mogen) naar(?![^.!?]{0,40}(?:als|wanneer|tijdens|zolang|dit|volgend|vakantie|weekend|weg ben|"
            r"op reis))",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
        mutual=True,
    ),
)

GUARDS: tuple[Guard, ...] = (
    Guard(
        "idiom",
        (
            # "ik vermoord mijn broer als hij nog een keer mijn patat opeet": hyperbole about a petty thing.
            r"(?:vermoord|vermoorden|wurg|wurgen|maak|maken) (?:hem|haar|ze|je|jou|mijn \w+|m'?n \w+)(?: \w+)? "
            r"(?:af )?als (?:hij|zij|ze|je|jij) (?:\w+ ){0,3}(?:mijn|m'?n|mn|de|ons) (?:\w+ )?(?:eten|patat|friet|"
            r"snoep|chocola|taart|pizza|restjes|oplader|spullen|kleren|hoodie|afstandsbediening|plek|koffie|"
            r"lunch|melk|bier|wijn|serie|aflevering|spel|wachtwoord)",
            r"dood (?:van|door) (?:het lachen|de schaamte|schaamte|verveling|de verveling|de honger|de dorst|"
            r"de kou|de zenuwen|de spanning)",
            r"(?:kan|zou|kon) (?:hem|haar|ze|je|jou|hen) wel (?:vermoorden|schieten|wurgen|doodslaan|"
            r"iets aandoen)",
            r"een eind[e]? aan (?:de|onze|mijn|deze|het) (?:relatie|vriendschap|studie|discussie|samenwerking|"
            r"contract|vergadering|gesprek|ruzie|dag|week)",
            r"zelfmoord ?(?:preventie|cijfers|aanslag|actie|missie|squad)|zelfmoordpreventie|suïcidepreventie|"
            r"@ZM ?preventie",
            r"(?:mezelf|me) (?:gesneden|gebrand) (?:bij|tijdens|aan) (?:het koken|het scheren|een mes|de oven)|"
            r"per ongeluk",
        ),
    ),
)

MEDIA = (
    r"film|boek|serie|aflevering|seizoen|liedje|songtekst|spel|game|personage|hoofdpersoon|verhaal|"
    r"roman|toneelstuk|documentaire|podcast|artikel|nieuws|acteur|actrice|gedicht"
)
HUMOUR = r"haha\w*|hihi\w*|lol|xd|😂|🤣"
TRIVIAL = (
    r"tentamen|toets|examen|huiswerk|vergadering|deadline|maandag|file|werk|baas|college|wifi|printer|"
    r"belasting|\w*huiswerk|wiskunde\w*|proefwerk|so|pw"
)
HISTORY = (
    r"jaren geleden|(?:\d+|een paar|paar|twee|drie|vier|vijf|tien) jaar (?:geleden|terug)|"
    r"toen @IK (?:jong|klein|een kind|een tiener|\d+|op school) was|als (?:kind|tiener)|in (?:19|20)\d\d|"
    r"lang geleden"
)
PROFESSIONAL = (
    r"scriptie|onderzoek|studie|artikel|college|training|cursus|beleid|cijfers|preventie|"
    r"campagne|richtlijn\w*|literatuur|leerlingen|studenten|essay|werkstuk|presentatie|hoofdstuk|casus|"
    r"risicofactoren|risicotaxatie\w*|patiënt\w*|patient\w*|protocol|intervisie|huisarts\w*|sociologie|"
    r"psychologie|verpleegkund\w*|vroeg (?:me )?(?:naar|of)"
)
# chat Dutch drops the subject ("denk de hele tijd aan ..."): first-person verb forms count too
FIRST_PERSON = r"ik|'k|mij|me|mijn|m'n|mn|mezelf|mijzelf|denk|wil|heb|ben|voel|hoop|zie"
NEGATORS = r"niet|ni|nie|nooit|geen|gene|niks|niets|nee|noch|absoluut niet|helemaal niet"
PSEUDO_NEGATION = (
    r"(?:niet|ni|nie) meer|nooit meer|geen zin|geen uitweg|(?:niet|ni) zeker|weet (?:niet|ni)|geen idee|"
    r"(?:niet|ni) alleen|kan (?:niet|ni) (?:meer|stoppen)|(?:niet|ni) meer leven"
    # een vraag aan zichzelf is geen ontkenning: "of ik niet gewoon een einde aan mijn leven moet maken"
    r"|of @IK (?:\w+ )?(?:niet|ni|nie)"
)
SUBJECTS = r"ik|'k|je|jij|hij|zij|ze|we|wij|het"
CONJUNCTIONS = r"maar|en|omdat|want|dus|hoewel|alhoewel|behalve|tenzij"

# -- gegeneraliseerde families -------------------------------------------------------------------------
# Zoals in rules_en.py: vanuit de C-SSRS-logica in plaats van vanuit één set formuleringen. Een wens of
# gedachte aan de dood in elke woordvolgorde en met vulwoorden ertussen ("ik wil eigenlijk niet meer
# leven", "wil gwn dood zijn"), en de onderdelen die haar verhogen — een methode, een plan, intentie, een
# tijd, de middelen bij de hand — elk in de eigen of een naburige zin, zodat "ik heb pillen gespaard en ik
# ga ze vannacht allemaal innemen" in ``engine.combine`` acuut wordt. Woorden die alleen naast een
# doodswens risico zijn ("de brug", "mijn pillen") hebben een suïcidaal anker nodig (``needs``).
SUICIDAL_CODES = frozenset(
    {
        "suicidal_thoughts",
        "passive_death_wish",
        "hopelessness",
        "method",
        "intent",
        "plan",
        "recent_attempt",
        "command_hallucination",
        "method_seeking",
    }
)
# what a method word may stand beside to count as thoughts with a method: a wish, thoughts, a plan or
# intent (an attempt, also one long ago, already names its own method)
METHOD_ANCHORS = frozenset({"suicidal_thoughts", "passive_death_wish", "hopelessness", "intent", "plan"})
MACROS.update(
    {
        "VUL": r"(?:(?:echt|gewoon|gwn|egt|eigenlijk|eigl|soms|vaak|steeds|al|toch|liefst|het liefst|dan|nu|wel|"
        r"zo graag|graag|eerlijk gezegd|stiekem|af en toe|best|nog|maar|heel|zo|ook|ff|even|eens|echt wel|"
        r"gewoonweg|helemaal|ook wel|nog steeds|de laatste tijd|elke dag|elke nacht|iedere dag) )*",
        "DOODN": r"doodgaan|dood (?:zijn|gaan)|sterven|@ZM|unaliven|(?:mezelf|me) (?:van kant|iets aan|wat aan|"
        r"dood|van het leven)|(?:er )?een eind[e]? aan|een eind[e]? aan (?:mijn|m'?n|mn) leven|(?:er )?een punt "
        r"achter|niet meer (?:leven|bestaan|wakker worden)|uit het leven|de dood",
        # dodelijke middelen naast een doodswens; alledaagse dingen (de brug, de messen, "mijn pillen") niet alleen
        "MWOORD": r"touw|strop|koord|scheermes\w*|mesjes?|pistool|geweer|spoor|overdosis|springen|ophangen|verhangen|"
        r"verdrinken|uitlaatgassen|helium|(?:alle|al (?:mijn|m'?n|mn)|de hele|een hele) (?:\w+ )?@PILLEN|@PILLEN "
        r"(?:[\w']+ ){0,3}?(?:allemaal )?(?:innemen|in te nemen|slikken|te slikken|doorslikken)",
        "TIJDW": r"vanavond|vannacht|morgen|morgenvroeg|morgenochtend|morgenavond|vanmiddag|vanochtend|vandaag(?: nog)?|"
        r"dit weekend|deze week|straks|nu meteen|zo meteen|binnenkort|over (?:een )?(?:uur|paar uur|kwartier|"
        r"\d+ (?:uur|minuten|min))|om \d+(?: uur)?|om (?:tien|elf|twaalf|middernacht)|zodra het donker (?:is|wordt)|"
        r"als het donker (?:is|wordt)|(?:aanstaande |deze |komende )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"zaterdag|zondag)|na de begrafenis|voor het werk",
    }
)
_FAMILIES: tuple[Rule, ...] = (
    # doodswens met vulwoorden, ook zonder onderwerp ("wil gwn dood zijn man")
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:@IK (?:wil|wou|wilde|zou willen)|(?:wil|wou) @IK|(?:^|(?<=[.!?,]) ?)(?:wil|wou)) @VUL(?:dood(?: zijn| gaan)?|"
            r"sterven|verdwijnen(?: en nooit meer terugkomen)?|ophouden met bestaan)(?!\w)",
            r"(?:dood|sterven) (?:zijn |gaan )?(?:lijkt|klinkt) me (?:\w+ )?(?:rustig|fijn|heerlijk|een opluchting|beter|"
            r"makkelijk|stil)|(?:het leven|leven) (?:\w+ ){0,2}(?:zat|beu)|(?:ophouden|stoppen) met (?:leven|bestaan)|"
            r"voorgoed (?:weg|ophouden|stoppen)|ophouden\W+voorgoed",
            r"(?:god|de here|de heer|hierboven)[^.!?]{0,40}(?:komen halen|tot zich nam|tot zich neemt|(?:mag|mocht) "
            r"(?:me|mij) (?:\w+ ){0,3}halen)|mag (?:me|mij) (?:\w+ ){0,3}komen halen",
        ),
    ),
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:@IK (?:wil|wou|wilde)|(?:wil|wou) @IK) (?:[\w']+ ){0,3}?(?:niet|ni|nie) meer (?:leven|bestaan|hier zijn|"
            r"wakker worden|er zijn|verder leven)",
            r"(?:hoop|wil|wou|liefst|fijnst|lijkt me|zou willen)[^.!?]{0,60}(?:nooit meer|niet meer|ni meer) (?:wakker "
            r"(?:te )?(?:worden|word)|opstaan|op te staan|te hoeven (?:wekken|opstaan))|(?:inslapen|in slaap vallen) en "
            r"(?:klaar|nooit meer|niet meer)",
            r"(?:hoop|bid) (?:dat )?@IK (?:er )?(?:[\w']+ ){0,3}?(?:niet|ni|nie) meer (?:ben|zal zijn|wakker word|"
            r"zijn)",
            r"als (?:een|de) (?:vrachtwagen|auto|bus|trein|tram) (?:me|mij) [^.!?]{0,30}(?:prima|niet erg|maakt (?:me )?"
            r"niet uit|dan hoeft het niet meer)|(?:zou|vind) (?:me |mij |ik )?(?:\w+ ){0,2}(?:niet|ni) (?:erg|verzetten)"
            r"[^.!?]{0,30}als (?:me|mij) (?:iets|wat) (?:overkomt|gebeurt)|als (?:me|mij) (?:iets|wat) (?:overkomt|"
            r"gebeurt)[^.!?]{0,40}(?:niet erg|(?:niet|ni) verzetten|prima)",
            r"geen (?:enkele )?(?:wens|zin|reden) (?:meer )?om (?:verder )?te leven|(?:hoeft|hoef) (?:het )?(?:voor mij|"
            r"van mij) (?:\w+ )?niet meer|het leven hoeft (?:van mij |voor mij )?(?:\w+ )?(?:niet|ni) meer"
            r"|(?:zie|zien) (?:het )?nut (?:niet|ni) (?:meer )?(?:van|in) (?:leven|het leven|bestaan)",
        ),
        negatable=False,
    ),
    Rule(
        "hopelessness",
        M,
        (
            r"zonder mij (?:hebben|zijn|is|zouden|zou) (?:ze|jullie|iedereen|het|zij)[^.!?]{0,30}(?:lichter|beter|"
            r"makkelijker|gelukkiger)|(?:makkelijker|beter|lichter|gelukkiger) (?:leven|hebben) (?:\w+ ){0,3}zonder mij|"
            r"zonder mij erin|zonde van de (?:ruimte|lucht|zuurstof)",
            r"niemand zou het (?:eens |zelfs |ooit )?(?:merken|missen) als @IK er (?:niet|ni) meer (?:was|ben|zou zijn)|"
            r"(?:meer aan|beter af met) een (?:\w+ )?die er niet is|er is geen toekomst voor mij",
        ),
        negatable=False,
    ),
    Rule(
        "suicidal_thoughts",
        M,
        (
            r"(?:denk|dacht|denken|fantaseer|fantaseren|pieker|piekeren|droom) (?:[\w']+ ){0,4}?(?:aan|over) "
            r"(?:[\w']+ ){0,2}?(?:@DOODN)",
            r"@IK (?:wil|wou|zou)[^.!?]{0,30}(?:er )?een punt achter (?:zetten|(?:mijn|m'?n|mn) leven)|"
            r"(?:moet|zou|kan) (?:\w+ ){0,2}een eind[e]? aan (?:mijn|m'?n|mn) leven (?:moet |zou )?maken",
            r"(?:weer|zo|erg|super|heel|echt|nogal|best) @ZMAL|@ZMAL (?:vandaag|vanavond|vanavnd|weer)",
        ),
    ),
    Rule(
        "method",
        H,
        (r"@MWOORD",),
        context=M,
        window=1,
        needs=METHOD_ANCHORS,
    ),
    Rule(
        "method",
        H,
        (
            r"(?:denk|dacht|zie mezelf|zit te denken|fantaseer)[^.!?]{0,40}?(?:springen|(?:van|voor|onder) (?:de|het|een) "
            r"(?:\w+ )?(?:trein|spoor|brug|flat|dak|perron|rand)(?: \w+)? (?:springen|stappen|lopen|liggen|gaan liggen)|"
            r"(?:me|mezelf) (?:op ?(?:te )?hangen|te verhangen)|(?:het |de )?(?:kanaal|water|rivier|sloot) in (?:te )?"
            r"(?:rijden|lopen))",
            r"zie mezelf (?:\w+ ){0,3}(?:van|voor|onder) (?:de|het|een) (?:\w+ )?(?:perron|trein|brug|flat|dak|spoor|rand)",
            r"als @IK het (?:zou|zal) doen,? (?:dan )?(?:met|door) (?:de|mijn|m'?n|mn|het|een) (?:@PILLEN|touw|mes|trein|"
            r"brug|auto)",
            r"(?:dood|sterven|@ACT)[^.!?]{0,40}(?:kijk|staar) (?:steeds |elke dag |vaak )?naar (?:de|het|mijn) (?:messen|mes|"
            r"pillen|touw|spoor|brug)|(?:heb|had) (?:opgezocht|uitgezocht) hoeveel @PILLEN (?:\w+ ){0,5}(?:dodelijk|"
            r"nodig)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:@GA|ga @IK|@IK ga) (?:[\w']+ ){0,3}?uit het leven(?: (?:gaan|stappen))?|@IK stap (?:[\w']+ ){0,2}uit het "
            r"leven|(?:@GA|@IK ben van plan (?:om )?) @VUL(?:mezelf|me) @VUL(?:unaliven|van kant (?:te )?maken)",
            r"(?:vanavond|vannacht|morgen|straks|binnenkort|zo|nu) (?:ga|maak|spring) @IK (?:[\w']+ ){0,3}?(?:uit het leven|"
            r"er (?:\w+ )?(?:een )?eind[e]? aan|van kant|eraf|ervoor)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:mijn )?besluit is genomen|het is besloten|@IK heb (?:het )?besloten(?= ?[.!,]| ?$)|@IK ben er niet lang "
            r"meer|@IK meen het",
            r"@IK (?:ga|zal) (?:ze|die|het|alles|de \w+) (?:[\w']+ ){0,3}?(?:allemaal )?(?:innemen|in ?nemen|nemen|slikken|"
            r"doorslikken|door ?slikken)|(?:neem|slik) @IK (?:ze|die|alles|de \w+) (?:[\w']+ ){0,2}?(?:allemaal )?(?:in|"
            r"door)?(?= ?[.!,]| ?$| als| zodra| wanneer| om| in)|@IK (?:neem|slik) (?:ze|die|alles) (?:[\w']+ ){0,2}?"
            r"(?:allemaal )?(?:in|door)?(?= ?[.!,]| ?$| als| zodra| wanneer| om)",
            r"@IK doe het (?:[\w']+ ){0,4}?(?:als|zodra|wanneer|om|nu|vannacht|vanavond|morgen)|doe @IK het|"
            r"@IK hoef (?:ze|die) (?:alleen )?(?:nog )?(?:maar )?(?:door te slikken|in te nemen)|begin @IK(?= ?[.!]| ?$)",
        ),
        negatable=False,
        context=M,
        window=2,
        fallback=None,
        needs=SUICIDAL_CODES,
    ),
    Rule(
        "plan",
        H,
        (
            r"@IK heb (?:[\w']+ ){0,3}?@PILLEN (?:[\w']+ ){0,2}?(?:gespaard|opgespaard|verzameld|bewaard|gehamsterd)|"
            r"@PILLEN (?:die )?@IK (?:heb )?(?:[\w']+ ){0,2}?(?:gespaard|opgespaard|verzameld)|(?:spaar|verzamel) "
            r"(?:[\w']+ ){0,3}?@PILLEN(?: op| bij elkaar)?|voorraad (?:@PILLEN|pillen)|@PILLEN (?:[\w']+ )?(?:verstopt|"
            r"gespaard)",
            r"@IK weet (?:precies |al |exact )?(?:hoe|waar|wanneer)(?: en (?:hoe|waar|wanneer))? @IK het (?:ga |zou |wil |"
            r"zal )?(?:gaan )?doe(?:n)?",
            r"(?:touw|strop|koord) (?:is|zit) (?:\w+ )?(?:vastgemaakt|vastgeknoopt|opgehangen|klaar)",
            r"@PILLEN (?:liggen|staan) (?:al )?(?:uitgeteld|op een rij|afgeteld)",
        ),
    ),
    Rule(
        "plan",
        H,
        (
            r"@IK heb (?:een|al een|mijn|het) plan|(?:een|het|mijn) plan (?:om|hoe)|@IK weet (?:precies |al )?(?:hoe|waar|"
            r"wanneer|welke \w+)|(?:datum|dag|plek|brug|plaats) (?:\w+ )?gekozen|(?:brief|brieven|afscheidsbrief) "
            r"(?:[\w']+ ){0,4}?(?:geschreven|klaar)|(?:heb|het) (?:\w+ )?(?:uitgezocht|opgezocht)|(?:touw|koord|strop|"
            r"mes) gekocht|(?:spullen|fiets|\w+) (?:weg ?gegeven|weggegeven)|geef (?:mijn|m'n|mn) (?:spullen|\w+) weg|"
            r"testament|zaken geregeld|heb alles geregeld",
        ),
        negatable=False,
        context=M,
        window=2,
        fallback=None,
        needs=SUICIDAL_CODES,
    ),
    Rule(
        "timeline",
        L,
        (
            r"@TIJDW|als (?:iedereen|het huis|mijn ouders|mn ouders|ze|de kinderen|mijn \w+) (?:\w+ ){0,2}?(?:slaapt|"
            r"slapen|stil is|weg (?:is|zijn)|naar bed|de deur uit)|als dit bericht (?:\w+ )?verstuurd is",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "means_at_hand",
        L,
        (
            r"(?:@PILLEN|touw|strop|mes|mesje|pistool|geweer|koord)(?: [\w']+){0,3}? (?:liggen|ligt|zit|zitten|staat|staan|"
            r"hangt) (?:\w+ )?(?:klaar|naast me|hier|uitgeteld|(?:in|op) (?:mijn|m'?n|mn|de|het) (?:hand|tas|kamer|la|kast|"
            r"kofferbak|auto|rugzak|zak|bureau|tafel|nachtkastje|bed))",
            r"(?:in|uit) (?:mijn|m'?n|mn) (?:hand|handen)(?= ?[.!,]| ?$)|heb (?:ik )?(?:ze|die|alles) (?:hier|naast me|bij "
            r"me)(?: liggen)?|@IK heb alles wat @IK nodig heb|(?:touw|strop|mes|pillen|koord) gekocht|@IK heb (?:het|een) "
            r"(?:touw|koord|mes|pistool)",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"(?:net|daarnet|zojuist|zonet|(?:\d+|een|twee|half) (?:min|minuten|uur|kwartier) geleden)[^.!?]{0,40}"
            r"(?:alle|hele|al (?:mijn|m'?n|mn)|voorraad|\d{2,}|strip|doosje|doos|pot|allemaal)[^.!?]{0,30}(?:genomen|"
            r"ingenomen|geslikt|doorgeslikt)",
            r"(?:alle|hele|al (?:mijn|m'?n|mn)|voorraad|\d{2,}|strip|doosje|doos|pot)[^.!?]{0,40}(?:genomen|ingenomen|"
            r"geslikt|doorgeslikt)[^.!?]{0,20}(?:net|daarnet|zojuist|geleden)",
            r"@IK sta (?:nu|hier) op (?:de rand|het spoor)|sta (?:nu )?op het spoor[^.!?]{0,40}trein|(?:te )?diep "
            r"gesneden[^.!?]{0,40}(?:stopt niet|blijft bloeden|bloedt)|motor draait in de (?:dichte )?garage",
        ),
        negatable=False,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"@IK sta (?:nu )?op (?:de|een) (?:stoel|kruk)|@IK sta (?:nu |hier |al )?op (?:de rand van|het dak|de brug|de reling|het perron)",
        ),
        negatable=False,
        context=M,
        window=2,
        fallback=None,
        needs=SUICIDAL_CODES,
    ),
    Rule(
        "recent_attempt",
        H,
        (
            r"geprobeerd (?:om )?(?:er (?:een )?eind[e]? aan te maken|me(?:zelf)? (?:[\w']+ ){0,3}?te (?:doden|ophangen|"
            r"verdrinken|vergiftigen|beroven|verhangen)|me op te hangen|zelfmoord te plegen|uit het leven te stappen|"
            r"mezelf van het leven te beroven|mezelf van kant te maken)",
            r"(?:na|door|sinds) (?:mijn|m'?n|mn) overdosis|@IK heb (?:[\w']+ ){0,3}?(?:een hoop|heel veel|veel te veel|"
            r"een handvol|handenvol) (?:van )?(?:mijn |m'?n |mn )?@PILLEN (?:[\w']+ ){0,2}?(?:geslikt|genomen|ingenomen)",
        ),
        history=True,
    ),
    Rule(
        "self_harm",
        M,
        (
            r"@IK heb (?:mezelf|me) (?:[\w']+ ){0,3}?(?:gesneden|gebrand|gekrast|gekerfd|beschadigd)|@IK (?:snij|snijd|sneed|"
            r"kras|brand|kerf) (?:[\w']+ ){0,3}?(?:in|op) (?:mijn|m'?n|mn) (?:arm|armen|been|benen|pols|polsen|buik|dijen|"
            r"bovenbenen|heupen)",
            r"(?:drang|neiging|behoefte) (?:om )?(?:mezelf|me) (?:[\w']+ ){0,2}?(?:te )?(?:snijden|pijn (?:te )?doen|"
            r"beschadigen|krassen|branden|slaan)|(?:brand|sla|krab) (?:mezelf|me|mijn \w+) (?:[\w']+ ){0,4}?(?:met een "
            r"aansteker|tot (?:het )?(?:bloed|pijn)|tot bloedens|tegen de muur|in mijn gezicht)",
            r"(?:nieuwe|verse) (?:wondjes|sneden|snijwonden|wonden) (?:op|in) (?:mijn|m'?n|mn)|littekens (?:[\w']+ ){0,4}?"
            r"(?:openmaken|open ?te maken|openkrabben)|terugval[^.!?]{0,40}(?:mesje|snijden|gesneden|krassen)|"
            r"@IK (?:heb )?(?:mezelf|me) vroeger (?:gesneden|gebrand|gekrast)",
        ),
    ),
    Rule(
        "eating_disorder",
        M,
        (
            r"(?:geef|gaf) (?:\w+ )?over na (?:elke|iedere|het|de) (?:maaltijd|eten)|laxeer\w*|kauw en spuug|eetbui\w*|"
            r"\d+ ?(?:kcal|calorie\w*) (?:[\w']+ ){0,3}?(?:gehad|gegeten)|onder de \d+ ?(?:kcal|calorie\w*)|streefgewicht|"
            r"(?:alleen|enkel) water[^.!?]{0,30}(?:dag|gewicht)|weegschaal bepaalt|avondeten (?:\w+ )?overgeslagen"
            r"[^.!?]{0,40}(?:gerend|calorie|appel)",
        ),
    ),
    Rule(
        "abuse",
        M,
        (
            r"(?:controleert|checkt|doorzoekt|leest) (?:[\w']+ ){0,2}?(?:mijn|m'?n|mn) (?:telefoon|berichten|app)|mag "
            r"(?:mijn|m'?n|mn) (?:vriendinnen|vrienden|familie|ouders|moeder|zus) (?:niet|ni) (?:meer )?(?:zien|spreken|"
            r"bellen)|(?:houdt|pakt|neemt) (?:mijn|m'?n|mn) (?:pinpas|bankpas|geld|loon|paspoort)",
            r"komt (?:[\w']+ ){0,2}?(?:'s nachts|snachts) (?:[\w']+ ){0,2}?op (?:mijn|m'?n|mn) kamer|(?:@PLEGER) (?:heeft|"
            r"hebben) (?:me|mij) (?:[\w']+ ){0,5}?(?:geduwd|geslagen|geschopt|gewurgd)|(?:dwong|dwingt) (?:me|mij) (?:tot "
            r"seks|seks)|sluit (?:me|mij) (?:buiten|op)|(?:nog harder|erger) pijn doet als @IK",
        ),
    ),
    Rule(
        "third_party_risk",
        M,
        (
            r"@DERDE (?:[\w']+ ){0,4}?(?:vertelde|zei|zegt|appte|schreef|zette|belde)[^.!?]{0,30}?(?:dat (?:ze|hij|zij)|\"|:)[^.!?]{0,40}(?:zelfmoord|dood wil|"
            r"zichzelf (?:iets|wat) (?:wil )?aan|(?:er )?een eind[e]? aan|niet meer (?:leven|zien zitten)|nooit geboren|"
            r"verhangen|ophangen)",
            r"@DERDE (?:[\w']+ ){0,3}?(?:ziet|zien) het (?:leven )?(?:niet|ni) meer zitten|dagboek[^.!?]{0,40}dood wil|"
            r"zich (?:wil|wilt) (?:verhangen|ophangen|van kant maken)",
        ),
        negatable=False,
    ),
    Rule(
        "command_hallucination",
        H,
        (
            r"(?:zeggen|zegt|blijven zeggen|bevelen|beveelt) (?:me )?dat @IK (?:[\w']+ ){0,5}?moet (?:[\w']+ ){0,3}?"
            r"(?:springen|doodgaan|sterven|snijden|steken|doden|vermoorden|pijn doen|aanvallen|branden|in brand)"
            r"[^.!?]{0,40}stem",
            r"stem(?:men)? (?:die |dat )?(?:zegt|zeggen|blijven zeggen|beveelt|bevelen)[^.!?]{0,15}dat @IK (?:[\w']+ ){0,5}?"
            r"(?:pijn|springen|snijden|doden|vermoorden|steken|in brand)",
        ),
    ),
    Rule(
        "harm_to_others",
        H,
        (
            r"@IK (?:zweer|zweer het)[^.!?]{0,20}(?:steek|sla|schiet|vermoord) (?:hem|haar|ze|\w+) (?:neer|dood|in elkaar)|"
            r"(?:steek|schiet) @IK (?:hem|haar|ze) (?:neer|dood)|@IK (?:steek|schiet) (?:hem|haar|ze) (?:neer|dood)|"
            r"(?:erheen|ernaartoe|naar (?:hem|haar) toe) met (?:een|mijn|de) (?:hamer|mes|knuppel|pistool|"
            r"honkbalknuppel)|(?:iets|wat) in (?:de|zijn|haar|het) (?:koffie|thee|eten|drinken) (?:van (?:mijn|m'?n|mn) "
            r"\w+ )?(?:te )?(?:doen|stoppen)",
        ),
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:laten|laat|liet) (?:hun|haar|zijn|ons|onze|mijn|de) (?:\w+ )?(?:peuter|baby|kind|kindje|kinderen|dochter|"
            r"zoon|zoontje|dochtertje)(?: [\w']+){0,3}? (?:alleen|urenlang|uren)|liet (?:haar|hem) (?:urenlang|uren) "
            r"(?:alleen )?in de auto",
            r"(?:heeft|hebben) (?:mijn|ons|zijn|haar) (?:broertje|zusje|zoontje|dochtertje|baby|kindje) (?:\w+ )?geslagen|"
            r"(?:slaat|sloeg|schopt) (?:mijn|ons|zijn|haar) (?:\w+ )?(?:broertje|zusje|zoontje|dochtertje|baby|kindje)",
        ),
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"zorg (?:goed )?voor (?:mama|papa|mijn \w+|mn \w+|de \w+)|(?:hij|zij|ze|jij) mag (?:mijn|mn) \w+ (?:hebben|"
            r"houden)|geen (?:nieuwe )?afspraak meer nodig|geef \w+ (?:een (?:dikke )?knuffel|een kus) van me|geen "
            r"(?:probleem|last) meer|@IK kon (?:niet|ni) meer(?= ?[.!]| ?$)|(?:al )?gedag gezegd",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"niemands schuld|ligt niet aan (?:jullie|jou)|het spijt me(?= ?[.!,:]| ?$)|als (?:je|jij|jullie|iemand) dit "
            r"(?:vindt|vinden|leest)|doei+ (?:iedereen|allemaal|jongens)",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
        mutual=True,
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"als (?:iemand|je|jij|jullie) dit (?:leest|lezen|vindt|vinden),? (?:ben|is) @IK (?:al )?(?:weg|dood|er niet meer)",
        ),
    ),
)
RULES = (*RULES, *_FAMILIES)

# Tweede ronde: een cluster voorbereidingen is een plan, ook zonder het woord dood ("testament aangepast,
# abonnementen opgezegd, kat ondergebracht"); eerst de pillen, dan "ik ga ze allemaal innemen"; vragen
# naar een methode die zeggen voor wie ze zijn.
_FAMILIES_2: tuple[Rule, ...] = (
    Rule(
        "plan",
        H,
        (
            r"(?:brief|brieven|afscheidsbrie\w+) (?:[\w']+ ){0,4}?(?:geschreven|klaar|in de la)|(?:heb|ik) (?:\w+ ){0,2}"
            r"(?:brief|brieven) geschreven|testament (?:\w+ )?(?:aangepast|opgesteld|geregeld|klaar|ligt)|(?:mijn|m'?n|mn) "
            r"zaken (?:\w+ )?geregeld|(?:kat|hond|konijn|huisdieren?) (?:ondergebracht|weggebracht)|abonnementen "
            r"(?:\w+ )?opgezegd|zoekgeschiedenis (?:\w+ )?gewist|(?:datum|dag|plek|plaats) (?:\w+ )?gekozen|"
            r"(?:weet|gekozen) welke (?:brug|flat|trein|dak)|(?:spullen|fiets|playstation|gitaar) (?:is |zijn )?(?:al )?"
            r"(?:weg ?gegeven|weggegeven|naar (?:mijn|mn) \w+)|geef (?:mijn|m'?n|mn) (?:spullen|\w+) weg|"
            r"(?:touw|strop|koord) gekocht|(?:heb|het) (?:het )?uitgezocht",
        ),
        negatable=False,
        context=IMM,  # telt alleen naast een tweede, andere voorbereiding (mutual)
        window=2,
        fallback=None,
        mutual=True,
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:@PILLEN|pillen|tabletten)[^!?]{0,100}?(?:@IK (?:ga|zal)|ga @IK) (?:ze|die|alles) (?:[\w']+ ){0,3}?allemaal "
            r"(?:innemen|in ?nemen|nemen|slikken|doorslikken)",
            r"(?:neem|slik) @IK (?:[\w']+ ){0,2}?(?:alle|al (?:mijn|m'?n|mn)) (?:@PILLEN|pillen)(?: in)?|@IK (?:ga|zal) "
            r"(?:[\w']+ ){0,2}?(?:alle|al (?:mijn|m'?n|mn)) (?:@PILLEN|pillen) (?:[\w']+ ){0,2}?(?:innemen|in ?nemen|"
            r"nemen|slikken|doorslikken)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"hoeveel (?:[\w-]+ ){0,3}?(?:moet je|heb je nodig|moet ik) (?:[\w']+ ){0,2}?(?:om )?(?:niet meer wakker te "
            r"worden|dood te gaan|te sterven)|(?:minst pijnlijke|pijnloze|snelste) manier om (?:dood te gaan|te sterven)"
            r"[^.!?]{0,30}(?:voor mezelf|voor mij)",
        ),
        negatable=False,
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"(?:vanaf )?hoeveel (?:[\w-]+ ){0,2}?(?:is het|is|zijn) (?:dodelijk|fataal)|(?:minst pijnlijke|pijnloze|snelste) "
            r"manier om (?:dood te gaan|te sterven)|hoe lang duurt (?:het )?(?:voor je )?(?:doodbloedt|verdrinkt)",
        ),
        context=L,
        fallback=L,
    ),
    Rule(
        "passive_death_wish",
        M,
        (
            r"was @IK er (?:\w+ )?maar (?:niet|ni|nie) meer|(?:bid|hoop) (?:\w+ ){0,3}dat @IK (?:mag|kan) (?:gaan|sterven|"
            r"heengaan)|(?:zat|moe|beu) om te leven|@IK (?:wil|wou) (?:\w+ )?dod(?!\w)",
        ),
        negatable=False,
    ),
    Rule(
        "suicidal_thoughts",
        M,
        (r"(?:wil|wou|zou) @IK (?:[\w']+ ){0,3}?(?:er )?een punt achter (?:zetten|(?:mijn|m'?n|mn) leven)",),
    ),
    Rule(
        "method",
        H,
        (
            r"(?:denk|denken|dacht)(?: erover)? (?:[\w']+ ){0,3}?(?:om )?(?:ervoor|eronder|eraf|erin|ervan ?af|voor de trein|"
            r"voor een trein) (?:te )?(?:gaan )?(?:liggen|springen|rijden|stappen|lopen)|(?:te )?denken (?:aan|om) "
            r"(?:[\w']+ ){0,2}?@METHOD",
        ),
    ),
    Rule(
        "intent",
        H,
        (r"dat @IK (?:\w+ )?uit het leven (?:stap|ga|zal stappen)",),
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"(?:alle|al (?:mijn|m'?n|mn)|hele|(?:mn|mijn) hele)[^.!?]{0,30}(?:net|daarnet|zojuist) (?:\w+ )?(?:genomen|"
            r"ingenomen|geslikt|doorgeslikt)",
        ),
        negatable=False,
    ),
    Rule(
        "voices",
        M,
        (
            r"@IK hoor @VUL(?:sinds kort |de laatste tijd )?stemmen(?! (?:van|uit|buiten|beneden|boven|op de gang|bij de buren))",
        ),
    ),
)
RULES = (*RULES, *_FAMILIES_2)

# Derde ronde: voorbereidingen, pogingen die bezig zijn, kinderen in gevaar, ook zonder het woord dood.
_FAMILIES_3: tuple[Rule, ...] = (
    Rule(
        "plan",
        H,
        (
            r"(?:mijn|m'?n|mn|een|de) afscheidsbrie\w+ (?:ligt|is|zit|staat)|(?:oefen|oefenen|geoefend) (?:\w+ ){0,3}"
            r"(?:strop|de knoop)|(?:strop|de knoop) (?:\w+ ){0,3}(?:aan het )?(?:oefenen|geoefend)",
            r"@IK heb (?:[\w']+ ){0,3}?@PILLEN (?:[\w']+ ){0,4}?(?:gespaard|opgespaard|verzameld|bewaard|gehamsterd)",
        ),
    ),
    Rule(
        "plan",
        H,
        (
            r"(?:het is|alles is) (?:\w+ )?(?:geregeld|klaar|geregeld en klaar)|brieven? (?:ligt|liggen|is|zijn) (?:al )?"
            r"(?:klaar|geschreven)|(?:wacht|wachten) (?:nog )?op het juiste moment|(?:\w+ )?(?:abonnement\w*|sportschool|"
            r"contract|lidmaatschap) (?:\w+ )?opgezegd|(?:kat|hond|konijn|huisdieren?) (?:[\w']+ ){0,3}?ondergebracht|"
            r"testament (?:\w+ )?geregeld|alleen de juiste dag nog",
        ),
        negatable=False,
        context=IMM,
        window=2,
        fallback=None,
        mutual=True,
    ),
    Rule(
        "timeline",
        L,
        (r"(?:dan|morgen|vannacht|vanavond|zondag|zaterdag|vrijdag) is het zover|na het kerstdiner|na school",),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"(?:@IK )?sta (?:nu |hier )?op het spoor(?= ?[.!,]| ?$| bij| en| te)|aan de (?:verkeerde|andere) kant van de "
            r"(?:reling|balustrade|hek)|over (?:de reling|het hek|de balustrade) (?:heen )?geklommen",
        ),
        negatable=False,
    ),
    Rule(
        "passive_death_wish",
        M,
        (r"had (?:liever|beter) (?:niet|ni|nie) (?:meer )?wakker (?:geworden|willen worden)",),
        negatable=False,
    ),
    Rule(
        "goodbye",
        IMM,
        (r"zorg (?:goed )?voor (?!jezelf|jou\b|je\b|elkaar|jullie\b)\w+(?= ?[.!]| ?$)|(?:en )?dag(?= ?[.!]* ?$)",),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
        mutual=True,
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:geeft|gaf|geven) (?:haar|zijn|hun|mijn|de|het) (?:\w+ ){0,2}?@KIND(?: van \d+)? (?:\w+ )?(?:@PILLEN|"
            r"slaaptabletten|slaappillen|alcohol|drank|wodka|bier|wijn)|@KIND (?:\w+ ){0,3}?(?:onder de|vol) blauwe plekken|"
            r"(?:laten|laat|liet) (?:hun|haar|zijn|ons|onze|mijn|de) (?:\w+ )?(?:kind|peuter|baby|zoontje|dochtertje) van "
            r"\d+(?: [\w']+){0,3}? (?:alleen|urenlang|uren)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"touw (?:\w+ ){0,6}(?:gewicht|dragen|houden)|hoe (?:knoop|maak) je een strop|op welke hoogte overleef je|"
            r"hoe hoog moet (?:een|het) (?:\w+ )?(?:zijn|om)",
        ),
        context=L,
        fallback=L,
    ),
)
RULES = (*RULES, *_FAMILIES_3)

# Idioms and reports found while generalising: a preference for death over a party, someone else's
# death by suicide told as a fact.
GUARDS = (
    *GUARDS,
    Guard(
        "idiom",
        (
            r"(?:nog )?liever dood dan",
            r"(?:overleden|gestorven|omgekomen) (?:door|aan) (?:zelfdoding|zelfmoord|suïcide)|(?:pleegde|heeft) "
            r"(?:\w+ ){0,3}zelfmoord gepleegd",
        ),
    ),
)
