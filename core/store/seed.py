"""A fresh store's first contents: the shipped rulesets and one admin account.

``seed_rulesets`` publishes every ruleset file under a directory (by default the installed
``rulesets/`` package: group ``default`` and the example groups) as version 1 of its
(group, domain), creating the groups; a (group, domain) the store already has is left
alone, so running it again changes nothing. ``ensure_admin`` creates the ``admin`` user
with a random password when the store has no user at all, and returns that password once.
"""
from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import func, select

from ..problems import RulesetError
from ..ruleset import load_ruleset
from ..tenancy import SHARED
from . import audit, rulesets
from .accounts import create_user, grant_role, one_time_password
from .database import Store
from .groups import create_group
from .schema import PUBLISHED, DealerGroup, Ruleset, RulesetVersion, User, utcnow

log = logging.getLogger(__name__)


def seed_rulesets(store: Store, directory: Path, actor: audit.Actor = audit.SYSTEM) -> list[str]:
    """Publish each ruleset file under ``directory`` the store does not have yet; returns
    the ``group/domain`` labels seeded."""
    seeded = []
    files = sorted(p for p in Path(directory).rglob("*") if p.suffix in (".yaml", ".yml"))
    with store.write() as session:
        for file in files:
            text = file.read_text(encoding="utf-8")
            try:
                doc = load_ruleset(text, str(file)).document
            except RulesetError as exc:
                log.error("not seeding %s: %s", file, exc)
                continue
            if session.get(DealerGroup, doc.group) is None:
                # the operator's own files: a group they create that extends another
                # group is declared its child (core/tenancy.py), the parent made if need be
                parent = doc.extends if doc.extends not in (None, SHARED) else None
                if parent is not None and session.get(DealerGroup, parent) is None:
                    create_group(session, actor, parent, parent,
                                 timezone=doc.timezone or "Asia/Shanghai")
                create_group(session, actor, doc.group, doc.group,
                             timezone=doc.timezone or "Asia/Shanghai", parent=parent)
            if rulesets.head(session, doc.group, doc.domain) is not None:
                continue
            ruleset = Ruleset(group_id=doc.group, domain=doc.domain, revision=1)
            session.add(ruleset)
            session.flush()
            now = utcnow()
            version = RulesetVersion(
                ruleset_id=ruleset.id, number=1, state=PUBLISHED, yaml=text,
                content_hash=rulesets.text_hash(text), author=actor.name,
                comment=f"shipped: {file.name}", created_at=now, updated_at=now,
                published_at=now, published_by=actor.name)
            session.add(version)
            session.flush()
            audit.record(session, actor, "seeded", doc.group, doc.domain, 1, None,
                         version.content_hash, file=file.name)
            seeded.append(f"{doc.group}/{doc.domain}")
        if seeded:
            Store.bump(session)
    return seeded


def ensure_admin(store: Store, username: str = "admin") -> str | None:
    """Create ``username`` (admin of every group) if the store has no user; returns the
    one-time password, or None when users exist already."""
    with store.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            return None
        password = one_time_password()
        create_user(session, audit.SYSTEM, username, password, "Administrator", one_time=True)
        grant_role(session, audit.SYSTEM, username, "admin", None)
        return password
