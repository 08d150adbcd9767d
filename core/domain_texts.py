"""The texts a plugin writes for rule authors, and their translations.

A plugin documents its domain in English where its code is: ``Field(description=...)`` on
facts and settings, on each action's parameters, the domain's and actions' descriptions.
The people who write rules read Chinese first: each English text is a msgid of the plugin's
gettext catalog (``locale/zh/LC_MESSAGES/messages.po`` in its package, core/translations.py)::

    msgid "Local date the purchase was completed."
    msgstr "购车完成的日期（当地日期）。"

The admin's reference shows ``translated(domain, text, "zh")``; a text without a
translation is shown as written. ``texts_of`` lists every text that needs one, for
``dealer-rules translations build|check`` (core/catalogs.py).
"""
from __future__ import annotations

import typing

from pydantic import BaseModel

from .domain import Action, Domain


def translated(domain: Domain, text: str, lang: str) -> str:
    """``text`` in ``lang`` if the domain translates it, else ``text`` as written."""
    if not text or lang == "en":
        return text
    return domain.translate(text, lang)


def texts_of(domain: Domain, actions: typing.Iterable[Action]) -> list[str]:
    """Every text rule authors read about ``domain``, in a stable order without repeats:
    the domain's and its actions' descriptions, and the descriptions of the fields of its
    facts, result (what an evaluation answers), settings and action parameters (nested
    models' docstrings too)."""
    seen: dict[str, None] = {}
    if domain.description:
        seen[domain.description] = None
    models = [domain.facts, domain.result] + ([domain.settings] if domain.settings else [])
    for action in actions:
        if action.description:
            seen[action.description] = None
        models.append(action.params)
    visited: set = set()
    for model in models:
        _walk(model, seen, visited, top=True)
    return list(seen)


def _walk(model: type[BaseModel], seen: dict, visited: set, top: bool = False) -> None:
    if model in visited:
        return
    visited.add(model)
    if not top and (model.__doc__ or "").strip():
        seen[(model.__doc__ or "").strip()] = None
    for info in model.model_fields.values():
        if info.title:     # a field's name, as explanations show it (core/explain_words.py)
            seen[info.title] = None
        if info.description:
            seen[info.description] = None
        for nested in _models_in(info.annotation):
            _walk(nested, seen, visited)


def _models_in(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


# -- conditions in words ------------------------------------------------------------------------

#: a unit named in a field's description ("..., CNY." / "..., km."), in the reader's language
_UNITS = (("CNY", {"zh": "元", "en": "CNY"}), ("km", {"zh": "公里", "en": "km"}),
          ("months", {"zh": "个月", "en": "months"}), ("days", {"zh": "天", "en": "days"}),
          ("hours", {"zh": "小时", "en": "hours"}), ("points", {"zh": "积分", "en": "points"}))


def vocabulary(domain: Domain, lang: str, constants: dict | None = None,
               constant_names: dict | None = None):
    """The words a condition of ``domain`` is written in for a ``lang`` reader
    (core/conditions/wording.py): the plugin's short field names, the unit each field's
    description names, the names its catalog gives codes (core/value_names.py), and the
    ruleset's ``constants`` (name -> value) under ``constant_names`` (name -> name for
    people; the constant's own name otherwise)."""
    from .conditions.wording import Vocabulary
    from .facts_schema import schema_of, walk_fields
    from .value_names import value_names
    fields, units = dict(domain.field_names_in(lang)), {}
    described: dict[str, str] = {}
    for path, child, _inner in walk_fields(schema_of(domain.facts)):
        if child.description:
            described[path] = child.description
            unit = _unit(child.description, lang)
            if unit:
                units[path] = unit
    names = constant_names or {}
    shown_constants = {name: (names.get(name) or name, value)
                       for name, value in (constants or {}).items()}

    def fallback(path: str) -> str:
        text = translated(domain, described.get(path, ""), lang)
        if lang == "zh" and text:
            short = text.split("：", 1)[-1] if text.startswith("系统自动计算") else text
            for stop in "；。（，(：":
                short = short.split(stop, 1)[0]
            if 0 < len(short) <= 14:
                return short
        return path.rsplit(".", 1)[-1].replace("_", " ")
    values = dict(value_names(domain, lang))    # 渠道是 企业微信, not "wecom"
    return Vocabulary(lang, fields, units, shown_constants, values, fallback)


def _unit(description: str, lang: str) -> str:
    import re
    for word, shown in _UNITS:
        if re.search(rf"(^|[\s,(]){word}\b", description) and not re.search(
                rf"\b(per|a|each) {word}\b", description, re.IGNORECASE):
            return shown.get(lang, shown["en"])
    return ""


def constant_title(domain: Domain | None, titles: dict | None, name: str, lang: str) -> str:
    """What a ruleset constant is called for a ``lang`` reader, the one place every page,
    explanation, parameter list and diff asks: the ruleset's own ``constant_titles:`` (the
    dealer's words, Chinese), else the plugin's short name for it (``Domain.field_names``),
    else, in English, the name with spaces, in Chinese the name itself. A group that adds a
    constant names it in its ruleset; the shipped plugins name the constants of the shipped
    rulesets."""
    if lang == "zh" and titles and titles.get(name):
        return titles[name]
    known = domain.field_names_in(lang).get(name) if domain is not None else None
    if known:
        return known
    return name if lang == "zh" else name.replace("_", " ").capitalize()
