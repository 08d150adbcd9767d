"""Fixtures of the admin tests (imported by each test module: a conftest.py here would
take the name ``conftest`` that other test folders import their helpers from): a store with the shipped rulesets and two dealer groups
(华东 huadong, zh-CN, extends default; 北方 beifang), users of every role, and a test
client that signs in through the login form with its CSRF token, like a browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dealer_rules.core.cli import shipped_rulesets
from dealer_rules.core.store import Actor, Store, accounts, groups
from dealer_rules.core.store.seed import ensure_admin, seed_rulesets
from support.databases import make_database_url

DATA = Path(__file__).parent / "data"
SETUP = Actor("test-setup")

#: user name -> (role, group); every password is "<name>-password"
USERS = {
    "mei": ("publisher", "huadong"),     # the service manager of the story
    "lin": ("editor", "huadong"),
    "chen": ("viewer", "huadong"),
    "zhao": ("publisher", "beifang"),    # another group
}


def prepare_store(url: str) -> str:
    """Migrate and fill a store; returns the admin's password. Passwords are hashed
    cheaply (pbkdf2, 1000 rounds): the hash names its method, so a server verifies them
    as fast."""
    accounts.PASSWORD_METHOD = "pbkdf2:sha256:1000"
    store = Store(url)
    try:
        store.upgrade()
        with store.write() as session:
            groups.create_group(session, SETUP, "huadong", "华东汽车集团", "zh-CN")
            groups.create_group(session, SETUP, "beifang", "北方汽车集团", "zh-CN")
            groups.create_group(session, SETUP, "west", "West Coast Motors", "en")
        seed_rulesets(store, shipped_rulesets())
        seed_rulesets(store, DATA)
        password = ensure_admin(store)
        with store.write() as session:
            # as if the admin had changed the one-time password at the first sign-in
            accounts.set_password(session, SETUP, "admin", password)
            for name, (role, group) in USERS.items():
                accounts.create_user(session, SETUP, name, f"{name}-password",
                                     {"mei": "王美", "zhao": "赵强"}.get(name, name))
                accounts.grant_role(session, SETUP, name, role, group)
        return password
    finally:
        store.dispose()


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """scrypt costs a quarter of a second per hash: too slow for many sign-ins."""
    monkeypatch.setattr(accounts, "PASSWORD_METHOD", "pbkdf2:sha256:1000")


TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Admin:
    """The app and a client that behaves like a browser (cookies, CSRF tokens)."""

    def __init__(self, app, store, admin_password):
        self.app, self.store, self.admin_password = app, store, admin_password
        self.client = app.test_client()

    @property
    def services(self):
        return self.app.extensions["dealer_rules"]

    def token(self, path="/admin/login") -> str:
        page = self.client.get(path)
        return TOKEN.search(page.get_data(as_text=True)).group(1)

    def login(self, username, password=None, lang=None):
        self.client = self.app.test_client()
        token = self.token()
        response = self.client.post("/admin/login", data={
            "username": username, "password": password or f"{username}-password",
            "csrf_token": token, **({"lang": lang} if lang else {})})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    def post(self, path, data=None, page=None, **kwargs):
        """POST a form with the token of the page the user was on."""
        data = dict(data or {})
        data.setdefault("csrf_token", self.token(page or path))
        return self.client.post(path, data=data, **kwargs)

    def get(self, path, **kwargs):
        return self.client.get(path, **kwargs)

    def text(self, path) -> str:
        response = self.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response.get_data(as_text=True)

    def refresh(self):
        self.services.refresher.poll_once()


@pytest.fixture(params=["sqlite", "postgresql"])
def admin(request, tmp_path):
    """The admin over a store on SQLite, then on PostgreSQL (a schema of its own)."""
    from dealer_rules.web import create_app
    url, cleanup = make_database_url(request.param, tmp_path)
    password = prepare_store(url)
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SECRET_KEY": "test",
                      "LOGIN_MAX_FAILURES": 3, "LOGIN_LOCK_SECONDS": 600})
    store = app.extensions["dealer_rules"].store
    yield Admin(app, store, password)
    app.extensions["dealer_rules"].close()
    cleanup()
