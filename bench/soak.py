"""Soak: a real ``dealer-rules serve`` (gunicorn, 2 workers) under steady load for N minutes
while its workers are restarted, reporting errors, latency and worker memory drift.

Run by hand (docs/reliability.md has the figures and what ran beside them)::

    .venv/bin/python bench/soak.py [--minutes 2] [--engine sqlite|postgresql]

1. Measures the maximum rate: ``--threads`` clients back to back for ``--measure`` seconds.
2. Sends 80 % of it, paced (open loop), for ``--minutes``: evaluations, and one request in
   ten a ruleset read that goes to the store.
3. Meanwhile restarts workers: SIGTERM to one at 20 %, HUP to the master at 45 %, kill -9
   of one at 70 %, SIGTERM again at 85 %.
4. Reports: requests, errors (those in flight on the worker killed with -9 apart: a sync
   worker has at most one), p50/p99 latency, and the workers' mean resident memory at 10 %
   and at the end (the goal: within 5 %).
The store is made, seeded and dropped as the reliability tests do (tests/support/service.py).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.served import GOLD, running_service  # noqa: E402 - after the path

EVENTS = ((0.20, "SIGTERM to a worker"), (0.45, "HUP to the master"),
          (0.70, "kill -9 of a worker"), (0.85, "SIGTERM to a worker"))


class Client:
    """One request at a time over a new connection (sync workers close each one)."""

    def __init__(self, base: str, bearer: dict):
        self.host, self.port = base.removeprefix("http://").split(":")
        self.headers = {**bearer, "Content-Type": "application/json"}
        self.body = json.dumps(GOLD)

    def send(self, n: int) -> tuple[float, float, int]:
        """(started, ended, status; 0 for a connection error) of request number ``n``."""
        started = time.monotonic()
        connection = http.client.HTTPConnection(self.host, int(self.port), timeout=15)
        try:
            if n % 10 == 9:
                connection.request("GET", "/api/v1/groups/north/rulesets/visit",
                                   headers=self.headers)
            else:
                connection.request("POST", "/api/v1/evaluate/visit", self.body, self.headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
        finally:
            connection.close()
        return started, time.monotonic(), status


def maximum_rate(client: Client, threads: int, seconds: float) -> float:
    done, stop = [], time.monotonic() + seconds

    def loop():
        n = 0
        while time.monotonic() < stop:
            if client.send(n)[2] == 200:
                done.append(1)
            n += 1
    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(done) / seconds


def paced(client: Client, rate: float, seconds: float, threads: int) -> list:
    """Requests at ``rate`` per second for ``seconds``: slot i is due at start + i / rate."""
    results, lock, start = [], threading.Lock(), time.monotonic() + 0.1
    total, slot = int(rate * seconds), [0]

    def loop():
        while True:
            with lock:
                n = slot[0]
                slot[0] += 1
            if n >= total:
                return
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            results.append(client.send(n))
    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def mean_rss(service) -> float:
    sizes = [rss_kib(pid) for pid in service.workers()]
    sizes = [s for s in sizes if s]
    return sum(sizes) / len(sizes) if sizes else 0.0


def inject(service, seconds: float, began: float, log: list, rss: dict) -> None:
    """The restarts, at their share of the soak; the memory sample at 10 % and the end."""
    plan = sorted([(0.10, "memory")] + list(EVENTS))
    for share, what in plan:
        delay = began + share * seconds - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        if what == "memory":
            rss["start"] = mean_rss(service)
            continue
        workers = sorted(service.workers())
        at = time.monotonic()
        if what.startswith("HUP"):
            os.kill(service.master, signal.SIGHUP)
        elif workers:
            os.kill(workers[0], signal.SIGKILL if "-9" in what else signal.SIGTERM)
        log.append((at, what))
        service.wait_for_workers(without=set(workers) if what.startswith("HUP")
                                 else {workers[0]})


def percentile(values: list, share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--threads", type=int, default=8, help="client threads")
    parser.add_argument("--measure", type=float, default=10.0,
                        help="seconds to measure the maximum rate")
    parser.add_argument("--share", type=float, default=0.8, help="of the maximum rate")
    args = parser.parse_args(argv)
    seconds = args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="dealer-rules-soak-") as work, \
            running_service(args.engine, Path(work)) as service:
        service.wait_for_workers()
        client = Client(service.base, service.bearer)
        maximum = maximum_rate(client, args.threads, args.measure)
        rate = args.share * maximum
        print(f"maximum {maximum:.0f} req/s over {args.measure:.0f} s; soaking at {rate:.0f} "
              f"req/s for {seconds:.0f} s", flush=True)
        events, rss = [], {}
        began = time.monotonic()
        injector = threading.Thread(target=inject, args=(service, seconds, began, events, rss))
        injector.start()
        results = paced(client, rate, seconds, args.threads)
        injector.join()
        rss["end"] = mean_rss(service)
    killed = [at for at, what in events if "-9" in what]
    failed = [r for r in results if r[2] != 200]
    in_flight = [r for r in failed if any(r[0] <= at <= r[1] for at in killed)]
    latencies = [(r[1] - r[0]) * 1000 for r in results if r[2] == 200]
    elapsed = max(r[1] for r in results) - min(r[0] for r in results)
    drift = (rss["end"] - rss["start"]) / rss["start"] * 100 if rss.get("start") else 0.0
    print(f"engine {args.engine}, 2 workers, {len(results)} requests in {elapsed:.0f} s "
          f"({len(results) / elapsed:.0f} req/s)")
    for at, what in events:
        print(f"  {at - began:6.1f} s  {what}")
    print(f"errors: {len(failed)} ({len(in_flight)} in flight on the worker killed with -9, "
          f"{len(failed) - len(in_flight)} other); statuses {sorted({r[2] for r in failed})}")
    print(f"latency: p50 {percentile(latencies, .5):.1f} ms, p99 {percentile(latencies, .99):.1f} ms")
    print(f"worker RSS (mean): {rss.get('start', 0) / 1024:.1f} MiB at 10 %, "
          f"{rss['end'] / 1024:.1f} MiB at the end: drift {drift:+.1f} %")
    return 0 if len(failed) == len(in_flight) and abs(drift) <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
