"""The semantic diff (issue 12, item 6): rules added, removed, switched on and off,
conditions in words, values old -> new with their addresses, in Chinese and English."""
from __future__ import annotations

import pytest

from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.semantic_diff import semantic_diff
from dealer_rules.core.shipped import shipped_rulesets

TIERS = (shipped_rulesets() / "default" / "tiers.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def registry():
    return Registry.from_plugin_manager(get_plugin_manager(load_entry_points=False))


def edited(*pairs):
    text = TIERS
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def by_address(changes):
    return {c.address: c for c in changes}


def test_no_change_no_entry(registry):
    assert semantic_diff(TIERS, TIERS, registry) == []
    assert semantic_diff(TIERS, TIERS.replace("# [default] gold", "# gold"), registry) == []


def test_a_parameter_change_reads_in_business_words(registry):
    (change,) = semantic_diff(TIERS, edited(("labour_discount, percent: 10}",
                                             "labour_discount, percent: 12}")), registry)
    assert (change.kind, change.address, change.old, change.new, change.rule) == (
        "value_changed", "rule:silver_member/discount_labour/percent", 10, 12, "silver_member")
    assert change.text("zh") == "银卡会员 · 工时费折扣 10% → 12%"
    assert change.text("en") == "银卡会员 · Labour discount 10% → 12%"
    assert change.as_dict("zh") == {"kind": "value_changed", "address": change.address,
                                    "old": 10, "new": 12, "rule": "silver_member",
                                    "text": "银卡会员 · 工时费折扣 10% → 12%"}


def test_constants_priorities_titles_and_list_items(registry):
    changes = by_address(semantic_diff(TIERS, edited(
        ("gold_min_spend: 10000", "gold_min_spend: 8000"),
        ("    priority: 10\n", "    priority: 20\n"),
        ("title: 银卡会员：工时费9折+免费检测", "title: 银卡会员：工时费88折+免费检测"),
        ("{code: floor_mats, label: 原厂脚垫, points: 3000}",
         "{code: floor_mats, label: 原厂脚垫, points: 3500}"),
        ("multiply_points: {factor: 1.5}", "multiply_points: {factor: 2}")), registry))
    assert set(changes) == {
        "constant:gold_min_spend", "rule:pickup_delivery_free_for_members/priority",
        "rule:silver_member/title", "rule:redeem_oem_accessories/offer_redemption/items/2/points",
        "rule:diamond_member/multiply_points/factor"}
    assert changes["constant:gold_min_spend"].text("zh").endswith("10,000元 → 8,000元")
    assert changes["constant:gold_min_spend"].text("en").endswith("CNY 10,000 → CNY 8,000")
    assert changes["rule:pickup_delivery_free_for_members/priority"].text("zh") == \
        "上门取送车 · 优先级 10 → 20"
    assert changes["rule:silver_member/title"].text("en") == \
        '银卡会员 · Title "银卡会员：工时费9折+免费检测" → "银卡会员：工时费88折+免费检测"'
    assert changes["rule:diamond_member/multiply_points/factor"].text("zh") == \
        "钻石会员 · 积分倍数 1.5倍 → 2倍"
    points = changes["rule:redeem_oem_accessories/offer_redemption/items/2/points"]
    assert (points.old, points.new) == (3000, 3500)
    assert points.text("zh") == "积分兑换精品配件 · 积分兑换 · 原厂脚垫 3,000积分 → 3,500积分"


def test_rules_added_removed_and_switched(registry):
    new = edited(("  - id: earn_points\n", "  - id: earn_points_double\n"),
                 ("  - id: owners_club\n", "  - id: owners_club\n    enabled: false\n"))
    changes = semantic_diff(TIERS, new, registry)
    kinds = [(c.kind, c.address) for c in changes]
    assert kinds == [("rule_added", "rule:earn_points_double"),
                     ("rule_removed", "rule:earn_points"),
                     ("rule_switched_off", "rule:owners_club/enabled")]
    added, removed, off = changes
    assert added.text("zh") == "新增规则：维修消费积分：每付1元积1分"
    assert removed.text("en") == "Rule removed: 维修消费积分：每付1元积1分"
    assert (off.old, off.new) == (True, False)
    assert off.text("zh") == "停用规则：高价值客户：邀请参加车主俱乐部活动"
    (on,) = semantic_diff(new.replace("id: earn_points_double", "id: earn_points"), TIERS,
                          registry)
    assert on.kind == "rule_switched_on" and on.text("en").startswith("Rule switched on: ")


def test_a_condition_change_is_shown_in_words(registry):
    (change,) = semantic_diff(TIERS, edited((
        "when: customer.trailing_service_spend >= diamond_min_spend\n",
        "when: customer.trailing_service_spend >= 25000\n")), registry)
    assert (change.kind, change.address) == ("condition_changed", "rule:diamond_member/when")
    # said as the ruleset page says conditions: the plugin's field names, constants by
    # their names with their values
    assert change.text("zh") == ("钻石会员 · 条件：近12个月保养消费 ≥ 钻石卡门槛（30,000 元） → "
                                 "近12个月保养消费 ≥ 25,000 元")
    assert change.text("en") == ("钻石会员 · condition: service spend, last 12 months ≥ diamond "
                                 "threshold (30,000 CNY) → service spend, last 12 months ≥ "
                                 "25,000 CNY")
    # only the line breaks of a folded condition changed: no change
    assert semantic_diff(TIERS, edited((
        "      or (customer.trailing_service_spend >= gold_min_spend",
        "      or\n      (customer.trailing_service_spend >= gold_min_spend")), registry) == []


def test_a_draft_that_does_not_parse_still_compares(registry):
    changes = semantic_diff(TIERS, "rules: [: broken", registry)
    assert {c.kind for c in changes} == {"rule_removed", "value_changed"}
    assert semantic_diff("", TIERS)[0].kind == "value_changed"   # constants appear; no names


def test_settings_and_validity_windows(registry):
    changes = by_address(semantic_diff(TIERS, edited(
        ("spend_window_months: 12 ", "spend_window_months: 6 "),
        ("  - id: owners_club\n", "  - id: owners_club\n    valid_to: 2026-12-31\n")), registry))
    window = changes["rule:owners_club/valid_until"]
    assert (window.old, window.new) == (None, __import__("datetime").date(2026, 12, 31))
    assert window.as_dict()["new"] == "2026-12-31"
    assert window.text("zh") == "高价值客户 · 截止时间 （无） → 2026-12-31"
    setting = changes["setting:spend_window_months"]
    assert (setting.old, setting.new) == (12, 6) and setting.text("zh").endswith("12个月 → 6个月")


def test_decision_table_rows(registry):
    offers = (shipped_rulesets() / "default" / "offers.yaml").read_text(encoding="utf-8")
    assert "\ntables:\n" in offers
    new = offers.replace("        priority: 30\n        warranty_ending: true",
                         "        priority: 35\n        warranty_ending: true", 1)
    (change,) = semantic_diff(offers, new, registry)
    assert (change.kind, change.address, change.old, change.new) == (
        "value_changed", "table:after_sales_package/row_1/priority", 30, 35)
    assert change.text("zh") == ("售后套餐推荐：延保服务或保养套餐 · 第 1 行（原厂质保即将到期："
                                 "推荐延保服务） · 优先级 30 → 35")
    gone = new.replace("      - id: extended_warranty_window\n", "      - id: extended_warranty_window\n"
                       "        enabled: false\n", 1)
    (off,) = semantic_diff(new, gone, registry)
    assert (off.kind, off.address) == ("rule_switched_off", "table:after_sales_package/row_1/enabled")
