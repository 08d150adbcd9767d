"""next_change_at per domain (issue 15): evaluating the same facts at ``next_change_at``
gives a different answer, and one second before it the same answer as at ``at``.

"The answer" is the result and the rules that applied. The sla minute counters
(remaining_minutes, overdue_minutes) tick every minute by design and are left out of the
comparison (docs/api.md, "When the answer changes").
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dealer_rules.core.plugins import DEFAULT_PLUGINS

PLUGINS = DEFAULT_PLUGINS
FACTS = Path(__file__).parents[2] / "examples" / "facts"
SECOND = dt.timedelta(seconds=1)
_TICKING = {"remaining_minutes", "overdue_minutes"}


def _answer(decision) -> dict:
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _TICKING}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    shown = decision.model_dump(mode="json")
    return {"result": strip(shown["result"]), "fired": [f["id"] for f in shown["fired"]]}


def _check(evaluator, ruleset, facts, at: dt.datetime):
    first = evaluator.evaluate(ruleset, facts, at=at)
    change = first.next_change_at
    assert change is not None and change > first.at
    before = evaluator.evaluate(ruleset, facts, at=change - SECOND)
    assert _answer(before) == _answer(first)
    after = evaluator.evaluate(ruleset, facts, at=change)
    assert _answer(after) != _answer(first)
    return first, after


def _facts(name: str) -> dict:
    return json.loads((FACTS / name).read_text(encoding="utf-8"))


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_sla_complaint_deadline_falls_due(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "sla")
    facts = _facts("sla-complaint-friday.json")
    at, seen = _at("2026-11-28T12:00:00+08:00"), []
    # each answer names its own next change, until nothing more is due
    while len(seen) < 10:
        decision = evaluator.evaluate(ruleset, facts, at=at)
        if decision.next_change_at is None:
            break
        _check(evaluator, ruleset, facts, at)
        seen.append(at := decision.next_change_at)
    assert len(seen) >= 4 and seen == sorted(seen)
    assert seen[0] == _at("2026-11-28T12:52:00+08:00")     # the solution deadline at risk


def test_sla_escalation_step_is_a_change(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "sla")
    facts = {"store_id": "sh_pudong", "complaint": {"opened_at": "2026-11-27T10:00:00"}}
    decision = evaluator.evaluate(ruleset, facts, at=_at("2026-11-27T10:00:00+08:00"))
    escalations = 0
    while decision.next_change_at is not None and escalations < 3:
        _, decision = _check(evaluator, ruleset, facts, decision.next_change_at)
        escalations = len(decision.result.escalations)
    assert escalations >= 2, "the ladder's second step was never reported as a change"


def test_callbacks_next_call_passes_and_complaint_closes(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "callbacks")
    facts = _facts("callbacks-open-complaint.json")
    first, after = _check(evaluator, ruleset, facts, _at("2026-11-28T12:00:00+08:00"))
    assert after.result.held.callbacks_held == first.result.held.callbacks_held - 1
    facts["customer"]["complaints"][0]["closed_at"] = "2026-11-30T09:30:00"
    first, after = _check(evaluator, ruleset, facts, _at("2026-11-28T12:00:00+08:00"))
    assert first.next_change_at == _at("2026-11-30T09:30:00+08:00")
    assert (first.result.status, after.result.status) == ("held", "active")


def test_tiers_old_payment_leaves_the_spend_window(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "tiers")
    facts = {"customer": {"id": "C-1", "service_orders": [
        {"paid_on": "2026-02-28", "amount_paid": "9000.00"},
        {"paid_on": "2026-03-15", "amount_paid": "6000.00"}]},
        "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
    first, after = _check(evaluator, ruleset, facts, _at("2026-11-28T12:00:00+08:00"))
    # the 12-month window of 2027-02-28 opens after 2026-02-28: that payment is out
    assert first.next_change_at == _at("2027-02-28T00:00:00+08:00")
    assert first.result.tier != after.result.tier


def test_offers_vehicle_turns_one_year_old(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "offers")
    facts = {"vehicle": {"model_code": "family_suv_7", "delivered_on": "2025-12-10",
                         "odometer_km": 9000}}
    first, after = _check(evaluator, ruleset, facts, _at("2026-11-28T12:00:00+08:00"))
    assert first.next_change_at == _at("2026-12-10T00:00:00+08:00")


def test_rule_validity_window_opens(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "offers", child="""
        group: winter_group
        domain: offers
        title: winter
        extends: default
        rules:
          - id: winter_check
            title: Winter check
            valid_from: 2026-12-01
            when: exists(vehicle.delivered_on)
            then:
              - offer_package: {kind: care_package, code: winter_check, label: 冬季检测}
        """)
    facts = {"vehicle": {"model_code": "family_suv_7", "delivered_on": "2024-05-10",
                         "odometer_km": 31000}}
    first, after = _check(evaluator, ruleset, facts, _at("2026-11-28T12:00:00+08:00"))
    assert first.next_change_at == _at("2026-12-01T00:00:00+08:00")
    assert "winter_check" in [f.id for f in after.fired]


def test_nothing_scheduled_is_null(registry, evaluator, compile_shipped):
    ruleset = compile_shipped(registry, "sla")
    decision = evaluator.evaluate(ruleset, _facts("sla-order-low-nps.json"),
                                  at=_at("2026-11-28T12:00:00+08:00"))
    assert decision.next_change_at is None


def test_tiers_leaves_window_is_the_first_day_without_the_payment():
    from dealer_rules.plugins.tiers.derive import months_before
    from dealer_rules.plugins.tiers.next_changes import leaves_window
    day = dt.date(2023, 1, 1)
    for _ in range(800):          # every day of 2023-2025, month ends and 29 February too
        for months in (1, 6, 12, 13):
            out = leaves_window(day, months)
            assert months_before(out, months) >= day > months_before(out - dt.timedelta(days=1),
                                                                       months), (day, months)
        day += dt.timedelta(days=1)
