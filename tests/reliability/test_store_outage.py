"""The store unreachable (PostgreSQL behind a proxy the test cuts) or not writable (the
SQLite file made immutable, which even root cannot write: a read-only or full disk fails
the same way), then back: evaluations go on from what was loaded; every other request
answers 503 problem+json with Retry-After (the admin: its own translated page, which needs
no database), never 500; /readyz says so without naming host, port or database; nothing
saved is changed; and it all works again without a restart."""
from __future__ import annotations

import base64
import contextlib
import json
import re
import subprocess
from pathlib import Path

import pytest
import requests
from sqlalchemy.engine import make_url

from dealer_rules.core.store import Actor, Store, accounts
from support.served import GOLD, running_service, wait_until

LI = {"Authorization": "Basic " + base64.b64encode(b"li:li-password-1").decode()}
NORTH = (Path(__file__).parent.parent / "support" / "rulesets" / "north" / "visit.yaml"
         ).read_text(encoding="utf-8")


@contextlib.contextmanager
def store_down(service):
    """PostgreSQL: the proxy stopped (connections cut, new ones refused). SQLite: the file
    and its write-ahead log immutable (the shared-memory index is left alone: SQLite maps
    it, and a write to an immutable mapping is a bus error, not an outage)."""
    if service.proxy is not None:
        service.proxy.stop()
        try:
            yield
        finally:
            service.proxy.start()
        return
    path = make_url(service.url).database
    files = [p for p in (path, path + "-wal") if Path(p).exists()]
    subprocess.run(["chattr", "+i", *files], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *files], check=True)


def sign_in(service) -> requests.Session:
    browser = requests.Session()
    page = browser.get(service.base + "/admin/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = browser.post(service.base + "/admin/login", allow_redirects=False, timeout=30,
                          data={"csrf_token": token, "username": "li",
                                "password": "li-password-1"})
    return browser, answer


def is_store_unavailable(answer) -> None:
    assert answer.status_code == 503, (answer.status_code, answer.text[:300])
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert int(answer.headers["Retry-After"]) > 0
    assert answer.json()["code"] == "store_unavailable"


def is_admin_unavailable_page(answer, language: str) -> None:
    assert answer.status_code == 503, (answer.status_code, answer.text[:300])
    assert int(answer.headers["Retry-After"]) > 0
    title = "规则库暂时无法访问" if language == "zh" else "Rules store unavailable"
    assert title in answer.text and "Internal Server Error" not in answer.text


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request, tmp_path):
    with running_service(request.param, tmp_path) as running:
        store = Store(running.url)
        with store.write() as session:
            accounts.create_user(session, Actor("test"), "li", "li-password-1")
            accounts.grant_role(session, Actor("test"), "li", "publisher", "north")
        store.dispose()
        yield running


def draft_of(service) -> tuple[int, str]:
    answer = requests.get(service.base + "/api/v1/groups/north/rulesets/visit", headers=LI,
                          timeout=10)
    answer.raise_for_status()
    return answer.json()["revision"], answer.json()["yaml"]


def save(service, revision: int, text: str):
    return requests.put(service.base + "/api/v1/groups/north/rulesets/visit/draft",
                        headers=LI, json={"yaml": text, "revision": revision}, timeout=30)


def not_ready(service):
    """/readyz's body if it answers 503 (the refresher noticed), else None."""
    answer = requests.get(service.base + "/readyz", timeout=10)
    return answer.json() if answer.status_code == 503 else None


def evaluations_all_succeed(service, n: int = 10) -> None:
    statuses = [requests.post(service.base + "/api/v1/evaluate/visit", json=GOLD,
                              headers=service.bearer, timeout=10).status_code for _ in range(n)]
    assert statuses == [200] * n


def test_the_store_down_and_back(service):
    browser, answer = sign_in(service)
    assert answer.status_code in (302, 303)
    revision, published = draft_of(service)
    with store_down(service):
        evaluations_all_succeed(service)
        assert requests.get(service.base + "/healthz", timeout=10).status_code == 200
        # writing fails on both: the API's 503, the admin's page, the draft unchanged
        is_store_unavailable(save(service, revision, NORTH.replace(">= 800", ">= 850")))
        _, refused = sign_in(service)
        is_admin_unavailable_page(refused, "zh")
        if service.kind == "postgresql":    # and reading fails too
            ready = wait_until(lambda: not_ready(service), 30, "/readyz 503")
            text = json.dumps(ready)
            url = make_url(service.url)
            for secret in (url.host, str(url.port), url.database, "search_path", "5432"):
                assert secret not in text, (secret, text)
            assert ready["store_reachable"] is False
            is_store_unavailable(requests.get(
                service.base + "/api/v1/groups/north/rulesets/visit", headers=service.bearer,
                timeout=10))
            is_admin_unavailable_page(browser.get(service.base + "/admin/", timeout=10), "zh")
            is_admin_unavailable_page(browser.get(
                service.base + "/admin/", headers={"Accept-Language": "en"}, timeout=10), "en")
            # an error page of its own (a stale form) that shows who is signed in
            is_admin_unavailable_page(browser.post(service.base + "/admin/logout", timeout=10,
                                                   data={"csrf_token": "stale"}), "zh")
        evaluations_all_succeed(service)
        assert "Traceback" not in service.output()
    # back, without a restart: every worker, every kind of request
    service.wait_for_workers()       # every worker answers /readyz 200 again
    service.assert_all_succeed()
    assert draft_of(service) == (revision, published), "nothing changed while it was down"
    saved = save(service, revision, NORTH.replace(">= 800", ">= 850"))
    assert saved.status_code == 200, saved.text
    page = browser.get(service.base + "/admin/", timeout=10)
    assert page.status_code == 200 and "/admin/login" not in page.url
    evaluations_all_succeed(service)
