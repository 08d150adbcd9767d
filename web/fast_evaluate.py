"""The evaluation fast path: ``POST /api/v1/evaluate/<domain>`` from a known API key,
answered in front of Flask.

Why: an evaluation is the one request other systems make thousands of times a minute, and
Flask's per-request machinery (request context, URL matching, hooks, the response object)
cost more than the evaluation itself: bench/http_bench.py measured single evaluations at 54%
of a bare Flask echo's requests/s through the Flask view (docs/performance.md).

What it does: it answers every request to the evaluate route that comes with a JSON body of
stated length within MAX_BODY_BYTES and an API key this worker has already checked against
the current key snapshot, whatever the outcome: the answer, or its problem (403 without the
scope, 400/422 for the body, 404 without a published ruleset, 422 when the evaluation
fails). It does so through the same function as the Flask view
(``web.api.evaluate.evaluate_request``: scope, parse, evaluate once, count), so the two
answer the same bytes but for timings and request id (tests/service/test_fast_evaluate.py).
Everything else (no key or a key's first call, other paths, odd or chunked bodies) goes to
Flask untouched. It sets the request id and the latency metric itself and runs none of
Flask's request hooks: evaluate needs none (the admin's session, CSRF, security headers and
the rulesets API's budgets do not apply to it). An extension that needs its own hook on
evaluations sets ``FAST_EVALUATE`` false.
"""
from __future__ import annotations

import io
import json
import logging
import time

from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header
from werkzeug.sansio.utils import get_content_length

from . import auth, logs, metrics
from .api.evaluate import evaluate_request
from .errors import PROBLEM, ApiError, lang_of_accepted, problem_body
from .services import KEY

log = logging.getLogger(__name__)
PREFIX = "/api/v1/evaluate/"
RULE = PREFIX + "<domain>"          # the label of the latency metric, as the Flask view's
_REASONS = {200: "OK", 400: "BAD REQUEST", 403: "FORBIDDEN", 404: "NOT FOUND",
            413: "REQUEST ENTITY TOO LARGE", 415: "UNSUPPORTED MEDIA TYPE",
            422: "UNPROCESSABLE ENTITY", 429: "TOO MANY REQUESTS", 503: "SERVICE UNAVAILABLE"}


class FastEvaluate:
    """WSGI middleware around the Flask app's ``wsgi_app``; ``served`` counts the requests
    it answered itself (the rest went to Flask)."""

    def __init__(self, app, wsgi_app):
        self.app, self.flask = app, wsgi_app
        self.limit = app.config["MAX_CONTENT_LENGTH"]
        self.served = 0

    def __call__(self, environ, start_response):
        started = environ[metrics.STARTED] = time.perf_counter()
        path = environ.get("PATH_INFO", "")
        if environ.get("REQUEST_METHOD") == "POST" and path.startswith(PREFIX):
            answered = self._answer(environ, path[len(PREFIX):])
            if answered is not None:
                status, content_type, body, headers = answered
                start_response(f"{status} {_REASONS.get(status, '')}".rstrip(), [
                    ("Content-Type", content_type), ("Content-Length", str(len(body))),
                    (logs.HEADER, logs.request_id_of(environ)), *headers])
                metrics.observe("POST", RULE, status, time.perf_counter() - started)
                self.served += 1
                return [body]
        return self.flask(environ, start_response)

    def _answer(self, environ, domain: str):
        """(status, content type, body, headers), or None to leave the request to Flask
        (with its body, unread or put back)."""
        if not domain or "/" in domain or \
                environ.get("CONTENT_TYPE", "").partition(";")[0].strip() != "application/json":
            return None
        length = get_content_length(environ.get("CONTENT_LENGTH"),
                                    environ.get("HTTP_TRANSFER_ENCODING"))  # as werkzeug reads it
        if length is None or not 0 < length <= self.limit:
            return None
        found = self.app.extensions[KEY]
        principal = auth.checked_key(environ, found)
        if principal is None:
            return None
        raw = _read(environ["wsgi.input"], length)
        environ["wsgi.input"] = io.BytesIO(raw)       # for Flask, if it is to answer after all
        if len(raw) != length:
            return None
        request_id = logs.request_id_of(environ)
        token = logs.outside_flask.set(request_id)
        try:
            return 200, "application/json", evaluate_request(
                found, principal, domain, "application/json", raw,
                lambda: lang_of_accepted(parse_accept_header(
                    environ.get("HTTP_ACCEPT_LANGUAGE"), LanguageAccept))), ()
        except ApiError as exc:
            language = lang_of_accepted(parse_accept_header(
                environ.get("HTTP_ACCEPT_LANGUAGE"), LanguageAccept))
            body = problem_body(exc.status, exc.message, exc.errors, language=language,
                                request_id=request_id, **exc.extra)
            return exc.status, PROBLEM, json.dumps(body, ensure_ascii=False).encode(), \
                tuple(exc.headers.items())
        finally:
            logs.outside_flask.reset(token)


def _read(stream, length: int) -> bytes:
    """Up to ``length`` bytes, however few each read gives (WSGI does not promise all)."""
    chunks = []
    while length > 0:
        chunk = stream.read(length)
        if not chunk:
            break
        chunks.append(chunk)
        length -= len(chunk)
    return b"".join(chunks)


def init_app(app) -> None:
    if app.config["FAST_EVALUATE"]:
        app.wsgi_app = FastEvaluate(app, app.wsgi_app)
