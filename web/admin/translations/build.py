"""Build the admin's translations: extract the interface's texts (templates and Python),
fill in zh.py, write zh/LC_MESSAGES/messages.po and compile messages.mo.

    python -m dealer_rules.web.admin.translations.build          # after changing a text or zh.py
    python -m dealer_rules.web.admin.translations.build --check  # exit 1 if something is missing or stale

Both files are committed, so a plain ``pip install -e .`` has working translations; the
admin's tests run ``--check`` so a new English text without Chinese fails the suite.
"""
from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

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


def build() -> tuple[bytes, bytes, list[str]]:
    from .zh import ZH
    fixed = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)   # reproducible files
    catalog = Catalog(locale="zh_Hans_CN", domain="messages", project="dealer-rules admin",
                      charset="utf-8", creation_date=fixed, revision_date=fixed)
    missing = []
    for msgid in extracted():
        text = ZH.get(msgid)
        if not text:
            missing.append(msgid)
        catalog.add(msgid, text or "")
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, omit_header=False, sort_output=True, width=100, no_location=True)
    write_mo(mo, catalog)
    return po.getvalue(), mo.getvalue(), missing


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    po, mo, missing = build()
    for msgid in missing:
        print(f"no Chinese for: {msgid!r}", file=sys.stderr)
    if "--check" in argv:
        stale = not PO.exists() or PO.read_bytes() != po or not MO.exists() or MO.read_bytes() != mo
        if stale:
            print("messages.po/.mo are not up to date: run python -m dealer_rules.web.admin.translations.build",
                  file=sys.stderr)
        return 1 if stale or missing else 0
    PO.parent.mkdir(parents=True, exist_ok=True)
    PO.write_bytes(po)
    MO.write_bytes(mo)
    print(f"wrote {PO} and {MO.name}: {len(po)} / {len(mo)} bytes")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
