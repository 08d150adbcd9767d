"""dealer-rules new-plugin: the package it writes builds as a wheel with its entry point, its
ruleset's cases pass under `dealer-rules test`, and its own pytest tests pass."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealer_rules.core.cli import main


def _exe() -> str:
    return shutil.which("dealer-rules", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("plugins")
    result = CliRunner().invoke(main, ["new-plugin", "welcome", "--dir", str(where)])
    assert result.exit_code == 0, result.output
    return where / "dealer-rules-welcome"


def _env(package: Path) -> dict:
    return dict(os.environ, PYTHONPATH=str(package), DEALER_RULES_EXTRA_PLUGINS="dealer_welcome",
                DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD="1")


def test_its_ruleset_cases_pass_and_it_is_listed(package):
    tested = subprocess.run([_exe(), "test", "rulesets/"], cwd=package, env=_env(package),
                            capture_output=True, text=True)
    assert tested.returncode == 0 and tested.stdout.strip().endswith("2 passed, 0 failed"), tested.stderr
    listed = subprocess.run([_exe(), "plugins"], cwd=package, env=_env(package), capture_output=True, text=True)
    assert "actions (welcome): give_gift" in listed.stdout


def test_its_own_tests_pass(package):
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=package,
                         env=_env(package), capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "3 passed" in run.stdout      # its cases, a decision, and every text's Chinese


def test_it_builds_a_wheel_that_declares_the_entry_point(package, tmp_path):
    pytest.importorskip("setuptools")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            str(package), "-w", str(tmp_path)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = zipfile.ZipFile(next(tmp_path.glob("*.whl")))
    entry_points = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
    assert "[dealer_rules]\nwelcome = dealer_welcome" in wheel.read(entry_points).decode()
    assert {n.split("/")[0] for n in wheel.namelist() if not n.split("/")[0].endswith(".dist-info")} == {"dealer_welcome"}
    assert {"dealer_welcome/locale/zh/LC_MESSAGES/messages.po",
            "dealer_welcome/locale/zh/LC_MESSAGES/messages.mo"} <= set(wheel.namelist())


def test_a_bad_name_or_a_used_folder_is_one_line(tmp_path):
    bad = CliRunner().invoke(main, ["new-plugin", "Welcome!", "--dir", str(tmp_path)])
    assert bad.exit_code == 1
    assert bad.output.strip() == ("error: 'Welcome!' is not a usable name: use 2 to 31 lower-case letters, "
                                  "digits and _, starting with a letter (it names the domain too)")
    (tmp_path / "dealer-rules-x1" / "keep").parent.mkdir()
    (tmp_path / "dealer-rules-x1" / "keep").write_text("mine")
    used = CliRunner().invoke(main, ["new-plugin", "x1", "--dir", str(tmp_path)])
    assert used.exit_code == 1 and "exists and is not empty" in used.output
    assert (tmp_path / "dealer-rules-x1" / "keep").read_text() == "mine"
