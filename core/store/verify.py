"""``db verify``: is this store sound? Run after a restore, a copy or a crash, or on a schedule.

Checks, each reported as one line: the database's own integrity (SQLite: PRAGMA
integrity_check and foreign_key_check; PostgreSQL checks its pages itself), the schema at
the newest migration, every stored version's content hash recomputed from its text, and
every published ruleset compiling against the store (``extends`` resolved as the service
resolves it) with the plugins given.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..compile import compile_ruleset
from ..layering import resolve
from ..messages import Message
from ..problems import RulesetError
from ..registry import Registry
from . import rulesets
from .database import Store
from .portable import head_revision
from .schema import Ruleset, RulesetVersion


@dataclass
class Finding:
    """One line of the report: what was checked, and whether it holds."""
    ok: bool
    subject: str
    detail: object = ""     # a Message or a RulesetError, rendered in the reader's language

    def render(self, lang: str = "en") -> str:
        detail = self.detail.render(lang) if hasattr(self.detail, "render") else str(self.detail)
        return f"{'ok     ' if self.ok else 'PROBLEM'} {self.subject}" + \
            (f": {detail}" if detail else "")


def verify_store(store: Store, registry: Registry) -> list[Finding]:
    findings = [_integrity(store)]
    revision, head = store.current_revision(), head_revision()
    findings.append(Finding(revision == head, "schema",
                            Message("verify_schema_ok", revision=revision) if revision == head
                            else Message("verify_schema_old", revision=revision, head=head)))
    if revision != head:
        return findings
    with store.read() as session:
        for version, group, domain in session.execute(
                select(RulesetVersion, Ruleset.group_id, Ruleset.domain)
                .join(Ruleset, Ruleset.id == RulesetVersion.ruleset_id)
                .order_by(Ruleset.group_id, Ruleset.domain, RulesetVersion.id)):
            if rulesets.text_hash(version.yaml) != version.content_hash:
                findings.append(Finding(False, rulesets.label(group, domain, version.number),
                                        Message("verify_hash_bad",
                                                hash=version.content_hash[:12])))
        checked = sum(1 for f in findings[2:] if not f.ok)
        count = session.scalar(select(func.count()).select_from(RulesetVersion))
        if not checked:
            findings.append(Finding(True, "content hashes",
                                    Message("verify_hashes_ok", count=count)))
        for row in sorted(rulesets.all_published(session), key=lambda r: (r.group, r.domain)):
            subject = rulesets.label(row.group, row.domain, row.number)
            try:
                lookup = rulesets.StoreLookup(session)
                loaded = rulesets.load(row.yaml, subject, row.timezone)
                compile_ruleset(resolve(loaded, lookup), registry).close()
            except RulesetError as exc:
                findings.append(Finding(False, subject, exc))
                continue
            findings.append(Finding(True, subject,
                                    Message("verify_compiles", hash=row.content_hash[:12])))
    return findings


def _integrity(store: Store) -> Finding:
    if store.dialect != "sqlite":
        alive = store.ping()
        return Finding(alive, "database",
                       Message("verify_pg_ok" if alive else "verify_pg_down"))
    with store.engine.connect() as conn:
        found = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if found != ["ok"]:
        return Finding(False, "database",
                       Message("verify_sqlite_bad", detail="; ".join(found[:5])))
    if orphans:
        return Finding(False, "database", Message("verify_orphans", count=len(orphans),
                                                  table=orphans[0][0]))
    return Finding(True, "database", Message("verify_sqlite_ok"))
