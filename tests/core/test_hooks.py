"""Each hook does what its docstring says; meta-tests keep hooks, tests and docs in step."""
from __future__ import annotations

import ast
import datetime as dt
import inspect
import re
from pathlib import Path

import pytest

import dealer_rules

from dealer_rules.core import Action, Domain, hookimpl, hookspecs
from dealer_rules.core.registry import Registry
from dealer_rules.testing import at

ROOT = Path(__file__).resolve().parents[2]
HOOKS = [name for name, fn in vars(hookspecs).items()
         if inspect.isfunction(fn) and hasattr(fn, "dealer_rules_spec")]

RULESET = """\
domain: visit
group: demo
title: t
rules:
  - id: old_car
    title: 车龄两年以上
    when: vehicle.age_months >= 24
    then: [{discount_labour: {percent: 10}}]
"""


def test_register_domains_gives_the_registry_its_domains(registry):
    domain = registry.domains["visit"]
    assert domain.plugin == "support.sample_plugin" and domain.title_zh == "进厂维修"
    assert set(registry.schemas["visit"].fields) == {"customer", "visit", "vehicle"}


def test_register_actions_gives_each_domain_its_actions(registry):
    assert [a.name for a in registry.actions_of("visit")] == [
        "discount_labour", "explode", "garble", "grant_benefit", "note"]


def test_derive_facts_runs_before_matching(make_ruleset, evaluator):
    decision = evaluator.evaluate(make_ruleset(RULESET),
                                  {"vehicle": {"delivered_on": "2024-01-15"}}, at=at(2026, 2, 1))
    assert [r.id for r in decision.fired] == ["old_car"]   # age_months was derived: 25


def test_finalise_result_runs_after_the_actions(make_ruleset, evaluator):
    decision = evaluator.evaluate(make_ruleset(RULESET), {
        "vehicle": {"delivered_on": "2020-01-01"}, "visit": {"labour": "99.99"}})
    # the action set the percentage; the finalising hook computed and rounded the amount
    assert str(decision.result.labour_payable) == "89.99"


def test_hooks_receive_only_the_arguments_they_ask_for(pm, make_ruleset, evaluator):
    seen = []

    class Recorder:
        @hookimpl
        def derive_facts(self, at):
            seen.append(("derive", at.isoformat()))

        @hookimpl
        def finalise_result(self, domain, settings):
            seen.append(("finalise", domain.name, settings))

    pm.register(Recorder(), name="recorder")
    try:
        evaluator.evaluate(make_ruleset(RULESET), {}, at=at(2026, 1, 1, 9))
    finally:
        pm.unregister(name="recorder")
    assert seen == [("derive", "2026-01-01T09:00:00+08:00"), ("finalise", "visit", None)]


def test_actions_see_the_rule_and_the_settings(pm):
    from pydantic import BaseModel

    class Settings(BaseModel):
        greeting: str = "你好"

    class Facts(dealer_rules.Facts):
        name: str = ""

    class Result(BaseModel):
        lines: list[str] = []

    class Params(BaseModel):
        pass

    def greet(result, params, context):
        result.lines.append(f"{context.settings.greeting} {context.facts.name} ({context.rule.id})")

    class Greeter:
        @hookimpl
        def register_domains(self, register):
            register(Domain(name="greeting", title="Greeting", facts=Facts, result=Result,
                            settings=Settings))

        @hookimpl
        def register_actions(self, register):
            register(Action(domain="greeting", name="greet", title="Greet", params=Params,
                            apply=greet))

    pm.register(Greeter(), name="greeter")
    try:
        from dealer_rules.core.compile import compile_ruleset
        from dealer_rules.core.evaluate import Evaluator
        from dealer_rules.core.layering import resolve
        from dealer_rules.core.ruleset import load_ruleset
        base = load_ruleset("domain: greeting\ngroup: default\ntitle: t\nsettings: {greeting: 您好}\n"
                            "rules:\n  - {id: hello, title: 问候, when: 'true', then: [greet]}\n")
        child = load_ruleset("domain: greeting\ngroup: acme\ntitle: t\nextends: default\n"
                             "settings: {greeting: 欢迎}\n")
        registry = Registry.from_plugin_manager(pm)
        compiled = compile_ruleset(resolve(child, lambda g, d: base), registry)
        decision = Evaluator(pm).evaluate(compiled, {"name": "王女士"})
        assert decision.result.lines == ["欢迎 王女士 (hello)"]
        compiled.close()
    finally:
        pm.unregister(name="greeter")


def test_next_changes_gives_the_earliest_instant_after_at(pm, make_ruleset, evaluator):
    class Clock:
        @hookimpl
        def next_changes(self, domain, at):
            return [at - dt.timedelta(hours=1), at, at + dt.timedelta(hours=5),
                    at + dt.timedelta(hours=2)]

    ruleset = make_ruleset(RULESET.replace("    then:", "    valid_to: 2026-01-01T12:00:00+08:00\n"
                                                     "    then:"))
    facts = {"vehicle": {"delivered_on": "2020-01-01"}}
    window_closes = at(2026, 1, 1, 12, 0, 1)   # valid_to includes its instant: the next second
    assert evaluator.evaluate(ruleset, facts, at=at(2026, 1, 1, 9)).next_change_at == window_closes
    pm.register(Clock(), name="clock")
    try:
        decision = evaluator.evaluate(ruleset, facts, at=at(2026, 1, 1, 9))
        assert decision.next_change_at == at(2026, 1, 1, 11)    # the plugin's, before the window
        decision = evaluator.evaluate(ruleset, facts, at=at(2026, 1, 1, 10, 30))
        assert decision.next_change_at == window_closes       # the matched rule's window
    finally:
        pm.unregister(name="clock")


def test_next_changes_without_a_time_zone_names_the_plugin(pm, make_ruleset, evaluator):
    from dealer_rules.core.evaluate import HookError

    class Naive:
        @hookimpl
        def next_changes(self):
            return [dt.datetime(2030, 1, 1)]

    pm.register(Naive(), name="naive")
    try:
        with pytest.raises(HookError) as caught:
            evaluator.evaluate(make_ruleset(RULESET), {}, at=at(2026, 1, 1, 9))
    finally:
        pm.unregister(name="naive")
    assert caught.value.plugin == "naive" and caught.value.hook == "next_changes"
    assert "no time zone" in str(caught.value)


# -- meta-tests ------------------------------------------------------------------------------

def test_every_hook_is_documented_in_its_docstring():
    for name in HOOKS:
        doc = inspect.getdoc(getattr(hookspecs, name))
        assert doc and doc.startswith("Called "), f"{name}: the first line says when it is called"
        for param in inspect.signature(getattr(hookspecs, name)).parameters:
            assert f":param {param}:" in doc, f"{name}: :param {param}: is missing"
        assert ":returns:" in doc, f"{name}: :returns: is missing"


def test_every_hook_has_a_test_named_after_it():
    names = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                names.add(node.name)
    for hook in HOOKS:
        assert any(n.startswith(f"test_{hook}") for n in names), f"no test_{hook}* test"


def test_every_hook_has_a_heading_with_its_signature_in_the_plugin_guide():
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^### (.+)$", guide, flags=re.M))
    for hook in HOOKS:
        signature = f"{hook}({', '.join(inspect.signature(getattr(hookspecs, hook)).parameters)})"
        assert signature in headings, f"docs/plugins.md has no heading '### {signature}'"


def test_hooks_are_found():
    assert set(HOOKS) == {"register_domains", "register_actions", "derive_facts", "finalise_result",
                          "next_changes"}


def test_a_misspelt_hook_is_refused_at_start_up_naming_the_plugin_and_the_hook():
    import sys
    import types

    import pytest

    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import PluginError

    module = types.ModuleType("misspelt_plugin")

    @hookimpl
    def derive_fact(domain, facts):  # noqa: ARG001 - never called: the name is no hook
        pass
    module.derive_fact = derive_fact
    sys.modules["misspelt_plugin"] = module
    try:
        with pytest.raises(PluginError) as info:
            get_plugin_manager(default_plugins=("support.sample_plugin", "misspelt_plugin"),
                               load_entry_points=False)
    finally:
        del sys.modules["misspelt_plugin"]
    assert info.value.plugin == "misspelt_plugin"
    assert "'derive_fact' is marked @hookimpl but is no hook; did you mean 'derive_facts'?" in str(info.value)


def test_a_wrapper_runs_in_every_evaluation_with_or_without_tracing(pm, make_ruleset, evaluator):
    """pluggy calls the hooks, so a ``wrapper=True`` implementation (and tracing) behave as
    pluggy documents them, not only when DEALER_RULES_TRACE_HOOKS is set."""
    seen = []

    class Wrapper:
        @hookimpl(wrapper=True)
        def finalise_result(self, result):
            seen.append("before")
            outcome = yield
            seen.append(str(result.labour_payable))
            return outcome

    pm.register(Wrapper(), name="wrapper")
    ruleset = make_ruleset(RULESET)
    facts = {"vehicle": {"delivered_on": "2020-01-01"}, "visit": {"labour": "100"}}
    try:
        evaluator.evaluate(ruleset, facts)
        traced = []
        pm.trace.root.setwriter(traced.append)
        undo = pm.enable_tracing()
        try:
            evaluator.evaluate(ruleset, facts)
        finally:
            undo()
    finally:
        pm.unregister(name="wrapper")
    assert seen == ["before", "90.00", "before", "90.00"]
    assert any("finalise_result" in line for line in traced)


def test_a_failing_hook_names_its_plugin_not_a_wrapper_around_it(pm, make_ruleset, evaluator):
    import pytest

    from dealer_rules.core.evaluate import HookError

    class Wrapper:
        @hookimpl(wrapper=True)
        def derive_facts(self):
            return (yield)

    class Broken:
        @hookimpl
        def derive_facts(self, facts):
            raise RuntimeError("the DMS is down")

    pm.register(Broken(), name="broken")
    pm.register(Wrapper(), name="wrapper")
    try:
        with pytest.raises(HookError) as info:
            evaluator.evaluate(make_ruleset(RULESET), {})
    finally:
        pm.unregister(name="wrapper")
        pm.unregister(name="broken")
    assert (info.value.plugin, info.value.hook) == ("broken", "derive_facts")
    assert set(HOOKS) == {"register_domains", "register_actions", "derive_facts", "finalise_result",
                          "next_changes"}
