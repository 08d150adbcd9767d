"""``dealer-rules translations build`` and ``check``: every gettext catalog kept up to date with its
texts, compiled reproducibly, and checked for missing Chinese (Babel does the work).

A catalog is a .po the translators edit and the .mo compiled from it (core/translations.py
reads the .mo). Its msgids are extracted from what the code says in English: core's error
messages and terms (core/messages.py) and the words of explanations, parameter tables and
diffs (core/explain_words.py, parameters.py, semantic_diff.py), each installed plugin's texts (the domain's title,
``texts_of`` descriptions, field names, its actions' titles and label templates), and any
catalog another package adds through the entry-point group ``dealer_rules.catalogs`` (the
admin's: web/admin/translations/build.py), so core imports neither web nor a plugin.

``build`` adds new msgids with an empty translation, drops obsolete ones, keeps every
translation, and writes the .po (sorted, fixed dates) and the .mo; ``check`` changes nothing
and exits 1 naming every msgid without Chinese, every translation whose placeholders
(``{name}``, ``%(n)s``, ``{percent|折}``) differ from its English, and every catalog whose
.po lacks a msgid or keeps an obsolete one, or whose .mo is not compiled from its .po.
"""
from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from .translations import CORE_CATALOG, CORE_LOCALE, PLUGIN_CATALOG, po_path

LOCALE = "zh_Hans_CN"
FIXED = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)   # reproducible files
ENTRY_POINTS = "dealer_rules.catalogs"


@dataclass
class CatalogSource:
    """One catalog: who it is for, its .po (the .mo beside it) and the msgids it must hold:
    an English text, or ``(context, text)`` for one whose Chinese differs by where it is read
    (a msgctxt: ``pgettext``)."""
    name: str
    po: Path
    msgids: list = field(default_factory=list)
    project: str = "dealer-rules"

    @property
    def mo(self) -> Path:
        return self.po.with_suffix(".mo")


@dataclass
class Outcome:
    source: CatalogSource
    po: bytes
    mo: bytes
    missing: list[str]
    mismatched: list[str]

    @property
    def stale(self) -> bool:
        """The .po lacks a msgid or holds an obsolete one, or the .mo does not hold exactly
        the .po's translations (compared as messages, not bytes, so that another Babel
        version writing another header is not a change)."""
        po, mo = self.source.po, self.source.mo
        if not (po.is_file() and mo.is_file()):
            return True
        with open(po, "rb") as fh:
            written = {_key(m): m.string for m in read_po(fh) if m.id}
        with open(mo, "rb") as fh:
            compiled = {_key(m): m.string for m in read_mo(fh) if m.id and m.string}
        return (set(written) != set(self.source.msgids)
                or compiled != {k: v for k, v in written.items() if v})


# -- what each catalog must hold -----------------------------------------------------------------

def core_source() -> CatalogSource:
    """Core's texts: error messages and terms, and the words of explanations, parameter
    tables, ruleset diffs and the parameters' workbook."""
    from .explain_words import WORDS
    from .messages import CATALOG, TERMS
    from .parameters import COMMON_NAMES, ROW_FIELDS, RULE_FIELDS
    from .semantic_diff import RULE_CHANGE_WORDS, ROW_FIELD_NAMES, SENTENCES
    from .workbook import CONTEXT, HEADERS, RULES_SHEET, SETTINGS_SHEET
    texts = [*CATALOG.values(), *TERMS.values(), *WORDS.values(), *COMMON_NAMES.values(),
             *(en for _kind, en in [*RULE_FIELDS.values(), *ROW_FIELDS.values()]),
             *ROW_FIELD_NAMES.values(), *RULE_CHANGE_WORDS.values(), *SENTENCES,
             *((CONTEXT, en) for en in [SETTINGS_SHEET, RULES_SHEET, *(h for h, _ in HEADERS.values())])]
    return CatalogSource("core", po_path(CORE_LOCALE, "zh", CORE_CATALOG), texts)


def plugin_sources(registry) -> list[CatalogSource]:
    """One catalog per plugin package (its ``locale/`` folder), with every text of its
    domains and actions."""
    by_dir: dict[str, dict[str, None]] = {}
    plugins: dict[str, str] = {}
    from .domain_texts import texts_of
    for name, domain in sorted(registry.domains.items()):
        actions = registry.actions_of(name)
        texts = by_dir.setdefault(domain.locale(), {})
        plugins.setdefault(domain.locale(), domain.plugin)
        for text in [domain.title, *texts_of(domain, actions), *domain.field_names.values()]:
            texts.setdefault(text, None)
        for action in actions:
            texts = by_dir.setdefault(action.locale(), {})
            plugins.setdefault(action.locale(), action.plugin)
            for text in (action.title, action.label_template):
                if text:
                    texts.setdefault(text, None)
    return [CatalogSource(f"plugin {plugins[d]}", po_path(d, "zh", PLUGIN_CATALOG), list(texts),
                          project=plugins[d])
            for d, texts in by_dir.items() if d]


def added_sources() -> list[CatalogSource]:
    """Catalogs other installed packages add (entry-point group ``dealer_rules.catalogs``:
    a function returning a CatalogSource), e.g. the admin's."""
    return [ep.load()() for ep in sorted(entry_points(group=ENTRY_POINTS), key=lambda e: e.name)]


def all_sources(registry) -> list[CatalogSource]:
    return [core_source(), *plugin_sources(registry), *added_sources()]


# -- building and checking -----------------------------------------------------------------------

_FORMAT = re.compile(r"%\((\w+)\)[sd]|\{([A-Za-z_]\w*)(?=[}|!:])")


def placeholders(text: str) -> list[str]:
    """The named placeholders of a text: ``{name}``, ``{name|unit}`` and ``%(name)s``
    (``{{`` and ``}}`` are literal braces)."""
    text = text.replace("{{", "").replace("}}", "") if "{{" in text or "}}" in text else text
    return sorted({a or b for a, b in _FORMAT.findall(text)})


def _key(message):
    """A message's msgid, or ``(msgctxt, msgid)`` when it has a context."""
    return (message.context, message.id) if message.context else message.id


def _text(key) -> str:
    return key[1] if isinstance(key, tuple) else key


def _shown(key) -> str:
    return f"{key[1]!r} ({key[0]})" if isinstance(key, tuple) else repr(key)


def existing(po: Path) -> dict:
    """The translations a .po holds now (msgid or (msgctxt, msgid): msgstr), empty ones left
    out."""
    if not po.is_file():
        return {}
    with open(po, "rb") as fh:
        return {_key(m): m.string for m in read_po(fh) if m.id and isinstance(m.id, str) and m.string}


def outcome(source: CatalogSource, translations: dict[str, str] | None = None) -> Outcome:
    """What ``build`` writes for ``source``: its .po and .mo bytes, and what is wrong."""
    known = existing(source.po) if translations is None else translations
    header = (f"# Simplified Chinese of {source.project}'s texts, keyed by their English: the\n"
              f"# translators' source. Fill in the msgstr lines, then run\n"
              f"# `dealer-rules translations build` (it compiles the .mo beside this file).")
    catalog = Catalog(locale=LOCALE, domain=source.po.stem, project=source.project,
                      header_comment=header,
                      charset="utf-8", creation_date=FIXED, revision_date=FIXED, fuzzy=False)
    missing, mismatched = [], []
    for key in sorted(set(source.msgids), key=lambda k: (_text(k), k if isinstance(k, tuple) else ())):
        text = known.get(key, "")
        if not text.strip():
            missing.append(key)
        elif placeholders(text) != placeholders(_text(key)):
            mismatched.append(key)
        catalog.add(_text(key), text, context=key[0] if isinstance(key, tuple) else None)
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, omit_header=False, sort_output=True, width=100, no_location=True)
    write_mo(mo, catalog)
    return Outcome(source, po.getvalue(), mo.getvalue(), missing, mismatched)


def write(result: Outcome) -> None:
    result.source.po.parent.mkdir(parents=True, exist_ok=True)
    result.source.po.write_bytes(result.po)
    result.source.mo.write_bytes(result.mo)


def compile_po(po: Path) -> None:
    """Compile a .po as it is into the .mo beside it (``dealer-rules new-plugin``)."""
    with open(po, "rb") as fh:
        parsed = read_po(fh)
    with open(po.with_suffix(".mo"), "wb") as fh:
        write_mo(fh, parsed)


def selected(sources: list[CatalogSource], paths) -> list[CatalogSource]:
    """The catalogs inside any of ``paths`` (all when none is given)."""
    if not paths:
        return sources
    roots = [Path(p).resolve() for p in paths]
    return [s for s in sources if any(s.po.resolve().is_relative_to(r) for r in roots)]


def problems(result: Outcome) -> list[str]:
    name = result.source.name
    out = [f"{name}: no Chinese for {_shown(m)}" for m in result.missing]
    out += [f"{name}: the Chinese of {_shown(m)} has other placeholders "
            f"({', '.join(placeholders(_text(m)))})" for m in result.mismatched]
    return out


def run(sources: list[CatalogSource], check: bool, echo=print) -> int:
    """Build (or only check) ``sources``; 1 if anything is missing, mismatched or stale."""
    failed = False
    for source in sources:
        result = outcome(source)
        for problem in problems(result):
            echo(problem)
            failed = True
        if check:
            if result.stale:
                echo(f"{source.name}: {source.po.name}/.mo are not up to date "
                     f"({source.po.parent}): run `dealer-rules translations build`")
                failed = True
        elif result.stale:
            write(result)
            echo(f"{source.name}: wrote {source.po} and {source.mo.name}")
    if not failed:
        echo(f"{len(sources)} catalog(s): every text has Chinese, .po and .mo up to date")
    return 1 if failed else 0
