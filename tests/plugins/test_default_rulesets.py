"""The shipped rulesets: every one loads, every test case passes, and every rule of the
default policy has a case proving it fires and one proving it does not."""
from __future__ import annotations

import pytest

from dealer_rules.core.cli import shipped_rulesets
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.testing import run_tests

LIBRARY = RulesetLibrary.from_paths([shipped_rulesets()])
DEFAULT_DOMAINS = ["callbacks", "offers", "parts", "sla", "tiers"]


@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(load_entry_points=False)


def test_every_shipped_ruleset_loads():
    assert [e.render("en") for e in LIBRARY.errors] == []
    assert [d for g, d in LIBRARY.keys() if g == "default"] == DEFAULT_DOMAINS


@pytest.mark.parametrize("group, domain", LIBRARY.keys())
def test_every_test_case_passes(pm, group, domain):
    ruleset = LIBRARY.compile(group, domain, Registry.from_plugin_manager(pm))
    try:
        failures = {r.name: [f.render("en") for f in r.failures]
                    for r in run_tests(ruleset, Evaluator(pm)) if not r.passed}
    finally:
        ruleset.close()
    assert failures == {}


@pytest.mark.parametrize("domain", DEFAULT_DOMAINS)
def test_every_default_rule_is_proved_to_fire_and_not_to_fire(domain):
    document = LIBRARY.get("default", domain).document
    fired = {rule for case in document.tests for rule in case.expect.fired}
    not_fired = {rule for case in document.tests for rule in case.expect.not_fired}
    rules = {rule.id for rule in LIBRARY.get("default", domain).rules}  # tables' rows too
    assert rules - fired == set(), "rules without a case where they fire"
    assert rules - not_fired == set(), "rules without a case where they do not fire"


@pytest.mark.parametrize("domain", DEFAULT_DOMAINS)
def test_every_default_rule_says_which_policy_line_it_encodes(domain):
    for rule in LIBRARY.get("default", domain).rules:  # tables' rows too
        assert "[seed]" in rule.notes or "[default]" in rule.notes \
            or "digest" in rule.notes.lower(), rule.id
