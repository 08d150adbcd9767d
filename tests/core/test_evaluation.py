"""One evaluation end to end: priorities, hit policies, exclusive groups, validity windows,
explanations, failing actions, bad facts, concurrency."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from dealer_rules.core.evaluate import ActionError, FactsError
from dealer_rules.testing import at
from support.engines import needs_durable

DISCOUNTS = """\
domain: visit
group: demo
title: 维修优惠
hit_policy: {policy}
rules:
  - id: silver
    title: 工时费9折
    priority: 10
    exclusive: labour
    when: customer.tier in ["silver", "gold", "diamond"]
    then: [{{discount_labour: {{percent: 10}}}}]
  - id: gold
    title: 工时费8折
    priority: 20
    exclusive: labour
    when: customer.tier in ["gold", "diamond"]
    then: [{{discount_labour: {{percent: 20}}}}]
  - id: big_job
    title: 大单赠送检测
    priority: 5
    when: visit.labour >= 1000
    then: [{{grant_benefit: {{code: free_inspection, label: 免费检测}}}}]
"""
GOLD = {"customer": {"tier": "gold"}, "visit": {"labour": "1200"}}


def test_all_policy_applies_every_rule_in_priority_order(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"))
    decision = evaluator.evaluate(ruleset, GOLD, at=at(2026, 11, 27, 10))
    assert [r.id for r in decision.fired] == ["gold", "big_job"]  # silver lost its group
    assert decision.result.labour_payable == Decimal("960.00")
    assert decision.result.benefits[0].label == "免费检测"


def test_first_policy_applies_only_the_highest_priority(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="first"))
    decision = evaluator.evaluate(ruleset, GOLD, at=at(2026, 11, 27, 10), explain=True)
    assert [r.id for r in decision.fired] == ["gold"]
    reasons = {n.id: (n.reason, n.detail) for n in decision.not_fired}
    assert reasons["big_job"] == ("hit_policy_first", "gold")
    assert reasons["silver"] == ("excluded", "labour: gold")


def test_exclusive_group_keeps_only_its_highest_priority_rule(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"))
    silver = evaluator.evaluate(ruleset, {"customer": {"tier": "silver"}, "visit": {"labour": 100}})
    assert [r.id for r in silver.fired] == ["silver"]
    assert silver.result.labour_payable == Decimal("90.00")


def test_no_match_is_an_empty_decision(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all").replace(
        'customer.tier in ["silver", "gold", "diamond"]', 'customer.tier == "diamond"').replace(
        'customer.tier in ["gold", "diamond"]', 'customer.tier == "diamond"'))
    decision = evaluator.evaluate(ruleset, {"customer": {"tier": "silver"}, "visit": {"labour": 1}})
    assert decision.fired == []
    assert decision.result.labour_discount_percent == 0
    assert decision.ruleset.group == "demo" and len(decision.ruleset.content_hash) == 64


WINDOWED = """\
domain: visit
group: demo
title: 节日活动
rules:
  - id: spring_promo
    title: 春节工时费7折
    when: "true"
    valid_from: 2026-02-10
    valid_to: 2026-02-24
    then: [{discount_labour: {percent: 30}}]
  - id: launch_hour
    title: 开业首小时
    when: "true"
    valid_from: 2026-03-01T09:00:00+08:00
    valid_to: 2026-03-01T10:00:00+08:00
    then: [{note: {text: launch}}]
"""


@pytest.mark.parametrize("when, fired", [
    (at(2026, 2, 9, 23, 59), []),
    (at(2026, 2, 10, 0, 0), ["spring_promo"]),
    (at(2026, 2, 24, 23, 59), ["spring_promo"]),   # a date valid_to includes its whole day
    (at(2026, 2, 25, 0, 0), []),
    (at(2026, 3, 1, 8, 59), []),
    (at(2026, 3, 1, 10, 0), ["launch_hour"]),       # a date-time valid_to is inclusive
    (at(2026, 3, 1, 10, 0, 1), []),
])
def test_validity_windows_at_the_evaluation_time(make_ruleset, evaluator, when, fired):
    ruleset = make_ruleset(WINDOWED)
    decision = evaluator.evaluate(ruleset, {}, at=when, explain=True)
    assert [r.id for r in decision.fired] == fired
    outside = {n.id for n in decision.not_fired if n.reason == "outside_window"}
    assert outside == {"spring_promo", "launch_hour"} - set(fired)


def test_at_defaults_to_now_in_the_groups_zone(make_ruleset, evaluator):
    decision = evaluator.evaluate(make_ruleset(WINDOWED), {})
    assert decision.at.tzinfo is not None and decision.at.utcoffset() == at(2026, 1, 1).utcoffset()


def test_naive_times_are_read_in_the_groups_zone(make_ruleset, evaluator):
    ruleset = make_ruleset("""\
    domain: visit
    group: demo
    title: t
    rules:
      - id: late
        title: 超过一天
        when: now - visit.opened_at > hours(24)
        then: [{note: {text: late}}]
    """)
    import datetime as dt
    naive_now = dt.datetime(2026, 11, 28, 17, 41)
    opened = "2026-11-27 17:40"  # local time, no offset, as a YAML test case would write it
    assert [r.id for r in evaluator.evaluate(ruleset, {"visit": {"opened_at": opened}},
                                             at=naive_now).fired] == ["late"]
    assert evaluator.evaluate(ruleset, {"visit": {"opened_at": opened}},
                              at=dt.datetime(2026, 11, 28, 17, 39)).fired == []


def test_explain_names_the_failing_part_and_its_values(make_ruleset, evaluator):
    ruleset = make_ruleset("""\
    domain: visit
    group: demo
    title: t
    rules:
      - id: loyal_gold
        title: 忠诚金卡
        when: customer.tier == "gold" and customer.spend_12m >= 10000
        then: [{note: {text: loyal}}]
      - id: off
        title: 停用
        enabled: false
        when: "true"
    """)
    decision = evaluator.evaluate(ruleset, {"customer": {"tier": "gold", "spend_12m": "9000.50"}},
                                  explain=True)
    why = {n.id: n for n in decision.not_fired}
    assert why["loyal_gold"].reason == "condition"
    assert why["loyal_gold"].detail == "customer.spend_12m >= 10000"
    assert why["loyal_gold"].values == {"customer.spend_12m": "9000.50"}
    assert why["off"].reason == "disabled"


def test_derived_facts_can_be_tested_by_rules(make_ruleset, evaluator):
    ruleset = make_ruleset("""\
    domain: visit
    group: demo
    title: t
    rules:
      - id: old_car
        title: 车龄两年以上
        when: vehicle.age_months >= 24
        then: [{note: {text: old}}]
    """)
    facts = {"vehicle": {"delivered_on": "2024-11-01"}}
    assert [r.id for r in evaluator.evaluate(ruleset, facts, at=at(2026, 11, 1)).fired] == ["old_car"]
    assert evaluator.evaluate(ruleset, facts, at=at(2026, 10, 31)).fired == []


def test_bad_facts_give_every_field_path(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"))
    with pytest.raises(FactsError) as info:
        evaluator.evaluate(ruleset, {"customer": {"tier": "platinum"},
                                     "vehicle": {"repairs": [{"part": "x", "km": -1}]}})
    paths = {p["path"]: p["message"].render("en") for p in info.value.problems}
    assert set(paths) == {"customer.tier", "vehicle.repairs[0].km"}
    assert paths["customer.tier"].startswith("must be one of")
    assert "应为" in info.value.render("zh") or "不能小于" in info.value.render("zh")


FAILING = """\
domain: visit
group: demo
title: t
rules:
  - id: first
    title: 先加备注
    priority: 10
    when: "true"
    then: [{note: {text: applied}}]
  - id: broken
    title: 会失败
    when: visit.labour > 100
    then: [{explode: {}}]
"""


def test_a_failing_action_names_the_rule_and_leaves_no_result(make_ruleset, evaluator):
    ruleset = make_ruleset(FAILING)
    with pytest.raises(ActionError) as info:
        evaluator.evaluate(ruleset, {"visit": {"labour": 500}})
    assert (info.value.rule, info.value.action) == ("broken", "explode")
    assert "rule broken: action explode failed: RuntimeError: the workshop system is down" in str(info.value)
    # the next evaluation starts clean: nothing of the failed one leaked into it
    decision = evaluator.evaluate(ruleset, {"visit": {"labour": 50}})
    assert decision.result.notes == ["applied"]


def test_eight_threads_give_the_single_threaded_results(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"))
    facts = [{"customer": {"tier": ("silver", "gold", "diamond")[i % 3]},
              "visit": {"labour": (i * 37) % 2000}} for i in range(3000)]

    def run(f):
        d = evaluator.evaluate(ruleset, f, at=at(2026, 11, 27, 10))
        return [r.id for r in d.fired], str(d.result.labour_payable)

    single = [run(f) for f in facts]
    before = threading.active_count()
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(run, facts))
    assert concurrent == single
    assert threading.active_count() <= before + 8  # only the pool's own threads
    if ruleset.engine == "durable":
        assert ruleset.matcher.facts_held() == 0


def test_evaluation_starts_no_thread(make_ruleset, evaluator):
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"))
    before = set(threading.enumerate())
    for i in range(1000):
        evaluator.evaluate(ruleset, {"customer": {"tier": "gold"}, "visit": {"labour": i}})
    assert set(threading.enumerate()) == before


@needs_durable
def test_no_fact_stays_in_the_engine_after_ten_thousand_evaluations(make_ruleset, evaluator):
    from dealer_rules.core.engine import live_counts
    ruleset = make_ruleset(DISCOUNTS.format(policy="all"), engine="durable")
    counts = live_counts()
    for i in range(10_000):
        evaluator.evaluate(ruleset, {"customer": {"tier": ("silver", "gold")[i % 2]},
                                     "visit": {"labour": i % 3000}})
    assert ruleset.matcher.facts_held() == 0
    assert live_counts() == counts  # no session created per evaluation
    ruleset.close()
    assert live_counts()["sessions"] == counts["sessions"] - ruleset.matcher.shard_count


def test_a_failing_hook_names_its_plugin_and_leaves_no_result(pm, make_ruleset, evaluator):
    from dealer_rules.core import hookimpl
    from dealer_rules.core.evaluate import HookError

    class Broken:
        @hookimpl
        def derive_facts(self, facts):
            raise ZeroDivisionError("bad derivation")

    pm.register(Broken(), name="broken-enricher")
    try:
        with pytest.raises(HookError) as info:
            evaluator.evaluate(make_ruleset(DISCOUNTS.format(policy="all")), GOLD)
    finally:
        pm.unregister(name="broken-enricher")
    assert (info.value.plugin, info.value.hook) == ("broken-enricher", "derive_facts")
    assert "plugin broken-enricher: derive_facts failed: ZeroDivisionError: bad derivation" in str(info.value)


def test_a_rule_outside_its_window_says_the_window_as_an_iso_interval(make_ruleset, evaluator):
    decision = evaluator.evaluate(make_ruleset(WINDOWED), {}, at=at(2026, 2, 1), explain=True)
    windows = {n.id: n.detail for n in decision.not_fired if n.reason == "outside_window"}
    assert windows == {"spring_promo": "2026-02-10/2026-02-24",      # dates: whole days
                       "launch_hour": "2026-03-01T09:00:00+08:00/2026-03-01T10:00:00+08:00"}
