"""Authentication against a real ``dealer-rules serve`` (gunicorn, two workers), on SQLite
and PostgreSQL: the one lock-out holds on every worker, for the admin and the API alike,
and a stranger at another address cannot lock the user out; the printed one-time password
must be changed before anything else; a cookie copied before logout no longer works.

Every request goes on a new connection (``Connection: close``), so both workers answer
them; the lock and the session version live in the store, so each worker must agree."""
from __future__ import annotations

import base64
import http.client
import os
import re
from pathlib import Path

import pytest
import requests

from support.databases import make_database_url
from support.server import serve

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
RULESETS = TESTS / "support" / "rulesets"
ROUNDS = 12                         # requests per check: both workers answer some


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(request, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp(request.param)
    url, cleanup = make_database_url(request.param, tmp_path)
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "2",
                "DEALER_RULES_PLUGINS": "support.sample_plugin",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_SEED_RULESETS": str(RULESETS), "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_SECRET_KEY": "reliability-test-secret",
                "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance"),
                "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    try:
        with serve(settings, tmp_path / "server.log", timeout=90) as running:
            running.password = re.search(r"one-time password: (\S+)", running.output()).group(1)
            yield running
    finally:
        cleanup()


def basic(username: str, password: str) -> dict:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Connection": "close"}


def api(base: str, headers: dict, path: str = "/api/v1/groups") -> requests.Response:
    return requests.get(base + path, headers=headers, timeout=30)


class Browser(requests.Session):
    """A browser on the admin: cookies, the form's CSRF token, a new connection each time."""

    def __init__(self, base: str):
        super().__init__()
        self.base = base
        self.headers.update({"Connection": "close", "Accept-Language": "zh-CN"})

    def form(self, path: str, data: dict, page: str) -> requests.Response:
        text = self.get(self.base + page, timeout=30).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)
        return self.post(self.base + path, data={**data, "csrf_token": token},
                         allow_redirects=False, timeout=30)

    def sign_in(self, username: str, password: str) -> requests.Response:
        return self.form("/admin/login", {"username": username, "password": password},
                         "/admin/login")

    def lands_on(self, path: str) -> str:
        return self.get(self.base + path, timeout=30).url.removeprefix(self.base)


def from_address(base: str, source: str, headers: dict) -> int:
    """The status of an API call made from the loopback address ``source``."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30,
                                            source_address=(source, 0))
    try:
        connection.request("GET", "/api/v1/groups", headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_printed_one_time_password_must_be_changed_first(service):
    base, given = service.base, service.password
    refused = [api(base, basic("admin", given)) for _ in range(ROUNDS)]
    assert {r.status_code for r in refused} == {403}
    assert refused[0].json()["code"] == "one_time_password"
    browser = Browser(base)
    signed_in = browser.sign_in("admin", given)
    assert signed_in.status_code == 302
    assert signed_in.headers["Location"].endswith("/admin/account/first-password")
    for path in ("/admin/", "/admin/account", "/admin/g/north/", "/admin/reference"):
        assert browser.lands_on(path) == "/admin/account/first-password", path
    changed = browser.form("/admin/account/password", {
        "current": given, "new": "admin-own-password", "repeat": "admin-own-password"},
        "/admin/account/first-password")
    assert changed.status_code == 302 and changed.headers["Location"].endswith("/admin/")
    assert {browser.lands_on("/admin/") for _ in range(ROUNDS)} == {"/admin/"}
    assert {api(base, basic("admin", "admin-own-password")).status_code
            for _ in range(ROUNDS)} == {200}
    assert api(base, basic("admin", given)).status_code == 401


def test_a_cookie_copied_before_logout_no_longer_works(service):
    base = service.base
    own_password(service)
    browser = Browser(base)
    assert browser.sign_in("admin", "admin-own-password").status_code == 302
    copy = Browser(base)
    copy.cookies.update(browser.cookies)
    assert {copy.lands_on("/admin/") for _ in range(4)} == {"/admin/"}
    assert browser.form("/admin/logout", {}, "/admin/").status_code == 302
    assert {copy.lands_on("/admin/") for _ in range(ROUNDS)} == {"/admin/login?next=/admin/"}
    assert browser.lands_on("/admin/") == "/admin/login?next=/admin/"


def test_the_lock_out_holds_on_every_worker_for_admin_and_api(service):
    """A stranger at 127.0.0.2 guessing locks the user from there only; guessing from the
    user's own address locks the admin and the API, the right password included."""
    base = service.base
    own_password(service)
    right, wrong = basic("admin", "admin-own-password"), basic("admin", "a-wrong-guess")
    stranger = [from_address(base, "127.0.0.2", wrong) for _ in range(6)]
    assert stranger == [401] * 4 + [429] * 2                     # LOGIN_MAX_FAILURES: 5
    assert from_address(base, "127.0.0.2", right) == 429
    assert {api(base, right).status_code for _ in range(4)} == {200}   # the user is not locked

    guesses = [api(base, wrong).status_code for _ in range(5)]
    assert guesses == [401] * 4 + [429]
    locked = [api(base, right) for _ in range(ROUNDS)]
    assert {r.status_code for r in locked} == {429}
    assert all(1 <= int(r.headers["Retry-After"]) <= 30 for r in locked)
    assert locked[0].headers["Content-Type"] == "application/problem+json"
    page = Browser(base).sign_in("admin", "admin-own-password")
    assert page.status_code == 429 and "登录失败次数过多" in page.text
    assert 1 <= int(page.headers["Retry-After"]) <= 30


def own_password(service) -> None:
    """The admin's password is the one chosen in the first test (run alone: chosen here)."""
    if api(service.base, basic("admin", "admin-own-password")).status_code == 200:
        return
    browser = Browser(service.base)
    assert browser.sign_in("admin", service.password).status_code == 302
    assert browser.form("/admin/account/password", {
        "current": service.password, "new": "admin-own-password",
        "repeat": "admin-own-password"}, "/admin/account/first-password").status_code == 302
