"""Labels made from their numbers: a template with percent 12 reads 工时费88折.

Why: a label typed by hand ("工时费9折") goes stale the day someone changes the percent.
An action may declare a label template (``Action.label_template``, in English; its Chinese
in the plugin's catalog, read when the ruleset compiles: ``Action.labels``); a rule that
leaves its ``label`` out gets the template filled from the call's own parameters, in the
language of the ruleset document (``language: zh``, the default, or ``en``). A label
written in the YAML may use the same placeholders (``label: 投诉{hours|小时}内响应``).
``{name|unit}`` names a parameter of the call and a unit of core/number_words.py; a
placeholder without a unit (``{amount}``) is left for the action to fill at evaluation.
Filled when the ruleset compiles, so evaluation costs nothing and the decision's label
always matches the numbers.
"""
from __future__ import annotations

import re

from .number_words import UNITS, kind_of, say

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\|([^{}|]+)\}")


def placeholders(template: str) -> list[tuple[str, str]]:
    """The ``(parameter, unit)`` pairs a template names, in order."""
    return PLACEHOLDER.findall(template or "")


def fill(template: str, params: dict, lang: str) -> str:
    """``template`` with each ``{name|unit}`` replaced by ``params[name]`` in words.

    :raises KeyError: a placeholder names no parameter given.
    :raises ValueError: the parameter is not a number.
    """
    return PLACEHOLDER.sub(lambda m: say(params[m.group(1)], m.group(2), lang), template)


def template_of(action, lang: str) -> str | None:
    """The action's label template in ``lang`` (else Chinese, else none)."""
    labels = getattr(action, "labels", None) or {}
    return labels.get(lang) or labels.get("zh")


def units_of(action) -> dict[str, str]:
    """{parameter: unit kind} for the numbers the action's labels state (its templates and
    its declared ``units``): what a hand-written label or title is checked against."""
    out = {name: kind_of(unit) for name, unit in (getattr(action, "units", None) or {}).items()}
    for template in (getattr(action, "labels", None) or {}).values():
        for name, unit in placeholders(template):
            out.setdefault(name, kind_of(unit))
    return out


def check_template(template: str, fields) -> list[str]:
    """What is wrong with a template for a parameter model with ``fields`` (names)."""
    wrong = []
    for name, unit in placeholders(template):
        if name not in fields:
            wrong.append(f"{{{name}|{unit}}}: no parameter {name!r}")
        if unit not in UNITS:
            wrong.append(f"{{{name}|{unit}}}: no unit {unit!r} (known: {', '.join(UNITS)})")
    return wrong


def labelled(action, params: dict, lang: str) -> dict:
    """The call's parameters with its label made from the numbers: the template when the
    label is left out, the placeholders filled when it has some. Unchanged when a number
    is missing or not a number (validating the parameters then says what is wrong)."""
    key = getattr(action, "label_param", "label")
    if not isinstance(params, dict) or key not in action.params.model_fields:
        return params
    written = params.get(key)
    if written is None:
        template = template_of(action, lang)
    elif isinstance(written, str) and PLACEHOLDER.search(written):
        template = written
    else:
        return params
    if template is None:
        return params
    try:
        return {**params, key: fill(template, params, lang)}
    except (KeyError, ValueError):
        return params


def unfilled(action, params: dict) -> list[tuple[str, str]]:
    """Placeholders of a hand-written label that name no parameter of the call."""
    key = getattr(action, "label_param", "label")
    written = params.get(key) if isinstance(params, dict) else None
    if not isinstance(written, str):
        return []
    return [(n, u) for n, u in placeholders(written) if n not in params or u not in UNITS]
