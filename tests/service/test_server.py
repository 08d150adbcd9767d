"""A real `dealer-rules serve` (gunicorn, two worker processes) answering real HTTP
requests: a publish through one request reaches every worker within two seconds."""
from __future__ import annotations

import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from support.service import RULESETS, SUPPORT, basic
from support.server import choose_password, serve

ROOT = Path(__file__).parent.parent.parent
NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
GOLD = {"facts": {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}}


@pytest.fixture
def server(database_url, tmp_path):
    settings = {"DEALER_RULES_DATABASE_URL": database_url,
                "DEALER_RULES_PLUGINS": "support.sample_plugin",
                "DEALER_RULES_SEED_RULESETS": str(RULESETS), "DEALER_RULES_WORKERS": "2",
                "DEALER_RULES_POLL_INTERVAL": "0.5", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_ACCESS_LOG": "", "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance"),
                "DEALER_RULES_METRICS_GROUP_LABELS": "true",     # /readyz names the rulesets
                "PYTHONPATH": os.pathsep.join([str(SUPPORT.parent), str(ROOT)])}
    with serve(settings, tmp_path / "server.log") as running:
        password = "admin-chosen-password"     # the printed one is one-time: no API use
        choose_password(settings, "admin", password)
        yield running.base, basic("admin", password), running


def test_a_publish_reaches_every_worker_within_two_seconds(server):
    base, admin, running = server
    key = requests.post(base + "/api/v1/groups/north/keys", headers=admin,
                        json={"label": "tablets", "scopes": ["evaluate", "read"]}).json()["key"]
    bearer = {"Authorization": f"Bearer {key}"}
    time.sleep(1.2)                     # every worker has polled the new key
    evaluated = []                      # one item per evaluation answered 200

    def served() -> tuple[int, int, int | None]:
        # a new connection per request (sync workers close them), so both workers answer
        ready = requests.get(base + "/readyz", timeout=5).json()
        answer = requests.post(base + "/api/v1/evaluate/visit", json=GOLD, headers=bearer,
                               timeout=5)
        assert answer.status_code == 200, answer.text
        evaluated.append(1)             # list.append is atomic: the pool's threads share it
        return ready["pid"], answer.json()["ruleset"]["version"], \
            int(ready["rulesets"][1].rsplit("v", 1)[1])

    with ThreadPoolExecutor(4) as pool:
        before = list(pool.map(lambda _: served(), range(40)))
    assert {v for _, v, _ in before} == {1}
    assert len({pid for pid, _, _ in before}) == 2, "both workers answer"

    revision = requests.get(base + "/api/v1/groups/north/rulesets/visit",
                            headers=bearer).json()["revision"]
    saved = requests.put(base + "/api/v1/groups/north/rulesets/visit/draft", headers=admin,
                         json={"yaml": NORTH.replace(">= 800", ">= 950"), "revision": revision})
    assert saved.status_code == 200
    # the north's own test case expects 900 to fire big_job: refused, nothing changes
    refused = requests.post(base + "/api/v1/groups/north/rulesets/visit/publish", headers=admin,
                            json={})
    assert refused.status_code == 422 and refused.json()["failed_cases"]
    fixed = NORTH.replace(">= 800", ">= 850")
    requests.put(base + "/api/v1/groups/north/rulesets/visit/draft", headers=admin,
                 json={"yaml": fixed, "revision": saved.json()["revision"]}).raise_for_status()
    published = requests.post(base + "/api/v1/groups/north/rulesets/visit/publish",
                              headers=admin, json={"comment": "threshold 850"})
    assert published.status_code == 201
    started = time.monotonic()
    seen_new: dict[int, float] = {}
    with ThreadPoolExecutor(4) as pool:
        while time.monotonic() - started < 2.0 and len(seen_new) < 2:
            for pid, version, ready_version in pool.map(lambda _: served(), range(8)):
                if version == 2 and ready_version == 2:
                    seen_new.setdefault(pid, time.monotonic() - started)
    assert len(seen_new) == 2, f"workers serving v2 within 2 s: {seen_new}\n" + running.output()
    time.sleep(0.6)
    with ThreadPoolExecutor(4) as pool:
        after = list(pool.map(lambda _: served(), range(20)))
    assert {v for _, v, _ in after} == {2}
    # the metrics of both workers are summed: exactly the evaluations this test made (how
    # many polling rounds it took depends on the machine's load, so count, do not guess)
    metrics = requests.get(base + "/metrics").text
    total = re.search(r'dealer_rules_evaluations_total\{domain="visit",group="north",'
                      r'outcome="ok"\} (\S+)', metrics)
    assert total and float(total.group(1)) == len(evaluated), (total, len(evaluated))
