"""The admin: HTML pages where a dealer group's staff edit, test and publish their rules.

Server-rendered (Jinja) with a little progressive JavaScript from ``static/`` (no CDN);
Flask-Babel for Simplified Chinese and English; Flask-WTF's CSRF token on every form.
Signed-in users are ``web.auth.Principal``s built from the session, so the roles and the
"another group's things are 404" rule are the API's. docs/admin.md describes each page.
"""
from __future__ import annotations

from flask import Blueprint, Flask

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates",
               static_folder="static", static_url_path="/static")


def init_app(app: Flask) -> None:
    from . import i18n, outage, session_auth  # noqa: F401 - outage: its error handlers
    from . import (explanations, pages_account, pages_audit, pages_edit,  # noqa: F401
                   pages_group, pages_impact, pages_keys, pages_people, pages_pictures,
                   pages_publish_checks, pages_reference, pages_rules, pages_spreadsheets,
                   pages_versions)
    from . import facts_form, pages_cases  # noqa: F401 - the try-it form, the case editor
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)   # valid as long as the session
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False         # the JSON API is not a browser form
    i18n.init_app(app)
    session_auth.init_app(app)
    app.register_blueprint(bp)
