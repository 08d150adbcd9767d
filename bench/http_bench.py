"""HTTP throughput and latency of the rules service, side by side with a bare Flask app.

Run by hand (needs wrk: ``apt-get install -y wrk``)::

    .venv/bin/python bench/http_bench.py [--seconds 10] [--connections 4]

Starts, one after the other on loopback, each under gunicorn with ONE sync worker and the
same settings: (1) a bare Flask app whose endpoint only parses the JSON body and echoes
it, (2) the real service (SQLite store in a temporary folder, the sample ``visit`` domain
and the test rulesets) as it is served, and (3) the same with ``FAST_EVALUATE`` off, so
that evaluations go through the Flask view (web/fast_evaluate.py says why both). wrk posts
the same single-evaluation body to each, then a batch of 100 items to the service. Prints requests/s, p50 and p99, and the ratios that
docs/performance.md asks for.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = {"customer": {"tier": "gold", "spend_12m": "5200.50", "tags": ["vip"]},
         "visit": {"labour": "1200", "opened_at": "2026-11-27T10:00:00+08:00"},
         "vehicle": {"km": 42000, "delivered_on": "2023-05-01",
                     "repairs": [{"part": "brake_pads", "km": 30000}]}}
SINGLE = {"facts": FACTS, "at": "2026-11-27T10:00:00+08:00"}
BATCH = 100

BARE_APP = '''
from flask import Flask, jsonify, request
app = Flask("bare")

@app.post("/echo")
def echo():
    return jsonify(request.get_json())
'''

LUA = '''
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
{auth}
wrk.body = [[{body}]]
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, process, any_status: bool = False) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            if any_status:
                return
            time.sleep(0.1)
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} not ready")


def gunicorn(app_spec: str, port: int, env: dict, cwd: Path):
    # the same worker settings as `dealer-rules serve` (web/cli.py), its gc.freeze() too
    command = [str(Path(sys.executable).parent / "gunicorn"), "--workers", "1",
               "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
               "--config", "python:dealer_rules.web.gunicorn_settings", app_spec]
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def bench_store(work: Path) -> tuple[str, str]:
    """(url, API key of group north): a SQLite store in ``work`` with the test rulesets."""
    from dealer_rules.core.store import Actor, Store, accounts
    from dealer_rules.core.store.seed import seed_rulesets
    url = f"sqlite:///{work / 'store.sqlite'}"
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, ROOT / "tests" / "support" / "rulesets")
    with store.write() as session:
        _, key = accounts.create_api_key(session, Actor("bench"), "north", "bench")
    store.dispose()
    return url, key


def run_wrk(url: str, body: dict, seconds: int, connections: int, auth: str = "") -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA.format(body=json.dumps(body), auth=auth))
    try:
        # warm up, then measure
        subprocess.run(["wrk", "-t1", f"-c{connections}", "-d2s", "-s", script.name, url],
                       capture_output=True, check=True)
        out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
                              "-s", script.name, url], capture_output=True, text=True, check=True)
    finally:
        os.unlink(script.name)
    requests_, rps, p50, p99, errors = re.search(r"RESULT (\S+) (\S+) (\S+) (\S+) (\S+)",
                                                 out.stdout).groups()
    return {"requests": int(requests_), "rps": float(rps), "p50_ms": float(p50),
            "p99_ms": float(p99), "errors": int(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--recording", type=int, default=0, metavar="ROUNDS",
                        help="Instead: single evaluations with the recorded sample off, at "
                             "its default rate (0.1) and at rate 1, in ROUNDS interleaved "
                             "rounds (core/sampling.py; docs/performance.md).")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk not found: apt-get install -y wrk")
    if args.recording:
        return recording(args)
    work = Path(tempfile.mkdtemp(prefix="dealer-rules-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests"),
           "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"}
    results = {}
    try:
        # 1. the bare Flask endpoint
        (work / "bare_app.py").write_text(BARE_APP)
        port = free_port()
        bare = gunicorn("bare_app:app", port, env, work)
        try:
            wait_ready(f"http://127.0.0.1:{port}/", bare, any_status=True)
            results["bare echo"] = run_wrk(f"http://127.0.0.1:{port}/echo", SINGLE,
                                           args.seconds, args.connections)
        finally:
            bare.terminate()
            bare.wait()
        # 2. the service
        url, key = bench_store(work)
        service_env = {**env, "DEALER_RULES_DATABASE_URL": url,
                       "DEALER_RULES_PLUGINS": "support.sample_plugin", "DEALER_RULES_LOG_LEVEL": "WARNING",
                       "DEALER_RULES_INSTANCE_PATH": str(work / "instance")}
        auth = f'wrk.headers["Authorization"] = "Bearer {key}"'
        # 2a. as served (the fast path of web/fast_evaluate.py), 2b. through the Flask view
        for name, fast in (("evaluate", "1"), ("evaluate, Flask", "0")):
            port = free_port()
            service = gunicorn("dealer_rules.web:create_app()", port,
                               {**service_env, "DEALER_RULES_FAST_EVALUATE": fast}, ROOT)
            base = f"http://127.0.0.1:{port}"
            try:
                wait_ready(base + "/readyz", service)
                results[name] = run_wrk(base + "/api/v1/evaluate/visit", SINGLE, args.seconds,
                                        args.connections, auth)
                if fast == "1":
                    batch = {"items": [{"facts": FACTS}] * BATCH, "at": SINGLE["at"]}
                    results[f"batch of {BATCH}"] = run_wrk(
                        base + "/api/v1/evaluate/visit/batch", batch, args.seconds,
                        args.connections, auth)
            finally:
                service.terminate()
                service.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"one gunicorn sync worker, {args.connections} connections, {args.seconds} s each, "
          f"{os.cpu_count()} cores")
    print(f"{'endpoint':<18}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
    for name, r in results.items():
        print(f"{name:<18}{r['rps']:>10.0f}{r['p50_ms']:>10.2f}{r['p99_ms']:>10.2f}{r['errors']:>8}")
    ratio = results["evaluate"]["rps"] / results["bare echo"]["rps"]
    flask = results["evaluate, Flask"]["rps"] / results["bare echo"]["rps"]
    evals = results[f"batch of {BATCH}"]["rps"] * BATCH
    print(f"single evaluate / bare echo: {ratio:.0%} (target >= 70%; through the Flask view "
          f"{flask:.0%}); p99 {results['evaluate']['p99_ms']:.2f} ms (target < 10 ms)")
    print(f"batch: {evals:.0f} evaluations/s per worker (target >= 8,000)")


def recording(args) -> None:
    """The cost of recording the sample of evaluations: the served fast path with recording
    off, at the default rate and at every evaluation, interleaved (the order turns each
    round), so the machine's other load falls on all three alike."""
    import statistics
    work = Path(tempfile.mkdtemp(prefix="dealer-rules-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests"),
           "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"}
    settings = {"off": {"DEALER_RULES_SAMPLE_EVALUATIONS": "0"},
                "rate 0.1": {"DEALER_RULES_SAMPLE_RATE": "0.1"},
                "rate 1": {"DEALER_RULES_SAMPLE_RATE": "1"}}
    results = {name: [] for name in settings}
    load_before = os.getloadavg()[0]
    try:
        url, key = bench_store(work)
        service_env = {**env, "DEALER_RULES_DATABASE_URL": url,
                       "DEALER_RULES_PLUGINS": "support.sample_plugin",
                       "DEALER_RULES_LOG_LEVEL": "WARNING",
                       "DEALER_RULES_INSTANCE_PATH": str(work / "instance")}
        auth = f'wrk.headers["Authorization"] = "Bearer {key}"'
        names = list(settings)
        for round_ in range(args.recording):
            for name in names[round_ % 3:] + names[:round_ % 3]:
                port = free_port()
                service = gunicorn("dealer_rules.web:create_app()", port,
                                   {**service_env, **settings[name]}, ROOT)
                base = f"http://127.0.0.1:{port}"
                try:
                    wait_ready(base + "/readyz", service)
                    r = run_wrk(base + "/api/v1/evaluate/visit", SINGLE, args.seconds,
                                args.connections, auth)
                finally:
                    service.terminate()
                    service.wait()
                results[name].append(r)
                print(f"round {round_ + 1} {name:<9} {r['rps']:>8.0f} req/s  p50 "
                      f"{r['p50_ms']:.2f} ms  p99 {r['p99_ms']:.2f} ms", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\none gunicorn sync worker, {args.connections} connections, {args.seconds} s each; "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    off = statistics.median(r["rps"] for r in results["off"])
    for name, runs in results.items():
        rps = [r["rps"] for r in runs]
        p99 = statistics.median(r["p99_ms"] for r in runs)
        print(f"{name:<9} req/s median {statistics.median(rps):>7.0f} ({min(rps):.0f}-{max(rps):.0f})"
              f", p99 median {p99:.2f} ms, {statistics.median(rps) / off:.0%} of off")


if __name__ == "__main__":
    main()
