"""Commands that other packages add to ``dealer-rules`` (entry-point group ``dealer_rules.cli``),
listed in ``dealer-rules --help`` without importing them.

When: every start of the command. Why: ``serve``, ``db`` and ``users`` live in the web
package and import Flask and SQLAlchemy; ``dealer-rules --help``, ``validate``, ``test`` and
``evaluate`` should start as fast as pydantic and PyYAML allow. A command is imported only
when it is run (or its own ``--help`` is asked for); its one-line summary for the listing is
read from the source of the function the entry point names.
"""
from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
from functools import lru_cache
from pathlib import Path

COMMANDS_GROUP = "dealer_rules.cli"


@lru_cache(maxsize=1)
def extra_commands() -> dict[str, importlib.metadata.EntryPoint]:
    """The installed packages' commands by name."""
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=COMMANDS_GROUP)}


def summary(ep: importlib.metadata.EntryPoint) -> str:
    """The first paragraph of the docstring of the function ``ep`` names, read from its source
    file without importing it ('' when it cannot be found)."""
    module, _, attr = ep.value.partition(":")
    source = _source_of(module)
    if source is None or not attr:
        return ""
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return ""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == attr.strip():
            doc = ast.get_docstring(node) or ""
            return " ".join(doc.split("\n\n", 1)[0].split())
    return ""


def _source_of(module: str) -> Path | None:
    """The .py file of ``module``, found from its top-level package's folders (importing only
    the top-level package, whose ``__init__`` a command's package keeps light)."""
    top, *rest = module.split(".")
    spec = importlib.util.find_spec(top)
    if spec is None:
        return None
    if not rest:
        return Path(spec.origin) if spec.origin else None
    for base in spec.submodule_search_locations or ():
        path = Path(base).joinpath(*rest)
        for candidate in (path.with_suffix(".py"), path / "__init__.py"):
            if candidate.is_file():
                return candidate
    return None
