"""The parts domain through the real engine and the shipped ruleset
(rulesets/default/parts.yaml): the reorder rule decided exactly at its threshold."""
from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest

from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.problems import RulesetError
from dealer_rules.plugins.parts.derive import derive_part
from dealer_rules.plugins.parts.facts import StockedPart
from dealer_rules.plugins.parts.settings import PartsSettings
from dealer_rules.testing import at

PLUGINS = ("dealer_rules.plugins.parts",)
TODAY = dt.date(2026, 11, 27)


def part(in_stock, used, lead, on_order=0, on=TODAY, code="brake_pads_front") -> dict:
    return {"part": code, "name": "前刹车片", "in_stock": in_stock, "on_order": on_order,
            "lead_time_days": lead, "usage": [{"on": on.isoformat(), "quantity": used}]}


@pytest.fixture
def shipped(registry, compile_shipped):
    return compile_shipped(registry, "parts")


def reorders(evaluator, ruleset, *parts):
    decision = evaluator.evaluate(ruleset, {"parts": list(parts)}, at=at(2026, 11, 27, 18))
    return [r.part for r in decision.result.reorders], decision


@pytest.mark.parametrize("factor, window", [("1.5", 90), ("1.25", 30), ("2", 7)])
def test_below_the_reorder_point_is_exact_at_every_threshold(factor, window):
    settings = PartsSettings(safety_factor=factor, usage_window_days=window)
    for used, lead, stock in itertools.product(range(0, 181, 7), range(0, 15), range(0, 40)):
        p = StockedPart.model_validate(part(stock, used, lead))
        derive_part(p, TODAY, settings)
        exact = Fraction(used, window) * lead * Fraction(factor)
        assert p.below_reorder_point == (stock < exact), (used, lead, stock)
        point = Fraction(p.reorder_point)
        assert exact <= point < exact + Fraction(1, 100)


def test_the_shipped_rule_reorders_exactly_the_parts_below_their_point(evaluator, shipped):
    # 60 used in 90 days, 9 days' lead time: 60/90 x 9 x 1.5 = 9 exactly
    ids, decision = reorders(evaluator, shipped, part(9, 60, 9, code="at_point"),
                             part(8, 60, 9, code="one_below"),
                             part(5, 60, 9, on_order=4, code="on_order_counts"))
    assert ids == ["one_below"]
    assert [r.id for r in decision.fired] == ["parts_reorder"]
    line = decision.result.reorders[0]
    assert (line.stock_position, str(line.reorder_point), line.order_at_least) == (8, "9.00", 1)


def test_use_outside_the_last_90_days_is_left_out(evaluator, shipped):
    first_day = TODAY - dt.timedelta(days=89)
    inside, _ = reorders(evaluator, shipped, part(0, 10, 10, on=first_day))
    outside, decision = reorders(evaluator, shipped,
                                 part(0, 10, 10, on=first_day - dt.timedelta(days=1)),
                                 part(0, 10, 10, on=TODAY + dt.timedelta(days=1), code="later"))
    assert (inside, outside, decision.fired) == (["brake_pads_front"], [], [])


def test_a_group_changes_the_window_and_the_factor_in_settings(registry, evaluator, compile_shipped):
    child = compile_shipped(registry, "parts", """
        domain: parts
        group: north
        title: 北方集团
        extends: default
        settings: {usage_window_days: 30, safety_factor: 2}
        """)
    # 30 used in the last 30 days, 5 days' lead: 1 x 5 x 2 = 10
    assert reorders(evaluator, child, part(9, 30, 5))[0] == ["brake_pads_front"]
    assert reorders(evaluator, child, part(10, 30, 5))[0] == []


@pytest.mark.parametrize("bad, path", [
    ({"in_stock": -1}, "parts[0].in_stock"),
    ({"in_stock": 1_000_000_001}, "parts[0].in_stock"),
    ({"lead_time_days": 3651}, "parts[0].lead_time_days"),
    ({"lead_time_days": "soon"}, "parts[0].lead_time_days"),
    ({"stock": 3}, "parts[0].stock"),
])
def test_bad_facts_are_refused_with_their_path(evaluator, shipped, bad, path):
    with pytest.raises(FactsError) as caught:
        evaluator.evaluate(shipped, {"parts": [{**part(1, 1, 1), **bad}]}, at=at(2026, 11, 27))
    assert [p["path"] for p in caught.value.problems] == [path]


def test_bad_settings_are_refused_when_the_ruleset_loads(registry, compile_shipped):
    with pytest.raises(RulesetError) as caught:
        compile_shipped(registry, "parts", """
            domain: parts
            group: north
            title: 北方集团
            extends: default
            settings: {usage_window_days: 0}
            """)
    assert "usage_window_days" in str(caught.value)
