"""Bulk evaluation (dealer-rules evaluate --input/--output): formats, bad rows, order,
--jobs 2, a spreadsheet round trip, the store's published rulesets (issue 15)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from dealer_rules.core.bulk.source import shipped_rulesets
from dealer_rules.core.bulk.answer_lines import row_json
from dealer_rules.core.cli import main
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "bulk"
AT = "2026-11-27T10:00:00+08:00"


def tiers_row(i: int) -> dict:
    return {"customer": {"id": f"C-{i}", "car_purchases": [{"purchased_on": "2024-05-01"}]
                         if i % 3 else [],
                         "service_orders": [{"paid_on": "2026-06-01",
                                             "amount_paid": f"{i * 37 % 20000}.00"}]},
            "order": {"kind": "maintenance", "labour_amount": f"{1000 + i}.00",
                      "parts_amount": "0"}}


def write_jsonl(path: Path, rows: int, bad: dict) -> None:
    """``rows`` lines; ``bad`` maps a 1-based row number to the raw line to put there."""
    with open(path, "w", encoding="utf-8") as out:
        for i in range(1, rows + 1):
            out.write(bad.get(i, json.dumps(tiers_row(i))) + "\n")


def run(*args, lang="en"):
    result = CliRunner().invoke(main, ["--lang", lang, "evaluate", *args])
    return result


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_bad_rows_are_reported_in_place_and_the_run_goes_on(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, 600, {7: "{not json", 300: "[1, 2]",
                           450: json.dumps({"customer": {"car_purchases": "not a list"}})})
    result = run("-g", "default", "-d", "tiers", "--at", AT, "--input", str(src),
                 "--output", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    rows = read_jsonl(out)
    assert [r["row"] for r in rows] == list(range(1, 601))
    errors = {r["row"]: r for r in rows if not r["ok"]}
    assert set(errors) == {7, 300, 450}
    assert errors[7]["error"].startswith("not valid JSON")
    assert "must be a JSON object" in errors[300]["error"]
    assert errors[450]["problems"] == [{"path": "customer.car_purchases",
                                        "message": "must be a list"}]
    # each answer is the one a single evaluation gives (without its timings)
    assert "600 rows: 597 ok, 3 with errors" in result.stderr
    pm = get_plugin_manager()
    ruleset = RulesetLibrary.from_paths([shipped_rulesets()]).compile(
        "default", "tiers", Registry.from_plugin_manager(pm))
    try:
        for number in (1, 3, 599):
            one = Evaluator(pm).evaluate(ruleset, tiers_row(number),
                                         at=dt.datetime.fromisoformat(AT))
            assert rows[number - 1] == as_row(number, one)
            assert rows[number - 1]["result"]["order"]["labour_amount"] == \
                f"{1000 + number}.00"
    finally:
        ruleset.close()
    # the summary counts the rules applied
    hits = sum(1 for r in rows if r["ok"] and "silver_member" in
               r["fired"])
    assert 0 < hits < 597
    assert any(line.split() == ["silver_member", str(hits)] for line in result.stderr.splitlines())


def as_row(number: int, decision) -> dict:
    """What a JSONL output row holds of a decision dumped as one evaluation prints it."""
    shown = json.loads(decision.model_dump_json())
    row = {"row": number, "ok": True, "result": shown["result"],
           "fired": [f["id"] for f in shown["fired"]], "ruleset": shown["ruleset"],
           "at": shown["at"], "next_change_at": shown["next_change_at"]}
    if shown["not_fired"] is not None:
        row["not_fired"] = shown["not_fired"]
    return row


def test_row_json_is_the_decision_with_rule_ids():
    pm = get_plugin_manager()
    ruleset = RulesetLibrary.from_paths([shipped_rulesets()]).compile(
        "default", "sla", Registry.from_plugin_manager(pm))
    try:
        for name in ("sla-complaint-friday.json", "sla-reception-transmission.json"):
            facts = json.loads((ROOT / "examples" / "facts" / name).read_text(encoding="utf-8"))
            for explain in (False, True):
                decision = Evaluator(pm).evaluate(ruleset, facts, explain=explain,
                                                  at=dt.datetime.fromisoformat(AT))
                line = row_json(7, decision)
                assert line.endswith(b"\n") and line.count(b"\n") == 1
                assert json.loads(line) == as_row(7, decision)
    finally:
        ruleset.close()


def test_two_jobs_write_the_same_lines_as_one_in_input_order(tmp_path):
    """The real command, two worker processes, many chunks: byte for byte the same."""
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 1500, {1000: "{broken"})
    exe = shutil.which("dealer-rules", path=os.path.dirname(sys.executable))
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        done = subprocess.run([exe, "evaluate", "-g", "default", "-d", "tiers", "--at", AT,
                               "--input", str(src), "--output", str(out), "--jobs", jobs],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert f"jobs: {jobs}" in done.stderr and "1 with errors" in done.stderr
        assert "\x1b[" not in done.stderr            # no progress bar when not a terminal
        outputs[jobs] = out.read_bytes()
    assert outputs["1"] == outputs["2"]
    rows = [json.loads(line) for line in outputs["2"].splitlines()]
    assert [r["row"] for r in rows] == list(range(1, 1501)) and rows[999]["ok"] is False


def test_csv_columns_are_dotted_paths_with_lists_as_json_or_indexed(tmp_path):
    out = tmp_path / "out.csv"
    result = run("-g", "default", "-d", "tiers", "--at", "2026-11-28T12:00:00+08:00",
                 "--input", str(EXAMPLES / "tiers-members.csv"), "--output", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["row"] for r in rows] == ["1", "2", "3", "4", "5"]
    # C-1001 bought a car (JSON cell); C-1002 spent 16,200 in two indexed orders: gold
    assert rows[0]["result.tier"] == "silver" and rows[1]["result.tier"] == "gold"
    assert rows[1]["fired"].startswith("silver_member, gold_member")
    assert json.loads(rows[1]["result.benefits"])[0]["code"] == "labour_discount"
    # C-1004's car purchase is dated after the evaluation: the tier changes that day
    assert rows[3]["result.tier"] == "" and rows[3]["next_change_at"] == "2026-11-30T00:00:00+08:00"
    assert rows[4]["status"] == "error" and "customer.car_purchases" in rows[4]["error"]


def test_a_cell_that_is_not_json_names_its_column(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.jsonl"
    src.write_text("customer.id,customer.car_purchases,order.kind\nC-1,[{oops,maintenance\n"
                   "C-2,,maintenance\n", encoding="utf-8")
    result = run("-g", "default", "-d", "tiers", "--input", str(src), "--output", str(out),
                 "-j", "1", lang="zh")
    assert result.exit_code == 0, result.output
    first, second = read_jsonl(out)
    assert first["ok"] is False and first["error"].startswith("列 customer.car_purchases：")
    assert second["ok"] is True
    assert "共 2 行：成功 1 行，出错 1 行" in result.stderr


def test_xlsx_round_trip(tmp_path):
    """A workbook in (date cells, numbers, empty cells) and a workbook out: the same answers
    as the same rows given as JSONL."""
    src, out = tmp_path / "members.xlsx", tmp_path / "decisions.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer.id", "customer.car_purchases[0].purchased_on",
                  "customer.service_orders.0.paid_on", "customer.service_orders.0.amount_paid",
                  "order.kind", "order.labour_amount", "order.parts_amount"])
    sheet.append(["C-1", dt.datetime(2024, 5, 1), dt.datetime(2026, 6, 1), 12000, "maintenance",
                  1200, 800.5])
    sheet.append(["C-2", None, None, None, "repair", 300, 0])
    sheet.append([None] * 7)                                    # an empty row is skipped
    sheet.append(["C-3", "not a date", None, None, "repair", 300, 0])
    book.save(src)
    result = run("-g", "default", "-d", "tiers", "--at", AT, "--input", str(src),
                 "--output", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    back = openpyxl.load_workbook(out, read_only=True)
    rows = list(back.active.iter_rows(values_only=True))
    back.close()
    header, rows = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
    assert header[:5] == ("row", "status", "error", "next_change_at", "fired")
    assert [r["row"] for r in rows] == [1, 2, 3]
    assert rows[0]["result.tier"] == "gold" and rows[1]["result.tier"] is None
    assert json.loads(rows[0]["result.order"])["parts_amount"] == "800.50"
    assert rows[2]["status"] == "error" and "purchased_on" in rows[2]["error"]
    jsonl, as_jsonl = tmp_path / "same.jsonl", tmp_path / "same-out.jsonl"
    jsonl.write_text("\n".join(json.dumps(f) for f in (
        {"customer": {"id": "C-1", "car_purchases": [{"purchased_on": "2024-05-01"}],
                      "service_orders": [{"paid_on": "2026-06-01", "amount_paid": "12000"}]},
         "order": {"kind": "maintenance", "labour_amount": "1200", "parts_amount": "800.5"}},
    )) + "\n", encoding="utf-8")
    assert run("-g", "default", "-d", "tiers", "--at", AT, "--input", str(jsonl),
               "--output", str(as_jsonl), "-j", "1").exit_code == 0
    assert json.loads(rows[0]["result.order"]) == read_jsonl(as_jsonl)[0]["result"]["order"]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()))
def test_the_examples_run(tmp_path, name):
    """Each example file evaluates; its last row is bad on purpose where the file says so."""
    domain = name.split("-")[0]
    out = tmp_path / "out.jsonl"
    result = run("-g", "default", "-d", domain, "--at", "2026-11-28T12:00:00+08:00",
                 "--input", str(EXAMPLES / name), "--output", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    rows = read_jsonl(out)
    assert sum(r["ok"] for r in rows) >= len(rows) - 1 >= 2


def test_a_failed_run_leaves_an_existing_output_as_it_was(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("yesterday's answers\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = run("-g", "default", "-d", "tiers", "--input", str(empty), "--output", str(out))
    assert result.exit_code == 1 and "the first row must name the columns" in result.stderr
    result = run("-g", "nobody", "-d", "tiers", "--input", str(EXAMPLES / "tiers-members.csv"),
                 "--output", str(out))
    assert result.exit_code == 1 and "nobody" in result.stderr
    assert out.read_text(encoding="utf-8") == "yesterday's answers\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.csv", "out.jsonl"]


def test_usage_errors(tmp_path):
    src = EXAMPLES / "sla-cases.jsonl"
    result = run("-g", "default", "-d", "sla", "--input", str(src))
    assert result.exit_code == 2 and "--input and --output go together" in result.output
    result = run("-g", "default", "-d", "sla", "--input", str(src), "--output",
                 str(tmp_path / "out.txt"))
    assert result.exit_code == 1 and "use .jsonl, .csv or .xlsx" in result.stderr
    result = run("-g", "default", "-d", "sla", str(ROOT / "examples/facts/sla-complaint-friday.json"),
                 "--input", str(src), "--output", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2 and "give FACTS or --input, not both" in result.output
    result = run("-g", "default", "-d", "sla", "--input", str(src), "--select", "result",
                 "--output", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2 and "--select and --format print one decision" in result.output


def test_explain_lists_the_rules_that_did_not_apply(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("-g", "default", "-d", "sla", "--input", str(EXAMPLES / "sla-cases.jsonl"),
                 "--output", str(out), "--explain", "-j", "1", "--at", AT)
    assert result.exit_code == 0, result.output
    first = read_jsonl(out)[0]
    reasons = {n["id"]: n["reason"] for n in first["not_fired"]}
    assert reasons["low_nps_withholds_commission"] == "condition"


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_database_url_uses_the_published_versions(tmp_path, engine):
    from dealer_rules.core.store.database import Store
    from dealer_rules.core.store.seed import seed_rulesets
    from support.databases import make_database_url
    url, cleanup = make_database_url(engine, tmp_path)
    try:
        store = Store(url)
        store.upgrade()
        seed_rulesets(store, shipped_rulesets())
        store.engine.dispose()
        out = tmp_path / "out.jsonl"
        result = run("-g", "default", "-d", "sla", "--database-url", url, "--at", AT,
                     "--input", str(EXAMPLES / "sla-cases.jsonl"), "--output", str(out), "-j", "1")
        assert result.exit_code == 0, result.output
        assert read_jsonl(out)[0]["ruleset"]["version"] == 1
        single = run("-g", "default", "-d", "sla", "--database-url", url, "--at", AT,
                     str(ROOT / "examples/facts/sla-complaint-friday.json"))
        assert single.exit_code == 0 and json.loads(single.stdout)["ruleset"]["version"] == 1
        missing = run("-g", "east_auto", "-d", "nothing", "--database-url", url,
                      str(ROOT / "examples/facts/sla-complaint-friday.json"))
        assert missing.exit_code == 1 and "no published ruleset" in missing.stderr
    finally:
        cleanup()


def test_a_terminal_gets_a_progress_bar(tmp_path):
    """Standard error on a terminal (a pseudo-terminal here): the bar, then the summary."""
    import pty
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, 600, {})
    exe = shutil.which("dealer-rules", path=os.path.dirname(sys.executable))
    master, slave = pty.openpty()
    try:
        command = subprocess.Popen([exe, "evaluate", "-g", "default", "-d", "tiers", "--at", AT,
                                    "--input", str(src), "--output", str(out), "-j", "1"],
                                   stderr=slave, stdout=subprocess.DEVNULL,
                                   env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
        os.close(slave)
        shown = b""
        while True:                         # read as it comes: a full terminal would block it
            try:
                chunk = os.read(master, 65536)
            except OSError:                 # the command has exited and closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        returncode = command.wait(timeout=300)
    finally:
        os.close(master)
    text = shown.decode("utf-8", "replace")
    assert returncode == 0, text
    assert "default/tiers" in text and "600/600" in text         # the bar's label and count
    assert "600 rows: 600 ok, 0 with errors" in text


@pytest.mark.parametrize("output", ["out.jsonl", "out.csv"])
def test_a_failing_action_or_an_unwritable_result_is_that_row_s_error(tmp_path, monkeypatch,
                                                                      output):
    """Plugin bugs on some rows (an action raises; a result JSON cannot hold): those rows
    get their error, the others their answer."""
    monkeypatch.setenv("DEALER_RULES_EXTRA_PLUGINS", "support.sample_plugin")
    rules = tmp_path / "visit.yaml"
    rules.write_text("domain: visit\ngroup: demo\ntitle: t\nrules:\n"
                     "  - {id: boom, title: 爆, when: 'visit.labour > 500', then: [{explode: {}}]}\n"
                     "  - {id: junk, title: 乱, when: 'visit.labour == 7', then: [{garble: {}}]}\n"
                     "  - {id: ok, title: 好, when: 'visit.labour < 500', then: "
                     "[{discount_labour: {percent: 10}}]}\n", encoding="utf-8")
    src, out = tmp_path / "in.csv", tmp_path / output
    src.write_text("visit.labour\n100\n900\n7\n200\n", encoding="utf-8")
    result = run("-g", "demo", "-d", "visit", "--rulesets", str(rules), "--input", str(src),
                 "--output", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    if output.endswith(".jsonl"):
        rows = read_jsonl(out)
        assert [r["ok"] for r in rows] == [True, False, False, True]
        assert "action explode failed: RuntimeError" in rows[1]["error"]
        assert rows[2]["ok"] is False and "the evaluation failed" in rows[2]["error"]
    else:
        with open(out, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert [r["status"] for r in rows] == ["ok", "error", "error", "ok"]
    assert "4 rows: 2 ok, 2 with errors" in result.stderr
