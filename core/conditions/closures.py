"""Turn a checked condition or value into a Python function, once, for computed values.

Computed values (arithmetic, text tests, a fact compared with a fact) are worked out for
every evaluation, so walking the syntax tree with the interpreter each time would cost
microseconds per value. This builds the same computation as nested closures when the
ruleset is compiled. The semantics are the interpreter's, by construction: every closure
calls the interpreter's own helpers (``comparable``, ``text_test``, the arithmetic), and the
differential test compares the compiled matcher, fed by these closures, with the
interpreter on random conditions.
"""
from __future__ import annotations

import datetime as dt
import operator

from ..facts_schema import DATETIME
from .interpreter import Env, comparable, text_test, value, walk
from .syntax import (Arith, BoolOp, Compare, Constant, Exists, In, Literal, Node, Not, Path,
                     Quantifier, Text)


def condition_function(node: Node):
    """``f(env) -> bool`` for a checked condition (the interpreter's ``truth``)."""
    if isinstance(node, Compare):
        left, right, op = value_function(node.left), value_function(node.right), _FAST_OPS[node.op]
        convert = converter_for(node.left, node.right)
        constant = constant_of(node.right)
        if constant is not None:
            # the common case: a fact against a literal, converted once here
            b = comparable(constant) if convert is not None else constant
            if convert is None:
                return lambda env: (a := left(env)) is not None and op(a, b)
            return lambda env: (a := left(env)) is not None and op(convert(a), b)
        convert = convert or _same

        def compare(env):
            a = left(env)
            if a is None:
                return False
            b = right(env)
            if b is None:
                return False
            return op(convert(a), convert(b))
        return compare
    if isinstance(node, BoolOp):
        items = [condition_function(n) for n in node.items]
        if len(items) == 2:  # most conditions: no generator to start
            a, b = items
            if node.op == "and":
                return lambda env: a(env) and b(env)
            return lambda env: a(env) or b(env)
        if node.op == "and":
            return lambda env: all(f(env) for f in items)
        return lambda env: any(f(env) for f in items)
    if isinstance(node, Not):
        inner = condition_function(node.item)
        return lambda env: not inner(env)
    if isinstance(node, Constant):
        return lambda env, v=node.value: v
    if isinstance(node, In):
        left = value_function(node.left)
        values = frozenset(comparable(lit.value) for lit in node.values) \
            if all(not isinstance(lit.value, dt.datetime) for lit in node.values) else None
        negated = node.negated
        convert = converter_for(node.left, *node.values) or _same
        if values is not None and not negated:
            return lambda env: (v := left(env)) is not None and convert(v) in values

        def in_list(env):
            v = left(env)
            if v is None:
                return False
            v = comparable(v)
            found = v in values if values is not None else \
                any(v == comparable(value(lit, env)) for lit in node.values)
            return not found if negated else found
        return in_list
    if isinstance(node, Text):
        left, op, pattern = value_function(node.left), node.op, node.pattern.value

        def text(env):
            v = left(env)
            return False if v is None else text_test(op, v, pattern)
        return text
    if isinstance(node, Exists):
        get, negated = value_function(node.path), node.negated

        def exists(env):
            present = get(env) not in (None, [], ())
            return not present if negated else present
        return exists
    if isinstance(node, Quantifier):
        items_of, inner = value_function(node.list_path), condition_function(node.condition)
        if node.op == "any":
            def quantifier(env):
                items = items_of(env)
                if not items:
                    return False
                scope = env.with_item(None)  # one Env for every item: only .item changes
                for scope.item in items:
                    if inner(scope):
                        return True
                return False
        else:
            def quantifier(env):
                items = items_of(env)
                if not items:
                    return False
                scope = env.with_item(None)
                for scope.item in items:
                    if not inner(scope):
                        return False
                return True
        return quantifier
    raise TypeError(f"not a condition: {type(node).__name__}")  # pragma: no cover


_FAST_OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
             ">": operator.gt, ">=": operator.ge}


def _same(v):
    return v


def converter_for(*nodes):
    """How values of these nodes are made comparable (the interpreter's ``comparable``):
    ``float`` for numbers, None where every value already compares as it is (plain text,
    true/false, dates, date-times, which path reading makes aware), else ``comparable``."""
    kinds = {n.type for n in nodes}
    if kinds == {"number"}:
        return float
    if kinds <= {"bool", "date", "datetime"}:
        return None
    if kinds == {"string"} and all(isinstance(n, Literal) or (
            isinstance(n, Path) and getattr(n, "field", None) is not None and not n.field.enum)
            for n in nodes):
        return None
    return comparable


def constant_of(node: Node):
    """The value of a literal that needs no evaluation time (else None)."""
    if isinstance(node, Literal) and not (isinstance(node.value, dt.datetime)
                                          and node.value.tzinfo is None):
        return node.value
    return None


def value_function(node: Node):
    """``f(env) -> value or None`` for a checked value (the interpreter's ``value``)."""
    if isinstance(node, Path):
        return _path_function(node)
    if isinstance(node, Literal):
        if isinstance(node.value, dt.datetime) and node.value.tzinfo is None:
            return lambda env: value(node, env)      # naive: read in the evaluation's zone
        return lambda env, v=node.value: v
    if isinstance(node, Arith):
        return lambda env: value(node, env)          # exact Decimal arithmetic, rare
    raise TypeError(f"not a value: {type(node).__name__}")  # pragma: no cover


def _path_function(path: Path):
    parts = path.parts
    if len(parts) == 1 and parts[0] == "now":
        return lambda env: env.now
    if len(parts) == 1 and parts[0] == "today":
        return lambda env: env.today
    from_item = parts[0] == "item"
    names = parts[1:] if from_item else parts
    field = getattr(path, "field", None)
    if names and field is not None and field.kind != DATETIME:
        # a path through fields of a validated model: one C-level attribute walk; a missing
        # step (None on the way, a model built without validation) falls back to walk()
        fast = operator.attrgetter(".".join(names))

        def get_fast(env: Env):
            source = env.item if from_item else env.facts
            try:
                return fast(source)
            except AttributeError:
                return walk(source, names, env.tz)
        return get_fast

    def get(env: Env):
        return walk(env.item if from_item else env.facts, names, env.tz)
    return get
