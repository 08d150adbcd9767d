"""Settings: defaults, then a TOML file, then ``DEALER_RULES_*`` environment variables,
then (in tests) ``test_config``. docs/configuration.md has the one table of them all."""
from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PREFIX = "DEALER_RULES_"


def instance_path() -> str:
    """The instance folder (settings file, SQLite store, secrets): ``DEALER_RULES_INSTANCE_PATH``,
    else Flask's convention for the ``dealer_rules`` package: ``<prefix>/var/dealer_rules-instance``
    when installed, ``instance/`` beside the code when run from a checkout (``pip install -e``).
    The CLI, ``serve`` and every worker's app use this one answer."""
    configured = os.environ.get(PREFIX + "INSTANCE_PATH")
    if configured:
        return os.path.abspath(configured)
    from flask.sansio.scaffold import find_package
    prefix, _ = find_package("dealer_rules")
    if prefix is not None:
        return os.path.join(prefix, "var", "dealer_rules-instance")
    import dealer_rules
    return os.path.join(os.path.dirname(os.path.abspath(dealer_rules.__file__)), "instance")

#: name -> (default, type); the default None means "computed at start-up"
SETTINGS = {
    "DATABASE_URL": (None, str),        # sqlite:///<instance>/dealer-rules.sqlite
    "MAX_BODY_BYTES": (4 * 1024 * 1024, int),
    "POLL_INTERVAL": (0.5, float),
    "PLUGINS": (None, str),             # comma-separated; None: core.plugins.DEFAULT_PLUGINS
    "SEED_RULESETS": (None, str),       # directory; None: the installed rulesets/ package
    "AUTO_MIGRATE": (True, bool),
    "START_REFRESHER": (True, bool),
    "LOG_LEVEL": ("INFO", str),
    "SECRET_KEY": (None, str),
    "BIND": ("127.0.0.1:8080", str),
    "WORKERS": (None, int),             # None: the number of CPU cores
    "THREADS": (1, int),
    "TIMEOUT": (30, int),
    "MAX_REQUESTS": (0, int),           # a worker is replaced after this many (0: never)
    "ACCESS_LOG": ("-", str),
    "FLUSH_INTERVAL": (30.0, float),    # seconds between writes of key use and rule hits
    "FAST_EVALUATE": (True, bool),      # web/fast_evaluate.py
    # the recorded sample of evaluations the impact report replays (core/sampling.py)
    "SAMPLE_EVALUATIONS": (True, bool),  # false: record nothing
    "SAMPLE_RATE": (0.1, float),         # share of evaluations kept, 0 to 1
    "SAMPLE_MAX_PER_DOMAIN": (10000, int),  # kept per dealer group and domain (the newest)
    "SAMPLE_RETENTION_DAYS": (30.0, float),  # older samples are deleted; 0: by size only
    "SAMPLE_MASK_PERSONAL": (True, bool),  # names, phones, plates, VINs masked
    "SAMPLE_FLUSH_INTERVAL": (5.0, float),  # seconds between writes of the sample
    # budgets for expensive input (core/limits.py): over one, a 413/422 naming the setting
    "MAX_YAML_BYTES": (1024 * 1024, int),
    "MAX_YAML_DEPTH": (32, int),
    "MAX_RULES_PER_RULESET": (1000, int),
    "MAX_TEST_CASES": (500, int),
    "MAX_CONDITION_LENGTH": (4000, int),
    "MAX_CONDITION_DEPTH": (40, int),
    "REQUEST_TIME_BUDGET": (5.0, float),  # seconds; 0: none
    "METRICS_GROUP_LABELS": (False, bool),  # /metrics names dealer groups
    "ENGINE": (None, str),              # durable or compiled; None: core.engine.chosen_engine()
    # the admin (web/admin)
    "SESSION_COOKIE_SECURE": (False, bool),
    "LOGIN_MAX_FAILURES": (5, int),
    "LOGIN_LOCK_SECONDS": (900, int),
}


def _convert(value, kind):
    if kind is bool and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return kind(value)


def load_settings(config_file: str | None = None, environ=None) -> dict:
    """The settings from the file (``DEALER_RULES_CONFIG`` or ``config_file``) and the
    environment; keys without the prefix."""
    environ = os.environ if environ is None else environ
    out = {name: default for name, (default, _) in SETTINGS.items()}
    path = environ.get(PREFIX + "CONFIG") or config_file
    if path and Path(path).is_file():
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.items():
            name = key.upper()
            if name in SETTINGS:
                out[name] = _convert(value, SETTINGS[name][1])
    for name, (_, kind) in SETTINGS.items():
        if PREFIX + name in environ:
            out[name] = _convert(environ[PREFIX + name], kind)
    if out["ENGINE"] is not None:  # the matcher for every ruleset this process compiles
        from dealer_rules.core.engine import use_engine
        use_engine(out["ENGINE"])
    return out
