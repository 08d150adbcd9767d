"""Cookie sessions only where a person signs in: the admin.

Flask opens (and signs, and may set) the session cookie on every request; the JSON API
authenticates every call by its key and never reads a session, so for it the session is a
null one, not opened at all. The cookie's signer is built once per app, not per request.
Both matter on the evaluation path: together they were a quarter of a small request's
time (bench/http_bench.py).
"""
from __future__ import annotations

from flask import Flask
from flask.sessions import SecureCookieSessionInterface


class AdminOnlySessions(SecureCookieSessionInterface):
    def __init__(self):
        self._signers: dict = {}

    def get_signing_serializer(self, app: Flask):
        key = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        signer = self._signers.get(key)
        if signer is None:
            signer = self._signers[key] = super().get_signing_serializer(app)
        return signer

    def open_session(self, app: Flask, request):
        if not request.path.startswith("/admin"):
            return None  # Flask then uses a null session, and saves nothing
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    app.session_interface = AdminOnlySessions()
