"""A request id on every response and every log line.

A caller's ``X-Request-ID`` is kept if it is short and plain (letters, digits, ``._-``);
otherwise one is made: a random prefix drawn once per worker process and a counter, unique
across workers and restarts without a uuid4 (an os.urandom call) per request. Log records
carry it as ``request_id`` (``-`` outside a request).
"""
from __future__ import annotations

import contextvars
import itertools
import logging
import os
import re
import secrets

from flask import Flask, g, has_request_context, request

HEADER = "X-Request-ID"
_PLAIN = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
FORMAT = "%(asctime)s %(levelname)s [%(process)d] [%(request_id)s] %(name)s: %(message)s"


_ENVIRON_KEY = "dealer_rules.request_id"
_ids = {"pid": None, "prefix": "", "counter": itertools.count()}


def new_request_id() -> str:
    if _ids["pid"] != os.getpid():  # first use in this (possibly forked) process
        _ids.update(pid=os.getpid(), prefix=secrets.token_hex(6), counter=itertools.count(1))
    return f"{_ids['prefix']}-{next(_ids['counter']):x}"


def request_id_of(environ) -> str:
    """The request's id: the caller's ``X-Request-ID`` if short and plain, else a new one;
    the same on every call for one request (kept in its environ)."""
    found = environ.get(_ENVIRON_KEY)
    if found is None:
        given = environ.get("HTTP_X_REQUEST_ID")
        found = environ[_ENVIRON_KEY] = given if given and _PLAIN.match(given) else new_request_id()
    return found


#: the request id of a request answered outside Flask's request context (the fast path)
outside_flask = contextvars.ContextVar("request_id", default=None)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = outside_flask.get() or (
            g.get("request_id", "-") if has_request_context() else "-")
        return True


def configure_logging(level: str = "INFO") -> None:
    """Send dealer-rules' logs (core, web and the built-in plugins) to stderr with the
    request id (once per process)."""
    for name in ("dealer_rules",):
        logger = logging.getLogger(name)
        if any(isinstance(f, RequestIdFilter) for h in logger.handlers for f in h.filters):
            continue
        handler = logging.StreamHandler()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False


def init_app(app: Flask) -> None:
    @app.before_request
    def _request_id():
        g.request_id = request_id_of(request.environ)

    @app.after_request
    def _echo(response):
        response.headers[HEADER] = g.get("request_id", "-")
        return response
