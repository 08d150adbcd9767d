"""The connection to the store: SQLite (default, one file) or PostgreSQL (by URL).

``Store(url)`` makes the engine; ``store.write()`` and ``store.read()`` give a Session in
one transaction (committed at the end, rolled back on error). On SQLite the file runs in
WAL mode with foreign keys on, and a write transaction starts with ``BEGIN IMMEDIATE`` so
two writers queue for the lock instead of failing half-way. ``store.upgrade()`` runs the
Alembic migrations shipped in ``core/store/migrations``.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ..messages import Message
from .errors import NotStorable
from .schema import StoreState

MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@event.listens_for(Session, "before_flush")
def _refuse_nul(session: Session, _context, _instances) -> None:
    """No text with a NUL character is written, on either database (see NotStorable)."""
    for row in list(session.new) + list(session.dirty):
        for attribute in inspect(row).mapper.column_attrs:
            value = getattr(row, attribute.key, None)
            if isinstance(value, str) and "\x00" in value:
                raise NotStorable(Message("not_storable", detail=f"{row.__tablename__}."
                                          f"{attribute.key}: a NUL character"))


class Store:
    """The ruleset store. Thread-safe: every call takes its own connection from the pool."""

    def __init__(self, url: str, echo: bool = False):
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                _create_private(Path(parsed.database))
            self.engine = create_engine(self.url, echo=echo,
                                        connect_args={"timeout": 30, "check_same_thread": False})
            _sqlite_setup(self.engine)
        else:
            self.engine = create_engine(self.url, echo=echo, pool_pre_ping=True,
                                        pool_size=5, max_overflow=5)

    # -- transactions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self):
        """A Session in one write transaction (SQLite: BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with Session(bind=conn, expire_on_commit=False) as session:
                with session.begin():
                    yield session

    @contextlib.contextmanager
    def read(self):
        """A Session for reading (its transaction is rolled back at the end)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    # -- the change counter the workers poll ---------------------------------------------------
    def generation(self) -> int:
        """The change counter: cheap, called every poll interval by every worker."""
        with self.engine.connect() as conn:
            return conn.execute(select(StoreState.generation).where(StoreState.id == 1)).scalar_one()

    @staticmethod
    def bump(session: Session) -> None:
        """Tell every worker that what they cache (published rulesets, keys) changed."""
        session.execute(update(StoreState).where(StoreState.id == 1)
                        .values(generation=StoreState.generation + 1))

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    # -- schema ------------------------------------------------------------------------------
    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema up to ``revision`` (Alembic)."""
        from alembic import command
        with self.engine.begin() as conn:
            command.upgrade(self.alembic_config(conn), revision)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def alembic_config(self, connection=None):
        from alembic.config import Config
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        cfg.attributes["connection"] = connection
        return cfg

    def dispose(self) -> None:
        self.engine.dispose()


def _create_private(path: Path) -> None:
    """Create the SQLite file (and its folder) readable by its owner only, before SQLite
    does (it would use 0644); its -wal and -shm files take the file's mode. An existing
    file keeps the mode it has."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _sqlite_setup(engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record):
        dbapi_connection.isolation_level = None   # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN " + conn.get_execution_options().get("sqlite_begin", ""))
