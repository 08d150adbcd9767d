"""gunicorn settings shared by ``dealer-rules serve`` and bench/http_bench.py (which runs
gunicorn itself): what each worker does once it has loaded the app, and what the master
does when a worker leaves and when it stops.

A worker may leave for many reasons (SIGTERM to it, HUP to the master, a timeout, max
requests, a crash); the master then starts another. Nothing shared by the workers (the
Prometheus folder, the instance folder, the listening socket) is touched by a leaving
worker: only the master cleans up, in ``on_exit``, once it stops for good.
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
