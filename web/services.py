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
from dealer_rules.core.sampling import SampleRecorder, Sampler
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
    samples: SampleRecorder | None = None   # None: evaluations are not recorded

    def close(self) -> None:
        self.refresher.stop()
        if self.samples is not None:
            self.samples.stop()
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


def sample_recorder(config, store: Store) -> SampleRecorder | None:
    """What records the sample of evaluations (core/sampling.py), or None when it is off."""
    sampler = Sampler(config["SAMPLE_RATE"], config["SAMPLE_MAX_PER_DOMAIN"],
                      config["SAMPLE_MASK_PERSONAL"])
    if not config["SAMPLE_EVALUATIONS"] or not sampler.enabled:
        return None
    recorder = SampleRecorder(sampler, store, config["SAMPLE_FLUSH_INTERVAL"],
                              config["SAMPLE_RETENTION_DAYS"])
    if config["START_REFRESHER"]:
        recorder.start()
    return recorder


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
                     published, refresher, sample_recorder(config, store))
    app.extensions[KEY] = found
    return found
