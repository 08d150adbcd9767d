"""Evaluate a checked condition in Python, with the matcher's semantics.

Used for three things, never on user text (only on checked nodes): computing the values
the matcher cannot compute exactly (arithmetic, in Decimal; text tests), explaining why a
rule did not fire, and, in the test suite, as the reference the compiled matcher must agree
with. The semantics, documented in docs/conditions.md:

- a comparison with a missing value is false (also ``!=`` and ``not in``);
- ``not`` negates the whole condition it stands before;
- ``any()`` and ``all()`` are false for a missing or empty list;
- arithmetic is exact (Decimal); a division by zero gives a missing value.
"""
from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal, InvalidOperation

from .syntax import (Arith, BoolOp, Compare, Constant, Duration, Exists, In, Literal, Node,
                     Not, Path, Quantifier, Text)

#: the comparison operators of the condition language, as the interpreter applies them
COMPARISONS = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
               "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


class Env:
    """What a condition is evaluated against: the facts, the time, the current list item."""
    __slots__ = ("facts", "now", "today", "item", "tz")

    def __init__(self, facts, now: dt.datetime, item=None):
        self.facts = facts
        self.now = now
        self.today = now.date()
        self.item = item
        self.tz = now.tzinfo

    def with_item(self, item) -> "Env":
        env = Env.__new__(Env)
        env.facts, env.now, env.today, env.item, env.tz = self.facts, self.now, self.today, item, self.tz
        return env


def truth(node: Node, env: Env) -> bool:
    """Whether a checked condition holds."""
    if isinstance(node, BoolOp):
        if node.op == "and":
            return all(truth(n, env) for n in node.items)
        return any(truth(n, env) for n in node.items)
    if isinstance(node, Not):
        return not truth(node.item, env)
    if isinstance(node, Compare):
        left, right = value(node.left, env), value(node.right, env)
        if left is None or right is None:
            return False
        left, right = comparable(left), comparable(right)
        return COMPARISONS[node.op](left, right)
    if isinstance(node, In):
        left = value(node.left, env)
        if left is None:
            return False
        left = comparable(left)
        found = any(left == comparable(lit.value) for lit in node.values)
        return not found if node.negated else found
    if isinstance(node, Text):
        left = value(node.left, env)
        if left is None:
            return False
        return text_test(node.op, left, node.pattern.value)
    if isinstance(node, Exists):
        present = value(node.path, env) not in (None, [], ())
        return not present if node.negated else present
    if isinstance(node, Quantifier):
        items = value(node.list_path, env)
        if not items:
            return False
        test = all if node.op == "all" else any
        return test(truth(node.condition, env.with_item(i)) for i in items)
    if isinstance(node, Constant):
        return node.value
    raise TypeError(f"not a condition: {type(node).__name__}")  # pragma: no cover


def text_test(op: str, left, pattern: str) -> bool:
    """The text operators; ``contains`` on a list tests membership."""
    if isinstance(left, (list, tuple)):
        return pattern in [_plain(v) for v in left]
    left = _plain(left)
    if op == "matches":
        return _compiled(pattern).fullmatch(left) is not None
    if op == "startswith":
        return left.startswith(pattern)
    if op == "endswith":
        return left.endswith(pattern)
    return pattern in left


_PATTERNS: dict = {}


def _compiled(pattern: str):
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


def _plain(v):
    return v.value if isinstance(v, enum.Enum) else v


def comparable(v):
    """Bring a value to the form the matcher compares: numbers as floats."""
    if isinstance(v, enum.Enum):
        v = v.value
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, (int, float, Decimal)):
        return float(v)
    if isinstance(v, Duration):
        return float(v.seconds)
    return v


def value(node: Node, env: Env):
    """The value of a checked value node, or None when it is missing."""
    if isinstance(node, Literal):
        v = node.value
        if isinstance(v, dt.datetime) and v.tzinfo is None and env is not None:
            v = v.replace(tzinfo=env.tz)
        return v
    if isinstance(node, Path):
        return path_value(node, env)
    if isinstance(node, Arith):
        return _arith(node, env)
    raise TypeError(f"not a value: {type(node).__name__}")  # pragma: no cover


def path_value(path: Path, env: Env):
    parts = path.parts
    if parts[0] == "item":
        current = env.item
        parts = parts[1:]
    elif len(parts) == 1 and parts[0] == "now":
        return env.now
    elif len(parts) == 1 and parts[0] == "today":
        return env.today
    else:
        current = env.facts
    return walk(current, parts, env.tz)


def walk(current, names, tz):
    """Follow field ``names`` from a model (or dict); None when a step is missing; a naive
    date-time is read in the zone ``tz``."""
    for name in names:
        if current is None:
            return None
        current = current.get(name) if isinstance(current, dict) else getattr(current, name, None)
    if isinstance(current, dt.datetime) and current.tzinfo is None:
        current = current.replace(tzinfo=tz)
    return current


def _decimal(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, float):
        return Decimal(repr(v))
    return Decimal(v)


def _arith(node: Arith, env: Env):
    left = value(node.left, env)
    if left is None:
        return None
    if node.op == "neg":
        return Duration(-left.seconds) if isinstance(left, Duration) else -_decimal(left)
    right = value(node.right, env)
    if right is None:
        return None
    op = node.op
    try:
        if isinstance(left, Duration) or isinstance(right, Duration):
            return _duration_arith(op, left, right)
        if isinstance(left, dt.date) or isinstance(right, dt.date):
            return _date_arith(op, left, right)
        a, b = _decimal(left), _decimal(right)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        return a / b
    except (ZeroDivisionError, InvalidOperation, OverflowError):
        return None


def _duration_arith(op, left, right):
    if isinstance(left, dt.date) or isinstance(right, dt.date):
        when, dur = (left, right) if isinstance(left, dt.date) else (right, left)
        seconds = dur.seconds if op == "+" else -dur.seconds
        if isinstance(when, dt.datetime):
            return when + dt.timedelta(seconds=float(seconds))
        return when + dt.timedelta(days=int(seconds // 86400))
    if op in ("+", "-"):
        s = left.seconds + right.seconds if op == "+" else left.seconds - right.seconds
        return Duration(s)
    if op == "*":
        dur, k = (left, right) if isinstance(left, Duration) else (right, left)
        return Duration(dur.seconds * _decimal(k))
    return Duration(left.seconds / _decimal(right))


def _date_arith(op, left, right):
    # only date - date (days) and datetime - datetime (a duration) reach here
    if isinstance(left, dt.datetime):
        return Duration(Decimal(repr((left - right).total_seconds())))
    return Decimal((left - right).days)
