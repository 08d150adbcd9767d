"""Lock-out after repeated failed sign-ins, kept in the store so it holds across workers
and restarts.

Each failed sign-in of a user name counts; ``max_failures`` in a row lock the name for
``lock_for``, during which even the right password is refused; a success clears the
count. Counting by user name (not by address) is what stops guessing one account's
password from many machines; the lock expires by itself, so it cannot keep a user out
for long.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from .schema import LoginThrottle, utcnow


def locked_until(session: Session, username: str, now: dt.datetime | None = None
                 ) -> dt.datetime | None:
    """When the lock on ``username`` ends, or None if it may sign in now."""
    now = now or utcnow()
    row = session.get(LoginThrottle, username)
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until


def record_failure(session: Session, username: str, max_failures: int, lock_for: dt.timedelta,
                   now: dt.datetime | None = None) -> dt.datetime | None:
    """Count one failed sign-in; returns the end of the lock if this one locked the name."""
    now = now or utcnow()
    row = session.get(LoginThrottle, username[:100])
    if row is None:
        row = LoginThrottle(username=username[:100], failures=0)
        session.add(row)
    if row.locked_until is not None and row.locked_until <= now:
        row.failures, row.locked_until = 0, None       # an expired lock starts afresh
    row.failures += 1
    row.last_failed_at = now
    if row.failures >= max_failures:
        row.locked_until = now + lock_for
        row.failures = 0
        return row.locked_until
    return None


def record_success(session: Session, username: str) -> None:
    row = session.get(LoginThrottle, username)
    if row is not None:
        row.failures, row.locked_until = 0, None
