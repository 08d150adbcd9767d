"""Warn when a hand-written label or rule title states a number its parameters contradict.

Why: "工时费9折" next to ``percent: 12`` misleads a customer and validation used to stay
green. A label written by hand (not made from a template, core/label_templates.py) and a
rule's title are searched for numbers in the units the rule's actions declare (折, 元, 倍,
天, 小时...; core/number_words.py); a number that matches none of the parameters of that
unit is a warning with its YAML line, in the reader's language. Warnings do not stop a
ruleset from being saved, published or served.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .label_templates import PLACEHOLDER, units_of
from .messages import Message
from .number_words import say
from .problems import Problem, loc_text

_N = r"(\d[\d,]*(?:\.\d+)?)"
#: kind -> [(pattern, unit spelling)]; the number is group 1
MENTIONS = {
    "discount": [(_N + r"\s*折", "折"), (_N + r"\s*%\s*off", "% off")],
    "percent": [(_N + r"\s*%", "%")],
    "money": [(_N + r"\s*元", "元"), (r"CNY\s*" + _N, "CNY")],
    "factor": [(_N + r"\s*倍", "倍"), (_N + r"\s*x\b", "x")],
    "days": [(_N + r"\s*天", "天"), (_N + r"\s*days?\b", "days")],
    "hours": [(_N + r"\s*个?小时", "小时"), (_N + r"\s*(?:hours?|h)\b", "hours")],
    "minutes": [(_N + r"\s*分钟", "分钟"), (_N + r"\s*(?:minutes?|min)\b", "minutes")],
    "km": [(_N + r"\s*公里", "公里"), (_N + r"\s*km\b", "km")],
    "months": [(_N + r"\s*个月", "个月"), (_N + r"\s*months?\b", "months")],
}
_COMPILED = {kind: [(re.compile(p), unit) for p, unit in pairs] for kind, pairs in MENTIONS.items()}


def mentions(text: str, kind: str) -> list[tuple[str, Decimal, str]]:
    """(as written, value meant, unit) for each number of ``kind`` in ``text``; a discount
    is given as the percent off it means (9折 -> 10, 88折 -> 12, 8.8折 -> 12)."""
    out = []
    for pattern, unit in _COMPILED[kind]:
        for m in pattern.finditer(text or ""):
            try:
                n = Decimal(m.group(1).replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the pattern only takes numbers
                continue
            if unit == "折":
                n = 100 - (n * 10 if n < 10 else n)
            out.append((m.group(0), n, unit))
    return out


def contradictions(resolved, registry) -> list[Problem]:
    """Warnings for the rules written in ``resolved``'s own document (an inherited rule is
    its base's to fix): each hand-written label and each title stating a number that none
    of the parameters it describes has."""
    warnings = []
    own = resolved.loaded
    for placed in resolved.rules:
        if placed.loaded is not own:
            continue
        rule = placed.rule
        in_rule = []
        for j, call in enumerate(rule.then):
            action = registry.actions.get((resolved.domain, call.action))
            if action is None:
                continue
            numbers = _numbers(call.params, units_of(action))
            in_rule += numbers
            written = call.params.get(action.label_param)
            if isinstance(written, str) and not PLACEHOLDER.search(written):
                warnings += _check(written, numbers, placed,
                                   ("then", j, call.action, action.label_param),
                                   "label_contradicts")
        warnings += _check(rule.title, in_rule, placed, ("title",), "title_contradicts")
    return warnings


def _numbers(params: dict, units: dict) -> list[tuple[str, str, Decimal]]:
    out = []
    for name, kind in units.items():
        value = params.get(name)
        if isinstance(value, bool) or value is None:
            continue
        try:
            out.append((name, kind, Decimal(str(value))))
        except InvalidOperation:
            continue
    return out


def _check(text, numbers, placed, sub, code) -> list[Problem]:
    out = []
    for kind in dict.fromkeys(k for _, k, _ in numbers):
        candidates = [(name, value) for name, k, value in numbers if k == kind]
        for said, meant, unit in mentions(text, kind):
            if any(meant == value for _, value in candidates):
                continue
            name, value = candidates[0]
            loc = placed.loc + sub
            # (a decision-table row has no then: in the YAML: its row's line stands in)
            pos = placed.loaded.positions.of(loc) or placed.loaded.positions.of(placed.loc)
            out.append(Problem(
                Message(code, said=said, param=name, value=_plain(value),
                        right=say(value, unit, "zh" if _zh(unit) else "en"), unit=unit),
                placed.source, pos and pos.line, pos and pos.column, placed.rule.id,
                loc_text(loc), severity="warning"))
    return out


def _zh(unit: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in unit)


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}" if value != value.to_integral_value() else str(int(value))
