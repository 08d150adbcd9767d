"""The recorded sample of evaluations: what the impact report replays (core/impact.py).

Workers collect samples in memory (core/sampling.py) and add them here in batches;
``add_samples`` also keeps each (group, domain) within its size cap (the newest kept) and
drops what is older than the retention. Reading is always for one (group, domain): one
dealer group's customers are never replayed for another.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .schema import EvaluationSample, utcnow


def add_samples(session: Session, rows: list[dict], max_per_domain: int,
                retention_days: float) -> None:
    """Insert ``rows`` ({group, domain, version, at, facts}), then trim every (group,
    domain) they touch to its newest ``max_per_domain`` rows and delete rows older than
    ``retention_days`` (0 or less: kept until the size cap pushes them out)."""
    now = utcnow()
    if rows:
        session.execute(EvaluationSample.__table__.insert(), [
            {"group_id": r["group"], "domain": r["domain"], "version": r["version"],
             "at": r["at"], "recorded_at": r.get("recorded_at") or now, "facts": r["facts"]}
            for r in rows])
    if retention_days and retention_days > 0:
        session.execute(delete(EvaluationSample).where(
            EvaluationSample.recorded_at < now - dt.timedelta(days=retention_days)))
    for group, domain in sorted({(r["group"], r["domain"]) for r in rows}):
        keep_newest(session, group, domain, max_per_domain)


def unreachable(exc: BaseException) -> bool:
    """The database could not be reached or used at all (a batch waits for the next try),
    as opposed to refusing the rows given."""
    from sqlalchemy.exc import InterfaceError, OperationalError
    return isinstance(exc, (OperationalError, InterfaceError, ConnectionError, TimeoutError))


def keep_newest(session: Session, group: str, domain: str, size: int) -> None:
    """Delete the (group, domain) rows beyond the newest ``size`` (by id: insert order)."""
    where = (EvaluationSample.group_id == group, EvaluationSample.domain == domain)
    cut = session.execute(select(EvaluationSample.id).where(*where)
                          .order_by(EvaluationSample.id.desc())
                          .offset(max(size, 0)).limit(1)).scalar()
    if cut is not None:
        session.execute(delete(EvaluationSample).where(*where, EvaluationSample.id <= cut))


def samples_of(session: Session, group: str, domain: str, limit: int | None = None
               ) -> list[tuple[dict, dt.datetime, int | None]]:
    """(facts, at, version) of ``group``'s recorded ``domain`` evaluations, newest first."""
    query = (select(EvaluationSample.facts, EvaluationSample.at, EvaluationSample.version)
             .where(EvaluationSample.group_id == group, EvaluationSample.domain == domain)
             .order_by(EvaluationSample.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    return [tuple(row) for row in session.execute(query)]


def count_samples(session: Session, group: str, domain: str) -> int:
    return session.execute(select(func.count()).select_from(EvaluationSample).where(
        EvaluationSample.group_id == group, EvaluationSample.domain == domain)).scalar_one()


def forget_samples(session: Session, group: str, domain: str | None = None) -> int:
    """Delete ``group``'s recorded samples (of one domain, or all); how many went."""
    where = [EvaluationSample.group_id == group]
    if domain is not None:
        where.append(EvaluationSample.domain == domain)
    return session.execute(delete(EvaluationSample).where(*where)).rowcount
