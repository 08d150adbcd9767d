"""Dealer groups: the tenants. A group's id is the ``group:`` of its rulesets; its
``parent`` (set when it is added) is the group whose rulesets its own may extend
(core/tenancy.py)."""
from __future__ import annotations

import zoneinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..messages import Message
from ..ruleset import ID
from ..tenancy import Family
from . import audit
from .database import Store
from .errors import AlreadyExists, Invalid, NotFound
from .schema import LOCALES, DealerGroup


def create_group(session: Session, actor: audit.Actor, group_id: str, name: str,
                 locale: str = "zh-CN", timezone: str = "Asia/Shanghai",
                 parent: str | None = None) -> DealerGroup:
    """Add a dealer group; ``parent``: the existing group whose rulesets its own may extend."""
    if not ID.match(group_id):
        raise Invalid(Message("id_format", value=group_id))
    if locale not in LOCALES:
        raise Invalid(Message("one_of", allowed=", ".join(LOCALES)))
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise Invalid(Message("unknown_timezone", value=timezone)) from None
    if session.get(DealerGroup, group_id) is not None:
        raise AlreadyExists(Message("group_exists", group=group_id))
    if parent is not None:
        get_group(session, parent)
    group = DealerGroup(id=group_id, name=name, locale=locale, timezone=timezone, parent_id=parent)
    session.add(group)
    session.flush()
    audit.record(session, actor, "group_created", group=group_id, name=name, locale=locale,
                 timezone=timezone, **({"parent": parent} if parent else {}))
    Store.bump(session)
    return group


def set_parent(session: Session, actor: audit.Actor, group_id: str,
               parent: str | None) -> DealerGroup:
    """Declare ``group_id`` a child of ``parent`` (None: of nobody, only ``default``). For
    stores whose groups extended one another before parents existed; audited. Refused if
    ``parent`` is the group itself or one of its own descendants (a circle)."""
    group = get_group(session, group_id)
    if parent is not None:
        get_group(session, parent)
        if parent == group_id or group_id in family(session).ancestors(parent):
            raise Invalid(Message("parent_circle", group=group_id, parent=parent))
    before, group.parent_id = group.parent_id, parent
    session.flush()
    audit.record(session, actor, "group_parent_set", group=group_id, parent=parent,
                 before=before)
    Store.bump(session)
    return group


def get_group(session: Session, group_id: str) -> DealerGroup:
    group = session.get(DealerGroup, group_id)
    if group is None:
        raise NotFound(Message("no_group", group=group_id))
    return group


def list_groups(session: Session, only: set[str] | None = None) -> list[DealerGroup]:
    """Every group, or only those in ``only`` (None: all)."""
    query = select(DealerGroup).order_by(DealerGroup.id)
    if only is not None:
        query = query.where(DealerGroup.id.in_(sorted(only)))
    return list(session.scalars(query))


def family(session: Session) -> Family:
    """Every group's declared parent, for deciding who may extend whom."""
    return Family(dict(session.execute(select(DealerGroup.id, DealerGroup.parent_id)).all()))
