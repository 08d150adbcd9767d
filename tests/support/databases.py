"""Databases for tests that run on both engines: a SQLite file, or a schema of its own in
the PostgreSQL at 127.0.0.1:5432 (database ``test``, trust auth), or ``DEALER_RULES_TEST_PG``
(a URL). If the server is not reachable the PostgreSQL half is skipped, saying why."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

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
