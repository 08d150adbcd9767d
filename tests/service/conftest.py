"""Fixtures of the service tests: a migrated store on SQLite and on PostgreSQL, the sample
rulesets seeded into it, the workflow over it.

PostgreSQL: see tests/support/databases.py. Each test gets its own schema, dropped
afterwards.
"""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from dealer_rules.core.store import Store, Workflow, accounts
from dealer_rules.core.store.seed import seed_rulesets
from support.databases import PG_URL, make_database_url, pg_unavailable  # noqa: F401 - re-exported

from support.service import RULESETS, basic  # noqa: F401 - for the fixtures below


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """scrypt costs a quarter of a second per hash: too slow for dozens of test users."""
    monkeypatch.setattr(accounts, "PASSWORD_METHOD", "pbkdf2:sha256:1000")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    url, cleanup = make_database_url(request.param, tmp_path)
    yield url
    cleanup()


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    store.upgrade()
    yield store
    store.dispose()


@pytest.fixture
def seeded(store):
    """The store with the sample rulesets (default/visit, north/visit extends default)."""
    seed_rulesets(store, RULESETS)
    return store


@pytest.fixture
def workflow(seeded, registry, evaluator):
    return Workflow(seeded, registry, evaluator)


# -- the web app ------------------------------------------------------------------------------

from dealer_rules.core.store import Actor, accounts
from dealer_rules.core.store.seed import ensure_admin


class Site:
    """A seeded store with an app over it, and credentials of every kind."""

    def __init__(self, store, app):
        self.store, self.app = store, app
        self.client = app.test_client()
        password = ensure_admin(store)
        self.admin = basic("admin", password)
        with store.write() as session:
            # as if the admin had changed the one-time password (it opens no API call)
            accounts.set_password(session, Actor("test"), "admin", password)
            for name, role, group in (("mei", "editor", "north"), ("li", "publisher", "north"),
                                      ("wang", "viewer", "default")):
                accounts.create_user(session, Actor("test"), name, f"{name}-password")
                accounts.grant_role(session, Actor("test"), name, role, group)
            _, north = accounts.create_api_key(session, Actor("test"), "north", "north tablets",
                                               ["evaluate", "read", "dry_run"])
            _, default = accounts.create_api_key(session, Actor("test"), "default", "hq",
                                                 ["evaluate"])
        self.users = {n: basic(n, f"{n}-password") for n in ("mei", "li", "wang")}
        self.north = {"Authorization": f"Bearer {north}"}
        self.default = {"Authorization": f"Bearer {default}"}
        self.refresh()

    @property
    def services(self):
        return self.app.extensions["dealer_rules"]

    def refresh(self):
        """What the refresher thread does every half second, now."""
        self.services.refresher.poll_once()


@contextlib.contextmanager
def open_site(kind: str, tmp_path, **settings):
    """A Site over a seeded store of ``kind`` (sqlite / postgresql), the app made with
    ``settings`` over the tests' own; closed and removed afterwards."""
    from dealer_rules.web import create_app
    url, cleanup = make_database_url(kind, tmp_path)
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, RULESETS)
    app = create_app({"DATABASE_URL": url, "PLUGINS": "support.sample_plugin",
                      "START_REFRESHER": False, "MAX_BODY_BYTES": 256 * 1024, **settings})
    try:
        yield Site(store, app)
    finally:
        app.extensions["dealer_rules"].close()
        store.dispose()
        cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, tmp_path):
    """The API over a seeded store on SQLite, then on PostgreSQL."""
    with open_site(request.param, tmp_path) as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgresql"])
def site_with(request, tmp_path):
    """``site_with(**settings)``: a site like ``site`` whose app has these settings too."""
    with contextlib.ExitStack() as stack:
        yield lambda **settings: stack.enter_context(open_site(request.param, tmp_path, **settings))
