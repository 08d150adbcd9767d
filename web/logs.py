"""A request id on every response and every log line.

A caller's ``X-Request-ID`` is kept if it is short and plain (letters, digits, ``._-``);
otherwise one is made. Log records carry it as ``request_id`` (``-`` outside a request).
"""
from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, g, has_request_context, request

HEADER = "X-Request-ID"
_PLAIN = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
FORMAT = "%(asctime)s %(levelname)s [%(process)d] [%(request_id)s] %(name)s: %(message)s"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def configure_logging(level: str = "INFO") -> None:
    """Send core's and web's logs to stderr with the request id (once per process)."""
    for name in ("core", "web"):
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
        given = request.headers.get(HEADER, "")
        g.request_id = given if _PLAIN.match(given) else uuid.uuid4().hex

    @app.after_request
    def _echo(response):
        response.headers[HEADER] = g.get("request_id", "-")
        return response
