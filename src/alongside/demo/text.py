"""The demo's text: sentence pools per theme and mood band in Dutch and English, openings, closings,
titles, seasons and holidays, and the short notes on check-ins, with ``{slots}`` filled from each
client's life. Every sentence is written for the diary of one person, in natural everyday Dutch or
English; all of it is invented.
"""

from __future__ import annotations

from datetime import date, timedelta

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

_THEMES: dict[str, dict[str, dict[str, list[str]]]] = {
    "work": {
        "nl": {
            "low": [
                "Het was weer zo'n dag {work_place} waarop alles tegelijk moest.",
                "Ik loop achter met {work_task} en dat blijft maar door mijn hoofd spoken.",
                "{boss} vroeg of {work_task} eerder af kon. Ik zei ja, terwijl ik eigenlijk nee bedoelde.",
                "Ik kon me vandaag amper concentreren; alles kostte twee keer zoveel moeite.",
                "Een opmerking van {colleague} bleef de hele middag hangen, terwijl die waarschijnlijk "
                "niet eens zo bedoeld was.",
                "Op weg naar huis {commute} voelde ik me helemaal leeg.",
                "Ik heb me vanochtend ziek gemeld. Echt ziek was ik niet, ik kon het gewoon niet opbrengen.",
            ],
            "mid": [
                "Gewone dag {work_place}: veel te doen, weinig bijzonders.",
                "Een stuk van {work_task} afgekregen. Niet alles, maar genoeg voor vandaag.",
                "Het was druk {work_place}, maar het bleef behapbaar.",
                "Tussen de middag even naar buiten gegaan in plaats van door te werken. Kleine moeite, groot verschil.",
                "Met {colleague} {work_task} doorgenomen; dat scheelde een hoop gepieker.",
                "Lange dag, maar daarna heb ik bewust niet meer aan werk gedacht.",
            ],
            "good": [
                "{boss} gaf me een compliment over {work_task}. Dat deed me meer dan ik had verwacht.",
                "Ik durfde vandaag te zeggen dat het me te veel werd, en er werd gewoon naar me geluisterd.",
                "Lekker doorgewerkt vandaag en met een goed gevoel naar huis gegaan.",
                "In de pauze ontzettend gelachen met {colleague}.",
                "Eindelijk klaar met {work_task}. Ik zag er weken tegenop en nu ligt het gewoon achter me.",
            ],
        },
        "en": {
            "low": [
                "Another one of those days {work_place} where everything had to happen at once.",
                "I'm behind on {work_task} and it keeps going round in my head.",
                "{boss} asked if {work_task} could be done sooner. I said yes when I really meant no.",
                "I could barely concentrate today; everything took twice the effort.",
                "Something {colleague} said stuck with me all afternoon, even though it probably wasn't "
                "meant that way.",
                "On the way home {commute} I felt completely drained.",
                "I called in sick this morning. I wasn't really ill, I just couldn't face it.",
            ],
            "mid": [
                "Ordinary day {work_place}: plenty to do, nothing special.",
                "Got part of {work_task} done. Not all of it, but enough for today.",
                "Busy {work_place}, but manageable.",
                "Went outside at lunchtime instead of working through. Small thing, big difference.",
                "Went through {work_task} with {colleague}, which saved me a lot of worrying.",
                "Long day, but afterwards I made a point of not thinking about work.",
            ],
            "good": [
                "{boss} complimented me on {work_task}. It meant more to me than I expected.",
                "I said today that it was getting too much, and people actually listened.",
                "Had a productive day and went home feeling good about it.",
                "Had a proper laugh with {colleague} at lunch.",
                "Finally finished {work_task}. I'd been dreading it for weeks and now it's just done.",
            ],
        },
    },
    "sleep": {
        "nl": {
            "low": [
                "Weer slecht geslapen. Om drie uur lag ik klaarwakker te malen.",
                "Om vijf uur wakker geworden en daarna niet meer in slaap gekomen.",
                "Veel te lang op mijn telefoon gezeten in bed. Vandaag de hele dag brak.",
                "Ik was doodmoe, maar zodra ik in bed lag, begon mijn hoofd te draaien.",
                "Ik word steeds met een zwaar gevoel wakker, nog voordat ik ergens aan heb gedacht.",
            ],
            "mid": [
                "Redelijk geslapen, al werd ik een paar keer wakker.",
                "Ik probeer mijn telefoon om elf uur weg te leggen. Vandaag lukte dat half.",
                "Een middagdutje gedaan. Misschien niet zo slim voor vannacht.",
                "Ik merk dat ik doordeweeks steeds later naar bed ga, terwijl ik weet dat dat niet helpt.",
            ],
            "good": [
                "Voor het eerst in weken een hele nacht doorgeslapen!",
                "Uitgerust wakker geworden, nog voor de wekker ging. Wat een verschil.",
                "Op tijd naar bed en meteen in slaap gevallen. Die vaste bedtijd lijkt echt te werken.",
            ],
        },
        "en": {
            "low": [
                "Slept badly again. At three I was wide awake, going over everything.",
                "Woke up at five and couldn't get back to sleep.",
                "Stayed on my phone in bed for far too long. Wrecked all day.",
                "I was exhausted, but as soon as I lay down my mind started racing.",
                "I keep waking up with a heavy feeling, before I've even thought about anything.",
            ],
            "mid": [
                "Slept okay, though I woke up a few times.",
                "I'm trying to put my phone away at eleven. Managed it about half the time this week.",
                "Had a nap this afternoon. Probably not the smartest move for tonight.",
                "I notice I'm going to bed later and later on weeknights, even though I know it doesn't help.",
            ],
            "good": [
                "Slept through the whole night for the first time in weeks!",
                "Woke up rested before the alarm went off. What a difference.",
                "In bed on time and asleep straight away. The fixed bedtime really seems to work.",
            ],
        },
    },
    "family": {
        "nl": {
            "low": [
                "{parent} belde en binnen vijf minuten ging het weer over wat ik allemaal anders zou moeten doen.",
                "De verjaardag bij {sibling} was vermoeiend. Ik heb de hele middag zitten glimlachen "
                "terwijl ik eigenlijk naar huis wilde.",
                "Kleine ruzie met {partner} over de afwas, maar eigenlijk ging het over iets heel anders.",
                "Ik voel me schuldig dat ik {parent} al twee weken niet heb gebeld.",
                "{kid} was ontroostbaar bij het naar bed gaan en ik had zelf ook geen geduld meer.",
            ],
            "mid": [
                "Bij {parent} gegeten. Gezellig, al duurde het wel lang.",
                "{sibling} appte of we binnenkort iets gaan doen. Ik heb ja gezegd.",
                "Met {partner} gekookt en een aflevering van onze serie gekeken. Niets bijzonders, wel fijn.",
                "{kid} wilde vanavond drie keer hetzelfde boekje horen. Ik heb het gewoon gedaan.",
            ],
            "good": [
                "Lange wandeling met {sibling}. We hebben het eindelijk eens over vroeger gehad, en dat voelde goed.",
                "{partner} had gekookt toen ik thuiskwam. Ik voelde me echt gezien.",
                "{parent} zei aan de telefoon: 'Ik ben trots op je.' Daar moest ik even van slikken.",
                "{kid} kwam vanochtend bij me in bed liggen en vertelde een heel verhaal over dinosaurussen.",
            ],
        },
        "en": {
            "low": [
                "{parent} rang, and within five minutes it was all about what I should be doing differently.",
                "The birthday at {sibling}'s was exhausting. I smiled all afternoon while I really wanted to go home.",
                "Small argument with {partner} about the washing-up, but it was really about something else.",
                "I feel guilty that I haven't called {parent} in two weeks.",
                "{kid} was inconsolable at bedtime and I'd run out of patience myself.",
            ],
            "mid": [
                "Had dinner at {parent}'s. Nice, if a bit long.",
                "{sibling} texted to ask if we could meet up soon. I said yes.",
                "Cooked with {partner} and watched an episode of our series. Nothing special, but nice.",
                "{kid} wanted the same book read three times tonight. I just did it.",
            ],
            "good": [
                "Long walk with {sibling}. We finally talked about when we were kids, and it felt good.",
                "{partner} had made dinner when I got home. I felt really looked after.",
                "{parent} said on the phone: 'I'm proud of you.' That got to me a bit.",
                "{kid} climbed into bed with me this morning and told me a whole story about dinosaurs.",
            ],
        },
    },
    "friends": {
        "nl": {
            "low": [
                "{friend} zegde op het laatste moment af. Eigenlijk was ik opgelucht, en daar voel ik me dan "
                "weer rot over.",
                "Ik heb drie berichtjes van {friend} nog niet beantwoord. Ik weet niet goed wat ik moet zeggen.",
                "Als ik op Instagram kijk, lijkt iedereen het zo makkelijk te hebben.",
                "Ik had vanavond met {friend} kunnen afspreken, maar ik heb een smoesje verzonnen.",
            ],
            "mid": [
                "Koffie gedronken met {friend}. Ik heb niet alles verteld, maar wel meer dan anders.",
                "Even gebeld met {friend}, gewoon over niks. Dat was eigenlijk precies goed.",
                "{friend} stuurde een grappig filmpje en ik moest echt hardop lachen.",
            ],
            "good": [
                "Avondje uit met {friend} en {friend2}. Ik zag er vooraf tegenop, maar ik heb echt genoten.",
                "{friend} vroeg hoe het nu écht met me ging, en ik heb eerlijk geantwoord.",
                "Met {friend2} gegeten bij die nieuwe Vietnamees. We bleven veel langer zitten dan gepland.",
            ],
        },
        "en": {
            "low": [
                "{friend} cancelled at the last minute. Honestly I was relieved, and then I felt bad about that.",
                "I still haven't answered three messages from {friend}. I don't know what to say.",
                "Scrolling through Instagram, everyone seems to have it so easy.",
                "I could have met {friend} tonight, but I made up an excuse.",
            ],
            "mid": [
                "Coffee with {friend}. I didn't say everything I was thinking, but more than usual.",
                "Quick call with {friend}, just about nothing. That was actually exactly right.",
                "{friend} sent me a silly video and I laughed out loud.",
            ],
            "good": [
                "Night out with {friend} and {friend2}. I'd been dreading it, but I really enjoyed myself.",
                "{friend} asked how I was really doing, and I gave an honest answer.",
                "Dinner with {friend2} at that new Vietnamese place. We stayed much longer than planned.",
            ],
        },
    },
    "exercise": {
        "nl": {
            "low": [
                "Ik had me voorgenomen te gaan {sport}, maar ik kwam de bank niet af.",
                "Sporten overgeslagen. Geen energie, en eerlijk gezegd ook geen zin.",
            ],
            "mid": [
                "Kort gaan {sport}. Niet lang, maar ik ben in ieder geval gegaan.",
                "In de pauze een blokje om gelopen, dat hielp tegen het onrustige gevoel.",
                "Gewandeld {place}. De frisse lucht deed me goed.",
            ],
            "good": [
                "Toch gaan {sport}, ook al had ik er geen zin in. Achteraf ben ik er zo blij mee.",
                "Lange wandeling {place} gemaakt en onderweg even helemaal nergens aan gedacht.",
                "Drie keer gesport deze week. Dat is me in maanden niet gelukt.",
            ],
        },
        "en": {
            "low": [
                "I'd planned to go {sport}, but I couldn't get off the sofa.",
                "Skipped exercise. No energy, and to be honest no motivation either.",
            ],
            "mid": [
                "Went {sport} for a short while. Not long, but at least I went.",
                "Walked round the block at lunch, which helped with the restless feeling.",
                "Went for a walk {place}. The fresh air did me good.",
            ],
            "good": [
                "Went {sport} even though I didn't feel like it. So glad I did.",
                "Long walk {place}, and for a while I didn't think about anything at all.",
                "Exercised three times this week. I haven't managed that in months.",
            ],
        },
    },
    "homework": {
        "nl": {
            "low": [
                "Ik ben vergeten tijd te maken voor {homework}. Misschien morgen.",
                "Geprobeerd om {homework} te doen, maar mijn hoofd bleef alle kanten op schieten.",
                "Binnenkort weer een afspraak met {therapist} en ik heb nog bijna niets van mijn huiswerk gedaan.",
            ],
            "mid": [
                "Vandaag tijd gemaakt voor {homework}. Het voelt nog onwennig, maar het gaat al wat makkelijker.",
                "Bij {homework} viel me op dat ik vooral 's avonds ga piekeren.",
                "{therapist} zei dat ik niet alles in één keer hoef op te lossen. Daar heb ik vandaag "
                "vaak aan gedacht.",
            ],
            "good": [
                "{homework} hielp vandaag echt. Ik merkte dat ik er rustiger van werd.",
                "Dit wil ik {therapist} de volgende keer vertellen: het lukte me om op tijd een grens aan te geven.",
                "De gedachte 'ik doe alles fout' eens tegen het licht gehouden. Er bleef weinig van over.",
            ],
        },
        "en": {
            "low": [
                "I forgot to make time for {homework}. Maybe tomorrow.",
                "Tried to do {homework}, but my mind kept wandering off in every direction.",
                "Session with {therapist} coming up and I've hardly done any of my homework.",
            ],
            "mid": [
                "Made time for {homework} today. It still feels awkward, but it's getting a bit easier.",
                "Doing {homework}, I noticed that most of my worrying happens in the evening.",
                "{therapist} said I don't have to solve everything at once. I thought about that a lot today.",
            ],
            "good": [
                "{homework} really helped today. I could feel myself calming down.",
                "Something to tell {therapist} next time: I managed to set a boundary before it got too much.",
                "Put the thought 'I get everything wrong' to the test. Not much of it survived.",
            ],
        },
    },
    "worry": {
        "nl": {
            "low": [
                "Ik lig wakker van geld. De vaste lasten zijn weer hoger dan ik had gedacht.",
                "Mijn hoofd maakt van elke kleine opmerking een ramp.",
                "Die knoop in mijn maag was er de hele dag, zonder duidelijke reden.",
                "Ik blijf me afvragen of ik wel goed genoeg ben, {work_place} en eigenlijk overal.",
                "Ik heb vandaag wel tien keer gecontroleerd of ik dat mailtje goed had verstuurd.",
            ],
            "mid": [
                "Veel zorgen over volgende week. Ik heb ze opgeschreven en toen bewust even weggelegd.",
                "Ik merkte dat ik weer in 'wat als'-gedachten schoot. Dit keer had ik het op tijd door.",
                "Er speelt van alles, maar het voelt minder overweldigend dan een paar weken geleden.",
            ],
            "good": [
                "De afspraak waar ik zo tegen opzag, viel reuze mee.",
                "Ik heb me minder zorgen gemaakt dan vorige week en dat merk ik aan alles.",
            ],
        },
        "en": {
            "low": [
                "Money is keeping me up at night. The bills are higher again than I'd expected.",
                "My mind turns every little comment into a disaster.",
                "That knot in my stomach was there all day, for no clear reason.",
                "I keep wondering whether I'm good enough, {work_place} and pretty much everywhere else.",
                "I must have checked ten times today whether I'd sent that email properly.",
            ],
            "mid": [
                "Lots of worries about next week. I wrote them down and then deliberately put them aside.",
                "I caught myself in 'what if' thinking again. This time I noticed in time.",
                "There's a lot going on, but it feels less overwhelming than a few weeks ago.",
            ],
            "good": [
                "The appointment I'd been dreading turned out fine.",
                "I worried less than last week, and I notice it in everything.",
            ],
        },
    },
    "wins": {
        "nl": {
            "low": [
                "Het enige wat vandaag lukte was douchen en boodschappen doen. Dat telt ook, zegt {therapist}.",
                "Ik heb in ieder geval de afwas gedaan. Klein, maar het is iets.",
            ],
            "mid": [
                "Eindelijk die brief afgehandeld die al weken op tafel lag.",
                "Het huis opgeruimd. Dat geeft meteen rust in mijn hoofd.",
                "Zelf gekookt in plaats van weer iets te bestellen.",
            ],
            "good": [
                "Ik ben voor mezelf opgekomen en dat voelde verrassend goed.",
                "Vandaag {hobby_pp}, voor het eerst in weken.",
                "Eindelijk de afspraak bij de tandarts gemaakt waar ik al maanden tegenop zag.",
            ],
        },
        "en": {
            "low": [
                "All I managed today was a shower and the shopping. That counts too, {therapist} says.",
                "At least I did the washing-up. Small, but it's something.",
            ],
            "mid": [
                "Finally dealt with that letter that had been sitting on the table for weeks.",
                "Tidied the flat, and my head feels calmer for it.",
                "Cooked for myself instead of ordering in again.",
            ],
            "good": [
                "I stood up for myself and it felt surprisingly good.",
                "I {hobby_pp} today, for the first time in weeks.",
                "Finally booked the dentist appointment I'd been putting off for months.",
            ],
        },
    },
    "gratitude": {
        "nl": {
            "low": [
                "Iets om dankbaar voor te zijn, ook vandaag: een warme douche en een bed om in te kruipen.",
                "Het was een rotdag, maar {friend} stuurde een lief berichtje. Dat hield me overeind.",
            ],
            "mid": [
                "Drie goede dingen vandaag: een warme kop koffie, een appje van {friend} en een rustige avond.",
                "Dankbaar voor {partner}, die niet doorvroeg maar gewoon thee zette.",
                "Dankbaar voor {friend}, bij wie ik gewoon mezelf kan zijn.",
                "{pet} lag de hele avond tegen me aan. Daar word ik altijd rustig van.",
            ],
            "good": [
                "Ik ben dankbaar voor hoe ver ik al gekomen ben. Een paar maanden geleden had ik dit "
                "niet kunnen opschrijven.",
                "{pet} is altijd blij als ik thuiskom. Daar ben ik vandaag extra dankbaar voor.",
                "Drie goede dingen: goed geslapen, een fijne dag {work_place} en een lange wandeling.",
            ],
        },
        "en": {
            "low": [
                "Something to be grateful for, even today: a hot shower and a bed to crawl into.",
                "It was a rotten day, but {friend} sent me a kind message. That kept me going.",
            ],
            "mid": [
                "Three good things today: a hot cup of coffee, a message from {friend} and a quiet evening.",
                "Grateful for {partner}, who didn't push but just made me a cup of tea.",
                "Grateful for {friend}, who lets me just be myself.",
            ],
            "good": [
                "I'm grateful for how far I've come. A few months ago I couldn't have written this.",
                "Three good things: a good night's sleep, a nice day {work_place} and a long walk.",
            ],
        },
    },
}

_HOPELESS = {
    "nl": [
        "Ik zie niet hoe dit ooit nog beter moet worden.",
        "Soms denk ik: waar doe ik het eigenlijk nog voor?",
        "Het voelt alsof er niets meer verandert, wat ik ook probeer.",
        "Ik zie het eerlijk gezegd niet meer zitten.",
        "Soms zou ik gewoon even helemaal willen verdwijnen.",
    ],
    "en": [
        "I honestly can't see this ever getting better.",
        "Sometimes I wonder what the point of trying even is.",
        "It feels like nothing changes, whatever I do.",
        "I don't see a way out of feeling like this.",
        "Some days I just wish I could disappear for a while.",
    ],
}

_TEXT: dict[str, dict] = {
    "nl": {
        "open": {
            "evening": [
                "{Weekday}avond.",
                "Eind van de dag.",
                "Even opschrijven voor ik ga slapen.",
                "Korte notitie vanavond.",
            ],
            "morning": ["{Weekday}ochtend, nog voor het ontbijt.", "Vroeg op vandaag.", "Ochtendnotitie."],
            "afternoon": ["{Weekday}middag.", "Even een rustig moment tussendoor."],
            "low": ["Zware dag.", "Niet zo'n goede dag vandaag.", "Ik weet niet goed waar ik moet beginnen."],
            "mid": ["Gemengde dag.", "Niet slecht, niet goed, gewoon een dag."],
            "good": ["Een goede dag vandaag!", "Vandaag voelde lichter dan de afgelopen tijd."],
        },
        "open_weekday": {
            0: ["Maandag, de week is weer begonnen."],
            4: ["Eindelijk vrijdag."],
            5: ["Zaterdag, lekker uitgeslapen."],
            6: ["Zondag, en het maandaggevoel komt alweer opzetten."],
        },
        "close": {
            "low": [
                "Morgen is er weer een dag.",
                "Ik probeer mezelf niet te hard te vallen.",
                "Misschien neem ik dit mee naar het gesprek met {therapist}.",
            ],
            "mid": [
                "Genoeg voor nu.",
                "Benieuwd hoe de rest van de week gaat.",
                "Morgen probeer ik weer even naar buiten te gaan.",
            ],
            "good": ["Dit wil ik onthouden.", "Zo mag het vaker gaan.", "Trots op mezelf vandaag."],
        },
        "close_evening": {
            "low": ["Ik ga nu maar slapen en hoop dat het morgen wat lichter voelt."],
            "mid": ["Morgen wil ik op tijd naar bed.", "Genoeg voor vandaag."],
            "good": ["Ik ga met een goed gevoel slapen."],
        },
        "title": {
            "work": ["Werk", "Drukke dag", "{Weekday}"],
            "sleep": ["Slapen", "Vannacht", "Moe"],
            "family": ["Familie", "Thuis"],
            "friends": ["Vrienden", "Afspraak met {friend}"],
            "exercise": ["Bewegen", "Naar buiten"],
            "homework": ["Huiswerk", "Oefenen"],
            "worry": ["Piekeren", "Onrustig"],
            "wins": ["Klein succes", "Gelukt"],
            "gratitude": ["Dankbaar", "Drie goede dingen"],
            "low": ["Zwaar", "Rotdag"],
            "mid": ["Even opschrijven", "{Weekday}"],
            "good": ["Een goede dag", "Lichter"],
        },
        "season": {
            1: ["Januari duurt eindeloos; het is nog donker als ik opsta.", "Koud en grijs buiten, de hele dag."],
            2: [
                "Het is nog koud, maar de dagen worden merkbaar langer.",
                "Februari, de maand die maar niet lijkt op te schieten.",
            ],
            3: ["De eerste krokussen staan in bloei.", "Het is 's avonds langer licht en dat helpt echt."],
            4: ["Buiten wordt alles groen.", "April doet wat hij wil: zon, hagel en regen op één dag."],
            5: ["Heerlijk weer, eindelijk zonder jas naar buiten.", "De bomen staan weer vol in het blad."],
            6: [
                "Lange lichte avonden; ik ga later naar bed dan goed voor me is.",
                "Warm vandaag, alle ramen stonden open.",
            ],
            7: ["Het is zomervakantie en de stad is stiller dan normaal.", "Zo warm vandaag dat ik nergens toe kwam."],
            8: ["Nog steeds warm; de ventilator staat al dagen aan.", "Half de wereld lijkt op vakantie, behalve ik."],
            9: [
                "De vakanties zijn voorbij en alles komt weer op gang.",
                "Eerste echte herfstdag, het rook buiten naar natte bladeren.",
            ],
            10: [
                "Het wordt al vroeg donker.",
                "Storm vandaag; ik kwam op de fiets bijna niet vooruit.",
                "Overal bladeren op straat.",
            ],
            11: [
                "Het is al donker als ik om vijf uur naar buiten kijk.",
                "Regen, regen en nog eens regen.",
                "November is echt niet mijn maand.",
            ],
            12: [
                "Overal lichtjes in de stad, dat maakt de donkere dagen wat draaglijker.",
                "December is altijd zo vol, dat merk ik nu ook weer.",
            ],
        },
        "christmas": [
            "De kerstdagen komen eraan en ik zie er eerlijk gezegd een beetje tegenop.",
            "Kerst bij de familie. Gezellig, maar ik was blij toen ik weer thuis was.",
        ],
        "new_year": ["Nieuw jaar. Geen grote voornemens, alleen wat liever zijn voor mezelf."],
    },
    "en": {
        "open": {
            "evening": [
                "{Weekday} evening.",
                "End of the day.",
                "Writing this down before bed.",
                "Quick note tonight.",
            ],
            "morning": ["{Weekday} morning, before breakfast.", "Up early today.", "Morning note."],
            "afternoon": ["{Weekday} afternoon.", "A quiet moment in between."],
            "low": ["Hard day.", "Not a great day today.", "I don't really know where to start."],
            "mid": ["Mixed day.", "Not bad, not good, just a day."],
            "good": ["A good day today!", "Today felt lighter than it has in a while."],
        },
        "open_weekday": {
            0: ["Monday, and the week has started again."],
            4: ["Friday at last."],
            5: ["Saturday, and I slept in."],
            6: ["Sunday, and the Monday feeling is creeping in already."],
        },
        "close": {
            "low": [
                "Tomorrow is another day.",
                "Trying not to be too hard on myself.",
                "Maybe I'll bring this up with {therapist}.",
            ],
            "mid": [
                "That's enough for now.",
                "Curious how the rest of the week goes.",
                "Tomorrow I'll try to get outside for a bit.",
            ],
            "good": ["I want to remember this.", "More days like this, please.", "Proud of myself today."],
        },
        "close_evening": {
            "low": ["Going to sleep now and hoping tomorrow feels a bit lighter."],
            "mid": ["I want to be in bed on time tonight.", "Enough for today."],
            "good": ["Going to bed feeling good."],
        },
        "title": {
            "work": ["Work", "Busy day", "{Weekday}"],
            "sleep": ["Sleep", "Last night", "Tired"],
            "family": ["Family", "Home"],
            "friends": ["Friends", "Seeing {friend}"],
            "exercise": ["Moving", "Getting outside"],
            "homework": ["Homework", "Practising"],
            "worry": ["Worrying", "Restless"],
            "wins": ["Small win", "Managed it"],
            "gratitude": ["Grateful", "Three good things"],
            "low": ["Heavy", "Rough day"],
            "mid": ["Just writing", "{Weekday}"],
            "good": ["A good day", "Lighter"],
        },
        "season": {
            1: ["January feels endless; it's still dark when I get up.", "Cold and grey out, all day."],
            2: ["Still cold, but the days are noticeably longer.", "February, the month that never ends."],
            3: ["The first crocuses are out.", "It's light for longer in the evenings and that really helps."],
            4: ["Everything is turning green.", "April weather: sun, hail and rain all in one day."],
            5: ["Lovely weather, out without a coat at last.", "The trees are full of leaves again."],
            6: ["Long light evenings; I go to bed later than is good for me.", "Warm today, every window open."],
            7: [
                "Summer holidays, and everything is quieter than usual.",
                "So hot today that I couldn't get anything done.",
            ],
            8: ["Still warm; the fan has been on for days.", "Everyone seems to be on holiday except me."],
            9: [
                "Holidays over and everything is starting up again.",
                "First proper autumn day, it smelled of wet leaves outside.",
            ],
            10: [
                "It's getting dark so early.",
                "Stormy today, I could barely walk against the wind.",
                "Leaves everywhere on the pavements.",
            ],
            11: ["It's already dark by five.", "Rain, rain and more rain.", "November is really not my month."],
            12: [
                "Lights up everywhere in town, which makes the dark days a bit easier.",
                "December is always so full, and I'm feeling it again.",
            ],
        },
        "christmas": [
            "Christmas is nearly here and I'm honestly dreading it a bit.",
            "Christmas with the family. Nice, but I was glad to be home again.",
        ],
        "new_year": ["New year. No big resolutions, just trying to be a bit kinder to myself."],
    },
}

_NOTES = {
    "nl": {
        "low": [
            "Slecht geslapen.",
            "Moe en prikkelbaar.",
            "Hoofdpijn.",
            "Veel gepiekerd.",
            "Druk op werk.",
            "Alles voelt zwaar vandaag.",
            "Nergens zin in.",
            "Onrustig gevoel in mijn buik.",
            "Woordenwisseling gehad.",
            "Eenzaam vanavond.",
            "Weinig gegeten.",
            "Afspraak afgezegd.",
        ],
        "mid": [
            "Gaat wel.",
            "Rustige dag.",
            "Beetje moe.",
            "Wisselend.",
            "Niks bijzonders.",
            "Lange dag.",
            "Oké, wel wat onrustig.",
            "Regenachtig, binnen gebleven.",
        ],
        "good": [
            "Fijne dag!",
            "Lekker gesport.",
            "Goed geslapen.",
            "Leuke avond met {friend}.",
            "Zonnetje gezien.",
            "Trots op mezelf.",
            "Gezellig gegeten bij {parent}.",
        ],
    },
    "en": {
        "low": [
            "Slept badly.",
            "Tired and irritable.",
            "Headache.",
            "Lots of worrying.",
            "Stressful day at work.",
            "Everything feels heavy today.",
            "Can't be bothered with anything.",
            "Restless, knot in my stomach.",
            "Had an argument.",
            "Lonely tonight.",
            "Hardly ate.",
            "Cancelled plans.",
        ],
        "mid": [
            "Okay.",
            "Quiet day.",
            "A bit tired.",
            "Up and down.",
            "Nothing special.",
            "Long day.",
            "Fine, a bit restless.",
            "Rainy, stayed in.",
        ],
        "good": [
            "Good day!",
            "Good workout.",
            "Slept well.",
            "Nice evening with {friend}.",
            "Saw some sun.",
            "Proud of myself.",
            "Lovely dinner with {parent}.",
        ],
    },
}


def _holiday(lang: str, country: str, day: date) -> list[str] | None:
    m, d = day.month, day.day
    if lang == "nl":
        if country == "NL" and (m, d) == (12, 5):
            return ["Pakjesavond gevierd, met gedichten en al. Het was gezelliger dan ik had verwacht."]
        if country == "BE" and (m, d) == (12, 6):
            return ["Sinterklaas vandaag. De kinderen van mijn broer waren helemaal door het dolle heen."]
        if (m == 11 and d >= 14) or (m == 12 and d <= 4):
            return [
                "Overal pepernoten in de winkels: Sinterklaas is weer in het land.",
                "Sinterklaasgedichten schrijven, ik had er eigenlijk best plezier in.",
            ]
        if country == "NL" and (m, d) in ((4, 26), (4, 27)):
            return ["Koningsdag: overal oranje en veel te veel mensen. Ik ben vroeg naar huis gegaan."]
    else:
        if (m == 10 and d >= 24) or (m, d) == (11, 1):
            return [
                "Halloween decorations on every doorstep on our street.",
                "Bought far too many sweets for the trick-or-treaters.",
            ]
        if country == "GB" and m == 11 and 2 <= d <= 6:
            return ["Fireworks going off all evening for Bonfire Night, so not much sleep."]
        if country == "IE" and (m, d) == (3, 17):
            return ["Paddy's Day: the town was packed, so I kept it low-key."]
        if country == "US" and m == 11:
            thanksgiving = _nth_weekday(day.year, 11, 3, 4)
            if -6 <= (day - thanksgiving).days <= 0:
                return ["Thanksgiving is coming up and I'm already nervous about the family dinner."]
            if 1 <= (day - thanksgiving).days <= 2:
                return ["Thanksgiving with the family went better than I feared."]
        if country == "US" and (m, d) in ((7, 4), (7, 5)):
            return ["Fireworks for the Fourth of July kept me up half the night."]
    if m == 12 and 18 <= d <= 26:
        return _TEXT[lang]["christmas"]
    if (m == 12 and d >= 30) or (m == 1 and d <= 2):
        return _TEXT[lang]["new_year"]
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
