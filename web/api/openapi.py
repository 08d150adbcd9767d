"""The OpenAPI 3.1 document, generated from the endpoints' own pydantic models, and a
browsable reference page served from the package (no CDN).

Each domain gets its own evaluate and dry-run paths (``/api/v1/evaluate/tiers``...) whose
facts and result schemas are the plugin's models, so a client (or schemathesis) sees
exactly what is checked. The document is a contract clients are generated from
(openapi-python-client, openapi-typescript; tests/service/test_openapi_contract.py): every
schema name is unique and readable (a plugin's models carry their domain's name:
``TiersCustomer``), answers list what they always send as ``required``, every operation
declares its security and every error it can answer, and descriptions are Markdown.
"""
from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, current_app, jsonify, redirect, send_from_directory, url_for
from pydantic import Field, create_model
from pydantic.json_schema import models_json_schema

from dealer_rules.core.decision import Decision
from dealer_rules.core.store.schema import MAX_NUMBER

from ..services import services
from .models import (ApiJsonSchema, BatchItem, BatchRequest, BatchResponse, BatchResult,
                     DryRunRequest, EvaluateRequest, Problem, class_name)
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
                503: "Store unreachable: try again later (Retry-After)"}
SECURITY = {"key": [{"bearer": []}, {"apiKey": []}], "user": [{"basic": []}],
            "any": [{"bearer": []}, {"apiKey": []}, {"basic": []}], "public": []}
SECURITY_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "drk_...",
               "description": "A dealer group's API key: `Authorization: Bearer drk_...`."},
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key",
               "description": "The same API key in the `X-API-Key` header."},
    "basic": {"type": "http", "scheme": "basic",
              "description": "A user's name and password (HTTP Basic)."}}
#: endpoints documented once per domain: (request model, answer model) of _domain_models
PER_DOMAIN = {"evaluate": ("request", "decision"), "evaluate_batch": ("batch", "batch_response"),
              "dry_run": ("dry_run", "decision")}


@bp.get("/openapi.json")
def openapi_json():
    extensions = current_app.extensions
    if "dealer_rules_openapi" not in extensions:
        extensions["dealer_rules_openapi"] = build_spec(services().registry)
    return jsonify(extensions["dealer_rules_openapi"])


@bp.get("/docs")
def docs_page():
    return send_from_directory(STATIC, "api-docs.html")


@bp.get("/docs/")
def docs_page_slash():
    """The page's links are relative to /api/v1/docs: send /docs/ there."""
    return redirect(url_for("openapi.docs_page"), 308)


@bp.get("/docs/<path:name>")
def docs_asset(name):
    return send_from_directory(STATIC, name)


def _domain_models(domain) -> dict:
    tag = class_name(domain.name)
    facts = (domain.facts, Field(description=f"Facts of {domain.name}."))
    request = create_model(f"Evaluate{tag}Request", __base__=EvaluateRequest, facts=facts)
    dry_run = create_model(f"DryRun{tag}Request", __base__=DryRunRequest, facts=facts)
    item = create_model(f"Batch{tag}Item", __base__=BatchItem, facts=(domain.facts, ...))
    batch = create_model(f"Batch{tag}Request", __base__=BatchRequest,
                         items=(list[item], Field(min_length=1, max_length=1000)))
    decision = create_model(f"{tag}Decision", __base__=Decision, result=(domain.result, ...))
    result = create_model(f"Batch{tag}Result", __base__=BatchResult, decision=(decision | None, None))
    response = create_model(f"Batch{tag}Response", __base__=BatchResponse,
                            results=(list[result], ...))
    return {"request": request, "dry_run": dry_run, "batch": batch, "decision": decision,
            "batch_response": response}


def domain_modules(registry) -> dict[str, str]:
    """Module (and package) -> domain, for the modules a domain's models come from; a
    package whose modules serve several domains is left out."""
    modules: dict[str, str] = {}
    for name, domain in registry.domains.items():
        models = [domain.facts, domain.result] + [a.params for a in registry.actions_of(name)]
        for model in models:
            modules.setdefault(model.__module__, name)
    packages: dict[str, set] = {}
    for module, name in modules.items():
        package = module.rpartition(".")[0]
        if package:
            packages.setdefault(package, set()).add(name)
    for package, names in packages.items():
        if len(names) == 1 and package.count(".") >= 1:
            modules.setdefault(package, names.pop())
    return modules


def build_spec(registry) -> dict:
    per_domain = {name: _domain_models(d) for name, d in sorted(registry.domains.items())}
    generator = type("DomainJsonSchema", (ApiJsonSchema,),
                     {"domain_modules": domain_modules(registry), "defaults_in_words": True})
    wanted = [(Problem, "serialization")]
    for e in ENDPOINTS:
        if e.name in PER_DOMAIN:
            continue
        if e.body is not None:
            wanted.append((e.body, "validation"))
        if e.response is not None:
            wanted.append((e.response, "serialization"))
    for models in per_domain.values():
        wanted += [(models["request"], "validation"), (models["dry_run"], "validation"),
                   (models["batch"], "validation"), (models["decision"], "serialization"),
                   (models["batch_response"], "serialization")]
    wanted = list(dict.fromkeys(wanted))
    refs, defs = models_json_schema(wanted, ref_template=REF, schema_generator=generator)
    schemas = defs.get("$defs", {})
    for name, schema in schemas.items():
        schema["title"] = name      # a generator names its class after the title

    paths: dict = {}
    for e in ENDPOINTS:
        domains = per_domain.items() if e.name in PER_DOMAIN else [(None, None)]
        for domain, models in domains:
            rule = e.rule.replace("<domain>", domain) if domain else e.rule
            if domain:
                body_model, answer_model = (models[k] for k in PER_DOMAIN[e.name])
                operation = _operation(e, refs[(body_model, "validation")],
                                       refs[(answer_model, "serialization")],
                                       f"{e.name}_{domain}", f"{e.summary} ({domain})")
            else:
                operation = _operation(
                    e, refs[(e.body, "validation")] if e.body else None,
                    refs[(e.response, "serialization")] if e.response else None,
                    e.name, e.summary)
            params = _parameters(e, rule, generator)
            if params:
                operation["parameters"] = params
            path = _PARAM.sub(lambda m: "{" + m.group(2) + "}", rule)
            paths.setdefault(path, {})[e.method.lower()] = operation
    return markdown({
        "openapi": "3.1.0",
        "info": {"title": "dealer-rules API", "version": "1",
                 "description": "Evaluate dealer-group policy rules; manage their versions. "
                                "Money is a decimal string in CNY (`\"1200.00\"`). "
                                "See docs/api.md."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": SECURITY_SCHEMES},
    })


def _parameters(e, rule: str, generator) -> list[dict]:
    params = [{"name": m.group(2), "in": "path", "required": True,
               "schema": {"type": "integer", "minimum": 0, "maximum": MAX_NUMBER}
               if m.group(1) == "int"
               else {"type": "string", "minLength": 1}} for m in _PARAM.finditer(rule)]
    if e.query is not None:
        schema = e.query.model_json_schema(ref_template=REF, schema_generator=generator)
        required = set(schema.get("required", ()))
        for name, prop in schema["properties"].items():
            params.append({"name": name, "in": "query", "required": name in required,
                           "schema": _strip_null(prop)})
    return params


def _strip_null(prop: dict) -> dict:
    """A query parameter is absent rather than null."""
    if "anyOf" in prop:
        options = [p for p in prop["anyOf"] if p.get("type") != "null"]
        if len(options) == 1:
            rest = {k: v for k, v in prop.items() if k not in ("anyOf", "default")}
            return {**options[0], **rest}
    return {k: v for k, v in prop.items() if k != "default" or v is not None}


def error_statuses(e) -> list[int]:
    """Every error an endpoint can answer: those it declares, 503 (the store, or the key
    cache behind it, is unreachable), and what its kind implies: 401 without credentials,
    429 where a password may be checked, 400/413/415/422 with a body, 422 with a query."""
    statuses = set(e.errors) | {503}
    if e.auth != "public":
        statuses |= {401, 429}    # 429: too many wrong passwords (web/password_checks.py)
    if e.body is not None or e.body_media:
        statuses |= {400, 413, 415, 422}
    if e.query is not None:
        statuses.add(422)
    return sorted(statuses)


def _operation(e, body_ref, response_ref, operation_id, summary) -> dict:
    op = {"operationId": operation_id, "summary": summary, "description": e.description,
          "tags": [e.tag], "security": SECURITY[e.auth], "responses": {}}
    if body_ref is not None:
        op["requestBody"] = {"required": True,
                             "content": {"application/json": {"schema": body_ref}}}
    elif e.body_media:
        op["requestBody"] = {"required": True, "content": e.body_media}
    ok = {"description": _STATUS_TEXT[e.status]}
    if e.status != 204 and response_ref is not None:
        ok["content"] = {"application/json": {"schema": response_ref}}
    elif e.status != 204 and e.response_media:
        ok["content"] = e.response_media
    op["responses"][str(e.status)] = ok
    for status in error_statuses(e):
        op["responses"][str(status)] = {
            "description": _STATUS_TEXT[status],
            "content": {"application/problem+json": {"schema": {"$ref": REF.format(model="Problem")}}}}
    return op


_RST_LITERAL = re.compile(r"``(.+?)``", re.S)


def markdown(node):
    """The document with reStructuredText literals (``x``, from docstrings) as Markdown
    code (`x`) in every description."""
    if isinstance(node, dict):
        return {k: _RST_LITERAL.sub(r"`\1`", v) if k == "description" and isinstance(v, str)
                else markdown(v) for k, v in node.items()}
    if isinstance(node, list):
        return [markdown(v) for v in node]
    return node
