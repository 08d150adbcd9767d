"""Helpers for testing a plugin or a ruleset with pytest (``dealer_rules.testing``).

When: in a plugin package's tests, and in dealer-rules' own. Why: every test wants a plugin
manager with only the plugins under test (no installed plugin leaking in), real rulesets
compiled through the real engine and closed afterwards, and times in the dealer's zone::

    from dealer_rules.testing import at, compiled_ruleset, evaluate, plugin_manager

    def test_senior_technician_takes_engine_jobs():
        pm = plugin_manager("dealer_technicians.plugin")
        with compiled_ruleset(RULESET_YAML, pm) as ruleset:
            decision = evaluate(pm, ruleset, {"job": {"kind": "engine"}}, at=at(2026, 3, 2, 9))
        assert [rule.id for rule in decision.fired] == ["engine_to_senior"]

docs/plugins.md ("Testing a plugin") shows a whole test module.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import textwrap
import zoneinfo
from typing import Iterator

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")

__all__ = ["SHANGHAI", "at", "plugin_manager", "registry_of", "compiled_ruleset", "evaluate",
           "ruleset_cases", "translation_problems"]


def at(*args: int, tz: dt.tzinfo = SHANGHAI) -> dt.datetime:
    """An aware date-time in the dealer's zone: ``at(2026, 11, 27, 10)``."""
    return dt.datetime(*args, tzinfo=tz)


def plugin_manager(*plugins: str):
    """A fresh plugin manager with only ``plugins`` (module paths; none: the built-ins), and no
    installed plugin."""
    from dealer_rules.core.plugins import DEFAULT_PLUGINS, get_plugin_manager
    return get_plugin_manager(default_plugins=plugins or DEFAULT_PLUGINS, load_entry_points=False)


def registry_of(pm):
    """The checked domains and actions of ``pm`` (built once per manager)."""
    registry = getattr(pm, "_testing_registry", None)
    if registry is None:
        from dealer_rules.core.registry import Registry
        registry = pm._testing_registry = Registry.from_plugin_manager(pm)
    return registry


@contextlib.contextmanager
def compiled_ruleset(text: str, pm, bases: tuple[str, ...] = (), source: str = "test.yaml",
                     engine: str | None = None) -> Iterator:
    """The ruleset of YAML ``text`` (dedented) compiled for ``pm``'s domains, closed on leaving
    the block; ``bases`` are YAML documents it may ``extends``; ``engine`` picks the matcher
    (``durable`` or ``compiled``; default: ``DEALER_RULES_ENGINE``, docs/engine.md).

    :raises RulesetError: the text is not a valid ruleset (with line numbers).
    """
    from dealer_rules.core.compile import compile_ruleset
    from dealer_rules.core.layering import resolve
    from dealer_rules.core.ruleset import load_ruleset

    loaded = load_ruleset(textwrap.dedent(text), source)
    others = {}
    for i, base in enumerate(bases):
        b = load_ruleset(textwrap.dedent(base), f"base{i}.yaml")
        others[(b.document.group, b.document.domain)] = b
    ruleset = compile_ruleset(resolve(loaded, lambda g, d: others.get((g, d))), registry_of(pm),
                              engine=engine)
    try:
        yield ruleset
    finally:
        ruleset.close()


def evaluate(pm, ruleset, facts, at: dt.datetime | None = None, explain: bool = False):
    """The Decision for ``facts`` (a dict) under a compiled ``ruleset``."""
    from dealer_rules.core.evaluate import Evaluator
    return Evaluator(pm).evaluate(ruleset, facts, at=at, explain=explain)


def ruleset_cases(pm, folder, group: str, domain: str) -> list:
    """Run the test cases written in the ruleset of (``group``, ``domain``) found in
    ``folder`` (YAML files, as ``dealer-rules test`` reads them); one result per case, each
    with ``passed`` and ``failures``."""
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.library import RulesetLibrary
    from dealer_rules.core.testing import run_tests
    compiled = RulesetLibrary.from_paths([folder]).compile(group, domain, registry_of(pm))
    try:
        return list(run_tests(compiled, Evaluator(pm)))
    finally:
        compiled.close()


def translation_problems(pm) -> list[str]:
    """What ``dealer-rules translations check`` says of the catalogs of ``pm``'s plugins (each
    in its package's ``locale/``): a text without Chinese, a translation with other
    placeholders, a .po or .mo out of date; ``[]`` when every text has its Chinese."""
    from dealer_rules.core.catalogs import outcome, plugin_sources, problems
    found = []
    for source in plugin_sources(registry_of(pm)):
        result = outcome(source)
        found += problems(result)
        if result.stale:
            found.append(f"{source.name}: {source.po} or its .mo is not up to date: run "
                         f"`dealer-rules translations build`")
    return found
