"""Security headers on the pages a browser shows: the admin and the API docs.

Why: without them the admin could be framed by another site (clickjacking a publish
button), a browser could guess a JSON body's type, and a page's address (with a group and
a ruleset in it) would be sent to any site it links to. The admin keeps no inline script
or style (scripts and styles are static files; indentation is a class), so the policy
allows only this site's own files.
"""
from __future__ import annotations

from flask import Flask

#: only this site's files; no plugins, no framing, forms post only here
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
HEADERS = {"X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin"}
PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY,
                "X-Frame-Options": "DENY"}


#: the blueprints of pages a browser shows: the admin and the API docs (``/api/v1/docs``)
PAGES = ("admin", "openapi")


def init_app(app: Flask) -> None:
    def _security_headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if response.mimetype == "text/html":
            for name, value in PAGE_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    # per blueprint, not app-wide: a hook on evaluations would turn the evaluation fast
    # path off (web/fast_evaluate.py), and a JSON answer needs none of these
    for blueprint in PAGES:
        app.after_request_funcs.setdefault(blueprint, []).append(_security_headers)
