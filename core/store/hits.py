"""How often each rule applied, per hour: the admin's hit chart (24 hours, 7 or 30 days).

Workers count hits in memory (core.published.Refresher.rules_fired) and add them here in
batches; ``add_hits`` adds to the hour's row, creating it if needed, in one statement per
row that is safe when several workers flush the same hour at once. The rows do not say
which version of the ruleset counted them: ``publishes`` gives the publish times the chart
splits the hours by.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .schema import ARCHIVED, PUBLISHED, RuleHits, Ruleset, RulesetVersion


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


def publishes(session: Session, group: str, domain: str | None = None
              ) -> dict[str, list[tuple[int, dt.datetime]]]:
    """{domain: [(version, published at)]} of ``group``, oldest first (rollbacks included:
    each is a version of its own)."""
    query = (select(Ruleset.domain, RulesetVersion.number, RulesetVersion.published_at)
             .join(Ruleset, Ruleset.id == RulesetVersion.ruleset_id)
             .where(Ruleset.group_id == group, RulesetVersion.state.in_((PUBLISHED, ARCHIVED)),
                    RulesetVersion.published_at.is_not(None))
             .order_by(RulesetVersion.published_at))
    if domain is not None:
        query = query.where(Ruleset.domain == domain)
    out: dict = {}
    for row_domain, number, published_at in session.execute(query):
        out.setdefault(row_domain, []).append((number, published_at))
    return out


def version_texts(session: Session, group: str, domain: str, numbers) -> list[str]:
    """The YAML of the given versions of (group, domain), newest first."""
    query = (select(RulesetVersion.yaml)
             .join(Ruleset, Ruleset.id == RulesetVersion.ruleset_id)
             .where(Ruleset.group_id == group, Ruleset.domain == domain,
                    RulesetVersion.number.in_(list(numbers)))
             .order_by(RulesetVersion.number.desc()))
    return list(session.scalars(query))
