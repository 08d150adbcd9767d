"""The admin's gettext catalog: its msgids, extracted from the interface's templates and
Python with Babel, for core's one translation tool (core/catalogs.py).

The Chinese lives in zh/LC_MESSAGES/messages.po (edit it there); Flask-Babel reads the
compiled messages.mo beside it. Both are committed, so a plain ``pip install -e .`` has
working translations. The catalog reaches ``dealer-rules translations build|check``
through the entry-point group ``dealer_rules.catalogs`` (core imports no web module)::

    dealer-rules translations build          # after changing a text, or the .po
    dealer-rules translations check          # exit 1 if something is missing or stale
    python -m dealer_rules.web.admin.translations.build [--check]   # the admin's only
"""
from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir

from dealer_rules.core.catalogs import CatalogSource, run

HERE = Path(__file__).parent
ADMIN = HERE.parent
PO = HERE / "zh" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
METHODS = [("**/templates/**.html", "jinja2"), ("**.py", "python")]


def extracted() -> list[str]:
    """Every msgid of the admin, in a stable order."""
    seen = {}
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
            str(ADMIN), METHODS, keywords={"_": None, "gettext": None}):
        if isinstance(message, tuple):
            message = message[0]
        if message and "/translations/" not in _filename:
            seen.setdefault(message, None)
    return sorted(seen)


def catalog() -> CatalogSource:
    """The admin's catalog (entry point ``dealer_rules.catalogs: admin``)."""
    return CatalogSource("admin", PO, extracted(), project="dealer-rules admin")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    return run([catalog()], check="--check" in argv)


if __name__ == "__main__":
    sys.exit(main())
