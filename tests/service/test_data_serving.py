"""Data kept and moved while the real service runs: a backup taken while `dealer-rules serve`
writes is consistent, and two serves on one PostgreSQL (one host, separate instance
folders) share the rulesets but no file: a publish on one is served by the other."""
from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path

import gunicorn.config
import pytest
import requests
from sqlalchemy import text

from support.service import RULESETS, SUPPORT, basic
from dealer_rules.core.store.backup import open_backup
from support.databases import make_database_url
from support.server import choose_password, serve
from test_data import run

ROOT = Path(__file__).parent.parent.parent
NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
DRAFT = "/api/v1/groups/north/rulesets/visit/draft"


def settings(url: str, instance: Path) -> dict:
    return {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_PLUGINS": "support.sample_plugin",
            "DEALER_RULES_SEED_RULESETS": str(RULESETS), "DEALER_RULES_WORKERS": "2",
            "DEALER_RULES_POLL_INTERVAL": "0.5", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
            "DEALER_RULES_ACCESS_LOG": "", "DEALER_RULES_INSTANCE_PATH": str(instance),
            "DEALER_RULES_METRICS_GROUP_LABELS": "true",     # /readyz names the rulesets
            "PYTHONPATH": os.pathsep.join([str(SUPPORT.parent), str(ROOT)])}


class Writer(threading.Thread):
    """Saves a new draft of north/visit again and again through the API."""

    def __init__(self, base: str, admin: dict):
        super().__init__(daemon=True)
        self.base, self.admin = base, admin
        self.saves, self.stop, self.error = 0, threading.Event(), None

    def run(self):
        try:
            revision = requests.get(self.base + "/api/v1/groups/north/rulesets/visit",
                                    headers=self.admin, timeout=10).json()["revision"]
            while not self.stop.is_set():
                threshold = 800 + self.saves % 100
                saved = requests.put(self.base + DRAFT, headers=self.admin, timeout=10, json={
                    "yaml": NORTH.replace(">= 800", f">= {threshold}"), "revision": revision})
                saved.raise_for_status()
                revision = saved.json()["revision"]
                self.saves += 1
        except Exception as exc:  # reported by the test, which fails on it
            self.error = exc

    def wait_for(self, saves: int) -> None:
        while self.saves < saves and self.error is None and self.is_alive():
            time.sleep(0.05)
        assert self.error is None, self.error


def test_a_backup_taken_while_the_service_writes_is_consistent(tmp_path):
    url, _ = make_database_url("sqlite", tmp_path)
    served = settings(url, tmp_path / "instance")
    with serve(served, tmp_path / "server.log") as running:
        choose_password(served, "admin", "admin-chosen-password")   # a one-time one opens no API
        admin = basic("admin", "admin-chosen-password")
        writer = Writer(running.base, admin)
        writer.start()
        try:
            writer.wait_for(3)
            files = []
            for n in range(3):
                files.append(tmp_path / f"backup-{n}.sqlite")
                taken = run(url, tmp_path, "db", "backup", str(files[-1]))
                assert taken.exit_code == 0, taken.output
            writer.wait_for(writer.saves + 3)      # writes went on after the last backup
        finally:
            writer.stop.set()
            writer.join(15)
        assert writer.error is None, writer.error
    revisions = []
    for file in files:
        with open_backup(file) as source:          # integrity, checksums, hashes
            conn = source.connection
            draft_hash, revision = conn.execute(text(
                "SELECT v.content_hash, r.revision FROM ruleset_versions v JOIN rulesets r "
                "ON r.id = v.ruleset_id WHERE r.group_id = 'north' AND v.state = 'draft'")).one()
            saves = conn.execute(text("SELECT count(*) FROM audit_log WHERE action = "
                                      "'draft_saved' AND group_id = 'north'")).scalar_one()
            last = conn.execute(text("SELECT after_hash FROM audit_log WHERE action = "
                                     "'draft_saved' AND group_id = 'north' ORDER BY id DESC "
                                     "LIMIT 1")).scalar_one()
        # the draft, its revision and its audit entries are of one and the same moment
        assert last == draft_hash
        assert revision == 1 + saves
        revisions.append(revision)
    assert revisions == sorted(revisions)
    assert revisions[-1] <= 1 + writer.saves


@pytest.fixture
def postgres(tmp_path):
    url, cleanup = make_database_url("postgresql", tmp_path)
    yield url
    cleanup()


def test_two_serves_on_one_postgresql_share_the_rulesets_and_no_file(postgres, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    with serve(settings(postgres, one), tmp_path / "one.log") as first:
        assert "one-time password:" in first.output()
        choose_password(settings(postgres, one), "admin", "admin-chosen-password")
        admin = basic("admin", "admin-chosen-password")
        with serve(settings(postgres, two), tmp_path / "two.log") as second:
            assert "one-time password" not in second.output()     # the same store, seeded once
            for running in (first, second):
                ready = requests.get(running.base + "/readyz", timeout=5).json()
                assert "north/visit v1" in ready["rulesets"]
            revision = requests.get(first.base + "/api/v1/groups/north/rulesets/visit",
                                    headers=admin, timeout=5).json()["revision"]
            requests.put(first.base + DRAFT, headers=admin, timeout=5, json={
                "yaml": NORTH.replace(">= 800", ">= 850"), "revision": revision}
            ).raise_for_status()
            published = requests.post(first.base + "/api/v1/groups/north/rulesets/visit/publish",
                                      headers=admin, json={}, timeout=10)
            assert published.status_code == 201, published.text
            started, seen = time.monotonic(), None
            while time.monotonic() - started < 2.0:
                ready = requests.get(second.base + "/readyz", timeout=5).json()
                if "north/visit v2" in ready["rulesets"]:
                    seen = time.monotonic() - started
                    break
            assert seen is not None, "the second serve did not serve v2 within 2 s"
            # each keeps gunicorn's control socket (gunicorn 24 and later) in its own
            # instance folder, not both at one path in the home folder
            if any(s.name == "control_socket" for s in gunicorn.config.KNOWN_SETTINGS):
                for folder, running in ((one, first), (two, second)):
                    port = running.base.rsplit(":", 1)[1]
                    assert (folder / f"gunicorn-127.0.0.1-{port}.ctl").is_socket()


@pytest.mark.skipif(not any(s.name == "control_socket" for s in gunicorn.config.KNOWN_SETTINGS),
                    reason="this gunicorn has no control socket")
def test_a_control_socket_path_too_long_for_a_unix_socket_turns_it_off(tmp_path):
    from dealer_rules.web.gunicorn_settings import control_socket_options
    short, long = tmp_path / "i", tmp_path / ("x" * 120)
    assert control_socket_options(str(short), "127.0.0.1:8080") == \
        {"control_socket": str(short / "gunicorn-127.0.0.1-8080.ctl")}
    assert control_socket_options(str(short), "unix:/run/dr.sock") == \
        {"control_socket": str(short / "gunicorn-unix-run-dr.sock.ctl")}
    assert control_socket_options(str(long), "127.0.0.1:8080") == {"control_socket_disable": True}
