"""Say which part of a condition failed, and with what values.

Only used when a caller asks for an explanation (``explain=True``): it re-evaluates the
checked condition in Python and descends to the smallest part that is false.
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from .interpreter import Env, truth, value
from .render import render
from .syntax import (Arith, BoolOp, Compare, Exists, In, Node, Not, Path, Quantifier, Text)


def why_false(node: Node, env: Env) -> dict:
    """``{"failed": "<the part that is false>", "values": {"path": value, ...}}``."""
    if isinstance(node, BoolOp) and node.op == "and":
        for item in node.items:
            if not truth(item, env):
                return why_false(item, env)
    if isinstance(node, Quantifier) and node.op == "all":
        items = value(node.list_path, env) or []
        for i, item in enumerate(items):
            inner = env.with_item(item)
            if not truth(node.condition, inner):
                found = why_false(node.condition, inner)
                found["item"] = i
                found["failed"] = f"{render(node)}: item {i}: {found['failed']}"
                return found
    return {"failed": render(node), "values": _values(node, env)}


def _values(node: Node, env: Env) -> dict:
    out = {}
    for path in _paths(node):
        if path.parts[0] == "item" and env.item is None:
            continue
        out[path.text] = _plain(value(path, env))
    return out


def _paths(node: Node):
    if isinstance(node, Path):
        yield node
    elif isinstance(node, Arith):
        yield from _paths(node.left)
        if node.right is not None:
            yield from _paths(node.right)
    elif isinstance(node, Compare):
        yield from _paths(node.left)
        yield from _paths(node.right)
    elif isinstance(node, (In, Text)):
        yield from _paths(node.left)
    elif isinstance(node, Exists):
        yield node.path
    elif isinstance(node, Quantifier):
        yield node.list_path
    elif isinstance(node, BoolOp):
        for item in node.items:
            yield from _paths(item)
    elif isinstance(node, Not):
        yield from _paths(node.item)


def _plain(v):
    """A JSON-friendly copy of a fact value for showing."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        shown = [_plain(x) if not hasattr(x, "model_dump") else x.model_dump(mode="json")
                 for x in v[:5]]
        return shown + ["…"] if len(v) > 5 else shown
    return str(v)
