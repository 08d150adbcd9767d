"""``db copy --to URL``: move a whole store to another database (SQLite to PostgreSQL).

Everything is copied with its ids: groups, every version with its number, author, times
and hash, drafts, the audit log, users with their password hashes and roles, API keys as
hashes, login locks and rule hit counts. The source is read in one snapshot (it may keep
serving, though writes made after the snapshot are not copied: stop writes first), the
target is replaced in one transaction (core/store/portable.py) and refused if it holds
anything unless ``force``. Afterwards the two are compared: the rows of every table and
every version's number, state and hash.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from ..messages import Message
from .database import Store, normalise_url
from .portable import DatabaseSource, DataError, load_store, published_hashes


@dataclass
class CopyReport:
    rows: dict          # {table: rows copied}
    versions: int       # ruleset versions compared by number, state and hash


def copy_store(source: Store, target_url: str, force: bool = False) -> CopyReport:
    """Copy ``source`` into the store at ``target_url``; DataError if refused or if the
    target differs from the source afterwards."""
    if _same(source.url, target_url):
        raise DataError(Message("same_store"))
    target = Store(target_url)
    where = Message("target_store", url=printable_url(target_url))
    try:
        with DatabaseSource.open(source) as snapshot:
            rows = load_store(target, snapshot, force=force, where=where)
            expected = published_hashes(snapshot.connection)
            counts = snapshot.counts()
        with DatabaseSource.open(target, where) as copied:
            found, found_counts = published_hashes(copied.connection), copied.counts()
        for table, count in counts.items():
            if found_counts.get(table) != count:
                raise DataError(Message("copy_differs", what=f"the rows of {table}",
                                        source=count, target=found_counts.get(table)))
        if found != expected:
            raise DataError(Message("copy_differs", what="the ruleset versions",
                                    source=len(expected), target=len(found)))
        return CopyReport(rows, len(found))
    finally:
        target.dispose()


def _same(a: str, b: str) -> bool:
    return make_url(normalise_url(a)) == make_url(normalise_url(b))


def printable_url(url: str) -> str:
    """The URL without its password, to print."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)
