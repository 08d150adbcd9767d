"""The documentation stays true to the code: every module is on docs/architecture.md, no
link points to a missing file, and the boundaries the architecture states hold."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "plugins", "web")


def _modules() -> list[Path]:
    return sorted(p for top in PACKAGES for p in (ROOT / top).rglob("*.py")
                  if "migrations/versions" not in p.as_posix())


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import in ``path``, absolute."""
    package = ".".join(("dealer_rules",) + path.relative_to(ROOT).parent.parts)
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            out.append((base, [alias.name for alias in node.names]))
    return out


def test_every_module_is_on_the_architecture_page():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"\| `([\w/]+\.py)` \|", page)
    assert len(rows) == len(set(rows)), "a module is listed twice"
    listed = set(rows)
    present = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert present - listed == set(), "modules missing from docs/architecture.md"
    assert listed - present == set(), "docs/architecture.md lists modules that do not exist"


def _docs() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
            *sorted((ROOT / "examples").rglob("*.md"))]


@pytest.mark.parametrize("doc", _docs(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_link_points_to_a_missing_file(doc):
    text = doc.read_text(encoding="utf-8")
    missing = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (doc.parent / target.split("#")[0]).resolve()
        if not path.exists():
            missing.append(target)
    assert missing == []


def test_core_knows_no_plugin_and_no_web():
    offenders = []
    for path in _modules():
        top = path.relative_to(ROOT).parts[0]
        store = path.relative_to(ROOT).parts[:2] == ("core", "store")
        for module, _ in _imports(path):
            if top == "core" and (module.startswith(("dealer_rules.plugins", "dealer_rules.web"))
                                  or (not store and module.split(".")[0] in ("flask", "sqlalchemy"))):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
            if top == "plugins" and module.startswith("dealer_rules.web"):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
            if top == "web" and module.startswith("dealer_rules.plugins"):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def test_babel_is_imported_in_core_by_the_translations_tool_only():
    users = {path.relative_to(ROOT).as_posix() for path in _modules()
             for module, _ in _imports(path) if module.split(".")[0] == "babel"}
    assert {u for u in users if u.startswith("core/")} <= {"core/catalogs.py", "core/translations.py"}


def test_durable_rules_is_imported_in_the_engine_door_only():
    users = {path.relative_to(ROOT).as_posix() for path in _modules()
             for module, _ in _imports(path) if module.split(".")[0] in ("durable", "durable_rules", "durable_rules_engine", "rules")}
    assert users <= {"core/engine.py"}



def test_the_tutorial_shows_the_example_plugins_files_as_they_are():
    """docs/tutorial-plugin.md is self-contained: each ``file=`` block is that file of
    examples/dealer-rules-technicians, whole."""
    page = (ROOT / "docs" / "tutorial-plugin.md").read_text(encoding="utf-8")
    shown = dict(re.findall(r"```\w+ file=(\S+)\n(.*?)```\n", page, re.S))
    example = ROOT / "examples" / "dealer-rules-technicians"
    assert {"dealer_technicians/__init__.py", "dealer_technicians/facts.py", "pyproject.toml",
            "rulesets/technicians.yaml", "tests/test_technicians.py"} <= set(shown)
    for relative, text in shown.items():
        assert text == (example / relative).read_text(encoding="utf-8"), relative
    package_files = {p.relative_to(example).as_posix() for p in (example / "dealer_technicians").glob("*.py")}
    assert package_files <= set(shown), "a file of the example package is missing from the tutorial"


def test_no_module_takes_another_modules_private_names():
    offenders = [f"{path.relative_to(ROOT)}: {name} from {module}"
                 for path in _modules() for module, names in _imports(path)
                 for name in names if name.startswith("_") and not name.startswith("__")]
    assert offenders == []
