"""Budgets for expensive input in the service (core/limits.py holds the limits).

Each request of the rulesets API and the admin gets REQUEST_TIME_BUDGET seconds of work on rulesets (compiling a draft,
running its test cases); a request over any limit is answered 413 (a text too large) or
422 problem+json naming the limit, its value and the setting that raises it, and the
admin shows the same sentence in the reader's language (web/admin/session_auth.py). Nothing is written by a refused
request.
"""
from __future__ import annotations

import logging

from flask import Flask

from dealer_rules.core import limits

from .errors import problem_response

log = logging.getLogger(__name__)
#: the blueprints whose requests compile or test rulesets (the API's and the admin's)
BUDGETED = ("rulesets", "admin")


def init_app(app: Flask) -> None:
    limits.configure(app.config)

    def _start_budget():
        limits.start_request_budget()

    def _end_budget(_exc=None):
        limits.end_request_budget()

    # only where rulesets are compiled and tested: evaluation compiles nothing, and a
    # hook on it would turn the evaluation fast path off (web/fast_evaluate.py)
    for blueprint in BUDGETED:
        app.before_request_funcs.setdefault(blueprint, []).append(_start_budget)
        app.teardown_request_funcs.setdefault(blueprint, []).append(_end_budget)

    @app.errorhandler(limits.LimitExceeded)
    def _over_limit(exc: limits.LimitExceeded):
        log.info("refused: over %s (%s): %s", exc.setting, exc.maximum, exc.message)
        errors = None
        if exc.line is not None:
            errors = [{"path": "yaml", "message": exc.msg, "code": exc.msg.code,
                       "line": exc.line}]
        return problem_response(exc.status, exc.msg, errors, limit=exc.setting,
                                maximum=exc.maximum)
