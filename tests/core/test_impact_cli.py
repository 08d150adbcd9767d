"""``dealer-rules impact``: the report from files and from a store's recorded sample, and
the progress bar on a terminal. Figures are worked out from the customers written."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from dealer_rules.core.cli import main
from dealer_rules.core.shipped import shipped_rulesets
from dealer_rules.core.store import Store
from dealer_rules.core.store.samples import add_samples
from dealer_rules.core.store.seed import seed_rulesets

AT = "2026-11-27T10:00:00+08:00"
SHIPPED = (Path(shipped_rulesets()) / "default" / "tiers.yaml").read_text(encoding="utf-8")
SILVER_12 = SHIPPED.replace("{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}")
SILVER = {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
          "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "500.00"}}
STRANGER = {"order": {"kind": "maintenance", "labour_amount": "800.00", "parts_amount": "0"}}


def customers(path: Path, n: int) -> Path:
    """n customers, every third a stranger (no discount to change)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(STRANGER if i % 3 == 0 else SILVER) + "\n")
    return path


def test_a_file_against_a_draft_file(tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(SILVER_12, encoding="utf-8")
    run = CliRunner().invoke(main, ["--lang", "en", "impact", "-g", "default", "-d", "tiers",
                                    "--input", str(customers(tmp_path / "c.jsonl", 30)),
                                    "--draft", str(draft), "--at", AT, "--format", "json"])
    assert run.exit_code == 0, run.output
    report = json.loads(run.output)
    assert (report["evaluated"], report["changed"], report["source"]) == (30, 20, "file")
    effects = {e["path"]: e["difference"] for e in report["effects"]}
    assert effects["order.labour_discount"] == "400.00"      # 20 orders x 2% of 1000.00


def test_the_recorded_sample_of_a_store_against_its_draft(tmp_path):
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import Registry
    from dealer_rules.core.store import Actor, Workflow
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, shipped_rulesets())
    pm = get_plugin_manager()
    workflow = Workflow(store, Registry.from_plugin_manager(pm), Evaluator(pm))
    workflow.save_draft("default", "tiers", SILVER_12, 1, Actor("test"))
    at = dt.datetime.fromisoformat(AT)
    with store.write() as session:
        add_samples(session, [{"group": g, "domain": "tiers", "version": 1, "at": at,
                               "facts": f} for g, f in
                              [("default", SILVER)] * 4 + [("default", STRANGER)] * 2], 100, 0)
    store.dispose()
    run = CliRunner().invoke(main, ["--lang", "en", "impact", "-g", "default", "-d", "tiers",
                                    "--database-url", url])
    assert run.exit_code == 0, run.output
    assert "6 replayed (sample), 4 changed, 2 unchanged" in run.output
    assert "80.00 CNY order.labour_discount" in run.output


def test_without_a_store_both_files_are_needed(tmp_path):
    run = CliRunner().invoke(main, ["--lang", "en", "impact", "-g", "default", "-d", "tiers"])
    assert run.exit_code == 2 and "--input and --draft" in run.output


def test_a_terminal_gets_a_progress_bar(tmp_path):
    import pty
    draft = tmp_path / "draft.yaml"
    draft.write_text(SILVER_12, encoding="utf-8")
    src = customers(tmp_path / "c.jsonl", 2500)
    exe = shutil.which("dealer-rules", path=os.path.dirname(sys.executable))
    master, slave = pty.openpty()
    try:
        command = subprocess.Popen([exe, "impact", "-g", "default", "-d", "tiers", "--at", AT,
                                    "--input", str(src), "--draft", str(draft)],
                                   stderr=slave, stdout=subprocess.PIPE,
                                   env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        with command.stdout:
            printed = command.stdout.read().decode()
        assert command.wait(timeout=300) == 0, shown
    finally:
        os.close(master)
    assert "2500/2500" in shown.decode("utf-8", "replace")
    assert "2500 replayed (file), 1666 changed" in printed
