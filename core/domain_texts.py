"""The texts a plugin writes for rule authors, and their translations.

A plugin documents its domain in English where its code is: ``Field(description=...)`` on
facts and settings, on each action's parameters, the domain's and actions' descriptions.
The people who write rules read Chinese first, so a domain may carry translations keyed by
those English texts, the way gettext keys by msgid::

    Domain(name="tiers", ..., translations={"zh": {"Local date the purchase was completed.":
                                                   "购车完成的日期（当地日期）。", ...}})

The admin's reference shows ``translated(domain, text, "zh")``; a text without a
translation is shown as written. ``texts_of`` lists every text that needs one (the shipped
plugins' tests check that none is missing).
"""
from __future__ import annotations

import typing

from pydantic import BaseModel

from .domain import Action, Domain


def translated(domain: Domain, text: str, lang: str) -> str:
    """``text`` in ``lang`` if the domain translates it, else ``text`` as written."""
    if not text or lang == "en":
        return text
    return domain.translations.get(lang, {}).get(text, text)


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
