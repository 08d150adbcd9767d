"""The plugin system: built-ins, installed plugins found through entry points, and the
one clear start-up error a broken plugin gives."""
from __future__ import annotations

import sys
from pathlib import Path
import textwrap

import pytest

from dealer_rules.core.plugins import AUTOLOAD_ENV, describe_plugins, get_plugin_manager
from dealer_rules.core.registry import PluginError, Registry


def install_fake_distribution(tmp_path, monkeypatch, name: str, module_source: str,
                              entry_name: str | None = None) -> str:
    """Put a real importable distribution (module + .dist-info with an entry point in the
    dealer_rules group) on sys.path: what `pip install` leaves behind, found by the same
    importlib.metadata machinery."""
    module = name.replace("-", "_") + "_plugin"
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    info = tmp_path / f"{name}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(f"[dealer_rules]\n{entry_name or name} = {module}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    return module


PARTS_PLUGIN = """
    from pydantic import BaseModel
    from dealer_rules.core import Action, Domain, Facts, hookimpl

    class PartFacts(Facts):
        part: str = ""

    class PartResult(BaseModel):
        advice: list[str] = []

    class AdviseParams(BaseModel):
        text: str

    def advise(result, params, context):
        result.advice.append(params.text)

    @hookimpl
    def register_domains(register):
        register(Domain(name="parts", title="Parts", facts=PartFacts, result=PartResult))

    @hookimpl
    def register_actions(register):
        register(Action(domain="parts", name="advise", title="Advise", params=AdviseParams,
                        apply=advise))
"""


def test_an_installed_plugin_is_found_through_its_entry_point(tmp_path, monkeypatch):
    install_fake_distribution(tmp_path, monkeypatch, "dealer-parts", PARTS_PLUGIN, "parts")
    pm = get_plugin_manager(default_plugins=())
    registry = Registry.from_plugin_manager(pm)
    assert "parts" in registry.domains and ("parts", "advise") in registry.actions
    described = {p["name"]: p for p in describe_plugins(pm, registry)}
    assert described["parts"]["package"] == "dealer-parts"
    assert described["parts"]["version"] == "1.2.3"
    assert described["parts"]["hooks"] == ["register_actions", "register_domains"]
    assert described["parts"]["actions"] == ["parts.advise"]


def test_entry_points_are_skipped_when_autoload_is_disabled(tmp_path, monkeypatch):
    install_fake_distribution(tmp_path, monkeypatch, "dealer-parts", PARTS_PLUGIN, "parts")
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    registry = Registry.from_plugin_manager(get_plugin_manager(default_plugins=()))
    assert "parts" not in registry.domains


def test_a_plugin_that_fails_to_import_names_itself(tmp_path, monkeypatch):
    install_fake_distribution(tmp_path, monkeypatch, "broken", "import does_not_exist\n")
    with pytest.raises(PluginError) as info:
        get_plugin_manager(default_plugins=())
    assert str(info.value).startswith('Plugin "broken": error importing plugin')
    assert "does_not_exist" in str(info.value)


def test_a_missing_builtin_names_itself():
    with pytest.raises(PluginError, match='Plugin "dealer_rules.plugins.nope": error importing plugin'):
        get_plugin_manager(default_plugins=("dealer_rules.plugins.nope",), load_entry_points=False)


@pytest.mark.parametrize("body, problem", [
    ("register(Domain(name='visit', title='x', facts=F, result=R))",
     "domain 'visit' is already registered by plugin 'support.sample_plugin'"),
    ("register('visit')", "register_domains: expected a Domain, got str"),
    ("register(Domain(name='x2', title='x', facts=F, result=NeedsArgs))",
     "result model NeedsArgs must be constructible without arguments"),
    ("register(Domain(name='x3', title='x', facts=Weird, result=R))",
     "facts model Weird: field 'when': type <class 'complex'> is not supported"),
    ("raise RuntimeError('boom')", "register_domains failed: RuntimeError: boom"),
    ("register(Domain(name='x4', title='x', facts=Loose, result=R))",
     "facts model Loose accepts unknown fields"),
    ("register(Domain(name='x5', title='x', facts=Holder, result=R))",
     "facts model Holder.items accepts unknown fields"),
    ("register(Domain(name='x6', title='x', title_zh='叉', facts=F, result=R))",
     "`title_zh=` is no longer an argument: the Chinese title is the translation of `title` "
     "in the plugin's catalog"),
])
def test_invalid_registrations_fail_at_startup_naming_the_plugin(tmp_path, monkeypatch, body, problem):
    source = f"""
        from pydantic import BaseModel
        from dealer_rules.core import Domain, Facts, hookimpl

        class F(Facts):
            a: int = 0

        class R(BaseModel):
            b: int = 0

        class NeedsArgs(BaseModel):
            c: int

        class Weird(Facts):
            when: complex = 0j

        class Loose(BaseModel):
            a: int = 0

        class Holder(Facts):
            items: list[Loose] = []

        @hookimpl
        def register_domains(register):
            {body}
    """
    install_fake_distribution(tmp_path, monkeypatch, "bad", source)
    pm = get_plugin_manager(default_plugins=("support.sample_plugin",))
    with pytest.raises(PluginError) as info:
        Registry.from_plugin_manager(pm)
    assert info.value.plugin == "bad"
    assert problem in str(info.value)


def test_an_action_for_an_unknown_domain_or_a_clashing_name(tmp_path, monkeypatch):
    source = """
        from pydantic import BaseModel
        from dealer_rules.core import Action, hookimpl

        class P(BaseModel):
            pass

        @hookimpl
        def register_actions(register):
            register(Action(domain="visit", name="note", title="again", params=P,
                            apply=lambda r, p, c: None))
    """
    install_fake_distribution(tmp_path, monkeypatch, "clash", source)
    pm = get_plugin_manager(default_plugins=("support.sample_plugin",))
    with pytest.raises(PluginError, match="action 'note' in domain 'visit' is already registered "
                                          "by plugin 'support.sample_plugin'"):
        Registry.from_plugin_manager(pm)


def test_a_plugin_may_add_an_action_to_another_plugins_domain(tmp_path, monkeypatch):
    source = """
        from pydantic import BaseModel
        from dealer_rules.core import Action, hookimpl

        class P(BaseModel):
            text: str

        @hookimpl
        def register_actions(register):
            register(Action(domain="visit", name="sms", title="Send SMS", params=P,
                            apply=lambda r, p, c: r.notes.append("sms: " + p.text)))
    """
    install_fake_distribution(tmp_path, monkeypatch, "sms", source)
    registry = Registry.from_plugin_manager(get_plugin_manager(default_plugins=("support.sample_plugin",)))
    assert registry.actions[("visit", "sms")].plugin == "sms"


def test_a_plugin_registered_for_one_test_is_gone_in_the_next(pm):
    """Fresh managers per test: nothing leaks (see the pm fixture)."""
    assert [name for name, _ in pm.list_name_plugin()] == ["support.sample_plugin"]


def test_facts_too_wide_for_the_matcher_are_refused_at_startup(pm):
    """durable-rules holds ~250 properties per fact, nested objects' fields included, so a
    facts model is refused when its flattened size is over 150 (room for computed values)."""
    from pydantic import create_model

    from dealer_rules.core import Domain, hookimpl

    from dealer_rules import Facts
    part = create_model("Part", __base__=Facts, **{f"f{i}": (int, 0) for i in range(60)})
    wide = create_model("Wide", __base__=Facts, a=(part, part()), b=(part, part()),
                        c=(part, part()))

    class R(__import__("pydantic").BaseModel):
        x: int = 0

    class Wide:
        @hookimpl
        def register_domains(self, register):
            register(Domain(name="wide", title="Wide", facts=wide, result=R))

    pm.register(Wide(), name="wide-plugin")
    try:
        with pytest.raises(PluginError, match="the facts has more than 150 fields, nested objects "
                                              "included"):
            Registry.from_plugin_manager(pm)
    finally:
        pm.unregister(name="wide-plugin")


def test_texts_of_lists_what_rule_authors_read_about_a_domain(registry):
    from dealer_rules.core.domain_texts import texts_of
    texts = texts_of(registry.domains["visit"], registry.actions_of("visit"))
    # field descriptions of the facts, a nested model's, and the actions' parameters
    assert "Service spend, trailing 12 months, CNY." in texts
    assert "Odometer at the repair, km." in texts and "Labour charge, CNY." in texts
    assert len(texts) == len(set(texts))


def test_the_plugin_guides_test_module_runs_as_written():
    """docs/plugins.md "Testing a plugin" is a whole test module: run it."""
    import re
    guide = (Path(__file__).resolve().parents[2] / "docs" / "plugins.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Testing a plugin"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "docs/plugins.md", "exec"), namespace)  # our own documentation
    tests = [fn for name, fn in namespace.items() if name.startswith("test_")]
    assert tests
    for test in tests:
        test()
