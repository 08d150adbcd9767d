"""Write a ruleset's checked conditions as one Python function, for the compiled matcher.

Why and when: the compiled matcher (core/compiled_matcher.py) decides every rule of a
ruleset for every evaluation; one straight-line function that reads each fact once into a
local and tests it with Python's own operators is several times faster than a closure per
node (docs/engine.md, docs/performance.md).

What makes it safe: the source is written only from the *checked* syntax tree, never from
a rule's text. Every value of a rule (a literal, a list of values, a pattern) enters the
function as a constant object in its namespace (``K0``, ``K1``...), never as source text;
field names are emitted only if they are plain Python identifiers the facts schema declares
(anything else, and every node this module does not handle itself, is called as the
closure core.conditions.closures builds for it); operators come from this module's own
table. The semantics are the interpreter's: a missing value makes a comparison false,
numbers compare as floats (``comparable``), naive date-times are read in the evaluation's
zone; tests/core/test_conditions_differential.py checks it against the interpreter.
"""
from __future__ import annotations

import datetime as dt
import keyword

from ..facts_schema import DATETIME
from .closures import constant_of, converter_for, condition_function
from .interpreter import comparable, walk
from .syntax import BoolOp, Compare, Constant, Exists, In, Node, Not, Path, Quantifier

_OPS = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
_EMPTY = (None, [], ())


def _aware(v, tz):
    if isinstance(v, dt.datetime) and v.tzinfo is None:
        return v.replace(tzinfo=tz)
    return v




class _Writer:
    def __init__(self):
        self.namespace = {"_walk": walk, "_aware": _aware, "_cmp": comparable, "_EMPTY": _EMPTY}
        self.helpers: list[str] = []

    def constant(self, value) -> str:
        name = f"K{len(self.namespace)}"
        self.namespace[name] = value
        return name


class _Scope:
    """The locals of one function: each fact path read once (raw and comparable)."""

    def __init__(self, writer: _Writer, root: str, item_scope: bool):
        self.writer = writer
        self.root = root            # "facts" or "item"
        self.item_scope = item_scope
        self.env = "scope" if item_scope else "env"  # the Env that closures are given
        self.raw: dict = {}         # path key -> (local name, names, datetime?)
        self.converted: dict = {}   # (path key, converter) -> local name

    def raw_local(self, path: Path) -> str | None:
        names = path.parts[1:] if path.parts[0] == "item" else path.parts
        if path.parts[0] == "item" and not self.item_scope:
            return None
        if path.parts[0] != "item" and (self.item_scope or path.parts in (("now",), ("today",))):
            return None
        if not all(n.isidentifier() and not keyword.iskeyword(n) for n in names):
            return None
        key = tuple(names)
        if key not in self.raw:
            field = getattr(path, "field", None)
            self.raw[key] = (f"p{len(self.raw)}", names, field is None or field.kind == DATETIME)
        return self.raw[key][0]

    def value_local(self, path: Path, convert) -> str | None:
        raw = self.raw_local(path)
        if raw is None or convert is None:
            return raw
        key = (raw, convert)
        if key not in self.converted:
            self.converted[key] = f"c{len(self.converted)}"
        return self.converted[key]

    def prologue(self, indent: str) -> list[str]:
        lines = []
        if self.raw:
            fast = [f"{indent}    {local} = {'.'.join([self.root, *names])}"
                    for local, names, _ in self.raw.values()]
            slow = [f"{indent}    {local} = _walk({self.root}, "
                    f"{self.writer.constant(tuple(names))}, tz)"
                    for local, names, _ in self.raw.values()]
            lines += [f"{indent}try:", *fast, f"{indent}except AttributeError:", *slow]
            lines += [f"{indent}{local} = _aware({local}, tz)"
                      for local, _, is_datetime in self.raw.values() if is_datetime]
        for (raw, convert), local in self.converted.items():
            fn = "float" if convert is float else "_cmp"
            lines.append(f"{indent}{local} = None if {raw} is None else {fn}({raw})")
        return lines


def _expr(node: Node, scope: _Scope) -> str:
    """A Python expression for a checked condition in ``scope`` (``env`` is always bound)."""
    writer = scope.writer
    if isinstance(node, BoolOp):
        joiner = " and " if node.op == "and" else " or "
        return "(" + joiner.join(_expr(n, scope) for n in node.items) + ")"
    if isinstance(node, Not):
        return f"(not {_expr(node.item, scope)})"
    if isinstance(node, Constant):
        return "True" if node.value else "False"
    if isinstance(node, Compare) and isinstance(node.left, Path):
        convert = converter_for(node.left, node.right)
        left = scope.value_local(node.left, convert)
        constant = constant_of(node.right)
        if left is not None and constant is not None:
            b = writer.constant(comparable(constant) if convert is not None else constant)
            return f"({left} is not None and {left} {_OPS[node.op]} {b})"
        if left is not None and isinstance(node.right, Path):
            right = scope.value_local(node.right, convert)
            if right is not None:
                return (f"({left} is not None and {right} is not None and "
                        f"{left} {_OPS[node.op]} {right})")
    if isinstance(node, In) and isinstance(node.left, Path) and \
            not any(isinstance(lit.value, dt.datetime) for lit in node.values):
        left = scope.value_local(node.left, converter_for(node.left, *node.values))
        if left is not None:
            values = writer.constant(frozenset(comparable(lit.value) for lit in node.values))
            return f"({left} is not None and {left} {'not in' if node.negated else 'in'} {values})"
    if isinstance(node, Exists):
        raw = scope.raw_local(node.path)
        if raw is not None:
            return f"({raw} {'in' if node.negated else 'not in'} _EMPTY)"
    if isinstance(node, Quantifier) and not scope.item_scope:
        items = scope.raw_local(node.list_path)
        if items is not None:
            return f"({_quantifier(node, writer)}({items}, env) if {items} else False)"
    # anything else (text tests, arithmetic, now/today, unusual names): the node's closure
    return f"{writer.constant(condition_function(node))}({scope.env})"


def _quantifier(node: Quantifier, writer: _Writer) -> str:
    """A helper function deciding any()/all() over a non-empty list; returns its name."""
    name = f"_q{len(writer.helpers)}"
    writer.helpers.append("")  # reserve the name (nested quantifiers are refused by checker)
    scope = _Scope(writer, "item", item_scope=True)
    test = _expr(node.condition, scope)
    closures = "(scope)" in test  # closures inside are given one Env, its item set each time
    body = [f"def {name}(items, env):", "    tz = env.tz"]
    body += ["    scope = env.with_item(None)"] if closures else []
    body += ["    for item in items:"] + (["        scope.item = item"] if closures else [])
    body += scope.prologue("        ")
    body.append(f"        if {'not ' if node.op == 'all' else ''}{test}:")
    body.append(f"            return {'False' if node.op == 'all' else 'True'}")
    body.append(f"    return {'True' if node.op == 'all' else 'False'}")
    writer.helpers[int(name[2:])] = "\n".join(body)
    return name


def ruleset_function(rules):
    """``match(env) -> [rule keys]`` for ``(key, checked condition)`` pairs, and its source
    (for reading and tests)."""
    writer = _Writer()
    scope = _Scope(writer, "facts", item_scope=False)
    tests = [(writer.constant(key), _expr(node, scope)) for key, node in rules]
    lines = ["def match(env):", "    facts = env.facts", "    tz = env.tz"]
    lines += scope.prologue("    ")
    lines.append("    fired = []")
    for key, test in tests:
        lines += [f"    if {test}:", f"        fired.append({key})"]
    lines.append("    return fired")
    source = "\n\n".join(writer.helpers + ["\n".join(lines)]) + "\n"
    namespace = dict(writer.namespace)
    exec(compile(source, "<dealer-rules compiled matcher>", "exec"), namespace)  # noqa: S102
    return namespace["match"], source
