"""Fixtures of the service tests: a migrated store on SQLite and on PostgreSQL, the sample
rulesets seeded into it, the workflow over it.

PostgreSQL is the one at 127.0.0.1:5432 (database ``test``, trust auth), or
``DEALER_RULES_TEST_PG`` (a URL). Each test gets its own schema, dropped afterwards; if the
server is not reachable the PostgreSQL half is skipped, saying why.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from core.store import Store, Workflow, accounts
from core.store.seed import seed_rulesets

SUPPORT = Path(__file__).parent.parent / "support"
RULESETS = SUPPORT / "rulesets"
PG_URL = os.environ.get("DEALER_RULES_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")
_pg_state: dict = {}


def pg_unavailable() -> str | None:
    """Why PostgreSQL cannot be used (None: it can); asked once per run."""
    if "why" not in _pg_state:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            _pg_state["why"] = None
        except Exception as exc:  # any failure to connect means: skip, and say why
            _pg_state["why"] = f"PostgreSQL at {PG_URL} not reachable: {type(exc).__name__}: {exc}"
            print("\n" + _pg_state["why"])
    return _pg_state["why"]


def make_database_url(kind: str, tmp_path: Path):
    """(url, cleanup) of an empty database of ``kind`` (sqlite / postgresql)."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}", lambda: None
    why = pg_unavailable()
    if why:
        pytest.skip(why)
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def cleanup():
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return f"{PG_URL}?options=-csearch_path%3D{schema}", cleanup


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

import base64

from core.store import Actor, accounts
from core.store.seed import ensure_admin


def basic(username: str, password: str) -> dict:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


class Site:
    """A seeded store with an app over it, and credentials of every kind."""

    def __init__(self, store, app):
        self.store, self.app = store, app
        self.client = app.test_client()
        self.admin = basic("admin", ensure_admin(store))
        with store.write() as session:
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


@pytest.fixture
def site(tmp_path):
    from web import create_app
    url, cleanup = make_database_url("sqlite", tmp_path)
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, RULESETS)
    app = create_app({"DATABASE_URL": url, "PLUGINS": "support.sample_plugin",
                      "START_REFRESHER": False, "MAX_BODY_BYTES": 256 * 1024})
    yield Site(store, app)
    app.extensions["dealer_rules"].close()
    store.dispose()
    cleanup()
