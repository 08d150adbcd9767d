"""What the app shares across requests: the store, the plugins, the published rulesets.

``init_app`` builds them once per process (each gunicorn worker has its own), migrates the
store if asked, loads the published rulesets before the first request and starts the
refresher thread. ``services()`` returns them inside a request.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app

from dealer_rules.core.cli import shipped_rulesets
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.plugins import DEFAULT_PLUGINS, get_plugin_manager
from dealer_rules.core.published import PublishedRulesets, Refresher
from dealer_rules.core.registry import Registry
from dealer_rules.core.store import Store, Workflow

log = logging.getLogger(__name__)
KEY = "dealer_rules"


@dataclass
class Services:
    store: Store
    pm: object
    registry: Registry
    evaluator: Evaluator
    workflow: Workflow
    published: PublishedRulesets
    refresher: Refresher

    def close(self) -> None:
        self.refresher.stop()
        self.published.close()
        self.store.dispose()


def services() -> Services:
    return current_app.extensions[KEY]


def default_database_url(app: Flask) -> str:
    Path(app.instance_path).mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'dealer-rules.sqlite'}"


def plugin_names(setting: str | None) -> tuple:
    if not setting:
        return DEFAULT_PLUGINS
    return tuple(name.strip() for name in setting.split(",") if name.strip())


def seed_directory(setting: str | None) -> Path | None:
    return Path(setting) if setting else shipped_rulesets()


def init_app(app: Flask) -> Services:
    config = app.config
    store = Store(config["DATABASE_URL"] or default_database_url(app))
    if config["AUTO_MIGRATE"]:
        store.upgrade()
    pm = get_plugin_manager(default_plugins=plugin_names(config["PLUGINS"]))
    registry = Registry.from_plugin_manager(pm)
    evaluator = Evaluator(pm)
    published = PublishedRulesets()
    refresher = Refresher(store, registry, published, interval=config["POLL_INTERVAL"],
                          flush_every=config["FLUSH_INTERVAL"])
    refresher.poll_once()       # serve from the first request (or report not ready)
    if config["START_REFRESHER"]:
        refresher.start()
    found = Services(store, pm, registry, evaluator, Workflow(store, registry, evaluator),
                     published, refresher)
    app.extensions[KEY] = found
    return found
