"""The one lock-out for every password check (the admin's sign-in and password change, the
API's Basic auth), kept in the store so every worker and every restart agrees.

Failures are counted per user name *and* source address, so someone guessing from one
machine locks only that name from that machine: the real user, elsewhere, still signs in.
After ``max_failures`` the pair is locked, first for ``FIRST_LOCK``, then twice as long at
each further failure, up to ``lock_for``: a user who mistypes waits seconds, a guesser
gets a few tries an hour. A second count per source address, over every user name (the
row with the user name ``ANY_USER``), allows ``SOURCE_FACTOR`` times as many failures, so
trying many names from one machine is throttled too. Callers check the lock *before*
hashing the password: a locked attempt costs no scrypt. A success clears the pair's count
(not the source's); a count left alone for ``FORGET_AFTER`` starts afresh, and such rows
are removed now and then by a failure (``PRUNE_CHANCE``).
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .schema import LoginThrottle, utcnow

ANY_USER = ""                              # the row of every user name from one source
SOURCE_FACTOR = 4
FIRST_LOCK = dt.timedelta(seconds=30)
FORGET_AFTER = dt.timedelta(days=1)
PRUNE_CHANCE = 0.02                        # of a failure: remove the rows nobody needs


def _keys(username: str, source: str) -> list[tuple[str, str]]:
    return [(username[:100], source[:64]), (ANY_USER, source[:64])]


def locked_until(session: Session, username: str, source: str,
                 now: dt.datetime | None = None) -> dt.datetime | None:
    """When the lock on ``username`` from ``source`` ends (the later of the pair's and the
    source's), or None if it may try now."""
    return max(current_locks(session, username, source, now).values(), default=None)


def current_locks(session: Session, username: str, source: str,
                  now: dt.datetime | None = None) -> dict[tuple[str, str], dt.datetime]:
    """The locks in force on the pair and on the source: {(user name or ANY_USER, source):
    end}."""
    now = now or utcnow()
    return {key: row.locked_until for key in _keys(username, source)
            if (row := session.get(LoginThrottle, key)) is not None
            and row.locked_until is not None and row.locked_until > now}


def has_failures(session: Session, username: str, source: str) -> bool:
    """Failures of this pair are counted (a success then has a count to clear)."""
    row = session.get(LoginThrottle, _keys(username, source)[0])
    return row is not None and row.failures > 0


def lock_length(over: int, lock_for: dt.timedelta) -> dt.timedelta:
    """The lock after the ``over``-th failure past the limit (0: the first lock)."""
    return min(lock_for, FIRST_LOCK * 2 ** min(over, 30))


def record_failure(session: Session, username: str, source: str, max_failures: int,
                   lock_for: dt.timedelta, now: dt.datetime | None = None
                   ) -> dt.datetime | None:
    """Count one failed password check; returns the end of the lock if this one locked
    the name (from this source) or the source."""
    now = now or utcnow()
    if random.random() < PRUNE_CHANCE:    # before taking any row's lock: see _row
        session.execute(delete(LoginThrottle).where(
            LoginThrottle.last_failed_at < now - FORGET_AFTER,
            or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until < now)))
    ends = []
    for key, limit in zip(_keys(username, source), (max_failures, max_failures * SOURCE_FACTOR)):
        row = _row(session, key)
        if row.last_failed_at is not None and now - row.last_failed_at > FORGET_AFTER:
            row.failures, row.locked_until = 0, None
        row.failures += 1
        row.last_failed_at = now
        if row.failures >= limit:
            row.locked_until = now + lock_length(row.failures - limit, lock_for)
            ends.append(row.locked_until)
    return max(ends, default=None)


def record_success(session: Session, username: str, source: str) -> None:
    row = session.get(LoginThrottle, _keys(username, source)[0])
    if row is not None:
        row.failures, row.locked_until = 0, None


def _row(session: Session, key: tuple[str, str]) -> LoginThrottle:
    """The counting row of ``key``, locked for this transaction (two workers counting at
    once both count; every transaction takes the pair's row, then the source's, so none
    waits for another in a circle); made if new."""
    row = session.get(LoginThrottle, key, with_for_update=True)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = LoginThrottle(username=key[0], source=key[1], failures=0)
            session.add(row)
    except IntegrityError:             # another worker made it just now
        row = session.scalars(select(LoginThrottle).where(
            LoginThrottle.username == key[0], LoginThrottle.source == key[1])
            .with_for_update()).one()
    return row
