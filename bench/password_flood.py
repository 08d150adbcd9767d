"""Do wrong passwords slow the service down? Evaluation latency alone, then while
anonymous clients send wrong HTTP Basic passwords (each a new user name, as a guesser
would), against a real ``dealer-rules serve`` with real scrypt.

Run by hand::

    .venv/bin/python bench/password_flood.py [--seconds 5] [--flooders 4] [--workers 2]

Before the shared lock-out (web/password_checks.py) every wrong password cost a scrypt
hash: four such clients took evaluate's median from 2.4 ms to 436 ms. Now the address is
locked after ``LOGIN_MAX_FAILURES * 4`` failures and a locked attempt is refused before
hashing. Prints p50/p99 of evaluations alone and, once the address is locked, under the
flood; how many wrong passwords were hashed before the lock; how the flood was answered.
"""
from __future__ import annotations

import argparse
import base64
import collections
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BODY = {"facts": {"customer": {"car_purchases": [{"purchased_on": "2025-05-01"}]}}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def latencies(base: str, key: str, seconds: float) -> list[float]:
    out, end = [], time.monotonic() + seconds
    headers = {"Authorization": f"Bearer {key}", "Connection": "close"}
    while time.monotonic() < end:
        started = time.perf_counter()
        answer = requests.post(base + "/api/v1/evaluate/tiers", json=BODY, headers=headers,
                               timeout=30)
        out.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return out


def flood(base: str, stop: threading.Event, answers: collections.Counter) -> None:
    while not stop.is_set():
        token = base64.b64encode(f"guess{secrets.token_hex(4)}:wrong".encode()).decode()
        answer = requests.get(base + "/api/v1/groups", timeout=30,
                              headers={"Authorization": f"Basic {token}", "Connection": "close"})
        answers[answer.status_code] += 1


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"{name}: {len(values)} evaluations, p50 {statistics.median(values):.1f} ms, p99 {p99:.1f} ms"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--flooders", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    tool = str(Path(sys.executable).parent / "dealer-rules")
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        env = {**os.environ, "DEALER_RULES_INSTANCE_PATH": folder, "DEALER_RULES_ACCESS_LOG": "",
               "DEALER_RULES_BIND": f"127.0.0.1:{port}", "DEALER_RULES_WORKERS": str(args.workers),
               "DEALER_RULES_SECRET_KEY": "bench"}
        log = open(Path(folder) / "serve.log", "w+")
        server = subprocess.Popen([tool, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if requests.get(base + "/readyz", timeout=1).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                time.sleep(0.1)
            created = subprocess.run([tool, "keys", "create", "--group", "default", "--scope",
                                      "evaluate"], env=env, capture_output=True, text=True,
                                     check=True)
            key = re.search(r"drk_[A-Za-z0-9_-]+", created.stdout).group(0)
            time.sleep(2)                         # every worker has polled the new key
            latencies(base, key, 1)               # warm up
            alone = latencies(base, key, args.seconds)
            stop, answers = threading.Event(), collections.Counter()
            threads = [threading.Thread(target=flood, args=(base, stop, answers))
                       for _ in range(args.flooders)]
            flood_started = time.monotonic()
            for thread in threads:
                thread.start()
            while not answers[429] and time.monotonic() - flood_started < 120:
                time.sleep(0.05)
            until_locked = time.monotonic() - flood_started
            hashed = answers[401]
            flooded = latencies(base, key, args.seconds)
            stop.set()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
    print(summary("alone", alone))
    print(f"the address was locked after {hashed} wrong passwords ({until_locked:.1f} s), then:")
    print(summary(f"with {args.flooders} clients sending wrong passwords", flooded))
    print("the wrong passwords were answered:",
          ", ".join(f"{status}: {n}" for status, n in sorted(answers.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
