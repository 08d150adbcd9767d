"""Hostile input against a real ``dealer-rules serve`` (gunicorn, one worker so that every
request meets the same process): the YAML alias bomb and a 9,100-rule ruleset are refused
fast, the worker answers the next request at once and keeps its memory, a misspelt tiers
fact and a number out of range are 422 naming the field, and none of it leaves a traceback
in the log. Run on SQLite and on PostgreSQL."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import requests

from dealer_rules.core.store import Actor, Store, accounts
from support.databases import make_database_url
from support.server import serve

ROOT = Path(__file__).resolve().parents[2]
DRY_RUN = "/api/v1/groups/default/rulesets/tiers/dry-run"
EVALUATE = "/api/v1/evaluate/tiers"
FACTS = {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
         "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
BOMB = "\n".join([f"a: &a [{','.join(['x'] * 9)}]"] + [
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]" for p, n in zip("abcdefg", "bcdefgh")])
#: "a generous bound" (the brief's word): refusals take milliseconds; a worker stuck in the
#: bomb takes minutes. Never a sleep whose length decides.
FAST = 5.0


@pytest.fixture(params=["sqlite", "postgresql"])
def running(request, tmp_path):
    url, cleanup = make_database_url(request.param, tmp_path)
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "1",
                "DEALER_RULES_POLL_INTERVAL": "0.2", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance")}
    try:
        with serve(settings, tmp_path / "server.log") as server:
            store = Store(url)
            with store.write() as session:
                _, key = accounts.create_api_key(session, Actor("test"), "default", "hostile",
                                                 ["evaluate", "dry_run"])
            store.dispose()
            server.key = {"Authorization": f"Bearer {key}"}
            deadline = time.monotonic() + 30      # the worker polls keys every 0.2 s
            while post(server, EVALUATE, {"facts": FACTS}).status_code == 401:
                assert time.monotonic() < deadline, "the new key never became usable"
                time.sleep(0.1)
            yield server
    finally:
        cleanup()


def post(server, path: str, body: dict, **headers):
    return requests.post(server.base + path, json=body, timeout=60,
                         headers={**getattr(server, "key", {}), **headers})


def worker_rss_kb(server) -> int:
    pid = requests.get(server.base + "/readyz", timeout=5).json()["pid"]
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1])


def timed(call):
    started = time.perf_counter()
    response = call()
    return response, time.perf_counter() - started


def test_the_alias_bomb_is_refused_fast_and_the_worker_goes_on(running):
    response, seconds = timed(lambda: post(running, DRY_RUN, {"yaml": BOMB, "facts": FACTS}))
    assert response.status_code == 422 and seconds < FAST, (response.status_code, seconds)
    body = response.json()
    assert body["code"] == "yaml_anchor" and body["errors"][0]["line"] == 1
    after, seconds = timed(lambda: post(running, EVALUATE, {"facts": FACTS}))
    assert after.status_code == 200 and seconds < FAST


def test_a_9100_rule_ruleset_is_refused_fast_without_growing_the_worker(running):
    rules = "".join(f"  - id: r{i}\n    title: r{i}\n    when: order.labour_amount > {i}\n"
                    "    then: [{award_points: {points: 1}}]\n" for i in range(9100))
    huge = "domain: tiers\ngroup: default\ntitle: huge\nrules:\n" + rules
    post(running, EVALUATE, {"facts": FACTS})
    before = worker_rss_kb(running)
    for _ in range(3):
        response, seconds = timed(lambda: post(running, DRY_RUN, {"yaml": huge, "facts": FACTS}))
        assert response.status_code == 422 and seconds < FAST, (response.status_code, seconds)
        assert response.json()["limit"] == "DEALER_RULES_MAX_RULES_PER_RULESET"
    after, seconds = timed(lambda: post(running, EVALUATE, {"facts": FACTS}))
    assert after.status_code == 200 and seconds < FAST
    grown_mb = (worker_rss_kb(running) - before) / 1024
    assert grown_mb < 30, f"the worker grew {grown_mb:.0f} MB"   # it grew 260 MB before


def test_a_misspelt_fact_and_numbers_out_of_range_are_422_on_their_field(running):
    typo = {"facts": {**FACTS, "order": {"kind": "maintenance", "labour_amout": "1000.00"}}}
    body = post(running, EVALUATE, typo).json()
    assert body["status"] == 422 and body["errors"][0]["path"] == "facts.order.labour_amout"
    assert "did you mean 'labour_amount'" in body["errors"][0]["message"]
    zh = post(running, EVALUATE, typo, **{"Accept-Language": "zh-CN"}).json()
    assert "是否想写“labour_amount”" in zh["errors"][0]["message"]
    for value in ("1e308", "-1e308", "1e400", "123456789012345678901234567890"):
        raw = ('{"facts": {"order": {"kind": "repair", "labour_amount": %s}}}' % value).encode()
        response = requests.post(running.base + EVALUATE, data=raw, timeout=10,
                                 headers={**running.key, "Content-Type": "application/json"})
        assert response.status_code == 422, (value, response.text)
        error = response.json()["errors"][0]
        assert error["path"] == "facts.order.labour_amount", (value, error)
        assert error["code"] in ("number_out_of_range", "at_least"), (value, error)
    assert "Traceback" not in running.output()
