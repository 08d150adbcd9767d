"""Shared fixtures: a fresh plugin manager per test, the sample domain, ruleset helpers."""
from __future__ import annotations

import contextlib
import textwrap

import pytest

from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.testing import compiled_ruleset, registry_of
from dealer_rules.core.ruleset import load_ruleset

SAMPLE = ("support.sample_plugin",)


@pytest.fixture
def pm(request):
    """A fresh plugin manager with only the plugins under test: the module's ``PLUGINS``
    (default: the sample plugin); no installed plugin leaks in."""
    plugins = getattr(request.module, "PLUGINS", SAMPLE)
    return get_plugin_manager(default_plugins=plugins, load_entry_points=False)


@pytest.fixture
def registry(pm):
    return registry_of(pm)


@pytest.fixture
def evaluator(pm):
    return Evaluator(pm)


@pytest.fixture
def make_ruleset(pm):
    """Compile YAML text (dedented) into a ruleset of the sample `visit` domain;
    ``bases`` are other documents it may extend; ``engine`` picks the matcher (default: the
    process's choice, ``DEALER_RULES_ENGINE``). Closes every ruleset at teardown."""
    with contextlib.ExitStack() as stack:
        def make(text: str, bases=(), source="test.yaml", engine=None):
            return stack.enter_context(compiled_ruleset(text, pm, tuple(bases), source, engine=engine))
        yield make


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
