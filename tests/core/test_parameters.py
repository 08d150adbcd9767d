"""The parameters of a ruleset (core/parameters.py) and changes written back into its YAML
(core/parameter_changes.py): typed, addressed, checked all at once, written in place with
every other byte kept."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from dealer_rules.core.parameter_changes import ParameterChangeError, patch
from dealer_rules.core.parameters import ParametersUnreadable, by_address, list_parameters
from dealer_rules.core.plugins import DEFAULT_PLUGINS
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.testing import compiled_ruleset

PLUGINS = DEFAULT_PLUGINS
SHIPPED = Path(__file__).resolve().parents[2] / "rulesets" / "default"
TIERS = (SHIPPED / "tiers.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def changed_lines(old: str, new: str) -> list[str]:
    return [d for d in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def test_silver_labour_discount_is_a_typed_percent_with_its_line_and_constraints(registry):
    found = by_address(list_parameters(TIERS, registry))
    percent = found["rule:silver_member/discount_labour/percent"]
    assert (percent.value, percent.kind, percent.unit, percent.unit_en) == (10, "percent", "%", "%")
    assert percent.constraints == {"gt": 0, "le": 100}
    assert percent.line == line_of(TIERS, "discount_labour: {code: labour_discount")
    assert percent.rule_title.startswith("银卡会员") and percent.action_title_zh == "工时费折扣"
    assert percent.name_zh == "百分比" and percent.description_zh != percent.description_en
    spend = found["constant:gold_min_spend"]
    assert (spend.value, spend.kind, spend.unit) == (10000, "money", "元")
    window = found["setting:spend_window_months"]
    assert (window.value, window.kind, window.unit, window.constraints) == (12, "integer", "个月",
                                                                          {"ge": 1, "le": 60})
    assert found["rule:gold_member/multiply_points/factor"].unit == "倍"
    # the second call of an action in one rule, and the items of a list parameter
    assert found["rule:gold_member/grant_benefit#2/label"].value == "专属顾问"
    item = found["rule:redeem_oem_accessories/offer_redemption/items/2/points"]
    assert (item.value, item.kind, item.unit, item.param) == (3000, "integer", "积分", "items/2/points")
    # rule fields, written or not
    assert found["rule:silver_member/enabled"].value is True
    assert found["rule:silver_member/enabled"].present is False
    assert found["rule:pickup_delivery_free_for_members/priority"].value == 10
    assert found["rule:silver_member/title"].kind == "text"
    assert found["rule:silver_member/discount_labour/code"].advanced


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_ruleset_lists_unique_addresses_that_read_back(registry, path):
    text = path.read_text(encoding="utf-8")
    parameters = list_parameters(text, registry)
    addresses = [p.address for p in parameters]
    assert len(addresses) == len(set(addresses)) and len(addresses) > 5
    # every value written back unchanged leaves the text byte for byte the same
    same = patch(text, [(p.address, p.value) for p in parameters if p.present], registry)
    assert same.text == text and same.changes == []


def test_a_change_touches_only_its_token_and_keeps_comments(registry):
    patched = patch(TIERS, [{"address": "rule:silver_member/discount_labour/percent", "value": 12},
                            {"address": "constant:gold_min_spend", "value": "12000"}], registry)
    assert changed_lines(TIERS, patched.text) == [
        "-  gold_min_spend: 10000         # [default] gold >= 10,000 CNY trailing service spend",
        "+  gold_min_spend: 12000         # [default] gold >= 10,000 CNY trailing service spend",
        "-      - discount_labour: {code: labour_discount, percent: 10}",
        "+      - discount_labour: {code: labour_discount, percent: 12}",
    ]
    assert [c.to_json() for c in patched.changes] == [
        {"address": "rule:silver_member/discount_labour/percent", "old": 10, "new": 12},
        {"address": "constant:gold_min_spend", "old": 10000, "new": 12000}]
    document = load_ruleset(patched.text).document
    assert document.rules[0].then[1].params["percent"] == 12
    assert document.constants["gold_min_spend"] == 12000


def test_values_not_written_yet_are_added_in_the_style_of_their_mapping(registry, pm):
    patched = patch(TIERS, {"rule:silver_member/enabled": False, "rule:earn_points/valid_from": "2026-01-01",
                            "rule:redeem_oem_accessories/offer_redemption/items/1/label": "香氛, 原厂"},
                    registry).text
    lines = changed_lines(TIERS, patched)
    assert "+    enabled: false" in lines and "+    valid_from: 2026-01-01" in lines
    assert '+            - {code: car_fragrance, label: "香氛, 原厂", points: 1000}' in lines
    with compiled_ruleset(patched, pm) as compiled:
        assert compiled is not None
    found = by_address(list_parameters(patched, registry))
    assert found["rule:silver_member/enabled"].value is False
    assert str(found["rule:earn_points/valid_from"].value) == "2026-01-01"


def test_an_optional_parameter_not_written_is_added_to_its_flow_mapping(registry):
    text = (SHIPPED / "sla.yaml").read_text(encoding="utf-8")
    parameters = list_parameters(text, registry)
    absent = next(p for p in parameters if not p.present and p.action and p.kind == "choice")
    other = next(c for c in absent.choices if c != absent.value)
    patched = patch(text, {absent.address: other}, registry).text
    (added,) = [d for d in changed_lines(text, patched) if d.startswith("+")]
    assert f"{absent.param}: {other}" in added
    assert by_address(list_parameters(patched, registry))[absent.address].value == other


def test_wrong_values_are_all_named_by_address_and_nothing_is_written(registry):
    changes = {"rule:silver_member/discount_labour/percent": 120,
               "rule:gold_member/qualify_tier/rank": 1.5,
               "constant:gold_min_spend": "much",
               "rule:silver_member/enabled": "maybe",
               "rule:no_such_rule/discount_labour/percent": 5,
               "rule:diamond_member/multiply_points/factor": 2}      # right: still refused with the rest
    with pytest.raises(ParameterChangeError) as caught:
        patch(TIERS, changes, registry)
    problems = {p.address: p.message for p in caught.value.problems}
    assert sorted(problems) == sorted(set(changes) - {"rule:diamond_member/multiply_points/factor"})
    assert problems["rule:silver_member/discount_labour/percent"].render("zh") == "不能大于 100"
    assert problems["rule:gold_member/qualify_tier/rank"].render("en") == "must be a whole number"
    assert problems["constant:gold_min_spend"].render("zh") == "应为数字"
    assert "rule:no_such_rule" in problems["rule:no_such_rule/discount_labour/percent"].render("zh")
    assert caught.value.msg.render("zh") == "有 5 个值不正确，未做任何更改"


def test_a_number_stays_a_number_and_text_keeps_its_quotes(registry):
    text = TIERS.replace("labour_discount, percent: 10", "labour_discount, label: '工时费9折', percent: 10")
    patched = patch(text, {"rule:silver_member/discount_labour/percent": "12.5",
                           "rule:silver_member/discount_labour/label": "工时费87.5折"}, registry).text
    assert "{code: labour_discount, label: '工时费87.5折', percent: 12.5}" in patched
    assert load_ruleset(patched).document.rules[0].then[1].params["percent"] == 12.5


def test_a_text_that_is_not_a_ruleset_is_refused_with_its_line(registry):
    with pytest.raises(ParametersUnreadable) as caught:
        list_parameters("domain: tiers\nrules: [\n", registry)
    assert caught.value.line is not None
    with pytest.raises(ParametersUnreadable):
        list_parameters("domain: nothing\n", registry)


def test_an_address_given_twice_takes_its_last_value(registry):
    patched = patch(TIERS, [("rule:silver_member/discount_labour/percent", 11), ("rule:silver_member/discount_labour#1/percent", 12)],
                    registry)
    assert [c.new for c in patched.changes] == [12]
    assert patched.text == TIERS.replace("percent: 10}", "percent: 12}", 1)
