"""The demo organisation: who is in it, four months of believable data, varied consent, and free
text that stays encrypted in the database file.

The demo is built once for this module into its own folder, with the settings pointed there and
restored afterwards (also when the other tests run on PostgreSQL).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alongside import config, db, demo
from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.accounts.models import Role, User
from alongside.care.models import CareLink, LinkStatus, Organisation
from alongside.checkins.models import CheckIn, CheckInTag, CheckInTagLink
from alongside.errors import NotFound
from alongside.intake.models import Referral
from alongside.journal import service as journal_service
from alongside.journal.models import JournalEntry
from alongside.kit.orm import utc_now
from alongside.nlp.language import detect_language, split_sentences
from alongside.privacy import crypto
from alongside.privacy import service as privacy_service
from alongside.privacy.audit import AuditEvent
from alongside.privacy.models import AuditEntry
from alongside.questionnaires import service as questionnaires_service
from alongside.questionnaires.models import QuestionnaireResponse, QuestionnaireSchedule


@contextmanager
def settings_pointing_at(data_dir: Path) -> Iterator[None]:
    """Point the settings, engine and key ring at ``data_dir``; put everything back afterwards."""
    patch = pytest.MonkeyPatch()
    url_before = config.settings.sqlalchemy_url
    db.reset_engine()
    patch.setenv("ALONGSIDE_DATA_DIR", str(data_dir))
    patch.delenv("ALONGSIDE_DATABASE_URL", raising=False)
    patch.delenv("ALONGSIDE_ENCRYPTION_KEY", raising=False)
    patch.delenv("ALONGSIDE_KEY_FILE", raising=False)
    config.reload_settings()
    crypto.reset_key_ring()
    try:
        yield
    finally:
        db.reset_engine()
        patch.undo()
        config.reload_settings()
        db.reset_engine()
        crypto.reset_key_ring()
    assert config.settings.sqlalchemy_url == url_before


@dataclass
class Built:
    data_dir: Path
    logins: list[demo.Login]
    seconds: float
    finished_at: datetime


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    data_dir = tmp_path_factory.mktemp("demo")
    with settings_pointing_at(data_dir):
        started = time.perf_counter()
        logins = demo.build(data_dir, seed=7)
        yield Built(data_dir, logins, time.perf_counter() - started, utc_now())


@pytest.fixture
def demo_db(built: Built) -> Iterator[Session]:
    """A session on the demo database; nothing is committed."""
    with db.get_session_factory()() as session:
        yield session
        session.rollback()


def users_by_name(session: Session) -> dict[str, User]:
    return {u.display_name: u for u in session.scalars(select(User))}


def test_builds_well_under_the_time_limit(built: Built) -> None:
    assert built.seconds < 30


def test_one_dutch_practice_with_admin_and_two_therapists(demo_db: Session) -> None:
    orgs = list(demo_db.scalars(select(Organisation)))
    assert [(o.name, o.country, o.default_locale) for o in orgs] == [(demo.ORGANISATION, "NL", "nl")]
    users = list(demo_db.scalars(select(User)))
    roles = Counter(u.role for u in users)
    assert roles[Role.ADMIN] == 1
    assert roles[Role.THERAPIST] == 2
    assert roles[Role.CLIENT] >= 12
    assert {u.organisation_id for u in users} == {orgs[0].id}
    therapists = [u for u in users if u.role == Role.THERAPIST]
    assert {t.locale for t in therapists} == {"nl", "en"}
    # One hash for everybody, and it is a real argon2 hash of the demo password.
    assert len({u.password_hash for u in users}) == 1
    assert accounts_service.hasher().verify(users[0].password_hash, demo.DEMO_PASSWORD)


def test_clients_are_a_mix_of_dutch_english_and_belgian(demo_db: Session) -> None:
    clients = list(demo_db.scalars(select(User).where(User.role == Role.CLIENT)))
    locales = Counter(c.locale for c in clients)
    assert locales["nl"] >= 5 and locales["en"] >= 5
    pairs = {(c.locale, c.country) for c in clients}
    assert pairs >= {("nl", "NL"), ("nl", "BE"), ("en", "GB"), ("en", "IE"), ("en", "US")}
    assert sum(c.country == "BE" for c in clients) == 1
    for c in clients:
        ZoneInfo(c.timezone)  # a real time zone


def story_clients(demo_db: Session) -> list[User]:
    """The clients in care (the story); those who self-referred are on the waiting list (demo/intake.py)."""
    referred = select(Referral.client_id)
    return list(demo_db.scalars(select(User).where(User.role == Role.CLIENT, User.id.not_in(referred))))


def test_every_client_checks_in_over_four_months_with_gaps(demo_db: Session, built: Built) -> None:
    clients = story_clients(demo_db)
    rows = list(demo_db.scalars(select(CheckIn)))
    by_client: dict[int, list[CheckIn]] = defaultdict(list)
    for row in rows:
        by_client[row.client_id].append(row)
    assert set(by_client) == {c.id for c in clients}
    first, last = min(r.at for r in rows), max(r.at for r in rows)
    assert last - first >= timedelta(days=110)
    assert last <= built.finished_at
    assert built.finished_at - last < timedelta(days=1)  # the data ends today
    assert all(1 <= r.mood <= 10 for r in rows)
    assert all(r.at.tzinfo is not None for r in rows)
    for client in clients:
        tz = ZoneInfo(client.timezone)
        own = by_client[client.id]
        per_day = Counter(r.at.astimezone(tz).date() for r in own)
        assert len(own) >= 40, client.display_name
        assert max(per_day.values()) <= 3, client.display_name
        assert len(per_day) < demo.DAYS, f"{client.display_name} never misses a day"
    # Energy and anxiety for some clients only; notes on a minority of check-ins.
    tracking = {r.client_id for r in rows if r.energy is not None or r.anxiety is not None}
    assert 0 < len(tracking) < len(clients)
    notes = sum(r.note is not None for r in rows)
    assert 0.03 * len(rows) < notes < 0.3 * len(rows)


def _mean_mood(rows: list[CheckIn], since: datetime, until: datetime) -> float:
    return statistics.mean(r.mood for r in rows if since <= r.at < until)


def test_some_clients_improve_and_some_deteriorate(demo_db: Session, built: Built) -> None:
    names = users_by_name(demo_db)
    end = built.finished_at
    start = end - timedelta(days=demo.DAYS)

    def change(name: str) -> float:
        rows = list(demo_db.scalars(select(CheckIn).where(CheckIn.client_id == names[name].id)))
        last = _mean_mood(rows, end - timedelta(days=30), end)
        return last - _mean_mood(rows, start, start + timedelta(days=30))

    assert change("Eva Janssen") > 1.2
    assert change("Emily Watson") > 1.0
    assert change("Fleur Visser") < -1.2
    assert change("James O'Connor") < -1.0
    assert abs(change("Hannah Murphy")) < 1.0


def test_questionnaires_follow_the_mood_trend(demo_db: Session, built: Built) -> None:
    names = users_by_name(demo_db)

    def phq9(name: str) -> list[QuestionnaireResponse]:
        return list(
            demo_db.scalars(
                select(QuestionnaireResponse)
                .where(QuestionnaireResponse.client_id == names[name].id, QuestionnaireResponse.instrument == "phq9")
                .order_by(QuestionnaireResponse.completed_at)
            )
        )

    for name in ("Fleur Visser", "James O'Connor"):
        rows = phq9(name)
        assert len(rows) >= 6 and rows[-1].total - rows[0].total >= 6, name
        assert any(r.answer(9) for r in rows[-3:]), name  # the hopeless weeks reach item 9
    for name in ("Eva Janssen", "Emily Watson"):
        rows = phq9(name)
        assert len(rows) >= 6 and rows[0].total - rows[-1].total >= 4 and rows[-1].total < 10, name
    in_story = {c.id for c in story_clients(demo_db)}
    item9 = {
        r.client_id for r in demo_db.scalars(select(QuestionnaireResponse)) if r.answer(9) and r.client_id in in_story
    }
    assert item9 == {names["Fleur Visser"].id, names["James O'Connor"].id}
    assert demo_db.scalar(select(func.count()).where(QuestionnaireResponse.instrument == "who5")) > 5
    # Fortnightly schedules from the therapists the client shares questionnaires with; James fills
    # them in on his own and shares nothing.
    scheduled = {(s.client_id, s.instrument) for s in demo_db.scalars(select(QuestionnaireSchedule))}
    assert (names["Fleur Visser"].id, "phq9") in scheduled and (names["Eva Janssen"].id, "gad7") in scheduled
    assert not any(client == names["James O'Connor"].id for client, _ in scheduled)
    overview = questionnaires_service.client_overview(
        demo_db, Actor.of(names["Sanne Bakker"]), names["Fleur Visser"].id
    )
    assert overview.outcome.reliable_deterioration


def test_journals_are_varied_in_the_clients_language(demo_db: Session) -> None:
    clients = {c.id: c for c in demo_db.scalars(select(User).where(User.role == Role.CLIENT))}
    entries = list(demo_db.scalars(select(JournalEntry)))
    bodies = [e.body for e in entries]
    assert len(set(bodies)) == len(bodies), "two journal entries are identical"
    assert {"nl", "en"} <= {clients[e.client_id].locale for e in entries}
    wrong = [e.body for e in entries if detect_language(e.body) != clients[e.client_id].locale]
    assert not wrong, wrong[:3]
    # Two to four entries a week for clients who journal; some shared, most private.
    weeks = demo.DAYS / 7
    per_client = Counter(e.client_id for e in entries)
    assert len(per_client) >= 8
    for client_id, count in per_client.items():
        assert 1.8 <= count / weeks <= 4.2, clients[client_id].display_name
    shared = sum(e.shared for e in entries)
    assert 0.1 * len(entries) < shared < 0.5 * len(entries)
    assert all(e.written_at.tzinfo is not None and e.created_at == e.written_at for e in entries)


def test_low_days_and_passive_hopelessness_appear_but_only_for_one_or_two_clients(demo_db: Session) -> None:
    clients = {c.id: c for c in demo_db.scalars(select(User).where(User.role == Role.CLIENT))}
    hopeless: Counter[str] = Counter()
    for entry in demo_db.scalars(select(JournalEntry)):
        lang = clients[entry.client_id].locale
        if any(sentence in entry.body for sentence in demo._HOPELESS[lang]):
            hopeless[clients[entry.client_id].display_name] += 1
    assert set(hopeless) == {"Fleur Visser", "James O'Connor"}
    assert all(count >= 3 for count in hopeless.values())
    # In the plan: every journaling client has a few low entries each month.
    story = demo.plan(7, datetime(2026, 3, 1, 20, tzinfo=UTC))
    low_by_month: dict[tuple[str, int], int] = Counter()
    for e in story.entries:
        low_by_month[(e.client, (e.written_at - story.start[e.client]).days // 30)] += e.mood_band == "low"
    assert low_by_month and min(low_by_month.values()) >= 2


def test_consent_is_varied_and_one_client_has_withdrawn(demo_db: Session) -> None:
    links = list(demo_db.scalars(select(CareLink)))
    active = [link for link in links if link.status == LinkStatus.ACTIVE]
    shapes = {
        (link.share_checkins, link.share_journal, link.share_questionnaires, link.share_companion, link.share_footprint)
        for link in active
    }
    assert len(shapes) >= 4
    assert all(link.share_checkins for link in active)
    assert any(link.share_journal for link in active)
    assert any(not any(shape[1:]) for shape in shapes), "nobody shares check-ins only"
    per_client = Counter(link.client_id for link in active)
    assert max(per_client.values()) == 2
    two = next(c for c, n in per_client.items() if n == 2)
    assert all(link.share_journal for link in active if link.client_id == two)

    ended = [link for link in links if link.status == LinkStatus.ENDED]
    assert len(ended) == 1
    withdrawn = ended[0]
    assert withdrawn.ended_at is not None and withdrawn.ended_at < utc_now() - timedelta(days=7)
    assert not any((withdrawn.share_checkins, withdrawn.share_journal, withdrawn.share_questionnaires))
    therapist = demo_db.get(User, withdrawn.therapist_id)
    with pytest.raises(NotFound):
        journal_service.list_client_entries(demo_db, Actor.of(therapist), withdrawn.client_id)
    events = {
        row.event for row in demo_db.scalars(select(AuditEntry).where(AuditEntry.subject_id == withdrawn.client_id))
    }
    assert {AuditEvent.CONSENT_GIVEN, AuditEvent.CONSENT_WITHDRAWN} <= events
    # Consent rows are dated to when they happened in the story, not to the build.
    consent_rows = list(
        demo_db.scalars(
            select(AuditEntry).where(
                AuditEntry.event.in_(
                    [AuditEvent.CONSENT_GIVEN, AuditEvent.CONSENT_CHANGED, AuditEvent.CONSENT_WITHDRAWN]
                )
            )
        )
    )
    assert len(consent_rows) == len(links) + 2
    assert all(row.at < utc_now() - timedelta(days=7) for row in consent_rows)
    # The therapist's reads stop at the withdrawal.
    reads = demo_db.scalars(
        select(AuditEntry.at).where(
            AuditEntry.subject_id == withdrawn.client_id, AuditEntry.actor_id == withdrawn.therapist_id
        )
    )
    assert all(at < withdrawn.ended_at for at in reads)


def test_who_has_seen_my_data_shows_the_therapists(demo_db: Session) -> None:
    names = users_by_name(demo_db)
    eva = names["Eva Janssen"]
    rows, total = privacy_service.list_access_log(demo_db, Actor.of(eva), limit=500)
    assert total > 10
    # Both therapists, and possibly Alongside itself (a safety alert raised by the screening).
    assert {row.who for row in rows} - {"Alongside"} == {"Sanne Bakker", "Helen Walsh"}
    assert {row.event for row in rows} >= {AuditEvent.CHECKINS_VIEWED, AuditEvent.JOURNAL_LISTED}
    assert max(row.at for row in rows) > utc_now() - timedelta(hours=1)  # read today, via the service
    assert min(row.at for row in rows) < utc_now() - timedelta(days=60)  # and over the months before
    # Her own actions are there too when she asks for them.
    _, with_own = privacy_service.list_access_log(demo_db, Actor.of(eva), include_own=True, limit=1)
    assert with_own > total + 100


def test_therapists_read_only_what_is_shared(demo_db: Session) -> None:
    names = users_by_name(demo_db)
    sanne, daan, eva = names["Sanne Bakker"], names["Daan de Boer"], names["Eva Janssen"]
    with pytest.raises(NotFound):  # Daan shares check-ins only
        journal_service.list_client_entries(demo_db, Actor.of(sanne), daan.id)
    entries, total = journal_service.list_client_entries(demo_db, Actor.of(sanne), eva.id, limit=100)
    private = demo_db.scalar(
        select(func.count())
        .select_from(JournalEntry)
        .where(JournalEntry.client_id == eva.id, JournalEntry.shared.is_(False))
    )
    assert total > 5 and private > 5
    assert all(e.shared for e in entries)


def test_free_text_is_encrypted_in_the_database_file(demo_db: Session, built: Built) -> None:
    entries = list(demo_db.scalars(select(JournalEntry).order_by(JournalEntry.id).limit(40)))
    sentences = []
    for entry in entries:
        spans = [entry.body[a:b].strip() for a, b in split_sentences(entry.body)]
        sentences.append(max(spans, key=len))
    notes = [n for n in demo_db.scalars(select(CheckIn.note).where(CheckIn.note.is_not(None)).limit(20))]
    notes += [n for n in demo_db.scalars(select(CheckInTag.name).where(CheckInTag.name.is_not(None)))]
    email = demo_db.scalar(select(User.email).where(User.role == Role.CLIENT).limit(1))
    assert sentences and notes and email
    assert all(len(s) >= 20 for s in sentences)
    demo_db.rollback()
    demo_db.close()
    db.reset_engine()
    # Fold the WAL into the main file outside any transaction (the engine opens every transaction
    # with BEGIN IMMEDIATE, inside which SQLite refuses a checkpoint).
    with closing(sqlite3.connect(built.data_dir / "alongside.db")) as raw_conn:
        raw_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b""
    for name in ("alongside.db", "alongside.db-wal"):
        path = built.data_dir / name
        if path.exists():
            raw += path.read_bytes()
    assert email.encode() in raw  # the control: plain columns are readable in the file
    for text in [*sentences, *(n for n in notes if len(n) >= 12)]:
        assert text.encode() not in raw, f"plain text in the database file: {text!r}"


def test_check_ins_carry_sleep_emotions_and_tags_that_fit_the_mood(demo_db: Session) -> None:
    rows = demo_db.execute(select(CheckIn.id, CheckIn.mood, CheckIn.sleep_half_hours, CheckIn.emotions)).all()
    with_sleep = [r for r in rows if r.sleep_half_hours is not None]
    with_emotions = [r for r in rows if r.emotions]
    assert 0.3 < len(with_sleep) / len(rows) < 0.9 and 0.4 < len(with_emotions) / len(rows) < 0.8
    assert all(6 <= r.sleep_half_hours <= 20 for r in with_sleep)
    low = Counter(e for r in with_emotions if r.mood <= 3 for e in r.emotions.split(","))
    good = Counter(e for r in with_emotions if r.mood >= 8 for e in r.emotions.split(","))
    # low moods carry only heavy emotions (which of them is most common depends on the day the demo is built)
    heavy = {"sad", "anxious", "stressed", "worried", "overwhelmed", "lonely", "empty", "irritable", "guilty"}
    heavy.add("hopeless")
    assert low and set(low) <= heavy
    assert good["happy"] + good["grateful"] + good["calm"] > 0 and "sad" not in good
    tagged = demo_db.scalar(select(func.count(func.distinct(CheckInTagLink.checkin_id))))
    assert 0.5 < tagged / len(rows) < 0.9
    own = demo_db.scalars(select(CheckInTag).where(CheckInTag.default_key.is_(None))).all()
    assert own and all(tag.name for tag in own)  # each sporty client has one tag of their own
    work = demo_db.scalars(select(CheckInTag.id).where(CheckInTag.default_key == "work")).all()
    assert work


def test_the_plan_is_reproducible() -> None:
    now = datetime(2026, 1, 15, 18, 30, tzinfo=UTC)
    first, again, other = demo.plan(7, now), demo.plan(7, now), demo.plan(8, now)
    assert first == again
    assert [e.body for e in first.entries] != [e.body for e in other.entries]
    # Christmas and New Year fall in this window: the calendar shows up in the journals.
    assert any("Kerst" in e.body or "Christmas" in e.body for e in first.entries)


def test_logins_cover_every_account_and_work(demo_db: Session, built: Built) -> None:
    emails = {u.email for u in demo_db.scalars(select(User).where(User.is_active))}
    assert {login.email for login in built.logins} == emails
    assert all(login.password == demo.DEMO_PASSWORD and login.notes for login in built.logins)
    assert {login.role for login in built.logins} == {"admin", "therapist", "client"}
    for login in (built.logins[0], built.logins[1], built.logins[-1]):
        user = accounts_service.authenticate(demo_db, login.email, login.password)
        assert user.email == login.email


def test_format_logins_lists_everybody_by_role(built: Built) -> None:
    table = demo.format_logins(built.logins, "http://127.0.0.1:8123")
    assert "http://127.0.0.1:8123/login" in table
    assert demo.DEMO_PASSWORD in table
    for login in built.logins:
        assert login.email in table
    assert table.index("Administrator") < table.index("Therapists") < table.index("Clients")
    # Different passwords get a column of their own.
    mixed = [built.logins[0], demo.Login("client", "Test", "t@example.org", "other-secret", "en", "x")]
    assert "other-secret" in demo.format_logins(mixed, "http://localhost")


def test_build_refuses_to_touch_a_database_it_did_not_make(built: Built, tmp_path: Path) -> None:
    # Settings point elsewhere: nothing happens.
    with pytest.raises(demo.DemoError):
        demo.build(tmp_path)
    # A real database in the folder (no demo marker): it is left alone.
    real = tmp_path / "alongside.db"
    real.write_bytes(b"SQLite format 3\x00 real clinical data")
    with settings_pointing_at(tmp_path), pytest.raises(demo.DemoError):
        demo.build(tmp_path)
    assert real.read_bytes().endswith(b"real clinical data")
    assert (built.data_dir / demo.MARKER).exists()


def test_care_plans_with_adherence_that_follows_the_story(demo_db: Session) -> None:
    from alongside.careplan import service as careplan_service
    from alongside.careplan.models import Goal, Homework, HomeworkCompletion

    names = users_by_name(demo_db)
    with_plans = {
        demo_db.get(User, client_id).display_name for client_id in demo_db.scalars(select(Homework.client_id))
    }
    assert len(with_plans) >= 5
    assert {"Eva Janssen", "Fleur Visser", "Emily Watson", "James O'Connor"} <= with_plans
    assert demo_db.scalar(select(func.count()).select_from(Goal)) >= 8
    # One completion per homework per day, none for today (left for the person trying the demo).
    rows = list(demo_db.scalars(select(HomeworkCompletion)))
    assert len(rows) > 300 and len({(r.homework_id, r.done_on) for r in rows}) == len(rows)

    def early_and_late(name: str) -> tuple[int, int]:
        therapist = "Helen Walsh" if names[name].locale == "en" else "Sanne Bakker"
        plan = careplan_service.client_care_plan(demo_db, Actor.of(names[therapist]), names[name].id)
        assert not any(item.done_today for item in plan.homework)
        weeks = [w.percent for w in plan.weeks[:-1] if w.percent is not None]
        return statistics.mean(weeks[:3]), statistics.mean(weeks[-3:])

    for name in ("Eva Janssen", "Emily Watson"):
        first, last = early_and_late(name)
        assert last > first + 10, name
    for name in ("Fleur Visser", "James O'Connor"):
        first, last = early_and_late(name)
        assert last < first - 15, name
    summary = careplan_service.active_plan_for(demo_db, names["Eva Janssen"].id)
    assert summary.goals and len(summary.homework) == 2


def test_self_referral_is_open_and_the_waiting_list_is_watched(demo_db: Session) -> None:
    from alongside.accounts.actor import Actor
    from alongside.intake import service as intake_service

    names = users_by_name(demo_db)
    sanne = Actor.of(names["Sanne Bakker"])
    organisation, _ = intake_service.open_referral(demo_db, "demo-welcome")
    assert organisation.name == demo.ORGANISATION
    rows = intake_service.waiting_list(demo_db, sanne)
    order = [r.referral.client.display_name for r in rows]
    # Both have an open alert (Yara for her words, Tom for his worse PHQ-9); Tom's deterioration puts him first.
    assert order[:2] == ["Tom Peters", "Yara Haddad"]
    assert rows[0].open_alert_level == rows[1].open_alert_level == "moderate"
    assert rows[0].deteriorated[0][0] == "phq9" and not rows[1].deteriorated
    assert {"Lotte de Wit", "Bram Visser"} <= set(order) and "Iris Jansen" not in order  # Iris has not sent hers
    figures = intake_service.organisation_figures(demo_db, Actor.of(names["Joost Hendriks"]), weeks=13)
    assert sum(w.referrals for w in figures) >= 20 and sum(w.first_appointments for w in figures) >= 5
    assert sum(w.dropped_out for w in figures) >= 1
    demo_db.rollback()
