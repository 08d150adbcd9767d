"""The facts of a domain as a form: the field tree the "try it" page's form is drawn from
(static/facts_form.js), sample customers to fill it with, and a short example of real
facts for hints.

When: every "try it" page and the test-case editor. Why: rules managers should not have to
write JSON to try a customer; the form is built from the same facts schema the rules are
checked against (core/facts_schema.py), so it names only fields the domain has, with the
labels, units and allowed values the reference page shows.
"""
from __future__ import annotations

import json
import re
import typing
from pathlib import Path

from flask_babel import gettext
from pydantic import BaseModel

from dealer_rules.core.domain_texts import translated
from dealer_rules.core.facts_schema import (BOOL, DATE, DATETIME, LIST, NUMBER, OBJECT, STRING,
                                            FieldType)
from dealer_rules.core.value_names import CJK, code_patterns, value_name

from ..services import services
from . import bp
from .i18n import lang

#: shipped sample customers, one JSON file each, named <domain>-<what>.json
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "facts"

def sample_title(title: str) -> str:
    """A shipped sample customer's title in the reader's language (each written out as a
    gettext call so the translation build finds it); another example keeps its own."""
    known = {
        "Example: delivered 2026 09 28": gettext("Example: delivered 2026 09 28"),
        "Example: national day": gettext("Example: national day"),
        "Example: open complaint": gettext("Example: open complaint"),
        "Example: opted out": gettext("Example: opted out"),
        "Example: brake pads": gettext("Example: brake pads"),
        "Example: family discount": gettext("Example: family discount"),
        "Example: quiet maintenance": gettext("Example: quiet maintenance"),
        "Example: store stock": gettext("Example: store stock"),
        "Example: advisor service star": gettext("Example: advisor service star"),
        "Example: brake pads handover": gettext("Example: brake pads handover"),
        "Example: complaint friday": gettext("Example: complaint friday"),
        "Example: enquiry friday evening": gettext("Example: enquiry friday evening"),
        "Example: enquiry new year": gettext("Example: enquiry new year"),
        "Example: order low nps": gettext("Example: order low nps"),
        "Example: reception transmission": gettext("Example: reception transmission"),
        "Example: gold maintenance": gettext("Example: gold maintenance"),
        "Example: referred new customer": gettext("Example: referred new customer"),
        "Example: referrer": gettext("Example: referrer"),
    }
    return known.get(title, title)


_MONEY = re.compile(r"[,:;]\s*CNY\b|\(CNY\)|^CNY\b|\bCNY[.,]")
_CJK = CJK


def form_fields(domain, schema: FieldType, language: str) -> list[dict]:
    """The fields of ``schema`` (an object) as the form draws them, in order: each with
    ``name``, ``path``, ``kind`` (object, list, number, money, text, select, bool, date,
    datetime), ``label``, ``help``, ``optional`` and, by kind, ``options``, ``fields`` or
    ``item`` (the field drawn for each list item)."""
    return [_field(domain, name, name, ftype, language) for name, ftype in schema.fields.items()]


def _field(domain, name: str, path: str, ftype: FieldType, language: str) -> dict:
    english = ftype.description or ""
    meaning = translated(domain, english, language) if domain is not None else english
    out = {"name": name, "path": path, "kind": _kind(ftype), "label": _label(name, meaning,
                                                                              language),
           "help": meaning, "optional": ftype.optional, "derived": _derived(ftype)}
    if ftype.values:
        # a Chinese reader picks 保养, not maintenance: the code is the option's value only
        out["options"] = [{"value": v, "label": (value_name(v, meaning, english) or v)
                           if language != "en" else _option_label(v, english, meaning)}
                          for v in ftype.values]
        if language != "en":
            out["help"] = without_codes(meaning, ftype.values)
    elif ftype.kind == LIST and ftype.item is not None and ftype.item.values and \
            language != "en":
        out["help"] = without_codes(meaning, ftype.item.values)
    if ftype.kind == OBJECT:
        out["fields"] = [_field(domain, n, f"{path}.{n}", f, language)
                         for n, f in ftype.fields.items()]
    if ftype.kind == LIST and ftype.item is not None:
        item = _field(domain, name, f"{path}[]", ftype.item, language)
        if ftype.item.values and not ftype.item.description:
            # a list of codes the list's own description names: [safety, space] (安全、空间)
            item["options"] = _field(domain, name, path, FieldType(
                ftype.item.kind, values=ftype.item.values, description=english),
                language)["options"]
        item["label"], item["help"] = _item_label(domain, ftype.item, language), \
            (translated(domain, ftype.item.description, language) if domain else "")
        out["item"] = item
    return out


def _kind(ftype: FieldType) -> str:
    if ftype.values:
        return "select"
    if ftype.kind == NUMBER:
        return "money" if ftype.decimal and _MONEY.search(ftype.description or "") else "number"
    return {STRING: "text", BOOL: "bool", DATE: "date", DATETIME: "datetime", OBJECT: "object",
            LIST: "list"}.get(ftype.kind, "text")


def _label(name: str, meaning: str, language: str) -> str:
    """A short label: the meaning up to its first pause, else the field's name."""
    if language == "en" or not meaning or not re.search(f"[{_CJK}]", meaning):
        return name.replace("_", " ")
    meaning = re.sub(r"^(派生|推导|Derived)[：:]\s*", "", meaning)
    short = re.split(r"[。，；：（(,;]", meaning, maxsplit=1)[0].strip()
    return short if 0 < len(short) <= 24 else name


def _item_label(domain, item: FieldType, language: str) -> str:
    doc = item.description or ""
    text = translated(domain, doc, language) if domain is not None else doc
    return _label("", text, language) or ("项目" if language != "en" else "item")


def _option_label(value: str, *texts: str) -> str:
    """``value`` named as a plugin's description names it: ``保养 (maintenance)``; the
    value itself when no description names it."""
    name = value_name(value, *texts)
    return f"{name} ({value})" if name else value


def without_codes(text: str, values) -> str:
    """A description that names codes (作业类型：maintenance（保养）、repair（维修）) as a
    Chinese reader reads it: each of ``values`` written with its name keeps only the name
    (作业类型：保养、维修)."""
    for value in values:
        for pattern in code_patterns(str(value)):
            text = pattern.sub(r"\1", text)
    # "或 other（其他）" became "或 其他": no space between Chinese words
    return re.sub(rf"(?<=[{_CJK}]) (?=[{_CJK}])", "", text)


def domain_code_name(domain, code: str) -> str:
    """The Chinese name any description of ``domain``'s facts or result gives the code
    (``extended_warranty`` -> 延保服务, from the offer's kind in the result), for a value
    whose own field says nothing (an action parameter without a description); "" if none."""
    for text in _described_codes(domain):
        named = value_name(code, text)
        if named:
            return named
    return ""


def _described_codes(domain) -> list:
    """The translated descriptions of ``domain``'s facts and result fields that name a code
    in brackets, read once per domain."""
    found = _CODE_TEXTS.get(domain.name)
    if found is None:
        texts, seen, stack = [], set(), [domain.facts, domain.result]
        while stack:
            model = stack.pop()
            if model in seen:
                continue
            seen.add(model)
            for info in model.model_fields.values():
                text = translated(domain, info.description or "", "zh")
                if text and re.search(r"[(（]", text):
                    texts.append(text)
                args = [info.annotation]
                while args:
                    arg = args.pop()
                    if isinstance(arg, type) and issubclass(arg, BaseModel):
                        stack.append(arg)
                    args.extend(typing.get_args(arg))
        found = _CODE_TEXTS[domain.name] = texts
    return found


_CODE_TEXTS: dict = {}


# -- samples and hints ----------------------------------------------------------------------------

def sample_customers(domain: str) -> dict:
    """The shipped example facts of ``domain``: {"example:<file>": {"title", "facts"}}."""
    out = {}
    if not EXAMPLES.is_dir():
        return out
    for path in sorted(EXAMPLES.glob(f"{domain}-*.json")):
        try:
            facts = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        title = "Example: " + path.stem[len(domain) + 1:].replace("-", " ")
        out[f"example:{path.name}"] = {"title": title,
                                       "facts": json.dumps(facts, ensure_ascii=False, indent=2)}
    return out


def example_facts(schema: FieldType, model=None) -> dict:
    """The smallest facts that name one real field of the domain, for hints: a top-level
    field and one plain field inside it with a value it accepts, e.g.
    ``{"customer": {"opted_out": false}}``; the first that ``model`` (the domain's facts
    model) accepts, else ``{}``. Tested against every shipped domain."""
    for name, ftype in schema.fields.items():
        for value in _example_values(ftype):
            candidate = {name: value}
            if model is None or _accepted(model, candidate):
                return candidate
    filled = _filled(schema)        # a domain whose facts require more: every required field
    return filled if model is None or _accepted(model, filled) else {}


def _filled(ftype: FieldType):
    if ftype.kind == OBJECT:
        return {n: _filled(f) for n, f in ftype.fields.items()
                if not f.optional and not _derived(f) and f.kind != LIST}
    if ftype.values:
        return ftype.values[0]
    return {NUMBER: 1, BOOL: False, STRING: "", DATE: "2026-01-01",
            DATETIME: "2026-01-01T09:00:00"}.get(ftype.kind)


def _accepted(model, facts: dict) -> bool:
    from pydantic import ValidationError
    try:
        model.model_validate(facts)
        return True
    except ValidationError:
        return False


def _example_values(ftype: FieldType):
    if ftype.kind == OBJECT:
        for name, inner in ftype.fields.items():
            if inner.kind != OBJECT and not _derived(inner):
                for value in _example_values(inner):
                    yield {name: value}
        return
    value = _example_value(ftype)
    if value is not None:
        yield value


def _derived(ftype: FieldType) -> bool:
    return (ftype.description or "").startswith("Derived")


def _example_value(ftype: FieldType):
    if ftype.kind == OBJECT:
        for name, inner in ftype.fields.items():
            if inner.optional and inner.kind != OBJECT:
                continue
            value = _example_value(inner)
            if value is not None:
                return {name: value}
        return None
    if ftype.values:
        return ftype.values[0]
    if ftype.kind == LIST:
        return []
    if ftype.kind == BOOL:
        return False
    if ftype.kind == STRING:
        return ""
    return None       # numbers, dates: limits and formats vary; not needed for a hint


def example_text(domain_name: str) -> str:
    schema = services().registry.schemas.get(domain_name)
    domain = services().registry.domains.get(domain_name)
    return json.dumps(example_facts(schema, domain.facts) if schema else {}, ensure_ascii=False)


@bp.app_template_global()
def facts_form_spec(domain_name: str) -> list[dict]:
    """The form of ``domain_name``'s facts in the reader's language (for try.html)."""
    registry = services().registry
    return form_fields(registry.domains.get(domain_name), registry.schemas[domain_name], lang())


@bp.app_template_global()
def facts_samples(domain_name: str) -> dict:
    """The samples with their titles in the reader's language (the admin's catalog names each one)."""
    return {key: {**sample, "title": sample_title(sample["title"])}
            for key, sample in sample_customers(domain_name).items()}


@bp.app_template_global()
def facts_example(domain_name: str) -> str:
    return example_text(domain_name)
