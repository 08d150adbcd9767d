"""Warnings for a child group whose base changed under it: read from its audit log.

When a base group publishes (or rolls back), every published ruleset extending it gets a
``base_changed`` audit entry saying whether its own test cases still pass
(core/store/workflow.py). A (group, domain) needs attention while its newest such entry
failed and it has not published since: that is what the admin's pages warn about.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .schema import AuditEntry

SETTLING = ("published", "rolled_back", "base_changed")


def broken_by_base(session: Session, group: str, domain: str | None = None) -> list[AuditEntry]:
    """The failing ``base_changed`` entries still standing for ``group`` (one per domain,
    newest first); only ``domain``'s if given."""
    newest = select(func.max(AuditEntry.id)).where(
        AuditEntry.group_id == group, AuditEntry.action.in_(SETTLING)).group_by(AuditEntry.domain)
    if domain is not None:
        newest = newest.where(AuditEntry.domain == domain)
    rows = session.scalars(select(AuditEntry).where(AuditEntry.id.in_(newest))
                           .order_by(AuditEntry.id.desc()))
    return [e for e in rows
            if e.action == "base_changed" and not (e.detail or {}).get("ok", True)]
