"""The admin when the store is unreachable or not writable: a translated "store
unavailable, try again" page (503, Retry-After) that needs no database.

The admin's usual error page shows the signed-in user in its header, which reads the store
again, and so failed a second time into a bare "Internal Server Error". This page stands
alone: no user, no group, no database; a GET page reloads itself after a while.
"""
from __future__ import annotations

from flask import render_template, request

from ..outage import RETRY_AFTER, STORE_DOWN, note
from . import bp


def _unavailable(exc):
    note(exc)
    page = render_template("admin/unavailable.html", retry_after=RETRY_AFTER,
                           reload=request.method == "GET")
    return page, 503, {"Retry-After": str(RETRY_AFTER), "Cache-Control": "no-store"}


for _kind in STORE_DOWN:
    bp.register_error_handler(_kind, _unavailable)
