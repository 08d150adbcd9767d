"""extends: a group's ruleset layered on another's (override by id, disable, add)."""
from __future__ import annotations

import pytest

from dealer_rules.core.problems import RulesetError

BASE = """\
domain: visit
group: default
title: 默认
timezone: Asia/Shanghai
hit_policy: all
rules:
  - id: silver
    title: 工时费9折
    priority: 10
    exclusive: labour
    when: customer.tier in ["silver", "gold", "diamond"]
    then: [{discount_labour: {percent: 10}}]
  - id: inspection
    title: 免费检测
    when: customer.tier == "silver"
    then: [{grant_benefit: {code: free_inspection, label: 免费检测}}]
  - id: wash
    title: 免费洗车
    when: "true"
    then: [{grant_benefit: {code: car_wash, label: 免费洗车}}]
"""
CHILD = """\
domain: visit
group: acme
title: ACME
extends: default
disable: [wash]
rules:
  - id: silver
    title: 工时费88折
    priority: 10
    exclusive: labour
    when: customer.tier in ["silver", "gold", "diamond"]
    then: [{discount_labour: {percent: 12}}]
  - id: birthday
    title: 生日礼
    when: "true"
    then: [{note: {text: 生日快乐}}]
"""


def test_same_id_replaces_disable_removes_new_ids_add(make_ruleset, evaluator):
    ruleset = make_ruleset(CHILD, bases=[BASE])
    assert [(r.id, r.origin) for r in ruleset.rules] == [
        ("silver", "overridden"), ("inspection", "inherited"), ("birthday", "own")]
    decision = evaluator.evaluate(ruleset, {"customer": {"tier": "silver"}, "visit": {"labour": 1000}})
    assert str(decision.result.labour_payable) == "880.00"
    assert [b.code for b in decision.result.benefits] == ["free_inspection"]
    assert {r.id: r.origin for r in decision.fired} == {
        "silver": "overridden", "inspection": "inherited", "birthday": "own"}
    assert ruleset.resolved.chain == ["acme", "default"]
    assert ruleset.timezone == "Asia/Shanghai" and ruleset.hit_policy == "all"


def test_a_chain_of_three(make_ruleset):
    grandchild = CHILD.replace("group: acme", "group: acme_east").replace(
        "extends: default", "extends: acme").replace("disable: [wash]", "disable: [birthday]")
    grandchild = grandchild[:grandchild.index("rules:")] + "rules: []\n"
    ruleset = make_ruleset(grandchild, bases=[BASE, CHILD])
    assert [r.id for r in ruleset.rules] == ["silver", "inspection"]
    assert ruleset.resolved.chain == ["acme_east", "acme", "default"]


def test_a_circle_is_an_error(make_ruleset):
    loop = BASE.replace("title: 默认", "title: 默认\nextends: acme")
    with pytest.raises(RulesetError, match="rulesets extend each other in a circle: acme -> default -> acme"):
        make_ruleset(CHILD, bases=[loop])


def test_a_missing_base_is_an_error_at_the_extends_line(make_ruleset):
    with pytest.raises(RulesetError) as info:
        make_ruleset(CHILD)
    problem = info.value.problems[0]
    assert problem.line == 4 and problem.path == "extends"
    assert "there is no ruleset of group 'default' for the domain visit to extend" in problem.render("en")


def test_disabling_an_unknown_rule_is_an_error(make_ruleset):
    with pytest.raises(RulesetError) as info:
        make_ruleset(CHILD.replace("disable: [wash]", "disable: [wash, wsh]"), bases=[BASE])
    assert info.value.problems[0].path == "disable[1]"
    assert "there is no inherited rule 'wsh' to disable" in info.value.render("en")


def test_an_error_in_an_inherited_rule_points_at_the_base_file(make_ruleset):
    broken = BASE.replace('customer.tier == "silver"', 'customer.tier == "silvr"')
    with pytest.raises(RulesetError) as info:
        make_ruleset(CHILD, bases=[broken])
    problem = info.value.problems[0]
    assert (problem.source, problem.rule, problem.line) == ("base0.yaml", "inspection", 15)


def test_content_hash_changes_with_the_base(make_ruleset):
    one = make_ruleset(CHILD, bases=[BASE])
    two = make_ruleset(CHILD, bases=[BASE.replace("label: 免费检测", "label: 免费全车检测")])
    assert one.content_hash != two.content_hash


CONSTANTS_BASE = """\
domain: visit
group: default
title: 默认
constants: {big_job: 1000, vip: gold}
rules:
  - id: big_vip_job
    title: 大单贵宾
    when: visit.labour >= big_job and customer.tier == vip
    then: [{note: {text: big}}]
"""


def test_constants_are_named_once_and_a_child_changes_them(make_ruleset, evaluator):
    base = make_ruleset(CONSTANTS_BASE)
    child = make_ruleset("domain: visit\ngroup: acme\ntitle: t\nextends: default\n"
                         "constants: {big_job: 500}\n", bases=[CONSTANTS_BASE])
    facts = {"customer": {"tier": "gold"}, "visit": {"labour": 600}}
    assert evaluator.evaluate(base, facts).fired == []
    assert [r.id for r in evaluator.evaluate(child, facts).fired] == ["big_vip_job"]
    assert base.content_hash != child.content_hash


def test_a_constant_is_checked_like_the_value_it_stands_for(make_ruleset):
    with pytest.raises(RulesetError) as info:
        make_ruleset(CONSTANTS_BASE.replace("vip: gold", "vip: gld"))
    assert "'gld' is not a value of customer.tier (did you mean 'gold'?)" in info.value.render("en")
    with pytest.raises(RulesetError, match="unknown field 'big_jb' .*did you mean 'big_job'"):
        make_ruleset(CONSTANTS_BASE.replace("visit.labour >= big_job", "visit.labour >= big_jb"))


def test_a_base_the_policy_refuses_is_never_looked_up():
    """core/tenancy.py: acme (no parent) may extend default only; east is acme's parent in
    the second family. The refusal is decided before the lookup, so it cannot depend on
    whether the base exists."""
    from dealer_rules.core.layering import resolve
    from dealer_rules.core.ruleset import load_ruleset
    from dealer_rules.core.tenancy import Family
    looked_up = []

    def lookup(group, domain):
        looked_up.append(group)
        return load_ruleset(BASE.replace("group: default", f"group: {group}"), f"{group}.yaml")

    child = load_ruleset(CHILD.replace("extends: default", "extends: east"), "acme.yaml")
    with pytest.raises(RulesetError) as refused:
        resolve(child, lookup, may_extend=Family({"acme": None, "east": None}).may_extend)
    [problem] = refused.value.problems
    assert problem.message.code == "may_not_extend" and (problem.line, problem.path) == (4, "extends")
    assert "extends: group acme may not extend group east" in problem.render("en")
    assert "集团 acme 不能继承集团 east" in problem.render("zh")
    assert looked_up == []
    family = Family({"acme": "east", "east": None})
    assert resolve(child, lookup, may_extend=family.may_extend).chain == ["acme", "east"]
    assert looked_up == ["east"]
    assert not family.may_extend("east", "acme") and family.may_extend("east", "default")
