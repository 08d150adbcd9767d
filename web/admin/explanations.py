"""Showing why each rule applied or not, and result fields by their names, in the admin.

Try it (and any page showing a decision) renders ``Decision.explanation`` with the macro in
templates/admin/_explanation.html: each rule, applied or not, and each part of its
condition with the actual value against the expected one in plain words (the words come
from core/explain_words.py, in the page's language). The result's fields are shown by
their names in the reader's language, not by their keys.
"""
from __future__ import annotations

import re

from dealer_rules.core.domain_texts import translated
from dealer_rules.core.explain_words import field_label, short_phrase
from dealer_rules.core.parameters import COMMON_NAMES
from dealer_rules.core.translations import core_text
from dealer_rules.core.value_names import value_name

from . import bp
from .i18n import lang


@bp.app_template_global()
def result_field_name(domain, name: str, description: str) -> str:
    """A result field's name in the reader's language: on a Chinese page the first phrase of
    its translated description (权益, 工时费折扣...), else its key as words."""
    key, _sep, count = name.partition(" (")       # a list's heading: "benefits (3)"
    count = f" ({count}" if count else ""
    if domain is not None and description and lang() == "zh":
        text = translated(domain, description, "zh")
        if text != description and short_phrase(text):
            return short_phrase(text) + count
    if lang() == "zh" and key in COMMON_NAMES:       # label, code, … as the rules page says
        return core_text(COMMON_NAMES[key], "zh") + count
    return (key.replace("_", " ") if lang() != "zh" else key) + count


@bp.app_template_global()
def result_value_name(domain, value, description: str) -> str:
    """A result value that is a code the field's description names (``silver`` with
    "会员等级：silver（银卡）…" -> 银卡) as the reader knows it, on a Chinese page; "" when
    nothing names it (the value is then shown as it is)."""
    if domain is None or not description or not isinstance(value, str) or lang() != "zh":
        return ""
    return value_name(value, translated(domain, description, "zh"))


@bp.app_template_global()
def case_path_name(domain, path: str) -> str:
    """A result path a test case may expect (``benefits[*].code``), named the way the
    result table names its fields: each step by its field's name in the reader's language,
    joined by " · " ("权益 · 代码")."""
    names, model = [], getattr(domain, "result", None)
    for step in path.replace("[*]", "").split("."):
        info = getattr(model, "model_fields", {}).get(step) if model is not None else None
        names.append(result_field_name(domain, step, info.description if info else ""))
        model = _model_of(info.annotation) if info is not None else None
    return " · ".join(names)


@bp.app_template_global()
def fact_path_name(domain, path: str) -> str:
    """A fact path a validation error names (``order.labour_amount``,
    ``customer.car_purchases.0.purchased_on``) as the form labels its fields, each step in
    the reader's language joined by " · " (当前结算的售后工单 · 折扣前的工时费; a list item's
    position as #1); the path itself for a domain we do not know."""
    if domain is None or not path:
        return path
    names, parts = [], []
    for step in re.findall(r"[^.\[\]]+", path):
        if step.isdigit() and names:
            names[-1] += f" #{int(step) + 1}"
            continue
        parts.append(step)
        names.append(field_label(domain, tuple(parts), lang()))
    return " · ".join(names)


def result_field_description(domain, path: str) -> str:
    """The (English) description of the result field at ``path`` (``benefits[*].code``,
    ``order.labour_payable``), "" when the path names no field."""
    model, info = getattr(domain, "result", None), None
    for step in path.replace("[*]", "").split("."):
        info = getattr(model, "model_fields", {}).get(step) if model is not None else None
        if info is None:
            return ""
        model = _model_of(info.annotation)
    return (info.description or "") if info is not None else ""


def _model_of(annotation):
    """The pydantic model a field holds (itself, or the items of a list of them), if any."""
    from typing import get_args
    from pydantic import BaseModel
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None
