"""gunicorn settings shared by ``dealer-rules serve`` and bench/http_bench.py (which runs
gunicorn itself): what each worker does once it has loaded the app."""
from __future__ import annotations


def post_worker_init(worker):
    """Move the loaded app (rulesets compiled, schemas built) to the garbage collector's
    permanent generation, so full collections stop scanning the long-lived heap during
    request bursts (bench/http_bench.py: the batch endpoint's p99 fell from 81 to 27 ms)."""
    import gc
    gc.collect()
    gc.freeze()
