"""Budgets for expensive input in the core (core/limits.py): anchors and aliases refused
with their line, nesting, rules, test cases and conditions bounded before anything is
built, and each refusal naming the setting that raises it."""
from __future__ import annotations

import pytest

from dealer_rules.core import limits
from dealer_rules.core.conditions.parser import parse
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.yaml_source import YamlError, load_yaml, outline

HEAD = "domain: visit\ngroup: default\ntitle: t\n"


@pytest.mark.parametrize("text, code, line", [
    ("a: &x 1\nb: 2\n", "yaml_anchor", 1),
    ("a: 1\nb: [1, *x]\n", "yaml_alias", 2),
    ("a:\n  - &r {id: x}\n  - *r\n", "yaml_anchor", 2),
    ("base: &b {x: 1}\nchild:\n  <<: *b\n", "yaml_anchor", 1),
])
def test_anchors_and_aliases_are_refused_with_their_line(text, code, line):
    with pytest.raises(YamlError) as info:
        load_yaml(text)
    assert (info.value.msg.code, info.value.line) == (code, line)
    assert f"(line {line})" in info.value.msg.render("en")
    assert f"（第 {line} 行）" in info.value.msg.render("zh")


def test_a_ruleset_with_an_alias_is_a_located_problem():
    with pytest.raises(RulesetError) as info:
        load_ruleset(HEAD + "rules: []\ntests: *t\n", "x.yaml")
    assert str(info.value) == ("x.yaml:5:8: aliases are not allowed (line 5): write the value "
                               "out in full")


def test_outline_counts_the_top_level_lists():
    text = HEAD + "rules:\n  - {id: a}\n  - id: b\n    then: [x, y]\ntests: []\nsettings: {a: [1, 2]}\n"
    assert outline(text) == {"rules": 2, "tests": 0}       # settings is a mapping, not a list


def test_each_size_limit_names_its_setting():
    deep = "a: " + "[" * 33 + "]" * 33
    with pytest.raises(limits.LimitExceeded) as info:
        load_yaml(deep)
    assert info.value.setting == "DEALER_RULES_MAX_YAML_DEPTH" and info.value.status == 422
    load_yaml("a: " + "[" * 31 + "]" * 31)        # 32 levels with the top mapping: allowed
    rules = HEAD + "rules:\n" + "".join(f"  - {{id: r{i}, title: t, when: 'true'}}\n"
                                        for i in range(1001))
    with pytest.raises(limits.LimitExceeded) as info:
        load_ruleset(rules)
    assert info.value.msg.code == "limit_rules" and "1001" in info.value.render("en")
    with pytest.raises(limits.LimitExceeded) as info:
        load_ruleset(HEAD + "#" * (1024 * 1024))
    assert info.value.status == 413 and info.value.setting == "DEALER_RULES_MAX_YAML_BYTES"


@pytest.mark.parametrize("condition", [
    "(" * 41 + "a > 1" + ")" * 41, "not " * 41 + "a", "- " * 41 + "a > 1",
    "a" + " + a" * 41 + " > 1"])
def test_a_condition_nesting_too_deep_is_refused_before_python_recurses(condition):
    with pytest.raises(limits.LimitExceeded) as info:
        parse(condition)
    assert info.value.msg.code == "limit_condition_depth"
    parse("(" * 10 + "a > 1" + ")" * 10)


def test_lifted_limits_load_what_was_published_under_higher_ones():
    rules = HEAD + "rules:\n" + "".join(f"  - {{id: r{i}, title: t, when: 'true'}}\n"
                                        for i in range(1001))
    with limits.lifted():
        assert len(load_ruleset(rules).document.rules) == 1001


def test_the_time_budget_stops_long_work():
    with limits.time_budget(1e-9):
        with pytest.raises(limits.LimitExceeded) as info:
            load_yaml("a: [1, 2]\n")
    assert info.value.msg.code == "limit_time_budget"
    load_yaml("a: [1, 2]\n")                       # outside a budget: no deadline


def test_the_cli_reports_a_limit_like_any_problem_and_honours_its_variable(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from dealer_rules.core.cli import main
    monkeypatch.setenv("DEALER_RULES_EXTRA_PLUGINS", "support.sample_plugin")
    monkeypatch.setenv("DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD", "1")
    path = tmp_path / "visit.yaml"
    path.write_text(HEAD + "rules:\n" + "".join(f"  - {{id: r{i}, title: t, when: 'true'}}\n"
                                                for i in range(1001)), encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "visit.yaml: the ruleset has 1001 rules, more than the limit of 1000 (setting " \
           "DEALER_RULES_MAX_RULES_PER_RULESET)" in result.output
    monkeypatch.setenv("DEALER_RULES_MAX_RULES_PER_RULESET", "1001")
    try:
        limits.reset()
        result = CliRunner().invoke(main, ["--lang", "en", "validate", str(path)])
        assert result.exit_code == 0, result.output
    finally:
        monkeypatch.delenv("DEALER_RULES_MAX_RULES_PER_RULESET")
        limits.reset()
