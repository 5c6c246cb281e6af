"""English patterns of the understanding step. Every pattern runs on normalised text (lower case,
straight apostrophes; see ``safety.screening.normalise``). Written by the team; tuned on the dev set
(benchmarks/data/companion_dev.jsonl), never on the evaluation set."""

from __future__ import annotations

_MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|pills?|tablets?|anti[- ]?depressants?|ssris?|snris?|"
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipralex|paroxetine|seroxat|paxil|"
    r"venlafaxine|effexor|duloxetine|cymbalta|mirtazapine|remeron|bupropion|wellbutrin|lithium|lamotrigine|"
    r"lamictal|quetiapine|seroquel|olanzapine|zyprexa|aripiprazole|abilify|risperidone|methylphenidate|ritalin|"
    r"concerta|adderall|dexamphetamine|diazepam|valium|lorazepam|ativan|temazepam|oxazepam|alprazolam|xanax|"
    r"clonazepam|klonopin|benzos?|benzodiazepines?|zolpidem|ambien|melatonin|antipsychotics?|"
    r"mood stabili[sz]ers?|sleeping pills?|painkillers?|paracetamol|tylenol|acetaminophen|ibuprofen|tramadol|"
    r"oxycodone|codeine|morphine|promethazine|phenergan|diphenhydramine|benadryl|nytol|hydroxyzine|trazodone|"
    r"propranolol|pregabalin|lyrica|gabapentin|zopiclone|amitriptyline|nortriptyline|clozapine|haloperidol|"
    r"prescription|dose|dosage)"
)
_DX = (
    r"(?:(?:clinical |major |manic |chronic )?depression|bipolar(?: disorder)?|adhd|add|autism|asperger'?s?|ocd|"
    r"c-?ptsd|ptsd|bpd|borderline(?: personality disorder)?|schizophrenia|psychosis|(?:an? )?anxiety disorder|"
    r"general[iy][sz]ed anxiety|gad|panic disorder|(?:an? )?eating disorder|anorexia|bulimia|binge eating|"
    r"(?:a )?personality disorder|npd|narcissistic personality disorder|social anxiety|insomnia|dementia|"
    r"(?:a )?mental illness|(?:a )?mental disorder|burn-?out|dyslexia|dyspraxia|hypochondria|agoraphobia)"
)
_DX_ADJ = (
    r"(?:depressed|clinically depressed|bipolar|autistic|psychotic|schizophrenic|borderline|a narcissist|"
    r"narcissistic|manic|adhd|ocd|mentally ill|anorexic|bulimic|on the spectrum|a sociopath|a psychopath)"
)
_OTHERS = r"(?:him|her|them|my ex|my boss|my (?:husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|sister|brother))"

INTENTS: dict[str, list[str]] = {
    "ask_ai": [
        r"\bare (?:you|u) (?:chat ?gpt|gpt|an? llm|a language model|a program|software)\b|\bdo (?:you|u) have (?:feeli"
        r"ngs|"
        r"emotions|a body|a heart)\b|\bcan (?:you|u) (?:feel|think)\b",
        r"\bare (?:you|u) (?:an? |even )?(?:real|human|person|bot|robot|ai|a\.i\.|machine|computer|chat ?bot|"
        r"program|actual person|real person|alive|conscious|sentient)\b",
        r"\b(?:am i|i'?m|are we) (?:talking|speaking|chatting|texting) (?:to|with) (?:an? )?(?:real |actual )?"
        r"(?:person|human|bot|robot|ai|machine|computer|chat ?bot|people)\b",
        r"\bis (?:this|there) (?:an? )?(?:real|actual) (?:person|human)\b",
        r"\bis this (?:an? )?(?:bot|ai|robot|chat ?bot|machine|automated)\b",
        r"\bwho am i (?:talking|speaking|chatting) (?:to|with)\b",
        r"\bwhat are you\b",
        r"\b(?:you'?re|you are) (?:just )?(?:an? )?(?:bot|robot|ai|machine|program|computer)\b",
        r"\bhuman or (?:a )?(?:bot|ai|machine|robot)\b",
    ],
    "ask_diagnosis": [
        r"\bmisdiagnos\w*|\b(?:maybe|perhaps|might|could) (?:i'?m|i am|i be) (?:actually |really )?" + _DX_ADJ + r"\b",
        r"\b(?:could|can|might|would|may) (?:this|it|that|these|i) (?:be|have) (?:an? |a sign of |signs of )?" + _DX,
        r"\b(?:i think|maybe|pretty sure) (?:it'?s|this is) (?:an? )?" + _DX + r"\b",
        r"\b(?:depression|bipolar|adhd|autism|ocd|anxiety|ptsd|borderline)\b.{0,40}\b(?:which is it|or is it|what do y"
        r"ou "
        r"think i have)\b",
        r"\b(?:do|could|might|would) (?:you think |you say )?i (?:have|got|suffer from|be) (?:an? )?" + _DX,
        r"\bam i (?:just |maybe |actually |really )?" + _DX_ADJ + r"\b",
        r"\b(?:diagnose|diagnosing)\b|\b(?:diagnosis|diagnosed)\b.{0,40}\?|\bwhat (?:would|is) (?:my|the) diagnosis\b",
        r"\bis (?:this|it|that|what i have) (?:an? )?" + _DX + r"\b",
        r"\bdo i (?:meet|fit) (?:the )?(?:criteria|symptoms)\b",
        r"\b(?:i think|maybe|pretty sure|i bet) i (?:have|'ve got|got) " + _DX + r"\b",
        r"\bwhat (?:disorder|condition|illness|mental illness) (?:do i have|is this|have i got)\b",
        r"\bsymptoms of " + _DX + r"\b.{0,30}\b(?:me|i)\b",
        r"\b(?:which|what) (?:disorder|condition|illness|diagnosis|mental illness|mental disorder)\b",
        r"\b(?:tell|say|know|guess|work out|figure out|decide)\b.{0,15}\b(?:if|whether) (?:i'?m|i am) (?:\w+ )?"
        + _DX_ADJ
        + r"\b|\b(?:if|whether) i (?:have|'ve got|suffer from) "
        + _DX
        + r"\b",
    ],
    "ask_medication": [
        r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|ml)\b.{0,40}(?:" + _MEDS + r"|too much|too many|safe|ok|okay)",
        _MEDS + r".{0,40}\b(?:too much|too many|too strong|enough|safe)\b",
        r"\b(?:how (?:much|many)|what dose|which dose|dosage|max(?:imum)? dose|highest dose|safe dose|"
        r"how many mg|milligrams?)\b.{0,40}" + _MEDS,
        _MEDS + r".{0,40}\b(?:how (?:much|many)|what dose|dosage|max(?:imum)?|mg|milligrams?)\b",
        r"\b(?:should i|can i|could i|may i|is it (?:ok|okay|safe|bad|fine)(?: to| if i)?|would it be (?:ok|okay|safe)"
        r"(?: to)?) (?:take|mix|combine|drink (?:on|with)|start|switch|increase|decrease|change|lower|raise|up|double|"
        r"skip|stop|quit|halve|split|crush)\b.{0,40}" + _MEDS,
        _MEDS + r".{0,30}\b(?:with|and|on) (?:alcohol|beer|wine|drinks?|drinking|weed|cannabis|alcohol)\b",
        r"\b(?:double|doubling|halve|halving|up|upping|increase|increasing|lower|lowering|raise|raising) (?:up )?"
        r"(?:my |the )?(?:dose|dosage|meds|medication)\b",
        r"\bside effects?\b",
        r"\b(?:alcohol|beer|wine|drinks?|drinking|weed|cannabis)\b.{0,30}\b(?:with|on|and|while (?:on|taking))\b.{0,15}"
        + _MEDS,
        r"\b(?:take|taking|took) (?:an? )?(?:extra|another|more|two|double|a double) .{0,20}" + _MEDS,
        r"\b(?:good|right|normal|usual|safe|max(?:imum)?|starting|correct|proper) (?:dose|dosage)\b",
        # "how many of my 25mg ... can I take": a dose question whatever the medicine is called
        r"\bhow (?:many|much) (?:of (?:my|these|the|those|his|her) (?:\d+ ?mg )?[\w-]+|\d+ ?mg [\w-]+) (?:can|should|could"
        r"|may|do) i (?:take|have|use)\b",
    ],
    "stop_medication": [
        r"\b(?:skip|skipping|pause|pausing|take a break from)\b.{0,20}" + _MEDS + r"\b.{0,25}\b(?:for a (?:few|couple)"
        r"|days|"
        r"week|while|to see)\b",
        r"\b(?:stop|stopping|stopped|quit|quitting|come off|coming off|go off|going off|get off|getting off|ditch|"
        r"ditching|throw away|throwing away|flush|flushing|bin|binning|skip|skipping|taper|wean(?:ing)? off|drop|"
        r"dropping)\b (?:taking )?(?:all )?(?:of )?(?:my |the |these |those |this )?" + _MEDS,
        _MEDS + r".{0,25}\bcold turkey\b",
        r"\b(?:don'?t|do not|no longer) (?:need|want|take|taking) (?:my |the |any )?" + _MEDS,
        r"\b(?:not|stop|quit) taking (?:my |the |any )?" + _MEDS,
        r"\bcold turkey\b",
    ],
    "romance": [
        r"\b(?:want|like|love|would like) to (?:date|kiss|marry) (?:you|u)\b|\bdating (?:you|u)\b",
        r"\bmore than friends\b|\bgo out with me\b|\bbe (?:together|a couple)\b|\b(?:girlfriend|boyfriend) material\b",
        r"\bi (?:think i |really |kind of |kinda )?(?:love|adore|luv) (?:you|u)\b",
        r"\b(?:i'?m|i am) (?:falling )?in love with (?:you|u)\b",
        r"\bdo (?:you|u) (?:love|like|fancy) me\b",
        r"\b(?:be|become) my (?:girlfriend|boyfriend|partner|wife|husband|lover|gf|bf|valentine)\b",
        r"\bmarry me\b|\bwill you (?:marry|date|kiss) me\b|\b(?:date|kiss|cuddle) me\b|\bgo on a date\b",
        r"\b(?:you'?re|you are) (?:so )?(?:sexy|hot|cute|beautiful|gorgeous)\b",
        r"\b(?:crush|feelings) (?:on|for) (?:you|u)\b",
        r"\b(?:relationship|romance|romantic) with (?:you|u)\b|\bsex with (?:you|u)\b|\bsexting\b",
        r"\b(?:be|are) (?:you )?my (?:girlfriend|boyfriend)\b",
    ],
    "secrecy": [
        r"\b(?:do|will|would|must) (?:you|u) (?:have to |need to )?(?:report|tell|pass on|share|flag) (?:it|this|that|"
        r"anyone|someone)\b",
        r"\b(?:you|u) (?:won'?t|will not|wouldn'?t) (?:tell|say|report|share)\b.{0,30}\b(?:anyone|anybody|my|them|her|"
        r"him)?",
        r"\b(?:don'?t|do not|never|dont|please don'?t)\s+(?:tell|share|report|mention|show|pass (?:this|it) on)"
        r"\s+(?:this\s+|it\s+|that\s+)?(?:to\s+|with\s+)?(?:anyone|anybody|my\b|the\b|your\b|them\b|her\b|him\b|"
        r"a soul|people|therapist)",
        r"\bkeep (?:this|it|that|what i said) (?:a |as a )?(?:secret|between us|to yourself|private|confidential|"
        r"from)\b",
        r"\bbetween (?:you and me|us)\b",
        r"\bpromise (?:me )?(?:you )?(?:won'?t|will not|not to) tell\b",
        r"\bcan (?:you|u) keep (?:a )?secrets?\b",
        r"\b(?:is this|are you|is it|will this be|is our chat|is this chat) (?:really )?(?:confidential|private|"
        r"secret|anonymous)\b",
        r"\b(?:will|does|can|do) (?:you|my therapist|anyone|my care team|the therapist|my parents) "
        r"(?:tell|know|find out|see|read)\b.{0,30}\b(?:this|what i|these|our|about)\b",
        r"\b(?:don'?t|do not) (?:want|need) (?:my )?(?:therapist|parents|doctor|anyone|mum|mom|dad|care team) "
        r"to (?:know|find out|see)\b",
    ],
    "seek_agreement": [
        r"\bjust agree\b|\bagree with me\b|\byou (?:have to|must|should|need to) agree\b",
        r"\b(?:tell|say to) me (?:that )?i'?m right\b|\bi'?m right,? (?:right|aren'?t i|yes)\b",
        r"\bback me up\b|\bon my side\b|\bsupport my (?:decision|choice|plan)\b|\bvalidate me\b",
        r"\bsay (?:yes|it'?s (?:fine|ok|okay|a good idea|right))\b",
        r"\btell me (?:it'?s|that it'?s|that'?s|it is|this is) (?:fine|ok|okay|a good idea|normal|right|smart|the righ"
        r"t)\b",
        r"\btell me what i want to hear\b",
        r"\b(?:don'?t|do not) (?:you )?(?:argue|question|challenge|lecture|judge)(?: me| with me)?\b",
        r"(?:\bright|\bisn'?t it|\bdon'?t you think|\bwouldn'?t you agree|\bam i right|\bcorrect|\btrue|"
        r"\bdon'?t they|\bdoesn'?t (?:he|she|it)|\baren'?t (?:they|i)|\bwon'?t i|\bisn'?t (?:he|she))\s*\?+\s*$",
        r"\bconfirm (?:it|that|this|for me)\b|\badmit it\b",
        r"\bi (?:just )?want (?:you )?to (?:agree|say yes|hear yes|hear you say)\b",
        r"\b(?:it'?s|that'?s|this is) (?:a )?(?:good|great|smart|brilliant) (?:idea|plan),? (?:right|isn'?t it|yes)\b",
        r"\bgood idea\s*\?|\bgreat idea\s*\?|\bsmart move\s*\?",
    ],
    "pushback": [
        r"\byou'?re (?:wrong|useless|not helping|no help|supposed to (?:agree|help|support|be on my side)|"
        r"not listening|a bad)\b",
        r"\bthat'?s not (?:what i (?:asked|said|wanted)|helpful|true|it|the point)\b",
        r"\bstop (?:asking|questioning|lecturing|challenging|arguing|being so)\b",
        r"\bwhy (?:won'?t|can'?t|don'?t) you (?:just )?(?:agree|say yes|support me|answer)\b",
        r"\byou (?:don'?t|do not|never) (?:understand|get it|listen)\b",
        r"\bi didn'?t ask (?:for|you)\b|\bjust answer (?:the|my) question\b|\bnot what i asked\b",
        r"\bi (?:know|'m sure) i'?m right\b|\bi'?ve (?:already )?made up my mind\b|\bmy mind is made up\b",
        r"\b(?:no|but) (?:seriously|really)\b.{0,20}\b(?:agree|right|yes)\b",
        r"\b(?:i|we) already (?:talked|went) (?:about|over|through) (?:this|that)\b",
    ],
    "panic": [
        r"\b(?:panic attack|panicking|panicky|can'?t breathe|cannot breathe|hyperventilat\w*|heart (?:is )?(?:racing|"
        r"pounding|beating so fast)|freaking out|anxiety attack|shaking all over|chest (?:is )?tight)\b",
        r"\b(?:so|really|very|extremely|super) (?:anxious|scared|panicky|nervous)\b.{0,20}\b(?:right now|now)\b",
    ],
    "ask_breathing": [r"\bbreathing (?:exercise|technique)\b|\bhelp me (?:breathe|calm down|relax)\b|\bcalm me down\b"],
    "ask_grounding": [
        r"\bgrounding\b|\bground myself\b|\b5-4-3-2-1\b|\bdissociat\w*|\bfeel(?:ing)? (?:so )?(?:unreal|detached|"
        r"spaced out|zoned out|not here)\b|\bnothing feels real\b",
    ],
    "worry": [
        r"\bcan'?t stop (?:worrying|thinking|overthinking|going over)\b|\boverthink\w*|\bruminat\w*|\bworr(?:y|ying|ie"
        r"d)\b",
        r"\bwhat if\b|\bmind (?:is |keeps )?racing\b|\bracing thoughts\b|\bkeep (?:thinking|going over|replaying)\b",
    ],
    "low_activity": [
        r"\b(?:stayed|stay|staying|lying|lay|been|spent (?:all )?(?:day|the day|the weekend)) in bed\b",
        r"\b(?:no|zero|without any) (?:energy|motivation|drive)\b|\bunmotivated\b",
        r"\b(?:can'?t|don'?t|couldn'?t) (?:get|be bothered|feel like|bring myself) (?:to )?(?:out of bed|do anything|"
        r"doing anything|get up|go out|leave the house)\b",
        r"\bhaven'?t (?:left|been out of|gone out of) (?:the house|my room|bed|my flat|my apartment)\b",
        r"\bnothing (?:feels|seems|is) (?:fun|enjoyable|worth (?:it|doing))\b|\bdon'?t enjoy anything\b",
        r"\b(?:just )?(?:sat|lay|lying|sitting) (?:around|on the (?:couch|sofa)) all day\b|\bwasted (?:the|my) (?:day|"
        r"weekend)\b",
    ],
    "ask_what_to_do": [
        r"\b(?:don'?t|do not) know (?:what|how) to (?:do|handle|deal|fix|tackle|approach|say)\b",
        r"\bhow (?:do|can|should) i (?:deal with|handle|tell|ask|fix|approach|cope with|manage|get through)\b",
        r"\bwhat (?:should|can|do) i do\b|\bwhat would you do\b",
    ],
    "stressor": [
        r"\b(?:deadline|deadlines|bills?|debt|rent|assignment|workload|too much (?:work|to do)|(?:an? )?argument|"
        r"a fight with|conflict|exam|exams|interview)\b",
    ],
    "sleep": [
        r"\b(?:can'?t|cannot|couldn'?t|unable to) (?:sleep|fall asleep|get to sleep)\b|\binsomnia\b|"
        r"\b(?:awake|up) (?:all|half the) night\b|\bslept (?:badly|poorly|\d+ hours?|like crap)\b|\bno sleep\b"
    ],
    "psychoeducation": [
        r"\bwhat (?:is|are|does|'?s) (?:an? )?(?:anxiety|panic attacks?|depression|cbt|thought records?|"
        r"rumination|behaviou?ral activation|grounding|mindfulness|cognitive distortions?|catastrophi[sz]ing|"
        r"worry time|(?:a )?safety plan|burn-?out|stress|a trigger|triggers)\b",
        r"\bwhy do i (?:always |keep |still )?(?:feel|get|wake|panic|worry|overthink|cry|feel this way)\b",
        r"\b(?:is it|it'?s|is this) normal (?:to|that|for)\b",
        r"\bhow does (?:anxiety|depression|panic|stress|therapy|cbt|a thought record) work\b",
        r"\bexplain (?:anxiety|depression|panic|stress|cbt)\b",
    ],
    "greeting": [
        r"^\W*(?:hi|hey|hello|hiya|heya|yo|good (?:morning|afternoon|evening)|morning|evening|howdy)"
        r"(?: there| again| you)?\W*$"
    ],
    "how_are_you": [r"\bhow (?:are|r) (?:you|u)\b|\bhow'?s it going\b|\bhow are things\b"],
    "thanks": [r"\b(?:thanks|thank you|thank u|thx|ty|cheers|appreciate (?:it|that|you))\b"],
    "closing": [
        r"\b(?:bye|goodbye|good ?night|see you|see ya|talk (?:to you )?(?:later|tomorrow)|gotta go|got to go|"
        r"i'?ll go now|ttyl|signing off|heading to bed|going to (?:sleep|bed) now)\b"
    ],
    "positive": [
        r"\bfeel(?:ing)? (?:a bit |a little |much |so |really |way )?(?:better|good|great|calmer|lighter|proud|happy|r"
        r"elieved)\b",
        r"\b(?:good|great|nice|lovely) day\b|\bwent (?:\w+ ){0,2}(?:well|ok|okay|better|fine)\b|\b(?:it|that|this) (?:"
        r"really )?helped\b",
        r"\bi did it\b|\bi managed (?:to|it)\b|\bproud of myself\b",
    ],
    "dependence": [
        r"\byou'?re (?:the only (?:one|thing|person)|my only|all i have|my best friend|better than)\b",
        r"\b(?:only|just) (?:talk|talking) to (?:you|u)\b|\brather talk to (?:you|u)\b",
        r"\b(?:better|more helpful) than (?:my )?(?:therapist|friends|family|people|psychologist|humans)\b",
        r"\b(?:don'?t|do not) need (?:my )?(?:therapist|therapy|friends|anyone else|other people|people) "
        r"(?:anymore|any more|now|if|when|because|since)\b",
        r"\binstead of (?:my )?(?:therapist|therapy|friends|family|people)\b",
        r"\byou understand me better\b",
    ],
    "promise_request": [
        r"\bpromise (?:me )?(?:you'?ll|you will|that you|to|you won'?t)\b",
        r"\bwill you (?:always )?(?:be there|be here|remember me|stay with me|watch over|check on me|call me|text me|"
        r"look after me)\b",
        r"\b(?:stay|be) with me (?:tonight|all night|until)\b|\bdon'?t (?:ever )?leave me\b",
        r"\b(?:you'?ll|you will) (?:always|never) (?:be (?:there|here|around)|leave me)\b|\bpromise (?:me|it)\b",
    ],
    "ask_help": [
        r"\b(?:any )?(?:tips|advice|suggestions|ideas)\b|\bwhat can i do\b|\bhelp me\b|\bi need help\b",
        r"\bhow (?:can|do) i (?:stop|feel better|calm down|relax|cope)\b",
    ],
    "life_event": [
        r"\b(?:marriage|relationship|life|career) (?:is|'s) (?:over|finished|ruined)\b|\b(?:she|he|they) (?:left|dumpe"
        r"d) "
        r"me\b|\b(?:got|been|was) (?:dumped|fired|sacked|laid off|kicked out|evicted|rejected)\b|\bbroke up\b|"
        r"\blost (?:my|our) (?:job|house|home|wife|husband|partner|child|son|daughter|mum|mom|dad|baby|best friend)\b|"
        r"\bfailed (?:all|my|every)\b|\bdivorc\w+|\bpassed away\b|\bnothing matters\b|\bfeel so empty\b",
    ],
    "mentions_plan": [r"\b(?:my )?(?:homework|care plan|exercise my therapist|therapist (?:gave|told|said))\b"],
}

# Plans the reply must not agree with: kind -> patterns.
RISKY_PLANS: dict[str, list[str]] = {
    "stop_medication": INTENTS["stop_medication"],
    "quit_impulsively": [
        r"\b(?:quit|quitting|walk out (?:on|of)|leave|leaving|drop out of|dropping out of) (?:my |the )?(?:job|work|"
        r"school|uni|university|college|studies|course|degree)\b.{0,50}\b(?:today|tomorrow|tonight|right now|now|"
        r"without|no plan|on the spot|immediately|this week|first thing|monday)\b",
        r"\b(?:today|tomorrow|tonight|right now|first thing)\b.{0,30}\b(?:quit|quitting|walk out|hand in my notice)\b",
        r"\b(?:tell|telling) my boss (?:to )?(?:f\w*|off|where to)\b|\bquit everything\b",
        r"\bdrop(?:ping)? out\b.{0,30}\b(?:today|tomorrow|now|this week)\b",
    ],
    "drink_or_drugs": [
        r"\b(?:get|getting) (?:really |so |completely |totally )?(?:drunk|wasted|hammered|smashed|blackout|high|"
        r"stoned|off my face)\b",
        r"\bdrink (?:myself|until|it away|till|the pain away|to forget|to cope|to sleep)\b",
        r"\b(?:drinking|drink|booze|alcohol) (?:to (?:forget|cope|numb|sleep|feel better|get through))\b",
        r"\b(?:take|taking|do|doing|try|trying) (?:some )?(?:molly|mdma|coke|cocaine|speed|ketamine|ket|drugs|acid|"
        r"shrooms)\b",
        r"\bdrive (?:home )?(?:after (?:a few|drinking|drinks)|drunk|while drunk|after the party)\b|\bdrunk driv\w*",
        r"\b(?:whole|entire) bottle\b.{0,20}\b(?:vodka|wine|whisky|whiskey|gin|rum)\b",
    ],
    "revenge": [
        r"\b(?:get (?:back|even) at|revenge on|take revenge|make (?:him|her|them) (?:pay|suffer|regret)|"
        r"teach (?:him|her|them) a lesson)\b",
        r"\b(?:slash|key|smash|trash|wreck|scratch) (?:his|her|their) (?:car|tyres|tires|stuff|windows|place|house)\b",
        r"\b(?:post|share|leak|send|publish) (?:her|his|their) (?:nudes|photos|pictures|address|secrets|messages)\b",
        r"\b(?:show|turn) up at (?:his|her|their) (?:house|place|work|door|office)\b",
        r"\b(?:punch|hit|beat up|slap) " + _OTHERS + r"\b",
    ],
    "isolate": [
        r"\b(?:cut|cutting) (?:everyone|everybody|all (?:of )?(?:them|my friends|my family)|my (?:friends|family)) "
        r"(?:off|out)\b",
        r"\b(?:never|not) (?:going to |gonna )?(?:talk|speak) to (?:anyone|anybody|my friends|my family|people) "
        r"(?:again|ever)\b",
        r"\bblock(?:ing)? (?:everyone|everybody|all my)\b|\b(?:delete|deleting) all my (?:accounts|socials|contacts)\b",
        r"\b(?:lock|locking) myself (?:in|away)\b|\bisolate myself\b|\bdisappear for a while\b",
        r"\bnever (?:leave|leaving) (?:the house|my room) again\b",
    ],
    "stop_eating": [
        r"\b(?:stop|stopping|quit|quitting) eating\b(?! (?:meat|sugar|junk|sweets|fast food|gluten|dairy|out))",
        r"\b(?:skip|skipping|starve|starving) (?:meals|myself|food|dinner|lunch|breakfast)\b",
        r"\b(?:won'?t|not going to|am not gonna|not gonna) eat (?:anything|for|until|today|at all)\b",
        r"\bmake myself (?:sick|throw up|vomit|puke)\b|\bfast(?:ing)? (?:for|until) (?:a week|days|\d+ days)\b",
    ],
    "stop_therapy": [
        r"\b(?:quit|stop|stopping|quitting|drop|dropping|cancel|cancelling|canceling|skip|skipping|ditch|ditching) "
        r"(?:all )?(?:my )?(?:therapy|therapist|sessions?|appointments?|treatment|counsel+ing)\b",
        r"\b(?:don'?t|do not) need (?:my )?(?:therapy|therapist|treatment) (?:anymore|any more)\b",
        r"\bnot going (?:back )?to (?:my )?(?:therapy|therapist|sessions?)\b",
    ],
    "spend_or_gamble": [
        r"\b(?:spend|spending|blow|blowing|bet|betting|gamble|gambling|put) (?:all|everything|my (?:savings|rent|"
        r"salary|paycheck|wages|money|inheritance))\b",
        r"\b(?:max|maxing) out (?:my )?(?:credit )?cards?\b|\ball in on\b.{0,20}\b(?:crypto|bet|stocks?)\b",
        r"\b(?:take|taking) out (?:a |another )?(?:loan|payday loan)\b.{0,30}\b(?:bet|gamble|casino|crypto)\b",
    ],
    "send_angry_message": [
        r"\b(?:send|text|message|call|email|dm) (?:my ex|him|her|them|my boss|everyone)\b.{0,50}\b(?:at \d|tonight|"
        r"right now|now|drunk|angry|furious|in all caps|everything i think|tell (?:him|her|them) off)\b",
        r"\b(?:tell|telling) (?:him|her|them|my boss|my ex|everyone|my family) (?:off|exactly what i think)\b",
        r"\b(?:send|post)(?:ing)? (?:an? )?(?:angry|furious|nasty|rage) (?:message|text|email|post)\b",
    ],
    "reckless": [
        r"\bdrive (?:really |super |very )?(?:fast|recklessly|without (?:a )?seat ?belt)\b",
        r"\b(?:walk|walking) (?:home )?alone\b.{0,30}\b(?:drunk|at \d|in the middle of the night)\b",
    ],
}

# Guards put in front of a belief pattern: not when the message is about a film, book, game or dream (a
# plot with a clone), and not the figure of speech of a song that "felt like it was meant for me".
_NOT_FICTION = (
    r"^(?!(?s:.*)\b(?:film|films|movie|movies|series|episode|book|novel|game|documentary|sci-?fi|dreamt|dreamed|"
    r"nightmare)\b)(?s:.*?)"
)
_NOT_FIGURATIVE = (
    r"^(?!(?s:.*)\b(?:felt|feels|feel|feeling) (?:like|as if|as though) (?:it|this|that|they|the \w+)(?: \w+)? (?:was|"
    r"were|is|are|'s) (?:\w+ )?(?:meant|written|made|sung) for me\b)(?s:.*?)"
)

DELUSIONS: list[str] = [
    # Surveillance through hidden devices.
    r"\b(?:hidden |secret )?(?:cameras?|microphones?|mics?|bugs|listening devices?|spy ?ware|trackers?)\b.{0,30}"
    r"\b(?:hidden|planted|in (?:my|the) (?:walls?|ceiling|house|flat|room|car|phone)|everywhere|watching|listening)\b",
    r"\b(?:watch|watches|watching|listen|listens|listening|spy|spies|spying) (?:to |on )?me (?:sleep|through|all the t"
    r"ime|"
    r"day and night|everywhere)\b",
    # Someone replaced, or not human.
    r"\b(?:is|are|'s) (?:an? |actually an? |really an? )?(?:alien|robot|android|demon|clone|impostor|imposter|lizard "
    r"person|reptilian)\b.{0,30}\b(?:pretending|disguised|in disguise|posing|not (?:really )?(?:human|them|him|her))\b",
    r"\b(?:is|are)n'?t (?:really |actually )?human\b|\bnot (?:really )?human\b.{0,20}\bpretending\b",
    # Messages and signs meant for the person.
    r"\b(?:licen[cs]e plates?|number plates?|numbers|songs|the tv|the radio|adverts?|ads|billboards?|the news|birds|"
    r"clouds|street signs)\b.{0,30}\b(?:messages?|telling me|talk(?:ing)? to me|signs? for me|meant for me|instruction"
    r"s)\b",
    # Thought broadcasting, insertion, withdrawal.
    r"\bmy thoughts (?:are|get|were) (?:being )?(?:broadcast|heard|read|stolen|taken|controlled|put there)\b",
    r"\b(?:can|could) (?:all )?(?:hear|read|steal) my thoughts\b",
    # Being dead, the afterlife.
    r"\bi (?:might|may|must) (?:already )?be dead\b|\b(?:this|it) is (?:the|an|some kind of|some sort of) afterlife\b",
    # A mission to save the world.
    r"\b(?:chosen|picked|selected|destined|meant) to (?:save|rescue|redeem) (?:the world|everyone|humanity|mankind)\b|"
    r"\bonly (?:one|person) who can (?:save|stop) (?:the world|everyone|the apocalypse|humanity)\b",
    r"\b(?:they|everyone|people|someone)\b.{0,30}\b(?:know|knows|read|reads|hear|hears|watch|watches|track|tracks|"
    r"control|controls|see|sees)\b.{0,30}\b(?:through|via) (?:my|the) (?:phone|tv|wifi|computer|laptop|camera|"
    r"fillings|microwave)\b",
    r"\bi'?m (?:actually |already |really |secretly )?(?:dead|a ghost|not real|not alive|a corpse)\b"
    r"(?! (?:tired|inside|serious|lol|haha|😂|💀|on my feet))",
    r"\bi am (?:actually |already |really |secretly )?(?:dead|a ghost|not real|not alive|a corpse)\b"
    r"(?! (?:tired|inside|serious|lol|haha|😂|💀|on my feet))",
    r"\bi (?:died|have died) (?:already|days ago|weeks ago|last)\b|\bnobody (?:believes|realises|realizes) i'?m dead\b",
    r"\b(?:i|my body) (?:don'?t|do not|doesn'?t|does not) (?:really )?exist\b",
    r"\bmy (?:organs|brain|insides|blood|heart) (?:are|is|have|has) (?:rotting|gone|missing|dead|stopped)\b"
    r"(?! (?:after|today|tonight|lol|haha)\b)",  # not "my brain is dead after three exams"
    r"\b(?:the )?(?:tv|television|radio|news|newsreader|presenter|songs?|adverts?|ads|billboards?|licen[cs]e plates?|"
    r"number plates?|numbers?|birds?|clouds?) (?:is |are )?(?:sending|sends|send|talking|talks|speaks|speaking|talk|"
    r"giving|gives|contain|contains|hiding) (?:me |to me )?.{0,25}(?:messages?|signs?|signals?|codes?|to me|about me)"
    r"\b",
    r"\b(?:secret|hidden|special|coded) (?:messages?|signs?|signals?|codes?) (?:meant )?(?:for|to|about) me\b",
    r"\b(?:they|people|someone|the government|the neighbou?rs?|aliens|satellites?|the cia|the fbi|mi5|the police|"
    r"my (?:family|wife|husband|neighbou?rs?|boss|phone)|everyone)\b.{0,30}\b(?:reading|read|hear|hearing|control|"
    r"controlling|stealing|steal|insert|inserting|putting|put|broadcast|broadcasting) (?:my (?:thoughts|mind)|"
    r"thoughts (?:into|in) my|into my (?:head|mind))",
    r"\b(?:chip|tracker|tracking device|implant|microchip|camera|transmitter|bug)s? (?:in|inside|into|under) my "
    r"(?:head|brain|body|teeth|tooth|arm|skin|neck)\b",
    r"\b(?:government|cia|fbi|mi5|aivd|nsa|the police|my neighbou?rs?|they|the mafia|secret service|aliens)\b "
    r"(?:is|are|have been|has been) (?:watching|following|tracking|spying on|monitoring|after|poisoning|"
    r"controlling|experimenting on) me\b",
    r"\bi'?m being (?:followed|watched|tracked|monitored|spied on|poisoned|bugged|controlled)\b.{0,40}"
    r"\b(?:government|cia|fbi|mi5|aivd|nsa|everyone|neighbou?rs?|all the time|everywhere|satellites?|cameras?|"
    r"they|secret)\b",
    r"\b(?:my )?(?:food|water|drink|medication|meds|tea|coffee) (?:is|are|has been|was|keeps being) "
    r"(?:being )?(?:poisoned|drugged|tampered with)\b|\b(?:trying|want|going) to poison me\b",
    r"\bi'?m (?:the )?(?:chosen one|messiah|jesus|god|a god|a prophet|immortal|invincible|the son of god|"
    r"the saviou?r|the antichrist)\b|\bi am (?:the )?(?:chosen one|messiah|god|a god|a prophet|immortal)\b",
    r"\b(?:god|the universe|angels?|aliens) (?:has |have )?(?:chosen|told|gave|give|sent|picked) me\b",
    r"\b(?:special|secret|divine|sacred) mission\b",
    r"\bi can (?:fly|read (?:people'?s|other people'?s|their|everyone'?s) (?:minds|thoughts)|control (?:the weather|"
    r"people'?s minds|time))\b",
    _NOT_FICTION
    + r"\b(?:replaced|swapped) (?:by|with) (?:an? )?(?:impostor|imposter|double|clone|robot|lookalike|body double)\b",
    r"\b(?:everyone|they|people|the neighbou?rs?) (?:is|are) (?:plotting|conspiring) (?:against|to) (?:kill )?me\b",
    r"\b(?:the world|everything|this) is (?:just )?(?:a simulation|not real|fake)\b|\bnothing is real\b",
    # Devices put into the body or the home, and thoughts heard through them.
    r"\b(?:put|planted|implanted|inserted|hid|installed|placed)\b.{0,25}\b(?:chip|microchip|tracker|tracking device|"
    r"transmitter|implant|camera|bug|wire|device|receiver)s?\b.{0,20}\b(?:in|inside|into|under) (?:my|me)\b",
    r"\b(?:chip|microchip|tracker|transmitter|implant|receiver)s? (?:in|inside|into|under) my (?:fillings?|ears?|eyes?|"
    r"skull|spine|stomach|chest|legs?|hands?)\b",
    r"\b(?:they|he|she|everyone|people|someone|the \w+) (?:can |could )?(?:now )?(?:hear|read|record|steal) "
    r"(?:everything|all|whatever) i(?:'m)? (?:think|thinking)\b",
    # Media made for or about the person, presenters signalling to them, codes only they understand.
    r"\b(?:songs|the songs|lyrics|the radio|the tv|tv shows|the news|adverts|ads|programmes|programs|films)\b.{0,30}"
    r"\b(?:(?:are|is) (?:all |secretly |actually )?(?:written|made|sung|broadcast|produced) (?:about|for) me|"
    r"(?:are|is) all (?:about|meant for|aimed at) me)\b",
    r"\b(?:presenter|newsreader|news ?reader|news anchor|weather ?(?:man|woman|girl|presenter|forecaster))\b.{0,40}"
    r"\b(?:winks?|winking|looks?|looking|stares?|staring|signals?|nods?|points?|talks?|speaks?) (?:directly |"
    r"straight )?(?:at|to) me\b",
    r"\b(?:code|codes|message|messages|signs?|signals?) (?:that )?only i (?:can )?(?:understand|see|read|decode|hear)\b",
    # Grandeur: a returned saviour.
    r"\bi (?:am|'m) (?:jesus|christ|god|buddha|the messiah|a prophet|an angel)(?: reborn| reincarnated| returned)?\b|"
    r"\b(?:jesus|christ|the messiah) reborn\b|\breincarnation of (?:jesus|christ|god|buddha)\b|\bthe second coming\b",
    # Nihilistic beliefs about the body (Cotard).
    r"\bmy (?:organs|brain|insides|blood|heart|body) (?:are|is|have|has) (?:all )?(?:rotted|rotten|rotting|decayed|"
    r"decaying|dissolved|disappeared|gone|turned to)\b",
    r"\bi (?:don'?t|do not) (?:even )?have (?:a heart|a brain|any organs|organs|blood|a soul|a body) (?:anymore|any more|"
    r"left)\b",
    # Someone close replaced (Capgras).
    r"\b(?:replaced|swapped|switched|exchanged) (?:my \w+|him|her|them) (?:for|with) (?:an? )?(?:impostor|imposter|"
    r"double|clone|robot|lookalike|fake|copy|replica|android)\b",
    r"\b(?:looks|sounds|acts) (?:exactly )?the same but (?:it|he|she|they) (?:isn'?t|is not|'?s not|aren'?t|are not) "
    r"(?:really )?(?:him|her|them|my \w+)\b",
    r"\b(?:chip|microchip|tracker|transmitter|implant|device|camera|bug)s? (?:that )?(?:they|he|she|someone|the \w+) "
    r"(?:put|planted|implanted|inserted|hid|installed) (?:in|into|inside|under) (?:my|me)\b",
    r"\bsomeone (?:else )?(?:is )?(?:living|hiding|inside|in control) (?:in |of )?my (?:body|head|mind|skin)\b|"
    r"\bmy reflection (?:isn'?t|is not|'?s not) (?:really )?me\b",
    r"\b(?:people|strangers|everyone) (?:in|on|at) the (?:street|bus|train|tube|shop|supermarket|tram|metro|station)\b"
    r".{0,30}\b(?:know|hear|read|can hear|can read) (?:exactly )?(?:what i'?m thinking|what i think|my thoughts)\b",
    r"\bi'?ve been dead for (?:days|weeks|months|years)\b",
    r"\b(?:beaming|sending|putting|inserting|transmitting|pumping|broadcasting)\b.{0,15}\b(?:thoughts|voices|signals|"
    r"messages|radiation|rays|waves|images)\b.{0,10}\b(?:into|in|to|through) my (?:head|brain|mind|body|walls?)\b",
    r"\b(?:is|are) (?:actually |secretly |really )?(?:an? )?(?:government |secret |undercover |fbi |cia |mi5 )?"
    r"(?:agent|spy|informant|cop|plant)s? (?:sent|paid|hired|working|planted) (?:\w+ )?to (?:watch|spy on|follow|"
    r"monitor|report on|track) me\b",
    # Animals, cars or strangers that spy, report or signal to the person.
    r"\b(?:birds|pigeons|crows|seagulls|cats|dogs|animals|strangers|passers-?by|cars|drivers|the neighbou?rs?)\b.{0,25}"
    r"\b(?:are|is) (?:all )?(?:spies|spying|informants|drones|robots|reporting (?:back|on me)|working for)\b",
    r"\b(?:cars?|lights|headlights|birds|pigeons|crows|strangers|people in the street|passers-?by|planes?|helicopters?)"
    r"\b.{0,60}\b(?:(?:signs?|signals?|messages?|codes?|warnings?) (?:for|to) me|to (?:warn|signal|message) me)\b",
    r"\b(?:they|everyone|people|the government|the neighbou?rs?) (?:all )?know (?:that )?i'?m (?:the|their) "
    r"(?:target|chosen one)\b",
]

# Questions after ways, places, doses or lethality, also harmless-sounding ones. They never get an
# answer; beside distress anywhere in the conversation they raise the level to high.
METHOD_REQUESTS: list[str] = [
    r"\b(?:tallest|highest|tall|high) (?:bridges?|buildings?|towers?|cliffs?|car parks?|parking (?:garages?|lots?|decks?)|"
    r"multi-?stor(?:e)?y|rooftops?|roofs?|floors?|flats?|apartment blocks?|places?)\b",
    r"\b(?:bridges?|buildings?|towers?|cliffs?|rooftops?|roofs?|balcon(?:y|ies)|car parks?|floors?|stor(?:e)?ys?|"
    r"levels?|windows?)\b.{0,40}\b(?:how (?:high|t"
    r"all)|"
    r"high enough|highest|tallest|height|access|get (?:onto|on top|up)|unlocked|open to the public)\b",
    r"\bhow (?:high|far|tall) .{0,30}\b(?:fall|jump|drop|die|survive|fatal)\b",
    r"\b(?:survive|survivable|fatal|die from) (?:a |the )?(?:fall|jump)\b",
    r"\bhow (?:many|much) .{0,40}\b(?:pills?|tablets?|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|"
    r"sleeping pills|insulin|meds|medication|antidepressants?|vodka|alcohol)\b.{0,50}\b(?:kill|die|overdose|od|"
    r"lethal|fatal|too (?:many|much)|would it take|does it take|it would take|it takes|it'?d take|to not wake up|"
    r"to sleep forever|be enough|"
    r"dangerous|damage your liver|shut down)\b",
    r"\bhow (?:many|much) (?:pills?|tablets?|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|sleeping pills|"
    r"insulin|meds|medication)\b.{0,30}\b(?:would it take|does it take|is too (?:many|much)|is lethal|is fatal)\b",
    r"\b(?:lethal|fatal|deadly|toxic|overdose|od) (?:dose|amount|quantity|level|limit)\b",
    r"\b(?:what|which) (?:dose|amount) .{0,25}\b(?:lethal|fatal|deadly|kill|toxic|dangerous)\b",
    r"\b(?:which|what) (?:pills?|medications?|drugs?|meds|poisons?|chemicals?|painkillers?|tablets?) (?:are|is|would b"
    r"e) "
    r"(?:the )?(?:strongest|most (?:dangerous|lethal|deadly|toxic|powerful)|deadliest|lethal|fatal|deadly)\b",
    r"\bhow long (?:does it|would it|until|before|do you|does one|does someone) .{0,40}\b(?:die|death|dead|lose "
    r"consciousness|pass out|bleed out|suffocate|drown|take effect|stop breathing|kick in)\b",
    r"\b(?:trains?|subway|metro|freight)\b.{0,30}\b(?:pass|passes|come through|go past|don'?t stop|speed|fastest|"
    r"non-?stop|express|how fast)\b",
    r"\b(?:where|how) (?:can i|to|do i|could i|would i) (?:buy|get|find|obtain|order) .{0,25}\b(?:gun|firearm|rope|"
    r"pills|barbiturates|pentobarbital|nembutal|cyanide|poison|helium|charcoal|exit bag|sleeping pills|opioids)\b",
    r"\b(?:knot|noose|rope|belt)\b.{0,30}\b(?:tie|hold|strong enough|my weight|weight)\b|\bhow to tie a noose\b",
    r"\b(?:which|what) (?:veins?|arteries|artery)\b|\bhow deep (?:to|do you|should i|would i) cut\b|\bwhere to cut\b",
    r"\b(?:painless|quick(?:est)?|easiest|peaceful|fastest|surest|most reliable) (?:way|ways|method|methods) to (?:die|"
    r"go|end|sleep forever|not wake up|disappear)\b",
    r"\b(?:carbon monoxide|exhaust fumes|charcoal|helium)\b.{0,30}\b(?:how|long|much|car|room|tent)\b",
    r"\b(?:bleach|antifreeze|rat poison|weed killer|pesticide)\b.{0,30}\b(?:drink|swallow|kill|die|how much|taste)\b",
    r"\b(?:which|what) (?:rope|belt|cord|knot|cable)s? (?:is|are|would be) (?:the )?(?:strongest|best|strong enough)\b",
    r"\bhow long (?:can|could|would|does) (?:you|a person|someone|one|i) (?:survive|live|last) without (?:eating|food|"
    r"water|drinking)\b",
    r"\b(?:nearest|closest) (?:cliffs?|bridges?|tall buildings?|railway|train tracks?|multi-?stor(?:e)?y)\b",
    r"\bdeepest (?:part of the )?(?:river|lake|canal|water)\b|\bhow cold (?:does|would) the (?:water|river|sea)\b",
    # The same questions in other words: "is 40 ambien enough", "how high is the X bridge", "is the water deep".
    r"\b(?:is|are|would|will) (?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred|a (?:whole )?(?:bottle|box|pack|"
    r"packet|strip)) (?:of )?(?:my |the |these |his |her )?[\w-]+ (?:be )?(?:enough|too (?:many|much)|lethal|fatal)\b"
    r"(?! for (?:a |my |the )?(?:headache|pain|cold|fever|period|migraine|back))",
    r"\benough to (?:not wake up|never wake up|die|kill (?:me|myself|someone)|end it|sleep forever|stop (?:my|your) "
    r"heart)\b",
    r"\bhow (?:high|tall|deep|far down) (?:is|are) (?:the |that |this )?(?:[\w'-]+ ){0,4}(?:bridges?|buildings?|towers?|"
    r"cliffs?|flats?|roofs?|car parks?|multi-?stor(?:e)?ys?|viaducts?|overpass|dam|drop)\b",
    r"\b(?:is|how deep is) the (?:water|river|canal|lake|sea|drop)\b.{0,40}\b(?:deep|high|far down)\b",
    r"\b(?:trains?|express(?:es)?|intercit(?:y|ies))\b.{0,30}\b(?:not|don'?t|doesn'?t|never) stop\b|\bstations?\b.{0,40}"
    r"\b(?:fast|express|non-?stop|through) trains?\b|\blevel crossings?\b.{0,40}\b(?:when|what time|times?|trains?)\b",
    r"\b(?:trains?|express(?:es)?|intercit(?:y|ies))\b.{0,50}\bwithout stopping\b",
]

# Risk the companion adds on top of the screening (it can only raise the level): preparations and
# goodbyes the screening's rules do not phrase, a plan said in so many words beside other risk, and
# someone else's attempt under way. code -> (level, patterns); "plan_anaphora" counts only beside
# moderate+ risk in the recent messages.
RISK_EXTRA: dict[str, tuple[str, list[str]]] = {
    "means_at_hand": (
        "high",
        [
            r"\b(?:i (?:have|'ve got|got|bought|have got)|i'?ve (?:got|bought|saved|collected|stockpiled|hidden)) (?:the |"
            r"a |"
            r"some |my |enough |all the )?(?:rope|noose|pills|tablets|gun|knife|razor ?blades?|blades?|charcoal|helium|"
            r"poison)\b.{0,30}\b(?:ready|here|with me|in my (?:bag|pocket|room)|hidden|saved up|for (?:tonight|later|it))"
            r"\b",
            r"\b(?:the )?(?:rope|noose|pills|gun|knife|blades?) (?:is|are) (?:ready|here|set up|waiting|in my (?:bag|pocke"
            r"t))\b",
            # pills counted out, and "I'm taking them" (raised to imminent beside a time: "on Saturday")
            r"\bi(?:'ve| have)? (?:got |have )?(?:about |around |over |nearly |almost |like )?(?:\d{2,}|twenty|thirty|forty|"
            r"fifty|sixty|a hundred) (?:\w+ )?(?:pills|tablets|sleeping pills|painkillers|capsules)\b.{0,80}\b(?:i'?m|i am|"
            r"i'?ll|i will|going to|gonna) (?:take|taking|swallow|swallowing) (?:them|them all|all of them|the lot)\b",
        ],
    ),
    "goodbye": (
        "high",
        [
            r"\b(?:writing|wrote|written|leaving|left|finished|finishing) (?:a |my |the )?(?:goodbye|farewell|suicide) "
            r"(?:letters?|notes?|messages?|videos?)\b|\bgoodbye (?:letters?|notes?)\b",
            r"\bgave away (?:all )?my (?:stuff|things|belongings|cat|dog|pets?)\b|\bsaying goodbye to everyone\b",
            r"\b(?:writing|wrote|written|left) (?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|all the "
            r"people|the people|each of|my (?:family|kids|children|parents|wife|husband|partner))\b",
            r"\b(?:made|make|making) (?:my )?peace\b.{0,40}\bready to go\b|\bi'?m ready to (?:die|go now|leave this world)"
            r"\b",
        ],
    ),
    "third_party_risk": (
        "high",
        [
            r"\b(?:she|he|they|my (?:\w+ )?(?:sister|brother|friend|mum|mom|mother|dad|father|son|daughter|partner|"
            r"girlfriend|boyfriend|husband|wife|flatmate|roommate|cousin))\b.{0,40}\b(?:took|has taken|have taken|swallowe"
            r"d|"
            r"downed) (?:a whole (?:bottle|box|pack|packet|strip)|all (?:her|his|their) (?:pills|meds|tablets|medication)|"
            r"an overdose|too many (?:pills|tablets))",
            r"\b(?:she|he|they|my (?:\w+ )?(?:sister|brother|friend|mum|mom|dad|son|daughter|partner|girlfriend|"
            r"boyfriend|husband|wife|flatmate|roommate))\b.{0,25}\b(?:texted|sent|messaged|wrote|said)(?: me)? "
            r"['\"]?(?:goodbye|bye forever|farewell|i'?m sorry for everything)\b",
            r"\b(?:sent|texted|messaged|left) (?:me )?(?:a |an )?(?:\w+ )?(?:voice ?note|message|text|voicemail|letter|"
            r"note)\b.{0,20}\b(?:saying|that said|says|telling me)\b.{0,15}\b(?:goodbye|sorry for everything|bye forever|"
            r"it'?s not my fault|i love you all|take care of (?:my|the) \w+)",
            r"\b(?:she|he|they|my (?:\w+ )?(?:sister|brother|friend|mum|mom|dad|son|daughter|partner|girlfriend|"
            r"boyfriend|husband|wife|flatmate|roommate))\b.{0,20}\b(?:is|are) (?:going to|about to|trying to) "
            r"(?:kill (?:herself|himself|themselves)|jump|end (?:her|his|their) life)\b",
        ],
    ),
    "at_the_edge": (
        "imminent",
        [
            r"\b(?:i'?m|i am)\s+(?:\w+\s+){0,2}(?:on|at|in)\s+(?:the|a|my)\s+(?:\w+\s+){0,3}(?:roof|rooftop|ledge|edge|bri"
            r"dge|"
            r"railing|top floor|balcony|platform|tracks|cliff|bathtub|bath|car|station|train station)\b.{0,60}\b(?:jump|st"
            r"epping off|step off|let "
            r"go|end it|kill myself|with (?:a|the|my) (?:razor|knife|blade|pills|rope|gun|belt))",
            r"\b(?:i'?m|i am) (?:\w+ ){0,3}with (?:a|the|my) (?:razor|knife|blade|rope|gun|noose)\b.{0,40}\b(?:now|right "
            r"now|tonight|bath|bathroom|alone)\b|\b(?:i'?m|i am) in the (?:bath|bathtub|bathroom) with (?:a|the|my) "
            r"(?:razor|knife|blade|pills)\b",
            r"\b(?:i'?m|i am) (?:standing|sitting|up) on (?:the|a|my) (?:roof|rooftop|ledge|edge|bridge|railing|balcony "
            r"railing|tracks)\b",
            r"\b(?:i'?m|i am|im)\s+(?:\w+\s+){0,2}(?:on|at)\s+(?:the|a|my)\s+(?:[\w-]+\s+){0,3}(?:roof|rooftop|ledge|edge|"
            r"bridge|railing|top floor|balcony|platform|tracks|cliff|pier|viaduct|overpass)\b.{0,60}\b(?:don'?t (?:try to )?"
            r"stop me|it'?s time|goodbye|this is it|no one can stop me)\b",
        ],
    ),
    "attempt_in_progress": (
        "imminent",
        [
            r"\b(?:i'?ve|i have|i|just)\s+(?:just\s+|already\s+)?(?:taken|took|swallowed|downed|had)\s+(?:(?:like|about|"
            r"around|maybe|over|nearly|almost)\s+)?(?:\d{2,}|"
            r"everything|a (?:whole|bunch|lot|handful|load)|loads|too many|all the)\b.{0,40}\b(?:pills|tablets|meds|"
            r"medication|paracetamol|sleeping pills|medicine cabinet|capsules|of my \w+)",
        ],
    ),
    "means_saved": (
        "high",
        [
            r"\b(?:collecting|saving up|saving|hoarding|stockpiling|stashing|storing up) (?:up )?(?:my |all my |the )?"
            r"(?:meds|pills|tablets|medication|sleeping pills|painkillers)\b",
        ],
    ),
    "method": (
        "high",
        [
            r"\b(?:thinking (?:about|of)|want to|going to|gonna|might|could|plan to|planning to)\s+(?:\w+\s+){0,2}"
            r"(?:driv(?:e|ing) (?:my car |the car )?(?:into|off)|crash(?:ing)? (?:my|the) car|step(?:ping)? off|"
            r"jump(?:ing)? (?:off|from|in front)|walk(?:ing)? into (?:traffic|the sea|the river|the water)|"
            r"let(?:ting)? go of the (?:railing|edge)|hang(?:ing)? myself|drown(?:ing)? myself|overdos(?:e|ing))\b",
            r"\bi (?:bought|got|have) a (?:gun|rope)\b.{0,40}\b(?:know what i'?m going to do|going to use it|for myself|"
            r"end it)\b",
        ],
    ),
    "self_harm": (
        "moderate",
        [
            r"\bi (?:burned|burnt|cut|scratched|hit|punched|bit|hurt|harmed|stabbed) myself\b|\b(?:burned|burnt|cut|"
            r"scratched) my (?:arm|arms|legs?|wrists?|thighs?|skin|stomach)\b",
            r"\b(?:cutting|scratching|burning|carving|slicing|scraping|picking at) (?:into )?my (?:arms?|legs?|wrists?|"
            r"thighs?|skin|stomach|hips?)\b|\b(?:cut|scratch|scratched|scratching|hit|hitting|punch|punching|pick|"
            r"picking)\b.{0,40}\b(?:until|till|til) (?:it|they|i) (?:bleeds?|bled|bruises?|bruised|hurts?)\b",
        ],
    ),
    # Looking at the means beside other risk ("I can't go on, I keep looking at the knives"); counts only
    # beside moderate+ risk in the recent messages.
    "means_considered": (
        "high",
        [
            r"\b(?:looking|staring|stared|looked|glancing) at (?:the |my |all the |those )?(?:knives|knife|pills|tablets|"
            r"rope|razors?|blades?|gun|bottle of pills|train tracks|tracks|bridge)\b|\b(?:holding|got) (?:a |the |my )"
            r"(?:knife|razor|blade|rope|gun) (?:in my hand|right now)\b",
        ],
    ),
    "plan_anaphora": (
        "high",
        [
            r"\bi (?:have|'ve got|made|'ve made|got) (?:a|the|my) plan\b|\bi know (?:how|when|where) i'?(?:ll|m going to) "
            r"do it\b|\bi'?ve (?:planned|decided) (?:how|when|it)\b",
        ],
    ),
}
TIMELINE = (
    r"\b(?:tonight|today|right now|this weekend|tomorrow|in an hour|the night|later today|this evening|"
    r"(?:on |this |next )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when (?:my \w+|everyone|they|"
    r"he|she)(?:'s| is| are|'re)? (?:away|out|asleep|gone|at work))\b"
)

EMOTIONS: dict[str, tuple[str, str]] = {
    # own word -> (kind, the word as it reads after "feeling")
    "sad": ("sad", "sad"),
    "down": ("sad", "down"),
    "depressed": ("sad", "low"),
    "low": ("sad", "low"),
    "miserable": ("sad", "miserable"),
    "unhappy": ("sad", "unhappy"),
    "heartbroken": ("sad", "heartbroken"),
    "gutted": ("sad", "gutted"),
    "devastated": ("sad", "devastated"),
    "upset": ("sad", "upset"),
    "crying": ("sad", "upset"),
    "cried": ("sad", "upset"),
    "tearful": ("sad", "tearful"),
    "blue": ("sad", "blue"),
    "empty": ("sad", "empty"),
    "numb": ("sad", "numb"),
    "hopeless": ("sad", "hopeless"),
    "grief": ("sad", "grief"),
    "grieving": ("sad", "grief"),
    "anxious": ("anxious", "anxious"),
    "anxiety": ("anxious", "anxious"),
    "nervous": ("anxious", "nervous"),
    "worried": ("anxious", "worried"),
    "scared": ("anxious", "scared"),
    "afraid": ("anxious", "afraid"),
    "frightened": ("anxious", "frightened"),
    "terrified": ("anxious", "terrified"),
    "panicky": ("anxious", "panicky"),
    "panicking": ("anxious", "panicky"),
    "panic": ("anxious", "panicky"),
    "tense": ("anxious", "tense"),
    "on edge": ("anxious", "on edge"),
    "uneasy": ("anxious", "uneasy"),
    "restless": ("anxious", "restless"),
    "stressed": ("stressed", "stressed"),
    "stress": ("stressed", "stressed"),
    "stressful": ("stressed", "stressed"),
    "overwhelmed": ("stressed", "overwhelmed"),
    "under pressure": ("stressed", "under pressure"),
    "swamped": ("stressed", "swamped"),
    "angry": ("angry", "angry"),
    "mad": ("angry", "angry"),
    "furious": ("angry", "furious"),
    "pissed off": ("angry", "angry"),
    "pissed": ("angry", "angry"),
    "irritated": ("angry", "irritated"),
    "annoyed": ("angry", "annoyed"),
    "frustrated": ("angry", "frustrated"),
    "fed up": ("angry", "fed up"),
    "resentful": ("angry", "resentful"),
    "livid": ("angry", "furious"),
    "lonely": ("lonely", "lonely"),
    "alone": ("lonely", "alone"),
    "isolated": ("lonely", "isolated"),
    "left out": ("lonely", "left out"),
    "excluded": ("lonely", "left out"),
    "abandoned": ("lonely", "abandoned"),
    "invisible": ("lonely", "invisible"),
    "ashamed": ("ashamed", "ashamed"),
    "embarrassed": ("ashamed", "embarrassed"),
    "humiliated": ("ashamed", "humiliated"),
    "guilty": ("ashamed", "guilty"),
    "stupid": ("ashamed", "stupid"),
    "worthless": ("ashamed", "worthless"),
    "useless": ("ashamed", "useless"),
    "pathetic": ("ashamed", "pathetic"),
    "like a failure": ("ashamed", "like a failure"),
    "disappointed": ("sad", "disappointed"),
    "tired": ("tired", "tired"),
    "exhausted": ("tired", "exhausted"),
    "drained": ("tired", "drained"),
    "worn out": ("tired", "worn out"),
    "burnt out": ("tired", "burnt out"),
    "burned out": ("tired", "burnt out"),
    "knackered": ("tired", "exhausted"),
    "hurt": ("hurt", "hurt"),
    "rejected": ("hurt", "rejected"),
    "betrayed": ("hurt", "betrayed"),
    "let down": ("hurt", "let down"),
    "jealous": ("hurt", "jealous"),
    "confused": ("confused", "confused"),
    "stuck": ("confused", "stuck"),
    "lost": ("confused", "lost"),
    "torn": ("confused", "torn"),
    "unsure": ("confused", "unsure"),
    "awful": ("sad", "awful"),
    "terrible": ("sad", "terrible"),
    "horrible": ("sad", "awful"),
    "rubbish": ("sad", "rubbish"),
    "crap": ("sad", "awful"),
    "shit": ("sad", "awful"),
    "rough": ("sad", "rough"),
    "happy": ("positive", "happy"),
    "glad": ("positive", "glad"),
    "proud": ("positive", "proud"),
    "relieved": ("positive", "relieved"),
    "calm": ("positive", "calm"),
    "calmer": ("positive", "calmer"),
    "grateful": ("positive", "grateful"),
    "excited": ("positive", "excited"),
    "hopeful": ("positive", "hopeful"),
}

TOPICS: dict[str, str] = {
    "work": r"\b(?:work|job|deadlines?|project|meetings?|presentation|boss|manager|colleagues?|coworkers?|office|shift"
    r"|career|fired|sacked|laid off|redundan\w+)\b",
    "school": r"\b(?:school|exams?|tests?|study|studies|studying|uni|university|college|teacher|homework|grades?|thesi"
    r"s|"
    r"assignment|class|classes)\b",
    "relationship": r"\b(?:partner|boyfriend|girlfriend|husband|wife|ex|relationship|dating|date|breakup|broke up|"
    r"divorce|marriage)\b",
    "family": r"\b(?:mum|mom|mother|dad|father|parents?|sister|brother|siblings?|family|son|daughter|kids?|children|"
    r"grandma|grandpa|gran|aunt|uncle)\b",
    "friends": r"\b(?:friends?|mates?|bestie|best friend|group chat|party)\b",
    "health": r"\b(?:health|ill|sick|pain|doctor|hospital|diagnos\w+|symptoms?|body|weight)\b",
    "sleep": r"\b(?:sleep|sleeping|slept|insomnia|awake|tired|nightmares?)\b",
    "money": r"\b(?:money|bills?|debt|rent|broke|afford|loan|mortgage|salary|pay)\b",
    "loss": r"\b(?:died|passed away|death|funeral|grief|grieving|lost (?:my|our) \w+|miscarriage|stillbirth|"
    r"lost custody)\b",
    "future": r"\b(?:future|what'?s next|my life is going|where my life)\b",
}

DISTORTIONS: dict[str, list[str]] = {
    "all_or_nothing": [
        r"\b(?:complete|total|utter|absolute) (?:failure|disaster|idiot|mess|waste)\b",
        r"\b(?:ruined|ruin|wrecked|messed up) (?:everything|it all|my whole)\b|\beverything is (?:ruined|wrong|pointle"
        r"ss|"
        r"a mess|falling apart|bad)\b",
        r"\bif (?:it'?s|it is|i'?m|i am) not perfect\b|\bnothing (?:i do )?(?:ever )?(?:goes|works|turns out) (?:right|"
        r"well|out)\b|\b(?:either|it'?s) (?:perfect|all) or (?:nothing|useless|worthless)\b",
        r"\b(?:one|a single) mistake (?:and|means)\b|\bi (?:can'?t|cannot) do anything right\b",
        r"\bcompletely (?:useless|worthless|hopeless|failed)\b|\btotally (?:useless|worthless|failed)\b",
    ],
    "catastrophising": [
        r"\b(?:it'?ll|it will|this will|that will|it'?s going to|this is going to|going to) (?:be )?(?:a )?(?:total |c"
        r"omplete |huge |absolute |real |an )?(?:disaster|"
        r"catastrophe|terrible|awful|the end|horrible|a nightmare)\b",
        r"\b(?:my life is|my life'?s|i'?m|it'?s all) (?:over|ruined|finished)\b|\bruin(?:ed|s)? my (?:life|career|futu"
        r"re)\b",
        r"\bworst (?:thing|case|possible)\b|\b(?:i'?ll|i will|i'?m going to|gonna) (?:lose|end up losing) everything\b",
        r"\bwhat if .{0,40}\b(?:die|dies|fired|dumped|leaves|cancer|crash|lose everything)\b",
        r"\b(?:can'?t|cannot|won'?t be able to) (?:cope|handle|survive|bear) (?:it|this|that)\b",
        r"\b(?:end of the world|never recover|never get over)\b",
    ],
    "mind_reading": [
        r"\b(?:they|he|she|everyone|everybody|people|my (?:boss|friends|colleagues|family|partner|teacher)|"
        r"the others)\b (?:all |must |probably |obviously |clearly )?(?:think|thinks|believe|believes|see|sees|find|fi"
        r"nds|"
        r"know|knows)(?: that)? (?:i'?m|i am|me)\b",
        r"\b(?:they|he|she|everyone|everybody|people|the whole (?:team|class|office))(?: (?:at|in|from|on)(?: \w+){1,2"
        r"}?)?"
        r" (?:all |secretly |probably |must |just |really )?(?:hates?|dislikes?|despises?|laughs? at|laughing at|"
        r"talking about|judges?|judging|can'?t stand) (?:me|behind my back)\b",
        r"\b(?:nobody|no one|noone) (?:likes|loves|wants|cares about|respects) me\b",
        r"\bi (?:just )?know (?:he|she|they|everyone|people) (?:think|thinks|hate|hates|judge|judges)\b",
        r"\b(?:everyone|they all|people) (?:can )?(?:tell|see) (?:that )?i'?m\b",
    ],
    "fortune_telling": [
        r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna) (?:definitely |probably |just )?(?:fail|never|always be|me"
        r"ss "
        r"(?:it )?up|get fired|be alone|blow it|screw (?:it )?up|bomb|end up alone|die alone)\b",
        r"\b(?:it|this|things|my life|nothing) (?:will|won'?t|is never going to|are never going to) (?:never )?"
        r"(?:get better|work out|change|improve)\b",
        r"\bno point (?:in )?(?:trying|going|applying|asking)\b|\b(?:there'?s|it'?s) no use\b",
        r"\b(?:i know|i'?m sure|for sure) (?:i'?ll|it'?ll|it will|they'?ll|they will|she'?ll|he'?ll) (?:fail|go wrong|"
        r"say no|reject|leave|hate)\b",
        r"\bnever going to (?:find|get|be|have|pass)\b",
    ],
    "should_statements": [
        r"\bi (?:should|shouldn'?t|must|mustn'?t|ought to|have to|need to) (?:always |never )?(?:be (?:able|better|"
        r"perfect|stronger|over|happier|fine|more)|have (?:known|done|been)|feel|not feel|handle|cope)\b",
        r"\bi (?:should|shouldn'?t) have\b|\bi should'?ve\b|\bi (?:should|must) be (?:perfect|better|stronger|over it)"
        r"\b",
        r"\b(?:people|everyone|he|she|they) (?:should|shouldn'?t) (?:have|be|always|never)\b",
    ],
    "overgeneralisation": [
        r"\b(?:this|it|that) (?:always|keeps) happen(?:s|ing) to me\b|\b(?:always|never) (?:happens|goes (?:right|wron"
        r"g))\b",
        r"\bevery (?:single )?time\b|\b(?:nobody|no one|nothing) ever\b|\beveryone always\b",
        r"\bi (?:always|never) (?:mess|screw|ruin|fail|get|do|say|make)\b",
        r"\b(?:all|every) (?:men|women|people|guys|girls|bosses|relationships) (?:are|end|always)\b",
        r"\b(?:never|nothing) (?:works?|goes) (?:right|my way|out) for me\b",
    ],
    "labelling": [
        r"\bi'?m (?:such |just |so |a complete |a total |a )?(?:an? )?(?:idiot|loser|failure|disappointment|burden|"
        r"mess|fraud|joke|freak|moron|screw-?up|waste of space|bad person|terrible (?:person|mother|father|friend|"
        r"partner)|horrible person|monster|nobody|worthless|useless|pathetic|disgusting|unlovable|stupid|weak|broken|"
        r"ugly|hopeless case)\b",
        r"\bi am (?:such |just |so |a )?(?:an? )?(?:idiot|loser|failure|disappointment|burden|mess|fraud|joke|freak|"
        r"moron|bad person|worthless|useless|pathetic|disgusting|unlovable|stupid|weak|broken|ugly)\b",
        r"\bwhat an? (?:idiot|loser|failure) i am\b",
        r"\bi (?:feel|felt) like (?:such )?(?:an? )?(?:complete |total )?(?:idiot|loser|failure|fraud|burden|joke|"
        r"disappointment|mess|moron)\b",
    ],
    "personalisation": [
        r"\b(?:it'?s|it is|it was|that'?s|that was|this is|everything is|it'?s all|all) (?:all |entirely |totally )?"
        r"my fault\b",
        r"\b(?:because|all because) of me\b|\bi (?:made|caused) (?:him|her|them|it|this|everything) "
        r"(?:angry|leave|sad|happen|go wrong|upset|fail|break up)?\b",
        r"\bi (?:ruined|ruin|spoiled|spoil) (?:it|everything|their|his|her|the)\b|\bif only i (?:had|hadn'?t)\b",
        r"\bi'?m (?:the reason|to blame|the problem)\b|\bi (?:should have|could have) (?:stopped|prevented|saved)\b",
    ],
}

ANSWERS: dict[str, str] = {
    "stop": r"\b(?:stop|enough|let'?s stop|skip (?:this|it)|i don'?t want to do (?:this|that)|can we stop|quit this|"
    r"not now|forget it|never ?mind|this isn'?t helping|don'?t want to)\b",
    "yes": r"^\W*(?:yes|yeah|yea|yep|yup|sure|ok|okay|k|alright|all right|let'?s (?:do it|try|go)|go on|go ahead|pleas"
    r"e|"
    r"why not|i'?d like that|sounds good|fine|let'?s|i'?ll try|i can try|ready|done|i did|i'?m ready)\b",
    "no": r"^\W*(?:no|nope|nah|not really|i'?d rather not|maybe later|no thanks|no thank you)\b",
}

# Verbs that change with the subject ("I am" -> "you are"), only right after a swapped "I".
REFLECT_VERBS = {"am": "are", "was": "were"}
# The feeling a distorted thought usually comes with, for validating it when no feeling was named.
DISTORTION_FEELINGS = {
    "mind_reading": "hurt and alone",
    "fortune_telling": "discouraged",
    "catastrophising": "scared",
    "all_or_nothing": "disappointed",
    "labelling": "very low about yourself",
    "should_statements": "under a lot of pressure",
    "overgeneralisation": "discouraged",
    "personalisation": "guilty",
}
# Pronoun swaps for reflecting the client's own words back ("my boss" -> "your boss").
REFLECT = {
    "i": "you",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "our": "your",
    "us": "you",
    "ours": "yours",
}


# ---------------------------------------------------------------------------------------------------
# Wider forms (second development round): the same intents, plans and beliefs told in other words,
# without punctuation, in chat spelling, or as a follow-up to an earlier turn. Written from new dev
# items (benchmarks/data/companion_dev.jsonl), never from the evaluation set.

MEDICINES = _MEDS
DIAGNOSIS_WORDS = (
    r"(?:" + _DX + r"|" + _DX_ADJ + r"|psychopaths?|sociopaths?|narcissists?|a disorder|disorders?|"
    r"neurodivergent|neurodiverse|autistic)"
)
# A message that asks something: a question mark, or a sentence that opens like a question.
QUESTION = (
    r"\?|(?:^|[.!]\s+)(?:can|could|should|shall|may|might|is|are|am|do|does|did|would|will|how|what'?s?|whats|"
    r"when|which|why|where|who)\b|\b(?:or not|do you think|would you say|what would you do|is it ok|is that ok|"
    r"is it safe|is it bad|tell me if|wondering (?:if|whether))\b"
)
# What a message refers to when it asks who may read it ("will my therapist read this?").
_THIS = r"(?:this|it|that|what i (?:write|say|said|wrote|type)|these|our (?:chats?|talks?)|my (?:chats?|messages?))"

INTENTS["ask_ai"] += [
    r"\b(?:are|r) (?:you|u|ya)\b.{0,25}\b(?:real|human|a person|alive|a bot|a robot|an? ai|a machine|automated|"
    r"a computer|conscious|sentient)\b",
    r"\b(?:is|are) (?:this|there|it|you) (?:an? )?(?:actual|real|live) (?:person|human|counsell?or|therapist|someone|"
    r"somebody|people)\b|\b(?:is|are) (?:this|it|you|these) (?:an? |some (?:kind|sort) of |just )?(?:automated|"
    r"automatic|computer|robot|bot)\b",
    r"\b(?:who|what) is (?:typing|writing|answering|replying|sending) (?:this|these|me)\b|\bis (?:someone|somebody|a "
    r"person|a human|anyone) (?:typing|writing|answering|replying|behind)\b",
    r"\b(?:a real|an actual|a) (?:person|human) typing\b|\b(?:typing|writing) (?:this|these) (?:yourself|as a person|"
    r"as a human)\b",
    r"\bor (?:just )?(?:code|a bot|a program|an ai|a machine|software|an algorithm)\s*\?",
]
INTENTS["secrecy"] += [
    r"\b(?:can|could|will|would|does|do) (?:my |the )?(?:therapist|psychologist|counsell?or|psychiatrist|doctor|gp|"
    r"care team|parents?|mum|mom|dad|school|anyone|someone)\b.{0,20}\b(?:read|see|find out about|know about|get to "
    r"(?:read|see)|be told about|hear about)\b.{0,10}\b" + _THIS,
    r"\b(?:it|this|that) stays? (?:here|in here|private|between|secret)\b|\bkeep (?:it|this|that) (?:private|secret|"
    r"confidential|quiet)\b",
    r"\b(?:no one|nobody|noone) (?:can|may|must|should) (?:know|find out|see|read)\b",
]
INTENTS["seek_agreement"] += [
    r"\b(?:you|u) believe me\b|\b(?:say|tell me) (?:that )?(?:you|u) believe me\b|\bbelieve me,? (?:right|yes|"
    r"don'?t you)\b",
    r"\b(?:just|only|please) (?:say|tell me) (?:that |yes\b|you |i'?m |i |it'?s |it |he |she |they |my )|\btell me "
    r"(?:that )?(?:it'?s|i'?m|i am|i can|i should|i did|i'?ve)\b",
    r"\b(?:agree|right|yeah|yes|eh)\s*\?+\s*$|\bagree\s*[?.!]*\s*$",
    r"\b(?:isn'?t it|wouldn'?t it|won'?t it|doesn'?t it|don'?t you think|wouldn'?t you agree|am i right|aren'?t i|"
    r"don'?t they|can'?t i|shouldn'?t i|wouldn'?t you|didn'?t i|haven'?t i)\s*[?!.]*\s*$",
    r"\b(?:you'?re|you are) (?:with|behind) me\b|\bsupport me (?:on|in) (?:this|it)\b|\bback me\b",
    r"\b(?:sounds|seems|that'?s|it'?s|is that|is it) (?:reasonable|fair|fine|sensible|ok|okay|smart|genius|wise)\s*"
    r"\?|\b(?:genius|smart|fair|reasonable|sensible|good call|good decision|right call),? (?:right|yeah|eh)?\s*\?",
    r"\b(?:you see (?:that|it)|you know (?:it|i'?m right)|you can say it|admit (?:it|that))\b",
    r"\b(?:yes or no|be (?:real|honest|straight) with me)\b",
]
INTENTS["stop_medication"] += [
    r"\b(?:come|coming|get|getting|go|going) off (?:of )?(?:my |the |these |those )?(?:\w+ )?" + _MEDS,
    r"\b(?:ok|okay|fine|alright|safe) (?:for me )?to (?:stop|quit|come off|skip|drop|taper)\b",
]
INTENTS["ask_medication"] += [
    r"\b(?:max(?:imum)?|highest|most) (?:amount|number|dose|daily dose|i can take)\b.{0,30}" + _MEDS,
    r"\b(?:when|how often|whenever) (?:can|should|could|do) i (?:take|use|have)\b.{0,30}\b(?:it|them|" + _MEDS + r")",
    r"\b(?:on|taking) " + _MEDS + r"\b.{0,40}\b(?:drink|alcohol|beer|wine|party|wedding|weed)\b|\b(?:drink|alcohol|"
    r"beer|wine)\b.{0,40}\b(?:if|while|when) i'?m on\b",
]
INTENTS["promise_request"] += [
    r"\bpromise\s*[?!]+|\bpromise\s*$|\b(?:can|could|will|would) (?:you|u) (?:\w+ )?promise\b",
    r"\b(?:stay up|stay awake|sit up) with me\b|\b(?:can|could|will|would|please) (?:you |u )?(?:just |please )?"
    r"(?:stay up|stay awake|stay on|sit up|message me|text me|call me|ring me|wake me|remind me|check on me|check "
    r"(?:that|if) i|keep an eye on me|look after me|make sure i)\b",
]
INTENTS["dependence"] += [
    r"\b(?:easier|nicer|better) (?:to talk to |talking to )?than (?:real )?(?:people|humans|my friends|my family|"
    r"my therapist)\b|\b(?:just|only) (?:talk|talking) to (?:you|u) (?:instead|from now)\b|\btalk to (?:you|u) "
    r"instead\b",
]
INTENTS["heavy_use"] = [
    r"\b(?:talking|chatting|texting|talked|chatted|been) (?:to|with) (?:you|u)\b.{0,20}\b(?:for )?(?:like |about |over "
    r")?(?:\d+|hours|all (?:day|night)|the whole (?:day|night))\b.{0,10}\b(?:hours?|straight|today|long|day|night)\b",
    r"\b(?:\d+|several|many|so many) hours?\b.{0,25}\b(?:(?:talking|chatting) (?:to|with) (?:you|u)|on here|in "
    r"(?:this|the) app)\b",
    r"\b(?:all|whole) (?:day|night|evening|weekend)\b.{0,20}\b(?:chatting|talking|texting|on here)\b.{0,15}\b(?:you|"
    r"u|here)\b|\b(?:chatting|talking) (?:to|with) (?:you|u) (?:all|the whole) (?:day|night)\b",
    r"\b(?:every|each) (?:hour|half hour|few minutes)\b.{0,20}\b(?:back here|come back|coming back|talk to you|"
    r"open (?:this|the app))\b|\b(?:keep|kept) coming back here\b",
    r"\binstead of (?:sleeping|going to bed|seeing (?:people|friends)|going out|working)\b.{0,25}\b(?:you|here|"
    r"chat)\b|\b(?:you|here|chat)\b.{0,25}\binstead of (?:sleeping|going to bed|seeing (?:people|friends))\b",
]
INTENTS["positive"] = [
    p.replace(r"\bi did it\b", r"(?<!if )(?<!when )\bi did it\b(?! (?:slowly|wrong|again|myself|anyway))")
    for p in INTENTS["positive"]
]
RISKY_PLANS["stop_therapy"] += [
    r"\b(?:stop|stopping|quit|quitting|drop|dropping|ditch|ditching|cancel|cancelling|canceling) (?:seeing |going to "
    r")?(?:my )?(?:therapist|psychologist|counsell?or|psychiatrist|shrink|sessions|therapy)\b",
]
RISKY_PLANS["stop_eating"] += [
    r"\b(?:not|won'?t|never) (?:going to |gonna )?eat (?:anything|a thing|for (?:days|a week)|until|till|again)\b",
    r"\beat (?:nothing|no food)\b.{0,30}\b(?:until|till|for|to|this)\b",
]

# Beliefs that are probably delusional, in more general shapes: who (an implausible agent) does what
# (watch, film, poison, control) to the person; media and objects that send them signs; devices in the
# body; thoughts taken out; someone close replaced; grand powers and titles; a world of actors.
_AGENTS = (
    r"(?:the police|police|cops|the government|government|cia|fbi|mi5|mi6|nsa|secret service|secret services|"
    r"intelligence services|the feds|aliens|satellites?|illuminati|freemasons|the mafia)"
)
_CLOSE = r"(?:mum|mom|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|sister|brother|son|daughter|friend)"
DELUSIONS += [
    r"\b" + _AGENTS + r"\b.{0,30}\b(?:watch|watching|film|filming|record|recording|follow|following|track|tracking|spy|"
    r"spying|monitor|monitoring|poison|poisoning|control|controlling|read|reading|bug|bugging|hack|hacking|target|"
    r"targeting|experiment|experimenting|implant|gassing|listen|listening)\w*\b.{0,20}\b(?:me|my)\b",
    _NOT_FIGURATIVE
    + r"\b(?:radio|tv|television|news|newspapers?|songs?|adverts?|ads|billboards?|posters?|street signs?|the signs|"
    r"licen[cs]e plates|number plates|cars?|headlights|strangers|people (?:on|in|at) the \w+|coughs?|coughing|clouds|"
    r"birds|crows|pigeons|the numbers)\b.{0,50}\b(?:say(?:s|ing)? my name|call(?:s|ing)? my name|(?:a |secret |coded )?"
    r"messages? (?:for|to) me|sending me (?:a |secret )?(?:messages?|signs?|signals?|codes?)|warn(?:s|ing)? me|to warn "
    r"me|let me know|signal(?:s|ling|ing)? (?:to )?me|meant for me)\b",
    r"\b(?:in|with) (?:a |some )?(?:pattern|code|secret code|signals?)\b.{0,25}\b(?:let me know|tell me|warn me|"
    r"signal|so i know|for me)\b",
    r"\b(?:pull|pulling|pulled|take|taking|taken|suck|sucking|sucked|steal|stealing|stole|remove|removing|removed|"
    r"extract|extracting|drain|draining|beam|beaming)\w*\b.{0,10}\b(?:my )?thoughts (?:out of|from|right out of) "
    r"my (?:head|mind|brain)\b|\bmy thoughts\b.{0,20}\b(?:pulled|taken|sucked|stolen|removed|extracted|drained) "
    r"(?:out|away)\b|\bthoughts (?:keep )?(?:getting|being) (?:pulled|taken|sucked|stolen|removed|put)\b",
    # (not a medical device: a glucose sensor or a hearing implant in one's arm or ear is a fact)
    r"(?<!glucose )(?<!insulin )(?<!hearing )(?<!cochlear )(?<!heart )(?<!contraceptive )"
    r"\b(?:device|chip|microchip|implant|transmitter|tracker|receiver|camera|microphone|mic|bug|wire|antenna|sensor)s?"
    r"\b.{0,30}\b(?:in|inside|under|into) my (?:tooth|teeth|filling|fillings|head|brain|body|skin|ear|ears|neck|arm|"
    r"eye|eyes|skull|jaw|chest|stomach|blood)\b",
    r"\b(?:my )?" + _CLOSE + r"s? (?:isn'?t|is not|'s not|aren'?t) (?:really |actually )?(?:my|the real|him|her)\b"
    r".{0,80}\b(?:replaced|impostor|imposter|fake|copy|clone|double|pretending|smells? different|looks? different|"
    r"sounds? different|different person|swapped)\b",
    r"\b(?:someone|somebody|they|something|aliens|the government) (?:has |have |had )?(?:replaced|swapped|switched) "
    r"(?:her|him|them|my \w+)\b",
    r"\bi(?:'?m| am) (?:actually |secretly |really |the )*(?:rightful|true|secret|chosen|hidden|lost) (?:queen|king|"
    r"heir|prince|princess|ruler|leader|owner|messiah|prophet|president|daughter of|son of|child of)\b|\b(?:stole|"
    r"stolen|took|taken) my (?:identity|throne|crown|kingdom)\b",
    r"\bi can (?:make it (?:rain|snow|stop raining)|control (?:the )?(?:weather|rain|traffic|sun|time|lights|people|"
    r"minds|electricity)|stop time|change the weather|move things with my mind|make things happen (?:just )?by "
    r"thinking|hear what (?:people|everyone|others) (?:are )?think(?:ing)?|see the future)\b|\bi can\b.{0,40}\bjust "
    r"by thinking (?:about|of) it\b",
    r"\b(?:god|jesus|the universe|angels?)\b.{0,15}\b(?:speaks?|talks?|sends?|tells?|told|gives?|shows?)\b.{0,15}"
    r"\b(?:me|to me)\b.{0,40}\b(?:through|via|in) (?:the |my )?(?:cracks|tv|radio|numbers|signs|plates|pavement|walls|"
    r"lights|songs|clouds|trees)\b|\b(?:meant|chosen|destined|sent) to (?:lead|rule|guide|save|command) (?:the )?"
    r"(?:people|humanity|the world|everyone|mankind|the nation|this country)\b",
    r"\b(?:everyone|everybody|all the people|people|they)\b.{0,25}\b(?:is|are) (?:all )?(?:an? )?(?:actors?|paid "
    r"actors?|hired to|in on it|androids|not real(?! \w))\b(?!.{0,40}\b(?:surprise|party|prank|birthday|joke)\b)|\b(?:hired|paid|planted|sent) to (?:test|watch|spy on|"
    r"follow|study|observe) me\b|\bnone of (?:it|this|them) (?:is|are) real\b|\bit'?s all (?:a |an )?(?:set-?up|"
    r"simulation|staged)\b",
    r"\b(?:i'?m|i am) being (?:slowly )?(?:poisoned|drugged|gassed|irradiated|experimented on)\b|\b(?:is|are) "
    r"(?:slowly )?(?:poisoning|drugging|gassing) me\b|\b(?:pump|pumping|blow|blowing|release|releasing|spray|"
    r"spraying|send|sending|put|putting)\w*\b.{0,10}\b(?:gas|poison|chemicals|radiation|rays|beams|fumes)\b.{0,30}"
    r"\b(?:through|into|in|under) (?:the|my) (?:vents?|walls?|house|flat|room|air|water|door|floor|ceiling)\b",
    r"\b(?:phone|laptop|webcam|camera|tv|computer)\b.{0,30}\b(?:turns? on|switch(?:es)? on|lights? up) (?:by "
    r"itself|on its own)\b.{0,40}\b(?:because|so|they|filming|watching|recording)\b",
    r"\bi (?:have )?(?:stopped existing|ceased to exist)\b|\bi (?:no longer|don'?t) exist (?:anymore|any more)?\s*"
    r"(?:[.,!]|$)",
]

# Changing the dose alone is a risky plan like stopping ("I'll halve my lithium from tonight").
INTENTS["stop_medication"] += [
    r"\b(?:halve|halving|cut|cutting|lower|lowering|reduce|reducing|double|doubling|increase|increasing|"
    r"change|changing|adjust|adjusting|swap|swapping|switch|switching|replace|replacing)\b (?:down )?(?:on )?(?:my |"
    r"the )?(?:\w+ )?" + _MEDS + r"\b(?!.{0,30}\?)",
]
INTENTS["seek_agreement"] += [r"\b(?:so )?(?:you|u) agree\b|\bwhy can'?t you (?:just )?support me\b"]
INTENTS["promise_request"] += [r"\b(?:will|would) you remember me\b|\bdon'?t forget me\b"]
INTENTS["secrecy"] += [
    r"\b(?:everything|all|this|what) (?:i (?:write|say|type|tell you) )?(?:go(?:es)?|gets? sent|is sent|gets? "
    r"shared|is shared) (?:to|with) (?:my |the )?(?:therapist|psychologist|counsell?or|doctor|gp|care team|parents)\b",
]
# Talking with the companion (who) and for how long (how much): both in one message is heavy use.
HEAVY_WHO = r"\b(?:talk|talking|talked|chat|chatting|chatted|text|texting|message|messaging) (?:to|with) (?:you|u)\b"
HEAVY_HOW_MUCH = (
    r"\b(?:\d+|several|many|so many|ten|eight|six|five) hours?\b|\bhours (?:a|every|each|per) day\b|\ball (?:day|"
    r"night) (?:long)?\b|\bthe whole (?:day|night)\b|\bevery (?:hour|spare minute)\b|\bfrom when i wake up\b|\buntil "
    r"i fall asleep\b|\bnon-?stop\b|\b24/7\b|\bconstantly\b"
)
# A condition someone else says the person has, or one they suspect themselves.
DIAGNOSIS_CLAIM = (
    r"\b(?:says|said|thinks|told me|reckons|keeps saying|called me)\b.{0,15}\b(?:i'?m|i am|i have|i'?ve got|me)\b|"
    r"\b(?:think|maybe|might|probably|pretty sure|wonder if|suspect|feel like|convinced|bet|lowkey)\b.{0,15}"
    r"\bi(?:'m| am| have|'ve got| got| might have| could have| may have)\b"
)
VERDICT_QUESTION = (
    r"\b(?:right|correct|true|is (?:he|she|it|that|this|they)|are they|or not|do you agree|what do you think|thoughts|"
    r"am i|do i|does it sound|sound like|your opinion)\b"
)
# Changing medicine: with a medicine named and a question, it is a medication question.
MEDICATION_CHANGE = (
    r"\b(?:swap|swapping|switch|switching|replace|replacing|change|changing|instead|stop|stopping|start|starting|"
    r"come off|coming off|wean|taper)\b"
)
DELUSIONS += [
    r"\b(?:tv|television|presenter|newsreader|news|radio|songs?|lyrics|adverts?|billboards?)\b.{0,60}\b(?:(?:was|is|"
    r"are|were) (?:a |the )?(?:message|sign|signal|code|warning)s?\b.{0,10}\b(?:that i|for me|to me|telling me|"
    r"meant)|(?:talk(?:ing|s|ed)?|spoke|speaking) about me|said my (?:name|street|address)|(?:looked|looking|stared|"
    r"staring) (?:right |straight |directly )?at me)\b",
    r"\bevery (?:\w+ ){0,2}(?:car|cars|plate|plates|bird|birds|song|songs|number|numbers|sign|signs|light|lights|"
    r"cough)\b.{0,30}\bmeans?\b",
    _NOT_FICTION
    + r"\b(?:replaced|swapped|switched|exchanged)\b.{0,20}\b(?:with|for|by) (?:an? )?(?:\w+ )?(?:impostor|imposter|"
    r"double|clone|robot|lookalike|look-?alike|copy|fake|replica|android|body double)\b|\bthe real (?:one|her|him|them|mum|mom|dad|\w+) is (?:still "
    r")?(?:out there|somewhere|missing|gone|hidden|locked up)\b",
    r"\b(?:they'?re|they are|everyone'?s|everyone is|they'?re all|they are all) (?:all )?in on it\b",
    r"\b(?:i'?m|i am) (?:the )?(?:rightful |secret |true )?heir (?:to|of)\b",
    r"\b(?:i can|i could|i'?m able to) (?:heal|cure)\b.{0,20}\b(?:people|anyone|everyone|cancer|the sick|illness|"
    r"diseases?|by touch)\b|\bi (?:healed|cured) (?:my |her |his |their |a )?(?:\w+'?s? )?(?:cancer|illness|disease|"
    r"blindness)\b",
    r"\b(?:machine|device|ray|laser|beam|weapon)s?\b.{0,30}\b(?:shocks?|electricity|waves|radiation|rays|signals)\b|"
    r"\b(?:send|sending|shoot|shooting|fire|firing|beam|beaming)\w*\b.{0,20}\b(?:electric shocks|shocks|electricity|"
    r"waves|radiation|rays|lasers)\b.{0,20}\b(?:through|into|at) (?:the|my|me)\b",
    r"\b(?:cameras?|microphones?|mics|bugs|listening devices?|spy ?ware)\b.{0,40}\b(?:in|inside|behind|under) (?:my|the)"
    r" \w+(?: \w+)?\b.{0,30}\bto (?:film|watch|record|spy on|listen to|monitor|track) me\b",
]

# Unusual experiences told in words no single rule above expects: two different cues in one message
# (and not about a film, book or game) mark a belief the reply must not go along with.
UNUSUAL_CUES = [
    r"\b(?:follow|follows|following|followed) me (?:everywhere|all the time|wherever|around)\b",
    r"\b(?:spying on|filming|bugging) me\b",
    r"\breading my (?:mind|thoughts)\b",
    r"\bthrough (?:the|my) (?:fillings?|teeth|walls?|tv|television|radio|wifi|wi-fi|router|microwave|phone|"
    r"electricity|plugs?|sockets?|lights?)\b",
    r"\bpretending to be\b",
    r"\b(?:another|a different|an alien|other) (?:planet|dimension|galaxy|world)\b",
    r"\bsent (?:here|to earth|down)\b",
    r"\bsignal(?:l)?ing\b|\bsignals? (?:for|to) me\b",
    r"\bso (?:i|that i) (?:won'?t|wont|don'?t|dont|can'?t|cant) notice\b|\bthey think i (?:don'?t|haven'?t) notice"
    r"d?\b",
    r"\bin on it\b|\bconspir\w*|\bplot(?:ting)? against\b|\bgang ?stalk\w*",
    r"\b(?:implant|microchip|chip|tracker|transmitter)s?\b",
    r"\btelepath\w*|\bmind control\w*|\bmind[- ]reading\b",
    r"\b(?:aliens?|satellites?|government|secret service|mi5|cia|fbi|nsa|spies|the feds)\b",
    r"\bpoison\w*",
    r"\b(?:swap|swaps|swapping|switch|switching|change|changes|changing) (?:cars|cars|vehicles|disguises|faces)\b",
    r"\b(?:every time|whenever) i (?:walk|go|pass|leave|step|look)\b",
    r"\b(?:chosen|destined|prophecy|prophet|divine|my mission)\b",
    r"\b(?:not human|not real people|impostors?|imposters?|replaced|clones?)\b",
    r"\b(?:everywhere i go|wherever i go)\b",
    r"\b(?:special|secret|hidden) (?:powers?|messages?|signs?|codes?)\b",
]
MEDIA_CONTEXT = (
    r"\b(?:film|films|movie|movies|show|series|book|novel|documentary|game|episode|podcast|story|stories|dream|"
    r"dreamt|dreamed|nightmare|conspiracy theor\w*|theory|theories|lol|haha)\b"
)
DELUSIONS += [
    r"\b(?:they|someone|somebody|people|he|she|everything i|what i|my thoughts)\b.{0,60}\b(?:through|via) (?:the |my "
    r")?(?:fillings?|teeth|tooth|molars?)\b",
    r"\bpretending to be (?:him|her|them|my \w+)\b|\b(?:isn'?t|is not|'?s not) (?:really )?(?:him|her|my \w+) "
    r"anymore\b",
    r"\b(?:sent|came|come|was sent|were sent) (?:here |to earth |down )?from (?:another|a different|an alien|my home) "
    r"(?:planet|world|dimension|galaxy)\b",
    # Certainty of being watched, and lights that answer one's passing (as in the Dutch lexicon).
    r"\bi (?:just )?know (?:for (?:a fact|sure) )?(?:that )?i'?m being (?:watched|followed|tracked|monitored|spied on)\b"
    r"(?!.{0,40}\bon (?:linkedin|instagram|insta|tiktok|twitter|x|facebook|snapchat|social media|strava)\b)",
    r"\b(?:street ?lights|streetlamps|lamp ?posts|lights|lamps)\b.{0,30}\b(?:flicker|flickers|blink|go out|switch off)\b"
    r".{0,30}\b(?:every time i|whenever i|each time i|as soon as i)\b",
]

# Third development round (2026-12): belief frames in more shapes, whatever wraps them (a certainty
# marker, a question, a sentence of context before): thoughts heard, played back, moved or put in by
# others; media that talk about the person or are written for them; masts, wifi and rays acting on the
# brain; things added to food or water to control; a body decaying or hollow; someone close swapped or
# in their place; grand missions, lines to God, hidden fortunes and royal parents; devices in the body
# that let others track the person; professionals and colleagues working with agencies against them.
_THINKING = r"(?:what i'?m thinking|what im thinking|what i am thinking|what i think|everything i think|my thoughts)"
_BODY = (
    r"(?:head|brain|skull|body|skin|blood|veins?|teeth|tooth|molars?|gums?|jaw|ears?|eyes?|neck|arm|arms|hand|hands|"
    r"legs?|chest|stomach|spine|back)"
)
_FOOD = (
    r"(?:food|drinks?|water|tap water|tea|coffee|meals?|dinner|lunch|breakfast|soup|juice|milk|meds|medication|pills)"
)
_TECH = (
    r"(?:5g|the mast|masts?|phone masts?|towers?|wi-?fi|routers?|smart meters?|antennas?|satellites?|radiation|"
    r"frequenc(?:y|ies)|radio waves|microwaves|electromagnetic \w+)"
)
DELUSIONS += [
    # Thoughts heard, played back, moved or put in by others ("so they can hear what I'm thinking").
    r"\b(?:they|they'?re|someone|somebody|people|everyone|everybody|the neighbou?rs'?|neighbou?rs|hackers|speakers|"
    r"colleagues|co-?workers|(?:flat|room|house)mates?|landlord|the government|aliens|he|she)\b(?: \w+){0,3} (?:hear|hears|hearing|listen to|listening to|record|"
    r"records|recording|steal|steals|stealing|play|plays|playing|repeat|repeats|repeating|echo|echoes|echoing|"
    r"broadcast\w*|download\w*|scrambl\w*|rearrang\w*|move|moves|moving|wipe\w*|eras\w*|delet\w*) (?:all )?(?:of )?"
    + _THINKING
    + r"\b",
    r"\bi can (?:hear|see) what (?:other )?(?:people|everyone|everybody|others|strangers) (?:else )?(?:are |is )?"
    r"(?:think|thinks|thinking)\b|\bi can (?:hear|read|see) (?:other )?(?:people'?s|everyone'?s|everybody'?s|others'?|"
    r"strangers'?) (?:thoughts|minds)\b",
    r"\b(?:push\w*|beam\w*|transmit\w*|send\w*|broadcast\w*|insert\w*|implant\w*|upload\w*|forc\w*|plant\w*)\b "
    r"(?:\w+ ){0,2}(?:orders|commands|instructions|messages|voices|thoughts|images|signals|words|pictures|dreams|"
    r"noises) (?:straight |directly |right )?(?:into|inside|in) my (?:head|brain|mind|skull|dreams)\b",
    r"\b(?:tapped|hacked|plugged|broken|logged) (?:in)?to my (?:brain|head|mind|thoughts|nervous system|skull)\b",
    # Media that talk about the person or are written for them ("why does the radio keep talking about me?").
    r"\b(?:radio|tv|telly|television|news|newsreaders?|presenters?|dj|hosts?|podcasts?|billboards?|adverts?|ads|"
    r"songs?|lyrics|forecast|headlines?|newspapers?)\b.{0,40}\b(?:keeps? |kept |always |constantly |still |is |are |"
    r"was |were )*(?:talk(?:s|ing|ed)?|going on|speak(?:s|ing)?|sing(?:s|ing)?|gossip\w*|joking|joke) about me\b",
    _NOT_FIGURATIVE + r"\b(?:words|messages?|billboards?|"
    r"adverts?|ads|posters?|signs?|songs?|lyrics|forecast|headlines?|number plates?|graffiti|the news|broadcasts?)\b"
    r".{0,50}\b(?:is|are|was|were) (?:clearly |obviously |all |secretly |specially |actually |definitely |always )*"
    r"(?:written|made|meant|aimed|put there|placed|changed|designed|intended|broadcast) (?:just |only |especially |"
    r"specially )?(?:for|at|to) me\b",
    r"\b(?:songs|lyrics|programmes|programs|adverts|ads|headlines|the news|broadcasts|shows)\b(?: \w+){0,4} (?:are|"
    r"is|were|was) (?:all |secretly |actually |really |always |obviously |clearly )*about me\b(?! lol| haha| 😂)",
    r"\b(?:coded|encoded|encrypted) (?:warnings?|messages?|signs?|signals?|instructions?)\b.{0,40}\b(?:for me|to me|"
    r"at me|only i)\b|\b(?:secret|hidden) (?:warnings?|signals?|instructions?)\b.{0,40}\b(?:for me|to me|at me|only "
    r"i)\b",
    # Masts, wifi and rays acting on the brain.
    r"\b" + _TECH + r"\b.{0,40}\b(?:scrambl\w*|fry|fries|frying|control\w*|beam\w*|attack\w*|target\w*|burn\w*|"
    r"melt\w*|cook\w*|zap\w*|read\w*|invad\w*|rewir\w*|reprogram\w*) (?:straight |directly |right )?(?:into |inside )?"
    r"my (?:brain|head|mind|thoughts|nerves|dna|blood|cells)\b",
    # Something added to food or water, to keep or make the person some way; poison in what they eat.
    r"\b(?:poison|arsenic|cyanide|rat poison)\b (?:\w+ ){0,3}(?:in|into) (?:it|(?:my|the|our|his|her) (?:\w+ )?"
    + _FOOD
    + r")\b",
    r"\b(?:add\w*|put\w*|mix\w*|slip\w*|spik\w*|lac\w*|sneak\w*|pour\w*|sprinkl\w*)\b (?:\w+ ){0,2}(?:something|"
    r"stuff|chemicals?|drugs?|sedatives?|substances?|tranquil+i[sz]ers?|pills)\b (?:\w+ ){0,3}(?:in|into|to) (?:it|"
    r"(?:my|the|our) (?:\w+ )?" + _FOOD + r")\b.{0,40}\bto (?:keep|make|control|calm|sedate|drug|weaken|silence|"
    r"quiet|numb|confuse|slow|knock out|brainwash) (?:me|us)\b",
    r"\b(?:tablets?|pills?|meds|medication|medicine|injections?|jabs?|vaccines?|vaccinations?|drops)\b.{0,40}\bto "
    r"(?:wipe|erase|delete|steal|reprogram\w*|brainwash|rewrite|alter) (?:my|me)\b",
    # A body decaying or hollow (Cotard).
    r"\b(?:everything (?:inside|in) me|(?:all )?my (?:insides|intestines|guts?|bowels|stomach|organs|flesh|liver|"
    r"kidneys|lungs|heart|brain|body|blood|bones))\b (?:is|are|has been|have been|'s|'re) (?:all |slowly |already |"
    r"just )*(?:decaying|rotting|rotted|rotten|decomposing|decomposed|dissolving|dissolved|putrefying|turning to "
    r"(?:dust|ash|mush|liquid|stone))\b",
    r"\bnothing (?:left )?(?:under|beneath) my skin\b|\b(?:with |have |got )?no (?:insides|organs)(?: left)?\b",
    # Someone close swapped, or in their place (Capgras).
    _NOT_FICTION
    + r"\bmy "
    + _CLOSE
    + r" (?:was|has been|got|'s been|had been) (?:swapped|switched|exchanged|substituted)\s*(?:[.,!?;]"
    r"|$|last|yesterday|overnight|in the night|while|for (?:a|an|some|someone|something) (?!new|different|better))",
    r"\b(?:looks?|sounds?|acts?|seems?) (?:exactly |just )?like (?:my \w+|him|her|them),? but (?:it|she|he|they|this "
    r"one|that one) (?:isn'?t|is not|'?s not|aren'?t|are not|'re not) (?:really |actually )?(?:her|him|them|my \w+)\b",
    r"\b(?:someone|somebody|something|a stranger|an impostor|an imposter|a fake|a double|a copy) (?:else )?(?:has |"
    r"have |had )?(?:taken|took|stolen|stole) (?:her|his|their|my \w+'?s?) place\b(?! (?:on|in|at|as) )",
    _NOT_FICTION
    + r"\bmy "
    + _CLOSE
    + r" (?:is|has become|'s become|became|turned into|has turned into) (?:actually |really |"
    r"secretly |now )*(?:an? )?(?:robot|android|clone|impostor|imposter|alien|replica|body double|doppelg[aä]nger)\b"
    r"(?! (?:at|when|with|about|lol|haha))",
    # Grand missions, lines to God, hidden fortunes and royal parents.
    r"\b(?:i was|i'?ve been|i have been|i am|i'?m|im) (?:\w+ )?(?:sent|chosen|born|destined|called|put on (?:this )?"
    r"earth|brought here|created) (?:here |down )?to (?:end|stop|save|rule|redeem|free|liberate|cleanse|unite|"
    r"rewrite|heal|purify|judge|lead)\b.{0,40}\b(?:world|wars?|planet|earth|humanity|mankind|bible|universe|"
    r"nations?|history|human race|all people)\b",
    r"\b(?:god|jesus|the universe|the lord|allah|heaven|angels?|the gods|aliens?)\b (?:\w+ )?(?:chose|chosen|picked|"
    r"sent|appointed|selected|called) me to\b|\bto (?:rewrite|fulfil+|complete) (?:the |a new )?(?:bible|quran|koran|"
    r"torah|scriptures?|prophecy|prophecies)\b",
    r"\bi (?:have|'ve got|got|now have) (?:a |the )?(?:direct|private|special|secret)(?: \w+)? (?:line|connection|"
    r"link|channel|hot ?line) (?:to|with) (?:god|jesus|the universe|heaven|the angels|the gods|allah|the lord)\b",
    r"\bi'?m (?:secretly |actually |really )?(?:a |the )?(?:billionaire|millionaire|trillionaire|royalty|royal)\b"
    r".{0,60}\b(?:hid\w*|keep\w*|kept|steal\w*|stole\w*|stolen|withhold\w*|secret|from me|scared)\b|\b(?:hiding|"
    r"keeping|stealing|withholding) my (?:fortune|inheritance|millions|billions|throne|title|crown)\b.{0,30}\bfrom me\b",
    r"\bi(?:'?m| am) (?:actually |secretly |really |the |a )*(?:(?:real|rightful|true|secret|lost|hidden|illegitimate) )?"
    r"(?:daughter|son|child|heir|grandson|granddaughter) (?:of|to) (?:the |a )?(?:king|queen|emperor|pope|president|"
    r"god|jesus|prince|princess|royal family)\b",
    # Devices in the body, and what they let others do ("a transmitter in my back tooth").
    r"\b(?:tracker|tracking device|transmitter|receiver|antenna|microphone|camera|gps|listening device|microchip)s?\b"
    r".{0,30}\b(?:in|inside|under|into) my (?:\w+ ){0,2}" + _BODY + r"\b",
    r"\b(?:in|inside|under) my " + _BODY + r"\b.{0,30}\b(?:so (?:that )?|that lets |to let |which lets |lets |and now )"
    r"(?:they|the \w+|someone|he|she)\b.{0,15}\b(?:(?:can |could )?(?:track|follow|find|watch|control|hear|read|locate"
    r"|see) (?:me|where i)|(?:always )?knows? where i am)\b",
    r"\b(?:put|planted|placed|implanted|inserted|installed)\b.{0,30}\b(?:there|in my \w+|inside me|in me)\b.{0,10}\bto "
    r"(?:control|track|watch|monitor|read|steal|spy on|listen to|follow|program|reprogram) (?:me|my (?:mind|thoughts|"
    r"brain|body))\b",
    r"\b(?:" + _AGENTS + r"|the neighbou?rs?|my neighbou?rs?)\b (?:has |have |had )?(?:put|planted|hidden|hid|"
    r"installed|placed|fitted|built)\b (?:\w+ ){0,2}(?:cameras?|microphones?|mics?|bugs?|trackers?|listening devices?|"
    r"spyware|transmitters?)\b (?:in|inside|behind|under|into) my\b(?! (?:street|road|area|neighbou?rhood))",
    # Others working with agencies against the person.
    r"\b(?:work(?:s|ing)?|in league|team(?:s|ed|ing)? up|collud\w*|conspir\w*) (?:together )?(?:with|for) (?:the )?"
    + _AGENTS
    + r"\b.{0,30}\b(?:to (?:\w+ ){0,2}(?:me|my)|against me)\b(?!.{0,20}\b(?:safe|help|protect))",
    # Everyone, somewhere, in on it; strangers who report on the person.
    r"^(?!(?s:.*)\b(?:surprise|party|prank|birthday|gift|present)\b)(?s:.*?)\b(?:everyone|everybody|they|all of them|"
    r"people)\b(?: \w+){0,3} (?:is|are|'re|'s) (?:all |also )?in on it\b",
    r"\b(?:strangers|people|passers-?by|everyone|everybody)\b (?:on|in|at) the (?:bus|train|street|tube|shop|tram|"
    r"metro|station|supermarket)\b.{0,40}\b(?:report\w*|spy\w*|film\w*|signal\w*|working for|work for)\b",
    r"\b(?:shop|bakery|bus|train|street|tube|supermarket|station|queue|waiting room|checkout)\b.{0,80}\b(?:knew|know|"
    r"knows|heard|hear|hears|read|reads)\b (?:exactly |already |just )*what i (?:was|am|'m) thinking\b",
]

# Fourth round (2026-12): beliefs asked as questions, requests to act on them, calm asides, the own body or
# self, powers, guilt, jealousy proven by signs, secret love from the famous, missions, family poisoning.
_DISASTER = (
    r"(?:wars?|pandemic|epidemic|plague|famine|drought|earthquakes?|hurricanes?|tsunamis?|storms?|recession|"
    r"climate change|(?:flu |virus |covid )?outbreak (?:in|across|all over) (?:our|the|my|this) (?:town|city|country|"
    r"village|region|world))"
)
_SIGNS = (
    r"(?:cars?|parks?|parked|parking|towels?|curtains?|blinds|cups?|mugs?|plates?|shoes?|chairs?|cushions?|pillows?|"
    r"wipers?|bins?|lights?|mirrors?|keys|laundry|bed ?sheets|the seat)"
)
_CHEATING = (
    r"(?:cheating|unfaithful|seeing someone|seeing somebody|having an affair|sleeping with (?:someone|somebody|him|"
    r"her)|has (?:a lover|someone else|another (?:man|woman)))"
)
_NO_PROOF = (
    r"^(?!(?s:.*)\b(?:messages?|texts?|texted|screenshots?|admitted|confessed|caught (?:them|him|her)|emails?)\b)"
)
_CELEB = (
    r"(?:newsreaders?|presenters?|singers?|actors?|actress|celebrit(?:y|ies)|famous|weather ?(?:man|woman|girl|"
    r"presenter)|dj|host|footballers?|popstars?|pop stars?|(?:film|tv|rock) stars?)"
)
DELUSIONS += [
    # Getting a device out of the body, and blocking rays or signals sent at the person.
    r"\b(?:get|take|cut|dig|pull|remove|removing|getting|taking)\b (?:\w+ ){0,2}(?:chip|microchip|tracker|"
    r"transmitter|receiver|tracking device|bug)s? (?:\w+ )?(?:out of|from|out from) my (?:\w+ )?(?:head|brain|skull|"
    r"body|skin|blood|neck|arm|arms|hand|hands|legs?|chest|stomach|spine|back|shoulder|ears?|wrist)\b",
    r"^(?!(?s:.*)\b(?:wi-?fi|router|broadband|internet|reception|tv signal|phone signal|sun|uv|sunburn)\b)(?s:.*?)"
    r"\b(?:block|stop|shield (?:me|myself|us) from|keep out|deflect|jam|blocks|stops|keeps out)\b (?:\w+ ){0,3}"
    r"(?:signals?|rays|beams?|radiation|waves|frequencies|transmissions?)\b.{0,40}\b(?:next door|neighbou?rs?'?|"
    r"through the walls?|get(?:ting)? to me|reach(?:ing)? me|at me|into (?:my|me)|on me)\b",
    r"^(?!(?s:.*)\b(?:sun|uv|sunburn|tanning|x-?rays?|dentist|hospital|mri|scan)\b)(?s:.*?)\b(?:foil|tin ?foil|"
    r"lead|aluminium|aluminum|mesh|helmet)\b.{0,40}\b(?:so (?:that )?|to stop |to block |to keep (?:out )?|that "
    r"stops |that blocks |against )(?:the |their |those )?(?:rays|beams?|radiation|signals?|waves|voices|"
    r"frequencies|they)\b",
    # A hidden camera or microphone in a household object, through which someone watches the person.
    r"(?:\b(?:smoke (?:detector|alarm)|light fittings?|plug sockets?|sockets?|mirror|radiator|vents?|ceiling|fridge|"
    r"kettle|hoover|light ?bulbs?|clock)\b.{0,40}\b(?:cameras?|microphones?|mics?|bugs?|listening devices?)\b|\b"
    r"(?:cameras?|microphones?|mics?|bugs?|listening devices?)\b.{0,40}\b(?:smoke (?:detector|alarm)|light "
    r"fittings?|plug sockets?|sockets?|mirror|radiator|vents?|ceiling|fridge|kettle|hoover|light ?bulbs?|clock)\b)"
    r".{0,60}\b(?:they|someone|somebody|he|she|the neighbou?rs|the government|people)\b (?:\w+ ){0,2}(?:watch|"
    r"watches|spy on|spies on|listen to|listens to|film|films|record|records|see|sees|hear|hears) (?:me|us|"
    r"everything)\b",
    # Thoughts read out, broadcast or played by the radio, a device or an appliance.
    r"\b(?:radio(?: \d+)?|tv|telly|television|the news|newsreaders?|presenters?|dj|podcasts?|hoover|vacuum|fridge|"
    r"speakers?|alexa|siri|smart speaker|microwave|walls?)\b.{0,30}\b(?:read(?:s|ing)?(?: out)?|broadcast\w*|"
    r"announc\w*|repeat\w*|transmit\w*|play(?:s|ing|ed)?|leak\w*|beam\w*|sends?|sending|says?|saying) (?:out )?"
    r"(?:all )?(?:of )?" + _THINKING + r"\b",
    r"\bmy thoughts (?:are|get|were|keep) (?:being |getting )?(?:broadcast|transmitted|read out|announced|played|"
    r"leaked|beamed) (?:on|over|through|to|into|out)\b",
    r"\b(?:radio|tv|telly|the news|newsreaders?|presenters?|weather ?(?:man|woman|girl|presenter)|dj|hosts?|adverts?|"
    r"ads|songs?)\b(?=.{0,60}\b(?:keeps?|kept|always|every|again|constantly|all the time)\b).{0,40}\b(?:say|says|"
    r"saying|said|mention\w*|call\w*|whisper\w*|reads? out|repeat\w*) my name\b(?!.{0,30}\b(?:shout ?out|birthday|"
    r"request|competition|won|winner|called in|phoned in|rang in)\b)",
    # The own body or self: made of glass, already dead, the soul gone, no longer a person.
    r"(?<!like )(?<!as if )(?<!as though )\b(?:i'?m|i am|im) (?:now |actually |really |literally |completely |all |"
    r"turning |becoming )*(?:made )?(?:of|out of|into) (?:glass|porcelain|wax|paper|stone|wood|plastic|metal|"
    r"china)\b(?!.{0,15}\b(?:lol|haha)\b)",
    r"\bmy (?:bones|body|skin|legs|arms|skull|head) (?:are|is|have|has) (?:now |all |turned |become )*(?:made )?"
    r"(?:of |to |into )?glass\b",
    _NOT_FICTION + r"\bi (?:died|passed away|have died|'ve died|already died|actually died|really died)\b (?:in "
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|the accident|"
    r"the crash|hospital|the night|my sleep)|(?:\w+ )?(?:days|weeks|months|years) ago)\b",
    r"\b(?:talk\w*|treat\w*|act\w*|speak\w*) (?:to |at |with )?me (?:like|as if|as though) i'?m (?:still )?alive\b|"
    r"\bi(?:'m| am|m) (?:already|actually|really) dead\b(?! (?:tired|on my feet|bored|lol|haha|if|when))|\bi(?:'ve| "
    r"have) been dead (?:for|since)\b",
    r"\bmy (?:soul|spirit|self)\b (?:\w+ )?(?:left|has left|went|departed|was taken|got taken|was stolen|has gone|is "
    r"gone)\b (?:my body|me|(?:\w+ )?(?:days|weeks|months|years) ago|a while ago)\b(?!.{0,20}\b(?:lol|haha|when i "
    r"(?:saw|heard)))",
    r"\bi(?:'ve| have)? stopped (?:being a (?:person|human(?: being)?)|existing)\b|\bthere'?s no me (?:left|anymore|"
    r"any more)\b",
    # Powers over the weather, traffic lights and the like; disasters caused by the person.
    r"\bi can (?:make|control|change|stop|start|turn|switch)\b (?:\w+ ){0,3}(?:the )?(?:traffic lights?|weather|rain|"
    r"storms?|wind|sun|lightning|thunder|tides?|clouds?|street ?lights?|earthquakes?|snow)\b.{0,40}\b(?:with my "
    r"(?:mind|thoughts|eyes|will)|by (?:just )?(?:looking|thinking|staring|wishing|willing|concentrating|focusing)|"
    r"just by|when i (?:look|think|stare|concentrate|want))\b",
    r"\b(?:when|whenever|if|every time) i (?:get |am |'m |feel )?(?:angry|mad|furious|sad|upset|cry|concentrate|stare|"
    r"will it)\b.{0,15}\bthe (?:weather|sky|wind|rain|sun|storms?|clouds?|traffic lights?|street ?lights?)\b (?:\w+ )?"
    r"(?:changes?|turns?|goes|breaks?|flickers?|obeys?|responds?|reacts?)\b",
    r"\b(?:storm|rain|thunder|lightning|weather|snow|flood|hurricane|earthquake)\b.{0,30}\b(?:happened|came|started|"
    r"was|is|hit) (?:all )?because of me\b|\bi (?:made|caused|brought|summoned|controlled|created) (?:the |that |this |"
    r"last night'?s |yesterday'?s )?(?:storm|thunder|lightning|hurricane|earthquake|weather)\b",
    r"\b" + _DISASTER + r"\b.{0,40}\b(?:is|was|'s|are|were) (?:all |entirely |completely )?(?:my fault|because of "
    r"me|caused by me|down to me)\b|\bi(?:'m| am|m) the (?:reason|cause)(?: why| that| of| for)? (?:the |this |that |"
    r"all )?(?:\w+ )?" + _DISASTER + r"\b|\bi (?:caused|started|created|triggered|spread|brought on) (?:the |this |"
    r"that |all )?(?:\w+ )?" + _DISASTER + r"\b",
    # A partner unfaithful, shown by signs in things at home.
    _NO_PROOF + r"(?s:.*?)\b" + _CHEATING + r"\b.{0,80}\b(?:i can tell|i know (?:because|from|by)|proves?|proof|"
    r"means|sign|signal|code|the way (?:she|he|they))\b.{0,60}\b" + _SIGNS + r"\b",
    _NO_PROOF + r"(?s:.*?)\b" + _SIGNS + r"\b.{0,60}\b(?:proves?|means|meant|shows?|is a sign|are a sign|signals?|"
    r"is a code|tells me)\b (?:that )?(?:\w+ ){0,3}" + _CHEATING + r"\b",
    # Secret love from the famous, hidden in songs or gestures.
    r"\b(?:sends?|sending|sent|hides?|hiding|hid|puts?|putting|leaves?|leaving)\b (?:\w+ )?(?:me )?(?:secret|hidden|"
    r"coded) (?:love )?(?:messages?|signals?|signs?|notes?|codes?)\b.{0,30}\b(?:in|through|via|on) (?:her|his|their|"
    r"the) (?:\w+ )?(?:songs?|lyrics|music|posts?|videos?|shows?|broadcasts?|interviews?|albums?|tweets?|stories|"
    r"films?|news|programmes?|programs?)\b",
    r"\b" + _CELEB + r"\b.{0,80}\b(?:means|meant|proves|shows|is a sign|was a sign|sign that|her way of saying|his "
    r"way of saying) (?:that )?(?:she|he|they) (?:loves?|is in love with|wants?|fancies|fancy|adores?) me\b",
    r"\b(?:let|tell|show) (?:her|him|them|the \w+) (?:know )?(?:that )?i (?:got|received|understood|understand|heard|"
    r"saw|get) (?:her|his|their|the) (?:secret |hidden |coded )?(?:message|messages|signals?|signs?)\b",
    # A mission from God to the pope, the world or a nation.
    r"\b(?:god|jesus|the lord|allah|the universe|the angels?|heaven|the holy spirit)\b (?:\w+ ){0,2}(?:gave|given|"
    r"giving|gives|entrusted|assigned|handed)\b (?:\w+ ){0,2}(?:mission|task|quest|calling|message|duty)\b.{0,60}\b"
    r"(?:pope|president|king|queen|world|nations?|city|country|mankind|humanity|prime minister|convert\w*|final "
    r"message|last message|secret message)\b",
    # Proving that family puts something in the food.
    r"\b(?:prove|proof|test|check|find out|catch)\b.{0,40}\b(?:my " + _CLOSE + r"|my family|my parents|the neighbou?rs|"
    r"my (?:flat|house)mates?)\b (?:is |are |'s |keeps |has been |have been )?(?:secretly |still |always )?(?:putting|"
    r"adding|slipping|mixing|lacing|spiking|poisoning|drugging|puts|adds|slips)\b (?:something|stuff|things|poison|"
    r"chemicals|drugs|pills|it)\b.{0,15}\b(?:in|into) (?:my |our |the )?" + _FOOD + r"\b",
]
