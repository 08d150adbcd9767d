"""A whole store as rows: read from one database, written into another in one transaction.

What ``db backup`` (on PostgreSQL), ``db restore`` and ``db copy`` share. A *source* is
anything with a ``revision`` (its Alembic schema revision) and ``rows(table)`` giving each
row of a table as a dict of Python values: a database read in one snapshot
(``DatabaseSource``), or a backup archive (core/store/backup.py). ``load_store`` replaces
everything in a target store with a source's rows, inside one transaction: the target's
tables are dropped and made again by the migrations, every row is inserted, PostgreSQL's id
sequences are moved past the copied ids and the change counter is bumped so running
workers reload. If anything fails the transaction rolls back and the target is as it was.

Rows keep their ids, so versions keep their numbers, authors and times, users their
password hashes, keys their hashes, the audit log its order.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json

from sqlalchemy import Integer, func, inspect, select, text
from sqlalchemy.engine import Connection

from ..messages import Message
from .database import MIGRATIONS, Store
from .errors import StoreError
from .schema import Base, RulesetVersion, UTCDateTime

#: every table in the order rows can be inserted (a row's foreign keys come first)
TABLES = tuple(Base.metadata.sorted_tables)
BATCH = 500


class DataError(StoreError):
    """A store or archive cannot be backed up, restored, copied or exported as asked."""


def _migrations():
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    """The newest schema revision this dealer-rules knows."""
    return _migrations().get_current_head()


def known_revision(revision: str | None) -> bool:
    from alembic.util import CommandError
    if revision is None:
        return False
    try:
        return _migrations().get_revision(revision) is not None
    except CommandError:
        return False


def require_head(revision: str | None, where: str) -> None:
    head = head_revision()
    if revision != head:
        if not known_revision(revision):
            raise DataError(Message("unknown_revision", where=where, found=revision, head=head))
        raise DataError(Message("not_at_head", where=where, found=revision, head=head))


# -- values <-> JSON ----------------------------------------------------------------------------

def to_json(table, row: dict) -> dict:
    """A row as JSON values (date-times as ISO 8601 in UTC)."""
    return {key: value.isoformat() if isinstance(value, dt.datetime) else value
            for key, value in row.items()}


def from_json(table, row: dict) -> dict:
    out = dict(row)
    for column in table.columns:
        value = out.get(column.key)
        if isinstance(column.type, UTCDateTime) and isinstance(value, str):
            out[column.key] = dt.datetime.fromisoformat(value)
    return out


def dumps(table, row: dict) -> str:
    return json.dumps(to_json(table, row), ensure_ascii=False, sort_keys=True)


# -- reading -------------------------------------------------------------------------------------

class DatabaseSource:
    """Every table of a store read in one transaction (one consistent snapshot: SQLite's
    read transaction in WAL mode, PostgreSQL's REPEATABLE READ), while it keeps serving."""

    def __init__(self, connection: Connection, where: str):
        self.connection, self.where = connection, where
        self.revision = connection.execute(text("SELECT version_num FROM alembic_version")) \
            .scalar() if inspect(connection).has_table("alembic_version") else None

    @classmethod
    @contextlib.contextmanager
    def open(cls, store: Store, where=None):
        with store.engine.connect() as conn:
            if store.dialect == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ",
                                              postgresql_readonly=True)
            with conn.begin():
                source = cls(conn, where or Message("configured_store"))
                if source.revision is not None:
                    # start the snapshot now: every table is read as of this moment
                    conn.execute(select(func.count()).select_from(TABLES[0]))
                yield source

    def rows(self, table):
        query = table.select().order_by(*table.primary_key.columns)
        for row in self.connection.execute(query).mappings():
            yield dict(row)

    def counts(self) -> dict[str, int]:
        return {t.name: self.connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in TABLES}


def published_hashes(connection: Connection) -> list[tuple]:
    """(ruleset id, number, state, content hash) of every version, to compare two stores."""
    return [tuple(row) for row in connection.execute(
        select(RulesetVersion.ruleset_id, RulesetVersion.number, RulesetVersion.state,
               RulesetVersion.content_hash).order_by(RulesetVersion.id))]


# -- writing -------------------------------------------------------------------------------------

def emptiness(connection: Connection) -> str | None:
    """None if the store holds nothing of value; else what it holds (e.g. "3 users")."""
    found = []
    existing = set(inspect(connection).get_table_names())
    for table in TABLES:
        if table.name == "store_state" or table.name not in existing:
            continue
        count = connection.execute(select(func.count()).select_from(table)).scalar_one()
        if count:
            found.append(f"{count} {table.name}")
    return ", ".join(found) or None


def load_store(target: Store, source, force: bool = False, where=None) -> dict:
    """Replace everything in ``target`` with ``source``'s rows in one transaction; returns
    {table: rows copied}. DataError (nothing changed) if the target holds data and not
    ``force``."""
    from alembic import command
    require_head(source.revision, source.where)
    copied = {}
    with target.engine.begin() as conn:
        held = emptiness(conn)
        if held and not force:
            raise DataError(Message("store_not_empty", where=where or Message("configured_store"),
                                    detail=held))
        _drop_everything(conn)
        command.upgrade(target.alembic_config(conn), "head")
        conn.execute(text("DELETE FROM store_state"))
        for table in TABLES:
            copied[table.name] = _insert(conn, table, source.rows(table))
        if conn.dialect.name == "postgresql":
            _move_sequences(conn)
        conn.execute(text("UPDATE store_state SET generation = generation + 1"))
    return copied


def _insert(conn: Connection, table, rows) -> int:
    count, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            conn.execute(table.insert(), batch)
            count, batch = count + len(batch), []
    if batch:
        conn.execute(table.insert(), batch)
        count += len(batch)
    return count


def _drop_everything(conn: Connection) -> None:
    """The store's tables, the migrations' bookkeeping and PostgreSQL's audit trigger
    function (DROP TABLE is not refused by the audit log's row triggers)."""
    Base.metadata.drop_all(conn)
    conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    if conn.dialect.name == "postgresql":
        conn.execute(text("DROP FUNCTION IF EXISTS audit_log_append_only()"))


def _move_sequences(conn: Connection) -> None:
    for table in TABLES:
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not isinstance(columns[0].type, Integer) \
                or table.name == "store_state":
            continue
        name = columns[0].name
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{name}'), "
            f"coalesce(max({name}), 1), max({name}) IS NOT NULL) FROM {table.name}"))
