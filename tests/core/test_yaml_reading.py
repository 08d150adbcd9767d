"""Rulesets are read with libyaml's parser (C) where PyYAML has it, and with PyYAML's own
(Python) parser otherwise (core/yaml_source.py). Both must give the same data, the same
positions and the same refusals, or a ruleset would mean something else, or an error
point elsewhere, depending on how PyYAML was built."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dealer_rules.core import limits, yaml_source
from dealer_rules.core.yaml_source import YamlError

ROOT = Path(__file__).resolve().parents[2]
needs_libyaml = pytest.mark.skipif(yaml_source._CLoader is None,
                                   reason="PyYAML was built without libyaml")

ODD = [
    "a: 09:30\nb: off\nc: no\nd: 1_000\ne: 0x1F\nf: 1e3\ng: .5\nh: ~\ni: 2026-11-27\n",
    "rules:\n  - id: x\n    when: 'a > 1'\n    then: [{set: {x: 1}}]\n  -  id: y\n",
    "text: |\n  two\n  lines\nfolded: >\n  one\n  line\nquoted: \"中文 \\u4e2d\"\n",
    "- [1, 2, [3, {a: b}]]\n- {}\n- []\n- ''\n",
    "a: 1\n# a comment\nb:\n  c: 2\n\n\nd: 3   # trailing\n",
]
BAD = [
    "a: &x 1\nb: *x\n",          # an anchor (refused where it is defined)
    "a: [1, 2\n",                # unclosed flow sequence
    "a: 1\na: 2\n",              # duplicate key
    "a: b: c\n",                 # mapping value not allowed here
    "? [1, 2]\n: x\n",           # a key that is a list
    "a:\n\t- 1\n",               # a tab where indentation is expected
    "a: 'unclosed\n",
    "x: 1\n---\ny: 2\n",         # two documents
]


def read(text, fast: bool):
    saved = yaml_source._CLoader
    if not fast:
        yaml_source._CLoader = None
    try:
        yaml_source.outline(text)              # what load_yaml does first
        data, positions = yaml_source._load(text)
        return data, dict(positions._at), dict(positions._key_at), dict(positions._style)
    except (YamlError, limits.LimitExceeded, yaml.YAMLError) as exc:
        return type(exc).__name__, getattr(exc, "line", None), str(getattr(exc, "msg", exc))
    finally:
        yaml_source._CLoader = saved


@needs_libyaml
@pytest.mark.parametrize("path", sorted((ROOT / "rulesets").rglob("*.yaml")) +
                         sorted((ROOT / "examples").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_ruleset_reads_the_same_with_either_parser(path):
    text = path.read_text(encoding="utf-8")
    assert read(text, fast=True) == read(text, fast=False)


@needs_libyaml
@pytest.mark.parametrize("text", ODD + BAD)
def test_odd_and_broken_yaml_read_or_refused_the_same_with_either_parser(text):
    assert read(text, fast=True) == read(text, fast=False)


@needs_libyaml
def test_nesting_past_the_limit_is_refused_at_the_same_line_with_either_parser():
    deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 80)) + "  " * 80 + "- x\n"
    deep_flow = "a: " + "[" * 200 + "]" * 200 + "\n"
    most = limits.current().yaml_depth      # collections at the limit, a value one deeper
    value_too_deep = "[" * most + "x" + "]" * most + "\n"
    for text in (deep, deep_flow, value_too_deep):
        fast, slow = read(text, fast=True), read(text, fast=False)
        assert fast == slow and fast[0] == "LimitExceeded", (fast, slow)
