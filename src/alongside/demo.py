"""The demo organisation: a Dutch practice with two therapists, sixteen synthetic clients and four
months of check-ins, journal entries, consent changes and therapist reads (``alongside demo``).

Everything is generated from ``random.Random`` seeded per client, so the same seed and the same
day give the same demo. Nothing here is a real person; all names, e-mail addresses (on the
reserved ``.example`` domain) and texts are invented.

Historical rows are created as model objects with explicit timestamps, because the service
functions rightly refuse back-dating beyond 48 hours. Consent is given and withdrawn through the
care service (so the audit log has the same rows a real client would leave) and then dated to
when it happened in the story. A few reads by therapists go through the real service functions at
build time, so "who has seen my data" also shows today's reads.

The build deletes the previous demo database in the data folder, but only when that folder was
made by the demo (it holds the ``ALONGSIDE-DEMO`` marker file): it never wipes a real database.
The encryption key file is kept, so the demo is encrypted with the folder's key, created on
first use.
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from alongside import db, migrate
from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.care import service as care_service
from alongside.care.models import CareLink
from alongside.care.schemas import Consent
from alongside.checkins import service as checkins_service
from alongside.checkins.models import CheckIn
from alongside.config import settings
from alongside.journal import service as journal_service
from alongside.journal.models import JournalEntry
from alongside.kit.orm import utc_now
from alongside.privacy import crypto
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry
from alongside.safety import service as safety_service
from alongside.safety.schemas import SafetyPlanContent

__all__ = [
    "DAYS", "DEMO_PASSWORD", "ORGANISATION", "DemoError", "Login", "Plan", "build", "format_logins", "logins",
    "plan",
]

# One password for every demo account, printed on the terminal; it protects nothing real.
DEMO_PASSWORD = "alongside-demo"  # noqa: S105
ORGANISATION = "Praktijk De Linde"
DAYS = 120
MARKER = "ALONGSIDE-DEMO"
DOMAIN = "delinde.example"
PRACTICE_TZ = "Europe/Amsterdam"
DB_FILES = ("alongside.db", "alongside.db-wal", "alongside.db-shm", "alongside.db-journal")


class DemoError(RuntimeError):
    """The demo cannot be built here (it would touch a database it did not make)."""


@dataclass(frozen=True)
class Login:
    role: str
    name: str
    email: str
    password: str
    language: str
    notes: str


# --------------------------------------------------------------------------------------------
# The cast
# --------------------------------------------------------------------------------------------


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


_ADMIN = _Staff("joost", "Joost Hendriks", Role.ADMIN, "nl",
                "administrator: accounts at /admin/users; never sees clinical data")
_THERAPISTS = (
    _Staff("sanne", "Sanne Bakker", Role.THERAPIST, "nl",
           "Dutch-speaking psychologist; start with Fleur (declining) and Eva (shared journal)"),
    _Staff("helen", "Helen Walsh", Role.THERAPIST, "en",
           "English-speaking psychologist for expats and online clients; co-treats Eva"),
)
_STAFF = {s.key: s for s in (_ADMIN, *_THERAPISTS)}

_CLIENTS: tuple[_ClientSpec, ...] = (
    _ClientSpec(
        "eva", "Eva Janssen", "nl", "NL", "Europe/Amsterdam", "improving", 4.0, 2.6,
        adherence=0.9, tracks=("energy", "anxiety"), anxiety_base=6.0, journal_per_week=(3, 4),
        share_rate=0.45,
        life={"partner": "Mark", "friend": "Anouk", "friend2": "Marloes", "sibling": "mijn zus Iris",
              "parent": "mijn moeder", "work_place": "op school", "work_task": "het nieuwe lesprogramma",
              "colleague": "Jeroen", "boss": "de directeur", "commute": "op de fiets", "sport": "hardlopen",
              "place": "door het park", "hobby_pp": "piano gespeeld", "pet": "de hond",
              "homework": ("het gedachtenschema", "de ademhalingsoefening", "de activiteitenplanning")},
        links=(_LinkSpec("sanne", ("checkins", "journal", "questionnaires"), session_weekday=1),
               _LinkSpec("helen", ("checkins", "journal"), start_day=30, review_weeks=2, session_weekday=3)),
        notes="improving; shares check-ins and journal with BOTH therapists (Helen joined later)",
    ),
    _ClientSpec(
        "daan", "Daan de Boer", "nl", "NL", "Europe/Amsterdam", "steady", 6.1,
        weekly="monday_dip", adherence=0.75, journal_per_week=(2, 3),
        life={"friend": "Sem", "friend2": "Youssef", "sibling": "mijn broer Luuk", "parent": "mijn vader",
              "work_place": "op kantoor", "work_task": "de nieuwe release", "colleague": "Ruben",
              "boss": "mijn teamleider", "commute": "in de trein", "sport": "fietsen",
              "place": "langs de Vecht", "hobby_pp": "aan mijn oude racefiets gesleuteld",
              "homework": ("het piekerkwartier", "het gedachtenschema")},
        links=(_LinkSpec("sanne", ("checkins",), session_weekday=2),),
        notes="shares check-ins only; journals privately, so Sanne sees no journal",
    ),
    _ClientSpec(
        "fleur", "Fleur Visser", "nl", "NL", "Europe/Amsterdam", "deteriorating", 6.2, 3.0,
        weekly="sunday_dip", adherence=0.85, gap_rate=0.04, journal_per_week=(3, 4), share_rate=0.4,
        hopeless=True, note_rate=0.18,
        life={"friend": "Roos", "friend2": "Sarah", "sibling": "mijn broer Stijn", "parent": "mijn moeder",
              "work_place": "op de uni", "work_task": "het literatuuronderzoek voor mijn scriptie",
              "colleague": "mijn studiegenoot Ties", "boss": "mijn begeleider", "commute": "in de bus",
              "sport": "zwemmen", "place": "langs het water", "hobby_pp": "wat getekend",
              "homework": ("de activiteitenplanning", "de oefening met de drie goede dingen",
                           "mijn slaapdagboek")},
        links=(_LinkSpec("sanne", ("checkins", "journal", "questionnaires"), session_weekday=0),),
        notes="going downhill for weeks; recent entries voice passive hopelessness (safety screening)",
    ),
    _ClientSpec(
        "lotte", "Lotte Mulder", "nl", "NL", "Europe/Amsterdam", "rough_patch", 6.4, 2.8,
        adherence=0.85, journal_per_week=(2, 3), share_rate=0.35, morning_person=True,
        life={"partner": "Joris", "kid": "Mila", "friend": "Fatima", "friend2": "Esther",
              "sibling": "mijn zus Femke", "parent": "mijn vader", "work_place": "op het gemeentehuis",
              "work_task": "de beleidsnotitie", "colleague": "Wendy", "boss": "mijn leidinggevende",
              "commute": "in de auto", "sport": "wandelen", "place": "door de uiterwaarden",
              "hobby_pp": "in de moestuin gewerkt",
              "homework": ("de bodyscan", "de ademhalingsoefening")},
        links=(_LinkSpec("sanne", ("checkins", "journal"), journal_added_days_ago=35, session_weekday=3),),
        notes="rough patch mid-period, then recovering; turned journal sharing on 35 days ago",
    ),
    _ClientSpec(
        "thijs", "Thijs Smit", "nl", "NL", "Europe/Amsterdam", "improving", 3.6, 2.2,
        adherence=0.7, tracks=("energy", "anxiety"), anxiety_base=6.5, note_rate=0.08, morning_person=True,
        life={"friend": "Kevin", "parent": "mijn moeder", "sibling": "mijn zus Demi"},
        links=(_LinkSpec("sanne", ("checkins", "questionnaires", "footprint"), session_weekday=4),),
        notes="improving; tracks energy and anxiety; does not journal",
    ),
    _ClientSpec(
        "noor", "Noor El Amrani", "nl", "NL", "Europe/Amsterdam", "steady", 6.3,
        weekly="sunday_dip", adherence=0.8, journal_per_week=(2, 3), share_rate=0.3, tracks=("anxiety",),
        life={"friend": "Lina", "friend2": "Hajar", "sibling": "mijn zus Yasmina", "parent": "mijn moeder",
              "work_place": "in de apotheek", "work_task": "de voorraadtelling", "colleague": "Sarah",
              "boss": "de apotheker", "commute": "in de tram", "sport": "boksen",
              "place": "door het Westerpark", "hobby_pp": "aan mijn haakwerk gezeten", "pet": "de kat",
              "homework": ("het piekerkwartier", "de bodyscan")},
        links=(_LinkSpec("sanne", ("checkins", "journal"), session_weekday=2),),
        notes="steady, with a clear weekly rhythm (a dip on Sunday evenings)",
    ),
    _ClientSpec(
        "bram", "Bram Peters", "nl", "NL", "Europe/Amsterdam", "ups_and_downs", 5.6,
        adherence=0.65, gap_rate=0.05, journal_per_week=(2, 2), note_rate=0.06,
        life={"friend": "Niels", "friend2": "Kim", "sibling": "mijn broer Tim", "parent": "mijn moeder",
              "work_place": "in de keuken", "work_task": "de nieuwe menukaart", "colleague": "Kevin",
              "boss": "de chef", "commute": "op de scooter", "sport": "fitnessen", "place": "door de polder",
              "hobby_pp": "gitaar gespeeld", "shifts": True,
              "homework": ("het gedachtenschema",)},
        links=(_LinkSpec("sanne", ("checkins", "journal"), withdrawn_days_ago=19, session_weekday=1),),
        notes="withdrew consent 19 days ago: no therapist sees his data; his access log shows earlier reads",
    ),
    _ClientSpec(
        "sophie", "Sophie van Dijk", "nl", "NL", "Europe/Amsterdam", "improving", 4.8, 1.5,
        adherence=0.6, gap_rate=0.07, journal_per_week=(2, 2), note_rate=0.2,
        life={"partner": "Tim", "friend": "Maaike", "friend2": "Eline", "sibling": "mijn broer Jesse",
              "parent": "mijn moeder", "work_place": "op kantoor", "work_task": "de jaarafsluiting",
              "colleague": "Marieke", "boss": "mijn manager", "commute": "op de fiets", "sport": "zwemmen",
              "place": "langs de haven", "hobby_pp": "gelezen",
              "homework": ("de activiteitenplanning", "mijn slaapdagboek")},
        links=(_LinkSpec("sanne", ("checkins", "questionnaires"), session_weekday=4, review_weeks=2),),
        notes="irregular check-ins with long gaps; private journal",
    ),
    _ClientSpec(
        "lien", "Lien Claes", "nl", "BE", "Europe/Brussels", "improving", 5.0, 1.4,
        adherence=0.8, journal_per_week=(2, 4), share_rate=0.5,
        life={"friend": "Lore", "friend2": "Wout", "sibling": "mijn broer Pieter", "parent": "mijn mama",
              "work_place": "op kantoor", "work_task": "het jaarverslag", "colleague": "Jens",
              "boss": "mijn baas", "commute": "op de tram", "sport": "lopen", "place": "langs de Leie",
              "hobby_pp": "wat gebreid",
              "homework": ("het gedachtenschema", "de oefening met de drie goede dingen")},
        links=(_LinkSpec("sanne", ("checkins", "journal"), session_weekday=3),),
        notes="Belgian client (country BE, Belgian crisis lines); writes Flemish Dutch",
    ),
    _ClientSpec(
        "emily", "Emily Watson", "en", "GB", "Europe/London", "improving", 4.4, 2.3,
        adherence=0.85, journal_per_week=(3, 4), share_rate=0.4, tracks=("energy",),
        life={"partner": "Tom", "friend": "Hannah", "friend2": "Grace", "sibling": "my brother Sam",
              "parent": "my mum", "work_place": "at work", "work_task": "the campaign launch",
              "colleague": "Chloe", "boss": "my manager", "commute": "on the bus", "sport": "running",
              "place": "along the river", "hobby_pp": "baked bread",
              "homework": ("the thought record", "the three good things exercise")},
        links=(_LinkSpec("helen", ("checkins", "journal", "questionnaires"), session_weekday=1),),
        notes="improving; shares check-ins and journal",
    ),
    _ClientSpec(
        "james", "James O'Connor", "en", "IE", "Europe/Dublin", "deteriorating", 5.9, 2.9,
        weekly="monday_dip", adherence=0.8, gap_rate=0.045, journal_per_week=(2, 3), share_rate=0.35,
        hopeless=True,
        life={"partner": "Niamh", "kid": "Liam", "friend": "Conor", "friend2": "Ciarán",
              "sibling": "my sister Aoife", "parent": "my mam", "work_place": "on site",
              "work_task": "the site report", "colleague": "Declan", "boss": "the boss",
              "commute": "in the car", "sport": "cycling", "place": "along the seafront",
              "hobby_pp": "played some guitar",
              "homework": ("the activity schedule", "the thought record")},
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=2),),
        notes="deteriorating; recent entries voice passive hopelessness (English, safety screening)",
    ),
    _ClientSpec(
        "olivia", "Olivia Martinez", "en", "US", "America/New_York", "rough_patch", 6.6, 3.0,
        adherence=0.8, journal_per_week=(2, 3), share_rate=0.25,
        life={"friend": "Jess", "friend2": "Priya", "sibling": "my sister Ana", "parent": "my mom",
              "work_place": "at the lab", "work_task": "my dissertation chapter", "colleague": "Marcus",
              "boss": "my advisor", "commute": "on the subway", "sport": "running",
              "place": "in Prospect Park", "hobby_pp": "did some drawing",
              "homework": ("worry time", "the breathing exercise")},
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=4),),
        notes="online client in New York (time zone America/New_York); rough patch mid-period",
    ),
    _ClientSpec(
        "michael", "Michael Chen", "en", "US", "America/New_York", "ups_and_downs", 5.4,
        adherence=0.75, per_day=(0.45, 0.4, 0.15), tracks=("energy", "anxiety"), anxiety_base=7.0,
        note_rate=0.1,
        life={"friend": "Dave", "parent": "my mom", "sibling": "my brother Kevin"},
        links=(_LinkSpec("helen", ("checkins", "questionnaires"), session_weekday=0),),
        notes="high anxiety; tracks energy and anxiety up to three times a day; no journal",
    ),
    _ClientSpec(
        "hannah", "Hannah Murphy", "en", "IE", "Europe/Dublin", "steady", 6.9,
        adherence=0.85, journal_per_week=(2, 3),
        life={"partner": "Rory", "friend": "Siobhan", "friend2": "Orla", "sibling": "my brother Cian",
              "parent": "my mam", "work_place": "on the ward", "work_task": "the new rota",
              "colleague": "Aisling", "boss": "the ward manager", "commute": "on the Luas",
              "sport": "swimming", "place": "along the canal", "hobby_pp": "did some knitting",
              "shifts": True, "homework": ("the body scan",)},
        links=(_LinkSpec("helen", ("checkins", "questionnaires"), session_weekday=3, review_weeks=2),),
        notes="doing well; shares check-ins and questionnaires, keeps her journal private",
    ),
    _ClientSpec(
        "oliver", "Oliver Bennett", "en", "GB", "Europe/London", "steady", 5.8,
        weekly="none", adherence=0.7, note_rate=0.05, morning_person=True,
        life={"friend": "Matt", "parent": "my dad", "sibling": "my sister Lucy"},
        links=(_LinkSpec("helen", ("checkins", "companion", "footprint"), session_weekday=1),),
        notes="steady; shares check-ins (plus companion and footprint consent for later features)",
    ),
    _ClientSpec(
        "priya", "Priya Shah", "en", "GB", "Europe/London", "ups_and_downs", 5.7,
        adherence=0.8, journal_per_week=(3, 4), share_rate=0.6, tracks=("anxiety",),
        life={"partner": "Arjun", "friend": "Zara", "friend2": "Beth", "sibling": "my sister Meera",
              "parent": "my mum", "work_place": "at the office", "work_task": "the client presentation",
              "colleague": "Ben", "boss": "my manager", "commute": "on the Tube", "sport": "swimming",
              "place": "on the Heath", "hobby_pp": "did some painting",
              "homework": ("the thought record", "worry time", "the body scan")},
        links=(_LinkSpec("helen", ("checkins", "journal"), session_weekday=2),),
        notes="ups and downs; shares most of her journal entries",
    ),
)

# Reads that go through the real service functions at build time (so they are dated today).
_LIVE_READS = (("sanne", "eva"), ("sanne", "fleur"), ("sanne", "daan"), ("helen", "eva"),
               ("helen", "james"), ("helen", "emily"))
_LIVE_ENTRY_READS = (("sanne", "fleur"), ("helen", "james"))


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def build(data_dir: Path, *, seed: int = 7) -> list[Login]:
    """Delete the previous demo in ``data_dir`` and build a fresh one; returns the logins.

    The settings must already point at ``data_dir`` (the ``demo`` command sets
    ALONGSIDE_DATA_DIR and resets the engine first).
    """
    data_dir = Path(data_dir).expanduser().resolve()
    _check_target(data_dir)
    db.reset_engine()  # no pooled connection may keep the old file open
    _remove_previous(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text(
        "This folder holds an Alongside demo database with synthetic data.\n"
        "`alongside demo` deletes and rebuilds it; do not keep real data here.\n"
    )
    crypto.reset_key_ring()  # use this folder's key file, not a ring cached for another database
    migrate.upgrade()
    now = utc_now()
    story = plan(seed, now)
    password_hash = accounts_service.hash_password(DEMO_PASSWORD)  # once: argon2 is slow on purpose
    with db.get_session_factory()() as session, session.begin():
        _store(session, story, password_hash, now, seed)
    return logins()


def logins() -> list[Login]:
    rows = [Login(str(s.role), s.name, s.email, DEMO_PASSWORD, s.locale, s.notes)
            for s in (_ADMIN, *_THERAPISTS)]
    rows += [Login(str(Role.CLIENT), c.name, c.email, DEMO_PASSWORD, c.locale, c.notes) for c in _CLIENTS]
    return rows


def format_logins(logins: Sequence[Login], base_url: str) -> str:
    """A table for the terminal: where to go, the password, and the logins grouped by role."""
    base = base_url.rstrip("/")
    lines = [f"{ORGANISATION} (demo). Open {base}/login"]
    passwords = {login.password for login in logins}
    shared_password = passwords.pop() if len(passwords) == 1 else None
    if shared_password is not None:
        lines.append(f"Password for every account: {shared_password}")
    name_w = max((len(login.name) for login in logins), default=4)
    email_w = max((len(login.email) for login in logins), default=6)
    titles = {"admin": "Administrator", "therapist": "Therapists", "client": "Clients"}
    order = [*titles, *sorted({login.role for login in logins} - set(titles))]
    for role in order:
        group = [login for login in logins if login.role == role]
        if not group:
            continue
        lines += ["", f"{titles.get(role, role.title())} ({len(group)})"]
        for login in group:
            cells = [f"  {login.name:<{name_w}}", f"{login.email:<{email_w}}", f"{login.language:<2}"]
            if shared_password is None:
                cells.append(login.password)
            cells.append(login.notes)
            lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Where the demo may be built
# --------------------------------------------------------------------------------------------


def _check_target(data_dir: Path) -> None:
    expected = f"sqlite:///{data_dir / 'alongside.db'}"
    if settings.sqlalchemy_url != expected or settings.data_dir != data_dir:
        raise DemoError(
            f"the demo builds only into its own SQLite file {data_dir / 'alongside.db'}; point "
            "ALONGSIDE_DATA_DIR at that folder, unset ALONGSIDE_DATABASE_URL and reload the settings"
        )


def _remove_previous(data_dir: Path) -> None:
    present = [data_dir / name for name in DB_FILES if (data_dir / name).exists()]
    if not present:
        return
    if not (data_dir / MARKER).exists():
        raise DemoError(
            f"{data_dir} holds a database that the demo did not create ({present[0].name}); "
            "refusing to delete it. Choose another --data-dir."
        )
    for path in present:
        path.unlink()


# --------------------------------------------------------------------------------------------
# The story, as plain data (pure and reproducible: same seed and same ``now``, same story)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCheckIn:
    client: str
    at: datetime
    mood: int
    energy: int | None
    anxiety: int | None
    note: str | None


@dataclass(frozen=True)
class PlannedEntry:
    client: str
    written_at: datetime
    title: str | None
    body: str
    shared: bool
    shared_later_at: datetime | None  # written private, shared before a session
    edited_at: datetime | None
    mood_band: str  # low | mid | good
    hopeless: bool


@dataclass
class Plan:
    start: dict[str, datetime]  # per client: midnight (local) of the first day of the period
    checkins: list[PlannedCheckIn]
    entries: list[PlannedEntry]


def plan(seed: int, now: datetime) -> Plan:
    """Generate every client's check-ins and journal entries for the ``DAYS`` days up to ``now``."""
    used_bodies: set[str] = set()
    story = Plan(start={}, checkins=[], entries=[])
    for spec in _CLIENTS:
        rng = random.Random(f"{seed}:{spec.key}")  # noqa: S311 (synthetic data, not security)
        tz = ZoneInfo(spec.tz)
        first_day = now.astimezone(tz).date() - timedelta(days=DAYS - 1)
        story.start[spec.key] = datetime.combine(first_day, time(0), tz).astimezone(UTC)
        curve = _mood_curve(spec, rng, first_day)
        story.checkins += _plan_checkins(spec, rng, curve, first_day, tz, now)
        if spec.journal_per_week:
            story.entries += _plan_entries(spec, rng, curve, first_day, tz, now, used_bodies)
    return story


_WEEKLY = {  # Monday .. Sunday
    "weekend_lift": (-0.3, -0.1, 0.0, 0.0, 0.25, 0.6, 0.35),
    "monday_dip": (-0.7, -0.2, 0.0, 0.1, 0.3, 0.5, 0.1),
    "sunday_dip": (-0.3, 0.0, 0.1, 0.1, 0.4, 0.5, -0.8),
    "none": (0.0,) * 7,
}


def _mood_curve(spec: _ClientSpec, rng: random.Random, first_day: date) -> list[float]:
    """The client's latent daily mood: baseline, trend, weekly rhythm and autocorrelated noise."""
    base = spec.baseline + rng.uniform(-0.25, 0.25)
    change = spec.change * rng.uniform(0.9, 1.1)
    dip_centre = rng.uniform(0.4, 0.6) * DAYS
    dip_width = rng.uniform(8, 12)
    period = rng.uniform(24, 34)
    phase = rng.uniform(0, 2 * math.pi)
    weekly = _WEEKLY[spec.weekly]
    noise = 0.0
    curve = []
    for d in range(DAYS):
        t = d / (DAYS - 1)
        if spec.course == "improving":
            trend = change * (3 * t * t - 2 * t * t * t)
        elif spec.course == "deteriorating":
            trend = -change * t ** 1.7
        elif spec.course == "rough_patch":
            trend = -change * math.exp(-(((d - dip_centre) / dip_width) ** 2))
        elif spec.course == "ups_and_downs":
            trend = 1.3 * math.sin(2 * math.pi * d / period + phase)
        else:
            trend = 0.0
        noise = 0.6 * noise + rng.gauss(0, 0.6)
        day = first_day + timedelta(days=d)
        curve.append(base + trend + weekly[day.weekday()] + noise)
    return curve


_SLOTS = {  # local time windows (minutes after midnight) for check-ins
    "morning": (7 * 60, 9 * 60 + 45),
    "midday": (12 * 60, 14 * 60 + 30),
    "evening": (19 * 60 + 30, 23 * 60 + 15),
}


def _local(day: date, minutes: int, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60), tz).astimezone(UTC)


def _clip(value: float) -> int:
    return max(1, min(10, round(value)))


def _band(mood: float) -> str:
    return "low" if mood < 4.6 else "good" if mood > 6.6 else "mid"


def _plan_checkins(
    spec: _ClientSpec, rng: random.Random, curve: list[float], first_day: date, tz: ZoneInfo, now: datetime
) -> list[PlannedCheckIn]:
    rows: list[PlannedCheckIn] = []
    gap = 0
    weights = (0.5, 0.15, 0.35) if spec.morning_person else (0.25, 0.2, 0.55)
    for d, latent in enumerate(curve):
        day = first_day + timedelta(days=d)
        if gap > 0:
            gap -= 1
            continue
        low = latent < 4.0
        if d < DAYS - 2 and rng.random() < spec.gap_rate * (1.8 if low else 1.0):
            gap = rng.randint(1, 5)  # today and the next days are missed
            continue
        if rng.random() > spec.adherence - (0.12 if low else 0.0):
            continue
        count = rng.choices((1, 2, 3), weights=spec.per_day)[0]
        for slot in _weighted_sample(rng, list(_SLOTS), weights, count):
            lo, hi = _SLOTS[slot]
            if day.weekday() >= 5 and slot == "morning":
                lo, hi = lo + 60, hi + 60
            at = _local(day, rng.randint(lo, hi), tz)
            if at > now:
                continue
            tod = {"morning": -0.4 if spec.baseline < 5 else -0.1, "midday": 0.2, "evening": 0.0}[slot]
            mood = _clip(latent + tod + rng.gauss(0, 0.5))
            energy = anxiety = None
            if "energy" in spec.tracks:
                energy = _clip(0.55 * latent + 2.3 + {"morning": 0.6, "midday": 0.3, "evening": -0.9}[slot]
                               + rng.gauss(0, 0.9))
            if "anxiety" in spec.tracks:
                sunday_evening = spec.weekly == "sunday_dip" and day.weekday() == 6 and slot == "evening"
                anxiety = _clip(spec.anxiety_base - 0.6 * (latent - spec.baseline) + rng.gauss(0, 0.9)
                                + (1.0 if sunday_evening else 0.0))
            note = None
            if rng.random() < spec.note_rate:
                note = _pick(rng, _NOTES[spec.locale][_band(mood)], _slots_for(spec, day, now))
            rows.append(PlannedCheckIn(spec.key, at, mood, energy, anxiety, note))
    return rows


def _weighted_sample(rng: random.Random, items: list[str], weights: Sequence[float], k: int) -> list[str]:
    """``k`` distinct items, drawn by weight, in their original order (one check-in per time slot)."""
    pool, w, chosen = list(items), list(weights), []
    for _ in range(min(k, len(pool))):
        i = rng.choices(range(len(pool)), weights=w)[0]
        chosen.append(pool.pop(i))
        w.pop(i)
    return sorted(chosen, key=items.index)


def _therapist_on(spec: _ClientSpec, day: date, first_day: date, today: date) -> str | None:
    """First name of a therapist the client sees on ``day`` (for "{therapist}" in texts)."""
    for link in spec.links:
        joined = first_day + timedelta(days=link.start_day)
        ended = today - timedelta(days=link.withdrawn_days_ago) if link.withdrawn_days_ago else None
        if joined <= day and (ended is None or day < ended):
            return _STAFF[link.therapist].first_name
    return None


def _slots_for(spec: _ClientSpec, day: date, now: datetime, first_day: date | None = None) -> dict[str, str]:
    slots = {k: v for k, v in spec.life.items() if isinstance(v, str)}
    names = _WEEKDAYS[spec.locale]
    slots["weekday"] = names[day.weekday()]
    slots["Weekday"] = names[day.weekday()].capitalize()
    if first_day is not None:
        today = now.astimezone(ZoneInfo(spec.tz)).date()
        therapist = _therapist_on(spec, day, first_day, today)
        if therapist:
            slots["therapist"] = therapist
    return slots


@dataclass
class _Draft:
    """A journal entry before its text is written."""

    d: int  # day of the period
    day: date
    at: datetime
    kind: str  # evening | morning | afternoon
    band: str  # low | mid | good
    hopeless: bool = False


_ENTRY_WINDOWS = {"evening": (20 * 60, 23 * 60 + 30), "morning": (6 * 60 + 45, 9 * 60),
                  "afternoon": (13 * 60, 17 * 60)}


def _plan_entries(
    spec: _ClientSpec,
    rng: random.Random,
    curve: list[float],
    first_day: date,
    tz: ZoneInfo,
    now: datetime,
    used_bodies: set[str],
) -> list[PlannedEntry]:
    entries = []
    for draft in _entry_drafts(spec, rng, curve, first_day, tz, now):
        slots = _slots_for(spec, draft.day, now, first_day)
        homework = spec.life.get("homework")
        if isinstance(homework, tuple):
            slots["homework"] = rng.choice(homework)
        for _ in range(20):  # never the same text twice
            title, body = _compose(spec, rng, draft, slots)
            if body not in used_bodies:
                break
        used_bodies.add(body)
        shared = rng.random() < spec.share_rate
        shared = shared or (draft.hopeless and spec.share_rate > 0 and rng.random() < 0.5)
        shared_later_at = edited_at = None
        if shared and rng.random() < 0.3:
            later = draft.at + timedelta(hours=rng.randint(12, 60))
            shared_later_at = later if later < now else None
        if rng.random() < 0.06:
            later = draft.at + timedelta(minutes=rng.randint(10, 600))
            edited_at = later if later < now else None
        entries.append(PlannedEntry(spec.key, draft.at, title, body, shared, shared_later_at, edited_at,
                                    draft.band, draft.hopeless))
    # A therapist should be able to see at least one of the hopeless entries.
    if spec.hopeless and spec.share_rate > 0 and not any(x.shared for x in entries if x.hopeless):
        i = max(i for i, x in enumerate(entries) if x.hopeless)
        entries[i] = replace(entries[i], shared=True, shared_later_at=None)
    return entries


def _entry_drafts(
    spec: _ClientSpec, rng: random.Random, curve: list[float], first_day: date, tz: ZoneInfo, now: datetime
) -> list[_Draft]:
    """When the client writes (2-4 days a week, mostly evenings) and in which mood."""
    assert spec.journal_per_week is not None
    lo, hi = spec.journal_per_week
    drafts: list[_Draft] = []
    for week_start in range(0, DAYS, 7):
        days = list(range(week_start, min(week_start + 7, DAYS)))
        for d in sorted(rng.sample(days, min(len(days), rng.randint(lo, hi)))):
            kind = rng.choices(list(_ENTRY_WINDOWS), weights=(0.72, 0.14, 0.14))[0]
            day = first_day + timedelta(days=d)
            at = _local(day, rng.randint(*_ENTRY_WINDOWS[kind]), tz)
            if at <= now:
                drafts.append(_Draft(d, day, at, kind, _band(curve[d] + rng.gauss(0, 0.4))))
    # A few mildly low entries every month, whatever the trend.
    for month_start in range(0, DAYS, 30):
        month = [x for x in drafts if month_start <= x.d < month_start + 30]
        missing = 2 - sum(x.band == "low" for x in month)
        others = sorted((x for x in month if x.band != "low"), key=lambda x: curve[x.d])
        for x in others[: max(0, missing)]:
            x.band = "low"
    # Passive hopelessness on the worst days of the last five weeks (one or two clients only).
    if spec.hopeless:
        recent = sorted((x for x in drafts if x.d >= DAYS - 35), key=lambda x: curve[x.d])
        for x in recent[: rng.randint(3, 5)]:
            x.band, x.hopeless = "low", True
    return drafts


_THEME_WEIGHTS = {
    "low": {"work": 3, "sleep": 3, "family": 2, "friends": 2, "exercise": 1, "homework": 2, "worry": 4,
            "wins": 1, "gratitude": 1},
    "mid": {"work": 3, "sleep": 2, "family": 2, "friends": 2, "exercise": 2, "homework": 3, "worry": 2,
            "wins": 2, "gratitude": 2},
    "good": {"work": 2, "sleep": 2, "family": 2, "friends": 3, "exercise": 3, "homework": 2, "worry": 1,
             "wins": 3, "gratitude": 3},
}


def _compose(
    spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str]
) -> tuple[str | None, str]:
    """Title and body: an opening, a calendar detail, one or two themes, a closing line."""
    text = _TEXT[spec.locale]
    sentences = _opening(spec, rng, draft, slots)
    themes = _themes(spec, rng, draft)
    sentences += _middle(spec, rng, draft, slots, themes)
    if rng.random() < 0.55:
        closers = list(text["close"][draft.band])
        if draft.kind == "evening":
            closers += text["close_evening"][draft.band]
        closer = _pick(rng, closers, slots)
        if closer:
            sentences.append(closer)
    if len(sentences) >= 4 and rng.random() < 0.45:
        cut = rng.randint(2, len(sentences) - 1)
        body = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
    else:
        body = " ".join(sentences)
    title = None
    if rng.random() < 0.45:
        theme_titles = [] if (draft.band, themes[0]) in _TITLE_CLASHES else text["title"][themes[0]]
        title = _pick(rng, theme_titles + text["title"][draft.band], slots)
    return title, body


def _opening(spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str]) -> list[str]:
    text = _TEXT[spec.locale]
    sentences = []
    if rng.random() < 0.6:
        options = text["open"][draft.kind] + text["open"][draft.band] * 2
        options += text["open_weekday"].get(draft.day.weekday(), []) * 2
        opener = _pick(rng, options, slots)
        if opener:
            sentences.append(opener)
    holiday = _holiday(spec.locale, spec.country, draft.day)
    if holiday and rng.random() < 0.6:
        sentences.append(rng.choice(holiday))
    elif rng.random() < 0.22:
        sentences.append(rng.choice(text["season"][draft.day.month]))
    return sentences


def _themes(spec: _ClientSpec, rng: random.Random, draft: _Draft) -> list[str]:
    weights: dict[str, float] = dict(_THEME_WEIGHTS[draft.band])
    if draft.kind == "morning":  # mornings are about the night and the day ahead
        weights.update(sleep=weights["sleep"] * 2, work=0.5, friends=0.5, exercise=0.5)
    if draft.day.weekday() >= 5 and not spec.life.get("shifts"):
        weights["work"] = 0
    chosen: list[str] = []
    for _ in range(rng.choice((1, 2, 2, 2))):
        pool = [t for t in weights if t not in chosen]
        chosen.append(rng.choices(pool, weights=[weights[t] for t in pool])[0])
    return chosen


def _middle(spec: _ClientSpec, rng: random.Random, draft: _Draft, slots: dict[str, str],
            themes: list[str]) -> list[str]:
    lang, band = spec.locale, draft.band
    sentences: list[str] = []
    used: set[str] = set()
    for n, theme in enumerate(themes):
        pools = _THEMES[theme][lang]
        pool = pools.get(band) or pools["mid"]
        for _ in range(rng.choice((1, 1, 2)) if len(pool) > 3 else 1):
            sentence = _pick(rng, pool, slots, exclude=used)
            if sentence:
                sentences.append(sentence)
        if n == 0 and draft.hopeless:
            sentences.append(rng.choice(_HOPELESS[lang]))
    if len(sentences) < 2:  # a little more to say
        extra = _pick(rng, _THEMES["worry" if band == "low" else "wins"][lang][band], slots, exclude=used)
        if extra and rng.random() < 0.5:
            sentences.append(extra)
    return sentences


_TITLE_CLASHES = {("good", "worry"), ("good", "sleep"), ("low", "wins"), ("low", "exercise")}
_FIELD = re.compile(r"\{(\w+)\}")


def _pick(rng: random.Random, templates: Iterable[str], slots: Mapping[str, str],
          exclude: set[str] | None = None) -> str | None:
    """A random template whose slots this client has, filled in, with its first letter capitalised."""
    options = [t for t in templates if all(slots.get(name) for name in _FIELD.findall(t))]
    if exclude is not None:
        options = [t for t in options if t not in exclude] or options
    if not options:
        return None
    template = rng.choice(options)
    if exclude is not None:
        exclude.add(template)
    filled = template.format_map(slots)
    return filled[0].upper() + filled[1:]


def _holiday(lang: str, country: str, day: date) -> list[str] | None:
    m, d = day.month, day.day
    if lang == "nl":
        if country == "NL" and (m, d) == (12, 5):
            return ["Pakjesavond gevierd, met gedichten en al. Het was gezelliger dan ik had verwacht."]
        if country == "BE" and (m, d) == (12, 6):
            return ["Sinterklaas vandaag. De kinderen van mijn broer waren helemaal door het dolle heen."]
        if (m == 11 and d >= 14) or (m == 12 and d <= 4):
            return ["Overal pepernoten in de winkels: Sinterklaas is weer in het land.",
                    "Sinterklaasgedichten schrijven, ik had er eigenlijk best plezier in."]
        if country == "NL" and (m, d) in ((4, 26), (4, 27)):
            return ["Koningsdag: overal oranje en veel te veel mensen. Ik ben vroeg naar huis gegaan."]
    else:
        if (m == 10 and d >= 24) or (m, d) == (11, 1):
            return ["Halloween decorations on every doorstep on our street.",
                    "Bought far too many sweets for the trick-or-treaters."]
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


# --------------------------------------------------------------------------------------------
# Storing the story
# --------------------------------------------------------------------------------------------


@dataclass
class _Stored:
    """What the later steps of the build need from the earlier ones."""

    users: dict[str, User]
    links: dict[tuple[str, str], CareLink] = field(default_factory=dict)
    entries: dict[str, list[tuple[PlannedEntry, JournalEntry]]] = field(default_factory=dict)


def _store(session: Session, story: Plan, password_hash: str, now: datetime, seed: int) -> None:
    rng = random.Random(f"{seed}:store")  # noqa: S311 (synthetic data, not security)
    stored = _Stored(users=_add_users(session, story, password_hash, now, rng))
    _add_links(session, story, stored, now, rng)
    audit = _add_checkins_and_entries(session, story, stored, rng)
    for spec in _CLIENTS:
        checkin_times = sorted(c.at for c in story.checkins if c.client == spec.key)
        for link_spec in spec.links:
            audit += _history_of_reads(rng, stored.users[link_spec.therapist],
                                       stored.links[(link_spec.therapist, spec.key)], link_spec,
                                       checkin_times, stored.entries.get(spec.key, []), now)
    session.add_all(audit)
    _withdraw(session, stored, now, rng)
    _read_today(session, stored)
    _screen_history(session, story, stored, now)
    session.flush()


def _screen_history(session: Session, story: Plan, stored: _Stored, now: datetime) -> None:
    """Screen every demo text as the app would have; the latest risky entry of each client (within a
    week) raises the alert a therapist finds today, older ones were resolved, and the clients with
    hopeless entries have a safety plan made with their therapist."""
    for spec in _CLIENTS:
        rows = stored.entries.get(spec.key, [])
        risky = []
        for planned, row in rows:
            result = safety_service.screen(f"{row.title}.\n{row.body}" if row.title else row.body)
            row.risk_level = result.level.value
            if result.level.at_least("moderate"):
                risky.append((planned, row, result))
        user = stored.users[spec.key]
        recent = [item for item in risky if now - item[1].written_at <= timedelta(days=7)]
        if recent:
            _, row, result = recent[-1]
            safety_service.raise_for_result(session, Actor.of(user), result, source="journal", source_id=row.id,
                                            now=now)
        if spec.hopeless:
            therapist = next(stored.users[link.therapist] for link in spec.links if not link.withdrawn_days_ago)
            nl = spec.locale == "nl"
            plan = SafetyPlanContent(
                warning_signs=["Niet meer slapen, afspraken afzeggen" if nl else "Not sleeping, cancelling plans"],
                coping_strategies=["Wandelen met de hond" if nl else "A walk round the block, music on"],
                people_to_ask=["Mijn zus" if nl else "My sister"],
                professionals=[therapist.display_name, "113 / 0800-0113" if nl else "Samaritans 116 123"],
                reasons_for_living=["Mijn neefje" if nl else "My niece"],
            )
            safety_service.update_safety_plan(session, Actor.of(therapist), user.id, plan, now=now)


def _add_users(
    session: Session, story: Plan, password_hash: str, now: datetime, rng: random.Random
) -> dict[str, User]:
    """The organisation, its staff and clients, all with the same (already hashed) password."""
    org = care_service.create_organisation(session, name=ORGANISATION, country="NL", locale="nl")
    org.created_at = min(story.start.values()) - timedelta(days=420)
    users: dict[str, User] = {}
    for i, staff in enumerate((_ADMIN, *_THERAPISTS)):
        users[staff.key] = User(
            organisation_id=org.id, email=staff.email, display_name=staff.name, role=staff.role,
            password_hash=password_hash, locale=staff.locale, country="NL", timezone=PRACTICE_TZ,
            created_at=org.created_at + timedelta(days=i, hours=2),
            last_login_at=now - timedelta(hours=3 + 20 * i),
        )
    last_seen: dict[str, datetime] = {}
    for when, client in [(c.at, c.client) for c in story.checkins] + [(e.written_at, e.client)
                                                                      for e in story.entries]:
        last_seen[client] = max(when, last_seen.get(client, when))
    for spec in _CLIENTS:
        users[spec.key] = User(
            organisation_id=org.id, email=spec.email, display_name=spec.name, role=Role.CLIENT,
            password_hash=password_hash, locale=spec.locale, country=spec.country, timezone=spec.tz,
            created_at=story.start[spec.key] - timedelta(days=rng.randint(9, 20),
                                                         minutes=rng.randint(0, 600)),
            last_login_at=last_seen.get(spec.key),
        )
    session.add_all(users.values())
    session.flush()
    return users


def _add_links(session: Session, story: Plan, stored: _Stored, now: datetime, rng: random.Random) -> None:
    """Care links and consent through the care service, dated to when they happened in the story."""
    for spec in _CLIENTS:
        client = stored.users[spec.key]
        for link_spec in spec.links:
            since = max(
                client.created_at + timedelta(minutes=rng.randint(60, 1800)),
                story.start[spec.key] + timedelta(days=link_spec.start_day, minutes=rng.randint(540, 1020)),
            )
            scopes = set(link_spec.consent)
            if link_spec.journal_added_days_ago:
                scopes.discard("journal")
            link = care_service.link_therapist(
                session, stored.users[link_spec.therapist], client, Consent(**dict.fromkeys(scopes, True)),
                now=since,
            )
            _date_new_audit_rows(session, since)
            if link_spec.journal_added_days_ago:
                changed = now - timedelta(days=link_spec.journal_added_days_ago, minutes=rng.randint(60, 480))
                care_service.update_consent(session, Actor.of(client), link.id,
                                            Consent(**dict.fromkeys(link_spec.consent, True)))
                link.consent_updated_at = changed
                _date_new_audit_rows(session, changed)
            stored.links[(link_spec.therapist, spec.key)] = link


def _add_checkins_and_entries(
    session: Session, story: Plan, stored: _Stored, rng: random.Random
) -> list[AuditEntry]:
    """The historical rows as model objects (the encrypted columns encrypt as usual), and the audit
    rows the client's own actions would have left."""
    users = stored.users
    checkins = [
        CheckIn(client_id=users[c.client].id, at=c.at, mood=c.mood, energy=c.energy, anxiety=c.anxiety,
                note=c.note, created_at=c.at + timedelta(seconds=rng.randint(1, 40)),
                risk_level=safety_service.screen(c.note).level.value if c.note else None)
        for c in story.checkins
    ]
    pairs = [
        (e, JournalEntry(client_id=users[e.client].id, title=e.title, body=e.body, shared=e.shared,
                         written_at=e.written_at, created_at=e.written_at,
                         updated_at=max(filter(None, (e.shared_later_at, e.edited_at)), default=None)))
        for e in story.entries
    ]
    session.add_all(checkins)
    session.add_all([row for _, row in pairs])
    session.flush()  # ids for the audit rows
    audit = []
    for c, row in zip(story.checkins, checkins, strict=True):
        user = users[c.client]
        audit.append(_audit(user, AuditEvent.CHECKIN_CREATED, user.id, row.created_at, "checkin", row.id))
    for e, row in pairs:
        stored.entries.setdefault(e.client, []).append((e, row))
        user = users[e.client]
        audit.append(_audit(user, AuditEvent.JOURNAL_ENTRY_CREATED, user.id, e.written_at, "journal_entry",
                            row.id, {"shared": e.shared and e.shared_later_at is None}))
        for when, fields in ((e.edited_at, ["body"]), (e.shared_later_at, ["shared"])):
            if when:
                audit.append(_audit(user, AuditEvent.JOURNAL_ENTRY_UPDATED, user.id, when, "journal_entry",
                                    row.id, {"fields": fields}))
    return audit


def _withdraw(session: Session, stored: _Stored, now: datetime, rng: random.Random) -> None:
    """Withdrawals, through the care service (the therapist's reads stop before them)."""
    for spec in _CLIENTS:
        for link_spec in spec.links:
            if link_spec.withdrawn_days_ago:
                link = stored.links[(link_spec.therapist, spec.key)]
                when = now - timedelta(days=link_spec.withdrawn_days_ago, minutes=rng.randint(60, 360))
                care_service.withdraw(session, Actor.of(stored.users[spec.key]), link.id)
                link.ended_at = link.consent_updated_at = when
                _date_new_audit_rows(session, when)


def _read_today(session: Session, stored: _Stored) -> None:
    """Today's reads go through the real service functions, which audit them with today's time."""
    for therapist_key, client_key in _LIVE_READS:
        actor, client_id = Actor.of(stored.users[therapist_key]), stored.users[client_key].id
        link = stored.links[(therapist_key, client_key)]
        if link.share_checkins:
            checkins_service.list_client_checkins(session, actor, client_id, limit=30)
        if link.share_journal:
            journal_service.list_client_entries(session, actor, client_id, limit=10)
    for therapist_key, client_key in _LIVE_ENTRY_READS:
        shared = [row for e, row in stored.entries.get(client_key, []) if e.shared and e.hopeless]
        if shared:
            journal_service.access_entry(session, Actor.of(stored.users[therapist_key]), shared[-1].id)


def _audit(actor: User, event: AuditEvent, subject_id: int, at: datetime, object_type: str | None = None,
           object_id: int | None = None, extra: dict | None = None) -> AuditEntry:
    return AuditEntry(at=at, actor_id=actor.id, actor_role=str(actor.role), event=str(event),
                      subject_id=subject_id, object_type=object_type, object_id=object_id, extra=extra)


def _date_new_audit_rows(session: Session, at: datetime) -> None:
    """Date the audit rows a service call just added to when it happened in the story.

    The care service adds its audit row without flushing, so it is still pending here; should that
    change, the rows keep the build time (tests/test_demo.py notices).
    """
    for row in session.new:
        if isinstance(row, AuditEntry) and row.at is None:
            row.at = at


def _history_of_reads(
    rng: random.Random,
    therapist: User,
    link: CareLink,
    spec: _LinkSpec,
    checkin_times: list[datetime],
    entries: list[tuple[PlannedEntry, JournalEntry]],
    now: datetime,
) -> list[AuditEntry]:
    """Weekly (or fortnightly) reads of the client's page on the morning of the session, as the
    therapist's client page records them: the check-ins, the journal list, sometimes one entry."""
    tz = ZoneInfo(PRACTICE_TZ)
    end = now - timedelta(days=spec.withdrawn_days_ago, hours=7) if spec.withdrawn_days_ago else now
    journal_from = now - timedelta(days=spec.journal_added_days_ago) if spec.journal_added_days_ago else None
    day = (link.created_at + timedelta(days=7)).astimezone(tz).date()
    day += timedelta(days=(spec.session_weekday - day.weekday()) % 7)
    shared = sorted((e.shared_later_at or e.written_at, row.id) for e, row in entries if e.shared)
    rows: list[AuditEntry] = []
    last_read: datetime | None = None
    client_id = link.client_id
    for week in range(DAYS):
        session_day = day + timedelta(days=7 * week)
        at = datetime.combine(session_day, time(8, rng.randint(15, 59)), tz).astimezone(UTC)
        if at >= end - timedelta(hours=1):
            break
        if week % spec.review_weeks or rng.random() > 0.85:
            continue  # no session this week
        if "checkins" in spec.consent:
            count = min(30, bisect_right(checkin_times, at))
            rows.append(_audit(therapist, AuditEvent.CHECKINS_VIEWED, client_id, at, extra={"count": count}))
        if "journal" in spec.consent and (journal_from is None or at > journal_from):
            visible = [entry_id for when, entry_id in shared if when <= at]
            listed = visible[-10:][::-1]
            rows.append(_audit(therapist, AuditEvent.JOURNAL_LISTED, client_id, at + timedelta(seconds=1),
                               extra={"count": len(listed), "entry_ids": listed}))
            new = [entry_id for when, entry_id in shared
                   if when <= at and (last_read is None or when > last_read)]
            if new and rng.random() < 0.6:
                rows.append(_audit(therapist, AuditEvent.JOURNAL_ENTRY_VIEWED, client_id,
                                   at + timedelta(seconds=rng.randint(20, 240)), "journal_entry", new[-1]))
        last_read = at
    return rows


# --------------------------------------------------------------------------------------------
# Text. Sentence pools per theme and mood band, with {slots} filled from each client's life.
# Every sentence is written for the diary of one person, in natural everyday Dutch or English.
# --------------------------------------------------------------------------------------------

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
                "Tussen de middag even naar buiten gegaan in plaats van door te werken. Kleine moeite, "
                "groot verschil.",
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
                "I notice I'm going to bed later and later on weeknights, even though I know it doesn't "
                "help.",
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
                "{parent} belde en binnen vijf minuten ging het weer over wat ik allemaal anders zou moeten "
                "doen.",
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
                "Lange wandeling met {sibling}. We hebben het eindelijk eens over vroeger gehad, en dat "
                "voelde goed.",
                "{partner} had gekookt toen ik thuiskwam. Ik voelde me echt gezien.",
                "{parent} zei aan de telefoon: 'Ik ben trots op je.' Daar moest ik even van slikken.",
                "{kid} kwam vanochtend bij me in bed liggen en vertelde een heel verhaal over dinosaurussen.",
            ],
        },
        "en": {
            "low": [
                "{parent} rang, and within five minutes it was all about what I should be doing differently.",
                "The birthday at {sibling}'s was exhausting. I smiled all afternoon while I really wanted to "
                "go home.",
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
                "Ik heb drie berichtjes van {friend} nog niet beantwoord. Ik weet niet goed wat ik moet "
                "zeggen.",
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
                "{friend} cancelled at the last minute. Honestly I was relieved, and then I felt bad about "
                "that.",
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
                "Binnenkort weer een afspraak met {therapist} en ik heb nog bijna niets van mijn huiswerk "
                "gedaan.",
            ],
            "mid": [
                "Vandaag tijd gemaakt voor {homework}. Het voelt nog onwennig, maar het gaat al wat "
                "makkelijker.",
                "Bij {homework} viel me op dat ik vooral 's avonds ga piekeren.",
                "{therapist} zei dat ik niet alles in één keer hoef op te lossen. Daar heb ik vandaag "
                "vaak aan gedacht.",
            ],
            "good": [
                "{homework} hielp vandaag echt. Ik merkte dat ik er rustiger van werd.",
                "Dit wil ik {therapist} de volgende keer vertellen: het lukte me om op tijd een grens aan "
                "te geven.",
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
                "{therapist} said I don't have to solve everything at once. I thought about that a lot "
                "today.",
            ],
            "good": [
                "{homework} really helped today. I could feel myself calming down.",
                "Something to tell {therapist} next time: I managed to set a boundary before it got too "
                "much.",
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
                "Het enige wat vandaag lukte was douchen en boodschappen doen. Dat telt ook, zegt "
                "{therapist}.",
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
                "Drie goede dingen vandaag: een warme kop koffie, een appje van {friend} en een rustige "
                "avond.",
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
            "evening": ["{Weekday}avond.", "Eind van de dag.", "Even opschrijven voor ik ga slapen.",
                        "Korte notitie vanavond."],
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
            "low": ["Morgen is er weer een dag.", "Ik probeer mezelf niet te hard te vallen.",
                    "Misschien neem ik dit mee naar het gesprek met {therapist}."],
            "mid": ["Genoeg voor nu.", "Benieuwd hoe de rest van de week gaat.",
                    "Morgen probeer ik weer even naar buiten te gaan."],
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
            1: ["Januari duurt eindeloos; het is nog donker als ik opsta.",
                "Koud en grijs buiten, de hele dag."],
            2: ["Het is nog koud, maar de dagen worden merkbaar langer.",
                "Februari, de maand die maar niet lijkt op te schieten."],
            3: ["De eerste krokussen staan in bloei.", "Het is 's avonds langer licht en dat helpt echt."],
            4: ["Buiten wordt alles groen.", "April doet wat hij wil: zon, hagel en regen op één dag."],
            5: ["Heerlijk weer, eindelijk zonder jas naar buiten.", "De bomen staan weer vol in het blad."],
            6: ["Lange lichte avonden; ik ga later naar bed dan goed voor me is.",
                "Warm vandaag, alle ramen stonden open."],
            7: ["Het is zomervakantie en de stad is stiller dan normaal.",
                "Zo warm vandaag dat ik nergens toe kwam."],
            8: ["Nog steeds warm; de ventilator staat al dagen aan.",
                "Half de wereld lijkt op vakantie, behalve ik."],
            9: ["De vakanties zijn voorbij en alles komt weer op gang.",
                "Eerste echte herfstdag, het rook buiten naar natte bladeren."],
            10: ["Het wordt al vroeg donker.", "Storm vandaag; ik kwam op de fiets bijna niet vooruit.",
                 "Overal bladeren op straat."],
            11: ["Het is al donker als ik om vijf uur naar buiten kijk.", "Regen, regen en nog eens regen.",
                 "November is echt niet mijn maand."],
            12: ["Overal lichtjes in de stad, dat maakt de donkere dagen wat draaglijker.",
                 "December is altijd zo vol, dat merk ik nu ook weer."],
        },
        "christmas": ["De kerstdagen komen eraan en ik zie er eerlijk gezegd een beetje tegenop.",
                      "Kerst bij de familie. Gezellig, maar ik was blij toen ik weer thuis was."],
        "new_year": ["Nieuw jaar. Geen grote voornemens, alleen wat liever zijn voor mezelf."],
    },
    "en": {
        "open": {
            "evening": ["{Weekday} evening.", "End of the day.", "Writing this down before bed.",
                        "Quick note tonight."],
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
            "low": ["Tomorrow is another day.", "Trying not to be too hard on myself.",
                    "Maybe I'll bring this up with {therapist}."],
            "mid": ["That's enough for now.", "Curious how the rest of the week goes.",
                    "Tomorrow I'll try to get outside for a bit."],
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
            3: ["The first crocuses are out.",
                "It's light for longer in the evenings and that really helps."],
            4: ["Everything is turning green.", "April weather: sun, hail and rain all in one day."],
            5: ["Lovely weather, out without a coat at last.", "The trees are full of leaves again."],
            6: ["Long light evenings; I go to bed later than is good for me.",
                "Warm today, every window open."],
            7: ["Summer holidays, and everything is quieter than usual.",
                "So hot today that I couldn't get anything done."],
            8: ["Still warm; the fan has been on for days.", "Everyone seems to be on holiday except me."],
            9: ["Holidays over and everything is starting up again.",
                "First proper autumn day, it smelled of wet leaves outside."],
            10: ["It's getting dark so early.", "Stormy today, I could barely walk against the wind.",
                 "Leaves everywhere on the pavements."],
            11: ["It's already dark by five.", "Rain, rain and more rain.",
                 "November is really not my month."],
            12: ["Lights up everywhere in town, which makes the dark days a bit easier.",
                 "December is always so full, and I'm feeling it again."],
        },
        "christmas": ["Christmas is nearly here and I'm honestly dreading it a bit.",
                      "Christmas with the family. Nice, but I was glad to be home again."],
        "new_year": ["New year. No big resolutions, just trying to be a bit kinder to myself."],
    },
}

_NOTES = {
    "nl": {
        "low": ["Slecht geslapen.", "Moe en prikkelbaar.", "Hoofdpijn.", "Veel gepiekerd.", "Druk op werk.",
                "Alles voelt zwaar vandaag.", "Nergens zin in.", "Onrustig gevoel in mijn buik.",
                "Woordenwisseling gehad.", "Eenzaam vanavond.", "Weinig gegeten.", "Afspraak afgezegd."],
        "mid": ["Gaat wel.", "Rustige dag.", "Beetje moe.", "Wisselend.", "Niks bijzonders.", "Lange dag.",
                "Oké, wel wat onrustig.", "Regenachtig, binnen gebleven."],
        "good": ["Fijne dag!", "Lekker gesport.", "Goed geslapen.", "Leuke avond met {friend}.",
                 "Zonnetje gezien.", "Trots op mezelf.", "Gezellig gegeten bij {parent}."],
    },
    "en": {
        "low": ["Slept badly.", "Tired and irritable.", "Headache.", "Lots of worrying.",
                "Stressful day at work.", "Everything feels heavy today.", "Can't be bothered with anything.",
                "Restless, knot in my stomach.",
                "Had an argument.", "Lonely tonight.", "Hardly ate.", "Cancelled plans."],
        "mid": ["Okay.", "Quiet day.", "A bit tired.", "Up and down.", "Nothing special.", "Long day.",
                "Fine, a bit restless.", "Rainy, stayed in."],
        "good": ["Good day!", "Good workout.", "Slept well.", "Nice evening with {friend}.", "Saw some sun.",
                 "Proud of myself.", "Lovely dinner with {parent}."],
    },
}
