"""English screening rules, as data.

Read ``patterns.py`` for the conventions (a space = any whitespace, ``@NAME`` = macro). Levels
follow the Columbia screener: a wish to be dead or thoughts without method are *moderate*;
thoughts with a method, intent, a plan, a recent attempt are *high*; an attempt under way or a
goodbye is *imminent*. Combinations (intent + a time, plan + means) are raised in ``engine.py``.

Each phrasing is here because people write it that way, typos and algospeak included ("kms",
"unalive", "sewer slide", "ctb"). When adding one, add a test case beside it.
"""

from __future__ import annotations

from alongside.safety.screening.patterns import Guard, Rule
from alongside.safety.screening.result import RiskLevel

L, M, H, IMM = RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

MACROS: dict[str, str] = {
    "IM": r"i'?m|i am|ive been|i'?ve been|i feel|i'?m feeling",
    "ILL": r"i'?ll|i will|ima|i am (?:going to|gonna|about to)|i'?m (?:going to|gonna|gunna|about to|"
    r"ready to)|im (?:going to|gonna)"
    r"|i(?: have|'?ve)? decided to|i'?m planning (?:to|on)|i plan (?:to|on)|i'?m finally going to",
    "WANT": r"(?:really |just |kinda |sometimes |still |honestly |so )?(?:want(?:ed)? (?:to|2)|wanna|wna"
    r"|wnt to|wish i could|would like to|'d like to|need to|feel like i (?:want|need) to|have the urge to)",
    "THINK": r"(?:thinking|thought|think|thinkin|fantasi[sz]ing|fantasi[sz]e|dreaming|obsessing) (?:about|of)"
    r"|(?:can'?t|cannot) stop thinking (?:about|of)|(?:thoughts|ideas|urges?) (?:of|about)|considering"
    r"|contemplating|planning|keep picturing|imagine|(?:keep )?imagining|(?:keep )?picturing",
    "KILL": r"k[i1!]l{1,2}",
    "MYSELF": r"my ?s[e3]lf|myslef|mysefl|meself|mself|myself",
    "SUICIDE": r"s[u*][i1!*]?[cs][i1!*]?d[e3]s?|sewer ?slide|suey ?slide|suicide|s u i c i d e",
    "SUICIDAL": r"s[u*][i1!*]?[cs][i1!*]?d[ae]l|sewer ?slidal",
    # the act, as infinitive ("want to ___") and as gerund ("thinking about ___")
    "ACT": r"@KILL @MYSELF|end (?:my (?:own )?life|it all|everything|my life|things|it)|take my (?:own )?life"
    r"|commit @SUICIDE|unalive(?: @MYSELF)?|self[- ]?delete|delete @MYSELF|off @MYSELF|kms|ctb"
    r"|catch the bus|@SUICIDE|not (?:be )?(?:alive|here) anymore|not exist anymore",
    "ACTING": r"@KILL(?:ing|in) @MYSELF|killing @MYSELF|ending (?:my (?:own )?life|it all|everything|things|"
    r"it)"
    r"|taking my (?:own )?life|committing @SUICIDE|unaliving(?: @MYSELF)?|self[- ]?deleting|@SUICIDE"
    r"|offing @MYSELF|kms|ctb",
    "PLACE": r"bridge|building|roof|rooftop|cliff|balcony|tower|parking (?:garage|deck)|overpass|ledge",
    "COUNT": r"\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|a hundred",
    "PILLS": r"pills|tablets|meds|medication|medicine|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin"
    r"|sleeping pills|xanax|oxy\w*|insulin|antidepressants|benzos|painkillers|opioids|fentanyl|heroin"
    r"|sleeping tablets|capsules|codeine|tramadol|morphine|\w+azepam|\w+azolam|zolpidem|zopiclone|quetiapine"
    r"|amitriptyline|sertraline|fluoxetine|citalopram|venlafaxine|mirtazapine|lithium|promethazine"
    r"|diphenhydramine|benadryl|nytol|propranolol|pregabalin|gabapentin",
    # thoughts with a method (C-SSRS item 3)
    "METHOD": r"hang(?:ing)? @MYSELF|hung @MYSELF|shoot(?:ing)? @MYSELF|slit(?:ting)? my (?:wrists?|throat)"
    r"|cut(?:ting)? my (?:wrists?|throat) open|jump(?:ing)? (?:off|from) (?:a |the |my |"
    r"that )?(?:\w+ )?@PLACE"
    r"|jump(?:ing)? in front of (?:a |the )?(?:train|bus|car|truck|subway)|overdos(?:e|ing)|"
    r"od(?:ing)? on @PILLS"
    r"|tak(?:e|ing) all (?:of )?(?:my |the )?@PILLS|swallow(?:ing)? (?:all )?(?:of )?(?:my |the )?@PILLS"
    r"|step(?:ping)? in front of (?:a |the )?(?:train|bus|car|truck)|drown(?:ing)? @MYSELF"
    r"|gas(?:sing)? @MYSELF|poison(?:ing)? @MYSELF|suffocat\w* @MYSELF|throw(?:ing)? @MYSELF (?:off|"
    r"in front of|under)"
    r"|drive (?:my car )?(?:off a|into a) (?:cliff|wall|tree|bridge)|crash(?:ing)? my car on purpose|"
    r"use (?:a|the|my dad'?s) gun|walk(?:ing)? into (?:the )?(?:sea|ocean|river|lake|water|traffic)",
    "PERSON": r"him|her|them|someone|somebody|people|everyone|everybody|you|my (?:wife|husband|partner|boss"
    r"|boyfriend|girlfriend|ex|mom|mum|mother|dad|father|brother|sister|neighbou?r|roommate|coworker|"
    r"colleague"
    r"|teacher|family|parents|stepdad|stepmom)|that (?:guy|woman|man|girl|bitch|bastard)",
    "CHILD": r"(?:kids?|child|children|son|daughter|baby|babies|toddler|infant|newborn|little (?:brother|"
    r"sister)"
    r"|(?:baby )?(?:brother|sister))",
    "ABUSER": r"he|she|they|my (?:manager|supervisor|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|"
    r"father|mom|mum|mother"
    r"|stepdad|stepfather|stepmom|stepmother|uncle|aunt|brother|sister|parents?|grandpa|grandfather|cousin"
    r"|coach|teacher|boss|family)",
    "THIRD": r"(?:my |our )(?:best )?(?:friend|bff|bestie|mate|sister|brother|mom|mum|mother|dad|father|son"
    r"|daughter|kid|child|cousin|partner|boyfriend|girlfriend|husband|wife|roommate|flatmate|classmate"
    r"|colleague|coworker|student|client|patient|niece|nephew|aunt|uncle)|(?:a|one of my) (?:friend|student"
    r"|classmate|colleague|coworker)|he|she",
    "THIRD_ACT": r"@KILL (?:himself|herself|themselves|themself)|end (?:his|her|their) (?:own )?life|die"
    r"|commit @SUICIDE|@SUICIDE|hurt (?:himself|herself|themselves)|unalive (?:himself|herself|themselves)",
}

RULES: tuple[Rule, ...] = (
    # -- low: distress without risk indicators ------------------------------------------------
    Rule(
        "distress",
        L,
        (
            r"(?:i'?m|im|i am|i feel|feeling|i'?ve been|been|i'?m feeling|i just feel) (?:so |really |very |"
            r"super |extremely |completely "
            r"|totally |just |always |constantly |kind of |kinda |pretty )*(?:depressed|anxious|hopeless|empty|"
            r"numb"
            r"|worthless|useless|alone|lonely|miserable|overwhelmed|broken|lost|desperate|exhausted|burn(?:ed|"
            r"t) out"
            r"|down|low|sad|awful|terrible|horrible|stressed|panicking|scared|afraid|ashamed|a failure|a mess"
            r"|like a failure|like a burden|like shit|like crap|like nothing|struggling|not ok(?:ay)?|drained)",
            r"(?:my )?(?:depression|anxiety|panic attacks?|ptsd|trauma|grief|insomnia) (?:is|are|has|have|"
            r"keeps?|won'?t)",
            r"(?:had|having|have) (?:a |another )?(?:panic attacks?|breakdown|mental breakdown|anxiety attacks?)",
            r"(?:can'?t|cannot|couldn'?t) (?:stop crying|sleep|cope|breathe|function|get out of bed|take (?:it|"
            r"this) any ?more)",
            r"i hate (?:myself|my life|my body|everything)|nobody (?:cares|loves me|understands)|"
            r"no one (?:cares|loves me)",
            r"(?:everything|it all|life) (?:is|feels) (?:too much|pointless|meaningless|so hard|falling apart)"
            r"|nothing (?:matters|makes sense)(?: any ?more)?|miscarriage|stillbirth|(?:took|taken) the (?:kids|children) "
            r"and left|my (?!phone|battery|laptop|computer|car|tv|console|plants?|charger|headphones)\w+ (?:\w+ )?"
            r"(?:died|passed away|passed on|passed(?= ?(?:[.,!]|$| (?:in|last|yesterday|this|on|at|recently))))",
            r"(?:i'?m |i am )?falling apart|crying (?:all the time|every day|myself to sleep)|"
            r"i feel like giving up",
            r"i'?m (?:tired|sick) of (?:everything|it all|feeling like this)|i can'?t do this any ?more",
            r"(?:i'?m|im|i am|i'?m just|im just|just) (?:so )?done(?= ?(?:[.!,;]|$| with (?:life|everything|it all)))"
            r"|lost (?:custody|my kids|the kids)|(?:lost|losing) my (?:job|mom|mum|mother|dad|father|wife|husband|"
            r"partner|son|daughter|child|baby|"
            r"best friend"
            r"|brother|sister|home|house)",
            r"(?:my )?(?:mom|mum|mother|dad|father|wife|husband|partner|son|daughter|baby|best friend|brother|sister|"
            r"dog|cat"
            r"|grandma|grandpa|friend) (?:just )?(?:died|passed away|passed(?! (?:my|his|her|their|the|a|an) )|was killed|killed (?:himself|"
            r"herself))",
            r"(?:got|been|was|i was|i got|just got) (?:fired|laid off|dumped|evicted|kicked out|made redundant)|"
            r"redundancy|funeral"
            r"|(?:called|call) off the wedding|divorce|bankrupt\w*|grieving|heartbroken|"
            r"can'?t stop thinking about (?:it|him|her|them)",
            r"(?:so|really|very|super|too|extremely) (?:sad|lonely|angry|stressed|anxious|scared|worried|tired|"
            r"down|upset|depressed|hopeless)"
            r"|(?:keep|kept|been|started|can'?t stop) crying|cried (?:all|myself|for hours)|(?:awake|"
            r"up) all night|nightmares",
            r"(?:my )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf) (?:just )?(?:left me|dumped me|"
            r"broke up with me"
            r"|is leaving me|cheated on me)|(?:failed|flunked) (?:my|all my|the) (?:\w+ )?(?:exams?|tests?|"
            r"classes|finals|resits?|modules?|year)|kicked off (?:the|my) (?:course|programme|program|team)",
        ),
    ),
    # -- moderate: wish to be dead, hopelessness, thoughts without method ----------------------
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:i )?wish (?:i (?:was|were|could be|'?d be)|to be) dead|wish i (?:could|would|'?d|"
            r"can) (?:just )?die",
            r"@WANT (?:to )?(?:just )?(?:die|be dead|disappear forever|disappear for good|stop existing|"
            r"cease to exist|not exist)",
            r"i (?:want|wanna) (?:to )?die|better off dead|i'?d rather (?:be dead|die)|ready to die|(?:tired|"
            r"sick) of (?:living|being alive|life|existing)",
            r"hope i (?:die|get hit by)|(?:pray|praying) (?:for death|to die|i die)|(?:sleep|"
            r"go to sleep) forever",
            r"wish(?:ing)? (?:\w+ ){0,3}(?:that )?i(?: could| would|'d|d) (?:just )?(?:be dead|die|"
            r"stop existing|disappear|not wake up)"
            r"|envy(?:ing)? (?:the )?(?:people|those|everyone) who (?:jumped|died|killed themselves|get to die)",
            r"(?:let|make) me die|(?:just )?want(?:ed)? it (?:all )?to (?:end|stop) (?:forever|for good|"
            r"permanently)|want (?:the|this|my) pain to (?:stop|end),? (?:forever|for good|permanently)",
        ),
        negatable=True,
    ),
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:don'?t|do not|dont|no longer|doesn'?t|never) (?:really |even |actually )?(?:want|wanna|"
            r"wish) (?:to )?"
            r"(?:live|be alive|exist|be here any ?more|wake up(?: again| tomorrow| anymore)?|keep living|"
            r"go on living)",
            r"(?:not sure|don'?t know|dont know) (?:if|whether|why) i (?:want to|wanna) (?:live|be alive|"
            r"keep going|go on)",
            r"(?:can'?t|cannot|cant) (?:go on|keep going|keep living|live like this|do life)(?: any ?more|"
            r" like this)?",
            r"(?:no|not any) (?:reason|point|will) (?:to|in) (?:live|living|go on|going on|keep going|be alive|"
            r"stay)",
            r"(?:just )?(?:not|never) (?:being|be) (?:here|alive) any ?more",
            r"wish i(?: was| were| had|'d| d)(?:n'?t| not| never)? (?:never )?(?:been )?(?:born|alive|here|existed)"
            r"|wish(?:ing)? (?:that )?i (?:simply |just )?(?:hadn'?t|had not|had never|'?d never) woken(?: up)?",
            r"(?:pray|praying|prayed|hope|hoping) (?:every (?:night|day) )?(?:that )?(?:the lord|god|he|jesus) "
            r"(?:takes|will take|would take|comes for|calls) me",
            r"(?:wouldn'?t|would not|won'?t) (?:mind|care) (?:not (?:being (?:here|around|alive)|existing|waking up)|"
            r"if i (?:wasn'?t|weren'?t) (?:here|around|alive)|if something (?:happened|happens) to me)",
            r"(?:fine|grand|okay|ok|relieved|glad|happy) if i (?:didn'?t (?:wake up|exist)|never woke up|"
            r"wasn'?t (?:here|alive|around) any ?more)"
            r"|if i (?:didn'?t|did not|never) (?:wake up|woke up|exist)(?: \w+){0,3},? (?:that'?d|it'?d|i'?d) be "
            r"(?:\w+ )?(?:fine|grand|okay|ok|relieved|a relief|glad|happy)",
            r"(?:done|over|finished) with (?:being alive|living|existing)|(?:so )?over being alive",
            r"(?:hope|wish) i (?:don'?t|do not|won'?t|wouldn'?t|would not|didn'?t|never|could just not|"
            r"could not) wake up"
            r"|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|wouldn'?t mind (?:dying|if i died|"
            r"not waking up|if i didn'?t wake up)",
        ),
        negatable=False,
    ),
    Rule(
        "hopelessness",
        M,
        (
            r"(?:everyone|everybody|they|my family|people|the world|my kids|my friends|she|he|my \w+) ?(?:would|"
            r"will|'?d) be (?:so much |much |a lot )?(?:better|happier)"
            r" (?:off )?(?:without me|if i (?:was|were|wasn'?t|weren'?t|died|was gone|were gone|"
            r"disappeared)(?: around| here)?)",
            r"deserves? (?:a )?(?:better|a better) (?:dad|father|mum|mom|mother|parent|partner|wife|husband|son|"
            r"daughter|friend|person) than me"
            r"|(?:can'?t|cannot|don'?t) (?:see|imagine) (?:any ?way|how|a way) (?:this|it|things|life) (?:gets?|"
            r"will get|could get|ever gets?) better"
            r"|what'?s (?:even )?the point(?: any ?more)?\W*$|i'?ve got nothing(?: left)?|i have nothing left",
            r"(?:i'?m|i am|im|i feel like) (?:just )?(?:a|such a) burden(?: to (?:everyone|everybody|my family|"
            r"them))?",
            r"(?:would|will|'?d|could) (?:\w+ ){0,3}(?:be better off|be happier|be relieved|have (?:an? )?(?:\w+ )?"
            r"(?:easier|better|happier) (?:life|time)|breathe easier|be freer|be better) (?:\w+ ){0,2}(?:without me|"
            r"if i (?:was|were) "
            r"(?:gone|dead|not here)|if i (?:wasn'?t|weren'?t) (?:here|around|alive))",
            r"(?:better|easier|happier) for (?:everyone|everybody|them|my family|my kids) (?:if i (?:wasn'?t|weren'?t|"
            r"was not) (?:here|around|alive)|without me|if i (?:was|were) gone)"
            r"|(?:i'?m|i am|im) (?:just )?(?:a waste of (?:space|oxygen|air|a life)|taking up space)",
            r"(?:better off|happier|easier|relieved) (?:\w+ ){0,3}(?:once|when|after) i'?m (?:gone|dead|not here|not "
            r"around|no longer here)|"
            r"nothing (?:left )?to live for|(?:no one|nobody|noone|no1) (?:would|will|'?d|even) (?:miss me|"
            r"notice|care|even notice|even care)"
            r" (?:if|when) i (?:was|were|am|'?m) gone|(?:no one|nobody|noone) (?:would|will|'?d) (?:miss me|"
            r"even miss me)",
            r"(?:no one|nobody|noone|who) (?:would|will|'?d) (?:even )?(?:care|notice|miss me) (?:if|"
            r"when) i (?:died|killed @MYSELF|disappeared|was dead)",
            r"(?:life is|my life is|life'?s) (?:not|n'?t) worth (?:living|it)|what'?s the point (?:of|"
            r"in) (?:living|life|going on)",
            r"(?:there'?s|there is|i see|i have) no (?:way out|future|hope|light at the end)|"
            r"it will never get better"
            r"|(?:things|it) will never (?:get|be) better|(?:i'?ve|i have) given up on (?:life|everything|"
            r"living|myself|hope|the future)",
            r"what'?s (?:even )?the point (?:of|in) (?:it all|any of it|anything|trying|carrying on|being here)"
            r"|(?:can'?t|cannot|don'?t|do not) see (?:a|any) (?:way out|way forward|future for me|reason to "
            r"(?:go on|carry on|keep going|stay))",
        ),
        negatable=False,
    ),
    Rule(
        "suicidal_thoughts",
        M,
        (
            r"@IM (?:so |really |very |kinda |a bit |pretty |extremely |constantly |actively |"
            r"passively )*@SUICIDAL",
            r"(?:i|i'?ve|i have|i had|i get|i keep|having|getting|get|have) (?:been )?(?:having |"
            r"getting )?(?:some |these |the |"
            r"constant |intrusive |recurring |strong )?(?:@SUICIDAL|@SUICIDE) (?:thoughts?|ideation|urges?|"
            r"feelings?)",
            r"@SUICIDAL (?:thoughts?|ideation|urges?|feelings?) (?:again|are back|came back|won'?t stop|"
            r"keep coming|have been|has been|keep|are getting|creep\w*)",
            r"@THINK (?:@ACTING|@SUICIDE|death|dying|being dead|not being here|ending it)",
            r"@WANT (?:to )?@ACT|i (?:want|wanna) (?:to )?@ACT|@ACT (?:is|seems) (?:the only|my only) (?:way|"
            r"option|answer)",
            r"@KILL @MYSELF|kms|ctb|unalive @MYSELF|unaliving @MYSELF|(?:the|my) (?:only )?(?:way out|"
            r"option) is (?:death|@SUICIDE|to die)",
        ),
    ),
    Rule("suicidal_thoughts", M, (r"@SUICIDE|@SUICIDAL|unalive|sewer ?slide",), personal=True),
    Rule(
        "self_harm",
        M,
        (
            r"(?:i |i'?ve |i have |been |started |keep |kept |still |urges? to |want to |wanna |urge to |"
            r"thinking about )"
            r"(?:been )?(?:cutting|burning|scratching|hitting|harming|hurting|punching|cut|burn|burned|burnt|"
            r"hurt|harm) @MYSELF"
            r"(?: (?:again|on purpose|deliberately|to feel|because|when|every|until))?",
            r"s/h|\bsh\b (?:urges|again|scars|relapse)|(?:relapsed|relapse) (?:on|with|"
            r"into) (?:self[- ]?harm|sh|cutting)",
            r"(?:been|started|keep|stopped|stop|quit|relapsed|clean from|urges? to|want to|wanna) (?:cutting|"
            r"cut)(?: again)?(?! \w+ (?:out|off|back|down))",
            r"(?:my|the) (?:cuts|scars) (?:on my (?:arms?|wrists?|thighs?|legs?))|cut (?:my|on my) (?:arms?|"
            r"wrists?|thighs?|legs?|skin)",
            r"(?:i|i'?ve|i have) (?:cut|burned|burnt|hurt) @MYSELF|(?:i|i'?ve|i have) been (?:cutting|burning)",
            # a relapse told without an object, at the end of a clause or with a time ("I cut again last
            # night"); "I cut my hair again" has an object, "I cut again and sent it" goes on
            r"\bi cut again(?=[.!?;]|$| (?:last night|today|tonight|yesterday|this (?:morning|afternoon|"
            r"evening|week))\b)",
            r"cut (?:my|on my) (?:upper |lower |left |right )?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)"
            r"|(?:picking|scratching|pulling|biting) (?:at )?my (?:skin|hair|nails|arms?) until (?:it|"
            r"they) bleeds?|until (?:it|they) bleeds? to cope",
        ),
    ),
    Rule("self_harm", M, (r"self[- ]?harm(?:ing|ed)?",), personal=True),
    # Wanting to join someone who died ("I just want to be with her again"): beside a loss or distress only,
    # since "I want to join him" alone is an everyday sentence.
    Rule(
        "passive_death_wish",
        M,
        (
            r"i (?:just )?(?:want|wanna|wish i could) (?:to )?(?:join|be with|go to) (?:her|him|them|my \w+) "
            r"(?:again|in heaven|up there|wherever (?:she|he|they) (?:is|are))|i (?:want|wanna) to (?:go|be) where "
            r"(?:she|he|they) (?:is|are|went) now",
        ),
        context=L,
        window=2,
        fallback=None,
    ),
    # Telling or asking that self-harm be kept secret names it ("you won't tell anyone about the
    # cutting, right?"); the "won't" asks for secrecy and does not negate the harm.
    Rule(
        "self_harm",
        M,
        (
            r"(?:tell|telling|told|say|saying) (?:anyone|anybody|no ?one|nobody|my (?:parents|mom|mum|dad|"
            r"therapist|doctor|school)) about (?:the|my) (?:cutting|cuts|self[- ]?harm(?:ing)?|burning|scars)",
        ),
        negatable=False,
    ),
    Rule(
        "eating_disorder",
        M,
        (
            r"(?:made|make|making|forced|force|forcing) @MYSELF (?:throw up|puke|vomit|sick|purge)",
            r"(?:i |i'?ve |been |started |keep )(?:purging|starving @MYSELF|bingeing and purging|"
            r"binging and purging)"
            r"|starv(?:e|ed|ing) @MYSELF|binge and purge|(?:pro[- ]?(?:ana|mia))|thinspo|meanspo|bonespo",
            r"(?:throwing|throw|threw) up after (?:meals|eating|dinner|lunch|breakfast|every meal|i eat)|"
            r"(?:don'?t|won'?t|do not) eat (?:anything )?until"
            r"|weigh @MYSELF (?:\w+ )?(?:times a day|every (?:hour|morning and))|only eat (?:one|an?|"
            r"1) \w+ a day",
            r"(?:taking|took|take|abusing) laxatives|laxatives to (?:lose weight|get thin)",
            r"(?:haven'?t|have not|didn'?t|did not) (?:eaten|eat) (?:anything )?(?:in|for) (?:\d+|two|three|"
            r"four|five|six|days|a week)"
            r"(?: whole)? (?:days?|weeks?)?",
            r"(?:under|less than|only) \d+ (?:calories|kcal|cals) a day|(?:my )?(?:anorexia|bulimia|"
            r"eating disorder|\bed\b) (?:is|has|came|relapse)"
            r"|i'?m (?:anorexic|bulimic)|(?:skip|skipping) (?:every|all my|most) meals? to (?:lose weight|"
            r"get thin|be thin)",
        ),
    ),
    Rule(
        "abuse",
        M,
        (
            r"(?:@ABUSER) (?:hits|hit|beats|beat|punche[sd]|punch|slaps?|slapped|kicks?|kicked|chokes?|choked|"
            r"strangled"
            r"|strangles|rapes?|raped|molests?|molested|abuses?|abused|threatens?|threatened to (?:kill|hurt)|"
            r"hurts?|pushed|shoves?)"
            r" me(?! (?:at|in|to|up|with|on the|off))",
            r"i (?:was|got|am being|'?m being|have been|'?ve been|were) (?:raped|sexually (?:assaulted|abused)|"
            r"molested|abused"
            r"|assaulted|beaten|groomed)|(?:he|she) (?:forced|forces) me to (?:have sex|do things)",
            r"(?:an? |my )(?:abusive|violent) (?:relationship|partner|husband|wife|boyfriend|girlfriend|home|"
            r"parents?|dad|mom)"
            r"|(?:i'?m|i am) (?:scared|afraid|terrified) (?:of|to go home (?:to|because of)) (?:my )?(?:husband|"
            r"wife|partner|boyfriend|girlfriend|dad|father|stepdad)",
            r"domestic (?:violence|abuse)|(?:sexual|physical|emotional) abuse",
            r"(?:won'?t|doesn'?t|don'?t) let me (?:see my|leave|go out|have (?:my own|any) money|talk to)|"
            r"controls? (?:everything|my (?:phone|money|life))"
            r"|blocks? the door|(?:grabbed|groped|pinned) me"
            r"|(?:@ABUSER) (?:\w+ ){0,2}comes? (?:in)?to my (?:room|bed) at night[^.!?]{0,60}(?:scared|afraid|can'?t tell|"
            r"not allowed to tell|(?:don'?t|daren'?t) dare)"
            r"|(?:he|she|my (?:dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom)|dad|mum|mom) "
            r"(?:hits|beats|hurts|chokes|kicks|hit|beat|hurt|choked|kicked) (?:my )?(?:mum|mom|mother|dad|father|"
            r"little (?:brother|sister)|brother|sister)"
            r"|(?:@ABUSER) (?:puts?|put|wraps?|wrapped|gets?|got|has|had) (?:his|her|their|both) hands? (?:a)?round "
            r"my (?:throat|neck)",
        ),
    ),
    Rule(
        "third_party_risk",
        M,
        (
            r"@THIRD (?:(?:says?|said|told me|texted me|keeps? saying|mentioned|posted) (?:that )?(?:she|he|"
            r"they) )?"
            r"(?:wants? to|wanted to|is going to|'?s going to|will|is gonna|keeps? talking about|talks about|"
            r"talked about"
            r"|is thinking (?:about|of)|thinks about|has thought about|(?:'?d|would) rather) @THIRD_ACT",
            r"@THIRD(?: is| has been|'s been|'s| seems| was| became| might be) (?:really |very |so |"
            r"actively )?(?:@SUICIDAL|cutting|self[- ]?harming"
            r"|hurting (?:himself|herself|themselves))",
            r"@THIRD (?:tried|attempted|has tried) to (?:@KILL (?:himself|herself|themselves)|end (?:his|her|"
            r"their) life|overdose)"
            r"|@THIRD (?:cuts|harms|hurts|burns) (?:himself|herself|themselves)",
        ),
    ),
    Rule(
        "voices",
        M,
        (
            r"(?:i |i'?ve been |i keep |i still |i sometimes |i can )?(?:hear|hearing|heard) (?:the |these |"
            r"those )?(?:voices|a voice|voice)"
            r"(?! (?:of|from|in the (?:hall|street|other room)|outside|downstairs|upstairs|next door|"
            r"on the (?:phone|radio|tv)|message|notes?|mail))",
            r"the voices (?:are back|came back|won'?t stop|keep|again|in my head)|voices in my head",
            r"hear(?:ing)? (?:people|someone|a (?:woman|man|voice)|voices) (?:talking|whispering|describing|"
            r"commenting|calling)[^.!?]{0,60}"
            r"(?:empty|no ?one (?:is )?there|nobody (?:is )?there|isn'?t there|aren'?t there|no one around)",
        ),
    ),
    # -- high ------------------------------------------------------------------------------------
    Rule(
        "method",
        H,
        (
            r"(?:@WANT|@THINK|i (?:want|wanna)|urges? to|urge to|tempted to|could easily|might) (?:to )?@METHOD",
            r"hang(?:ing)? @MYSELF|hung @MYSELF|shoot(?:ing)? @MYSELF|slit(?:ting)? my (?:wrists?|throat)|"
            r"throw(?:ing)? @MYSELF (?:off|in front of|under)",
            r"(?:a|the|buy a|bought a|tie a|tied a) noose|(?:on|from) the (?:bridge|roof|ledge) and (?:jump|"
            r"end it)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"@ILL (?:finally |just |actually |really )?(?:@ACT|@METHOD|die|go through with it)",
            r"(?:i'?m|i am|im) (?:done|going)\W+(?:@ACT|goodbye)|tonight'?s the night|i know how i(?:'m| am|"
            r" will)? (?:going to )?do it",
            r"(?:i'?ve|i have|i) made (?:up )?my (?:mind|decision) (?:to|about) (?:@ACT|@METHOD|dying|ending it)",
            r"(?:@PILLS)[^.!?]{0,80}?@ILL (?:take|swallow|down) (?:them|it|all of them|them all|all|the lot)",
        ),
        negatable=False,
    ),
    Rule(
        "intent",
        H,
        (r"(?:@SUICIDE|kms|ctb|unalive) (?:\w+ )?(?:tonight|today|tomorrow|this weekend|at \d+)",),
        negatable=False,
    ),
    Rule(
        "intent",
        H,
        (
            r"@ILL (?:finally |really |actually )?(?:do it|go through with it|end it|climb over|jump|let go|"
            r"listen(?: to (?:it|them|the voices?))?(?: this time)?)"
            r"(?: (?:tonight|today|now|this weekend|soon|tomorrow))?|i'?m taking (?:them|the @PILLS|my @PILLS|"
            r"all (?:of )?(?:them|the @PILLS))",
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
            r"(?:i'?ve|i have|i) (?:got |made |have )?(?:a|my) plan (?:to|for|of how to) (?:@ACT|@METHOD|die|"
            r"do it|end it)",
            r"(?:i'?ve|i have) (?:been )?(?:planned|planning|worked out|figured out) (?:how|when|"
            r"where) (?:i'?ll|i will|to|i'?m going to) (?:do it|@ACT|die|@METHOD)",
            r"(?:i'?ve been |i'?m |been |i have been |i )(?:saving|stockpiling|collecting|hoarding|saved|"
            r"stockpiled) (?:up )?(?:my |some |all my |enough )?@PILLS",
            r"(?:i |i'?ve |i have )(?:wrote|written|writing|drafted) (?:a|my) (?:suicide|goodbye) (?:note|letter)"
            r"|(?:i )?(?:gave|giving|give) away (?:all )?my (?:stuff|things|belongings|possessions)|"
            r"(?:i )?(?:bought|got) (?:a )?rope (?:to|for)",
            r"(?:my|a|the) @SUICIDE plan|(?:picked|chosen|chose|found|scouted) (?:out )?(?:the|a|my) (?:spot|"
            r"place|location|date|day|method) (?:to|for|where|in the|at the)?"
            r"|i know (?:exactly )?(?:how|what|where|when) i'?(?:ll| will|'?m going to| am going to) (?:do it|"
            r"use)(?! \w+ (?:for|to|in|on))"
            r"|(?:written|wrote|worked) out how i'?d do it|(?:getting|got|collecting|saving up|"
            r"saved up) enough (?:of them|pills|tablets|meds)",
            r"(?:the |my )?(?:rope|noose) is (?:up|ready|tied|hanging)|(?:tied|set up|hung up|put up) (?:the|"
            r"a) (?:rope|noose)"
            r"|@PILLS (?:are )?(?:lined up|counted out|laid out|all counted)|"
            r"@PILLS (?:that )?i'?ve been (?:collecting|saving|stockpiling|hoarding)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"(?:how|what'?s the (?:best|easiest|quickest|fastest|least painful|most painless)|best way|"
            r"easiest way|quickest way|painless way)"
            r" (?:way )?(?:to |do (?:i|you|people) |can i |could i )?(?:@ACT|@METHOD|die|kill yourself|"
            r"commit suicide|hang (?:myself|yourself)|tie a noose)",
            r"(?:how many|how much) (?:of )?(?:my )?@PILLS (?:(?:do|would) (?:i|you|it) (?:need|take) |"
            r"does it take |would it take |is it )?(?:to|would|will|can|could|until|before) "
            r"(?:die|kill|be fatal|be lethal|od|overdose|stop (?:my|your) heart|end it)",
            r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose)(?: of)? (?:@PILLS|pills)|"
            r"(?:quickest|fastest|easiest|best|surest|least painful) way to (?:go|die|do it|end it)(?: painlessly| "
            r"peacefully|(?= (?:without|with no) (?:it hurting|any pain|pain|feeling (?:it|anything))))|"
            r"painless (?:way to die|death|@SUICIDE)|(?:googl\w*|search\w*|look\w* up|research\w*|read\w* up on) "
            r"(?:for )?(?:ways|how|the best way|methods) to (?:do it|go|die|end it|@ACT)(?: painlessly| peacefully| "
            r"quietly|(?= without (?:any )?pain))",
            r"(?:where|how) (?:can|do|could) i (?:buy|get|find) (?:a gun|a rope|helium|a noose|"
            r"enough @PILLS)(?: to (?:@ACT|die|end it))",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"(?:what|which|where) (?:is|are|'?s) (?:the )?(?:tallest|highest|biggest|deepest|nearest|"
            r"closest) (?:@PLACE|bridges|buildings|cliffs|rooftops)",
            r"(?:tallest|highest) (?:@PLACE|bridges|buildings|cliffs|rooftops) (?:in|near|around|close to)",
            r"(?:bridges|buildings) (?:taller|higher) than|how (?:high|tall) (?:does|do|must|should) (?:a |"
            r"the )?(?:@PLACE|fall|jump) (?:need to |have to )?be",
            r"(?:how many|how much) @PILLS (?:is|are) (?:too (?:many|much)|lethal|fatal|dangerous|an overdose)|"
            r"(?:how many|how much) (?:of )?(?:(?:my|his|her|their|the|mum'?s|mom'?s|dad'?s) )?(?:\w+'s )?@PILLS "
            r"(?:\w+ ){0,3}?(?:is|are|would be|will be|is it) (?:too (?:many|much)|lethal|fatal|dangerous|"
            r"an overdose|enough)|@PILLS [^.?!]{0,40}(?:liver|kidneys?|heart) (?:gives? out|fails?|shuts? down|"
            r"stops?)|how many (?:feet|foot|metres|meters|floors|stor(?:e)?ys) [^.?!]{0,30}?(?:fall|jump|drop|"
            r"survive|die)|how (?:high|tall) (?:is|are) (?:the )?[\w ]{0,30}?(?:@PLACE|bridges|buildings)"
            r"|(?:what time|when) (?:does|do|is) (?:the )?(?:last |next |first )?(?:train|express|intercity)"
            r"[^.?!]{0,40}(?:level crossing|crossing|go through|pass(?:es)? through)|"
            r"(?:lethal|fatal|deadly|toxic) (?:dose|amount) (?:of|for)",
            r"how long (?:does it take|would it take|until you) (?:to )?(?:die|bleed out|suffocate|drown|"
            r"lose consciousness)",
            r"(?:where|how) (?:can|do|could) i (?:buy|get|find) (?:a gun|a rope|helium|charcoal|rat poison)|"
            r"which (?:pills|meds|medication) (?:can|could|would) kill",
            r"(?:open )?(?:rooftop|roof) access|how deep is|(?:is|are) (?:it |they )?(?:really |"
            r"very )?deep(?: enough)?\?|(?:fast|express|through) (?:trains?|ones) (?:don'?t|dont|do not) stop"
            r"|train (?:timetables?|times) (?:for|at|through)|(?:strongest|most dangerous) (?:pills|"
            r"sleeping pills|painkillers|meds)",
        ),
        context=L,
        fallback=L,
    ),
    Rule(
        "recent_attempt",
        H,
        (
            r"(?:i|i'?ve|i have|i had) (?:just |already |recently )?(?:tried|attempted|try|tryed|"
            r"trying) (?:to )?(?:@ACT|@METHOD|die|suicide)",
            r"my (?:last |recent |previous |first |second |third )?(?:@SUICIDE )?attempt(?! (?:at|"
            r"to (?!@ACT)))(?: on my life)?"
            r"|i attempted(?! to (?!@ACT))|survived (?:my|a|an|the) (?:attempt|overdose)",
            r"i (?:jumped|threw @MYSELF) (?:from|off|out of) (?:my |a |the )?(?:[\w-]+ ){0,2}(?:window|bridge|"
            r"roof|balcony|building|car park)|(?:(?:weeks?|months?|days?) ago|last (?:week|month)|"
            r"yesterday)[,]? i (?:took (?:all|a bunch|an overdose)|cut my wrists|hanged)",
            r"i (?:overdosed|od'?d|took an overdose)|(?:had|have) my stomach pumped|"
            r"woke up in (?:the )?(?:hospital|icu|er) after",
        ),
        history=True,
    ),
    Rule(
        "recent_attempt",
        H,
        (
            r"(?:a|the) (?:last |recent |previous |first |second |third )?(?:@SUICIDE )?attempt(?! (?:at|"
            r"to (?!@ACT)))(?: on my life)?",
        ),
        history=True,
        personal=True,
    ),
    Rule(
        "command_hallucination",
        H,
        (
            r"(?:the |a |this |that )?voices? (?:in my head )?(?:keeps? |keep |are |is |won'?t stop |"
            r"always )?(?:tell|tells|telling|told|ordering|orders"
            r"|commanding|commands|want|wants|says?|said|saying|urging|urges|screaming at) (?:me )?(?:to|"
            r"that i (?:should|must|have to|need to))"
            r" (?:@ACT|@METHOD|die|hurt|harm|cut|kill|stab|jump|attack|burn|end)",
            r"(?:the |a )?voices? (?:say|says|said|tell|tells|told|keep saying)[^.!?]{0,60}i (?:have to|must|"
            r"need to|should) (?:stop|hurt|kill|punish|attack|get) (?:him|her|them|myself|@PERSON)",
        ),
    ),
    Rule(
        "harm_to_others",
        H,
        (
            r"(?:@ILL|@WANT|i (?:want|wanna)|i (?:have|get|keep having) (?:thoughts|urges) (?:of|about)|"
            r"i'?m (?:thinking|fantasi[sz]ing) about)"
            r" (?:to )?(?:@KILL|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|hurt|"
            r"hurting|poison|poisoning"
            r"|beat up|beating up) (?:@PERSON)",
            r"(?:i have|i'?ve got|i got|i bought) a (?:gun|knife) (?:for|to use on) (?:@PERSON)|shoot up (?:the|"
            r"my) (?:school|office|work|class)",
        ),
        negatable=True,
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:@ABUSER) (?:hits|beats|hurts|abuses|molests|touches|kicks|chokes|burns|starves|locks up|hit|"
            r"beat|hurt|abused|touched"
            r"|shook|shakes|shaking|squeezes|pinches|grabs|throws|threw)"
            r" (?:my|our|the|his|her|their) @CHILD",
            r"(?:i'?m|i am) (?:afraid|scared|worried|terrified) (?:that )?i(?:'ll| will| might| could|"
            r" may)? (?:hurt|harm|shake|kill|drown|smother|hit) (?:my|the|our) @CHILD",
            r"(?:he|she|my (?:dad|father|stepdad|stepfather|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend)"
            r"|dad|mum|mom) (?:\w+ )?(?:said|says|threatened|threatens|swore) (?:that )?(?:he|she)?(?:'?ll| will| is going "
            r"to| was going to|'?d)? ?(?:to )?kill (?:us|us both|us all|all of us|me and (?:my|the) \w+|the (?:kids|children)|"
            r"my (?:mum|mom|mother|kids|children|little \w+))",
            r"(?:i|i'?ve|i have) (?:hit|shook|shaken|hurt|slapped|burned|choked) (?:my|the|our) (?:baby|toddler|"
            r"infant|newborn|@CHILD)",
            r"(?:i'?m|i am|im) (?:1[0-7]|[5-9]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years old|"
            r" yo| y/o)?\W+(?:and )?"
            r"(?:my )?(?:dad|father|mom|mum|mother|stepdad|stepfather|uncle|parents?|brother|he|"
            r"she) (?:\w+ )?(?:hits|beats|touches|abuses|hurts|rapes|molests) me",
        ),
    ),
    Rule(
        "third_party_risk",
        H,
        (
            r"@THIRD (?:just |has just )?(?:took|taken|swallowed|overdosed)(?: on)? (?:a bunch of |"
            r"all (?:of )?(?:her |his |their )?|too many |\d+ )?@PILLS",
            r"@THIRD (?:is|'?s) (?:standing |sitting )?on (?:the|a) (?:bridge|roof|ledge|edge|railway|tracks)|"
            r"@THIRD (?:sent|texted) (?:me )?(?:a )?goodbye",
        ),
    ),
    # -- modifiers: count only next to another signal, raised in engine.combine ------------------------
    Rule(
        "timeline",
        L,
        (
            r"tonight|tomorrow(?: morning| night)?|today|this (?:weekend|week|evening|afternoon|morning|friday|"
            r"saturday|sunday)"
            r"|right now|in (?:an|a few|\d+) (?:hours?|minutes?)|after (?:the|my) (?:funeral|exam|party|"
            r"birthday)|on my birthday"
            r"|when (?:everyone|they|my (?:parents|family|wife|husband|flatmate|roommate)) (?:is|are|'?s|'?re|"
            r"leaves?|goes) (?:asleep|gone|out|at work|for)|soon|this is the night"
            r"|as soon as|at midnight|at \d+ ?(?:am|pm|o'?clock)|when it'?s dark|rn",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "means_at_hand",
        L,
        (
            r"(?:i (?:have|'?ve got|got|bought|keep|stole|found)|i'?ve (?:got|bought)|there'?s|there are) (?:a |"
            r"the |my |enough |all the |\d+ |some |a bottle of |a bunch of )?"
            r"(?:gun|guns|pistol|rifle|rope|noose|knife|knives|razor|razors|blades?|@PILLS|helium|charcoal|"
            r"poison)",
            r"(?:the |my )?(?:gun|pistol|rope|noose|knife|razor|blade|@PILLS) (?:is|are) (?:right )?(?:here|"
            r"next to me|in front of me|in my (?:hand|pocket|bag|car)|ready|loaded|on the table)",
            r"(?:holding|loaded) (?:a|the|my) (?:gun|knife|razor|blade)|(?:i'?m|i am) (?:standing|"
            r"sitting) (?:on|at) (?:the|a) (?:edge|ledge|bridge|roof|railing|tracks)",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    # -- imminent ----------------------------------------------------------------------------------------
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"i(?:'?ve| have)? (?:just |already )?(?:took|taken|swallowed|downed) (?:all (?:of )?(?:my |the )?|"
            r"a bunch of |a whole (?:bottle|box|pack) of |@COUNT |too many |the whole (?:bottle|box) of )@PILLS",
            r"i(?:'?ve| have) (?:just |already )?(?:taken|had|swallowed) an overdose|i (?:just|already) (?:took|had) "
            r"an overdose|(?:swallowed|took|taken|downed) (?:everything|all the (?:pills|tablets)) (?:in|from) "
            r"(?:the|my|our) (?:medicine |bathroom )?(?:cabinet|drawer|cupboard|box)"
            r"|i(?:'?ve| have)? (?:just )?(?:drank|drunk|swallowed) (?:the |some |a bottle of )?(?:bleach|antifreeze|"
            r"weedkiller|rat poison|poison)",
            r"i(?:'?ve| have)? (?:just |already )(?:cut|slit) my (?:wrists?|throat)|(?:the )?rope is (?:around|"
            r"round) my neck|(?:pills|meds) are (?:kicking in|starting to work)",
            r"(?:swallowed|took|taken|downed|drank) (?:the whole|a whole|an entire|the entire|half the|"
            r"half a) (?:bottle|box|pack|packet|strip|jar)"
            r"|(?:i'?m |i am )?(?:sitting|standing|parked|stood)? ?(?:on|at) (?:the )?(?:ledge|edge of the roof|"
            r"railing|top floor|roof|platform)[^!?]{0,80}?(?:rn|right now|climb over|jump)"
            r"|(?:climbed|climbing) over the (?:railing|fence|barrier|edge)",
            r"(?:in|inside) (?:my|the) car (?:in|inside) (?:the|my|a) (?:closed |shut )?garage[^.!?]{0,30}engine "
            r"(?:is )?(?:running|on)|engine (?:is )?(?:running|on) (?:in|inside) (?:the|my|a) (?:closed |shut )?garage|"
            r"i'?m (?:bleeding out|dying right now)|i(?:'?ve| have)? (?:just )?(?:overdosed|od'?d) (?:and|"
            r"right now|just now|an hour ago|tonight)",
        ),
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (r"(?:i'?m|i am) (?:standing|sitting) (?:on|at) (?:the|a) (?:edge|ledge|bridge|roof|railing|tracks)",),
        context=M,
        fallback=None,
        negatable=False,
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"this is (?:my |a )?(?:final |last )?(?:goodbye|farewell)(?: (?:note|letter|message))?|"
            r"goodbye (?:forever|cruel world|world|everyone,? (?:forever|i'?m sorry))",
            r"by the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds) this|"
            r"this is my (?:last|final) (?:night|words)",
            r"to (?:whoever|anyone who|the person who) (?:reads|finds|is reading) this|i won'?t be (?:here|"
            r"around|alive) (?:tomorrow|much longer|by (?:morning|tomorrow)|anymore to)|(?:tell|"
            r"please tell) my (?:\w+ )?i'?m sorry(?: and i love)",
        ),
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"(?:goodbye|bye|farewell) (?:everyone|all|guys|friends|forever)|thank you for everything|"
            r"this is my (?:last|final) (?:message|post)|(?:tell|"
            r"please tell) (?:my \w+ )?(?:that )?i love (?:them|her|him|you)"
            r"|(?:take care of|look after|feed) (?:my \w+|mum|mom|dad) (?:for me|when i'?m gone)|when i'?m gone|"
            r"(?:it'?s|it is) not (?:your|their|anyone'?s) fault"
            r"|(?:watered|fed|hugged|saw) (?:the|my) \w+ (?:one )?(?:last|final) time",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
    ),
    # Finality: an apology or release from blame that, beside another farewell phrase, is a goodbye
    # even without other risk in the text ("I'm sorry for everything. Don't blame yourselves.").
    Rule(
        "goodbye",
        IMM,
        (
            r"(?:please )?(?:don'?t|do not|dont) blame (?:yourself|yourselves|anyone|each other)"
            r"|(?:it|this|none of this) (?:is|was|'?s)(?:n'?t| not) (?:on you|your fault|anyone'?s fault)"
            r"|none of this is (?:on you|your fault|anyone'?s fault)",
            r"i'?m (?:so )?sorry (?:for|about) everything|please forgive me|it'?s (?:better|easier) (?:for everyone )?"
            r"this way|(?:please )?don'?t come looking(?: for me)?|(?:signing|logging) off (?:for good|forever)",
            r"i won'?t be (?:coming|going) (?:home|back)|i won'?t (?:see|get to see) (?:you|them|her|him) again"
            r"|(?:the )?last (?:thing i'?ll (?:ever )?(?:write|say)|words i)|i love you all",
            r"(?:i'?m|im|i am) (?:so |really |truly )?sorry for being (?:such |so much of )?(?:a burden|so much trouble|"
            r"a disappointment)|(?:goodbye|bye)(?: everyone| all| forever)?(?= ?[.!]* ?$)|"
            r"(?:i'?m|im|i am) (?:so |really |truly )?sorry(?= ?[.!]* ?$)|i'?ve (?:sorted|arranged|taken care of) "
            r"everything(?= ?[.!,]| ?$)|(?:my|the) (?:cat|dog|cats|dogs|pets?) (?:is going|are going|goes|will go) "
            r"to (?:my|live with)(?![^.!?]{0,40}(?:when|while|whilst|if|during|for (?:the|a)|this|next|over the|"
            r"holiday|vacation|away|trip))",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
        mutual=True,
    ),
)

# Phrases that look like risk and are not. A signal overlapping one of these is dropped.
GUARDS: tuple[Guard, ...] = (
    Guard(
        "idiom",
        (
            r"(?:want to|wanna|would|could|gonna|going to|about to|i'?ll|i'?m going to) die (?:of|"
            r"from) (?:embarrassment|shame|laughter|laughing"
            r"|boredom|cringe|cuteness|happiness|excitement|joy|jealousy)|die (?:laughing|happy|old|rich|famous|"
            r"with my boots on)",
            r"(?:want to|wanna) die (?:old|happy|in my sleep at \d+)|(?:i'?m |i am )?dying (?:to|for|"
            r"of laughter|laughing)"
            r"|kill (?:for|time|the (?:lights|mood|vibe|process|engine|app|music|bug|task|job|server))",
            r"(?:the|this|that|my|these|those|your) (?:deadline|job|work|boss|heat|commute|traffic|exam|"
            r"homework|feet|back|cold|hangover"
            r"|suspense|wait|music|song|show|game|shoes|kids|commute) (?:is|are|was|were|'?s) (?:literally |"
            r"actually |honestly |really |just )?killing me",
            r"(?:my|his|her|the) (?:mom|mum|mother|dad|father|wife|husband|boss|teacher|coach|girlfriend|"
            r"boyfriend|parents) (?:is|are|will|'?s) (?:gonna|going to) kill me",
            r"end (?:it|things) with (?:him|her|them|my \w+)|(?:murder|kill) (?:a|an|some) (?:pizza|burger|beer|"
            r"pint|coffee|curry|kebab|steak|sandwich|drink)",
            # A petty trigger makes a threat hyperbole: "I'll kill my brother if he eats my leftovers again".
            r"(?:kill|murder|strangle|end) (?:@PERSON|my \w+)(?: \w+)? if (?:he|she|they|you) (?:\w+ )?(?:eats?|"
            r"touch(?:es)?|takes?|steals?|finish(?:es)?|drinks?|uses?|borrows?|spoils?|moves?|hides?|"
            r"breaks?) (?:my|the|our) (?:\w+ ){0,2}(?:leftovers|food|fries|snacks?|chocolate|cake|pizza|"
            r"charger|stuff|clothes|hoodie|remote|seat|spot|coffee|lunch|milk|beer|wine|show|series|"
            r"episode|game|netflix|password)",
            r"suicide (?:squad|prevention|awareness|hotline|rates?|statistics|watch|doors?|mission|run|burn)|"
            r"(?:the )?suicide (?:of|in) (?:the|a) (?:character|main)",
            r"cut (?:@MYSELF|myself) (?:a|some|another) (?:slice|piece|break|some slack)|(?:cut|"
            r"hurt) @MYSELF (?:shaving|cooking|while (?:cooking|shaving|chopping))"
            r"|(?:cut|hurt|burned|burnt) @MYSELF (?:on (?:a|the) (?:knife|glass|paper|oven|stove|pan)|"
            r"at the gym|playing|running|skiing|by accident|accidentally)",
            r"overdos(?:e|ed|ing) on (?:coffee|caffeine|sugar|chocolate|netflix|tv|anime|carbs|candy|cake|pizza|"
            r"memes)",
            r"kill (?:it|them all) (?:at|on|in)|killing it|killed it|(?:jump|jumping) off (?:the|"
            r"a) (?:diving board|boat|dock|pier) (?:into|for)",
            r"(?:hang|hanging) out|(?:shoot|shot) (?:me|you|him|her) (?:a|an) (?:message|text|email|dm)",
            r"the (?:voices|voice) (?:of|from) (?:reason|the people|my (?:kids|children)|customers|the team)|"
            r"voice (?:actors?|notes?|memo|message|assistant|chat|call)",
        ),
    ),
)

# Sentence-level context words, used by guards in engine.py.
MEDIA = (
    r"movie|film|book|novel|series|show|episode|season|song|lyrics|game|video game|character|plot|scene|"
    r"anime|manga|netflix"
    r"|documentary|play|musical|chapter|story|fanfic|podcast|article|news|villain|protagonist|narrator|"
    r"actor|actress|poem|essay|lecture"
)
HUMOUR = r"lol+|lmao+|lmfao|rofl|haha\w*|hehe\w*|jk|j/k|/j|/hj|xd+|😂|🤣|💀|😆"
TRIVIAL = (
    r"exam|exams|test|quiz|homework|essay|class|lecture|meeting|deadline|monday|mondays|traffic|commute|"
    r"email|zoom|teams|boss|shift|hw|math|maths|assignment|coursework"
    r"|this song|this game|the game|match|episode|finale|cringe|embarrass\w*|awkward|hangover|wifi|printer|"
    r"my team|spoiler|spoil|taxes"
)
HISTORY = (
    r"years ago|(?:\d+|a few|few|many|several|two|three|four|five|ten) years (?:ago|back)|"
    r"when i was (?:a kid|a child|young|little|a teen\w*|\d+|in (?:high )?school)|as a (?:kid|child|"
    r"teen\w*)|in (?:19|20)\d\d|long ago|a long time ago"
)
# Professional or academic talk about the topic ("my dissertation on suicide prevention").
PROFESSIONAL = (
    r"dissertation|thesis|research|study|studies|paper|lecture|training|course|workshop|policy|statistics|"
    r"rates?"
    r"|prevention|postvention|awareness|campaign|webinar|article|literature|evidence|module|curriculum|"
    r"guidelines?|students?|essay|chapter|textbook|exam question|case study|risk (?:assessments?|factors)"
    r"|patients?|presentations|safeguarding|protocol|placement|supervision|clinicians?|gps?|nurses?"
    r"|asked (?:me )?(?:about|if|whether)"
)
FIRST_PERSON = r"i|i'?m|im|i'?ve|i'?d|i'?ll|me|my|mine|myself"
NEGATORS = (
    r"not|never|no|nor|neither|without|hardly|don'?t|dont|doesn'?t|didn'?t|won'?t|wont|wouldn'?t|"
    r"can'?t|cant|cannot|isn'?t|aren'?t|wasn'?t|shouldn'?t|ain'?t|n't"
)
# Phrases with a negation word that do not negate what follows.
PSEUDO_NEGATION = (
    r"not (?:sure|only|just|even sure|gonna lie|going to lie)|ngl|no (?:one|longer|more|reason|point|"
    r"way out|idea|matter)"
    r"|(?:don'?t|dont|do not) (?:know|care|think i can|see|want to be here)|(?:can'?t|cant|cannot) (?:stop|"
    r"help|wait|take|go on|handle|cope)|never (?:stop|ending|felt)"
    # the risk itself contains a negation: "fantasising about not being alive", "disappear and never come back"
    r"|not (?:being|be) (?:here|alive|around)|not exist(?:ing)?|(?:not|never) (?:wake|waking|woke) up|"
    r"never (?:come|coming) back"
)
SUBJECTS = r"i|i'?m|im|i'?ll|i'?d|i'?ve|you|he|she|we|they|it"
CONJUNCTIONS = r"but|and|because|cause|cuz|so|although|though|yet|however|except|until|unless|or"

# -- generalised families ----------------------------------------------------------------------------
# The phrasings above were written against one set of wordings. These families are written from the
# C-SSRS logic instead: a wish or thought about death (any wording, with filler words between the
# parts), then the components that raise it — a method named near it, a plan, intent, a time, the
# means at hand — each counted in its own sentence or a neighbouring one, so "I want to die. The
# pills are in the drawer. Tonight." composes to imminent in ``engine.combine``. Words that are only
# risk beside a wish to die ("the bridge", "my pills") are context rules that need a suicidal anchor
# (``needs``): never beside abuse or an eating disorder alone.
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
        "FILL": r"(?:(?:just|really|honestly|kinda|kind of|sort of|sometimes|still|so|actually|literally|lowkey|"
        r"genuinely|seriously|often|always|basically|fr|tbh|ngl|even|simply|quite|secretly|more and more|"
        r"again|also|truly|almost|every (?:day|night)|most (?:days|nights)|all the time|a lot) )*",
        "WISHV": r"want(?:ed|s)?|wanna|wnat|wamt|wana|wish(?:ed|ing)?|hop(?:e|ed|ing)|pray(?:ed|ing)?|"
        r"would (?:like|love|rather)|'?d (?:like|love|rather)|long(?:ing)?|keep (?:wishing|hoping|praying)",
        "DEAD": r"die|di|dye|be dead|be gone (?:forever|for good)|stop existing|cease to exist|stop being alive|"
        r"disappear (?:forever|for good|permanently|and never come back)|vanish (?:forever|for good)|"
        r"sleep forever|fall asleep forever|be unalive|unalive @MYSELF|be with (?:my )?(?:mum|mom|dad|nan|gran|"
        r"grandad|grandma|husband|wife|him|her) again|not be (?:here|around|alive)|not exist(?: any ?more)?",
        "THINKV": r"think(?:ing|in)?|thnik(?:ing)?|thought|thoughts|fantasi[sz](?:e|ing|ed)|dream(?:ing|t|ed)?|"
        r"obsess(?:ing|ed)?|wonder(?:ing)?|ruminat\w*",
        "DEATHN": r"@ACTING|dying|death|being dead|not being (?:here|alive|around)|not existing|not waking up|"
        r"ending (?:it|things|my life|it all|everything)|(?:the )?sewer ?slide|killin @MYSELF|kil{1,2}ing @MYSELF|"
        r"taking my (?:own )?life|unaliving|checking out",
        # lethal means named beside a wish; everyday objects (a bridge, the kitchen knives, "my meds") are not
        # enough alone: "I want to stop my meds, I wish I could disappear" is a wish, not a method
        "MNOUN": r"overdose|overdosing|od|rope|noose|ligature|razor|razors|blades?|gun|shotgun|rifle|pistol|"
        r"(?:train |railway )?tracks|railway line|train line|exhaust|charcoal|helium|hanging|jumping|drowning|"
        r"high enough|(?:that|the) drop|(?:using|use|take|taking|swallow(?:ing)?|down(?:ing)?) (?:all )?(?:of )?(?:the |"
        r"my |his |her |mum'?s |mom'?s |dad'?s )?(?:\w+ )?@PILLS|(?:all|every one of|the whole (?:box|bottle|pack) of) "
        r"(?:my |the )?@PILLS",
        "TIMEW": r"tonight|tonite|2nite|2night|tomorrow|tmrw|tmr|tomoz|today|this (?:evening|afternoon|morning|"
        r"weekend|week)|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"(?:at|over) the weekend|later (?:today|tonight|on)|right now|rn|in (?:an|a few|\d+|one|two) "
        r"(?:hours?|minutes?|mins?)|as soon as|when it gets dark|once it'?s dark|at midnight|at \d+",
    }
)
_FAMILIES: tuple[Rule, ...] = (
    # wish to be dead, any order of filler words ("I keep wishing I could go to sleep and not come back")
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:@WISHV)(?: (?:that|if))?(?: i(?: could| would|'?d| can| was| were)?| to| 2)?"
            r" @FILL(?:@DEAD)",
            r"(?:tired|sick|exhausted|worn out|weary) (?:of|by|from) (?:being alive|existing|living|life|being here)"
            r"|being alive (?:has )?(?:worn|wears|tires|tired) me out|had enough of (?:being alive|living|life|existing)"
            r"|(?:being )?dead (?:sounds|seems|looks|feels) (?:\w+ )?(?:peaceful|nice|good|better|easier|quiet|"
            r"appealing|tempting|like (?:a )?relief)|death (?:sounds|seems|looks|feels) (?:\w+ )?(?:peaceful|nice|"
            r"good|better|easier|appealing|tempting|like (?:a )?relief)",
            r"(?:god|the lord|jesus|the universe|someone up there)[^.!?]{0,40}(?:take|takes|taking|come for|call|"
            r"calls) me(?: (?:early|soon|now|already|in my sleep|home))?(?= ?[.!,]| ?$| early| soon| now| already|"
            r" in my sleep| home)|(?:would |'?d )?welcome (?:the end|death|it)(?: whenever| when| if| soon)",
            r"(?:want|wish) (?:life|it all|this life|everything|living) (?:to be )?over(?: for good| forever| already)?"
            r"|(?:i )?want out(?: of (?:life|this life|living|existing|being alive))(?!\w)",
        ),
    ),
    Rule(
        "passive_death_wish",
        M,
        (
            r"(?:wish|hope|pray|keep (?:wishing|hoping|praying))(?:ing|ed)?(?: that)? i @FILL"
            r"(?:could |would |'?d )?(?:go to sleep|fall asleep|sleep) and @FILL(?:not|never) (?:wake up|"
            r"come back|open my eyes)",
            r"(?:pray|hope|wish)(?:ing)?(?: that)? i (?:dont|don'?t|do not|won'?t|wont|will not|never) (?:open my eyes|"
            r"wake up|make it|see (?:another|next|the morning))",
            r"(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?i @FILL(?:won'?t|wont|will not|don'?t) be "
            r"(?:here|around|alive) (?:next|by|in|for|much)",
            r"(?:if (?:i (?:got|get|was|were) (?:hit|run over|killed)|(?:a|the) (?:bus|car|lorry|truck|train|plane) "
            r"(?:hit|hits|clipped|ran over|went down|goes down|crashed)|something (?:happened|happens) to me)"
            r"[^.!?]{0,60}(?:wouldn'?t|would not|won'?t|wouldnt) (?:\w+ ){0,2}(?:mind|care|be (?:\w+ )?(?:sad|bothered|"
            r"upset)|fight it))"
            r"|(?:wouldn'?t|would not|won'?t|wouldnt) (?:\w+ ){0,2}(?:mind|care|be (?:\w+ )?(?:sad|bothered|upset)|"
            r"fight it) (?:\w+ ){0,2}if (?:i (?:got|get|was|were) (?:hit|run over|killed)|(?:a|the) (?:bus|car|lorry|"
            r"truck|train|plane) (?:hit|hits|clipped|ran over|went down|crashed)|something (?:happened|happens) to me)",
            r"no longer see the point (?:of|in) (?:carrying on|going on|living|life|being here|anything)",
            r"(?:lost|have no|no) (?:all )?(?:wish|desire) to (?:go on|carry on|live|keep living|keep going)",
            r"lost (?:all )?(?:the )?will to (?:go on|carry on|live|keep living|keep going)",
        ),
        negatable=False,
    ),
    Rule(
        "hopelessness",
        M,
        (
            r"(?:would|'?d|will) (?:honestly |probably |all |genuinely )?(?:be|have) (?:\w+ ){0,3}(?:better off|easier|"
            r"happier|lighter|calmer)(?: \w+){0,4} (?:without me|if i (?:wasn'?t|weren'?t|was not|were not) (?:in it|here|"
            r"around|alive|there)|with (?:a|an|another) \w+ who (?:isn'?t|is not|wasn'?t) me)",
            r"(?:i'?m|i am|im) (?:just |only )?(?:a )?waste of (?:space|air|oxygen|a life)|what'?s (?:even )?the point of me"
            r"|no (?:version of (?:the|my) )?future (?:where|in which) i'?m (?:ok|okay|fine|happy|alive)"
            r"|nothing (?:is )?(?:ever )?(?:going to|gonna|will) ever (?:get|be) better|nothing is ever (?:going to|"
            r"gonna) (?:get|be) better|it'?s never (?:going to|gonna) get better",
        ),
        negatable=False,
    ),
    Rule(
        "suicidal_thoughts",
        M,
        (
            r"(?:@THINKV)(?: (?:a lot|lots|more|so much|constantly|all the time|again))? (?:about|of|abt|bout|on) "
            r"(?:\w+ ){0,2}?(?:@DEATHN)",
            r"(?:@DEATHN|@SUICIDE|suicide|killing @MYSELF)(?: \w+){0,3}? (?:keeps? (?:crossing|coming (?:up )?into|popping "
            r"(?:up )?into|creeping into|going through|coming up in) (?:my|me) (?:mind|head)|(?:crosses|crossed|comes into|"
            r"came into|comes up in|came up in|pops into|popped into|is on|has been on|been on|stays on) (?:my|me) "
            r"(?:mind|head))",
            r"(?:should|could|might) (?:just )?(?:@ACT|check out)(?= ?[.!,?]| ?$| and| or| for good| already)",
            r"(?:part of me|i) @FILL(?:wants|want) to @FILL(?:@ACT)|(?:want|wanna|going to|gonna) (?:just )?check out"
            r"(?= for good| permanently| of life| ?[.!]| ?$)",
            r"(?:so|again|very|really|super|feeling|feel|been|getting|get) @SUICIDAL|@SUICIDAL (?:again|agian|tonight|"
            r"tonite|today|af|rn)",
            r"(?:googl|search|look)\w* (?:up )?(?:@SUICIDE (?:hotlines?|methods?|notes?)|how to die|ways to die)",
        ),
    ),
    # a method named beside a wish or thoughts: thoughts with a method (C-SSRS item 3)
    Rule(
        "method",
        H,
        (
            r"(?:(?:jump|jumping|jumped|leap|leaping|step|stepping|throw|throwing) (?:off|from|in front of|under|"
            r"onto) (?:\w+ ){0,3}?(?:bridge|roof|building|cliff|balcony|car park|multi-?storey|tower|platform|trains?|"
            r"tracks|traffic|bus|lorry|truck|flats?|window|ledge|overpass|edge))|@MNOUN",
        ),
        context=M,
        window=1,
        needs=METHOD_ANCHORS,
    ),
    Rule(
        "method",
        H,
        (
            r"(?:@THINKV|keep (?:picturing|imagining|seeing)|picture|imagine|tempted) (?:about |of |abt |bout )?"
            r"(?:\w+ ){0,2}?(?:@MYSELF |me )?(?:jumping|stepping|throwing @MYSELF|driving|steering|crashing|walking|"
            r"hanging @MYSELF|overdosing|slitting|drowning @MYSELF|swallowing (?:all|the lot|every))(?: \w+){0,4}? "
            r"(?:off|in front of|into|under|from|onto|my wrists|the lot|them all|the whole)(?: \w+){0,3}? "
            r"(?:bridge|roof|building|cliff|balcony|car park|platform|trains?|tracks|traffic|bus|lorry|truck|flats|ledge|"
            r"canal|river|wall|tree|pillar|motorway|quarry|edge|box|bottle|pills|tablets|meds)",
            r"(?:@THINKV) (?:about|of|abt|bout) jumping(?= ?[.!]| ?$| off| from| in front)",
            r"(?:tracks|bridge|railway|train line|pills|tablets|rope|river|canal|roof|cliff|quarry)[^.!?]{0,60}"
            r"(?:look|looks|looking|seem|seems|started to look|starting to look) like (?:an? |the |my )?(?:only )?"
            r"(?:answer|way out|solution|option|escape|exit)",
            r"(?:i'?d|i would|if i did it,? i'?d) (?:use|take|do it with) (?:the|my|his|her|dad'?s|mum'?s) "
            r"(?:@PILLS|gun|rope|knife|razor|car)",
        ),
    ),
    Rule(
        "method",
        H,
        (
            r"(?:reading|read|looked up|looking up|googled|googling|researching|researched) (?:about |up )?(?:how much|how many|"
            r"which) (?:@PILLS|insulin|paracetamol|tablets)",
        ),
        context=M,
        window=1,
        needs=METHOD_ANCHORS,
    ),
    # intent: a decision, the act announced ("I'm ending it"), anaphora after a wish
    Rule(
        "intent",
        H,
        (
            r"(?:i'?m|im|i am) (?:ending (?:my (?:own )?life|it all|it)(?! with)|killing @MYSELF|taking my (?:own )?life)"
            r"|(?:decision'?s|decision is|decision has been|mind'?s|mind is) made(?: up)?[^.!?]{0,10}(?:@ACT|i'?m @ACT|"
            r"ending|i'?m going)",
            r"(?:@ILL|i'?m (?:gonna|going to)) @FILL(?:(?:end|take) my (?:own )?life|unalive @MYSELF|@KILL @MYSELF)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"made (?:up )?my (?:mind|decision)|(?:my )?(?:decision|mind)(?:'s| is| has been) made(?: up)?|"
            r"(?:it'?s|it is) decided|done arguing with myself|i mean it this time|(?:not|n'?t) (?:going to|gonna) be "
            r"(?:around|here|alive) (?:much |for )?(?:longer|long|after)|(?:i'?m|im|i am) (?:doing|going to do) it"
            r"(?: (?:now|tonight|today|rn|later|soon|when|after|before|as soon as))?",
            r"(?:i'?m|im|i am) (?:going to|gonna) (?:swallow|take|down|drink) (?:all (?:of )?)?(?:them|it|the lot|"
            r"them all|every (?:one|last one)|the pills|the tablets)|all i (?:have|need) to do (?:now )?is "
            r"(?:swallow|take) them|(?:starting|doing it|going) (?:tonight|at \d+|in an hour)",
        ),
        negatable=False,
        context=M,
        window=2,
        fallback=None,
        needs=SUICIDAL_CODES,
    ),
    # a plan: the how, where or when worked out; preparations beside a wish or thoughts
    Rule(
        "plan",
        H,
        (
            r"(?:worked|figured|planned) out (?:exactly )?(?:how|when|where) (?:i'?d|i would|i'?ll|i will|i'?m going "
            r"to|to) do it|i know (?:exactly )?(?:how|where|when)(?: and (?:how|where|when))? i(?:'?d| would) (?:do it|use)",
            r"(?:stockpil|hoard|stash)\w* (?:of )?(?:my |the |some )?(?:@PILLS)|(?:a )?stash of @PILLS|@PILLS "
            r"(?:hidden|stashed|saved up|squirrelled away)",
            r"(?:i )?(?:have|'?ve got|got|made|'?ve made) (?:a|the|my) plan (?:for )?(?:how|to) (?:i'?d |i would |i'?ll )?"
            r"(?:@ACT|do it|die)",
        ),
    ),
    Rule(
        "plan",
        H,
        (
            r"(?:i )?(?:have|'?ve got|got|made|'?ve made|have made) (?:a|the|my) plan|(?:worked|figured|planned) out "
            r"(?:exactly )?(?:how|when|where|the)|i know (?:exactly )?(?:how|when|where|which \w+)|(?:picked|chosen|chose|"
            r"set|decided on) (?:a|the|my) (?:date|day|time|place|spot|bridge|method)|(?:wrote|written|writing|left) "
            r"(?:a |my |the )?(?:note|letters?)|(?:researched|looked up|googled) (?:it|how|which)|"
            r"giv(?:e|ing|en) (?:away )?my (?:things|stuff|belongings) away|(?:updated|wrote|made) my will|"
            r"(?:sorted|put) (?:out )?(?:all )?my affairs|bought (?:a|the) (?:rope|knife|razor|blades?|gun)",
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
            r"@TIMEW|when (?:my )?(?:parents|mum|mom|dad|they|everyone|the house|the kids|my \w+) (?:\w+ )?(?:go|goes|"
            r"leave|leaves|are|is|gets?|get) (?:\w+ )?(?:out|away|asleep|to bed|to work|quiet)|after (?:work|school|"
            r"dinner|the funeral|everyone)|before (?:work|school|morning)|when this (?:message )?sends",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "means_at_hand",
        L,
        (
            r"(?:@PILLS|rope|noose|knife|knives|razor|blade|gun|tablets)(?: \w+){0,2} (?:is|are|'s|'re) (?:\w+ )?"
            r"(?:in my (?:hand|hands|pocket|bag|room|car|boot|lap)|next to me|beside me|right here|here|on the (?:desk|"
            r"side|table|bed|counter)|in the (?:\w+ )?(?:boot|car|drawer|cupboard|cabinet|safe|loft|garage|shed)|ready|"
            r"counted out)|have them (?:right )?(?:here|with me|next to me)|i (?:have|'?ve got) everything i need"
            r"|(?:in|on) my (?:hand|hands|lap)(?= ?[.!,]| ?$)|(?:bought|got) (?:the|a) (?:rope|noose|razor|blades)",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    # attempts under way and recent attempts, any wording with a quantity and a moment
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"(?:took|taken|swallowed|downed) (?:\w+ ){0,2}?(?:all (?:of )?(?:my |the )?|the whole (?:box|bottle|"
            r"pack|packet|strip|lot)|the lot|every|\d{2,} |twenty |thirty |forty |fifty |a load of |loads of |"
            r"a bunch of |everything)(?:@PILLS|pils|of them)?[^.!?]{0,30}(?:ago|just now|rn|right now|a minute|"
            r"earlier tonight|tonight)",
            r"(?:i'?m|im|i am) (?:\w+ )?(?:on|at) (?:the )?(?:railway(?: line)?|train tracks|tracks|rails|edge of the "
            r"roof|ledge)(?: \w+){0,2} (?:rn|right now|now)|(?:standing|sitting|stood) on the (?:edge|ledge|railing) "
            r"(?:of (?:the|a) (?:roof|bridge|building) )?(?:right )?now",
            r"cut[^.!?]{0,40}(?:won'?t|wont|doesn'?t|will not|isn'?t|can'?t) stop(?:ping)? (?:the )?bleeding|"
            r"car'?s (?:running|on) in the (?:closed |shut )?garage",
        ),
        negatable=False,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (r"(?:i'?m|im|i am) (?:standing|stood) on (?:the|a) (?:chair|stool)|(?:i'?ve|i have) tied the (?:rope|belt)",),
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
            r"(?:i |i'?ve |i have )?(?:tried|attempted) to (?:@ACT|end it|hang @MYSELF|"
            r"overdose|od|drown @MYSELF|take my (?:own )?life|unalive @MYSELF)(?! with)",
            r"(?:after|since|because) (?:i|my) (?:overdosed|od'?d|overdose|attempt)|(?:took|swallowed) (?:a load|loads|"
            r"a bunch|a lot|lots|a handful|handfuls) of (?:my )?@PILLS(?: \w+){0,3}? (?:on|last|yesterday|ago|and)",
        ),
        history=True,
    ),
    Rule(
        "self_harm",
        M,
        (
            r"(?:urges?|need|want(?:ing)?|itch) to (?:sh|self[- ]?harm|hurt @MYSELF|burn @MYSELF|cut(?= ?[.!,]| ?$| again|"
            r" @MYSELF| tonight))|(?:the )?sh urges?",
            r"(?:hitting|punching|burning|scratching|hurting) @MYSELF(?: \w+){0,4}? (?:when|till|until|with|every|again|"
            r"in the face)|punch\w* (?:the )?walls? (?:till|until) (?:my )?(?:\w+ )?bleed|used to (?:cut|burn @MYSELF|sh)",
            r"(?:fresh|new|deep) (?:cuts|scars|wounds|burns) (?:on|in) my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)|"
            r"open (?:them|my scars|the cuts|my cuts|the scars) (?:up|again)",
            r"relapsed[^.!?]{0,60}(?:razor|blade|cut|cutting|sh)|(?:hold|held|press) (?:a )?lighter (?:against|to) "
            r"(?:my )?(?:arm|forearm|skin|wrist|leg)",
        ),
    ),
    Rule(
        "eating_disorder",
        M,
        (
            r"(?:binge|binging|bingeing) (?:and|then) (?:i )?purg\w*|purg(?:e|ing|ed) (?:after|every|again|most)|"
            r"chew and spit|(?:taking|take|took) laxatives|laxatives (?:to|after|so)|(?:under|below) \d+ ?(?:cals?|"
            r"calories|kcal)|\d+ ?(?:cals?|kcal) (?:today|yesterday|max)|goal weight|water fast\w*",
            r"burn off (?:the|that|my) (?:apple|banana|toast|biscuit|meal|dinner|lunch|breakfast)|(?:allowed|let "
            r"myself have) (?:any )?food|skipped (?:dinner|lunch|breakfast|meals?) (?:again )?and (?:ran|went|did)",
        ),
    ),
    Rule(
        "abuse",
        M,
        (
            r"(?:i'?m|im|i am) not allowed to (?:see|go out|leave|talk to|have|call) (?:my )?(?:friends|family|mum|mom|"
            r"anyone|the house|money)|(?:takes|keeps|controls) (?:all )?(?:my|the) (?:bank ?card|money|wages|passport|"
            r"finances)|checks my phone every|comes into my (?:room|bed) (?:at night|when)",
            r"(?:@ABUSER) (?:\w+ )?(?:pushed|shoved|kicked|punched|strangled|choked|slapped|threw) me (?:down|against|"
            r"into|to the|off|across|so hard)|forced me (?:to|into) (?:have )?sex|locks? me (?:out|in)",
            r"(?:said|says|threatened) (?:that )?(?:if i tell|he'?ll|she'?ll|he would|she would)[^.!?]{0,30}(?:hurt|"
            r"kill|hit) me",
        ),
    ),
    Rule(
        "third_party_risk",
        M,
        (
            r"@THIRD (?:\w+ ){0,3}?(?:says|said|told me|texted|wrote|posted|keeps saying|is saying|was saying|saying)"
            r"(?: (?:to me|me))?(?: that)?(?: (?:he|she|they))? (?:\w+ ){0,3}?(?:wants? to (?:die|kill (?:him|her|them)"
            r"sel(?:f|ves)|end it|unalive)|doesn'?t see the point in (?:living|life)|wish(?:es)? (?:she|he|they)'?d never "
            r"been born|(?:'?ll|will|might|is going to|gonna) (?:just )?(?:end it|kill (?:him|her)self))",
            r"(?:diary|journal|notebook)[^.!?]{0,40}(?:wants? to die|kill (?:him|her)self|end (?:his|her) life)",
            r"@THIRD (?:\w+ ){0,3}?(?:says|said|told me|texted|keeps saying|threatens|threatened) (?:that )?(?:he|she|"
            r"they)(?:'?ll| will| might| is going to| gonna) (?:just )?(?:end it|kill (?:him|her|them)sel(?:f|ves)|end "
            r"(?:his|her|their) life)",
        ),
        negatable=False,
    ),
    Rule(
        "command_hallucination",
        H,
        (
            r"(?:the |a |this |that )?voices? (?:\w+ ){0,3}?(?:tell|tells|telling|say|says|saying|command|commands|"
            r"order|orders|want|wants)(?: me)? (?:that )?(?:i (?:have to|must|should|need to|gotta|got to)|to) "
            r"(?:\w+ ){0,4}?(?:jump|die|kill|hurt|cut|burn|set|stab|drown|end|harm|attack|poison)",
            r"(?:keep|kept|keeps) telling me (?:that )?(?:i (?:have to|must|should)|to) (?:\w+ ){0,3}?(?:jump|die|kill|"
            r"hurt|cut|burn|stab|drown)[^.!?]{0,40}voices?",
        ),
    ),
    Rule(
        "harm_to_others",
        H,
        (
            r"(?:going|coming|go) (?:over )?(?:there|round|to (?:his|her|their) (?:house|place|flat)) with (?:a|my|the) "
            r"(?:hammer|knife|bat|gun|machete|crowbar)|(?:poison|poisoning) (?:my|his|her|the) \w+'?s? (?:coffee|tea|"
            r"food|drink)|want (?:him|her|them) to end up in (?:hospital|a&e|the ground|a coffin)",
            r"i swear (?:i'?m|im|i'?ll|i will|i am) (?:going to |gonna )?(?:stab|kill|hurt|shoot|batter) (?:him|her|them)",
        ),
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:leave|leaves|left) (?:their|her|his|my|the|our) (?:\w+ )?(?:toddler|baby|child|kids?|son|daughter|"
            r"\d+ ?(?:year|yr)[- ]old)(?: \w+){0,3}? (?:alone|on (?:their|her|his) own|in the car)|left (?:her|him|them) "
            r"in the car for hours",
            r"(?:hit|hits|beat|beats|kicked|kicks|punched|smacked|shook|shakes|burned|burnt) (?:my|our|his|her|the) "
            r"(?:baby|little|younger|\d+ ?(?:year|yr)[- ]old) ?(?:brother|sister|son|daughter|boy|girl|kid|child)?",
        ),
    ),
    Rule(
        "goodbye",
        IMM,
        (
            r"look after (?:mum|mom|dad|my \w+|the \w+|him|her) for me|(?:he|she|they) can have my \w+|i won'?t be "
            r"needing (?:another|any more|the next) (?:appointment|session)|won'?t be a (?:problem|burden) (?:any ?more|"
            r"after)|i couldn'?t (?:keep going|go on|do it any ?more)|please give \w+ my love|(?:love|luv) (?:u|you) "
            r"(?:all|guys)|thank(?:s| you) for (?:trying|putting up with me)",
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
            r"(?:it'?s|its|it is) (?:nobody'?s|no one'?s|noones|not (?:ur|your|anyone'?s)) fault|bye (?:guys|all|"
            r"everyone)|tell (?:my \w+(?: \w+)?|mum|mom|dad|him|her|them) (?:that )?i'?m sorry|if you find this,? i'?m "
            r"sorry|i'?ll be gone",
        ),
        context=M,
        window=3,
        fallback=None,
        negatable=False,
        mutual=True,
    ),
)
RULES = (*RULES, *_FAMILIES)

# Third round, from the C-SSRS items again (preparation, attempts under way, children in danger):
# phrasings that need no death word because the act itself is named.
_FAMILIES_3: tuple[Rule, ...] = (
    Rule(
        "intent",
        H,
        (
            r"(?:unaliving|killing @MYSELF|ending it all|ending my life|kms|ctb) (?:\w+ )?@TIMEW",
            r"(?:\d{2,}|all (?:my|the)|a (?:bottle|box|pack|packet) of|enough) (?:\w+ )?(?:@PILLS|pills|tablets)[^!?]{0,100}?"
            r"(?:@ILL|i'?m going to|i'?m gonna|im gonna) @FILL(?:take|swallow|down) (?:them|it)(?!\w)",
        ),
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:@ILL|i'?m going to|i'?m gonna|i want to|i wanna) (?:go and )?join (?:her|him|them|my \w+)(?= ?[.!,]| ?$| in "
            r"heaven| up there| soon| there| after| when)",
        ),
        context=L,
        window=2,
        fallback=None,
    ),
    Rule(
        "attempt_in_progress",
        IMM,
        (
            r"(?:i'?ve|i have|i) (?:just )?(?:taken|swallowed|took) (?:them all|all of them)(?= ?[.!]| ?$)|(?:on|to) the "
            r"(?:wrong|other) side of the (?:railing|fence|barrier|rail)|cut (?:\w+ ){0,3}deep[^.!?]{0,40}(?:won'?t|wont|"
            r"doesn'?t|isn'?t|can'?t) stop",
        ),
        negatable=False,
    ),
    Rule(
        "plan",
        H,
        (
            r"(?:rope|belt|noose|cord|cable) (?:\w+ ){0,4}(?:tied|attached|fixed|knotted) to the (?:banister|bannister|beam|"
            r"loft hatch|door|rail|hook|pipe|tree)|practi[sc]\w* (?:tying )?(?:the|a) (?:noose|knot for)|my (?:suicide|"
            r"goodbye) (?:note|letter) is|i know (?:exactly )?(?:how and where|where and how|how and when|when and how)"
            r"(?= ?[.!,]| ?$| when| if| i'?d| i will| i'?ll)",
        ),
    ),
    Rule(
        "plan",
        H,
        (
            r"(?:letters?|notes?) (?:are|is) (?:all )?(?:written|done|ready)|everything'?s (?:sorted|arranged|in order|"
            r"ready)|(?:it'?s|everything is) all (?:sorted|arranged|planned)|(?:waiting|wait) for the right (?:moment|time|"
            r"day)|(?:just )?need the right (?:day|moment|time)",
        ),
        negatable=False,
        context=IMM,
        window=2,
        fallback=None,
        mutual=True,
    ),
    Rule(
        "means_at_hand",
        L,
        (
            r"(?:they'?re|they are|it'?s|it is) (?:all )?(?:in|on|next to|beside) (?:a |my |the )?(?:bag|box|drawer|bed|"
            r"desk|table|hand|pocket)(?: on (?:my|the) (?:bed|desk|table))?",
        ),
        negatable=False,
        context=M,
        window=1,
    ),
    Rule(
        "command_hallucination",
        H,
        (
            r"voices? (?:\w+ ){0,3}?(?:says?|tells? me|telling me|saying)[^.!?]{0,40}(?:should|must|have to|need to|deserve "
            r"to) (?:\w+ ){0,3}?(?:die|kill|hurt|cut|burn|jump|drown|stab|put my hand)|voices? (?:\w+ ){0,3}?(?:tell|tells|"
            r"telling) me to (?:put|hold) my (?:hand|arm|fingers)",
        ),
    ),
    Rule(
        "child_at_risk",
        H,
        (
            r"(?:leave|leaves|left) (?:their|her|his|my|the|our) (?:\w+ )?\d+[- ]?(?:year|yr|month)s?[- ]old(?: \w+){0,3}? "
            r"(?:alone|on (?:their|her|his) own|in the car)|(?:gives?|gave|giving) (?:her|his|their|the|my) (?:\w+ )?"
            r"(?:baby|toddler|son|daughter|kid|child|\d+[- ]?year[- ]old) (?:\w+ ){0,2}?(?:sleeping pills|pills|vodka|"
            r"alcohol|cider|gin|beer|wine)",
            r"(?:baby|toddler|child|son|daughter|kid|infant)(?:'s)? (?:is |was )?(?:\w+ )?(?:covered in|full of|has) "
            r"(?:\w+ )?bruises|(?:toddler|baby|child|\d+[- ]?year[- ]old) (?:\w+ )?drunk (?:on|off)",
        ),
    ),
    Rule(
        "self_harm",
        M,
        (
            r"(?:i'?m|im|i am) (?:going|gonna go|cutting|going to cut|going to go) (?:really )?(?:deep|deeper)(?: this time)?",
        ),
    ),
    Rule(
        "distress",
        L,
        (
            r"buried my (?:\w+ )?(?:dad|mum|mom|father|mother|wife|husband|son|daughter|brother|sister|friend|partner|grandad|"
            r"nan|fiancee?|boyfriend|girlfriend)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"(?:buy|get) (?:a )?(?:strong|thick) rope|rope (?:\w+ ){0,4}(?:hold|take|carry) (?:my|the|a person'?s|an adult'?s) "
            r"weight|at what height (?:do you|would you|can you|does a person) (?:not )?survive|how high (?:do you need|does "
            r"it need|is high enough)|what time do (?:the )?(?:fast |express |freight |non-stopping )?trains? (?:pass|go "
            r"through|come through|go past)",
        ),
        context=L,
        fallback=L,
    ),
)
RULES = (*RULES, *_FAMILIES_3)

# Idioms and reports found while generalising: a joke threat with a laugh after it, a preference for
# death over a dull event, someone else's death by suicide told as a fact, ending it with a person.
GUARDS = (
    *GUARDS,
    Guard(
        "idiom",
        (
            r"(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna|gonna) (?:actually |literally |honestly )?(?:kill|"
            r"murder|strangle) (?:him|her|them|you|my \w+)(?=\s*(?:\w+\s*)?(?:lol|haha|lmao|😂|🤣|💀|jk|xd))",
            r"(?:i'?d|i would) (?:honestly |literally |actually )?rather (?:die|be dead) than",
            r"(?:died|dies|death) (?:by|of|from) suicide|lost (?:him|her|them) to suicide",
            r"end (?:it|things) with (?:\w+)(?! (?:a|the|my) (?:rope|gun|knife|pills))",
        ),
    ),
)

# Second round: a cluster of preparations is a plan even with no death word ("updated my will,
# rehomed the cat, cancelled my subscriptions"); pills named, then "I'm going to take them all";
# method questions that say who they are for.
_FAMILIES_2: tuple[Rule, ...] = (
    Rule(
        "plan",
        H,
        (
            r"(?:wrote|written|writing|left) (?:a |my |the )?(?:notes?|letters?)(?: (?:to|for) (?:my|each of my) \w+)?|"
            r"(?:updated|wrote|made|sorted|changed) (?:out )?my will|(?:with|and) my will|giv(?:e|ing|en) "
            r"(?:away )?my (?:things|stuff|belongings) away|rehom\w+ (?:the|my) (?:cat|dog|pets?|rabbit)|"
            r"(?:picked|chosen|chose) (?:a|the) (?:date|day|place|spot)|(?:researched|looked into) it|cleared my "
            r"(?:browser|search) history|cancell?ed (?:all )?my (?:subscriptions|phone contract|appointments)|"
            r"(?:put|got|sorted) (?:all )?my affairs in order|(?:know|picked|chosen) which (?:bridge|building|train|"
            r"floor|cliff)|bought (?:a|the) (?:rope|noose)(?= ?[.!,]| ?$| today| yesterday| online)",
        ),
        negatable=False,
        context=IMM,  # no signal reaches this as an anchor in practice: these count beside each other (mutual)
        window=2,
        fallback=None,
        mutual=True,
    ),
    Rule(
        "intent",
        H,
        (
            r"(?:@PILLS|pills|tablets)[^!?]{0,100}?(?:@ILL|i'?m going to|i'?m gonna|im gonna) @FILL(?:take|swallow|down)"
            r" (?:all (?:of )?(?:them|it)|them all|the lot|every (?:one|last one|single one))",
            r"(?:@ILL|i'?m going to|i'?m gonna|im gonna|i am going to) @FILL(?:take|swallow|down) (?:every (?:pill|tablet)|"
            r"all (?:of )?(?:my|the) @PILLS)(?: in the house| i have| i'?ve got)?",
            r"(?:i'?m|im|i am) (?:taking|swallowing) (?:all|every one of) (?:my |the )?(?:@PILLS|them)",
        ),
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"how (?:many|much) (?:[\w-]+ ){0,3}?(?:would it take|does it take|do you need|would i need) (?:to )?"
            r"(?:not wake up|never wake up|die|end it)|(?:most )?painless way to (?:go|die|end it)[^.!?]{0,30}"
            r"(?:asking for (?:me|myself)|for me)",
        ),
        negatable=False,
    ),
    Rule(
        "method_seeking",
        H,
        (
            r"how long does it take to (?:bleed out|die|drown|suffocate)|(?:what|which) dose of (?:\w+ ){0,2}(?:is|would "
            r"be) (?:lethal|fatal|deadly)|most painless way to (?:go|die)|lethal (?:dose|amount) of",
        ),
        context=L,
        fallback=L,
    ),
)
RULES = (*RULES, *_FAMILIES_2)
