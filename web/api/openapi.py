"""The OpenAPI 3.1 document, generated from the endpoints' own pydantic models, and a
browsable reference page served from the package (no CDN).

Each domain gets its own evaluate paths (``/api/v1/evaluate/tiers``...) whose facts and
result schemas are the plugin's models, so a client (or schemathesis) sees exactly what is
checked.
"""
from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, current_app, jsonify, send_from_directory
from pydantic import Field, create_model
from pydantic.json_schema import models_json_schema

from dealer_rules.core.decision import Decision
from dealer_rules.core.store.schema import MAX_NUMBER

from ..services import services
from .models import ApiJsonSchema, BatchItem, BatchRequest, BatchResponse, BatchResult, EvaluateRequest, Problem
from .routing import ENDPOINTS

bp = Blueprint("openapi", __name__, url_prefix="/api/v1")
STATIC = Path(__file__).parent.parent / "static"
REF = "#/components/schemas/{model}"
_PARAM = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")   # <int(max=...):number>
_STATUS_TEXT = {200: "OK", 201: "Created", 204: "No content", 400: "The body is not JSON",
                401: "No or wrong credentials", 403: "Not allowed for this caller",
                404: "Not found (or another group's)", 409: "Stale revision or already exists",
                413: "Body too large", 415: "Body is not application/json",
                422: "Invalid request or refused",
                429: "Too many wrong passwords for this user from this address (Retry-After)",
                503: "Store unreachable"}
SECURITY = {"key": [{"apiKey": []}], "user": [{"basic": []}],
            "any": [{"apiKey": []}, {"basic": []}], "public": []}


@bp.get("/openapi.json")
def openapi_json():
    extensions = current_app.extensions
    if "dealer_rules_openapi" not in extensions:
        extensions["dealer_rules_openapi"] = build_spec(services().registry)
    return jsonify(extensions["dealer_rules_openapi"])


@bp.get("/docs")
def docs_page():
    return send_from_directory(STATIC, "api-docs.html")


@bp.get("/docs/<path:name>")
def docs_asset(name):
    return send_from_directory(STATIC, name)


def _domain_models(domain) -> dict:
    tag = domain.name.capitalize()
    request = create_model(f"Evaluate{tag}Request", __base__=EvaluateRequest,
                           facts=(domain.facts, Field(description=f"Facts of {domain.name}.")))
    item = create_model(f"Batch{tag}Item", __base__=BatchItem, facts=(domain.facts, ...))
    batch = create_model(f"Batch{tag}Request", __base__=BatchRequest,
                         items=(list[item], Field(min_length=1, max_length=1000)))
    decision = create_model(f"{tag}Decision", __base__=Decision, result=(domain.result, ...))
    result = create_model(f"Batch{tag}Result", __base__=BatchResult, decision=(decision | None, None))
    response = create_model(f"Batch{tag}Response", __base__=BatchResponse,
                            results=(list[result], ...))
    return {"request": request, "batch": batch, "decision": decision, "batch_response": response}


def build_spec(registry) -> dict:
    per_domain = {name: _domain_models(d) for name, d in sorted(registry.domains.items())}
    wanted = [(Problem, "serialization"), (Decision, "serialization")]
    for e in ENDPOINTS:
        if e.body is not None:
            wanted.append((e.body, "validation"))
        if e.response is not None:
            wanted.append((e.response, "serialization"))
    for models in per_domain.values():
        wanted += [(models["request"], "validation"), (models["batch"], "validation"),
                   (models["decision"], "serialization"), (models["batch_response"], "serialization")]
    wanted = list(dict.fromkeys(wanted))
    refs, defs = models_json_schema(wanted, ref_template=REF, schema_generator=ApiJsonSchema)

    def ref(model, mode):
        return refs[(model, mode)]

    paths: dict = {}
    for e in ENDPOINTS:
        if e.name in ("evaluate", "evaluate_batch"):
            for name, models in per_domain.items():
                path = e.rule.replace("<domain>", name)
                body, out = (models["request"], models["decision"]) if e.name == "evaluate" else \
                    (models["batch"], models["batch_response"])
                paths.setdefault(path, {})[e.method.lower()] = _operation(
                    e, ref(body, "validation"), ref(out, "serialization"), f"{e.name}_{name}",
                    f"{e.summary} ({name})")
            continue
        response = ref(e.response, "serialization") if e.response is not None else \
            ref(Decision, "serialization") if e.name == "dry_run" else None
        operation = _operation(e, ref(e.body, "validation") if e.body else None, response,
                               e.name, e.summary)
        path = _PARAM.sub(lambda m: "{" + m.group(2) + "}", e.rule)
        params = [{"name": m.group(2), "in": "path", "required": True,
                   "schema": {"type": "integer", "minimum": 0, "maximum": MAX_NUMBER}
                   if m.group(1) == "int"
                   else {"type": "string", "minLength": 1}} for m in _PARAM.finditer(e.rule)]
        if e.query is not None:
            schema = e.query.model_json_schema(ref_template=REF, schema_generator=ApiJsonSchema)
            required = set(schema.get("required", ()))
            for name, prop in schema["properties"].items():
                params.append({"name": name, "in": "query", "required": name in required,
                               "schema": _strip_null(prop)})
        if params:
            operation["parameters"] = params
        paths.setdefault(path, {})[e.method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": "dealer-rules API", "version": "1",
                 "description": "Evaluate dealer-group policy rules; manage their versions. "
                                "See docs/api.md."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": defs.get("$defs", {}),
            "securitySchemes": {
                "apiKey": {"type": "http", "scheme": "bearer",
                           "description": "A dealer group's API key: drk_..."},
                "basic": {"type": "http", "scheme": "basic",
                          "description": "A user's name and password."}}},
    }


def _strip_null(prop: dict) -> dict:
    """A query parameter is absent rather than null."""
    if "anyOf" in prop:
        options = [p for p in prop["anyOf"] if p.get("type") != "null"]
        if len(options) == 1:
            rest = {k: v for k, v in prop.items() if k not in ("anyOf", "default")}
            return {**options[0], **rest}
    return {k: v for k, v in prop.items() if k != "default" or v is not None}


def _operation(e, body_ref, response_ref, operation_id, summary) -> dict:
    op = {"operationId": operation_id, "summary": summary, "description": e.description,
          "tags": [e.tag], "security": SECURITY[e.auth], "responses": {}}
    if body_ref is not None:
        op["requestBody"] = {"required": True,
                             "content": {"application/json": {"schema": body_ref}}}
    ok = {"description": _STATUS_TEXT[e.status]}
    if e.status != 204 and response_ref is not None:
        ok["content"] = {"application/json": {"schema": response_ref}}
    op["responses"][str(e.status)] = ok
    known = set(e.errors) | ({400} if body_ref else set()) | ({429} if e.auth != "public" else set())
    for status in sorted(known):
        op["responses"][str(status)] = {
            "description": _STATUS_TEXT[status],
            "content": {"application/problem+json": {"schema": {"$ref": REF.format(model="Problem")}}}}
    return op


