"""Choosing the matcher, and running without durable-rules at all.

Python 3.13+ and machines without a C compiler have no durable-rules: there the package
must import, check, test and evaluate with the compiled matcher, and never import
durable-rules by accident. A child interpreter with an import blocker stands in for such a
machine (the blocker refuses ``durable`` and ``durable_rules_engine`` as if not installed).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest

from dealer_rules.core import engine
from support.engines import needs_durable

BLOCKER = """
import importlib.abc, sys

class NoDurable(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("durable", "durable_rules_engine"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoDurable())
"""


def run_child(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != engine.ENGINE_VARIABLE}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=300, env=environ)


def test_without_durable_rules_the_shipped_rulesets_pass_on_the_compiled_matcher():
    result = run_child(BLOCKER + """
import dealer_rules, dealer_rules.core.cli, dealer_rules.core.engine as engine
assert not engine.durable_installed()
assert engine.chosen_engine() == "compiled", engine.chosen_engine()
from dealer_rules.core.cli import main
main(["test"])
""")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " 0 failed" in result.stdout and " passed" in result.stdout, result.stdout[-2000:]


def test_without_durable_rules_choosing_it_is_a_clear_error_in_both_languages():
    code = BLOCKER + """
from dealer_rules.core.cli import main
main(["--lang", "%s", "test"])
"""
    en = run_child(code % "en", {engine.ENGINE_VARIABLE: "durable"})
    assert en.returncode == 1
    assert "DEALER_RULES_ENGINE: the durable matcher needs durable-rules, which is not " \
           "installed here" in en.stderr
    assert "Traceback" not in en.stderr
    zh = run_child(code % "zh", {engine.ENGINE_VARIABLE: "durable"})
    assert zh.returncode == 1 and "durable 匹配引擎需要 durable-rules，但本机未安装" in zh.stderr


def test_an_unknown_engine_name_is_one_line_naming_the_choices():
    result = run_child("""
from dealer_rules.core.cli import main
main(["test"])
""", {engine.ENGINE_VARIABLE: "drools"})
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "DEALER_RULES_ENGINE: there is no matcher 'drools' (known: durable, compiled)")


def test_nothing_imports_durable_rules_until_a_durable_matcher_is_built():
    """Every module of the package imports without touching durable-rules."""
    result = run_child("""
import pkgutil, importlib, sys
import dealer_rules
for info in pkgutil.walk_packages(dealer_rules.__path__, "dealer_rules."):
    if ".migrations" in info.name or info.name.endswith(".gunicorn_settings"):
        continue
    importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("durable", "durable_rules_engine"))
print(loaded)
""")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "[]"


@needs_durable
def test_the_environment_chooses_and_use_engine_overrides(monkeypatch):
    monkeypatch.setenv(engine.ENGINE_VARIABLE, "compiled")
    assert engine.chosen_engine() == "compiled"
    monkeypatch.setenv(engine.ENGINE_VARIABLE, " Durable ")
    assert engine.chosen_engine() == "durable"
    try:
        engine.use_engine("compiled")
        assert engine.chosen_engine() == "compiled"
        with pytest.raises(engine.EngineChoiceError, match="no matcher 'c'"):
            engine.use_engine("c")
    finally:
        engine.use_engine(None)
    monkeypatch.delenv(engine.ENGINE_VARIABLE)
    assert engine.chosen_engine() == "durable"  # the default where it is installed


def test_both_matchers_give_the_same_decisions_on_the_shipped_rulesets():
    """Each shipped ruleset's own test cases, evaluated on each matcher, fire the same rules."""
    from dealer_rules.core.cli import _library
    from dealer_rules.core.compile import compile_ruleset
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import Registry

    pm = get_plugin_manager()
    registry = Registry.from_plugin_manager(pm)
    evaluator = Evaluator(pm)
    library = _library(())
    engines = ["compiled"] + (["durable"] if engine.durable_installed() else [])
    compared = 0
    for group, domain in library.keys():
        resolved = library.resolve(group, domain)
        rulesets = {name: compile_ruleset(resolved, registry, engine=name) for name in engines}
        try:
            for case in resolved.tests:
                at = case.at
                if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
                    at = dt.datetime.combine(at, dt.time())
                fired = {name: [r.id for r in evaluator.evaluate(rs, case.facts, at=at).fired]
                         for name, rs in rulesets.items()}
                assert len(set(map(tuple, fired.values()))) == 1, (group, domain, fired)
                compared += 1
        finally:
            for rs in rulesets.values():
                rs.close()
    assert compared >= 20
