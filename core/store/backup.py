"""``db backup`` and ``db restore``: a consistent copy of a serving store, and putting one back.

A SQLite store is backed up with SQLite's online backup API into a single SQLite file (a
copy of every page as of one moment, taken while workers keep reading and writing). A
PostgreSQL store is backed up into a *portable archive* the project writes itself: a zip
holding ``manifest.json`` (format, schema revision, time, and per table its row count and
the sha256 of its file) and ``tables/<table>.jsonl`` (one JSON row a line), read in one
REPEATABLE READ snapshot. It needs no pg_dump of the server's exact version on PATH and
restores into SQLite as well as PostgreSQL. Either file is written beside its name and
renamed into place at the end, so a failed backup leaves no half file.

Restoring checks the file first (SQLite: PRAGMA integrity_check; archive: every table's
row count and sha256; both: the schema revision is one this dealer-rules knows, and every
ruleset version's content hash matches its text), then replaces the store's contents in
one transaction (core/store/portable.py): a failure leaves the store as it was. A store
that holds anything is replaced only with ``force``.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from ..messages import Message
from .database import Store
from .portable import (TABLES, DatabaseSource, DataError, dumps, from_json, head_revision,
                       known_revision, load_store)
from .rulesets import text_hash
from .schema import RulesetVersion

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
FORMAT = "dealer-rules-archive"
FORMAT_VERSION = 1


# -- backup ------------------------------------------------------------------------------------

def backup(store: Store, file) -> dict[str, int]:
    """Write a consistent backup of ``store`` to ``file``; returns {table: rows}."""
    path = Path(file)
    part = path.with_name(path.name + ".part")
    try:
        part.unlink(missing_ok=True)
        if store.dialect == "sqlite":
            counts = _sqlite_backup(store, part)
        else:
            with DatabaseSource.open(store) as source:
                counts = write_archive(source, part)
        os.replace(part, path)
    except (OSError, sqlite3.OperationalError) as exc:
        raise DataError(Message("cannot_write", file=str(path),
                                detail=getattr(exc, "strerror", None) or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return counts


def _sqlite_backup(store: Store, part: Path) -> dict[str, int]:
    raw = store.engine.raw_connection()
    try:
        target = sqlite3.connect(part)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
            return {table.name: target.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
                    for table in TABLES}
        finally:
            target.close()
    finally:
        raw.close()


def write_archive(source, part: Path) -> dict[str, int]:
    """The portable archive of ``source`` at ``part``; returns {table: rows}."""
    tables, now = {}, dt.datetime.now(dt.timezone.utc)
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            digest, count = hashlib.sha256(), 0
            entry = zipfile.ZipInfo(f"tables/{table.name}.jsonl", now.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(entry, "w") as out:
                for row in source.rows(table):
                    line = (dumps(table, row) + "\n").encode("utf-8")
                    digest.update(line)
                    out.write(line)
                    count += 1
            tables[table.name] = {"rows": count, "sha256": digest.hexdigest()}
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                    "schema_revision": source.revision,
                    "created_at": now.isoformat(),
                    "tables": tables}
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True))
    return {name: info["rows"] for name, info in tables.items()}


# -- reading a backup back ---------------------------------------------------------------------

@contextlib.contextmanager
def open_backup(file):
    """A checked source over the backup ``file`` (either kind); DataError naming what is
    wrong if it is not one or is damaged. The file itself is never changed."""
    path = Path(file)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(16)
    except OSError as exc:
        raise DataError(Message("not_an_archive", file=str(path), detail=exc.strerror or exc))
    if magic.startswith(SQLITE_MAGIC):
        with tempfile.TemporaryDirectory(prefix="dealer-rules-restore-") as tmp:
            copy = Path(tmp) / "restore.sqlite"
            shutil.copyfile(path, copy)
            with _sqlite_source(copy, str(path)) as source:
                yield source
    elif magic.startswith(ZIP_MAGIC):
        with _archive_source(path) as source:
            yield source
    else:
        raise DataError(Message("not_an_archive", file=str(path),
                                detail="neither a SQLite file nor a zip archive"))


@contextlib.contextmanager
def _sqlite_source(path: Path, where: str):
    """A checked source over (a copy of) a SQLite backup, brought to the current schema if
    it is older."""
    try:
        connection = sqlite3.connect(path)
        try:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DataError(Message("archive_damaged", file=where, detail=str(exc))) from None
    if found != ["ok"]:
        raise DataError(Message("archive_damaged", file=where, detail="; ".join(found[:5])))
    store = Store(f"sqlite:///{path}")
    try:
        revision = store.current_revision()
        if revision is None:
            raise DataError(Message("not_an_archive", file=where,
                                    detail="it holds no dealer-rules store"))
        if not known_revision(revision):
            raise DataError(Message("unknown_revision", where=where, found=revision,
                                    head=head_revision()))
        store.upgrade()
        with DatabaseSource.open(store, where) as source:
            _check_hashes(source, where)
            yield source
    finally:
        store.dispose()


class ArchiveSource:
    """The rows of a portable archive (checked when opened)."""

    def __init__(self, archive: zipfile.ZipFile, where: str):
        self.archive, self.where = archive, where
        try:
            self.manifest = json.loads(archive.read("manifest.json"))
        except (KeyError, ValueError) as exc:
            raise DataError(Message("not_an_archive", file=where,
                                    detail=f"no readable manifest.json ({exc})")) from None
        if not isinstance(self.manifest, dict) or self.manifest.get("format") != FORMAT:
            raise DataError(Message("not_an_archive", file=where,
                                    detail=f"manifest.json is not a {FORMAT}"))
        self.revision = self.manifest.get("schema_revision")

    def check(self) -> None:
        tables = self.manifest.get("tables") or {}
        for table in TABLES:
            info = tables.get(table.name)
            if not isinstance(info, dict):
                self._damaged(f"the manifest lists no table {table.name}")
            digest, count = hashlib.sha256(), 0
            try:
                with self.archive.open(f"tables/{table.name}.jsonl") as fh:
                    for line in fh:
                        digest.update(line)
                        count += 1
            except (KeyError, zipfile.BadZipFile, OSError) as exc:
                self._damaged(f"tables/{table.name}.jsonl: {exc}")
            if count != info.get("rows") or digest.hexdigest() != info.get("sha256"):
                self._damaged(f"tables/{table.name}.jsonl holds {count} rows and does not "
                              f"match its checksum in manifest.json")
        _check_hashes(self, self.where)

    def _damaged(self, detail: str):
        raise DataError(Message("archive_damaged", file=self.where, detail=detail))

    def rows(self, table):
        with self.archive.open(f"tables/{table.name}.jsonl") as fh:
            for number, line in enumerate(io.TextIOWrapper(fh, encoding="utf-8"), 1):
                try:
                    yield from_json(table, json.loads(line))
                except ValueError as exc:
                    self._damaged(f"tables/{table.name}.jsonl line {number}: {exc}")


@contextlib.contextmanager
def _archive_source(path: Path):
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise DataError(Message("archive_damaged", file=str(path), detail=str(exc))) from None
    with archive:
        source = ArchiveSource(archive, str(path))
        if not known_revision(source.revision):
            raise DataError(Message("unknown_revision", where=str(path), found=source.revision,
                                    head=head_revision()))
        if source.revision != head_revision():
            raise DataError(Message("archive_older", file=str(path), found=source.revision,
                                    head=head_revision()))
        source.check()
        yield source


def _check_hashes(source, where: str) -> None:
    """Every version's stored content hash is the sha256 of its text."""
    for row in source.rows(RulesetVersion.__table__):
        if text_hash(row["yaml"]) != row["content_hash"]:
            number = f"v{row['number']}" if row["number"] is not None else "draft"
            raise DataError(Message("archive_damaged", file=where,
                                    detail=f"ruleset version {row['id']} ({number}): its text "
                                           f"does not match its content hash"))


# -- restore -----------------------------------------------------------------------------------

def restore(store: Store, file, force: bool = False) -> dict[str, int]:
    """Replace ``store``'s contents with the backup ``file`` (checked first); returns
    {table: rows}. Nothing changes if the check fails, the store holds data and not
    ``force``, or anything goes wrong on the way."""
    with open_backup(file) as source:
        return load_store(store, source, force=force, where=Message("configured_store"))
