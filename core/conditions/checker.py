"""Check a parsed condition against a domain's facts before it is ever run.

Every path must name a real field ("did you mean" otherwise), every comparison must compare
like with like, every enum value must exist. The checker annotates the nodes (kind of each
value, the matcher key of each path, whether it may be missing) for the compiler and the
interpreter, and returns the node that stands for the whole condition.
"""
from __future__ import annotations

import difflib
import re

from ..facts_schema import BOOL, DATE, DATETIME, LIST, NUMBER, OBJECT, STRING, FieldType
from .syntax import (Arith, BoolOp, Compare, ConditionError, Constant, Exists, In, Literal,
                     Node, Not, Path, Quantifier, Text)

DURATION = "duration"
#: names every condition may use besides the facts: the evaluation time
BUILTIN_PATHS = {"now": FieldType(DATETIME), "today": FieldType(DATE)}
BUILTIN_KEYS = {"now": "_now", "today": "_today"}
_ORDERED = (NUMBER, DATE, DATETIME, DURATION)
_NAMES = {NUMBER: "a number", STRING: "text", BOOL: "true/false", DATE: "a date",
          DATETIME: "a date and time", DURATION: "a duration", LIST: "a list", OBJECT: "a group of fields"}


def check(node: Node, facts: FieldType) -> Node:
    """Type-check ``node`` against the facts schema; returns the checked condition node."""
    return _Checker(facts).condition(node, item=None)


class _Checker:
    def __init__(self, facts: FieldType):
        self.facts = facts

    # -- conditions ----------------------------------------------------------------------
    def condition(self, node: Node, item: FieldType | None) -> Node:
        if isinstance(node, BoolOp):
            node.items = [self.condition(n, item) for n in node.items]
        elif isinstance(node, Not):
            node.item = self.condition(node.item, item)
        elif isinstance(node, Compare):
            self.compare(node, item)
        elif isinstance(node, In):
            self.in_list(node, item)
        elif isinstance(node, Text):
            self.text(node, item)
        elif isinstance(node, Exists):
            self.value(node.path, item, allow_list=True)
        elif isinstance(node, Quantifier):
            self.quantifier(node, item)
        elif isinstance(node, Literal) and node.kind == BOOL:
            return Constant(node.pos, node.end, node.value)
        else:
            kind = self.value(node, item)
            if kind != BOOL:
                raise ConditionError(
                    f"this is {_NAMES.get(kind, kind)}, not a condition; compare it with "
                    "something, e.g. '> 0' or '== \"gold\"'", node.pos, node.end)
            true = Literal(node.end, node.end, True, BOOL)
            true.type = BOOL
            node = Compare(node.pos, node.end, "==", node, true)
        node.type = BOOL
        return node

    def quantifier(self, node: Quantifier, item):
        if item is not None:
            raise ConditionError(f"{node.op}() inside another any()/all() is not supported; "
                                 "add a derived fact instead", node.pos, node.end)
        ftype = self.resolve(node.list_path, None, allow_list=True)
        if ftype.kind != LIST:
            raise ConditionError(f"{node.list_path.text} is {_NAMES.get(ftype.kind, ftype.kind)}, "
                                 f"not a list; {node.op}() needs a list", node.list_path.pos,
                                 node.list_path.end)
        node.condition = self.condition(node.condition, ftype.item)

    def compare(self, node: Compare, item):
        left, right = self.value(node.left, item), self.value(node.right, item)
        self.same_kind(node, left, right)
        if node.op not in ("==", "!=") and left not in _ORDERED:
            raise ConditionError(f"{_NAMES.get(left, left)} can only be compared with == or !=",
                                 node.pos, node.end)
        for a, b in ((node.left, node.right), (node.right, node.left)):
            if isinstance(a, Path) and isinstance(b, Literal) and b.kind == STRING:
                self.enum_value(a, b)

    def in_list(self, node: In, item):
        left = self.value(node.left, item)
        for lit in node.values:
            kind = self.value(lit, item)
            self.same_kind(lit, left, kind, what="every value in the list")
            if isinstance(node.left, Path) and kind == STRING:
                self.enum_value(node.left, lit)
        if len(node.values) > 200:
            raise ConditionError("a list may hold at most 200 values", node.pos, node.end)

    def text(self, node: Text, item):
        kind = self.value(node.left, item, allow_list=node.op == "contains")
        if kind == LIST:
            field = node.left.field.item
            if field.kind != STRING:
                raise ConditionError(f"'contains' needs a list of texts; {node.left.text} is a "
                                     f"list of {field.describe()}", node.left.pos, node.left.end)
            node.type = BOOL
            return
        if kind != STRING:
            raise ConditionError(f"'{node.op}' works on text, but this is {_NAMES.get(kind, kind)}",
                                 node.left.pos, node.left.end)
        if node.op == "matches":
            try:
                re.compile(node.pattern.value)
            except re.error as exc:
                raise ConditionError(f"this pattern is not a valid regular expression: {exc}",
                                     node.pattern.pos, node.pattern.end) from None
        node.pattern.type = STRING

    # -- values --------------------------------------------------------------------------
    def value(self, node: Node, item, allow_list: bool = False) -> str:
        if isinstance(node, Literal):
            node.type = node.kind
        elif isinstance(node, Path):
            ftype = self.resolve(node, item, allow_list=allow_list)
            node.type = ftype.kind
        elif isinstance(node, Arith):
            node.type = self.arith(node, item)
        elif isinstance(node, (Compare, BoolOp, Not, In, Text, Exists, Quantifier)):
            raise ConditionError("a condition cannot be used as a value here; "
                                 "put it in brackets on its own or join it with 'and'/'or'",
                                 node.pos, node.end)
        else:  # pragma: no cover - the parser produces no other value nodes
            raise ConditionError("unsupported expression", node.pos, node.end)
        return node.type

    def arith(self, node: Arith, item) -> str:
        left = self.value(node.left, item)
        if node.op == "neg":
            if left not in (NUMBER, DURATION):
                raise ConditionError(f"cannot negate {_NAMES.get(left, left)}", node.pos, node.end)
            return left
        right = self.value(node.right, item)
        kinds = (left, right)
        table = {
            "+": {(NUMBER, NUMBER): NUMBER, (DATE, DURATION): DATE, (DATETIME, DURATION): DATETIME,
                  (DURATION, DURATION): DURATION, (DURATION, DATE): DATE,
                  (DURATION, DATETIME): DATETIME},
            "-": {(NUMBER, NUMBER): NUMBER, (DATE, DURATION): DATE, (DATETIME, DURATION): DATETIME,
                  (DURATION, DURATION): DURATION, (DATE, DATE): NUMBER,
                  (DATETIME, DATETIME): DURATION},
            "*": {(NUMBER, NUMBER): NUMBER, (DURATION, NUMBER): DURATION, (NUMBER, DURATION): DURATION},
            "/": {(NUMBER, NUMBER): NUMBER, (DURATION, NUMBER): DURATION},
        }[node.op]
        if kinds not in table:
            raise ConditionError(
                f"cannot use '{node.op}' between {_NAMES.get(left, left)} and "
                f"{_NAMES.get(right, right)}", node.pos, node.end)
        if DATE in kinds and DURATION in kinds:
            duration = node.right if right == DURATION else node.left
            if isinstance(duration, Literal) and duration.value.seconds % 86400:
                raise ConditionError("add or subtract whole days() to a date "
                                     "(hours and minutes need a date and time)", duration.pos,
                                     duration.end)
        return table[kinds]

    def same_kind(self, node, left, right, what="both sides"):
        if left == right:
            return
        hint = ""
        if {left, right} == {DATE, DATETIME}:
            hint = ' (write date("2026-01-31") for a date, datetime("2026-01-31T09:00") for a time)'
        elif {left, right} == {NUMBER, STRING}:
            hint = " (numbers are written without quotes)"
        elif {left, right} == {NUMBER, DURATION}:
            hint = " (write days(3), hours(2) or minutes(30) for a duration)"
        raise ConditionError(f"{what} must be of the same kind: {_NAMES.get(left, left)} vs "
                             f"{_NAMES.get(right, right)}{hint}", node.pos, node.end)

    def enum_value(self, path: Path, lit: Literal):
        values = getattr(path, "field", None) and path.field.values
        if values and lit.value not in values:
            close = difflib.get_close_matches(lit.value, values, n=1, cutoff=0.5)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConditionError(f"{lit.value!r} is not a value of {path.text}; {hint}"
                                 f"allowed: {', '.join(map(repr, values))}", lit.pos, lit.end)

    # -- paths ---------------------------------------------------------------------------
    def resolve(self, path: Path, item: FieldType | None, allow_list: bool = False) -> FieldType:
        parts = path.parts
        if parts[0] == "item":
            if item is None:
                raise ConditionError("'item' can only be used inside any() or all()", path.pos,
                                     path.pos + 4)
            ftype, optional, names, scope = item, False, [], "item"
            rest = parts[1:]
        elif parts[0] in BUILTIN_PATHS and len(parts) == 1:
            path.scope, path.key, path.optional = "root", BUILTIN_KEYS[parts[0]], False
            path.field = BUILTIN_PATHS[parts[0]]
            return path.field
        else:
            ftype, optional, names, scope = self.facts, False, [], "root"
            rest = parts
        for name in rest:
            if ftype.kind != OBJECT:
                where = ".".join(parts[:len(names) + (scope == "item")]) or "item"
                raise ConditionError(f"{where} is {_NAMES.get(ftype.kind, ftype.kind)} and has no "
                                     f"field '{name}'", path.pos, path.end)
            if name not in ftype.fields:
                options = list(ftype.fields) + (list(BUILTIN_PATHS) if not names and scope == "root" else [])
                close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
                owner = ".".join(parts[:len(names) + (scope == "item")])
                msg = f"unknown field '{name}'" + (f" in {owner}" if owner else "")
                msg += f" (did you mean '{close[0]}'?)" if close else \
                    f" (known: {', '.join(sorted(options)) or 'none'})"
                raise ConditionError(msg, path.pos, path.end)
            ftype = ftype.fields[name]
            optional = optional or ftype.optional
            names.append(name)
        if ftype.kind == OBJECT:
            example = next(iter(ftype.fields), "field")
            raise ConditionError(f"{path.text} is a group of fields; pick one, e.g. "
                                 f"{path.text}.{example}", path.pos, path.end)
        if ftype.kind == LIST and not allow_list:
            raise ConditionError(f"{path.text} is a list; test its items with any({path.text}, ...) "
                                 f"or all({path.text}, ...)", path.pos, path.end)
        path.scope = scope
        path.key = ".".join(names) if scope == "root" else ".".join(["$i", *names]) if names else "$i"
        path.optional = optional
        path.field = ftype
        return ftype
