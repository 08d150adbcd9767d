"""Errors as ``application/problem+json`` (RFC 9457), in the reader's language.

Every error a client can cause is an ``ApiError`` with a message code (core.messages), an
HTTP status and, where it applies, ``errors``: one item per field path or ruleset problem.
The language is the best of en/zh in Accept-Language. Nothing a client sends may end in a
500: anything unexpected is logged with the request id and answered as a plain problem.
"""
from __future__ import annotations

import json
import logging

from flask import Flask, g, request
from sqlalchemy.exc import DataError
from werkzeug.exceptions import HTTPException

from dealer_rules.core.messages import Message, UserError
from dealer_rules.core.store.errors import NotStorable

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"


def lang() -> str:
    """en or zh, from the request's Accept-Language (zh-CN, zh-Hans, zh;q=0.9 ... mean zh)."""
    return lang_of_accepted(request.accept_languages)


def lang_of_accepted(accepted) -> str:
    """en or zh from a parsed Accept-Language (werkzeug's ``LanguageAccept``)."""
    best = accepted.best_match(["en", "zh", "zh-CN", "zh-Hans", "zh-TW"])
    return "zh" if best and best.startswith("zh") else "en"


class ApiError(Exception):
    def __init__(self, status: int, message: Message, errors: list | None = None,
                 headers: dict | None = None, **extra):
        super().__init__(message.render("en"))
        self.status, self.message, self.errors = status, message, errors
        self.headers, self.extra = headers or {}, extra


def problem_body(status: int, message: Message, errors=None, language: str | None = None,
                 request_id: str | None = None, **extra) -> dict:
    """The problem+json body; ``language`` and ``request_id`` default to the Flask request's
    (the evaluation fast path, outside Flask, gives them)."""
    language = language or lang()
    request_id = request_id or g.get("request_id", "-")
    body = {"type": f"urn:dealer-rules:problem:{message.code}", "title": message.render(language),
            "status": status, "code": message.code, "request_id": request_id}
    if errors is not None:
        body["errors"] = [{**e, "message": e["message"].render(language)}
                          if isinstance(e.get("message"), (Message, UserError)) else e
                          for e in errors]
    body.update(extra)
    return body


def problem_response(status: int, message: Message, errors=None, headers=None, **extra):
    from flask import current_app
    body = problem_body(status, message, errors, **extra)
    response = current_app.response_class(json.dumps(body, ensure_ascii=False), status=status,
                                          mimetype=PROBLEM)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


_HTTP = {404: Message("no_such_path"), 413: None, 405: None}


def _db_reason(exc: DataError) -> str:
    """The database's first line about it (no SQL, no parameters)."""
    return str(exc.orig).strip().splitlines()[0][:200] if exc.orig else type(exc).__name__


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return problem_response(exc.status, exc.message, exc.errors, exc.headers, **exc.extra)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if exc.code == 413:
            message = Message("body_too_large", limit=app.config["MAX_CONTENT_LENGTH"])
        elif exc.code == 405:
            message = Message("method_not_allowed", method=request.method)
        elif exc.code == 404:
            message = Message("no_such_path")
        elif exc.code == 400:
            message = Message("bad_json", detail=exc.description or "")
        else:
            message = Message("invalid_value", detail=exc.description or exc.name)
        headers = {}
        if exc.code == 405 and exc.valid_methods:
            headers["Allow"] = ", ".join(exc.valid_methods)
        return problem_response(exc.code or 500, message, headers=headers)

    @app.errorhandler(NotStorable)
    @app.errorhandler(DataError)
    def _not_storable(exc):
        # a value the database cannot hold (a NUL character, an integer past 32 bits) that
        # no request model caught: the client's, so 422; the write was rolled back
        if isinstance(exc, NotStorable):
            return problem_response(422, exc.msg)
        log.info("a value the store cannot hold: %s", exc.orig)
        return problem_response(422, Message("not_storable", detail=_db_reason(exc)))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unexpected error")
        return problem_response(500, Message("internal_error",
                                             request_id=g.get("request_id", "-")))
