"""The headline tenant attack against a real ``dealer-rules serve`` (gunicorn, two
workers), on SQLite and PostgreSQL: beta's key dry-runs ``{group: beta, extends: alpha}``
with ``base_drafts`` and ``explain`` and learns nothing of alpha (not even whether it
exists); gamma, alpha's declared child, is served alpha's rules; alpha's publish and
rollback are never refused for gamma's test cases, and gamma's audit log says what broke.
See docs/tenants.md."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import requests

from dealer_rules.core.store import Store, Workflow
from dealer_rules.core.store.seed import seed_rulesets
from support import tenants
from support.databases import make_database_url
from support.server import serve
from support.tenants import ATTACK, FACTS, leaks

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
RULESETS = TESTS / "support" / "rulesets"
RS = "/api/v1/groups/{group}/rulesets/visit"


@pytest.fixture(params=["sqlite", "postgresql"])
def running(request, tmp_path, registry, evaluator):
    """A served store holding default, alpha, beta and gamma; yields (base URL, keys)."""
    url, cleanup = make_database_url(request.param, tmp_path)
    store = Store(url)
    try:
        store.upgrade()
        seed_rulesets(store, RULESETS)
        keys = tenants.build(store, Workflow(store, registry, evaluator))
    finally:
        store.dispose()
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_PLUGINS": "support.sample_plugin",
                "DEALER_RULES_WORKERS": "2", "DEALER_RULES_POLL_INTERVAL": "0.2",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1", "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance"),
                "DEALER_RULES_SECRET_KEY": "tenants-test",
                "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    try:
        with serve(settings, tmp_path / "server.log") as server:
            yield server.base, {g: {"Authorization": f"Bearer {k}"} for g, k in keys.items()}
    finally:
        cleanup()


def user(name: str) -> tuple:
    return (name, f"{name}-password")


def until_served(base, headers, check, seconds=10.0):
    """Ask evaluate until ``check(answer)`` holds on a fresh connection (either worker)."""
    deadline = time.monotonic() + seconds
    while True:
        answer = requests.post(base + "/api/v1/evaluate/visit", json={"facts": FACTS},
                               headers=headers, timeout=5)
        if check(answer) or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)


def test_the_tenant_attack_and_the_veto_against_a_real_server(running):
    base, keys = running
    # the attack: every worker answers the same sealed refusal, the same as for no group
    for _ in range(6):     # new connections: both workers answer
        for target in ("alpha", "zeta"):
            answer = requests.post(base + RS.format(group="beta") + "/dry-run",
                                   headers=keys["beta"], timeout=5,
                                   json={"yaml": ATTACK.format(base=target), "facts": FACTS,
                                         "explain": True, "base_drafts": True})
            body = answer.json()
            assert answer.status_code == 422 and leaks(answer.text) == [], answer.text
            assert [e["code"] for e in body["errors"]] == ["may_not_extend"]
            assert f"group beta may not extend group {target}" in body["errors"][0]["message"]
    zh = requests.post(base + RS.format(group="beta") + "/validate", auth=user("bea"),
                       headers={"Accept-Language": "zh-CN"}, timeout=5,
                       json={"yaml": ATTACK.format(base="alpha"), "base_drafts": True})
    assert "集团 beta 不能继承集团 alpha" in zh.text and leaks(zh.text) == []
    for path in ("", "/versions", "/draft", "/diff?from=1&to=draft"):
        answer = requests.get(base + RS.format(group="alpha") + path, headers=keys["beta"],
                              timeout=5)
        assert answer.status_code in (403, 404) and leaks(answer.text) == [], path
    # gamma, alpha's declared child, is served alpha's published rules (never its draft)
    served = until_served(base, keys["gamma"], lambda a: a.status_code == 200)
    fired = [r["id"] for r in served.json()["fired"]]
    assert "alpha_secret" in fired and "alpha_draft_secret" not in fired
    # alpha drops the rule gamma's case pins: published, not vetoed, naming no child
    revision = requests.get(base + RS.format(group="alpha"), headers=keys["alpha"],
                            timeout=5).json()["revision"]
    saved = requests.put(base + RS.format(group="alpha") + "/draft", auth=user("al"), timeout=5,
                         json={"yaml": tenants.ALPHA_WITHOUT_GIFT, "revision": revision})
    assert saved.status_code == 200
    published = requests.post(base + RS.format(group="alpha") + "/publish", auth=user("al"),
                              json={}, timeout=10)
    assert published.status_code == 201 and "gamma" not in published.text, published.text
    log = requests.get(base + "/api/v1/groups/gamma/audit", auth=user("gus"), timeout=5).json()
    told = log["entries"][0]
    assert told["action"] == "base_changed" and told["detail"]["ok"] is False
    assert told["detail"]["failures"] == ["gamma keeps alpha's gift"]
    # gamma goes on being served, with alpha's new rules, by both workers
    for _ in range(6):
        answer = until_served(base, keys["gamma"],
                              lambda a: "alpha_secret" not in [r["id"] for r in a.json()["fired"]])
        assert "alpha_secret" not in [r["id"] for r in answer.json()["fired"]]
    back = requests.post(base + RS.format(group="alpha") + "/rollback", auth=user("al"),
                         json={"version": 1}, timeout=10)
    assert back.status_code == 201 and "gamma" not in back.text
    log = requests.get(base + "/api/v1/groups/gamma/audit", auth=user("gus"), timeout=5).json()
    assert log["entries"][0]["action"] == "base_changed" and log["entries"][0]["detail"]["ok"]
