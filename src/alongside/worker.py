"""Background jobs: enqueued inside a transaction, dispatched only after it commits.

``enqueue(session, "safety.deliver_notification", notification_id=3)`` buffers the job on the session;
a rolled-back transaction drops it (a rolled-back alert never pages anyone). Jobs are plain functions
registered with ``@job("domain.verb_phrase")``; each runs in its own session, which the runner commits.

Backends (``ALONGSIDE_JOBS_MODE``): ``thread`` runs jobs on a worker thread inside the app process
(the embedded default); ``eager`` runs them right after the commit, in the caller's thread (tests,
commands); ``queue`` sends them to Redis or RabbitMQ (``ALONGSIDE_BROKER_URL``) through Dramatiq, to
be run by ``alongside worker`` processes. The job functions are the same in every mode. Dramatiq
was chosen because one well-kept library gives both brokers the design names (Redis and RabbitMQ),
acknowledgements and retries, with plain synchronous actors like the rest of the code base.
Periodic jobs are registered with ``@periodic(seconds)`` and dispatched by ``Scheduler``.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from alongside.config import settings

log = logging.getLogger(__name__)

JobFunc = Callable[..., Any]
_registry: dict[str, JobFunc] = {}
_periodic: dict[str, float] = {}
_PENDING = "alongside.pending_jobs"


def job(name: str) -> Callable[[JobFunc], JobFunc]:
    """Register ``func(session, **kwargs)`` under ``name``."""

    def register(func: JobFunc) -> JobFunc:
        _registry[name] = func
        return func

    return register


def periodic(name: str, every_seconds: float) -> Callable[[JobFunc], JobFunc]:
    """Register a job that the scheduler runs every ``every_seconds`` (with no arguments)."""

    def register(func: JobFunc) -> JobFunc:
        _registry[name] = func
        _periodic[name] = every_seconds
        return func

    return register


def registered() -> dict[str, JobFunc]:
    _load_job_modules()
    return dict(_registry)


def _load_job_modules() -> None:
    import alongside.careplan.tasks  # noqa: F401
    import alongside.safety.tasks  # noqa: F401


@dataclass(frozen=True)
class Job:
    name: str
    kwargs: dict[str, Any]


def enqueue(session: Session, name: str, **kwargs: Any) -> None:
    pending: list[tuple[Any, Job]] = session.info.setdefault(_PENDING, [])
    # The job belongs to the innermost transaction now open (one is begun if none is), so a rollback
    # of that transaction or savepoint drops it, and only the outermost commit sends it.
    transaction = session.get_nested_transaction() or session.get_transaction() or session.begin()
    pending.append((transaction, Job(name, kwargs)))


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    # SQLAlchemy also calls this when a savepoint is released; the outer transaction is still open
    # then, and a job run now would not see (or, on SQLite, would wait for) what it is about.
    if session.in_nested_transaction():
        return
    jobs = session.info.pop(_PENDING, [])
    for _, item in jobs:
        dispatch(item)


def _within(transaction: Any, ancestor: Any) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous_transaction: Any) -> None:
    """Drop the jobs enqueued inside the transaction (or savepoint) that was rolled back."""
    pending = session.info.get(_PENDING)
    if pending:
        session.info[_PENDING] = [(tx, job) for tx, job in pending if not _within(tx, previous_transaction)]


_session_factory: Callable[[], Session] | None = None


def use_session_factory(factory: Callable[[], Session] | None) -> None:
    """Run jobs in sessions from ``factory`` (tests bind them to the test's connection)."""
    global _session_factory
    _session_factory = factory


def run_now(item: Job) -> None:
    """Run one job in a fresh session and commit it; errors are logged, never raised to the caller."""
    from alongside.db import get_session_factory

    func = registered().get(item.name)
    if func is None:
        log.error("unknown job %s", item.name)
        return
    session = (_session_factory or get_session_factory())()
    try:
        func(session, **item.kwargs)
        session.commit()
    except Exception:
        session.rollback()
        log.exception("job %s failed", item.name)
    finally:
        session.close()


class _ThreadRunner:
    def __init__(self) -> None:
        self.queue: queue.Queue[Job] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def submit(self, item: Job) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, name="alongside-jobs", daemon=True)
                self.thread.start()
        self.queue.put(item)

    def _loop(self) -> None:
        while True:
            run_now(self.queue.get())
            self.queue.task_done()

    def drain(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)


_thread_runner = _ThreadRunner()


_queue: dict[str, Any] = {}
_queue_lock = threading.Lock()


def queue_broker() -> Any:
    """The Dramatiq broker and the one actor that runs any registered job by name (built once)."""
    with _queue_lock:
        if "broker" not in _queue:
            import dramatiq

            url = settings.broker_url
            if not url:
                raise RuntimeError("ALONGSIDE_JOBS_MODE=queue needs ALONGSIDE_BROKER_URL (redis:// or amqp://)")
            if url.startswith(("redis://", "rediss://", "unix://")):
                from dramatiq.brokers.redis import RedisBroker

                broker = RedisBroker(url=url, namespace=settings.broker_namespace)
            elif url.startswith(("amqp://", "amqps://")):
                from dramatiq.brokers.rabbitmq import RabbitmqBroker

                broker = RabbitmqBroker(url=url)
            else:
                raise RuntimeError(f"unsupported broker URL {url!r}: use redis:// or amqp://")

            def alongside_job(name: str, kwargs: dict[str, Any]) -> None:
                run_now(Job(name, kwargs))

            _queue["actor"] = dramatiq.actor(
                alongside_job,
                broker=broker,
                actor_name="alongside_job",
                queue_name=settings.broker_namespace,
                max_retries=0,
            )
            _queue["broker"] = broker
        return _queue["broker"]


def reset_queue() -> None:
    """Forget the broker (after the settings changed)."""
    with _queue_lock:
        broker = _queue.pop("broker", None)
        _queue.clear()
    if broker is not None:
        broker.close()


def dispatch(item: Job) -> None:
    if settings.jobs_mode == "eager":
        run_now(item)
    elif settings.jobs_mode == "queue":
        queue_broker()
        # Jobs keep their own retry state (the outbox, periodic re-runs), so the queue does not retry.
        _queue["actor"].send(item.name, item.kwargs)
    else:
        _thread_runner.submit(item)


def run_queue_worker(threads: int = 4, stop: threading.Event | None = None) -> None:
    """Consume the queue until ``stop`` is set (``alongside worker``)."""
    from dramatiq import Worker

    registered()
    worker = Worker(queue_broker(), worker_threads=threads)
    worker.start()
    try:
        (stop or threading.Event()).wait()
    finally:
        worker.stop()


def drain(timeout: float = 10.0) -> None:
    """Wait until the in-process queue is empty (tests and shutdown)."""
    _thread_runner.drain(timeout)


class Scheduler:
    """Dispatches the periodic jobs from a daemon thread inside ``alongside serve`` (or ``alongside
    worker --scheduler``). Run it in one process only; the jobs tolerate an occasional double run
    (escalation and delivery lock their rows with SKIP LOCKED on PostgreSQL)."""

    def __init__(self, tick: float = 5.0) -> None:
        self.tick = tick
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.last_run: dict[str, float] = {}

    def start(self) -> None:
        registered()
        self.thread = threading.Thread(target=self._loop, name="alongside-scheduler", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()

    def run_due(self, now: float | None = None) -> list[str]:
        """Dispatch the periodic jobs that are due (to the queue when one is configured)."""
        now = time.monotonic() if now is None else now
        ran = []
        for name, every in _periodic.items():
            if now - self.last_run.get(name, float("-inf")) >= every:
                self.last_run[name] = now
                dispatch(Job(name, {}))
                ran.append(name)
        return ran

    def _loop(self) -> None:
        while not self.stop_event.wait(self.tick):
            self.run_due()
