"""Prometheus metrics and the health endpoints (no authentication: see docs/api.md).

``/healthz``: the process answers. ``/readyz``: the store answered the last poll and the
published rulesets are loaded (``store_reachable`` false, and 503, while it does not: no
connection details, they are in the log). ``/metrics``: request latency, evaluations and rule
hits per domain, and per dealer group only with METRICS_GROUP_LABELS on (it is public: by
default it names no group, so a stranger cannot list a service's customers). Under gunicorn
the metrics of every worker are summed: ``serve`` sets
``PROMETHEUS_MULTIPROC_DIR`` before any worker starts.
"""
from __future__ import annotations

import os
import time

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter,
                               Histogram, generate_latest, multiprocess)


from .services import services

REQUEST_SECONDS = Histogram(
    "dealer_rules_http_request_duration_seconds", "HTTP request latency.",
    ["method", "endpoint", "status"],
    buckets=(.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5))
EVALUATIONS = Counter("dealer_rules_evaluations_total", "Evaluations, by outcome.",
                      ["group", "domain", "outcome"])
RULE_HITS = Counter("dealer_rules_rule_hits_total", "Rules that applied in an evaluation.",
                    ["group", "domain", "rule"])

bp = Blueprint("health", __name__)


_children: dict = {}
#: the group label of evaluations and rule hits: the group's id with METRICS_GROUP_LABELS
#: on, else this one value for all groups
ALL_GROUPS = "*"
_settings = {"group_labels": False}
STARTED = "dealer_rules.started"   # in the environ: when the request began


def _child(metric, *labels):
    """``metric.labels(*labels)``, remembered: labels() checks and locks on every call, and
    these run on every request."""
    key = (metric, labels)
    child = _children.get(key)
    if child is None:
        child = _children[key] = metric.labels(*labels)
    return child


def count(group: str, domain: str, outcome: str, hits: dict | None = None, n: int = 1) -> None:
    if not _settings["group_labels"]:
        group = ALL_GROUPS
    _child(EVALUATIONS, group, domain, outcome).inc(n)
    for rule, times in (hits or {}).items():
        _child(RULE_HITS, group, domain, rule).inc(times)


def observe(method: str, rule: str, status: int, seconds: float) -> None:
    """One request's latency, by method, URL rule and status."""
    _child(REQUEST_SECONDS, method, rule, str(status)).observe(seconds)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    found = services()
    status = found.published.status
    ready = status.last_poll_ok and status.generation is not None
    body = {"status": "ready" if ready else "not ready", "pid": os.getpid(),
            "store_reachable": status.last_poll_ok,
            "generation": status.generation,
            "loaded_at": status.loaded_at.isoformat() if status.loaded_at else None,
            "rulesets": [f"{g_}/{d} v{found.published.get(g_, d).identity.version}"
                         for g_, d in found.published.keys_of()],
            "failed": [f"{g_}/{d}" for g_, d in status.failed]}
    if not current_app.config["METRICS_GROUP_LABELS"]:
        # public: how many, not which groups (METRICS_GROUP_LABELS names them, as on /metrics)
        body["rulesets"], body["failed"] = len(body["rulesets"]), len(body["failed"])
    # why the store is unreachable goes to the log only: this answer is public, and the
    # driver's text names the host, port and database
    return jsonify(body), 200 if ready else 503


@bp.get("/metrics")
def metrics():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    _settings["group_labels"] = bool(app.config.get("METRICS_GROUP_LABELS"))

    @app.before_request
    def _start():
        request.environ.setdefault(STARTED, time.perf_counter())  # the fast path's, if it tried

    @app.after_request
    def _observe(response):
        req = request._get_current_object()  # one proxy lookup, not four
        started = req.environ.get(STARTED)
        if started is not None:
            observe(req.method, req.url_rule.rule if req.url_rule else "<unmatched>",
                    response.status_code, time.perf_counter() - started)
        return response

    app.register_blueprint(bp)


