"""The impact report (core/impact.py) on a known change: the shipped tiers ruleset against
a child whose only change is silver's labour discount, 10% -> 12%, over a set of customers
of known kinds. Every figure asserted is worked out from the customers, not read back."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from dealer_rules.core.impact import money_paths, replay
from dealer_rules.core.sampling import MASK, mask, personal_fields
from dealer_rules.testing import at, compiled_ruleset

PLUGINS = ("dealer_rules.plugins.tiers", "dealer_rules.plugins.callbacks")
AT = at(2026, 11, 27, 10)

SHIPPED = (Path(__file__).resolve().parents[2] / "rulesets" / "default" / "tiers.yaml").read_text(
    encoding="utf-8")


def changed(old: str, new: str) -> str:
    """The shipped tiers ruleset with one piece of text changed (once)."""
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new)


SILVER_12 = changed("{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}")


def silver(labour="1000.00"):
    return {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
            "order": {"kind": "maintenance", "labour_amount": labour, "parts_amount": "500.00"}}


def gold(labour="1000.00"):
    return {"customer": {"service_orders": [{"paid_on": "2026-06-03", "amount_paid": "12000.00"}]},
            "order": {"kind": "maintenance", "labour_amount": labour, "parts_amount": "0"}}


def stranger():
    return {"order": {"kind": "maintenance", "labour_amount": "800.00", "parts_amount": "0"}}


@pytest.fixture
def versions(pm):
    with compiled_ruleset(SHIPPED, pm) as published, compiled_ruleset(SILVER_12, pm) as draft:
        yield published, draft


def test_silver_10_to_12_percent_counts_each_changed_decision_and_sums_the_discount(
        versions, evaluator):
    published, draft = versions
    customers = [silver()] * 7 + [silver("250.50")] * 2 + [gold()] * 3 + [stranger()] * 5
    report = replay(evaluator, published, draft, [(f, AT) for f in customers])

    assert report.evaluated == 17
    assert report.changed == 12 and report.unchanged == 5    # strangers have no discount
    effects = {e.path: e for e in report.effects}
    # 2% more off labour: 20.00 on 1000.00 (10 orders), 5.01 on 250.50 (2 orders)
    assert Decimal(effects["order.labour_discount"].difference) == Decimal("210.02")
    assert effects["order.labour_discount"].unit == "CNY"
    assert Decimal(effects["order.total_payable"].difference) == Decimal("-210.02")
    kinds = {k.key: k for k in report.kinds}
    percent = [k for k in kinds if "labour_discount_percent: 10→12" in k]
    assert percent and sum(kinds[k].count for k in percent) == 12
    example = kinds[percent[0]].examples[0]
    assert example.changes["labour_discount_percent"] == ["10", "12"]
    assert example.facts in customers
    assert not report.rules      # the same rules apply, only one's discount differs


def test_a_rule_that_stops_applying_is_counted_by_title(pm, evaluator):
    no_gold = changed("    when: customer.trailing_service_spend >= gold_min_spend\n    then:\n"
                      "      - qualify_tier: {tier: gold",
                      "    enabled: false\n    when: customer.trailing_service_spend >= "
                      "gold_min_spend\n    then:\n      - qualify_tier: {tier: gold")
    customers = [gold()] * 4 + [silver()] * 3
    with compiled_ruleset(SHIPPED, pm) as published, compiled_ruleset(no_gold, pm) as draft:
        report = replay(evaluator, published, draft, [(f, AT) for f in customers])
    assert report.changed == 4
    shifts = {r.id: r for r in report.rules}
    assert shifts["gold_member"].before == 4 and shifts["gold_member"].after == 0
    assert shifts["gold_member"].title.startswith("金卡会员")
    kind = report.kinds[0]
    assert kind.count == 4 and "tier: gold→silver" in kind.key
    assert kind.rules_stopped == [shifts["gold_member"].title]
    lost = {(e.code, e.difference) for e in report.entitlements}
    assert ("priority_repair", -4) in lost and ("dedicated_advisor", -4) in lost


def test_facts_that_fail_in_both_versions_are_not_changes(versions, evaluator):
    published, draft = versions
    report = replay(evaluator, published, draft,
                    [({"customer": {"no_such_field": 1}}, AT), (silver(), None)])
    assert (report.evaluated, report.failed_both, report.changed) == (2, 1, 1)


def test_a_changed_setting_derives_the_facts_once_per_version(pm, evaluator):
    """Derived facts depend on the settings: a draft with a 6-month spend window must not
    reuse the facts the published 12-month window derived (the replay prepares twice)."""
    short_window = changed("spend_window_months: 12", "spend_window_months: 6")
    # 12,000 paid 2026-03-01: inside 12 months of 2026-11-27 (gold), outside 6 (not gold)
    customer = {"customer": {"service_orders": [{"paid_on": "2026-03-01",
                                                 "amount_paid": "12000.00"}]},
                "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
    with compiled_ruleset(SHIPPED, pm) as published, \
            compiled_ruleset(short_window, pm) as draft:
        report = replay(evaluator, published, draft, [(customer, AT)] * 3)
        alone = evaluator.evaluate(draft, customer, at=AT)
    assert alone.result.tier != "gold"
    assert report.changed == 3
    assert report.kinds[0].examples[0].changes["tier"] == ["gold", alone.result.tier]


def test_deciding_prepared_facts_leaves_them_as_they_were():
    """The replay decides one customer's prepared facts with both versions, which holds
    only if rules, actions and finalise hooks never change the facts: checked for every
    shipped domain on each of its ruleset's test cases."""
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.ruleset import load_ruleset
    from dealer_rules.core.shipped import shipped_rulesets
    pm = get_plugin_manager()           # every installed plugin: every shipped domain
    evaluator = Evaluator(pm)
    checked = 0
    for path in sorted(Path(shipped_rulesets()).glob("default/*.yaml")):
        text = path.read_text(encoding="utf-8")
        with compiled_ruleset(text, pm) as ruleset:
            for case in load_ruleset(text).document.tests:
                when = case.at or AT
                if not isinstance(when, dt.datetime):
                    when = dt.datetime.combine(when, dt.time(), tzinfo=ruleset.tz)
                prepared = evaluator.prepare(ruleset, case.facts, when)
                before = prepared[0].model_dump()
                evaluator.decide(ruleset, prepared)
                evaluator.decide(ruleset, prepared)
                assert prepared[0].model_dump() == before, (path.name, case.name)
                checked += 1
    assert checked > 20


def test_progress_is_told_every_so_many_rows(versions, evaluator):
    published, draft = versions
    told = []
    replay(evaluator, published, draft, [(stranger(), AT)] * 25, progress=told.append, every=10)
    assert told == [10, 10, 5]


def test_money_fields_come_from_the_result_model(versions):
    paths = money_paths(versions[1].domain.result)
    assert {"order.labour_discount", "order.total_payable", "points.paid"} <= paths
    assert "labour_discount_percent" not in paths and "points.earned" not in paths


def test_personal_fields_are_masked_by_metadata_or_name(registry):
    from dealer_rules.plugins.callbacks.facts import CallbackFacts
    tree = personal_fields(CallbackFacts)
    facts = {"customer": {"name": "王小明", "phone": "13800000000"},
             "vehicle": {"delivered_on": "2026-01-01", "vin": "LSVAX60E0K2012345",
                          "model": "Passat"}}
    masked = mask(facts, tree)
    flat = repr(masked)
    assert "王小明" not in flat and "LSVAX60E0K2012345" not in flat
    assert masked["vehicle"]["model"] == "Passat"           # not personal
    assert masked["vehicle"]["vin"] == MASK
    assert facts["vehicle"]["vin"] == "LSVAX60E0K2012345"    # the original is untouched
    _ = dt
