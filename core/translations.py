"""The Chinese of every text people read, from compiled gettext catalogs (.mo), read once.

One mechanism for every text (issue 11): the English text is the msgid, its Chinese is in a
gettext catalog beside the code that writes the English: core's at
``core/locale/zh/LC_MESSAGES/dealer_rules.mo`` (error messages, core/messages.py; the words
of explanations, parameter tables and diffs), each
plugin's at ``locale/zh/LC_MESSAGES/messages.mo`` in its own package (descriptions, titles,
label templates, field names: core/domain.py), the admin's at
``web/admin/translations/zh/LC_MESSAGES/messages.mo`` (read by Flask-Babel). The .po files
are the translators' source; ``dealer-rules translations build`` (core/catalogs.py) keeps
them up to date and compiles them, and both are committed.

This module is what runs: the standard library's ``gettext`` only (no Babel, so the command
line starts fast), each catalog read on first use and kept. A catalog whose .mo is missing
(a plugin author who has not built it yet) is read from its .po with Babel when Babel is
installed, with a warning saying to build it; without either, texts stay in English.
"""
from __future__ import annotations

import functools
import gettext
import sys
import warnings
from pathlib import Path

#: the languages people read; English is every catalog's msgid, so only these have catalogs
TRANSLATED = ("zh",)
#: the gettext domain (file name) of a plugin's catalog, and of core's
PLUGIN_CATALOG = "messages"
CORE_CATALOG = "dealer_rules"
CORE_LOCALE = Path(__file__).parent / "locale"


def po_path(locale_dir: str | Path, lang: str = "zh", domain: str = PLUGIN_CATALOG) -> Path:
    """Where the .po of ``domain`` in ``lang`` lives under ``locale_dir`` (the .mo beside it)."""
    return Path(locale_dir) / lang / "LC_MESSAGES" / f"{domain}.po"


@functools.lru_cache(maxsize=None)
def catalog(locale_dir: str, lang: str, domain: str = PLUGIN_CATALOG) -> gettext.NullTranslations:
    """The catalog of ``domain`` in ``lang`` under ``locale_dir``, read once; an empty one
    (every text as written) when there is none."""
    if lang not in TRANSLATED or not locale_dir:
        return gettext.NullTranslations()
    po = po_path(locale_dir, lang, domain)
    mo = po.with_suffix(".mo")
    if mo.is_file():
        with open(mo, "rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.is_file():
        return _from_po(po)
    return gettext.NullTranslations()


def _from_po(po: Path) -> gettext.NullTranslations:
    """A catalog nobody compiled yet, read from its .po with Babel (a development fallback)."""
    try:
        from babel.messages.pofile import read_po
    except ImportError:
        print(f"dealer-rules: {po} is not compiled and Babel is not installed: texts stay in "
              f"English until you run `dealer-rules translations build`", file=sys.stderr)
        return gettext.NullTranslations()
    warnings.warn(f"{po.with_suffix('.mo')} is missing: read {po.name} instead; run "
                  f"`dealer-rules translations build {po.parents[3]}` to compile it", stacklevel=3)
    with open(po, "rb") as fh:
        parsed = read_po(fh)
    found = _Table()
    found.table = {(m.context, m.id): m.string for m in parsed
                   if m.id and isinstance(m.id, str) and m.string}
    return found


class _Table(gettext.NullTranslations):
    table: dict = {}

    def gettext(self, message):
        return self.table.get((None, message), message)

    def pgettext(self, context, message):
        return self.table.get((context, message), message)


def translate(locale_dir: str | Path | None, text: str, lang: str,
              domain: str = PLUGIN_CATALOG) -> str:
    """``text`` in ``lang`` from the catalog under ``locale_dir``; as written when it has none."""
    if not text or lang not in TRANSLATED or not locale_dir:
        return text
    return catalog(str(locale_dir), lang, domain).gettext(text)


def translation(locale_dir: str | Path | None, text: str, lang: str,
                domain: str = PLUGIN_CATALOG) -> str:
    """``text`` in ``lang``, or "" when the catalog has no translation of it."""
    found = translate(locale_dir, text, lang, domain)
    return found if found != text or lang not in TRANSLATED else ""


def core_text(text: str, lang: str, context: str | None = None) -> str:
    """One of core's texts (core/messages.py) in ``lang``; ``context`` for a text whose
    Chinese differs by where it is read (the catalog's msgctxt)."""
    if lang not in TRANSLATED:
        return text
    found = catalog(str(CORE_LOCALE), lang, CORE_CATALOG)
    return found.pgettext(context, text) if context else found.gettext(text)


def locale_dir_of(obj) -> str:
    """The ``locale/`` folder of the package holding the module that defines ``obj`` (a
    class or a function): where a plugin's catalog lives by convention; "" if unknown."""
    module = sys.modules.get(getattr(obj, "__module__", "") or "")
    path = getattr(module, "__file__", None)
    return str(Path(path).parent / "locale") if path else ""
