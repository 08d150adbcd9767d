"""The store unreachable or not writable (PostgreSQL down, a read-only or full SQLite file):
what every request that needs it answers.

Evaluations never need the store (the published rulesets and the API keys are in memory,
kept by the refresher), so they go on with what was loaded last. Everything else answers
503 ``store_unavailable`` with ``Retry-After``, never a 500, and says nothing about where
the store is (no host, port or database name: those go to the log, once per outage, from
the refresher). Nothing is half-written: each write is one transaction, rolled back. When
the store is back, the next request works: the connection pool reconnects (PostgreSQL:
pre-ping), no restart needed. The admin's own page for this is web/admin/outage.py.
"""
from __future__ import annotations

import logging

from flask import Flask, g, request
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from dealer_rules.core.messages import Message

from .errors import problem_response

log = logging.getLogger(__name__)

#: what the database driver raises when the store cannot be reached or written: connection
#: refused or lost, the pool exhausted, a read-only or full file, a lock held too long
STORE_DOWN = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)
RETRY_AFTER = 5     # seconds; the refresher notices recovery within its poll interval


def reason(exc: Exception) -> str:
    """One line for the log: the driver's first line (no SQL, no parameters)."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return f"{type(orig).__name__}: {lines[0][:200] if lines else ''}"


def note(exc: Exception) -> None:
    """Log the outage on one line (no traceback: it is not a bug of ours)."""
    log.warning("store unavailable on %s %s (rid=%s): %s", request.method, request.path,
                g.get("request_id", "-"), reason(exc))


def init_app(app: Flask) -> None:
    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(DisconnectionError)
    @app.errorhandler(PoolTimeout)
    def _store_down(exc):
        note(exc)
        return problem_response(503, Message("store_unavailable"),
                                headers={"Retry-After": str(RETRY_AFTER)})
