"""A worker leaving, for any reason, never affects the others: SIGTERM to a worker, HUP to
the master, a worker timeout, max_requests. Each is followed by requests of every kind
that must all succeed (before the fix, the first worker to leave deleted the metrics
folder the others write to, and every request answered 500 until a restart)."""
from __future__ import annotations

import os
import signal
import threading

import pytest

from support.served import running_service, wait_until


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(request, tmp_path_factory):
    # TIMEOUT: short enough to wait for, long enough for a worker to boot on a busy machine
    with running_service(request.param, tmp_path_factory.mktemp(request.param),
                         TIMEOUT=10, MAX_REQUESTS=80) as running:
        yield running


class Load:
    """Requests of every kind from a thread while something happens to the workers."""

    def __init__(self, service):
        self.service, self.failed, self.done = service, [], 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                answers = self.service.one_of_each()
            except Exception as exc:    # a refused or reset connection is a failure too
                answers = [(type(exc).__name__, 0)]
            self.failed += [a for a in answers if a[1] != 200]
            self.done += len(answers)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=60)


def test_a_worker_told_to_stop_is_replaced_and_nothing_else_changes(service):
    before = service.wait_for_workers()
    counted = service.evaluations_counted()
    leaving = min(before)
    with Load(service) as load:
        os.kill(leaving, signal.SIGTERM)
        service.wait_for_workers(without={leaving})
        wait_until(lambda: load.done >= 30, 60, "30 requests after the replacement")
    assert not load.failed, load.failed
    service.assert_all_succeed()
    assert service.evaluations_counted() > counted    # the leaver's counts are kept
    assert list(service.instance.parent.glob("dealer-rules-metrics-*"))


def test_hup_replaces_every_worker_without_a_failed_request(service):
    before = service.wait_for_workers()
    with Load(service) as load:
        os.kill(service.master, signal.SIGHUP)
        service.wait_for_workers(without=before)
        wait_until(lambda: load.done >= 30, 60, "30 requests after the reload")
    assert not load.failed, load.failed
    service.assert_all_succeed()


def test_a_worker_past_its_timeout_is_replaced(service):
    for _attempt in range(5):
        stuck = min(service.wait_for_workers())
        try:
            os.kill(stuck, signal.SIGSTOP)  # it stops answering its heartbeat, as if stuck
            break
        except ProcessLookupError:      # it had just served its MAX_REQUESTS and left
            continue
    else:
        raise AssertionError("every worker chosen left before it could be stopped")
    try:
        service.assert_all_succeed(2)   # the other worker serves meanwhile
        wait_until(lambda: f"WORKER TIMEOUT (pid:{stuck})" in service.output(), 60,
                   "the master to notice the timeout")
    finally:
        os.kill(stuck, signal.SIGCONT)  # it receives the master's SIGABRT and leaves
    service.wait_for_workers(without={stuck})
    service.assert_all_succeed()


def test_workers_replaced_after_max_requests_serve_every_request(service):
    originals = service.wait_for_workers()
    failed, sent = [], 0
    while service.workers() & originals and sent < 1200:
        answers = service.one_of_each()
        failed += [a for a in answers if a[1] != 200]
        sent += len(answers)
    assert not service.workers() & originals, f"still the original workers after {sent}"
    assert not failed, failed
    service.wait_for_workers()
    service.assert_all_succeed()
