"""A real ``dealer-rules serve`` (gunicorn, two workers) prepared for the reliability tests
and bench/soak.py: the store (SQLite, or PostgreSQL through a proxy the caller can cut)
migrated and seeded with the sample rulesets, an API key of the group ``north``, and
helpers to find the workers, wait for them and check that every kind of request succeeds.
"""
from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

import requests
from sqlalchemy.engine import make_url

from dealer_rules.core.store import Actor, Store, accounts
from dealer_rules.core.store.seed import seed_rulesets

from .databases import make_database_url
from .server import serve
from .tcp_proxy import TcpProxy

from .service import RULESETS, SUPPORT  # noqa: E402

ROOT = SUPPORT.parent.parent
GOLD = {"facts": {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}}


def children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid`` (gunicorn's workers, for the master)."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:                 # gone meanwhile
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(entry))
    return found


def wait_until(check, timeout: float, what: str, every: float = 0.05):
    """``check()``'s first true value within ``timeout`` seconds, else an AssertionError
    saying ``what`` was awaited (the deadline is generous: it decides nothing but "stuck")."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        time.sleep(every)


class Service:
    """A running service and what a test needs to poke it."""

    def __init__(self, server, kind: str, url: str, key: str, instance: Path,
                 proxy: TcpProxy | None):
        self.server, self.kind, self.url, self.instance, self.proxy = \
            server, kind, url, instance, proxy
        self.base = server.base
        self.bearer = {"Authorization": f"Bearer {key}"}

    @property
    def master(self) -> int:
        return self.server.process.pid

    def output(self) -> str:
        return self.server.output()

    def workers(self) -> set[int]:
        return children(self.master)

    def wait_for_workers(self, n: int = 2, without=(), timeout: float = 60) -> set[int]:
        """The workers, once there are ``n`` of them, none of ``without``, each answering."""
        def settled():
            now = self.workers()
            return now if len(now) == n and not now & set(without) else None
        found = wait_until(settled, timeout, f"{n} workers other than {set(without)}")
        self.wait_until_every_worker_ready(timeout)
        return found

    def wait_until_every_worker_ready(self, timeout: float = 60) -> None:
        """Until each current worker has answered /readyz 200 (the answer names its pid): a
        worker that has not loaded the rulesets yet, or not polled the store since it came
        back, still answers 503. Each request is a new connection, so either worker takes it."""
        ready: set = set()

        def every_one():
            answer = requests.get(self.base + "/readyz", timeout=5)
            pid = answer.json().get("pid")
            (ready.add if answer.status_code == 200 else ready.discard)(pid)
            return ready >= self.workers()
        wait_until(every_one, timeout, "/readyz 200 from every worker")

    # -- requests ---------------------------------------------------------------------------
    def one_of_each(self) -> list[tuple[str, int]]:
        """One request of each kind (a new connection each), as (what, status)."""
        b, out = self.base, []
        out.append(("healthz", requests.get(b + "/healthz", timeout=10).status_code))
        out.append(("readyz", requests.get(b + "/readyz", timeout=10).status_code))
        out.append(("evaluate", requests.post(b + "/api/v1/evaluate/visit", json=GOLD,
                                              headers=self.bearer, timeout=10).status_code))
        out.append(("read", requests.get(b + "/api/v1/groups/north/rulesets/visit",
                                         headers=self.bearer, timeout=10).status_code))
        out.append(("metrics", requests.get(b + "/metrics", timeout=10).status_code))
        out.append(("admin", requests.get(b + "/admin/login", timeout=10).status_code))
        return out

    def assert_all_succeed(self, rounds: int = 6) -> None:
        failed = [(what, status) for _ in range(rounds) for what, status in self.one_of_each()
                  if status != 200]
        assert not failed, f"{len(failed)} of {rounds * 6} requests failed: {failed[:10]}\n" \
            + self.output()[-3000:]

    def evaluations_counted(self) -> float:
        text = requests.get(self.base + "/metrics", timeout=10).text
        found = re.search(r'dealer_rules_evaluations_total\{domain="visit",group="\*",'
                          r'outcome="ok"\} (\S+)', text)
        return float(found.group(1)) if found else 0.0


def prepared_store(kind: str, tmp_path: Path):
    """(url the service uses, key of group north, proxy or None, cleanup): the store
    migrated and seeded before ``serve`` starts."""
    url, cleanup = make_database_url(kind, tmp_path)
    proxy = None
    if kind == "postgresql":
        real = make_url(url)
        proxy = TcpProxy(real.host or "127.0.0.1", real.port or 5432)
        proxy.start()
        url = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    store = Store(url)
    try:
        store.upgrade()
        seed_rulesets(store, RULESETS)
        with store.write() as session:
            _, key = accounts.create_api_key(session, Actor("test"), "north", "reliability",
                                             ["evaluate", "read"])
    finally:
        store.dispose()
    return url, key, proxy, cleanup


def settings(url: str, instance: Path, tmp_path: Path, **extra) -> dict:
    out = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_PLUGINS": "support.sample_plugin",
           "DEALER_RULES_SEED_RULESETS": str(RULESETS), "DEALER_RULES_WORKERS": "2",
           "DEALER_RULES_POLL_INTERVAL": "0.5", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
           "DEALER_RULES_ACCESS_LOG": "", "DEALER_RULES_INSTANCE_PATH": str(instance),
           "TMPDIR": str(tmp_path),         # the metrics folder serve makes lands here
           "PYTHONPATH": os.pathsep.join([str(SUPPORT.parent), str(ROOT)])}
    out.update({f"DEALER_RULES_{name}": str(value) for name, value in extra.items()})
    return out


@contextlib.contextmanager
def running_service(kind: str, tmp_path: Path, **extra):
    """A Service on ``kind`` (sqlite / postgresql) with DEALER_RULES_``extra`` settings;
    stopped and its store dropped afterwards."""
    url, key, proxy, cleanup = prepared_store(kind, tmp_path)
    instance = tmp_path / "instance"
    environment = settings(url, instance, tmp_path, **extra)
    try:
        with serve(environment, tmp_path / "server.log", timeout=90) as server:
            yield Service(server, kind, url, key, instance, proxy)
    finally:
        if proxy is not None:
            proxy.stop()
        cleanup()
