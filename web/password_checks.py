"""Every password check of the service goes through ``check()``: the admin's sign-in, its
password change, and the API's HTTP Basic auth. So one lock-out holds everywhere (a user
locked in the admin is locked on the API too), and it is checked *before* the password is
hashed: an attempt while locked costs a database read, not a quarter second of scrypt.

The lock is per user name and source address, with progressive delays
(core/store/logins.py). A worker remembers, for ``VERIFIED_FOR`` seconds, the credentials
it verified (by a keyed BLAKE2 digest, never the password): a script sending the right
Basic credentials with every request costs scrypt once a minute, not each time. A
remembered password stops working at once when the password changes (the stored hash is
compared) and the lock is still read from the store on every request.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import time
from dataclasses import dataclass

from flask import current_app, g, request
from sqlalchemy import select

from dealer_rules.core.store import Actor, accounts, audit, logins
from dealer_rules.core.store.schema import User, utcnow

from .services import services

VERIFIED_FOR = 60.0
_verified: dict[bytes, tuple[str, float]] = {}   # digest -> (password hash, until)
_SALT = os.urandom(16)


@dataclass(frozen=True)
class Account:
    """The user whose password was right, as read then (no database session attached)."""
    id: int
    username: str
    display_name: str
    roles: dict
    must_change_password: bool
    session_version: int


class Locked(Exception):
    """Too many failed checks of this user name from this source (or of any name from it):
    refused without checking the password until ``until``."""

    def __init__(self, until: dt.datetime, just_locked: bool = False, remembered: bool = False):
        super().__init__(until.isoformat())
        #: just_locked: this failure locked it; remembered: refused from the worker's memory
        self.until, self.just_locked, self.remembered = until, just_locked, remembered

    def retry_after(self, now: dt.datetime | None = None) -> int:
        """Whole seconds until the lock ends (the Retry-After header)."""
        return max(1, math.ceil((self.until - (now or utcnow())).total_seconds()))


def source() -> str:
    """The address the request came from: the unit of the lock-out besides the user name.
    Behind a proxy every user shares the proxy's address (docs/api.md, Authentication)."""
    return request.remote_addr or "-"


def check(username: str, password: str, via: str) -> Account | None:
    """The account if ``password`` is ``username``'s, else None (the failure is counted and
    audited); raises ``Locked`` if refused for too many failures, including by this one.
    ``via``: "admin" or "api", kept in the audit entry."""
    if not username or not password:
        return None
    store, config, where, now = services().store, current_app.config, source(), utcnow()
    token = hashlib.blake2b(f"{username}\x00{password}".encode(), key=_SALT).digest()
    _refuse_if_locked_here(username, where, now)
    with store.read() as db:
        locks = logins.current_locks(db, username, where, now)
        if locks:
            _seen().update(locks)
            raise Locked(max(locks.values()))
        user = db.scalar(select(User).where(User.username == username))
        account = _account(user) if user is not None and user.active else None
        stored = user.password_hash if account is not None else None
        counted = logins.has_failures(db, username, where)
    remembered = _verified.get(token)
    if stored is not None and remembered is not None and remembered[0] == stored \
            and remembered[1] > time.monotonic():
        return _succeeded(account, counted, where)
    if accounts.password_matches(stored, password):   # scrypt, outside any transaction
        if len(_verified) > 1000:
            _verified.clear()
        _verified[token] = (stored, time.monotonic() + VERIFIED_FOR)
        return _succeeded(account, counted, where)
    who = Actor(f"user:{username[:100]}", g.get("request_id"))
    with store.write() as db:
        until = logins.record_failure(db, username, where, config["LOGIN_MAX_FAILURES"],
                                      dt.timedelta(seconds=config["LOGIN_LOCK_SECONDS"]), now)
        audit.record(db, who, "login_failed" if until is None else "login_locked", via=via)
    if until is not None:
        raise Locked(until, just_locked=True)
    return None


def _refuse_if_locked_here(username: str, where: str, now: dt.datetime) -> None:
    """A lock this worker has read is refused from memory: a flood of attempts while
    locked costs neither a hash nor a database read. (A lock only ends by expiring: while
    it holds no password is checked, so no success can lift it early.)"""
    seen = _seen()
    until = max((u for key in ((username[:100], where[:64]), (logins.ANY_USER, where[:64]))
                 if (u := seen.get(key)) is not None and u > now), default=None)
    if until is not None:
        raise Locked(until, remembered=True)


def _seen() -> dict:
    """This app's memory of locks read from the store: (user name, address) -> end."""
    seen = current_app.extensions.setdefault("dealer_rules_locks_seen", {})
    if len(seen) > 10_000:
        seen.clear()
    return seen


def _succeeded(account: Account, counted: bool, where: str) -> Account:
    """A right password clears the failures counted for this user and address."""
    if counted:
        with services().store.write() as db:
            logins.record_success(db, account.username, where)
    return account


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.display_name or user.username,
                   accounts.roles_of(user), bool(user.must_change_password),
                   user.session_version or 0)
