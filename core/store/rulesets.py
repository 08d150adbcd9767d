"""Reading rulesets and their versions, and resolving ``extends`` against the store.

A ruleset document in the store is loaded like a file, with a source label such as
``default/tiers v3`` or ``north/tiers draft`` so problems say which version they are in.
A document that names no time zone takes its dealer group's.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..messages import Message
from ..ruleset import LoadedRuleset, load_ruleset
from .errors import NotFound
from .schema import (ARCHIVED, DRAFT, MAX_NUMBER, PUBLISHED, DealerGroup, Ruleset,
                     RulesetVersion)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def label(group: str, domain: str, number: int | None) -> str:
    return f"{group}/{domain} " + (f"v{number}" if number is not None else "draft")


def load(text: str, source: str, timezone: str | None) -> LoadedRuleset:
    """Load a stored document (RulesetError if invalid); the group's zone if it names none."""
    loaded = load_ruleset(text, source)
    if loaded.document.timezone is None and timezone:
        loaded.document.timezone = timezone
    return loaded


def load_in_place(text: str, source: str, timezone: str | None, group: str,
                  domain: str) -> LoadedRuleset:
    """``load``, refusing a document that names another group or domain than the place it
    is stored at (RulesetError ``wrong_place``): what the workflow and the impact report
    compile."""
    from ..problems import Problem, RulesetError
    loaded = load(text, source, timezone)
    doc = loaded.document
    if (doc.group, doc.domain) != (group, domain):
        raise RulesetError([Problem(Message("wrong_place", found_group=doc.group,
                                            found_domain=doc.domain, group=group,
                                            domain=domain), source, 1, 1)])
    return loaded


def head(session: Session, group: str, domain: str) -> Ruleset | None:
    return session.scalar(select(Ruleset).where(Ruleset.group_id == group,
                                                Ruleset.domain == domain))


def require_head(session: Session, group: str, domain: str) -> Ruleset:
    found = head(session, group, domain)
    if found is None:
        raise NotFound(Message("no_ruleset", group=group, domain=domain))
    return found


def draft_of(session: Session, ruleset: Ruleset) -> RulesetVersion | None:
    return session.scalar(select(RulesetVersion).where(RulesetVersion.ruleset_id == ruleset.id,
                                                       RulesetVersion.state == DRAFT))


def published_of(session: Session, ruleset: Ruleset) -> RulesetVersion | None:
    return session.scalar(select(RulesetVersion).where(RulesetVersion.ruleset_id == ruleset.id,
                                                       RulesetVersion.state == PUBLISHED))


def version_of(session: Session, ruleset: Ruleset, number: int) -> RulesetVersion:
    found = None if not (isinstance(number, int) and 1 <= number <= MAX_NUMBER) else session.scalar(
        select(RulesetVersion).where(RulesetVersion.ruleset_id == ruleset.id,
                                     RulesetVersion.number == number))
    if found is None:
        raise NotFound(Message("no_version", group=ruleset.group_id, domain=ruleset.domain,
                               version=number))
    return found


def next_number(session: Session, ruleset: Ruleset) -> int:
    top = session.scalar(select(func.max(RulesetVersion.number))
                         .where(RulesetVersion.ruleset_id == ruleset.id))
    return (top or 0) + 1


def history(session: Session, group: str, domain: str) -> list[RulesetVersion]:
    """Published and archived versions, newest first (the draft is not a version)."""
    ruleset = require_head(session, group, domain)
    return list(session.scalars(
        select(RulesetVersion).where(RulesetVersion.ruleset_id == ruleset.id,
                                     RulesetVersion.state.in_((PUBLISHED, ARCHIVED)))
        .order_by(RulesetVersion.number.desc())))


@dataclass
class Overview:
    group: str
    domain: str
    revision: int
    published: int | None
    published_hash: str | None
    draft: bool


def overview(session: Session, group: str) -> list[Overview]:
    """Each domain the group has a ruleset for: its published version and draft."""
    out = []
    for ruleset in session.scalars(select(Ruleset).where(Ruleset.group_id == group)
                                   .order_by(Ruleset.domain)):
        pub = published_of(session, ruleset)
        out.append(Overview(group, ruleset.domain, ruleset.revision, pub.number if pub else None,
                            pub.content_hash if pub else None,
                            draft_of(session, ruleset) is not None))
    return out


@dataclass
class PublishedRow:
    group: str
    domain: str
    number: int
    yaml: str
    content_hash: str
    timezone: str


def all_published(session: Session) -> list[PublishedRow]:
    rows = session.execute(
        select(Ruleset.group_id, Ruleset.domain, RulesetVersion.number, RulesetVersion.yaml,
               RulesetVersion.content_hash, DealerGroup.timezone)
        .join(RulesetVersion, RulesetVersion.ruleset_id == Ruleset.id)
        .join(DealerGroup, DealerGroup.id == Ruleset.group_id)
        .where(RulesetVersion.state == PUBLISHED))
    return [PublishedRow(*row) for row in rows]


@dataclass
class StoreLookup:
    """``lookup(group, domain)`` for core.layering.resolve, reading the store: a base's
    published version, or its draft first when ``prefer_drafts`` (True: every base's; a
    set: only those groups' drafts, the ones the caller may read). ``overrides`` stand in
    for stored documents (a candidate being checked); ``used`` records what was read.
    It carries the store's ``may_extend`` policy (core/tenancy.py), so whatever resolves
    with it sees only the groups a ruleset may extend."""
    session: Session
    prefer_drafts: bool | frozenset | set = False
    overrides: dict = field(default_factory=dict)
    used: list = field(default_factory=list)
    _family: object = None

    def may_extend(self, child: str, base: str) -> bool:
        if self._family is None:
            from .groups import family
            self._family = family(self.session)
        return self._family.may_extend(child, base)

    def _wants_draft(self, group: str) -> bool:
        return self.prefer_drafts is True or (
            not isinstance(self.prefer_drafts, bool) and group in self.prefer_drafts)

    def __call__(self, group: str, domain: str) -> LoadedRuleset | None:
        if (group, domain) in self.overrides:
            return self.overrides[(group, domain)]
        ruleset = head(self.session, group, domain)
        if ruleset is None:
            return None
        row = draft_of(self.session, ruleset) if self._wants_draft(group) else None
        row = row or published_of(self.session, ruleset)
        if row is None:
            return None
        zone = self.session.get(DealerGroup, group).timezone
        self.used.append((group, domain, row.number))
        return load(row.yaml, label(group, domain, row.number), zone)
