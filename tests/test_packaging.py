"""The distribution installs one import name, ``dealer_rules``: the repository's core/,
plugins/, rulesets/ and web/ are its subpackages (pyproject's package-dir), and every
package folder is listed so none is left out of a wheel."""
from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_installed_under_dealer_rules():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"dealer_rules": "."}
    folders = {"dealer_rules"} | {
        "dealer_rules." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("core", "plugins", "rulesets", "web") for init in (ROOT / top).rglob("__init__.py")}
    assert set(setuptools["packages"]) == folders


def test_plugin_authors_import_from_dealer_rules_itself():
    import dealer_rules
    from dealer_rules import Action, Domain, hookimpl  # noqa: F401  (the public API)
    assert Path(dealer_rules.__file__).resolve() == ROOT / "__init__.py"
    assert "core" not in sys.modules and "web" not in sys.modules and "plugins" not in sys.modules


def test_every_translation_catalog_is_in_the_package_data():
    """The .po and .mo of core, the built-in plugins and the admin (core/translations.py reads
    them at run time) are listed in pyproject's package-data, so a wheel holds them."""
    from fnmatch import fnmatch
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    folders = {ROOT.joinpath(*package.split(".")[1:]): patterns for package, patterns in data.items()}
    catalogs = [p for top in ("core", "plugins", "web") for p in (ROOT / top).rglob("LC_MESSAGES/*.[pm]o")]
    assert len(catalogs) >= 14
    for path in catalogs:
        assert any(folder in path.parents and any(fnmatch(path.relative_to(folder).as_posix(), pattern)
                                                   for pattern in patterns)
                   for folder, patterns in folders.items()), path
