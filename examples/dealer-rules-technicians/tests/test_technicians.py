"""The example plugin, as an installed package: found through its entry point, its
ruleset's test cases pass, it assigns jobs as documented, and every text has its Chinese."""
from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.plugins import describe_plugins, get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.testing import run_tests
from dealer_rules.testing import translation_problems

RULESETS = Path(__file__).resolve().parents[1] / "rulesets"


@pytest.fixture(scope="module")
def pm():
    # entry points on, built-ins off: the plugin must arrive through its entry point alone
    return get_plugin_manager(default_plugins=(), load_entry_points=True)


@pytest.fixture(scope="module")
def ruleset(pm):
    compiled = RulesetLibrary.from_paths([RULESETS]).compile(
        "default", "technicians", Registry.from_plugin_manager(pm))
    yield compiled
    compiled.close()


def test_the_package_declares_its_entry_point():
    points = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="dealer_rules")}
    assert points.get("technicians") == "dealer_technicians"


def test_dealer_rules_finds_it_through_the_entry_point(pm):
    described = {p["name"]: p for p in describe_plugins(pm, Registry.from_plugin_manager(pm))}
    plugin = described["technicians"]
    assert (plugin["package"], plugin["version"]) == ("dealer-rules-technicians", "0.1.0")
    assert plugin["domains"] == ["technicians"]
    assert "technicians.require_grade" in plugin["actions"]


def test_its_ruleset_test_cases_pass(pm, ruleset):
    results = run_tests(ruleset, Evaluator(pm))
    assert len(results) == 3
    assert [r.name for r in results if not r.passed] == []


def test_a_master_is_chosen_only_when_no_senior_has_room(pm, ruleset):
    facts = {"job": {"kind": "transmission_overhaul", "estimated_hours": 4},
             "technicians": [{"id": "S1", "grade": "senior", "skills": ["transmission"], "booked_hours": 5},
                             {"id": "M1", "grade": "master", "skills": ["transmission"], "booked_hours": 4}]}
    decision = Evaluator(pm).evaluate(ruleset, facts)
    assert decision.result.technician == "M1"


def test_every_text_a_rule_author_reads_has_its_chinese(pm):
    # a new or changed English text: `dealer-rules translations build dealer_technicians`,
    # then fill in its msgstr in dealer_technicians/locale/zh/LC_MESSAGES/messages.po
    assert translation_problems(pm) == []
