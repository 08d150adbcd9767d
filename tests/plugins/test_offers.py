"""The offers plugin through the real engine and the shipped default ruleset: the
negotiation ladder and its floor boundaries, money rounding, the derived facts and their
"whichever comes first" thresholds, the parts dual track, settings and parameter checks,
and the example facts that answer the README questions."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from dealer_rules.testing import at
from dealer_rules.core.evaluate import ActionError, Evaluator, FactsError
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.testing import run_tests
from dealer_rules.plugins.offers.derive import add_months, whole_months

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "facts"
NOW = at(2026, 11, 27, 10)


PLUGINS = ("dealer_rules.plugins.offers",)


@pytest.fixture
def compile_group(registry, compile_shipped):
    """Compile the shipped default ruleset, or a child group's YAML extending it."""
    return lambda child=None: compile_shipped(registry, "offers", child)


@pytest.fixture
def default(compile_group):
    return compile_group()


def deal(requested, model="family_suv_7", list_price="189800", **more):
    return {"deal": {"model_code": model, "list_price": list_price,
                     "requested_discount": requested, **more}}


def fired(decision) -> set[str]:
    return {r.id for r in decision.fired}


# -- the shipped ruleset ------------------------------------------------------------------

def test_every_shipped_test_case_passes(default, evaluator):
    results = run_tests(default, evaluator)
    assert len(results) >= 20
    failures = {r.name: [m.render("en") for m in r.failures] for r in results if not r.passed}
    assert failures == {}


def test_every_rule_is_proved_to_fire_and_not_to_fire(default):
    cases = default.resolved.tests
    for rule in default.rules:
        assert any(rule.id in c.expect.fired and c.expect.result for c in cases), rule.id
        assert any(rule.id in c.expect.not_fired for c in cases), rule.id


def test_every_rule_says_which_digest_line_it_encodes(default):
    for rule in default.rules:
        assert "[seed]" in rule.notes or "[default]" in rule.notes, rule.id


# -- the negotiation ladder -----------------------------------------------------------------

# family_suv_7: list 189,800, floor 178,000, so the room above the floor is 11,800;
# the value package is worth 3,000.
@pytest.mark.parametrize("requested, rules, cash", [
    ("0", set(), "0"),
    ("0.01", {"value_package_first"}, "0"),
    ("2999.99", {"value_package_first"}, "0"),
    ("3000", {"value_package_first"}, "0"),                       # equal: the package covers it
    ("3000.01", {"value_package_first", "financing_flexibility",
                 "cash_discount_within_floor"}, "0.01"),
    ("11799.99", {"value_package_first", "financing_flexibility",
                  "cash_discount_within_floor"}, "8799.99"),
    ("11800", {"value_package_first", "financing_flexibility",
               "cash_discount_within_floor"}, "8800"),             # exactly at the floor: allowed
    ("11800.01", {"value_package_first", "financing_flexibility",
                  "hold_price_at_floor"}, "0"),                    # one fen below the floor: no cash
    ("50000", {"value_package_first", "financing_flexibility", "hold_price_at_floor"}, "0"),
])
def test_ladder_boundaries(default, evaluator, requested, rules, cash):
    decision = evaluator.evaluate(default, deal(requested), at=NOW)
    assert fired(decision) == rules
    result = decision.result
    assert result.cash_discount == Decimal(cash)
    assert result.price_after_discount == Decimal("189800") - Decimal(cash)
    assert result.price_after_discount >= Decimal("178000")
    package = Decimal("3000") if "value_package_first" in rules else Decimal(0)
    assert result.total_concession == package + Decimal(cash)


def test_ladder_offers_come_in_order_before_after_sales_offers(default, evaluator):
    facts = {**deal("8000"), "customer": {"wants_to_change_car": True}}
    decision = evaluator.evaluate(default, facts, at=NOW)
    assert [(o.step, o.kind) for o in decision.result.offers] == [
        (1, "value_package"), (2, "financing"), (2, "financing"), (3, "cash_discount"),
        (None, "trade_in")]


def test_a_model_without_a_floor_gets_no_cash(default, evaluator):
    decision = evaluator.evaluate(default, deal("5000", model="concept_car"), at=NOW)
    assert "hold_price_at_floor" in fired(decision)
    assert decision.result.cash_discount == 0
    assert decision.result.scripts[0].code == "hold_price"


def test_money_is_rounded_to_the_fen_half_up(default, evaluator):
    decision = evaluator.evaluate(default, deal("8000.555"), at=NOW)
    cash = decision.result.offers[-1]
    assert cash.worth == Decimal("5000.56")
    assert cash.label == "现金优惠5,000.56元"
    assert decision.result.price_after_discount == Decimal("184799.44")
    floats = evaluator.evaluate(default, deal(8000.1, list_price=189800.0), at=NOW)
    assert floats.result.cash_discount == Decimal("5000.10")
    assert json.loads(floats.model_dump_json())["result"]["cash_discount"] == "5000.10"


def test_derived_facts_cannot_be_sent_by_the_caller(default, evaluator):
    facts = deal("20000", discount_room="999999", package_worth="50000", floor_price="1")
    decision = evaluator.evaluate(default, facts, at=NOW)
    assert "hold_price_at_floor" in fired(decision)
    assert decision.result.cash_discount == 0


def test_a_group_sets_its_own_worth_floors_and_cash_cap(compile_group, evaluator):
    child = compile_group("""\
        domain: offers
        group: north
        title: 北区增值方案
        extends: default
        settings:
          value_package_worth: 4500
          model_floors: {family_suv_7: 183000}
        rules:
          - id: cash_discount_within_floor
            title: 现金补差，单车最多2000元
            description: "[default] north caps cash at 2,000."
            priority: 80
            when: deal.requested_discount > deal.package_worth and deal.requested_discount <= deal.discount_room
            then:
              - offer_cash_discount: {label: "现金优惠{amount}元", max_amount: 2000}
        """)
    capped = evaluator.evaluate(child, deal("6800"), at=NOW)     # room 6,800: exactly at the floor
    assert capped.result.offers[0].worth == Decimal("4500.00")
    assert capped.result.cash_discount == Decimal("2000.00")     # gap 2,300, capped at 2,000
    assert capped.result.total_concession == Decimal("6500.00")
    beyond = evaluator.evaluate(child, deal("6800.01"), at=NOW)
    assert "hold_price_at_floor" in fired(beyond)
    other = evaluator.evaluate(child, deal("5000", model="city_hybrid"), at=NOW)
    assert "hold_price_at_floor" in fired(other)                # model_floors replaced as a whole


def test_a_cash_rule_without_a_floor_fails_loudly(compile_group, evaluator):
    child = compile_group("""\
        domain: offers
        group: loose
        title: 宽松规则
        extends: default
        rules:
          - id: cash_discount_within_floor
            title: 不看底价的现金优惠
            priority: 80
            when: deal.requested_discount > deal.package_worth
            then: [{offer_cash_discount: {label: "现金优惠{amount}元"}}]
        """)
    with pytest.raises(ActionError) as caught:
        evaluator.evaluate(child, deal("5000", model="concept_car"), at=NOW)
    assert caught.value.rule == "cash_discount_within_floor"
    assert "model_floors" in str(caught.value)


# -- checks when the ruleset loads ----------------------------------------------------------

def test_settings_are_checked_with_their_line(compile_group):
    with pytest.raises(RulesetError) as caught:
        compile_group("""\
            domain: offers
            group: typo
            title: 错误设置
            extends: default
            settings:
              value_package_worht: 3000
              model_floors: {family_suv_7: -1}
            """)
    text = caught.value.render("en")
    assert "child.yaml:6" in text and "value_package_worht" in text
    assert "child.yaml:7" in text and "model_floors.family_suv_7" in text


def test_unknown_placeholders_are_refused_at_load(compile_group):
    with pytest.raises(RulesetError) as caught:
        compile_group("""\
            domain: offers
            group: typo
            title: 错误占位符
            extends: default
            rules:
              - id: cash_discount_within_floor
                title: 现金补差
                when: deal.requested_discount > deal.package_worth
                then: [{offer_cash_discount: {label: "现金优惠{amout}元"}}]
            """)
    assert "unknown placeholder {amout}" in caught.value.render("en")


def test_bad_facts_are_reported_with_their_path(default, evaluator):
    with pytest.raises(FactsError) as caught:
        evaluator.evaluate(default, {"deal": {"model_code": "x", "list_price": 1,
                                              "requested_discont": 5}}, at=NOW)
    paths = {p["path"] for p in caught.value.problems}
    assert paths == {"deal.requested_discount", "deal.requested_discont"}


# -- needs diagnosis -------------------------------------------------------------------------

@pytest.mark.parametrize("customer, needs, segment", [
    ({}, {"usage_scenario": "commute"}, "commuter"),
    ({"preferences": ["brand_image", "comfort"]}, {"usage_scenario": "family"}, "family"),
    ({"preferences": ["brand_image", "technology", "safety"]}, None, "business"),
    ({"preferences": ["safety", "space", "brand_image", "comfort"]}, None, None),  # a tie
    ({"preferences": ["comfort", "quiet"]}, None, None),            # one preference is too little
    ({"preferences": ["quiet"]}, {"budget_band": "over_300k"}, None),
])
def test_segment_from_scenario_else_preferences(default, evaluator, customer, needs, segment):
    facts = {"customer": customer} | ({"needs": needs} if needs else {})
    assert evaluator.evaluate(default, facts, at=NOW).result.segment == segment


@pytest.mark.parametrize("needs, codes", [
    ({"daily_route_km": 39, "parking": "ample"}, ["small_car"]),
    ({"daily_route_km": 40, "parking": "ample"}, ["hybrid"]),
    ({"daily_route_km": 80, "parking": "tight"}, ["hybrid", "small_car"]),
    ({"parking": "ample"}, []),                                     # no route: ask first
])
def test_commuter_recommendations(default, evaluator, needs, codes):
    facts = {"needs": {"usage_scenario": "commute", **needs}}
    result = evaluator.evaluate(default, facts, at=NOW).result
    assert [r.code for r in result.recommendations] == codes


# -- after the sale: derived thresholds ------------------------------------------------------

def vehicle(delivered_on, km, repairs=(), **more):
    return {"vehicle": {"delivered_on": delivered_on, "odometer_km": km,
                        "repairs": list(repairs), **more}}


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2027, 2, 27), -3) == dt.date(2026, 11, 27)
    assert add_months(dt.date(2024, 12, 15), 1) == dt.date(2025, 1, 15)


@pytest.mark.parametrize("start, end, months", [
    (dt.date(2024, 5, 10), dt.date(2026, 11, 27), 30),
    (dt.date(2024, 5, 28), dt.date(2026, 11, 27), 29),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 29), 1),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 28), 0),
    (dt.date(2026, 12, 1), dt.date(2026, 11, 27), 0),
])
def test_whole_months(start, end, months):
    assert whole_months(start, end) == months


@pytest.mark.parametrize("delivered_on, km, ending_soon, active", [
    ("2024-02-28", 50000, False, True),     # window opens tomorrow (2026-11-28)
    ("2024-02-27", 50000, True, True),      # window opens today: 3 months before 2027-02-27
    ("2023-11-28", 50000, True, True),      # last day of the factory warranty
    ("2023-11-27", 50000, False, False),    # the warranty ended today
    ("2025-06-01", 94999, False, True),
    ("2025-06-01", 95000, True, True),      # 5,000 km before the limit: whichever comes first
    ("2025-06-01", 99999, True, True),
    ("2025-06-01", 100000, False, False),   # the km limit ended it before the time limit
])
def test_factory_warranty_window(pm, default, evaluator, delivered_on, km, ending_soon, active):
    v = derived(pm, default, vehicle(delivered_on, km)).vehicle
    assert (v.warranty_ending_soon, v.factory_warranty_active) == (ending_soon, active)
    decision = evaluator.evaluate(default, vehicle(delivered_on, km), at=NOW)
    assert ("extended_warranty_window" in fired(decision)) is ending_soon
    assert ("maintenance_package" in fired(decision)) is not ending_soon


def derived(pm, ruleset, facts):
    """The facts model after the plugin's derive_facts hook, at NOW."""
    model = Evaluator(pm).validate_facts(ruleset, facts)
    pm.hook.derive_facts(domain=ruleset.domain, facts=model, at=NOW, settings=ruleset.settings)
    return model


def test_derived_vehicle_facts(pm, default):
    v = derived(pm, default, vehicle("2024-05-10", 31000, [
        {"on": "2026-11-20", "km": 30800, "item": "brake_pads", "outcome": "worn"},
        {"on": "2025-05-20", "km": 12000, "item": "brake_pads", "outcome": "inspected_ok"}])).vehicle
    assert (v.age_months, v.warranty_ends_on) == (30, dt.date(2027, 5, 10))
    assert v.factory_warranty_active and not v.warranty_ending_soon
    assert v.brake_pads_due and v.transmission_care_due


@pytest.mark.parametrize("repairs, due", [
    ([], False),
    ([{"on": "2026-01-05", "km": 20000, "item": "brake_pads", "outcome": "due"}], True),
    ([{"on": "2026-01-05", "km": 20000, "item": "brake_pads", "outcome": "worn"},
      {"on": "2026-02-01", "km": 21000, "item": "brake_pads", "outcome": "replaced"}], False),
    ([{"on": "2026-02-01", "km": 21000, "item": "brake_pads", "outcome": "replaced"},
      {"on": "2026-01-05", "km": 20000, "item": "brake_pads", "outcome": "worn"}], False),
    ([{"on": "2026-01-05", "km": 20000, "item": "wiper_blades", "outcome": "worn"}], False),
])
def test_brake_pads_due_reads_the_latest_record_line(default, evaluator, repairs, due):
    decision = evaluator.evaluate(default, vehicle("2025-03-01", 22000, repairs), at=NOW)
    assert ("extended_warranty_brake_pads" in fired(decision)) is due
    assert ("maintenance_package" in fired(decision)) is not due


@pytest.mark.parametrize("delivered_on, km, repairs, due", [
    ("2025-06-01", 29999, [], False),
    ("2025-06-01", 30000, [], True),                        # the guide's "at 30,000 km"
    ("2024-11-28", 10000, [], False),                       # 23 months, 29 days
    ("2024-11-27", 10000, [], True),                        # 24 months: time comes first
    ("2023-01-01", 70000, [{"on": "2025-12-01", "km": 40001, "item": "transmission_deep_care",
                            "outcome": "serviced"}], False),
    ("2023-01-01", 70001, [{"on": "2025-12-01", "km": 40001, "item": "transmission_deep_care",
                            "outcome": "serviced"}], True),
])
def test_transmission_care_whichever_comes_first(default, evaluator, delivered_on, km, repairs, due):
    decision = evaluator.evaluate(default, vehicle(delivered_on, km, repairs), at=NOW)
    assert ("transmission_deep_care" in fired(decision)) is due


# -- parts dual track and the shared profile ----------------------------------------------

def part(code, name, oem, aftermarket=None, fits=False):
    return {"code": code, "name": name, "oem_price": oem, "aftermarket_price": aftermarket,
            "aftermarket_fits": fits}


def test_aftermarket_only_for_non_core_parts_that_fit_and_save(default, evaluator):
    facts = {"visit": {"kind": "repair", "parts": [
        part("wiper_blades", "雨刮片", "180", "98", fits=True),
        part("air_filter", "空气滤芯", "160", "160", fits=True),      # no price advantage
        part("brake_pads", "前刹车片", "680", "420", fits=True),      # core: OEM only
    ]}}
    result = evaluator.evaluate(default, facts, at=NOW).result
    assert [(p.part, p.track) for p in result.parts] == [("brake_pads", "oem"),
                                                         ("wiper_blades", "aftermarket")]
    wiper = result.parts[1]
    assert (wiper.price, wiper.saving) == (Decimal("98.00"), Decimal("82.00"))
    assert "适配您的车辆" in wiper.disclosure and "便宜82元" in wiper.disclosure


def test_a_group_can_widen_the_non_core_list(compile_group, evaluator):
    child = compile_group("""\
        domain: offers
        group: west
        title: 西区
        extends: default
        settings:
          non_core_parts: [wiper_blades, air_filter, cabin_filter]
        """)
    facts = {"visit": {"kind": "repair", "parts": [part("cabin_filter", "空调滤芯", "120", "60", True)]}}
    result = evaluator.evaluate(child, facts, at=NOW).result
    assert [(p.part, p.track) for p in result.parts] == [("cabin_filter", "aftermarket")]


def test_low_noise_oil_wins_over_the_plain_oem_oil_line(default, evaluator):
    facts = json.loads((EXAMPLES / "offers-quiet-maintenance.json").read_text(encoding="utf-8"))
    result = evaluator.evaluate(default, facts, at=NOW).result
    oil = [p for p in result.parts if p.part == "engine_oil"]
    assert [(p.track, p.label) for p in oil] == [("oem", "低噪音机油")]
    assert {p.part for p in result.parts if p.track == "aftermarket"} == {"wiper_blades", "air_filter"}


# -- the README questions ----------------------------------------------------------------------

def example(name):
    return json.loads((EXAMPLES / f"offers-{name}.json").read_text(encoding="utf-8"))


def test_family_buyer_asking_8000_off(default, evaluator):
    result = evaluator.evaluate(default, example("family-discount"), at=NOW).result
    assert [(o.kind, o.label, o.worth) for o in result.offers] == [
        ("value_package", "首年免费保养+原厂脚垫+道路救援", Decimal("3000.00")),
        ("financing", "低息贷款", None),
        ("financing", "超长分期", None),
        ("cash_discount", "现金优惠5,000元", Decimal("5000.00"))]
    assert (result.total_concession, result.price_after_discount) == (Decimal("8000.00"),
                                                                      Decimal("184800.00"))
    assert [s.code for s in result.test_drive_route] == ["school_zone", "supermarket_car_park"]


def test_vehicle_at_31000_km_30_months_brake_pads_worn(default, evaluator):
    decision = evaluator.evaluate(default, example("brake-pads"), at=NOW, explain=True)
    result = decision.result
    assert [(o.kind, o.code, o.rule) for o in result.offers] == [
        ("care_package", "transmission_deep_care", "transmission_deep_care"),
        ("extended_warranty", "extended_warranty", "extended_warranty_brake_pads")]
    assert [(p.part, p.track) for p in result.parts] == [("brake_pads", "oem")]
    why = {n.id: n.reason for n in decision.not_fired}
    assert why["maintenance_package"] == "excluded"
    assert why["extended_warranty_window"] == "condition"
