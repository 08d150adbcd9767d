"""Explanations judge every part of a condition (core/conditions/explain.py ``Judge``): in,
exists, text tests, not, any over list items with item paths, arithmetic with durations,
in Chinese and English words, on both matchers."""
from __future__ import annotations

import pytest

from dealer_rules.testing import at, compiled_ruleset, evaluate, plugin_manager
from dealer_rules.core.evaluate import Evaluator

RULESET = '''
domain: tiers
group: t
title: 试
rules:
  - id: kinds
    title: 种类
    when: order.kind in ["maintenance", "repair"] and not exists(customer.referred_by.referrer_id) and order.kind startswith "main"
    then: []
  - id: dates
    title: 日期
    when: any(customer.car_purchases, item.purchased_on < today - days(30))
    then: []
  - id: off
    title: 停用
    enabled: false
    when: order.booked_in_app
    then: []
'''
FACTS = {"customer": {"car_purchases": [{"purchased_on": "2026-11-20"}]}, "order": {"kind": "repair"}}


def said(part):
    return [part.said] + [s for item in part.items for s in said(item)]


@pytest.mark.parametrize("engine", ["durable", "compiled"])
def test_every_kind_of_part_is_judged_in_words(engine):
    pm = plugin_manager()
    with compiled_ruleset(RULESET, pm, engine=engine) as ruleset:
        zh = {r.id: r for r in Evaluator(pm).evaluate(ruleset, FACTS, at=at(2026, 11, 27, 10),
                                                      explain=True, lang="zh").explanation}
        en = {r.id: r for r in Evaluator(pm).evaluate(ruleset, FACTS, at=at(2026, 11, 27, 10),
                                                      explain=True, lang="en").explanation}
    kinds = zh["kinds"].condition
    assert [p.kind for p in kinds.items] == ["in", "not", "text"]
    assert [p.met for p in kinds.items] == [True, True, False] and kinds.met is False
    # codes by the names the tiers catalog gives them (维修, 保养); a text that names no code
    # stays quoted; expected keeps the codes
    assert said(kinds)[1:] == ["工单类型 维修 属于 [保养、维修]：满足", "以下不成立：满足",
                               "推荐人的 CRM 客户编号 有数据：未满足", '工单类型 维修 开头是 "main"：未满足']
    assert (kinds.items[0].expected, kinds.items[2].expected) == (["maintenance", "repair"], "main")
    assert (kinds.items[0].actual, en["kinds"].condition.items[0].said) == (
        "repair", "Kind of work repair is one of [maintenance, repair]: met")
    dates = zh["dates"].condition
    assert (dates.kind, dates.actual, dates.met) == ("any", 1, False)
    inner = dates.items[0].items[0]
    assert (inner.path, inner.actual, inner.operator, inner.expected) == (
        "customer.car_purchases[].purchased_on", "2026-11-20", "<", "2026-10-28")
    assert inner.said == "购车完成的日期 2026-11-20 > (评估日期 - 30天) 2026-10-28（要求 <）：未满足"
    assert en["dates"].condition.items[0].items[0].said == \
        "Purchased on 2026-11-20 > (the evaluation date - 30 d) 2026-10-28 (needs <): not met"
    assert (zh["off"].reason, zh["off"].condition, zh["off"].said) == ("disabled", None, "已停用")


def test_a_plain_evaluation_makes_no_explanation():
    pm = plugin_manager()
    with compiled_ruleset(RULESET, pm) as ruleset:
        decision = evaluate(pm, ruleset, FACTS, at=at(2026, 11, 27, 10))
    assert decision.explanation is None and decision.not_fired is None
