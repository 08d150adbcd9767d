"""The dealer-rules web service: ``create_app()`` builds it (see docs/api.md)."""
from __future__ import annotations

import os

from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    """The Flask app: settings (docs/configuration.md), the store and the published
    rulesets, the JSON API under /api/v1, health and metrics, and the admin (HTML, under
    /admin: ``web/admin/``)."""
    from . import errors, logs, metrics, outage, secret_key, services, sessions
    from . import fast_evaluate
    from .api import init_app as init_api
    from .config import instance_path, load_settings

    app = Flask(__name__, instance_path=instance_path(), instance_relative_config=True)
    settings = load_settings(os.path.join(app.instance_path, "dealer-rules.toml"))
    if test_config:
        settings.update(test_config)
    app.config.update(settings)
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]
    # the key `serve` keeps in the instance folder (web/secret_key.py): one for every worker
    app.config["SECRET_KEY"] = (app.config["SECRET_KEY"] or secret_key.load(app.instance_path)
                                or os.urandom(32).hex())
    app.json.ensure_ascii = False
    logs.configure_logging(app.config["LOG_LEVEL"])
    sessions.init_app(app)
    logs.init_app(app)
    errors.init_app(app)
    outage.init_app(app)
    metrics.init_app(app)
    services.init_app(app)
    init_api(app)
    fast_evaluate.init_app(app)
    from .admin import init_app as init_admin
    init_admin(app)
    return app
