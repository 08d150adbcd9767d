"""Say a condition in plain words for people who do not read the condition language.

``in_words("customer.trailing_service_spend >= gold_min_spend", "zh", label)`` reads
"customer.trailing_service_spend ≥ 金卡门槛" with a ``label`` that names the constant; a
label for fact paths (a domain's field names) makes it read fully in Chinese. Used where a
change of condition is shown to staff (core/semantic_diff.py). A condition that does not
parse is shown as written.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from .parser import parse
from .syntax import (Arith, BoolOp, Compare, Constant, ConditionError, Duration, Exists, In,
                     Literal, Node, Not, Path, Quantifier, Text)

_OPS = {"==": ("is", "等于"), "!=": ("is not", "不等于"), "<": ("<", "<"), "<=": ("≤", "≤"),
        ">": (">", ">"), ">=": ("≥", "≥")}
_JOIN = {"and": (" and ", "，且"), "or": (" or ", "，或")}
_TEXT = {"contains": ("contains", "包含"), "startswith": ("starts with", "开头是"),
         "endswith": ("ends with", "结尾是"), "matches": ("matches", "符合")}


def in_words(condition: str, lang: str = "zh",
             label: Callable[[str], str | None] | None = None) -> str:
    """``condition`` in words of ``lang``; ``label(path_text)`` may name a path or constant."""
    try:
        node = parse(condition)
    except ConditionError:
        return " ".join(str(condition).split())
    return _Words(lang == "zh", label or (lambda _: None)).say(node)


class _Words:
    def __init__(self, zh: bool, label):
        self.zh, self.label = zh, label

    def say(self, node: Node, top: bool = True) -> str:
        zh = self.zh
        if isinstance(node, BoolOp):
            sep = _JOIN[node.op][1 if zh else 0]
            text = sep.join(self.say(n, False) for n in node.items)
            return text if top else f"（{text}）" if zh else f"({text})"
        if isinstance(node, Not):
            inner = self.say(node.item, False)
            return f"并非{inner}" if zh else f"not {inner}"
        if isinstance(node, Compare):
            return f"{self.value(node.left)} {_OPS[node.op][1 if zh else 0]} {self.value(node.right)}"
        if isinstance(node, In):
            values = ("、" if zh else ", ").join(self.value(v) for v in node.values)
            if zh:
                return f"{self.value(node.left)} {'不是' if node.negated else '是'}{values}之一"
            return f"{self.value(node.left)} {'is not' if node.negated else 'is'} one of {values}"
        if isinstance(node, Text):
            word = _TEXT.get(node.op, (node.op, node.op))[1 if zh else 0]
            return f"{self.value(node.left)} {word} {self.value(node.pattern)}"
        if isinstance(node, Exists):
            what = self.value(node.path)
            if zh:
                return f"{what} {'未填写' if node.negated else '已填写'}"
            return f"{what} is {'missing' if node.negated else 'given'}"
        if isinstance(node, Quantifier):
            what, inner = self.value(node.list_path), self.say(node.condition, False)
            if zh:
                return f"{what} 中{'有一项' if node.op == 'any' else '每一项都'}满足：{inner}"
            return f"{'some' if node.op == 'any' else 'every'} item of {what}: {inner}"
        if isinstance(node, Constant):
            return ("总是" if node.value else "从不") if zh else ("always" if node.value else "never")
        return self.value(node)  # a bare true/false fact

    def value(self, node: Node) -> str:
        if isinstance(node, Path):
            named = self.label(node.text)
            if named:
                return named
            if node.parts and node.parts[0] == "item" and len(node.parts) > 1:
                return ("该项的" if self.zh else "its ") + ".".join(node.parts[1:])
            return node.text
        if isinstance(node, Literal):
            return _plain(node.value, self.zh)
        if isinstance(node, Arith):
            if node.op == "neg":
                return f"-{self.value(node.left)}"
            return f"{self.value(node.left)} {node.op} {self.value(node.right)}"
        return self.say(node, False)


def _plain(value, zh: bool) -> str:
    if isinstance(value, bool):
        return ("是" if value else "否") if zh else ("yes" if value else "no")
    if isinstance(value, str):
        return f"“{value}”" if zh else f'"{value}"'
    if isinstance(value, Duration):
        days, rest = divmod(int(value.seconds), 86400)
        if not rest:
            return f"{days}天" if zh else f"{days} days"
        return f"{int(value.seconds) // 3600}小时" if zh else f"{int(value.seconds) // 3600} hours"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
