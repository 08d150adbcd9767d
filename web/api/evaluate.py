"""Evaluating facts against the published ruleset of the caller's dealer group.

The hot path: the API key was checked in memory, the compiled ruleset is leased from the
in-memory holder (an evaluation sees one version whole), nothing touches the database.
"""
from __future__ import annotations

import collections
import logging

from flask import Blueprint, current_app, request

from dealer_rules.core.engine import EngineError
from dealer_rules.core.evaluate import ActionError, FactsError, HookError
from dealer_rules.core.messages import Message

from .. import auth, metrics
from ..errors import ApiError
from ..errors import lang as _lang
from ..services import services
from .models import ProblemItem, BatchError, BatchRequest, BatchResponse, BatchResult, EvaluateRequest
from .routing import endpoint, parse_json, read_body

bp = Blueprint("evaluate", __name__, url_prefix="/api/v1")
log = logging.getLogger(__name__)
EVAL_ERRORS = (401, 403, 404, 413, 415, 422)


def facts_problems(exc: FactsError, prefix: str = "facts") -> list[dict]:
    return [{"path": f"{prefix}.{p['path']}" if p["path"] else prefix, "message": p["message"],
             "code": p["message"].code} for p in exc.problems]


#: what an evaluation may raise on a client's facts: FactsError, an action's ActionError, a
#: plugin hook's HookError (each naming what failed), an EngineError; anything else is
#: still the answer to these facts, so 422, logged, never a 500.
EVALUATION_ERRORS = (Exception,)


def failure(exc: Exception) -> tuple[Message, list]:
    """(message, errors) of an evaluation that failed on these facts (422, never 500).

    Logged on one line: a client sending the same bad facts a thousand times must not
    flood the log with a thousand tracebacks (they are at DEBUG level, for a plugin's
    author)."""
    if isinstance(exc, FactsError):
        return exc.msg, facts_problems(exc)
    if isinstance(exc, (ActionError, HookError)):
        log.warning("evaluation failed in a plugin: %s", exc.message)
        log.debug("traceback of the plugin's failure", exc_info=exc.cause)
        return Message("evaluation_failed", detail=exc.msg), []
    if not isinstance(exc, EngineError):
        log.warning("evaluation failed: %s: %s", type(exc).__name__, str(exc)[:300])
        log.debug("traceback of the failed evaluation", exc_info=exc)
    return Message("evaluation_failed", detail=f"{type(exc).__name__}: {exc}"), []


def _no_ruleset(group: str, domain: str) -> ApiError:
    return ApiError(404, Message("no_published", group=group, domain=domain))


@endpoint(bp, "/evaluate/<domain>", "POST", summary="Evaluate facts", tag="evaluate",
          auth="key", body=EvaluateRequest, response=None, errors=EVAL_ERRORS, reads_body=True)
def evaluate(domain: str):
    """Decide what applies to these facts now (or ``at``) with the published ruleset of
    the API key's dealer group; the answer names the version it used."""
    answered = evaluate_request(services(), auth.current(), domain, request.mimetype, read_body())
    return current_app.response_class(answered, mimetype="application/json")


def evaluate_request(found, principal, domain: str, mimetype: str, raw: bytes,
                     language=None) -> bytes:
    """One evaluation over HTTP, from an authenticated caller to the answer's bytes: the
    scope, the body parsed, the published ruleset leased, the facts evaluated once, the
    outcome counted. The Flask view and the fast path (web/fast_evaluate.py) both call this;
    anything but a 200 is an ``ApiError`` (a problem, rendered by whichever called).
    ``language``: a callable giving en or zh for an explanation's words (default: the Flask
    request's Accept-Language); only called when an explanation is asked for.
    """
    auth.require_key(principal, "evaluate")
    body = parse_json(EvaluateRequest, mimetype, raw)
    group = principal.group
    with found.published.use(group, domain) as ruleset:
        if ruleset is None:
            raise _no_ruleset(group, domain)
        try:
            decision = found.evaluator.evaluate(ruleset, body.facts, at=body.at,
                                                explain=body.explain,
                                                lang=(language or _lang)() if body.explain
                                                else "en")
            answered = answer(found, group, domain, decision)
        except EVALUATION_ERRORS as exc:
            metrics.count(group, domain, "invalid" if isinstance(exc, FactsError) else "failed")
            message, errors = failure(exc)
            raise ApiError(422, message, errors) from None
        if found.samples is not None:   # the impact report's sample (core/sampling.py)
            found.samples.sampler.offer(group, domain, decision.ruleset.version,
                                        ruleset.domain.facts, body.facts, decision.at)
        return answered


def answer(found, group: str, domain: str, decision) -> bytes:
    """The response body of an evaluation that succeeded, once it is counted (metrics, the
    admin's hit chart): how both this view and the fast path (web/fast_evaluate.py) end.
    Serialised first: a result a plugin filled with something JSON cannot hold raises
    before anything is counted."""
    body = decision.__pydantic_serializer__.to_json(decision)
    fired = dict.fromkeys((r.id for r in decision.fired), 1)  # a rule applies once per evaluation
    metrics.count(group, domain, "ok", fired)
    found.refresher.rules_fired(group, domain, fired)
    return body


@endpoint(bp, "/evaluate/<domain>/batch", "POST", summary="Evaluate a batch of facts",
          tag="evaluate", auth="key", body=BatchRequest, response=BatchResponse,
          errors=EVAL_ERRORS)
def evaluate_batch(domain: str, body: BatchRequest):
    """Evaluate up to 1,000 sets of facts in one request, all with the same published
    version; an item that fails has its own error and does not fail the others."""
    principal = auth.current()
    auth.require_key(principal, "evaluate")
    group = principal.group
    found = services()
    evaluator = found.evaluator
    results, hits, failed = [], collections.Counter(), 0
    with found.published.use(group, domain) as ruleset:
        if ruleset is None:
            raise _no_ruleset(group, domain)
        for index, item in enumerate(body.items):
            try:
                decision = evaluator.evaluate(
                    ruleset, item.facts, at=item.at or body.at,
                    explain=body.explain if item.explain is None else item.explain,
                    lang=_lang())
            except EVALUATION_ERRORS as exc:
                failed += 1
                message, errors = failure(exc)
                prefixed = [ProblemItem(path=f"items[{index}].{e['path']}", code=e["code"],
                                        message=e["message"].render(_lang())) for e in errors]
                results.append(BatchResult.model_construct(index=index, ok=False, decision=None,
                    error=BatchError.model_construct(status=422, code=message.code,
                                                     title=message.render(_lang()),
                                                     errors=prefixed)))
                continue
            hits.update(r.id for r in decision.fired)
            results.append(BatchResult.model_construct(index=index, ok=True, decision=decision,
                                                       error=None))
        identity = ruleset.identity
    metrics.count(group, domain, "ok", hits, n=len(results) - failed)
    found.refresher.rules_fired(group, domain, hits)
    if failed:
        metrics.count(group, domain, "failed", n=failed)
    changes = [r.decision.next_change_at for r in results
               if r.decision is not None and r.decision.next_change_at is not None]
    return BatchResponse.model_construct(ruleset=identity, succeeded=len(results) - failed,
                                         failed=failed, results=results,
                                         next_change_at=min(changes, default=None))


