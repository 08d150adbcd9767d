"""The dealer-rules command: clear one-line errors, exit codes, JSON output."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealer_rules.core.cli import main

TESTS = Path(__file__).resolve().parents[1]
GOOD = """\
domain: visit
group: demo
title: 维修优惠
rules:
  - id: gold
    title: 工时费8折
    when: customer.tier == "gold"
    then: [{discount_labour: {percent: 20}}]
tests:
  - name: gold pays 80%
    facts: {customer: {tier: gold}, visit: {labour: 100}}
    expect: {fired: [gold], result: {labour_payable: 80}}
"""


@pytest.fixture
def cli(monkeypatch):
    """Run the command in-process, with the sample plugin added by DEALER_RULES_EXTRA_PLUGINS."""
    monkeypatch.setenv("DEALER_RULES_EXTRA_PLUGINS", "support.sample_plugin")
    monkeypatch.setenv("DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD", "1")
    runner = CliRunner()

    def run(*args, input=None):
        return runner.invoke(main, ["--lang", "en", *args], input=input)
    return run


def write(tmp_path, text, name="visit.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_a_good_file(cli, tmp_path):
    result = cli("validate", str(write(tmp_path, GOOD)))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1 ruleset(s) valid"


def test_validate_reports_each_problem_on_one_line_without_traceback(cli, tmp_path):
    bad = GOOD.replace('customer.tier == "gold"', 'customer.teir == "gold"').replace(
        "percent: 20", "percent: 200")
    result = cli("validate", str(write(tmp_path, bad)))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert any("visit.yaml:7:11: rule gold, rules[0].when: unknown field 'teir' in customer "
               "(did you mean 'tier'?)" in line for line in lines)
    assert any("percent: must be at most 100" in line for line in lines)
    assert lines[-1] == "1 of 1 ruleset(s) invalid"
    assert "Traceback" not in result.output


def test_messages_in_chinese(cli, tmp_path):
    bad = GOOD.replace('customer.tier == "gold"', 'customer.teir == "gold"')
    result = CliRunner().invoke(main, ["--lang", "zh", "validate", str(write(tmp_path, bad))])
    assert "customer 中的未知字段 teir（是否想写“tier”？）" in result.output


def test_test_command_summary_and_exit_code(cli, tmp_path):
    ok = cli("test", str(write(tmp_path, GOOD)))
    assert ok.exit_code == 0 and ok.output.strip().endswith("1 passed, 0 failed")
    failing = GOOD.replace("labour_payable: 80", "labour_payable: 81")
    bad = cli("test", str(write(tmp_path, failing)))
    assert bad.exit_code == 1
    assert "FAIL demo/visit: gold pays 80%" in bad.output
    assert "labour_payable: expected 81, got 80.00" in bad.output
    assert bad.output.strip().endswith("0 passed, 1 failed")


def test_evaluate_prints_the_decision_as_json(cli, tmp_path):
    write(tmp_path, GOOD)
    facts = write(tmp_path, json.dumps({"customer": {"tier": "gold"}, "visit": {"labour": 1200}}),
                  "facts.json")
    result = cli("evaluate", "-g", "demo", "-d", "visit", str(facts), "--rulesets", str(tmp_path),
                 "--at", "2026-11-27T10:00:00+08:00", "--explain")
    assert result.exit_code == 0, result.output
    decision = json.loads(result.output)
    assert decision["result"]["labour_payable"] == "960.00"
    assert [r["id"] for r in decision["fired"]] == ["gold"]
    assert decision["at"] == "2026-11-27T10:00:00+08:00"
    assert decision["not_fired"] == []


def test_evaluate_reads_facts_from_stdin(cli, tmp_path):
    write(tmp_path, GOOD)
    result = cli("evaluate", "-g", "demo", "-d", "visit", "-", "--rulesets", str(tmp_path),
                 input='{"customer": {"tier": "silver"}}')
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["fired"] == []


@pytest.mark.parametrize("facts, message", [
    ("{not json", "not valid JSON"),
    ('{"customer": {"tier": "platinum"}}', "customer.tier: must be one of"),
])
def test_evaluate_errors_are_one_line(cli, tmp_path, facts, message):
    write(tmp_path, GOOD)
    result = cli("evaluate", "-g", "demo", "-d", "visit", "-", "--rulesets", str(tmp_path), input=facts)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_evaluate_an_unknown_group(cli, tmp_path):
    write(tmp_path, GOOD)
    result = cli("evaluate", "-g", "nobody", "-d", "visit", "-", "--rulesets", str(tmp_path), input="{}")
    assert result.exit_code == 1
    assert "no ruleset for group 'nobody' and domain 'visit'" in result.output


def test_plugins_lists_domains_and_actions(cli):
    result = cli("plugins")
    assert result.exit_code == 0
    assert "support.sample_plugin  (dealer-rules" in result.output
    assert "domains: visit" in result.output
    listed = {p["name"]: p for p in json.loads(cli("plugins", "--json").output)}
    assert listed["support.sample_plugin"]["actions"] == [
        "visit.discount_labour", "visit.explode", "visit.garble", "visit.grant_benefit",
        "visit.note"]
    assert "dealer_rules.plugins.offers" in listed  # the built-ins are listed too


def test_the_installed_command_runs_and_a_broken_plugin_is_one_line(tmp_path):
    exe = shutil.which("dealer-rules", path=str(Path(sys.executable).parent))
    assert exe, "the dealer-rules console script is installed with the package"
    help_text = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("validate", "test", "evaluate", "plugins"):
        assert command in help_text
    env = dict(os.environ, DEALER_RULES_EXTRA_PLUGINS="no_such_module_anywhere",
               DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD="1")
    broken = subprocess.run([exe, "plugins"], capture_output=True, text=True, env=env)
    assert broken.returncode == 1
    assert broken.stderr.strip() == ('error: Plugin "no_such_module_anywhere": error importing '
                                     "plugin: ModuleNotFoundError: No module named "
                                     "'no_such_module_anywhere'")


def _imported_by(*args) -> set[str]:
    """The top-level modules the installed command imports to run ``args``."""
    exe = shutil.which("dealer-rules", path=str(Path(sys.executable).parent))
    run = subprocess.run([sys.executable, "-X", "importtime", exe, *args], capture_output=True,
                         text=True, cwd=TESTS.parent)
    assert run.returncode == 0, run.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


@pytest.mark.parametrize("args", [
    ("--help",),
    ("validate", "rulesets/default/tiers.yaml"),
    ("evaluate", "-g", "default", "-d", "tiers", "examples/facts/tiers-gold-maintenance.json"),
])
def test_the_ruleset_commands_start_without_the_web_service(args):
    """--help, validate, test and evaluate need neither Flask nor SQLAlchemy (nor a password
    hash): the service's commands are imported only when run (core/cli_lazy.py); and their
    Chinese is read from compiled catalogs with the standard library, without Babel (only
    ``dealer-rules translations`` uses it: core/catalogs.py)."""
    modules = _imported_by("--lang", "zh", *args)
    assert not modules & {"flask", "sqlalchemy", "werkzeug", "dealer_rules.web",
                          "dealer_rules.core.store", "babel", "dealer_rules.core.catalogs"}
    if args == ("--help",):
        assert "pydantic" not in modules  # nothing is built that the listing does not show


def test_the_listing_shows_the_added_commands_summaries(cli):
    text = cli("--help").output
    assert re.search(r"\n  serve +Run the rules service \(HTTP API on /api/v1\)\.\n", text)
    assert re.search(r"\n  db +Manage the ruleset store's database\.\n", text)


def test_validate_checks_test_cases_facts_and_expected_paths_with_their_lines(cli, tmp_path):
    bad = GOOD.replace("facts: {customer: {tier: gold}, visit: {labour: 100}}",
                       "facts: {customer: {teir: gold}, visit: {labour: 100}}").replace(
        "expect: {fired: [gold], result: {labour_payable: 80}}",
        "expect: {fired: [golden], result: {labour_payabel: 80}}")
    result = cli("validate", str(write(tmp_path, bad)))
    assert result.exit_code == 1
    lines = [line.replace(str(tmp_path) + "/", "") for line in result.output.strip().splitlines()]
    assert lines[:2] == [
        "error: visit.yaml:11:24: tests[0].facts.customer.teir: unknown field 'teir' (did you mean 'tier'?)",
        "error: visit.yaml:12:40: tests[0].expect.result.labour_payabel: unknown field 'labour_payabel' "
        "(did you mean 'labour_payable'?)"]


def test_validate_without_paths_checks_the_shipped_rulesets_like_test(cli):
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("ruleset(s) valid")


def test_summaries_in_chinese(tmp_path):
    runner = CliRunner()
    env = {"DEALER_RULES_EXTRA_PLUGINS": "support.sample_plugin", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"}
    path = str(write(tmp_path, GOOD))
    assert runner.invoke(main, ["--lang", "zh", "validate", path], env=env).output.strip() == "1 个规则集有效"
    assert runner.invoke(main, ["--lang", "zh", "test", path], env=env).output.strip() == "1 个通过，0 个失败"
    bad = runner.invoke(main, ["--lang", "zh", "validate", str(write(tmp_path, GOOD.replace("tier ==", "teir ==")))], env=env)
    assert bad.output.startswith("错误：") and bad.output.strip().endswith("1 个规则集中有 1 个无效")


FAILING_HOOK_PLUGIN = '''
from dealer_rules import hookimpl

@hookimpl
def derive_facts(domain, facts):
    if domain.name == "visit" and facts.visit.labour == 13:
        raise RuntimeError("the DMS is down")
'''


def test_a_failing_plugin_hook_is_one_line_in_evaluate_and_a_failed_case_in_test(tmp_path, monkeypatch):
    (tmp_path / "failing_hook.py").write_text(FAILING_HOOK_PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    env = {"DEALER_RULES_EXTRA_PLUGINS": "support.sample_plugin,failing_hook",
           "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"}
    ruleset = write(tmp_path, GOOD.replace("visit: {labour: 100}}", "visit: {labour: 13}}"))
    runner = CliRunner()
    evaluated = runner.invoke(main, ["--lang", "en", "evaluate", "-g", "demo", "-d", "visit", "--rulesets",
                                     str(ruleset)], input='{"visit": {"labour": 13}}', env=env)
    assert evaluated.exit_code == 1
    assert evaluated.output.strip() == ("error: plugin failing_hook: derive_facts failed: "
                                        "RuntimeError: the DMS is down")
    tested = runner.invoke(main, ["--lang", "en", "test", str(ruleset)], env=env)
    assert tested.exit_code == 1 and isinstance(tested.exception, SystemExit)
    assert "plugin failing_hook: derive_facts failed: RuntimeError: the DMS is down" in tested.output
    assert tested.output.strip().endswith("0 passed, 1 failed")
