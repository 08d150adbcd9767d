"""docs/api.md's examples run as written against a real ``dealer-rules serve`` (two workers,
the shipped rulesets, a fresh store): a key made, an evaluation, a draft saved, published and
rolled back, printing what the page says they print."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from support.server import choose_password, serve

ROOT = Path(__file__).resolve().parents[2]


def _examples() -> tuple[str, str]:
    """(the script, what the page says it prints) of the Examples section."""
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    section = page[page.index("## Examples\n"):page.index("\n## ", page.index("## Examples\n") + 5)]
    script, printed = re.findall(r"```(?:sh)?\n(.*?)```", section, re.S)[:2]
    return script, printed


def test_the_api_pages_examples_run_as_written(tmp_path):
    settings = {"DEALER_RULES_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite'}",
                "DEALER_RULES_WORKERS": "2", "DEALER_RULES_POLL_INTERVAL": "0.2",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1", "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance")}
    script, printed = _examples()
    with serve(settings, tmp_path / "server.log") as running:
        choose_password(settings, "admin", "an-operators-password")
        run = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path,
                             env={**os.environ, "BASE": running.base,
                                  "PASSWORD": "an-operators-password"},
                             capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == printed
