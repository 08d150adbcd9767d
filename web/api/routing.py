"""One decorator declares an endpoint's body, query, responses and authentication; it
parses and checks the request with those models and records them for the OpenAPI document.

A handler receives the parsed ``body`` / ``query`` models and returns a pydantic model
(200), ``(model, status)``, or a Flask response.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from flask import Blueprint, current_app, request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from dealer_rules.core.messages import Message
from dealer_rules.core.problems import loc_text, pydantic_message

from .. import auth as authentication
from ..errors import ApiError


@dataclass
class Endpoint:
    rule: str
    method: str
    name: str
    summary: str
    description: str
    tag: str
    auth: str                   # "public", "key", "user", "any"
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    status: int
    response: type[BaseModel] | None
    errors: tuple = field(default_factory=tuple)
    body_media: dict | None = None        # OpenAPI ``content`` of a body that is not JSON
    response_media: dict | None = None    # OpenAPI ``content`` of an answer that is not JSON


ENDPOINTS: list[Endpoint] = []


def endpoint(bp: Blueprint, rule: str, method: str, *, summary: str, tag: str, auth: str,
             response: type[BaseModel] | None, body=None, query=None, status: int = 200,
             errors=(), reads_body: bool = False, body_media: dict | None = None,
             response_media: dict | None = None):
    """Register a JSON API view and document it (OpenAPI). The view is given ``body`` parsed
    as its model, unless ``reads_body``: then it reads the body itself (the evaluation, whose
    one shared function parses it for the Flask view and the fast path alike).
    ``body_media`` / ``response_media`` document a body or an answer that is not JSON (an
    Excel upload or download) as OpenAPI ``content``; the view reads such a body itself."""
    def decorate(func):
        @functools.wraps(func)
        def view(**kwargs):
            if any("\x00" in v for v in kwargs.values() if isinstance(v, str)):
                raise ApiError(404, Message("no_such_path"))   # nothing is named so
            authenticate_first(auth)
            if body is not None and not reads_body:
                kwargs["body"] = parse_body(body)
            if query is not None:
                kwargs["query"] = parse_model(query, request.args.to_dict(), "query")
            result = func(**kwargs)
            if isinstance(result, BaseModel):
                return respond(result, status)
            if isinstance(result, tuple) and isinstance(result[0], BaseModel):
                return respond(*result)
            return result
        bp.add_url_rule(rule, endpoint=func.__name__, view_func=view, methods=[method])
        ENDPOINTS.append(Endpoint(bp.url_prefix + rule, method, func.__name__, summary,
                                  (func.__doc__ or "").strip(), tag, auth, body, query, status,
                                  response, tuple(errors), body_media, response_media))
        return func
    return decorate


def authenticate_first(kind: str) -> None:
    """Who is calling, before anything of the request is read: an anonymous caller gets
    401 (or 429 while locked out), never a 413/415/422 about a body it may not send. Views
    outside ``endpoint`` that take a body call this first too."""
    if kind != "public":
        authentication.current()


def respond(model: BaseModel, status: int = 200):
    return current_app.response_class(model.model_dump_json(by_alias=True), status=status,
                                      mimetype="application/json")


def parse_body(model: type[BaseModel]) -> BaseModel:
    """The request's JSON body as ``model`` (``parse_json``); 413 if too large."""
    return parse_json(model, request.mimetype, read_body())


def read_body() -> bytes:
    """The request's body; 413 (by werkzeug) past MAX_CONTENT_LENGTH, chunked bodies too."""
    data = request.get_data(cache=False)
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.content_length is None and limit and len(data) >= limit:
        # a chunked body (no Content-Length) is cut at the limit, not refused: werkzeug
        # stops reading there, so the JSON would look broken (400) instead of too large
        raise RequestEntityTooLarge()
    return data


def parse_json(model: type[BaseModel], mimetype: str, data: bytes) -> BaseModel:
    """``data`` as ``model``: 415 if not JSON, 400 if not parseable, 422 with field paths if
    it does not fit. Needs no Flask request (the evaluation fast path calls it too)."""
    if mimetype != "application/json" and not mimetype.endswith("+json"):
        raise ApiError(415, Message("needs_json"))
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        if errors and errors[0]["type"] == "json_invalid":
            raise ApiError(400, Message("bad_json", detail=errors[0].get("ctx", {}).get(
                "error", errors[0]["msg"]))) from None
        raise invalid(errors, "body") from None


def parse_model(model: type[BaseModel], data: dict, where: str) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid(exc.errors(include_url=False), where) from None


def invalid(errors: list, where: str) -> ApiError:
    return ApiError(422, Message("request_invalid"), [
        {"path": loc_text((where,) + tuple(e["loc"])), "message": pydantic_message(e),
         "code": pydantic_message(e).code} for e in errors])
