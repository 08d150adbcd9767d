"""The committed Python client, ``clients/python`` (package ``dealer_rules_client``), is what
``clients/generate.py`` writes from the service's document today, and it evaluates the tiers
domain, typed, against a real ``dealer-rules serve`` exactly as docs/api.md shows."""
from __future__ import annotations

import filecmp
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.server import serve

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "clients"
BIN = Path(sys.executable).parent
REGENERATE = ".venv/bin/python clients/generate.py"


def files(folder: Path) -> set[str]:
    """The files a generation writes below ``folder`` (bytecode of an import left out)."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_committed_client_is_what_the_generator_writes_today(tmp_path):
    run = subprocess.run([sys.executable, str(CLIENTS / "generate.py"), "--output", str(tmp_path)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    ours, fresh = files(CLIENTS), files(tmp_path)
    ours -= {"generate.py", "config.yaml"}
    differing = sorted((ours ^ fresh) | {f for f in ours & fresh
                                         if not filecmp.cmp(CLIENTS / f, tmp_path / f,
                                                            shallow=False)})
    assert not differing, ("clients/ is out of date with the API; regenerate it with "
                           f"`{REGENERATE}` and commit. Differing files: {differing}")


def _example() -> str:
    """The Python example of docs/api.md that evaluates the tiers domain."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```python\n(.*?)```", text, re.S)
               if "dealer_rules_client" in b and "evaluate_tiers" in b]
    return block


@pytest.fixture
def served_key(tmp_path):
    """A real ``dealer-rules serve`` over SQLite with the shipped rulesets, and an evaluate
    key of the group default made as an operator makes one (``dealer-rules keys create``)."""
    settings = {"DEALER_RULES_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite'}",
                "DEALER_RULES_WORKERS": "1", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance")}
    env = {**os.environ, **settings}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)

    def cli(*args: str) -> str:
        done = subprocess.run([str(BIN / "dealer-rules"), *args], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout
    cli("db", "seed")
    key = cli("keys", "create", "--group", "default", "--scope", "evaluate").split()[-1]
    with serve(settings, tmp_path / "server.log") as server:
        yield server.base, key


def test_the_docs_example_evaluates_the_tiers_domain_through_the_committed_client(
        served_key, monkeypatch, capsys):
    base, key = served_key
    monkeypatch.syspath_prepend(str(CLIENTS / "python"))
    monkeypatch.chdir(ROOT)                      # the example opens examples/facts/...
    monkeypatch.setattr(sys, "dont_write_bytecode", True)   # no __pycache__ in clients/
    code = _example().replace("http://127.0.0.1:8080", base).replace('"drk_..."', repr(key))
    names: dict = {}
    try:
        exec(compile(code, "docs/api.md (python example)", "exec"), names)
        models = importlib.import_module("dealer_rules_client.models")
        decision = names["decision"]
        assert isinstance(decision, models.TiersDecision)
        assert isinstance(decision.result, models.TiersResult)
        assert decision.result.tier == "gold"
        assert decision.result.order.total_payable == "1880.00"     # 1200 x 0.9 + 800
        assert decision.ruleset.domain == "tiers" and decision.ruleset.version == 1
        assert capsys.readouterr().out == "gold 1880.00\n"
    finally:
        for name in [n for n in sys.modules if n.startswith("dealer_rules_client")]:
            del sys.modules[name]
