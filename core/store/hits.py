"""How often each rule applied, per hour: the admin's "rule hits in the last 24 hours".

Workers count hits in memory (core.published.Refresher.rules_fired) and add them here in
batches; ``add_hits`` adds to the hour's row, creating it if needed, in one statement per
row that is safe when several workers flush the same hour at once.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .schema import RuleHits


def hour_of(instant: dt.datetime) -> dt.datetime:
    """The start of the UTC hour ``instant`` falls in."""
    return instant.astimezone(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)


def add_hits(session: Session, counts: dict) -> None:
    """Add ``{(group, domain, rule, hour): count}`` to the store."""
    if not counts:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    for (group, domain, rule, hour), count in sorted(counts.items()):
        statement = insert(RuleHits).values(group_id=group, domain=domain, rule=rule,
                                            hour=hour_of(hour), count=count)
        session.execute(statement.on_conflict_do_update(
            index_elements=["group_id", "domain", "rule", "hour"],
            set_={"count": RuleHits.count + statement.excluded.count}))


def hits_since(session: Session, group: str, since: dt.datetime,
               domain: str | None = None) -> list[tuple[str, str, dt.datetime, int]]:
    """(domain, rule, hour, count) of ``group`` from the hour of ``since`` on, oldest first."""
    query = (select(RuleHits.domain, RuleHits.rule, RuleHits.hour, func.sum(RuleHits.count))
             .where(RuleHits.group_id == group, RuleHits.hour >= hour_of(since))
             .group_by(RuleHits.domain, RuleHits.rule, RuleHits.hour)
             .order_by(RuleHits.hour, RuleHits.domain, RuleHits.rule))
    if domain is not None:
        query = query.where(RuleHits.domain == domain)
    return [tuple(row) for row in session.execute(query)]
