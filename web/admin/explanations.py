"""Showing why each rule applied or not, and result fields by their names, in the admin.

Try it (and any page showing a decision) renders ``Decision.explanation`` with the macro in
templates/admin/_explanation.html: each rule, applied or not, and each part of its
condition with the actual value against the expected one in plain words (the words come
from core/explain_words.py, in the page's language). The result's fields are shown by
their names in the reader's language, not by their keys.
"""
from __future__ import annotations

from dealer_rules.core.domain_texts import translated
from dealer_rules.core.explain_words import short_phrase

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
    return (key.replace("_", " ") if lang() != "zh" else key) + count
