"""Jobs run only after their transaction commits, in every mode: eager, in-process thread, and a
Redis or RabbitMQ queue consumed by a worker (the brokers are tested when their URLs are given;
scripts/test gives them, and CI's run fails loudly when a broker it asks for is not there)."""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest

from alongside import worker
from alongside.config import settings

CALLS: list[dict] = []
_seen = threading.Condition()


@worker.job("test.record_call")
def record_call(session, **kwargs) -> None:  # noqa: ANN001
    with _seen:
        CALLS.append(kwargs)
        _seen.notify_all()


def wait_for(predicate, timeout: float = 20.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    with _seen:
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            _seen.wait(left)
    return True


@pytest.fixture(autouse=True)
def clean_calls():
    CALLS.clear()
    yield
    CALLS.clear()


def commit_with_job(session, marker: str) -> None:  # noqa: ANN001
    worker.enqueue(session, "test.record_call", marker=marker)
    session.commit()


class TestAfterCommit:
    def test_eager_runs_after_commit_only(self, session):
        worker.enqueue(session, "test.record_call", marker="kept")
        assert CALLS == []  # not before the commit
        session.commit()
        assert CALLS == [{"marker": "kept"}]

    def test_rollback_drops_the_job(self, session):
        worker.enqueue(session, "test.record_call", marker="dropped")
        session.rollback()
        session.commit()
        assert CALLS == []

    def test_savepoint_rollback_drops_only_its_own_jobs(self, session):
        worker.enqueue(session, "test.record_call", marker="outer")
        with pytest.raises(RuntimeError), session.begin_nested():
            worker.enqueue(session, "test.record_call", marker="inner")
            raise RuntimeError
        session.commit()
        assert CALLS == [{"marker": "outer"}]

    def test_released_savepoint_waits_for_the_outer_commit(self, session):
        """A savepoint's release is not the commit: a job run then would not see the rows it is about."""
        with session.begin_nested():
            worker.enqueue(session, "test.record_call", marker="inner")
        assert CALLS == []
        session.commit()
        assert CALLS == [{"marker": "inner"}]

    def test_thread_mode(self, session, monkeypatch):
        monkeypatch.setattr(settings, "jobs_mode", "thread")
        commit_with_job(session, "threaded")
        worker.drain()
        assert wait_for(lambda: CALLS == [{"marker": "threaded"}])


def _broker_url(kind: str) -> str:
    variable = {"redis": "ALONGSIDE_TEST_REDIS_URL", "amqp": "ALONGSIDE_TEST_AMQP_URL"}[kind]
    url = os.environ.get(variable)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test the {kind} queue: set {variable} (scripts/test does)")
        pytest.skip(f"{variable} not set")
    return url


@pytest.mark.parametrize("kind", ["redis", "amqp"])
def test_queue_mode_runs_jobs_in_a_worker(kind, session, monkeypatch):
    url = _broker_url(kind)
    monkeypatch.setattr(settings, "jobs_mode", "queue")
    monkeypatch.setattr(settings, "broker_url", url)
    monkeypatch.setattr(settings, "broker_namespace", f"alongside-test-{uuid.uuid4().hex[:8]}")
    worker.reset_queue()
    stop = threading.Event()
    try:
        try:
            worker.queue_broker()
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"the {kind} broker at {url} is not reachable: {exc}")
        consumer = threading.Thread(target=worker.run_queue_worker, args=(1, stop), daemon=True)
        consumer.start()
        marker = f"{kind}-{uuid.uuid4().hex[:6]}"
        worker.enqueue(session, "test.record_call", marker="rolled-back")
        session.rollback()
        commit_with_job(session, marker)
        assert wait_for(lambda: {"marker": marker} in CALLS), f"the {kind} worker did not run the job"
        assert {"marker": "rolled-back"} not in CALLS
    finally:
        stop.set()
        time.sleep(0.2)
        worker.reset_queue()
