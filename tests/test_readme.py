"""The README stays true: every `$ dealer-rules ...` example is run and its output compared."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```\n\$ (dealer-rules .*?)\n(.*?)```", re.S)


def examples():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for command, output in BLOCK.findall(text):
        lines = command.split("\n")
        # a command may continue over lines ending in a backslash; the rest is its output
        while lines[-1].endswith("\\") and output:
            first, _, output = output.partition("\n")
            lines.append(first)
        found.append((" ".join(line.rstrip("\\").strip() for line in lines), output))
    return [(c, o) for c, o in found if o.strip()]


@pytest.mark.parametrize("command, expected", examples())
def test_readme_example_output_is_real(command, expected):
    exe = str(Path(sys.executable).parent / "dealer-rules")
    args = [exe] + shlex.split(command)[1:]
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                 "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


def test_there_are_examples_to_check():
    assert len(examples()) >= 5
