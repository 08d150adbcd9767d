"""The admin when the store is unreachable or not writable: a translated "store
unavailable, try again" page (503, Retry-After) that needs no database.

The admin's usual error page shows the signed-in user in its header, which reads the store
again, and so failed a second time into a bare "Internal Server Error". This page stands
alone: no user, no group, no database; a GET page reloads itself after a while.
"""
from __future__ import annotations

from flask import render_template, request
from werkzeug.exceptions import InternalServerError

from ..outage import RETRY_AFTER, STORE_DOWN, note
from . import bp


def _unavailable(exc):
    note(exc)
    page = render_template("admin/unavailable.html", retry_after=RETRY_AFTER,
                           reload=request.method == "GET")
    return page, 503, {"Retry-After": str(RETRY_AFTER), "Cache-Control": "no-store"}


@bp.before_request
def _who_is_signed_in_first():
    """Read who is signed in (kept for the request) before anything else: with the store
    down this fails here, into the page above, and not later inside another error page
    that shows the user in its header."""
    if request.endpoint != "admin.static":
        from .session_auth import principal
        principal()


for _kind in STORE_DOWN:
    bp.register_error_handler(_kind, _unavailable)


@bp.errorhandler(InternalServerError)
def _error_page_failed(exc: InternalServerError):
    """Another error page failed because the store is down (a safety net: the user is read
    first, above): this page instead of a bare 500."""
    if isinstance(exc.original_exception, STORE_DOWN):
        return _unavailable(exc.original_exception)
    return exc
