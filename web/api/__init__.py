"""The JSON API, ``/api/v1``: evaluate, read rulesets, manage drafts, publish, keys."""
from flask import Flask

from . import evaluate, keys, openapi, parameters, rulesets, spreadsheets


def init_app(app: Flask) -> None:
    for module in (evaluate, rulesets, parameters, spreadsheets, keys, openapi):
        app.register_blueprint(module.bp)
