"""gunicorn settings shared by ``dealer-rules serve`` and bench/http_bench.py (which runs
gunicorn itself): what each worker does once it has loaded the app, and what the master
does when a worker leaves and when it stops.

A worker may leave for many reasons (SIGTERM to it, HUP to the master, a timeout, max
requests, a crash); the master then starts another. Nothing shared by the workers (the
Prometheus folder, the instance folder, the listening socket) is touched by a leaving
worker: only the master cleans up, in ``on_exit``, once it stops for good.

gunicorn reads every name here that is also one of its settings (``--config
python:dealer_rules.web.gunicorn_settings``): a helper must not be named like a setting.
"""
from __future__ import annotations

import os
import shutil


def post_worker_init(worker):
    """Move the loaded app (rulesets compiled, schemas built) to the garbage collector's
    permanent generation, so full collections stop scanning the long-lived heap during
    request bursts (bench/http_bench.py: the batch endpoint's p99 fell from 81 to 27 ms)."""
    import gc
    gc.collect()
    gc.freeze()


#: the longest path a Unix socket may have on Linux (sun_path holds 108 bytes with the NUL)
MAX_SOCKET_PATH = 107


def control_socket_options(instance: str, bind: str) -> dict:
    """gunicorn's control socket (gunicorn 24 and later) in the instance folder, named after
    the address served (``gunicorn-127.0.0.1-8080.ctl``), so two ``serve`` on one host never
    share one, even with one instance folder (gunicorn's default is one path in the home
    folder, and the second server took it from the first); disabled when that path is too
    long for a Unix socket. Nothing with a gunicorn that has no control socket."""
    import os
    import re

    from gunicorn.config import KNOWN_SETTINGS
    if not any(setting.name == "control_socket" for setting in KNOWN_SETTINGS):
        return {}
    path = os.path.join(instance, f"gunicorn-{re.sub(r'[^A-Za-z0-9.]+', '-', bind).strip('-')}.ctl")
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        return {"control_socket_disable": True}
    os.makedirs(instance, exist_ok=True)
    return {"control_socket": path}


def child_exit(server, worker):
    """In the master, after a worker left (for any reason): drop its live gauge files. Its
    counters stay in the folder, so /metrics keeps summing what it counted."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess
        multiprocess.mark_process_dead(worker.pid)


def remove_at_master_exit(folder: str, master_pid: int):
    """An ``on_exit`` hook that deletes ``folder`` (the metrics folder ``serve`` made) when
    the master stops. gunicorn calls on_exit in the master only; the pid check keeps it so
    even if a worker ever ran it."""
    def on_exit(server):
        if os.getpid() == master_pid:
            shutil.rmtree(folder, ignore_errors=True)
    return on_exit
