"""The API's authentication: before any body is read, one lock-out with the admin's
sign-in (per user and address, 429 with Retry-After, checked before hashing), one-time
passwords refused, credentials remembered only while the password stays the same."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import update

from support.service import basic
from dealer_rules.core.store import Actor, accounts
from dealer_rules.core.store.schema import User
from dealer_rules.web import password_checks
from dealer_rules.web.api.routing import ENDPOINTS

WITH_BODY = [e for e in ENDPOINTS if e.body is not None and e.auth != "public"]


def concrete(rule: str) -> str:
    """An address of the endpoint: every ``<part>`` filled in."""
    return re.sub(r"<(\w+:)?(\w+)>", lambda m: "1" if m[1] == "int:" else {
        "group": "north", "domain": "visit", "prefix": "abcd1234"}.get(m[2], "x"), rule)


@pytest.mark.parametrize("endpoint", WITH_BODY, ids=lambda e: f"{e.method} {e.rule}")
def test_an_anonymous_caller_gets_401_whatever_the_body(site, endpoint):
    path = concrete(endpoint.rule)
    for kwargs in ({"data": "{not json", "content_type": "application/json"},
                   {"json": {"unexpected": [1, 2, 3]}},
                   {"data": "x", "content_type": "text/plain"}):
        response = site.client.open(path, method=endpoint.method, **kwargs)
        assert response.status_code == 401, (path, kwargs, response.get_json())
        assert response.mimetype == "application/problem+json"
        assert "Basic" in response.headers["WWW-Authenticate"]
    wrong = site.client.open(path, method=endpoint.method, json={"unexpected": 1},
                             headers=basic("mei", "wrong-password"))
    assert wrong.status_code == 401


def lock(site, username="mei", address="127.0.0.1"):
    for _ in range(4):                                   # LOGIN_MAX_FAILURES is 5
        answer = site.client.get("/api/v1/groups", headers=basic(username, "wrong"),
                                 environ_base={"REMOTE_ADDR": address})
        assert answer.status_code == 401
    answer = site.client.get("/api/v1/groups", headers=basic(username, "wrong"),
                             environ_base={"REMOTE_ADDR": address})
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "30"


def test_wrong_passwords_lock_the_user_from_that_address_only(site):
    lock(site, address="198.51.100.7")
    locked = site.client.get("/api/v1/groups", headers={**site.users["mei"],
                                                        "Accept-Language": "zh-CN"},
                             environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert locked.status_code == 429 and locked.mimetype == "application/problem+json"
    assert locked.json["code"] == "sign_in_locked" and "登录失败次数过多" in locked.json["title"]
    assert 1 <= int(locked.headers["Retry-After"]) <= 30
    # the real user, elsewhere, is not locked out by the stranger
    assert site.client.get("/api/v1/groups", headers=site.users["mei"],
                           environ_base={"REMOTE_ADDR": "192.0.2.1"}).status_code == 200
    # nor is an API key ever throttled by passwords
    assert site.client.get("/api/v1/groups/north/rulesets", headers=site.north,
                           environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 200


def test_a_locked_attempt_is_refused_before_the_password_is_hashed(site):
    """While locked, the stored hash is not even looked at: a hash werkzeug cannot read
    (it would raise, a 500) still gives the 429."""
    lock(site)
    with site.store.write() as session:
        session.execute(update(User).where(User.username == "mei")
                        .values(password_hash="no-such-method$salt$hash"))
    for password in ("mei-password", "anything"):
        answer = site.client.get("/api/v1/groups", headers=basic("mei", password))
        assert answer.status_code == 429


def test_many_user_names_from_one_address_are_throttled_too(site):
    codes = [site.client.get("/api/v1/groups", headers=basic(f"guess{i}", "wrong"),
                             environ_base={"REMOTE_ADDR": "203.0.113.5"}).status_code
             for i in range(21)]
    assert codes[:19] == [401] * 19 and codes[19:] == [429, 429]
    assert site.client.get("/api/v1/groups", headers=site.users["mei"],
                           environ_base={"REMOTE_ADDR": "203.0.113.5"}).status_code == 429
    assert site.client.get("/api/v1/groups", headers=site.users["mei"]).status_code == 200


def test_a_one_time_password_opens_no_api_call(site):
    with site.store.write() as session:
        accounts.create_user(session, Actor("test"), "new.colleague", "given-once-123",
                             one_time=True)
        accounts.grant_role(session, Actor("test"), "new.colleague", "viewer", "north")
    refused = site.client.get("/api/v1/groups", headers=basic("new.colleague", "given-once-123"))
    assert refused.status_code == 403 and refused.json["code"] == "one_time_password"
    assert "/admin/login" in refused.json["title"]
    with site.store.write() as session:
        accounts.set_password(session, Actor("new.colleague"), "new.colleague",
                              "chosen-by-me-456", action="password_changed")
    assert site.client.get("/api/v1/groups",
                           headers=basic("new.colleague", "chosen-by-me-456")).status_code == 200


def test_remembered_credentials_end_with_the_password(site):
    """A right password is remembered by the worker (no scrypt per request), never the
    password itself, and only while the stored password is the same."""
    assert site.client.get("/api/v1/groups", headers=site.users["li"]).status_code == 200
    assert all(b"li-password" not in token for token in password_checks._verified)
    assert site.client.get("/api/v1/groups", headers=site.users["li"]).status_code == 200
    with site.store.write() as session:
        accounts.set_password(session, Actor("test"), "li", "li-new-password-1")
    assert site.client.get("/api/v1/groups", headers=site.users["li"]).status_code == 401
    assert site.client.get("/api/v1/groups",
                           headers=basic("li", "li-new-password-1")).status_code == 200


def test_a_right_password_clears_the_count_even_when_remembered(site):
    assert site.client.get("/api/v1/groups", headers=site.users["wang"]).status_code == 200
    for _ in range(3):
        for _ in range(4):                                    # one short of the lock, ...
            assert site.client.get("/api/v1/groups",
                                   headers=basic("wang", "wrong")).status_code == 401
        # ... then the right one (remembered by this worker): counting starts afresh
        assert site.client.get("/api/v1/groups", headers=site.users["wang"]).status_code == 200
