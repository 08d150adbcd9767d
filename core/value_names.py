"""The names a plugin's catalog gives the codes of its facts (``quiet`` -> 静音).

A plugin's Chinese catalog writes the codes a field allows with their names in its
description (``客户偏好：safety（安全）、quiet（静音）…`` or ``常规保养（maintenance）``). A
Chinese reader should see the name, never the code: the admin's facts form names its
options with ``value_name``, conditions in words (core/conditions/wording.py
``Vocabulary.values``, filled by core/domain_texts.py ``vocabulary``) and explanations
(core/conditions/explain.py) look a tested value up in ``value_names``.
"""
from __future__ import annotations

import re

from .domain import Domain
from .domain_texts import translated
from .facts_schema import schema_of, walk_fields

#: the Chinese characters a name is written in
CJK = "\u4e00-\u9fff"


def value_name(value: str, *texts: str) -> str:
    """The name one of ``texts`` gives the code ``value``, the way the catalogs write codes
    (``maintenance (保养)``, ``maintenance（保养）`` or ``常规保养（maintenance）``): "保养";
    "" when no text names it."""
    if not isinstance(value, str) or not value:
        return ""
    patterns = code_patterns(value)
    for text in texts:
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return found.group(1)
    return ""


def code_patterns(value: str) -> tuple:
    """The two ways a catalog writes the code ``value`` with its name, as patterns whose
    group 1 is the name: the code first (``maintenance (保养)``, ``maintenance（保养）``),
    then the name first (``常规保养（maintenance）``)."""
    v = re.escape(value)
    return (re.compile(rf"(?<![\w]){v}\s*[(（]([^()（）]*[{CJK}][^()（）]*)[)）]"),
            re.compile(rf"([{CJK}]+)[(（]{v}[)）]"))


def value_names(domain: Domain, language: str) -> dict:
    """(fact path, value) -> the value's name, for every enum field of ``domain``'s facts
    whose description names its codes (``order.kind``, ``maintenance`` -> 保养; inside a list
    the path runs through the list's name: ``repair.jobs.kind``). {} in English: there the
    code is the word. Made once per domain and language."""
    if language == "en":
        return {}
    key = (id(domain), language)
    cached = _MADE.get(key)
    if cached is not None and cached[0] is domain:
        return cached[1]
    out: dict = {}
    for path, child, inner in walk_fields(schema_of(domain.facts)):
        for node in {id(child): child, id(inner): inner}.values():
            # a list of codes is described on the list (customer.preferences)
            described = node.description or child.description
            if node.values and described:
                text = translated(domain, described, language)
                for value in node.values:
                    named = value_name(value, text)
                    if named:
                        out.setdefault((path, value), named)
    _MADE[key] = (domain, out)
    return out


#: (id of a domain, language) -> (the domain, its value names)
_MADE: dict = {}
