"""Reminders against a controllable clock (time-machine): the wall clock walks across a daylight-saving
change in steps, the scheduler dispatches the periodic jobs at every step exactly as in
``alongside serve``, the process restarts in between (a new scheduler, new sessions, a re-seeded random
generator, the same database) and goes down for a while. Each reminder must fire exactly once, at the
right local time, or expire by its rule; each sent reminder makes exactly one e-mail.

The jobs run eagerly here, and through the Redis-backed Dramatiq queue in ``test_queue_mode``, with the
same job code (ALONGSIDE_TEST_REDIS_URL; on CI a missing Redis fails the run, see tests/test_worker.py).
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from alongside import worker
from alongside.careplan import service
from alongside.careplan.models import OccurrenceStatus, ReminderDeliveryStatus
from alongside.careplan.schemas import ReminderPreferencesUpdate, ReminderRuleCreate
from alongside.careplan.service import reminder_planning
from alongside.config import settings
from alongside.kit import mail
from tests.careplan.conftest import deliveries, occurrences

STEP = timedelta(minutes=5)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Walk:
    """The wall clock moves in steps; at every step the scheduler runs the due periodic jobs."""

    def __init__(self, traveller, connection, start: datetime) -> None:  # noqa: ANN001
        self.traveller, self.connection = traveller, connection
        self.now, self.monotonic = start, 0.0
        self.restart()

    def restart(self) -> None:
        """A new process: a new scheduler (nothing remembered), new sessions, another random seed."""
        self.scheduler = worker.Scheduler()
        for name in worker._periodic:  # only the reminder jobs; safety's have their own tests
            if not name.startswith("careplan."):
                self.scheduler.last_run[name] = float("inf")
        worker.use_session_factory(
            lambda: Session(bind=self.connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
        )
        reminder_planning._rng.seed(uuid.uuid4().int)

    def run_until(self, end: datetime) -> None:
        while self.now < end:
            self.traveller.move_to(self.now, tick=False)
            self.scheduler.run_due(now=self.monotonic)
            self.now += STEP
            self.monotonic += STEP.total_seconds()

    def down_until(self, end: datetime) -> None:
        """Downtime: no job runs until ``end``."""
        self.monotonic += (end - self.now).total_seconds()
        self.now = end


class Sent(Counter):
    """E-mails per reminder id, and the threads that sent them."""

    threads: set[str]


@pytest.fixture
def emails(monkeypatch) -> Sent:
    """Every e-mail handed to the SMTP client, by the reminder link it carries."""
    sent = Sent()
    sent.threads = set()

    def record(to: str, subject: str, body: str) -> None:
        link = next(word for word in body.split() if "/reminders/" in word and word.endswith("/open"))
        sent[int(link.split("/")[-2])] += 1
        sent.threads.add(threading.current_thread().name)

    monkeypatch.setattr(mail, "send_email", record)
    return sent


@pytest.fixture
def no_job_errors(caplog):
    """A job that fails is only logged by the runner: fail the test instead."""
    caplog.set_level(logging.ERROR, logger="alongside.worker")
    yield
    failures = [r.getMessage() for r in caplog.records if r.name == "alongside.worker"]
    assert not failures, failures


@pytest.fixture
def cleo_reminders(session, personas, cleo, set_zone):
    """Cleo's reminders, set at ``start``: quiet hours as given, e-mail on, the rules given."""

    def _set(start: datetime, zone: str, rules: list[dict], quiet=(None, None)):  # noqa: ANN001
        set_zone(zone)
        prefs = ReminderPreferencesUpdate(quiet_start=quiet[0], quiet_end=quiet[1], email=True)
        service.update_preferences(session, cleo, prefs, now=start)
        made = [service.create_rule(session, cleo, ReminderRuleCreate(**rule), now=start) for rule in rules]
        session.commit()
        return made

    return _set


def fired(session, client_id: int, zone: str) -> dict[tuple[date, str], list[str]]:
    """(local day, slot) → [status, local time it was sent] for every reminder made."""
    tz = ZoneInfo(zone)
    return {
        (o.local_date, o.slot): [o.status.value, o.sent_at.astimezone(tz).strftime("%H:%M %Z") if o.sent_at else None]
        for o in occurrences(session, client_id)
    }


def assert_each_sent_once(session, client_id: int, emails: Counter) -> None:
    sent = [o for o in occurrences(session, client_id) if o.sent_at is not None]
    assert sent, "nothing was sent"
    assert all(o.resent_at is None for o in sent)
    assert {o.id: emails[o.id] for o in sent} == {o.id: 1 for o in sent}, "each sent reminder makes one e-mail"
    assert set(emails) <= {o.id for o in sent}, "an e-mail for a reminder that was not sent"
    assert all(d.status == ReminderDeliveryStatus.SENT for d in deliveries(session))


class TestAmsterdamSpringForward:
    """29 March 2026: at 02:00 CET the clocks go to 03:00 CEST."""

    START = utc(2026, 3, 27, 11, 0)  # Friday 12:00 CET

    def test_each_reminder_once_at_local_time_with_restarts_and_downtime(
        self, session, connection, personas, time_machine, cleo_reminders, emails, no_job_errors
    ):
        time_machine.move_to(self.START, tick=False)
        cleo_reminders(
            self.START,
            "Europe/Amsterdam",
            [
                {"kind": "checkin", "times": ["02:30", "09:00"], "expiry_minutes": 120},
                {"kind": "checkin", "mode": "random", "window_start": "10:00", "window_end": "20:00"},
            ],
        )
        cleo = personas.client_cleo.id
        walk = Walk(time_machine, connection, self.START)
        walk.run_until(utc(2026, 3, 28, 12, 0))
        drawn = {o.local_date: o.local_time for o in occurrences(session, cleo, slot="random")}
        assert set(drawn) == {date(2026, 3, 27), date(2026, 3, 28), date(2026, 3, 29)}
        walk.run_until(utc(2026, 3, 29, 0, 0))  # Sunday 01:00 CET, just before the change
        walk.restart()
        walk.run_until(utc(2026, 3, 30, 6, 0))  # Monday 08:00 CEST
        walk.down_until(utc(2026, 3, 30, 8, 30))  # back at 10:30: 09:00 is 1h30 late, inside its 2 hours
        walk.restart()
        walk.run_until(utc(2026, 3, 30, 23, 30))  # Tuesday 01:30 CEST
        walk.down_until(utc(2026, 3, 31, 3, 0))  # back at 05:00: 02:30 is 2h30 late, past its 2 hours
        walk.restart()
        walk.run_until(utc(2026, 3, 31, 10, 0))  # Tuesday 12:00 CEST

        got = fired(session, cleo, "Europe/Amsterdam")
        fixed = {key: value for key, value in got.items() if key[1] != "random"}
        assert fixed == {
            (date(2026, 3, 28), "02:30"): ["sent", "02:30 CET"],
            (date(2026, 3, 28), "09:00"): ["sent", "09:00 CET"],
            (date(2026, 3, 29), "02:30"): ["sent", "03:30 CEST"],  # the gap: shifted by the gap
            (date(2026, 3, 29), "09:00"): ["sent", "09:00 CEST"],
            (date(2026, 3, 30), "02:30"): ["sent", "02:30 CEST"],
            (date(2026, 3, 30), "09:00"): ["sent", "10:30 CEST"],  # missed in downtime, sent once on return
            (date(2026, 3, 31), "02:30"): ["expired", None],  # missed in downtime, too late
            (date(2026, 3, 31), "09:00"): ["sent", "09:00 CEST"],
            (date(2026, 4, 1), "02:30"): ["planned", None],  # inside the planning horizon
            (date(2026, 4, 1), "09:00"): ["planned", None],
        }
        gap = occurrences(session, cleo, local_date=date(2026, 3, 29), slot="02:30")[0]
        assert gap.adjusted == "dst_gap" and gap.local_time == time(2, 30)
        randoms = occurrences(session, cleo, slot="random")
        for row in randoms:
            assert time(10, 0) <= row.local_time < time(20, 0)
            if row.local_date in drawn:
                assert row.local_time == drawn[row.local_date], "a restart drew the random time again"
        sent_randoms = [row for row in randoms if row.status == OccurrenceStatus.SENT]
        assert {row.local_date for row in sent_randoms} >= {date(2026, 3, 28), date(2026, 3, 29)}
        for row in sent_randoms:
            late = row.sent_at - row.planned_at
            in_downtime = utc(2026, 3, 30, 6, 0) <= row.planned_at < utc(2026, 3, 30, 8, 30)
            assert timedelta(0) <= late < STEP or in_downtime
        assert_each_sent_once(session, cleo, emails)


class TestAmsterdamFallBack:
    """25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 happens twice."""

    def test_the_repeated_half_hour_fires_once_also_with_a_restart_inside_it(
        self, session, connection, personas, time_machine, cleo_reminders, emails, no_job_errors
    ):
        start = utc(2026, 10, 24, 10, 0)
        time_machine.move_to(start, tick=False)
        cleo_reminders(start, "Europe/Amsterdam", [{"kind": "checkin", "times": ["02:30", "09:00"]}])
        walk = Walk(time_machine, connection, start)
        walk.run_until(utc(2026, 10, 25, 1, 0))  # 02:00 CET: the first 02:30 has passed, the second is to come
        walk.restart()
        walk.run_until(utc(2026, 10, 26, 12, 0))
        got = fired(session, personas.client_cleo.id, "Europe/Amsterdam")
        assert got == {
            (date(2026, 10, 25), "02:30"): ["sent", "02:30 CEST"],  # the first 02:30 only
            (date(2026, 10, 25), "09:00"): ["sent", "09:00 CET"],
            (date(2026, 10, 26), "02:30"): ["sent", "02:30 CET"],
            (date(2026, 10, 26), "09:00"): ["sent", "09:00 CET"],
            (date(2026, 10, 27), "02:30"): ["planned", None],
            (date(2026, 10, 27), "09:00"): ["planned", None],
        }
        assert_each_sent_once(session, personas.client_cleo.id, emails)


class TestNewYork:
    """8 March 2026: at 02:00 EST the clocks go to 03:00 EDT. Quiet hours 22:00–08:00 there."""

    def test_dst_gap_and_quiet_hours_in_new_york(
        self, session, connection, personas, time_machine, cleo_reminders, emails, no_job_errors
    ):
        start = utc(2026, 3, 6, 17, 0)  # Friday 12:00 EST
        time_machine.move_to(start, tick=False)
        cleo_reminders(
            start,
            "America/New_York",
            [{"kind": "checkin", "times": ["07:30", "20:00"]}, {"kind": "checkin", "times": ["02:15"]}],
            quiet=(time(22, 0), time(8, 0)),
        )
        walk = Walk(time_machine, connection, start)
        walk.run_until(utc(2026, 3, 8, 5, 0))  # Sunday 00:00 EST
        walk.restart()
        walk.run_until(utc(2026, 3, 9, 17, 0))
        got = fired(session, personas.client_cleo.id, "America/New_York")
        assert got == {
            (date(2026, 3, 6), "20:00"): ["sent", "20:00 EST"],
            (date(2026, 3, 7), "02:15"): ["skipped", None],  # quiet hours end at 08:00, past its expiry
            (date(2026, 3, 7), "07:30"): ["sent", "08:00 EST"],  # moved to the end of quiet hours
            (date(2026, 3, 7), "20:00"): ["sent", "20:00 EST"],
            (date(2026, 3, 8), "02:15"): ["skipped", None],
            (date(2026, 3, 8), "07:30"): ["sent", "08:00 EDT"],
            (date(2026, 3, 8), "20:00"): ["sent", "20:00 EDT"],
            (date(2026, 3, 9), "02:15"): ["skipped", None],
            (date(2026, 3, 9), "07:30"): ["sent", "08:00 EDT"],
            (date(2026, 3, 9), "20:00"): ["planned", None],
            (date(2026, 3, 10), "02:15"): ["skipped", None],
            (date(2026, 3, 10), "07:30"): ["planned", None],
            (date(2026, 3, 10), "20:00"): ["planned", None],
        }
        assert_each_sent_once(session, personas.client_cleo.id, emails)

    def test_without_quiet_hours_the_gap_shifts_forward(
        self, session, connection, personas, time_machine, cleo_reminders, emails, no_job_errors
    ):
        start = utc(2026, 3, 7, 17, 0)  # Saturday 12:00 EST
        time_machine.move_to(start, tick=False)
        cleo_reminders(start, "America/New_York", [{"kind": "checkin", "times": ["02:15"]}])
        Walk(time_machine, connection, start).run_until(utc(2026, 3, 9, 17, 0))
        got = fired(session, personas.client_cleo.id, "America/New_York")
        assert got[(date(2026, 3, 8), "02:15")] == ["sent", "03:15 EDT"]
        assert got[(date(2026, 3, 9), "02:15")] == ["sent", "02:15 EDT"]
        assert_each_sent_once(session, personas.client_cleo.id, emails)


class TestInterruptedDelivery:
    def test_a_crash_while_sending_never_sends_twice(
        self, session, connection, personas, time_machine, cleo_reminders, emails, monkeypatch
    ):
        start = utc(2026, 5, 4, 10, 0)
        time_machine.move_to(start, tick=False)
        cleo_reminders(start, "Europe/Amsterdam", [{"kind": "checkin", "times": ["12:05"]}])
        crash = RuntimeError("the process died while talking to the SMTP server")

        def die(to: str, subject: str, body: str) -> None:
            raise crash

        monkeypatch.setattr(mail, "send_email", die)
        walk = Walk(time_machine, connection, start)
        walk.run_until(start + timedelta(minutes=10))  # sent in the app; the e-mail job "crashed"
        [delivery] = deliveries(session)
        assert delivery.status == ReminderDeliveryStatus.SENDING and delivery.attempts == 1
        monkeypatch.setattr(mail, "send_email", lambda *a: emails.update(["sent"]))
        walk.restart()
        walk.run_until(start + timedelta(minutes=40))
        [delivery] = deliveries(session)
        assert delivery.status == ReminderDeliveryStatus.FAILED and "not sent again" in delivery.last_error
        assert emails == Counter()


def _redis_url() -> str:
    from tests.test_worker import _broker_url

    return _broker_url("redis")


def test_queue_mode_on_redis_sends_each_once_across_the_change(
    session, connection, personas, time_machine, cleo_reminders, emails, monkeypatch, no_job_errors
):
    """The same jobs through Dramatiq on Redis, consumed by a worker, across the spring change with a
    restart; every step waits until the queue is empty before the clock moves on."""
    url = _redis_url()
    from dramatiq import Worker

    monkeypatch.setattr(settings, "jobs_mode", "queue")
    monkeypatch.setattr(settings, "broker_url", url)
    namespace = f"alongside-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(settings, "broker_namespace", namespace)
    worker.reset_queue()
    start = utc(2026, 3, 28, 20, 0)  # Saturday 21:00 CET
    time_machine.move_to(start, tick=False)
    cleo_reminders(start, "Europe/Amsterdam", [{"kind": "checkin", "times": ["02:30", "09:00"]}])
    try:
        try:
            broker = worker.queue_broker()
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"the Redis broker at {url} is not reachable: {exc}")
        consumer = Worker(broker, worker_threads=1)
        consumer.start()
        walk = QueueWalk(time_machine, connection, start, broker, consumer, namespace)
        walk.run_until(utc(2026, 3, 29, 3, 0))
        walk.restart()
        walk.run_until(utc(2026, 3, 29, 9, 0))
        consumer.stop()
    finally:
        worker.reset_queue()
    got = fired(session, personas.client_cleo.id, "Europe/Amsterdam")
    assert got[(date(2026, 3, 29), "02:30")] == ["sent", "03:30 CEST"]
    assert got[(date(2026, 3, 29), "09:00")] == ["sent", "09:00 CEST"]
    assert_each_sent_once(session, personas.client_cleo.id, emails)
    assert emails.threads and threading.main_thread().name not in emails.threads  # the queue's worker sent them


class QueueWalk(Walk):
    STEP_TIMEOUT_MS = 30_000

    def __init__(self, traveller, connection, start, broker, consumer, queue_name) -> None:  # noqa: ANN001
        self.broker, self.consumer, self.queue_name = broker, consumer, queue_name
        self.lock = threading.Lock()
        super().__init__(traveller, connection, start)

    def run_until(self, end: datetime) -> None:
        while self.now < end:
            self.traveller.move_to(self.now, tick=False)
            self.scheduler.run_due(now=self.monotonic)
            self.broker.join(self.queue_name, timeout=self.STEP_TIMEOUT_MS)
            self.consumer.join()
            self.now += STEP * 2
            self.monotonic += (STEP * 2).total_seconds()


def test_two_processes_planning_at_once_make_one_reminder_per_slot(session, personas, cleo_reminders, connection):
    """Two planners with different random draws over the same hours: one row per slot, the first draw kept."""
    start = utc(2026, 6, 1, 6, 0)
    [rule] = cleo_reminders(
        start,
        "Europe/Amsterdam",
        [{"kind": "checkin", "mode": "random", "window_start": "10:00", "window_end": "20:00"}],
    )
    kept = [(o.local_date, o.local_time) for o in occurrences(session, personas.client_cleo.id)]
    for seed in (1, 2, 3):
        other = Session(bind=connection, join_transaction_mode="create_savepoint")
        again = other.get(type(rule), rule.id)
        again.planned_until = start
        clock = reminder_planning.client_clock(other, personas.client_cleo.id)
        reminder_planning.plan_rule(other, again, clock, now=start, rng=random.Random(seed))
        other.commit()
    assert [(o.local_date, o.local_time) for o in occurrences(session, personas.client_cleo.id)] == kept
