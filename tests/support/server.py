"""Run a real ``dealer-rules serve`` (gunicorn) for a test and wait until it is ready.

Shared by the service's hot-swap test and the admin's browser tests.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base: str, log, process: subprocess.Popen | None = None):
        self.base = base
        self.log = log
        self.process = process          # gunicorn's master: its children are the workers

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()


@contextlib.contextmanager
def serve(settings: dict, log_path: Path, timeout: float = 30):
    """``dealer-rules serve`` on a free port with ``DEALER_RULES_*`` ``settings``; yields a
    Server once ``/readyz`` answers 200, and stops it afterwards."""
    port = free_port()
    env = {**os.environ, **settings, "DEALER_RULES_BIND": f"127.0.0.1:{port}"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log = open(log_path, "w+")
    process = subprocess.Popen([str(Path(sys.executable).parent / "dealer-rules"), "serve"],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", log, process)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if requests.get(server.base + "/readyz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:   # not listening yet, or still booting
                pass
            assert process.poll() is None, server.output()
            time.sleep(0.1)
        else:
            pytest.fail("the server did not become ready:\n" + server.output())
        yield server
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()
