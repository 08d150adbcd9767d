"""The example dealer group (rulesets/examples/east_auto) layered on the default policy."""
from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest

from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.testing import run_tests
from dealer_rules.core.cli import shipped_rulesets

AT = dt.datetime(2026, 11, 27, 10, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))


@pytest.fixture(scope="module")
def world():
    pm = get_plugin_manager(load_entry_points=False)
    library = RulesetLibrary.from_paths([shipped_rulesets()])
    assert library.errors == []
    return pm, Registry.from_plugin_manager(pm), library, Evaluator(pm)


@pytest.fixture
def compiled(world):
    pm, registry, library, _ = world
    made = []

    def compile_(group, domain):
        made.append(library.compile(group, domain, registry))
        return made[-1]
    yield compile_
    for ruleset in made:
        ruleset.close()


def test_the_example_groups_rulesets_extend_the_default(compiled):
    tiers = compiled("east_auto", "tiers")
    origins = {r.id: r.origin for r in tiers.rules}
    assert origins["silver_member"] == "overridden"
    assert origins["gold_member"] == "inherited"
    assert "owners_club" not in origins                      # disabled
    assert tiers.resolved.chain == ["east_auto", "default"]
    assert tiers.resolved.constants["gold_min_spend"] == 8000


def test_the_same_customer_gets_the_groups_terms(world, compiled):
    evaluator = world[3]
    facts = {"customer": {"car_purchases": [{"purchased_on": "2025-05-01"}]},
             "order": {"kind": "maintenance", "labour_amount": "1000", "parts_amount": "0"}}
    default = evaluator.evaluate(compiled("default", "tiers"), facts, at=AT)
    east = evaluator.evaluate(compiled("east_auto", "tiers"), facts, at=AT)
    assert default.result.order.labour_payable == Decimal("900.00")
    assert east.result.order.labour_payable == Decimal("880.00")
    assert default.ruleset.content_hash != east.ruleset.content_hash


def test_the_richer_compensation(world, compiled):
    evaluator = world[3]
    facts = {"store_id": "sh01", "complaint": {"opened_at": "2026-11-27T17:40:00",
                                               "topic": "long_repair_wait"}}
    decision = evaluator.evaluate(compiled("east_auto", "sla"), facts, at=AT + dt.timedelta(days=1))
    assert [(e.code, e.value) for e in decision.result.entitlements] == [
        ("free_car_wash", None), ("priority_bay_next_repair", None),
        ("maintenance_voucher", Decimal("200.00"))]


@pytest.mark.parametrize("domain", ["tiers", "sla"])
def test_the_example_groups_own_test_cases_pass(world, compiled, domain):
    results = run_tests(compiled("east_auto", domain), world[3])
    assert results and [r.name for r in results if not r.passed] == []
