"""The cast of the demo: the practice, its two therapists and administrator, and the sixteen
synthetic clients, each with the course of their mood, their habits, the people and places in their
life (the ``{slots}`` of the texts) and what they share with which therapist.

Nothing here is a real person; all names, e-mail addresses (on the reserved ``.example`` domain)
and details are invented.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from alongside.accounts.models import Role

ORGANISATION = "Praktijk De Linde"
DAYS = 120
DOMAIN = "delinde.example"
PRACTICE_TZ = "Europe/Amsterdam"


@dataclass(frozen=True)
class _Staff:
    key: str
    name: str
    role: Role
    locale: str
    notes: str

    @property
    def email(self) -> str:
        return _email(self.name)

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class _LinkSpec:
    therapist: str
    consent: tuple[str, ...]
    start_day: int = -7  # day of the 120-day period on which the client joined this therapist
    withdrawn_days_ago: int | None = None
    journal_added_days_ago: int | None = None  # consent change: journal sharing turned on later
    review_weeks: int = 1  # how often the therapist reads the client's data before a session
    session_weekday: int = 1


@dataclass(frozen=True)
class _ClientSpec:
    key: str
    name: str
    locale: str
    country: str
    tz: str
    course: str  # improving | deteriorating | steady | rough_patch | ups_and_downs
    baseline: float  # mood level at the start of the period
    change: float = 0.0  # size of the trend (improving, deteriorating) or dip (rough_patch)
    weekly: str = "weekend_lift"
    adherence: float = 0.8  # chance of checking in on an ordinary day
    gap_rate: float = 0.03  # chance per day that a run of missed days starts
    per_day: tuple[float, float, float] = (0.62, 0.3, 0.08)  # one, two or three check-ins a day
    tracks: tuple[str, ...] = ()  # energy and/or anxiety
    anxiety_base: float = 4.5
    note_rate: float = 0.12
    journal_per_week: tuple[int, int] | None = None
    share_rate: float = 0.0
    hopeless: bool = False
    morning_person: bool = False
    life: Mapping[str, object] = field(default_factory=dict)
    links: tuple[_LinkSpec, ...] = ()
    notes: str = ""

    @property
    def email(self) -> str:
        return _email(self.name)


def _email(name: str) -> str:
    first, *rest = name.lower().replace("'", "").split()
    return f"{first}.{''.join(rest)}@{DOMAIN}"


_ADMIN = _Staff(
    "joost", "Joost Hendriks", Role.ADMIN, "nl", "administrator: accounts at /admin/users; never sees clinical data"
)
_THERAPISTS = (
    _Staff(
        "sanne",
        "Sanne Bakker",
        Role.THERAPIST,
        "nl",
        "Dutch-speaking psychologist; start with Fleur (declining) and Eva (shared journal)",
    ),
    _Staff(
        "helen",
        "Helen Walsh",
        Role.THERAPIST,
        "en",
        "English-speaking psychologist for expats and online clients; co-treats Eva",
    ),
)
_STAFF = {s.key: s for s in (_ADMIN, *_THERAPISTS)}

_CLIENTS: tuple[_ClientSpec, ...] = (
    _ClientSpec(
        "eva",
        "Eva Janssen",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "improving",
        4.0,
        2.6,
        adherence=0.9,
        tracks=("energy", "anxiety"),
        anxiety_base=6.0,
        journal_per_week=(3, 4),
        share_rate=0.45,
        life={
            "partner": "Mark",
            "friend": "Anouk",
            "friend2": "Marloes",
            "sibling": "mijn zus Iris",
            "parent": "mijn moeder",
            "work_place": "op school",
            "work_task": "het nieuwe lesprogramma",
            "colleague": "Jeroen",
            "boss": "de directeur",
            "commute": "op de fiets",
            "sport": "hardlopen",
            "place": "door het park",
            "hobby_pp": "piano gespeeld",
            "pet": "de hond",
            "homework": ("het gedachtenschema", "de ademhalingsoefening", "de activiteitenplanning"),
        },
        links=(
            _LinkSpec("sanne", ("checkins", "journal", "questionnaires"), session_weekday=1),
            _LinkSpec("helen", ("checkins", "journal"), start_day=30, review_weeks=2, session_weekday=3),
        ),
        notes="improving; shares check-ins and journal with BOTH therapists (Helen joined later)",
    ),
    _ClientSpec(
        "daan",
        "Daan de Boer",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "steady",
        6.1,
        weekly="monday_dip",
        adherence=0.75,
        journal_per_week=(2, 3),
        life={
            "friend": "Sem",
            "friend2": "Youssef",
            "sibling": "mijn broer Luuk",
            "parent": "mijn vader",
            "work_place": "op kantoor",
            "work_task": "de nieuwe release",
            "colleague": "Ruben",
            "boss": "mijn teamleider",
            "commute": "in de trein",
            "sport": "fietsen",
            "place": "langs de Vecht",
            "hobby_pp": "aan mijn oude racefiets gesleuteld",
            "homework": ("het piekerkwartier", "het gedachtenschema"),
        },
        links=(_LinkSpec("sanne", ("checkins",), session_weekday=2),),
        notes="shares check-ins only; journals privately, so Sanne sees no journal",
    ),
    _ClientSpec(
        "fleur",
        "Fleur Visser",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "deteriorating",
        6.2,
        3.0,
        weekly="sunday_dip",
        adherence=0.85,
        gap_rate=0.04,
        journal_per_week=(3, 4),
        share_rate=0.4,
        hopeless=True,
        note_rate=0.18,
        life={
            "friend": "Roos",
            "friend2": "Sarah",
            "sibling": "mijn broer Stijn",
            "parent": "mijn moeder",
            "work_place": "op de uni",
            "work_task": "het literatuuronderzoek voor mijn scriptie",
            "colleague": "mijn studiegenoot Ties",
            "boss": "mijn begeleider",
            "commute": "in de bus",
            "sport": "zwemmen",
            "place": "langs het water",
            "hobby_pp": "wat getekend",
            "homework": ("de activiteitenplanning", "de oefening met de drie goede dingen", "mijn slaapdagboek"),
        },
        links=(_LinkSpec("sanne", ("checkins", "journal", "questionnaires"), session_weekday=0),),
        notes="going downhill for weeks; recent entries voice passive hopelessness (safety screening)",
    ),
    _ClientSpec(
        "lotte",
        "Lotte Mulder",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "rough_patch",
        6.4,
        2.8,
        adherence=0.85,
        journal_per_week=(2, 3),
        share_rate=0.35,
        morning_person=True,
        life={
            "partner": "Joris",
            "kid": "Mila",
            "friend": "Fatima",
            "friend2": "Esther",
            "sibling": "mijn zus Femke",
            "parent": "mijn vader",
            "work_place": "op het gemeentehuis",
            "work_task": "de beleidsnotitie",
            "colleague": "Wendy",
            "boss": "mijn leidinggevende",
            "commute": "in de auto",
            "sport": "wandelen",
            "place": "door de uiterwaarden",
            "hobby_pp": "in de moestuin gewerkt",
            "homework": ("de bodyscan", "de ademhalingsoefening"),
        },
        links=(_LinkSpec("sanne", ("checkins", "journal"), journal_added_days_ago=35, session_weekday=3),),
        notes="rough patch mid-period, then recovering; turned journal sharing on 35 days ago",
    ),
    _ClientSpec(
        "thijs",
        "Thijs Smit",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "improving",
        3.6,
        2.2,
        adherence=0.7,
        tracks=("energy", "anxiety"),
        anxiety_base=6.5,
        note_rate=0.08,
        morning_person=True,
        life={"friend": "Kevin", "parent": "mijn moeder", "sibling": "mijn zus Demi"},
        links=(_LinkSpec("sanne", ("checkins", "questionnaires", "footprint"), session_weekday=4),),
        notes="improving; tracks energy and anxiety; does not journal",
    ),
    _ClientSpec(
        "noor",
        "Noor El Amrani",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "steady",
        6.3,
        weekly="sunday_dip",
        adherence=0.8,
        journal_per_week=(2, 3),
        share_rate=0.3,
        tracks=("anxiety",),
        life={
            "friend": "Lina",
            "friend2": "Hajar",
            "sibling": "mijn zus Yasmina",
            "parent": "mijn moeder",
            "work_place": "in de apotheek",
            "work_task": "de voorraadtelling",
            "colleague": "Sarah",
            "boss": "de apotheker",
            "commute": "in de tram",
            "sport": "boksen",
            "place": "door het Westerpark",
            "hobby_pp": "aan mijn haakwerk gezeten",
            "pet": "de kat",
            "homework": ("het piekerkwartier", "de bodyscan"),
        },
        links=(_LinkSpec("sanne", ("checkins", "journal"), session_weekday=2),),
        notes="steady, with a clear weekly rhythm (a dip on Sunday evenings)",
    ),
    _ClientSpec(
        "bram",
        "Bram Peters",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "ups_and_downs",
        5.6,
        adherence=0.65,
        gap_rate=0.05,
        journal_per_week=(2, 2),
        note_rate=0.06,
        life={
            "friend": "Niels",
            "friend2": "Kim",
            "sibling": "mijn broer Tim",
            "parent": "mijn moeder",
            "work_place": "in de keuken",
            "work_task": "de nieuwe menukaart",
            "colleague": "Kevin",
            "boss": "de chef",
            "commute": "op de scooter",
            "sport": "fitnessen",
            "place": "door de polder",
            "hobby_pp": "gitaar gespeeld",
            "shifts": True,
            "homework": ("het gedachtenschema",),
        },
        links=(_LinkSpec("sanne", ("checkins", "journal"), withdrawn_days_ago=19, session_weekday=1),),
        notes="withdrew consent 19 days ago: no therapist sees his data; his access log shows earlier reads",
    ),
    _ClientSpec(
        "sophie",
        "Sophie van Dijk",
        "nl",
        "NL",
        "Europe/Amsterdam",
        "improving",
        4.8,
        1.5,
        adherence=0.6,
        gap_rate=0.07,
        journal_per_week=(2, 2),
        note_rate=0.2,
        life={
            "partner": "Tim",
            "friend": "Maaike",
            "friend2": "Eline",
            "sibling": "mijn broer Jesse",
            "parent": "mijn moeder",
            "work_place": "op kantoor",
            "work_task": "de jaarafsluiting",
            "colleague": "Marieke",
            "boss": "mijn manager",
            "commute": "op de fiets",
            "sport": "zwemmen",
            "place": "langs de haven",
            "hobby_pp": "gelezen",
            "homework": ("de activiteitenplanning", "mijn slaapdagboek"),
        },
        links=(_LinkSpec("sanne", ("checkins", "questionnaires"), session_weekday=4, review_weeks=2),),
        notes="irregular check-ins with long gaps; private journal",
    ),
    _ClientSpec(
        "lien",
        "Lien Claes",
        "nl",
        "BE",
        "Europe/Brussels",
        "improving",
        5.0,
        1.4,
        adherence=0.8,
        journal_per_week=(2, 4),
        share_rate=0.5,
        life={
            "friend": "Lore",
            "friend2": "Wout",
            "sibling": "mijn broer Pieter",
            "parent": "mijn mama",
            "work_place": "op kantoor",
            "work_task": "het jaarverslag",
            "colleague": "Jens",
            "boss": "mijn baas",
            "commute": "op de tram",
            "sport": "lopen",
            "place": "langs de Leie",
            "hobby_pp": "wat gebreid",
            "homework": ("het gedachtenschema", "de oefening met de drie goede dingen"),
        },
        links=(_LinkSpec("sanne", ("checkins", "journal"), session_weekday=3),),
        notes="Belgian client (country BE, Belgian crisis lines); writes Flemish Dutch",
    ),
    _ClientSpec(
        "emily",
        "Emily Watson",
        "en",
        "GB",
        "Europe/London",
        "improving",
        4.4,
        2.3,
        adherence=0.85,
        journal_per_week=(3, 4),
        share_rate=0.4,
        tracks=("energy",),
        life={
            "partner": "Tom",
            "friend": "Hannah",
            "friend2": "Grace",
            "sibling": "my brother Sam",
            "parent": "my mum",
            "work_place": "at work",
            "work_task": "the campaign launch",
            "colleague": "Chloe",
            "boss": "my manager",
            "commute": "on the bus",
            "sport": "running",
            "place": "along the river",
            "hobby_pp": "baked bread",
            "homework": ("the thought record", "the three good things exercise"),
        },
        links=(_LinkSpec("helen", ("checkins", "journal", "questionnaires"), session_weekday=1),),
        notes="improving; shares check-ins and journal",
    ),
    _ClientSpec(
        "james",
        "James O'Connor",
        "en",
        "IE",
        "Europe/Dublin",
        "deteriorating",
        5.9,
        2.9,
        weekly="monday_dip",
        adherence=0.8,
        gap_rate=0.045,
        journal_per_week=(2, 3),
        share_rate=0.35,
        hopeless=True,
        life={
            "partner": "Niamh",
            "kid": "Liam",
            "friend": "Conor",
            "friend2": "Ciarán",
            "sibling": "my sister Aoife",
            "parent": "my mam",
            "work_place": "on site",
            "work_task": "the site report",
            "colleague": "Declan",
            "boss": "the boss",
            "commute": "in the car",
            "sport": "cycling",
            "place": "along the seafront",
            "hobby_pp": "played some guitar",
            "homework": ("the activity schedule", "the thought record"),
        },
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=2),),
        notes="deteriorating; recent entries voice passive hopelessness (English, safety screening)",
    ),
    _ClientSpec(
        "olivia",
        "Olivia Martinez",
        "en",
        "US",
        "America/New_York",
        "rough_patch",
        6.6,
        3.0,
        adherence=0.8,
        journal_per_week=(2, 3),
        share_rate=0.25,
        life={
            "friend": "Jess",
            "friend2": "Priya",
            "sibling": "my sister Ana",
            "parent": "my mom",
            "work_place": "at the lab",
            "work_task": "my dissertation chapter",
            "colleague": "Marcus",
            "boss": "my advisor",
            "commute": "on the subway",
            "sport": "running",
            "place": "in Prospect Park",
            "hobby_pp": "did some drawing",
            "homework": ("worry time", "the breathing exercise"),
        },
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=4),),
        notes="online client in New York (time zone America/New_York); rough patch mid-period",
    ),
    _ClientSpec(
        "michael",
        "Michael Chen",
        "en",
        "US",
        "America/New_York",
        "ups_and_downs",
        5.4,
        adherence=0.75,
        per_day=(0.45, 0.4, 0.15),
        tracks=("energy", "anxiety"),
        anxiety_base=7.0,
        note_rate=0.1,
        life={"friend": "Dave", "parent": "my mom", "sibling": "my brother Kevin"},
        links=(_LinkSpec("helen", ("checkins", "questionnaires"), session_weekday=0),),
        notes="high anxiety; tracks energy and anxiety up to three times a day; no journal",
    ),
    _ClientSpec(
        "hannah",
        "Hannah Murphy",
        "en",
        "IE",
        "Europe/Dublin",
        "steady",
        6.9,
        adherence=0.85,
        journal_per_week=(2, 3),
        life={
            "partner": "Rory",
            "friend": "Siobhan",
            "friend2": "Orla",
            "sibling": "my brother Cian",
            "parent": "my mam",
            "work_place": "on the ward",
            "work_task": "the new rota",
            "colleague": "Aisling",
            "boss": "the ward manager",
            "commute": "on the Luas",
            "sport": "swimming",
            "place": "along the canal",
            "hobby_pp": "did some knitting",
            "shifts": True,
            "homework": ("the body scan",),
        },
        links=(_LinkSpec("helen", ("checkins", "questionnaires"), session_weekday=3, review_weeks=2),),
        notes="doing well; shares check-ins and questionnaires, keeps her journal private",
    ),
    _ClientSpec(
        "oliver",
        "Oliver Bennett",
        "en",
        "GB",
        "Europe/London",
        "steady",
        5.8,
        weekly="none",
        adherence=0.7,
        note_rate=0.05,
        morning_person=True,
        life={"friend": "Matt", "parent": "my dad", "sibling": "my sister Lucy"},
        links=(_LinkSpec("helen", ("checkins", "companion", "footprint"), session_weekday=1),),
        notes="steady; shares check-ins (plus companion and footprint consent for later features)",
    ),
    _ClientSpec(
        "priya",
        "Priya Shah",
        "en",
        "GB",
        "Europe/London",
        "ups_and_downs",
        5.7,
        adherence=0.8,
        journal_per_week=(3, 4),
        share_rate=0.6,
        tracks=("anxiety",),
        life={
            "partner": "Arjun",
            "friend": "Zara",
            "friend2": "Beth",
            "sibling": "my sister Meera",
            "parent": "my mum",
            "work_place": "at the office",
            "work_task": "the client presentation",
            "colleague": "Ben",
            "boss": "my manager",
            "commute": "on the Tube",
            "sport": "swimming",
            "place": "on the Heath",
            "hobby_pp": "did some painting",
            "homework": ("the thought record", "worry time", "the body scan"),
        },
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=2),),
        notes="ups and downs; shares most of her journal entries",
    ),
)

# Reads that go through the real service functions at build time (so they are dated today).
_LIVE_READS = (
    ("sanne", "eva"),
    ("sanne", "fleur"),
    ("sanne", "daan"),
    ("helen", "eva"),
    ("helen", "james"),
    ("helen", "emily"),
)
_LIVE_ENTRY_READS = (("sanne", "fleur"), ("helen", "james"))
