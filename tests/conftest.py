"""Shared fixtures: a fresh plugin manager per test, the sample domain, ruleset helpers."""
from __future__ import annotations

import datetime as dt
import textwrap
import zoneinfo

import pytest

from dealer_rules.core.compile import compile_ruleset
from dealer_rules.core.engine import durable_installed
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.layering import resolve
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.ruleset import load_ruleset

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
SAMPLE = ("support.sample_plugin",)
#: for tests of durable-rules' own matcher (its sessions, shards, C limits)
needs_durable = pytest.mark.skipif(not durable_installed(),
                                   reason="durable-rules is not installed here")


@pytest.fixture
def pm(request):
    """A fresh plugin manager with only the plugins under test: the module's ``PLUGINS``
    (default: the sample plugin); no installed plugin leaks in."""
    plugins = getattr(request.module, "PLUGINS", SAMPLE)
    return get_plugin_manager(default_plugins=plugins, load_entry_points=False)


@pytest.fixture
def registry(pm):
    return Registry.from_plugin_manager(pm)


@pytest.fixture
def evaluator(pm):
    return Evaluator(pm)


@pytest.fixture
def make_ruleset(registry):
    """Compile YAML text (dedented) into a ruleset of the sample `visit` domain;
    ``bases`` are other documents it may extend; ``engine`` picks the matcher (default: the
    process's choice, ``DEALER_RULES_ENGINE``). Closes every ruleset at teardown."""
    made = []

    def make(text: str, bases=(), source="test.yaml", engine=None):
        loaded = load_ruleset(textwrap.dedent(text), source)
        others = {}
        for i, base in enumerate(bases):
            b = load_ruleset(textwrap.dedent(base), f"base{i}.yaml")
            others[(b.document.group, b.document.domain)] = b
        compiled = compile_ruleset(resolve(loaded, lambda g, d: others.get((g, d))), registry,
                                   engine=engine)
        made.append(compiled)
        return compiled

    yield make
    for compiled in made:
        compiled.close()


@pytest.fixture
def compile_shipped():
    """Compile a shipped ruleset of group ``default``, or a group's YAML (dedented) that
    ``extends`` it: ``compile_shipped(registry, "offers", child_yaml=None)``. Closes every
    ruleset at teardown."""
    from dealer_rules.core.cli import shipped_rulesets
    from dealer_rules.core.library import RulesetLibrary
    made = []

    def compile_(registry, domain: str, child: str | None = None, source: str = "child.yaml"):
        library = RulesetLibrary.from_paths([shipped_rulesets()])
        assert not library.errors, [e.render() for e in library.errors]
        group = "default"
        if child is not None:
            loaded = load_ruleset(textwrap.dedent(child), source)
            library.add(loaded)
            group = loaded.document.group
        made.append(library.compile(group, domain, registry))
        return made[-1]

    yield compile_
    for compiled in made:
        compiled.close()


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)
