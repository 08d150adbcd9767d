"""Write a checked condition back as canonical text.

Used as the identity of a computed value (two rules computing ``order.labour_amount * 0.9``
share one computation) and to show a failing part in explanations.
"""
from __future__ import annotations

import datetime as dt

from .syntax import (Arith, BoolOp, Compare, Constant, Duration, Exists, In, Literal, Node,
                     Not, Path, Quantifier, Text)


def render(node: Node) -> str:
    if isinstance(node, Literal):
        return getattr(node, "constant", None) or _literal(node.value)
    if isinstance(node, Path):
        return node.text
    if isinstance(node, Arith):
        if node.op == "neg":
            return f"-{_wrap(node.left)}"
        return f"{_wrap(node.left)} {node.op} {_wrap(node.right)}"
    if isinstance(node, Compare):
        return f"{render(node.left)} {node.op} {render(node.right)}"
    if isinstance(node, In):
        values = ", ".join(_literal(v.value) for v in node.values)
        return f"{render(node.left)} {'not in' if node.negated else 'in'} [{values}]"
    if isinstance(node, Text):
        return f"{render(node.left)} {node.op} {_literal(node.pattern.value)}"
    if isinstance(node, Exists):
        return f"{'not ' if node.negated else ''}exists({node.path.text})"
    if isinstance(node, BoolOp):
        return f" {node.op} ".join(_wrap(n) for n in node.items)
    if isinstance(node, Not):
        return f"not {_wrap(node.item)}"
    if isinstance(node, Quantifier):
        return f"{node.op}({node.list_path.text}, {render(node.condition)})"
    if isinstance(node, Constant):
        return "true" if node.value else "false"
    raise TypeError(type(node).__name__)  # pragma: no cover


def _wrap(node: Node) -> str:
    text = render(node)
    return f"({text})" if isinstance(node, (BoolOp, Arith)) and not (
        isinstance(node, Arith) and node.op == "neg") else text


def _literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, Duration):
        for unit, size in (("days", 86400), ("hours", 3600)):
            if value.seconds % size == 0:
                return f"{unit}({value.seconds // size})"
        return f"minutes({value.seconds / 60})"
    if isinstance(value, dt.datetime):
        return f'datetime("{value.isoformat()}")'
    if isinstance(value, dt.date):
        return f'date("{value.isoformat()}")'
    return str(value)
