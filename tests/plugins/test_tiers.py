"""The tiers domain through the real engine and the shipped ruleset (rulesets/default/tiers.yaml).

Child rulesets (``extends: default``) show what a dealer group can change without code:
thresholds, an extra labour discount, the spend window.
"""
from __future__ import annotations

import datetime as dt
import json
import textwrap
import typing
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel

from dealer_rules.core.compile import compile_ruleset
from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.layering import resolve
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.testing import run_tests
from dealer_rules.testing import at
from dealer_rules.plugins.tiers.derive import derive, months_before
from dealer_rules.plugins.tiers.facts import TiersFacts
from dealer_rules.plugins.tiers.settings import TiersSettings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "facts"
AT = at(2026, 11, 27, 10)
TODAY = AT.date()
CAR_BUYER = {"car_purchases": [{"purchased_on": "2022-05-18"}]}


PLUGINS = ("dealer_rules.plugins.tiers",)


@pytest.fixture
def library():
    return RulesetLibrary.from_paths([ROOT / "rulesets"])


@pytest.fixture
def compiled(library, registry):
    """Compile the shipped default ruleset, or a child of it given as YAML text."""
    made = []

    def make(child: str | None = None):
        if child is None:
            ruleset = library.compile("default", "tiers", registry)
        else:
            loaded = load_ruleset(textwrap.dedent(child), "child.yaml")
            ruleset = compile_ruleset(resolve(loaded, library.get), registry)
        made.append(ruleset)
        return ruleset

    yield make
    for ruleset in made:
        ruleset.close()


@pytest.fixture
def ask(compiled, evaluator):
    """Evaluate facts against the default ruleset (or ``ruleset``) at AT."""
    def evaluate(facts, ruleset=None, when=AT):
        return evaluator.evaluate(ruleset or compiled(), facts, at=when)
    return evaluate


def spend(amount, paid_on="2026-06-01"):
    return {"service_orders": [{"paid_on": paid_on, "amount_paid": str(amount)}]}


def fired(decision) -> list[str]:
    return [r.id for r in decision.fired]


# -- the shipped ruleset ------------------------------------------------------------------

def test_the_shipped_test_cases_pass(compiled, evaluator):
    results = run_tests(compiled(), evaluator)
    failures = {r.name: [m.render("en") for m in r.failures] for r in results if not r.passed}
    assert len(results) >= 14 and failures == {}


def test_every_rule_has_a_case_where_it_fires_and_one_where_it_does_not(compiled):
    ruleset = compiled()
    cases = ruleset.resolved.tests
    assert all(c.at is not None for c in cases)
    for rule in ruleset.rules:
        assert any(rule.id in c.expect.fired and c.expect.result for c in cases), rule.id
        assert any(rule.id in c.expect.not_fired for c in cases), rule.id


def test_every_rule_has_a_chinese_title_and_quotes_its_digest_line(compiled):
    for rule in compiled().rules:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.title), rule.id
        assert "[seed]" in rule.notes or "[default]" in rule.notes, rule.id


def test_the_gold_member_question_from_the_issue(ask):
    """Gold member, maintenance order with 1,200 CNY labour: benefits, payable, points."""
    facts = json.loads((EXAMPLES / "tiers-gold-maintenance.json").read_text(encoding="utf-8"))
    result = ask(facts).result.model_dump(mode="json")
    assert result["tier"] == "gold"
    assert [(b["code"], b["label"]) for b in result["benefits"]] == [
        ("labour_discount", "工时费9折"), ("free_inspection", "免费检测"),
        ("priority_repair", "优先维修"), ("dedicated_advisor", "专属顾问")]
    assert result["order"] == {
        "labour_amount": "1200.00", "parts_amount": "800.00", "labour_discount_percent": "10",
        "labour_discount": "120.00", "labour_payable": "1080.00", "parts_payable": "800.00",
        "total_payable": "1880.00"}
    assert result["points"] == {"points_per_cny": "1", "multiplier": "1.2", "paid": "1880.00",
                                "earned": 2256, "balance_before": 6500, "balance_after": 8756}
    assert [r["code"] for r in result["redeemable"]] == ["basic_maintenance", "car_fragrance",
                                                         "floor_mats"]
    assert result["owners_club"] is None


@pytest.mark.parametrize("name, tier, benefit_codes, club", [
    ("tiers-referrer.json", "gold", ["labour_discount", "free_inspection", "priority_repair",
                                     "dedicated_advisor", "free_maintenance"], True),
    ("tiers-referred-new-customer.json", "silver",
     ["labour_discount", "free_inspection", "free_maintenance"], False),
])
def test_the_other_examples(ask, name, tier, benefit_codes, club):
    facts = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    result = ask(facts).result
    assert (result.tier, [b.code for b in result.benefits], result.owners_club is not None) == (
        tier, benefit_codes, club)


# -- qualification and cumulative benefits ------------------------------------------------

@pytest.mark.parametrize("customer, tier, rules", [
    ({}, None, []),
    (spend(9999.99), None, []),
    (CAR_BUYER, "silver", ["silver_member"]),
    ({**CAR_BUYER, **spend("9999.99")}, "silver", ["silver_member"]),
    (spend(10000), "gold", ["silver_member", "gold_member"]),
    ({**CAR_BUYER, **spend("29999.99")}, "gold", ["silver_member", "gold_member"]),
    (spend(30000), "diamond", ["silver_member", "gold_member", "diamond_member"]),
])
def test_tier_by_car_purchase_and_trailing_spend(ask, customer, tier, rules):
    decision = ask({"customer": customer})
    assert decision.result.tier == tier
    assert [r for r in fired(decision) if r.endswith("_member")] == rules


def test_benefits_are_cumulative_with_their_labels_in_the_ruleset(ask):
    diamond = ask({"customer": spend(45000)}).result
    assert [(b.code, b.label, b.rule) for b in diamond.benefits] == [
        ("labour_discount", "工时费9折", "silver_member"),
        ("free_inspection", "免费检测", "silver_member"),
        ("priority_repair", "优先维修", "gold_member"),
        ("dedicated_advisor", "专属顾问", "gold_member"),
        ("free_roadside_assistance", "免费道路救援", "diamond_member"),
        ("annual_health_check", "年度体检", "diamond_member")]
    assert diamond.tier_label == "钻石会员"


def test_the_highest_tier_wins_whatever_order_the_rules_apply_in(ask, compiled):
    reversed_order = compiled("""\
        domain: tiers
        group: reversed
        title: 倒序
        extends: default
        rules:
          - id: diamond_member
            title: 钻石会员先行
            priority: 30
            when: customer.trailing_service_spend >= 30000
            then: [{qualify_tier: {tier: diamond, rank: 3, label: 钻石会员}}]
          - id: gold_member
            title: 金卡会员次之
            priority: 20
            when: customer.trailing_service_spend >= 10000
            then: [{qualify_tier: {tier: gold, rank: 2, label: 金卡会员}}]
    """)
    decision = ask({"customer": spend(30000)}, reversed_order)
    assert fired(decision)[:3] == ["diamond_member", "gold_member", "silver_member"]
    assert (decision.result.tier, decision.result.tier_label) == ("diamond", "钻石会员")


def test_on_equal_rank_the_earlier_applied_tier_stays(ask, compiled):
    same_rank = compiled("""\
        domain: tiers
        group: same_rank
        title: 同级
        extends: default
        rules:
          - id: gold_partner
            title: 合作伙伴金卡
            when: customer.trailing_service_spend >= 10000
            then: [{qualify_tier: {tier: partner_gold, rank: 2, label: 合作金卡}}]
    """)
    assert ask({"customer": spend(12000)}, same_rank).result.tier == "gold"


def test_a_group_changes_the_thresholds_in_its_ruleset_not_in_code(ask, compiled):
    lower = compiled("""\
        domain: tiers
        group: lower_gold
        title: 金卡门槛8000元
        extends: default
        rules:
          - id: gold_member
            title: 金卡会员（8000元）
            when: customer.trailing_service_spend >= 8000
            then:
              - qualify_tier: {tier: gold, rank: 2, label: 金卡会员}
              - multiply_points: {factor: 1.2}
    """)
    assert ask({"customer": spend(8000)}).result.tier is None
    assert ask({"customer": spend(8000)}, lower).result.tier == "gold"
    assert ask({"customer": spend("7999.99")}, lower).result.tier is None


# -- derived facts -------------------------------------------------------------------------

def derived(customer: dict, today=TODAY, months=12) -> TiersFacts:
    facts = TiersFacts.model_validate({"customer": customer})
    derive(facts, today, TiersSettings(spend_window_months=months))
    return facts


def test_trailing_spend_counts_the_twelve_months_ending_today():
    orders = [("2025-11-27", "1000"),    # the same date a year ago: outside
              ("2025-11-28", "200.10"),  # first day of the window
              ("2026-11-27", "30.02"),   # today
              ("2026-11-28", "4000")]    # not paid yet as of today
    facts = derived({"service_orders": [{"paid_on": d, "amount_paid": a} for d, a in orders]})
    assert facts.customer.trailing_service_spend == Decimal("230.12")


def test_trailing_spend_is_zero_without_history():
    assert derived({}).customer.trailing_service_spend == Decimal("0.00")


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 11, 27), 12, dt.date(2025, 11, 27)),
    (dt.date(2028, 2, 29), 12, dt.date(2027, 2, 28)),
    (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 15)),
    (dt.date(2026, 11, 27), 24, dt.date(2024, 11, 27)),
])
def test_months_before_keeps_the_day_or_takes_the_month_end(day, months, expected):
    assert months_before(day, months) == expected


def test_on_a_leap_day_the_window_opens_after_the_28th_of_february():
    facts = derived({"service_orders": [{"paid_on": "2027-02-28", "amount_paid": 1},
                                        {"paid_on": "2027-03-01", "amount_paid": 2}]},
                    today=dt.date(2028, 2, 29))
    assert facts.customer.trailing_service_spend == Decimal("2.00")


def test_the_window_length_is_a_group_setting(ask, compiled):
    two_years = compiled("""\
        domain: tiers
        group: two_years
        title: 近24个月消费定级
        extends: default
        settings:
          spend_window_months: 24
    """)
    old_spend = {"customer": spend(12000, paid_on="2025-03-01")}
    assert ask(old_spend).result.tier is None
    assert ask(old_spend, two_years).result.tier == "gold"


def test_a_bad_window_setting_is_reported_with_its_line(compiled):
    with pytest.raises(RulesetError) as info:
        compiled("""\
            domain: tiers
            group: bad
            title: 错误设置
            extends: default
            settings:
              spend_window_months: 0
        """)
    text = info.value.render("en")
    assert "child.yaml:6" in text and "settings.spend_window_months" in text


def test_car_purchase_and_referral_outcomes_are_judged_at_the_evaluation_date():
    facts = derived({
        "car_purchases": [{"purchased_on": "2026-12-01"}],
        "referrals": [{"new_customer_id": "A", "purchased_on": "2026-11-27"},
                      {"new_customer_id": "B", "purchased_on": "2026-11-28"},
                      {"new_customer_id": "C"}],
        "referred_by": {"referrer_id": "R", "referred_on": "2026-11-01"}})
    customer = facts.customer
    assert customer.has_bought_car is False
    assert [r.successful for r in customer.referrals] == [True, False, False]
    assert customer.successful_referrals == 1
    assert customer.referred_by.purchase_completed is False  # purchase is after today


def test_a_purchase_before_the_referral_is_not_the_referred_purchase():
    facts = derived({"car_purchases": [{"purchased_on": "2026-08-01"}],
                     "referred_by": {"referrer_id": "R", "referred_on": "2026-09-15"}})
    assert facts.customer.has_bought_car is True
    assert facts.customer.referred_by.purchase_completed is False


def test_derived_values_a_caller_sends_are_replaced(ask):
    decision = ask({"customer": {"has_bought_car": True, "trailing_service_spend": 50000,
                                 "successful_referrals": 3}})
    assert decision.result.tier is None and decision.fired == []


# -- the order at the counter: one labour discount, exact money ------------------------

@pytest.mark.parametrize("labour, payable, discount", [
    ("1200", "1080.00", "120.00"),
    ("1234.55", "1111.10", "123.45"),   # 1111.095 -> half up
    ("0.15", "0.14", "0.01"),           # 0.135 -> half up
    ("0.05", "0.05", "0.00"),           # 0.045 -> half up
    ("0", "0.00", "0.00"),
])
def test_labour_discount_is_exact_and_rounded_half_up_to_the_fen(ask, labour, payable, discount):
    bill = ask({"customer": CAR_BUYER,
                "order": {"labour_amount": labour, "parts_amount": "99.99"}}).result.order
    assert (bill.labour_payable, bill.labour_discount) == (Decimal(payable), Decimal(discount))
    assert bill.labour_payable + bill.labour_discount == bill.labour_amount
    assert bill.parts_payable == Decimal("99.99")
    assert bill.total_payable == bill.labour_payable + Decimal("99.99")


def test_a_non_member_pays_full_price(ask):
    bill = ask({"order": {"labour_amount": "480", "parts_amount": "20"}}).result.order
    assert (bill.labour_discount_percent, bill.total_payable) == (0, Decimal("500.00"))


PROMOS = """\
domain: tiers
group: promo
title: 工时费促销
extends: default
rules:
  - id: labour_promo
    title: 工时费{label}
    priority: {priority}
    when: customer.trailing_service_spend >= 10000
    then: [{{discount_labour: {{code: labour_promo, label: 工时费{label}, percent: {percent}}}}}]
"""


@pytest.mark.parametrize("priority", [10, -10])
def test_the_best_labour_discount_applies_and_is_the_only_one_listed(ask, compiled, priority):
    promo = compiled(PROMOS.format(label="85折", percent=15, priority=priority))
    decision = ask({"customer": spend(12000), "order": {"labour_amount": "1000"}}, promo)
    assert "labour_promo" in fired(decision) and "silver_member" in fired(decision)
    result = decision.result
    assert result.labour_discount_percent == 15
    assert result.order.labour_payable == Decimal("850.00")
    labour = [b for b in result.benefits if b.code.startswith("labour_")]
    assert [(b.code, b.label, b.rule) for b in labour] == [("labour_promo", "工时费85折",
                                                            "labour_promo")]


@pytest.mark.parametrize("percent, priority", [(5, 10), (5, -10), (10, 10), (10, -10)])
def test_a_smaller_or_equal_labour_discount_does_not_replace_the_tier_discount(
        ask, compiled, percent, priority):
    promo = compiled(PROMOS.format(label="促销", percent=percent, priority=priority))
    result = ask({"customer": spend(12000), "order": {"labour_amount": "1000"}}, promo).result
    labour = [b for b in result.benefits if b.code.startswith("labour_")]
    winner = "labour_promo" if (percent, priority) == (10, 10) else "labour_discount"
    assert [b.code for b in labour] == [winner]  # a tie keeps the earlier-applied rule
    assert result.order.labour_payable == Decimal("900.00")


# -- points ---------------------------------------------------------------------------------

@pytest.mark.parametrize("customer, labour, multiplier, earned", [
    ({}, "620.50", 1, 620),                       # non-member: 620.50 -> 620
    (CAR_BUYER, "999.99", 1, 899),                # silver: 899.99 paid
    (spend(12000), "999.99", Decimal("1.2"), 1079),   # 899.99 x 1.2 = 1079.988
    (spend(30000), "999.99", Decimal("1.5"), 1349),   # 899.99 x 1.5 = 1349.985; not 1.8x
])
def test_points_on_the_amount_paid_times_the_tier_multiplier_rounded_down(
        ask, customer, labour, multiplier, earned):
    points = ask({"customer": {**customer, "points_balance": 10},
                  "order": {"labour_amount": labour}}).result.points
    assert (points.multiplier, points.earned) == (multiplier, earned)
    assert points.balance_after == 10 + earned


def test_without_an_order_no_points_are_earned(ask):
    decision = ask({"customer": {**spend(12000), "points_balance": 300}})
    assert "earn_points" not in fired(decision)
    assert decision.result.order is None
    assert (decision.result.points.earned, decision.result.points.balance_after) == (0, 300)


# -- redemption, referrals, owners' club -------------------------------------------------

@pytest.mark.parametrize("balance, items", [
    (0, []),
    (999, []),
    (1000, ["car_fragrance"]),
    (5000, ["basic_maintenance", "car_fragrance", "floor_mats"]),
    (12000, ["basic_maintenance", "full_maintenance", "car_fragrance", "floor_mats",
             "dash_camera"]),
])
def test_redeemable_items_are_those_the_current_balance_pays_for(ask, balance, items):
    result = ask({"customer": {"points_balance": balance},
                  "order": {"labour_amount": "50000"}}).result
    assert [r.code for r in result.redeemable] == items  # this order's points not yet credited
    assert {r.category_label for r in result.redeemable} <= {"保养套餐", "精品配件"}


def test_the_referrer_gets_one_free_maintenance_per_successful_unrewarded_referral(ask):
    decision = ask({"customer": {"referrals": [
        {"new_customer_id": "N1", "purchased_on": "2026-10-01"},
        {"new_customer_id": "N2", "purchased_on": "2026-11-27"},
        {"new_customer_id": "N3", "purchased_on": "2026-09-01", "reward_issued": True},
        {"new_customer_id": "N4"}]}})
    assert fired(decision) == ["referral_reward_referrer"]
    assert [(b.code, b.label, b.reference) for b in decision.result.benefits] == [
        ("free_maintenance", "免费保养一次", "N1"), ("free_maintenance", "免费保养一次", "N2")]


@pytest.mark.parametrize("referred_by, purchases, rewarded", [
    ({"referrer_id": "R1", "referred_on": "2026-09-15"}, ["2026-10-03"], True),
    ({"referrer_id": "R1", "referred_on": "2026-09-15"}, ["2026-09-15"], True),
    ({"referrer_id": "R1", "referred_on": "2026-09-15", "reward_issued": True}, ["2026-10-03"],
     False),
    ({"referrer_id": "R1", "referred_on": "2026-09-15"}, [], False),
    ({"referrer_id": "R1", "referred_on": "2026-09-15"}, ["2026-09-14"], False),
    (None, ["2026-10-03"], False),
])
def test_the_referred_new_customer_gets_one_free_maintenance_after_the_purchase(
        ask, referred_by, purchases, rewarded):
    decision = ask({"customer": {"referred_by": referred_by,
                                 "car_purchases": [{"purchased_on": d} for d in purchases]}})
    assert ("referral_reward_new_customer" in fired(decision)) is rewarded
    maintenance = [b.reference for b in decision.result.benefits if b.code == "free_maintenance"]
    assert maintenance == (["R1"] if rewarded else [])


@pytest.mark.parametrize("customer, invited", [
    (spend(30000), True),
    ({**spend(10000), "referrals": [{"new_customer_id": "N", "purchased_on": "2026-01-01"}]},
     True),
    ({**spend(10000), "referrals": [{"new_customer_id": "N", "purchased_on": "2026-01-01",
                                     "reward_issued": True}]}, True),  # still successful
    (spend(29999), False),
    ({**spend(29999), "referrals": [{"new_customer_id": "N"}]}, False),
    ({**CAR_BUYER, "referrals": [{"new_customer_id": "N", "purchased_on": "2026-01-01"}]},
     False),  # silver with a referral is not high value
])
def test_owners_club_invites_diamond_or_gold_with_a_successful_referral(ask, customer, invited):
    result = ask({"customer": customer}).result
    assert (result.owners_club is not None) is invited
    if invited:
        assert result.owners_club.events == ["自驾游", "改装分享会"]


# -- facts and registration ---------------------------------------------------------------

def test_bad_facts_are_refused_with_their_paths(ask):
    with pytest.raises(FactsError) as info:
        ask({"customer": {"points_balance": -1,
                          "service_orders": [{"paid_on": "2026-02-30", "amount_paid": 1}]},
             "order": {"labour_amount": "-0.01", "kind": "wash"}})
    paths = {p["path"] for p in info.value.problems}
    assert paths == {"customer.points_balance", "customer.service_orders[0].paid_on",
                     "order.labour_amount", "order.kind"}


def test_every_facts_field_says_what_it_is_and_derived_ones_say_so():
    def walk(model: type[BaseModel], where=""):
        for name, info in model.model_fields.items():
            yield f"{where}{name}", info
            for arg in _models_in(info.annotation):
                yield from walk(arg, f"{where}{name}.")

    fields = dict(walk(TiersFacts))
    undocumented = [path for path, info in fields.items() if not info.description]
    assert undocumented == []
    derived_fields = sorted(p for p, info in fields.items() if info.description.startswith("Derived"))
    assert derived_fields == ["customer.has_bought_car", "customer.referrals.successful",
                              "customer.referred_by.purchase_completed",
                              "customer.successful_referrals", "customer.trailing_service_spend"]


def _models_in(annotation):
    args = typing.get_args(annotation) or (annotation,)
    for arg in args:
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            yield arg
        elif typing.get_args(arg):
            yield from _models_in(arg)


def test_bad_action_params_are_refused_when_the_ruleset_loads(compiled):
    with pytest.raises(RulesetError) as info:
        compiled("""\
            domain: tiers
            group: bad
            title: 错误参数
            extends: default
            rules:
              - id: big_discount
                title: 工时费免单加倍
                when: customer.has_bought_car
                then:
                  - discount_labour: {code: Labour, label: "", percent: 150}
        """)
    text = info.value.render("en")
    for field in ("code", "label", "percent"):
        assert f"discount_labour.{field}" in text
