"""A condition in plain words, for the staff who read rules as rows in the admin.

A dealer-group manager reads ``customer.trailing_service_spend >= gold_min_spend`` as
"近12个月保养消费 ≥ 金卡门槛（10,000 元）": the fields by the short names their plugin gives
them (``Domain.field_names``), a constant by its name with its value, numbers with their
unit. Only the words change: the structure (and / or / not, comparisons) is the
condition's own, so nothing is lost or guessed. A condition that does not parse is shown as
written. Used by the admin's ruleset page and the semantic diff (core/semantic_diff.py)
with a domain's vocabulary (core/domain_texts.py ``vocabulary``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from ..number_words import plain
from .parser import parse
from .syntax import (Arith, BoolOp, Compare, ConditionError, Constant, Duration, Exists, In,
                     Literal, Node, Not, Path, Quantifier, Text)

_WORDS = {
    "zh": {"and": " 且 ", "or": " 或 ", "not": "并非", "yes": "是", "no": "否",
           "in": "是 {values} 之一", "not in": "不是 {values} 中任何一个",
           "any": "{list}中有一项满足：{cond}", "all": "{list}每一项都满足：{cond}",
           "exists": "已填写{name}", "not exists": "未填写{name}", "sep": "、",
           "open": "（", "close": "）", "value_open": "（", "matches": "{left}符合格式 {value}",
           "startswith": "{left}以 {value} 开头", "endswith": "{left}以 {value} 结尾",
           "contains": "{left}包含 {value}", "always": "总是适用", "never": "从不适用",
           "today": "今天", "now": "现在", "days": "{n} 天", "hours": "{n} 小时",
           "minutes": "{n} 分钟", "false_of": "{name}：否", "quote": "“{v}”"},
    "en": {"and": " and ", "or": " or ", "not": "not ", "yes": "yes", "no": "no",
           "in": "{left} is one of {values}", "not in": "{left} is none of {values}",
           "any": "some of {list}: {cond}", "all": "every one of {list}: {cond}",
           "exists": "{name} is given", "not exists": "{name} is not given", "sep": ", ",
           "open": "(", "close": ")", "value_open": " (", "matches": "{left} matches {value}",
           "startswith": "{left} starts with {value}", "endswith": "{left} ends with {value}",
           "contains": "{left} contains {value}", "always": "always applies",
           "never": "never applies", "today": "today", "now": "now", "days": "{n} days",
           "hours": "{n} hours", "minutes": "{n} minutes", "false_of": "not {name}",
           "quote": "\"{v}\""},
}
_OPS = {"==": "=", "!=": "≠", ">=": "≥", "<=": "≤", ">": ">", "<": "<",
        "+": "+", "-": "−", "*": "×", "/": "÷"}


@dataclass
class Vocabulary:
    """The names a condition is written in words with, in one language.

    :param fields: fact path (``customer.trailing_service_spend``; inside ``any()`` the
        list's path plus the item's field, ``customer.referrals.successful``) -> short name.
    :param units: fact path -> unit written after numbers compared with it (``元``).
    :param constants: constant name -> (its name for people, its value).
    :param values: (fact path, value) -> the value's name (``maintenance`` -> ``保养``).
    """
    lang: str = "zh"
    fields: dict = field(default_factory=dict)
    units: dict = field(default_factory=dict)
    constants: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)
    #: names for a path nobody named (default: the path's last part, underscores as spaces)
    fallback: Callable[[str], str] | None = None


def condition_in_words(text: str, words: Vocabulary) -> str:
    """``text`` (a rule's ``when``) in words; as written when it does not parse."""
    try:
        node = parse(text)
    except ConditionError:
        return " ".join(str(text).split())
    return _Writer(words).node(node, top=True)


def number_text(value, lang: str = "zh") -> str:
    """``10000`` -> ``10,000``; ``1.20`` -> ``1.2``; a non-number as it is (the numbers of
    labels, core/number_words.py, read the same)."""
    try:
        return plain(value, grouping=True)
    except ValueError:
        return str(value)


class _Writer:
    def __init__(self, words: Vocabulary):
        self.v = words
        self.w = _WORDS.get(words.lang, _WORDS["en"])
        self.lists: list[str] = []       # the list paths of the any()/all() we are inside

    def node(self, node: Node, top: bool = False) -> str:
        w = self.w
        if isinstance(node, BoolOp):
            parts = [self.node(item) if not isinstance(item, BoolOp) else
                     w["open"] + self.node(item) + w["close"] for item in node.items]
            return w[node.op].join(parts)
        if isinstance(node, Not):
            if isinstance(node.item, Path):
                return w["false_of"].format(name=self.name(node.item))
            if isinstance(node.item, Exists):
                key = "exists" if node.item.negated else "not exists"
                return w[key].format(name=self.name(node.item.path))
            inner = self.node(node.item)
            return w["not"] + w["open"] + inner + w["close"]
        if isinstance(node, Compare):
            unit = self.unit_of(node.left) or self.unit_of(node.right)
            left, right = self.value(node.left, unit), self.value(node.right, unit, node.left)
            if isinstance(node.right, Literal) and node.right.kind == "bool":
                if node.op in ("==", "!=") and (node.right.value is True) == (node.op == "=="):
                    return left
                return w["false_of"].format(name=left)
            return f"{left} {_OPS[node.op]} {right}"
        if isinstance(node, In):
            left = self.value(node.left)
            values = w["sep"].join(self.literal(v, "", node.left) for v in node.values)
            key = "not in" if node.negated else "in"
            if self.v.lang == "zh":
                return left + w[key].format(values=values)
            return w[key].format(left=left, values=values)
        if isinstance(node, Text):
            # a code the catalog names reads by its name, as with == and in (客户偏好包含 静音);
            # a pattern (matches) is no value, and stays as written
            beside = node.left if node.op != "matches" else None
            return w[node.op].format(left=self.value(node.left),
                                     value=self.literal(node.pattern, "", beside))
        if isinstance(node, Exists):
            return w["not exists" if node.negated else "exists"].format(name=self.name(node.path))
        if isinstance(node, Quantifier):
            listed = self.name(node.list_path)
            self.lists.append(self.full(node.list_path))
            try:
                cond = self.node(node.condition)
            finally:
                self.lists.pop()
            return w[node.op].format(list=listed, cond=cond)
        if isinstance(node, Constant):
            return w["always" if node.value else "never"]
        return self.value(node)

    # -- values ----------------------------------------------------------------------------
    def value(self, node: Node, unit: str = "", beside: Node | None = None) -> str:
        if isinstance(node, Path):
            name = node.text
            if len(node.parts) == 1 and name in self.v.constants:
                title, value = self.v.constants[name]
                shown = self.number(value, unit) if not isinstance(value, bool) else \
                    self.w["yes" if value else "no"]
                return f"{title}{self.w['value_open']}{shown}{self.w['close']}"
            if name in ("today", "now"):
                return self.w[name]
            return self.name(node)
        if isinstance(node, Literal):
            return self.literal(node, unit, beside)
        if isinstance(node, Arith):
            if node.op == "neg":
                return "−" + self.value(node.left, unit)
            parts = []
            for side in (node.left, node.right):
                text = self.value(side, unit)
                parts.append(self.w["open"] + text + self.w["close"]
                             if isinstance(side, Arith) and side.op != "neg" else text)
            return f"{parts[0]} {_OPS[node.op]} {parts[1]}"
        return self.node(node)

    def literal(self, node: Literal, unit: str = "", beside: Node | None = None) -> str:
        value = node.value
        if node.kind == "number":
            return self.number(value, unit)
        if node.kind == "string":
            if isinstance(beside, Path):
                named = self.v.values.get((self.full(beside), value))
                if named:
                    return named
            return self.w["quote"].format(v=value)
        if node.kind == "bool":
            return self.w["yes" if value else "no"]
        if isinstance(value, Duration):
            seconds = Decimal(str(value.seconds))
            for key, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
                if seconds % size == 0 or key == "minutes":
                    return self.w[key].format(n=number_text(seconds / size))
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat(sep=" ", timespec="minutes") if isinstance(
                value, dt.datetime) else value.isoformat()
        return str(value)

    def number(self, value, unit: str) -> str:
        text = number_text(value, self.v.lang)
        if not unit:
            return text
        return f"{text} {unit}" if not unit.startswith("%") else text + unit

    # -- names -----------------------------------------------------------------------------
    def full(self, path: Path) -> str:
        """The fact path a path stands for (``item.km`` inside ``any(vehicle.services, ...)``
        is ``vehicle.services.km``)."""
        if path.parts and path.parts[0] == "item" and self.lists:
            return ".".join((self.lists[-1],) + tuple(path.parts[1:]))
        return path.text

    def name(self, path: Path) -> str:
        full = self.full(path)
        named = self.v.fields.get(full)
        if named:
            return named
        if self.v.fallback is not None:
            return self.v.fallback(full)
        return re.sub(r"_+", " ", full.rsplit(".", 1)[-1])

    def unit_of(self, node: Node) -> str:
        if isinstance(node, Path):
            return self.v.units.get(self.full(node), "")
        if isinstance(node, Arith):
            return self.unit_of(node.left) or (self.unit_of(node.right) if node.right else "")
        return ""
