"""Every plugin the project ships or shows has the one plugin shape of docs/plugins.md: the
hooks alone in ``__init__.py``, ``DOMAIN`` in domain.py, ``ACTIONS`` in actions.py, the
models in facts.py and result.py, the Chinese in the package's gettext catalog
(locale/zh/LC_MESSAGES/messages.po and the .mo compiled from it), and the finishing step, if
any, in finalise.py. A new plugin copies what it sees: this keeps what it sees the same."""
from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from dealer_rules import Action, Domain
from dealer_rules.core.plugins import DEFAULT_PLUGINS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dealer-rules-technicians"
PLUGINS = [*DEFAULT_PLUGINS, "dealer_technicians"]
HOOKS = {"register_domains", "register_actions", "derive_facts", "finalise_result", "next_changes"}


@pytest.mark.parametrize("name", PLUGINS)
def test_the_plugin_has_the_one_shape(name):
    package = importlib.import_module(name)
    folder = Path(package.__file__).parent
    for module in ("domain", "facts", "result", "actions"):
        assert (folder / f"{module}.py").is_file(), f"{name} has no {module}.py"
    for catalog in ("messages.po", "messages.mo"):
        assert (folder / "locale" / "zh" / "LC_MESSAGES" / catalog).is_file(), f"{name} has no {catalog}"
    assert not (folder / "zh.py").exists(), f"{name}: its Chinese belongs in its catalog"
    assert isinstance(importlib.import_module(f"{name}.domain").DOMAIN, Domain)
    actions = importlib.import_module(f"{name}.actions").ACTIONS
    assert actions and all(isinstance(a, Action) for a in actions)
    functions = {n for n, f in vars(package).items()
                 if inspect.isfunction(f) and f.__module__ == package.__name__}
    assert functions <= HOOKS, f"{name}/__init__.py holds more than hooks: {functions - HOOKS}"
    if "finalise_result" in functions:
        assert (folder / "finalise.py").is_file() and hasattr(
            importlib.import_module(f"{name}.finalise"), "finalise")
    stray = {p.stem for p in folder.glob("*.py")} & {"settle", "totals", "models", "plugin", "assign"}
    assert not stray, f"{name}: {stray} (the plugin shape's names are domain, finalise, ...)"


def test_the_scaffold_writes_the_same_shape():
    templates = ROOT / "core" / "scaffold_files" / "PACKAGE"
    assert {p.name.removesuffix(".py.tmpl") for p in templates.glob("*.py.tmpl")} >= {
        "__init__", "domain", "facts", "result", "actions", "derive", "finalise"}
    assert (templates / "locale" / "zh" / "LC_MESSAGES" / "messages.po.tmpl").is_file()

