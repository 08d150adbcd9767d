"""The monthly mystery-shopper pick of the shipped sla ruleset, through the real engine:
reproducible (the same customer, month and ruleset give the same answer in every process,
whatever Python's hash seed) and fair (over 10,000 customers the share picked is within 0.5
points of the configured rate), never a customer two months running, at least 3."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from dealer_rules.core.evaluate import Evaluator, FactsError
from dealer_rules.plugins.sla.mystery_shopper import draw_of
from dealer_rules.testing import at

PLUGINS = ("dealer_rules.plugins.sla",)
WHEN = at(2026, 12, 1, 9)
IDS = [f"C-{i:05d}" for i in range(1, 10_001)]


def month(name: str, ids, last_month=()) -> dict:
    return {"service_month": {"month": name, "customers": [
        {"customer_id": i, "picked_last_month": i in last_month} for i in ids]}}


def group_rate(percent: int, salt: str) -> str:
    return f"""
        domain: sla
        group: audit
        title: 暗访比例调整
        extends: default
        rules:
          - id: mystery_shopper
            title: 每月抽选神秘客暗访
            description: "[default] another rate and salt"
            when: exists(service_month.customers)
            then:
              - pick_mystery_shoppers: {{label: 神秘客暗访, percent: {percent}, at_least: 3, salt: {salt}}}
        """


@pytest.fixture
def pick(registry, evaluator, compile_shipped):
    """The mystery_shopper part of the answer for ``facts``, from the shipped default or a
    group extending it."""
    def run(facts, child=None):
        ruleset = compile_shipped(registry, "sla", child)
        return evaluator.evaluate(ruleset, facts, at=WHEN).result.mystery_shopper
    return run


def ids_of(picked) -> list[str]:
    return [p.customer_id for p in picked.picked]


@pytest.mark.parametrize("child, rate", [(None, Decimal(2)), (group_rate(5, "audit-2027"), Decimal(5))])
@pytest.mark.parametrize("name", ["2026-11", "2027-02"])
def test_over_10000_customers_the_share_picked_is_the_configured_rate(pick, child, rate, name):
    picked = pick(month(name, IDS), child)
    assert picked.percent == rate and picked.customers == 10_000
    share = Decimal(100) * len(picked.picked) / 10_000
    assert abs(share - rate) <= Decimal("0.5"), share
    assert not any(p.topped_up for p in picked.picked)
    assert all(p.draw < rate / 100 for p in picked.picked)


def test_a_customer_is_picked_by_their_own_draw_whoever_else_is_in_the_month(pick):
    everyone = pick(month("2026-11", IDS))
    half = IDS[::2]
    some = pick(month("2026-11", list(reversed(half))))
    assert set(ids_of(some)) == set(ids_of(everyone)) & set(half)
    assert ids_of(some) == [i for i in ids_of(everyone) if i in set(half)]   # lowest draw first


def test_the_same_month_gives_the_same_pick_in_other_processes_whatever_their_hash_seed(
        pick, tmp_path):
    facts = month("2026-11", IDS[:2000])
    expected = ids_of(pick(facts))
    path = tmp_path / "month.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    exe = str(Path(sys.executable).parent / "dealer-rules")
    for seed in ("1", "4242"):
        out = subprocess.run(
            [exe, "evaluate", "-g", "default", "-d", "sla", str(path), "--at",
             "2027-01-15T10:00:00+08:00", "--format", "json",
             "--select", "result.mystery_shopper.picked[*].customer_id"],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"})
        assert json.loads(out.stdout)["result.mystery_shopper.picked[*].customer_id"] == expected


def test_another_month_or_salt_draws_afresh(pick):
    ids = IDS[:3000]
    november = set(ids_of(pick(month("2026-11", ids))))
    december = set(ids_of(pick(month("2026-12", ids))))
    other_salt = set(ids_of(pick(month("2026-11", ids), group_rate(2, "another-salt"))))
    assert len(november & december) < len(november) / 4
    assert len(november & other_salt) < len(november) / 4


def test_a_small_store_still_gets_three_the_lowest_draws(pick):
    ids = IDS[:40]
    picked = pick(month("2026-11", ids))
    lowest = sorted(ids, key=lambda i: draw_of(i, "2026-11", "default-2026"))[:3]
    assert sorted(ids_of(picked)) == sorted(lowest) and len(picked.picked) == 3
    assert [p.topped_up for p in picked.picked] == [False] * sum(
        draw_of(i, "2026-11", "default-2026") < Decimal("0.02") for i in lowest) + [True] * sum(
        draw_of(i, "2026-11", "default-2026") >= Decimal("0.02") for i in lowest)


def test_nobody_is_picked_two_months_running(pick):
    ids = IDS[:3000]
    november = ids_of(pick(month("2026-11", ids)))
    for name in ("2026-11", "2026-12"):
        again = pick(month(name, ids, last_month=set(november)))
        assert not set(ids_of(again)) & set(november)
        assert again.eligible == 3000 - len(november)


def test_fewer_eligible_customers_than_the_minimum_are_all_picked(pick):
    picked = pick(month("2026-11", IDS[:5], last_month=set(IDS[:3])))
    assert (picked.customers, picked.eligible) == (5, 2)
    assert sorted(ids_of(picked)) == IDS[3:5]


@pytest.mark.parametrize("facts, path", [
    (month("2026-13", IDS[:3]), "service_month.month"),
    (month("26-11", IDS[:3]), "service_month.month"),
    ({"service_month": {"month": "2026-11", "customers": [{"customer_id": "C-1"},
                                                          {"customer_id": "C-1"}]}},
     "service_month"),
    ({"service_month": {"month": "2026-11", "customers": [{"customer_id": ""}]}},
     "service_month.customers[0].customer_id"),
])
def test_a_bad_month_is_refused_with_its_path(pick, facts, path):
    with pytest.raises(FactsError) as caught:
        pick(facts)
    assert [p["path"] for p in caught.value.problems] == [path]


def test_a_customer_sent_twice_is_named_in_english_and_chinese(pick):
    customers = [{"customer_id": i} for i in ("C-1", "C-2", "C-1", "C-3", "C-2")]
    with pytest.raises(FactsError) as caught:
        pick({"service_month": {"month": "2026-11", "customers": customers}})
    assert caught.value.render("en").endswith("service_month: listed more than once: C-1, C-2")
    assert caught.value.render("zh").endswith("service_month: 重复列出：C-1、C-2")
