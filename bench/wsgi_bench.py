"""Microseconds per request with no server and no network: each WSGI app called in-process.

Run by hand::

    .venv/bin/python bench/wsgi_bench.py [--requests 3000]

Where bench/http_bench.py measures what a client sees, this separates the app's own cost
from gunicorn's and the kernel's: the bare Flask echo of http_bench.py, the service's
``/healthz``, and a single evaluation (the same body and rulesets as http_bench.py) with
the fast path (web/fast_evaluate.py) and through the Flask view, and the fast path with the
recorded sample of evaluations off and at every evaluation (the first evaluate row records
at the default rate, 0.1). Best of 5 rounds.
Under gunicorn and wrk every figure grows (caches go cold between requests); the order
does not change.
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT), str(ROOT / "bench")]

import http_bench  # noqa: E402 - the same body, bare app and rulesets


def environ(path: str, body: bytes, method: str = "POST", headers: dict | None = None) -> dict:
    env = {"REQUEST_METHOD": method, "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": "",
           "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8080", "SERVER_PROTOCOL": "HTTP/1.1",
           "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body), "wsgi.errors": sys.stderr,
           "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
           "REMOTE_ADDR": "127.0.0.1"}
    if body:
        env.update(CONTENT_TYPE="application/json", CONTENT_LENGTH=str(len(body)))
    env.update(headers or {})
    return env


def call(app, path: str, body: bytes, method: str, headers: dict) -> str:
    status = []
    result = app(environ(path, body, method, headers), lambda s, h, e=None: status.append(s))
    b"".join(result)
    if hasattr(result, "close"):
        result.close()
    return status[0]


def per_request(app, path, body=b"", method="POST", headers=None, n=3000) -> float:
    status = call(app, path, body, method, headers)
    if not status.startswith("200"):
        raise SystemExit(f"{path}: {status}")
    for _ in range(300):
        call(app, path, body, method, headers)
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(n):
            call(app, path, body, method, headers)
        best = min(best, (time.perf_counter() - started) / n)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="per round (5 rounds)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dealer-rules-wsgi-bench-"))
    try:
        url, key = http_bench.bench_store(work)
        os.environ.update(DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD="1", DEALER_RULES_LOG_LEVEL="WARNING")
        from dealer_rules.web import create_app
        config = {"DATABASE_URL": url, "PLUGINS": "support.sample_plugin",
                  "START_REFRESHER": False}
        service = create_app({**config, "FAST_EVALUATE": True})
        flask_only = create_app({**config, "FAST_EVALUATE": False})
        # the recorded sample of evaluations (core/sampling.py): off, and every evaluation
        unrecorded = create_app({**config, "FAST_EVALUATE": True, "SAMPLE_EVALUATIONS": False})
        all_recorded = create_app({**config, "FAST_EVALUATE": True, "SAMPLE_RATE": 1.0})
        namespace: dict = {}
        exec(http_bench.BARE_APP, namespace)
        body = json.dumps(http_bench.SINGLE).encode()
        auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
        gc.collect()
        gc.freeze()      # as web/gunicorn_settings.py does in each worker
        n = args.requests
        # one app after the other: the key check is cached per app's key snapshot
        rows = [("bare Flask echo", per_request(namespace["app"], "/echo", body, n=n)),
                ("service /healthz", per_request(service, "/healthz", method="GET", n=n)),
                ("evaluate", per_request(service, "/api/v1/evaluate/visit", body,
                                         headers=auth, n=n)),
                ("evaluate, Flask view", per_request(flask_only, "/api/v1/evaluate/visit", body,
                                                     headers=auth, n=n)),
                ("evaluate, not recorded", per_request(unrecorded, "/api/v1/evaluate/visit",
                                                       body, headers=auth, n=n)),
                ("evaluate, all recorded", per_request(all_recorded, "/api/v1/evaluate/visit",
                                                       body, headers=auth, n=n))]
        for app in (service, flask_only, unrecorded, all_recorded):
            app.extensions["dealer_rules"].close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bare = rows[0][1]
    print(f"{'in-process WSGI call':<24}{'us/request':>12}{'vs bare':>10}")
    for name, micros in rows:
        print(f"{name:<24}{micros:>12.1f}{micros / bare:>9.2f}x")


if __name__ == "__main__":
    main()
