"""The audit log: who did what, when, to which ruleset, and the hashes before and after.

Only ``record`` writes it, always inside the transaction that makes the change, so an
audited change and its entry are committed together or not at all. Nothing updates or
deletes an entry (the database refuses it too, see the first migration).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .schema import MAX_NUMBER, AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who acts: ``user:alice``, ``key:drk_ab12cd34`` or ``system``; and the request."""
    name: str
    request_id: str | None = None


SYSTEM = Actor("system")

#: what happens to a person's account rather than in one group (recorded without a group):
#: a group's administrators see these for the people of their group (``entries(accounts=)``)
ACCOUNT_ACTIONS = ("login", "logout", "login_failed", "login_locked", "login_refused_locked",
                   "password_changed", "password_change_refused")


def record(session: Session, actor: Actor, action: str, group: str | None = None,
           domain: str | None = None, version: int | None = None, before: str | None = None,
           after: str | None = None, **detail) -> AuditEntry:
    entry = AuditEntry(actor=actor.name, action=action, group_id=group, domain=domain,
                       version=version, before_hash=before, after_hash=after, detail=detail,
                       request_id=actor.request_id)
    session.add(entry)
    return entry


def entries(session: Session, group: str | None = None, domain: str | None = None,
            action: str | None = None, limit: int = 100, before_id: int | None = None,
            actor: str | None = None, since: dt.datetime | None = None,
            until: dt.datetime | None = None,
            accounts: list[str] | None = None) -> list[AuditEntry]:
    """Newest first; ``before_id`` pages backwards; ``since``/``until`` bound ``at``
    (``until`` excluded). ``accounts``: actor names (``user:alice``) whose sign-ins,
    failed sign-ins, lock-outs and password changes (``ACCOUNT_ACTIONS``, recorded without a
    group) are listed with ``group``'s entries: a group's administrators see their people's."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if group is not None and accounts:
        query = query.where((AuditEntry.group_id == group) | (
            AuditEntry.group_id.is_(None) & AuditEntry.action.in_(ACCOUNT_ACTIONS)
            & AuditEntry.actor.in_(accounts)))
    elif group is not None:
        query = query.where(AuditEntry.group_id == group)
    if domain is not None:
        query = query.where(AuditEntry.domain == domain)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if before_id is not None and before_id <= MAX_NUMBER:   # above it: every entry is before
        query = query.where(AuditEntry.id < before_id)
    return list(session.scalars(query))


def known_values(session: Session, group: str) -> dict[str, list[str]]:
    """The actors, actions and domains found in ``group``'s entries (for filter menus)."""
    out = {}
    for name, column in (("actors", AuditEntry.actor), ("actions", AuditEntry.action),
                         ("domains", AuditEntry.domain)):
        rows = session.scalars(select(column).where(AuditEntry.group_id == group,
                                                    column.is_not(None)).distinct())
        out[name] = sorted(rows)
    return out
