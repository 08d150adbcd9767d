"""``dealer-rules new-plugin NAME``: a new plugin package, installable and tested, in the
plugin shape docs/plugins.md describes.

When: a developer starts a plugin that adds a domain. Why: the first hour of a plugin
author should end with a package that `pip install -e` finds through its entry point, whose
ruleset's cases pass under `dealer-rules test` and whose pytest tests pass; they then change
the example domain into their own. The files are templates in core/scaffold_files/ with
``{name}``-style fields; nothing is fetched.
"""
from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).with_name("scaffold_files")
NAME = re.compile(r"^[a-z][a-z0-9_]{1,30}$")


class ScaffoldError(ValueError):
    """The name is not usable or the folder is not empty; says which."""


def new_plugin(name: str, where: Path) -> Path:
    """Write the package ``dealer-rules-<name>`` (domain ``name``, import name
    ``dealer_<name>``) under ``where``; returns its folder.

    :raises ScaffoldError: ``name`` is not lower-case letters, digits and _, or the folder
        exists and is not empty.
    """
    if not NAME.match(name):
        raise ScaffoldError(f"{name!r} is not a usable name: use 2 to 31 lower-case letters, "
                            "digits and _, starting with a letter (it names the domain too)")
    target = where / f"dealer-rules-{name.replace('_', '-')}"
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(f"{target} exists and is not empty")
    fields = {"name": name, "package": f"dealer_{name}", "dist": f"dealer-rules-{name.replace('_', '-')}",
              "title": name.replace("_", " ").capitalize(),
              "klass": "".join(part.capitalize() for part in name.split("_"))}
    for template in sorted(TEMPLATES.rglob("*.tmpl")):
        relative = template.relative_to(TEMPLATES).as_posix().removesuffix(".tmpl")
        path = target / relative.replace("PACKAGE", fields["package"]).replace("DOMAIN", name)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = template.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\{\{(\w+)\}\}", lambda m: fields[m.group(1)], text), encoding="utf-8")
        if path.suffix == ".po":      # the catalog ships compiled (core/translations.py)
            from .catalogs import compile_po
            compile_po(path)
    return target
