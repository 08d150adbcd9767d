"""Ruleset documents: bad YAML and bad conditions are reported with file, line and rule."""
from __future__ import annotations

import textwrap

import pytest

from dealer_rules.core.problems import RulesetError
from dealer_rules.core.ruleset import load_ruleset

HEAD = """\
domain: visit
group: demo
title: 维修优惠
rules:
"""


def problems(make_ruleset, body: str):
    with pytest.raises(RulesetError) as info:
        make_ruleset(HEAD + textwrap.dedent(body))
    return info.value.problems


def test_yaml_syntax_error_names_its_line():
    with pytest.raises(RulesetError) as info:
        load_ruleset("domain: visit\nrules:\n  - id: a\n    when: [unclosed\n", "bad.yaml")
    problem = info.value.problems[0]
    assert problem.source == "bad.yaml" and problem.line == 5
    assert "YAML" in problem.render("en") and "YAML 格式错误" in problem.render("zh")


def test_duplicate_key_is_an_error_not_silently_lost():
    with pytest.raises(RulesetError) as info:
        load_ruleset(HEAD + "  - id: a\n    title: t\n    when: a\n    when: b\n")
    problem = info.value.problems[0]
    assert problem.line == 8
    assert "appears twice (first on line 7)" in problem.render("en")


def test_unknown_document_field_suggests_the_right_one():
    with pytest.raises(RulesetError) as info:
        load_ruleset(HEAD + "  - id: a\n    title: t\n    whenn: x > 1\n")
    rendered = [p.render("en") for p in info.value.problems]
    assert any("rules[0].whenn: unknown field 'whenn' (did you mean 'when'?)" in r for r in rendered)
    # a missing key is reported where its rule starts
    assert any(":5:5:" in r and "rules[0].when: this field is required" in r for r in rendered)


def test_unknown_fact_field_in_condition_has_line_column_rule_and_suggestion(make_ruleset):
    found = problems(make_ruleset, """\
      - id: gold
        title: 金卡
        when: customer.teir == "gold"
        then: [{note: {text: x}}]
    """)
    assert len(found) == 1
    p = found[0]
    assert (p.line, p.column, p.rule, p.path) == (7, 9, "gold", "rules[0].when")
    assert "unknown field 'teir' in customer (did you mean 'tier'?)" in p.render("en")
    assert "customer 中的未知字段 teir（是否想写“tier”？）" in p.render("zh")


def test_error_inside_a_block_condition_points_at_its_own_line(make_ruleset):
    found = problems(make_ruleset, """\
      - id: brakes
        title: 刹车
        when: |
          customer.tier == "gold"
            and visit.labur > 100
        then: [{note: {text: x}}]
    """)
    assert (found[0].line, found[0].column) == (9, 11)
    assert "did you mean 'labour'" in found[0].render("en")


@pytest.mark.parametrize("condition, expected", [
    ('customer.tier == "gld"', "'gld' is not a value of customer.tier (did you mean 'gold'?)"),
    ("customer.tier > 5", "both sides must be of the same kind: text vs a number"),
    ("visit.labour = 5", "use == to compare"),
    ("visit.labour >", "the condition ends too early"),
    ("vehicle.repairs", "vehicle.repairs is a list; test its items with any(vehicle.repairs, ...)"),
    ("customer", "customer is a group of fields; pick one"),
    ("visit.labour", "this is a number, not a condition"),
    ('vehicle.delivered_on > datetime("2026-01-01T09:00")', "a date vs a date and time"),
    ('date("2026-13-01") < today', "'2026-13-01' is not a date"),
    ('any(vehicle.repairs, customer.tier == "gold")', "each test must look at the item"),
    ('foo(1)', "unknown function 'foo'"),
    ('customer.tier == "gold" AND visit.labour > 1', "write 'and' in lower case"),
    ('customer.referrer matches "[a-"', "not a valid regular expression"),
    ("(visit.labour > 1", "expected ')' but found the end of the condition"),
])
def test_bad_condition_messages(make_ruleset, condition, expected):
    found = problems(make_ruleset, f"""\
      - id: r
        title: t
        when: '{condition}'
        then: [{{note: {{text: x}}}}]
    """)
    assert found[0].line == 7
    assert expected in found[0].render("en"), found[0].render("en")
    assert found[0].render("zh") != found[0].render("en")


def test_unknown_action_and_bad_params_are_reported_at_their_lines(make_ruleset):
    found = problems(make_ruleset, """\
      - id: r
        title: t
        when: visit.labour > 0
        then:
          - discount_labor: {percent: 10}
          - discount_labour: {percent: 150}
          - grant_benefit: {code: x}
    """)
    rendered = [(p.line, p.render("en")) for p in found]
    assert (9, "test.yaml:9:7: rule r, rules[0].then[0]: the domain visit has no action "
               "'discount_labor' (did you mean 'discount_labour'?)") in rendered
    assert any(line == 10 and "percent: must be at most 100" in text for line, text in rendered)
    assert any(line == 11 and "grant_benefit.label: this field is required" in text
               for line, text in rendered)


def test_every_problem_is_reported_at_once(make_ruleset):
    found = problems(make_ruleset, """\
      - id: a
        title: t
        when: customer.teir == "gold"
      - id: b
        title: t
        when: visit.labour > "x"
    """)
    assert [p.rule for p in found] == ["a", "b"]


def test_duplicate_rule_ids_are_refused():
    with pytest.raises(RulesetError) as info:
        load_ruleset(HEAD + "  - {id: a, title: t, when: 'true'}\n  - {id: a, title: u, when: 'true'}\n")
    assert "two rules have the id 'a'" in info.value.render("en")


def test_validity_window_in_the_wrong_order(make_ruleset):
    found = problems(make_ruleset, """\
      - id: a
        title: t
        when: "true"
        valid_from: 2026-12-01
        valid_to: 2026-11-01
    """)
    assert "valid_from (2026-12-01) is after valid_to (2026-11-01)" in found[0].render("en")


def test_unknown_domain_suggests_a_known_one(registry):
    from dealer_rules.core.compile import compile_ruleset
    from dealer_rules.core.layering import resolve
    loaded = load_ruleset("domain: visits\ngroup: demo\ntitle: t\n")
    with pytest.raises(RulesetError) as info:
        compile_ruleset(resolve(loaded, lambda g, d: None), registry)
    assert "no plugin provides the domain 'visits' (did you mean 'visit'?)" in info.value.render("en")


def test_an_unknown_action_parameter_is_an_error_even_if_the_model_would_ignore_it(make_ruleset):
    found = problems(make_ruleset, """\
      - id: r
        title: t
        when: visit.labour > 0
        then:
          - grant_benefit: {code: x, label: 洗车, lable: 洗车}
    """)
    assert [(p.line, p.path) for p in found] == [(9, "rules[0].then[0].grant_benefit.lable")]
    assert "unknown field 'lable' (did you mean 'label'?)" in found[0].render("en")
