"""The evaluation fast path: ``POST /api/v1/evaluate/<domain>`` answered in front of Flask
when nothing about the request is unusual.

Why: an evaluation is the one request other systems make thousands of times a minute, and
Flask's per-request machinery (request context, URL matching, the before/after hooks, the
response object) cost more than the evaluation itself: bench/http_bench.py measured
single evaluations at 54% of a bare Flask echo's requests/s through the Flask view, and
docs/performance.md has the figures with this path.

What it takes: a POST with a JSON body of stated length within MAX_BODY_BYTES, from an API
key this worker has already checked against the current key snapshot and that has the
``evaluate`` scope, for a domain with a published ruleset of the key's group, with facts
that validate and evaluate. It uses the Flask view's own parts: the same request model,
key check, evaluator, counting and response body (``web.api.evaluate.answer``), the same
request id and latency metric. Anything else (a key's first call, a bad body, another
group's or an unknown domain, an evaluation that fails) is handed on, body and all, to the
Flask view, which answers it with its errors, logs and metrics as ever: the fast path never
answers an error. The two paths give the same bytes but for the timings and request id
(tests/service/test_fast_evaluate.py). Flask's request hooks do not run here: the ones
that apply to an evaluation are mirrored (``MIRRORED``), and an app with any other hook (an
extension's, a new one) gets no fast path at all. The ``FAST_EVALUATE`` setting turns it off.
"""
from __future__ import annotations

import io
import logging
import time

from werkzeug.sansio.utils import get_content_length

from . import auth, logs, metrics
from .api.evaluate import answer
from .api.models import EvaluateRequest
from .services import KEY

log = logging.getLogger(__name__)
PREFIX = "/api/v1/evaluate/"
RULE = PREFIX + "<domain>"          # the label of the latency metric, as the Flask view's


#: the Flask hooks that apply to an evaluation and what the fast path does in their place;
#: any other hook (a new one here, an extension's) turns the fast path off
MIRRORED = {
    "dealer_rules.web.logs.init_app.<locals>._request_id": "logs.request_id_of",
    "dealer_rules.web.logs.init_app.<locals>._echo": "the X-Request-ID header",
    "dealer_rules.web.metrics.init_app.<locals>._start": "started",
    "dealer_rules.web.metrics.init_app.<locals>._observe": "metrics.observe",
    # off for the API (WTF_CSRF_CHECK_DEFAULT is false): the admin checks its own forms
    "flask_wtf.csrf.CSRFProtect.init_app.<locals>.csrf_protect": "nothing",
}
_HOOKS = ("url_value_preprocessors", "before_request_funcs", "after_request_funcs",
          "teardown_request_funcs")


def unmirrored_hooks(app) -> list[str]:
    """The app's hooks that would run for an evaluation and that the fast path does not
    do in their place."""
    found = []
    for attribute in _HOOKS:
        for scope in (None, "evaluate"):
            for func in getattr(app, attribute).get(scope, ()):
                name = f"{func.__module__}.{func.__qualname__}"
                if name not in MIRRORED:
                    found.append(name)
    return found


class FastEvaluate:
    """WSGI middleware around the Flask app's ``wsgi_app``; ``served`` counts the requests
    it answered itself (the rest went to Flask). On its first call it looks at the app's
    hooks: if one is not mirrored here it stays off (and says so in the log)."""

    def __init__(self, app, wsgi_app):
        self.app, self.flask = app, wsgi_app
        self.limit = app.config["MAX_CONTENT_LENGTH"]
        self.served = 0
        self.on: bool | None = None       # decided on the first call, once every hook is in

    def __call__(self, environ, start_response):
        started = environ[metrics.STARTED] = time.perf_counter()
        path = environ.get("PATH_INFO", "")
        if self.on is None:
            self.on = self._hooks_mirrored()
        if self.on and environ.get("REQUEST_METHOD") == "POST" and path.startswith(PREFIX):
            body = self._answer(environ, path[len(PREFIX):])
            if body is not None:
                start_response("200 OK", [("Content-Type", "application/json"),
                                          ("Content-Length", str(len(body))),
                                          (logs.HEADER, logs.request_id_of(environ))])
                metrics.observe("POST", RULE, 200, time.perf_counter() - started)
                self.served += 1
                return [body]
        return self.flask(environ, start_response)

    def _hooks_mirrored(self) -> bool:
        unknown = unmirrored_hooks(self.app)
        if unknown:
            log.warning("evaluation fast path off: the app has request hooks it does not "
                        "run (%s); every evaluation goes through Flask", ", ".join(unknown))
        return not unknown

    def _answer(self, environ, domain: str) -> bytes | None:
        """The response body, or None to leave the request to Flask (with its body)."""
        if not domain or "/" in domain or \
                environ.get("CONTENT_TYPE", "").partition(";")[0].strip() != "application/json":
            return None
        length = get_content_length(environ.get("CONTENT_LENGTH"),
                                    environ.get("HTTP_TRANSFER_ENCODING"))  # as werkzeug reads it
        if length is None or not 0 < length <= self.limit:
            return None
        found = self.app.extensions[KEY]
        principal = auth.checked_key(environ, found)
        if principal is None or "evaluate" not in principal.scopes:
            return None
        raw = _read(environ["wsgi.input"], length)
        environ["wsgi.input"] = io.BytesIO(raw)       # for Flask, if it is to answer after all
        if len(raw) != length:
            return None
        token = logs.outside_flask.set(logs.request_id_of(environ))
        try:
            body = EvaluateRequest.model_validate_json(raw)
            group = principal.group
            with found.published.use(group, domain) as ruleset:
                if ruleset is None:
                    return None
                decision = found.evaluator.evaluate(ruleset, body.facts, at=body.at,
                                                    explain=body.explain)
            return answer(found, group, domain, decision)
        except Exception:   # noqa: BLE001 - bad facts, a failing plugin: the Flask view answers
            return None
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
