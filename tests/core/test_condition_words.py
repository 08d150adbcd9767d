"""Conditions in words (core/conditions/wording.py): what a rules manager reads in the
ruleset table instead of the condition's code, with the shipped tiers domain's names."""
from __future__ import annotations

import pytest

from dealer_rules.core.conditions.wording import Vocabulary, condition_in_words, number_text
from dealer_rules.core.domain_texts import vocabulary
from dealer_rules.core.plugins import get_registry

CONSTANTS = {"gold_min_spend": 10000, "pickup_max_km": 20}


@pytest.fixture(scope="module")
def tiers():
    return get_registry().domains["tiers"]


def test_a_threshold_reads_with_its_name_value_and_unit(tiers):
    zh = vocabulary(tiers, "zh", CONSTANTS, {"gold_min_spend": "金卡门槛"})
    text = "customer.has_bought_car or customer.trailing_service_spend >= gold_min_spend"
    assert condition_in_words(text, zh) == "已购车 或 近12个月保养消费 ≥ 金卡门槛（10,000 元）"
    en = vocabulary(tiers, "en", CONSTANTS, {"gold_min_spend": "gold threshold"})
    assert condition_in_words(text, en) == (
        "has bought a car or service spend, last 12 months ≥ gold threshold (10,000 CNY)")


def test_structure_is_kept_brackets_negation_and_lists(tiers):
    zh = vocabulary(tiers, "zh", CONSTANTS)
    text = ("(customer.marked_busy or order.booked_in_app) and order.distance_km <= pickup_max_km"
            " and not customer.referred_by.reward_issued")
    assert condition_in_words(text, zh) == (
        "（客户标记工作繁忙 或 App预约） 且 取车距离 ≤ pickup_max_km（20 公里） 且 新客户奖励已发放：否")
    listed = "any(customer.referrals, item.successful and not item.reward_issued)"
    assert condition_in_words(listed, zh) == "推荐的新客户中有一项满足：推荐成功 且 奖励已发放：否"
    assert condition_in_words('order.kind in ["repair", "bodywork"]', zh) == \
        "工单类型是 维修、钣喷 之一"        # the codes by their catalog's names


def test_a_condition_that_does_not_parse_is_shown_as_written():
    assert condition_in_words("customer.tier = 'gold'", Vocabulary()) == "customer.tier = 'gold'"


def test_numbers_are_grouped_and_trimmed():
    assert [number_text(v) for v in (10000, "1.20", "0.5", 12)] == ["10,000", "1.2", "0.5", "12"]


def test_a_text_test_on_a_code_reads_with_the_code_s_name_as_in_and_equals_do():
    """``customer.preferences contains "quiet"`` on the offers rules page: the preference by
    the name the plugin's catalog gives it (quiet（静音）), unquoted like 到店事由 = 常规保养,
    not the code in quotes; a text nobody names stays quoted; English keeps the code."""
    offers = get_registry().domains["offers"]
    text = 'visit.kind == "maintenance" and customer.preferences contains "quiet"'
    zh = vocabulary(offers, "zh")
    assert condition_in_words(text, zh) == "到店事由 = 常规保养 且 客户偏好包含 静音"
    assert condition_in_words('customer.preferences contains "nobody"', zh) == "客户偏好包含 “nobody”"
    en = vocabulary(offers, "en")
    assert condition_in_words(text, en).endswith('contains "quiet"')


def test_a_text_test_looks_its_value_up_in_the_vocabulary():
    words = Vocabulary(lang="zh", fields={"visit.note": "备注"},
                       values={("visit.note", "vip"): "贵宾"})
    assert condition_in_words('visit.note startswith "vip"', words) == "备注以 贵宾 开头"
