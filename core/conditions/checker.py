"""Check a parsed condition against a domain's facts before it is ever run.

Every path must name a real field ("did you mean" otherwise), every comparison must compare
like with like, every enum value must exist. The checker annotates the nodes (kind of each
value, the matcher key of each path, whether it may be missing) for the compiler and the
interpreter, and returns the node that stands for the whole condition.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from decimal import Decimal

from ..facts_schema import BOOL, DATE, DATETIME, LIST, NUMBER, OBJECT, STRING, FieldType
from ..messages import Message as M, Term
from .syntax import (Arith, BoolOp, Compare, ConditionError, Constant, Exists, In, Literal,
                     Node, Not, Path, Quantifier, Text)

DURATION = "duration"
#: names every condition may use besides the facts: the evaluation time
BUILTIN_PATHS = {"now": FieldType(DATETIME), "today": FieldType(DATE)}
BUILTIN_KEYS = {"now": "_now", "today": "_today"}
_ORDERED = (NUMBER, DATE, DATETIME, DURATION)


def check(node: Node, facts: FieldType, constants: dict | None = None) -> Node:
    """Type-check ``node`` against the facts schema; returns the checked condition node.

    :param constants: the ruleset's named values (``constants:``); a bare name that is not a
        fact is replaced by its value.
    """
    return _Checker(facts, constants or {}).condition(node, item=None)


def constant_literal(name: str, value, pos: int, end: int) -> Literal:
    """A ruleset constant as the literal it stands for (shown by its name)."""
    literal = _constant_value(value, pos, end)
    literal.constant = name
    return literal


def _constant_value(value, pos: int, end: int) -> Literal:
    if isinstance(value, bool):
        kind = BOOL
    elif isinstance(value, (int, float, Decimal)):
        value, kind = Decimal(str(value)), NUMBER
    elif isinstance(value, dt.datetime):
        kind = DATETIME
    elif isinstance(value, dt.date):
        kind = DATE
    else:
        kind = STRING
    return Literal(pos, end, value, kind)


class _Checker:
    def __init__(self, facts: FieldType, constants: dict):
        self.facts = facts
        self.constants = constants

    def substitute(self, node: Node) -> Node:
        """The node, or the literal its name stands for when it is a ruleset constant."""
        if isinstance(node, Path) and len(node.parts) == 1 and node.parts[0] in self.constants \
                and node.parts[0] not in self.facts.fields:
            return constant_literal(node.parts[0], self.constants[node.parts[0]], node.pos, node.end)
        return node

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
            node = self.substitute(node)
            if isinstance(node, Literal) and node.kind == BOOL:
                return Constant(node.pos, node.end, node.value)
            kind = self.value(node, item)
            if kind != BOOL:
                raise ConditionError(M("not_a_condition", kind=Term(kind)), node.pos, node.end)
            true = Literal(node.end, node.end, True, BOOL)
            true.type = BOOL
            node = Compare(node.pos, node.end, "==", node, true)
        node.type = BOOL
        return node

    def quantifier(self, node: Quantifier, item):
        if item is not None:
            raise ConditionError(M("nested_quantifier", fn=node.op), node.pos, node.end)
        ftype = self.resolve(node.list_path, None, allow_list=True)
        if ftype.kind != LIST:
            raise ConditionError(M("not_a_list", path=node.list_path.text, kind=Term(ftype.kind),
                                   fn=node.op), node.list_path.pos, node.list_path.end)
        node.condition = self.condition(node.condition, ftype.item)

    def compare(self, node: Compare, item):
        node.left, node.right = self.substitute(node.left), self.substitute(node.right)
        left, right = self.value(node.left, item), self.value(node.right, item)
        self.same_kind(node, left, right)
        if node.op not in ("==", "!=") and left not in _ORDERED:
            raise ConditionError(M("order_compare", kind=Term(left)), node.pos, node.end)
        for a, b in ((node.left, node.right), (node.right, node.left)):
            if isinstance(a, Path) and isinstance(b, Literal) and b.kind == STRING:
                self.enum_value(a, b)

    def in_list(self, node: In, item):
        left = self.value(node.left, item)
        for lit in node.values:
            kind = self.value(lit, item)
            self.same_kind(lit, left, kind, in_list=True)
            if isinstance(node.left, Path) and kind == STRING:
                self.enum_value(node.left, lit)
        if len(node.values) > 200:
            raise ConditionError(M("list_too_long", max=200), node.pos, node.end)

    def text(self, node: Text, item):
        kind = self.value(node.left, item, allow_list=node.op == "contains")
        if kind == LIST:
            field = node.left.field.item
            if field.kind != STRING:
                raise ConditionError(M("contains_needs_text_list", path=node.left.text,
                                       kind=Term(field.kind)), node.left.pos, node.left.end)
            node.type = BOOL
            return
        if kind != STRING:
            raise ConditionError(M("text_op_needs_string", op=node.op, kind=Term(kind)),
                                 node.left.pos, node.left.end)
        if node.op == "matches":
            try:
                re.compile(node.pattern.value)
            except re.error as exc:
                raise ConditionError(M("bad_pattern", detail=str(exc)),
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
            raise ConditionError(M("condition_as_value"), node.pos, node.end)
        else:  # pragma: no cover - the parser produces no other value nodes
            raise ConditionError(M("condition_as_value"), node.pos, node.end)
        return node.type

    def arith(self, node: Arith, item) -> str:
        node.left = self.substitute(node.left)
        if node.right is not None:
            node.right = self.substitute(node.right)
        left = self.value(node.left, item)
        if node.op == "neg":
            if left not in (NUMBER, DURATION):
                raise ConditionError(M("cannot_negate", kind=Term(left)), node.pos, node.end)
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
            raise ConditionError(M("bad_arith", op=node.op, left=Term(left), right=Term(right)),
                                 node.pos, node.end)
        if DATE in kinds and DURATION in kinds:
            duration = node.right if right == DURATION else node.left
            if isinstance(duration, Literal) and duration.value.seconds % 86400:
                raise ConditionError(M("date_whole_days"), duration.pos, duration.end)
        return table[kinds]

    def same_kind(self, node, left, right, in_list=False):
        if left == right:
            return
        if in_list:
            raise ConditionError(M("list_kind_mismatch", left=Term(left), right=Term(right)),
                                 node.pos, node.end)
        hint = ""
        if {left, right} == {DATE, DATETIME}:
            hint = M("hint_date")
        elif {left, right} == {NUMBER, STRING}:
            hint = M("hint_number")
        elif {left, right} == {NUMBER, DURATION}:
            hint = M("hint_duration")
        raise ConditionError(M("kind_mismatch", left=Term(left), right=Term(right), hint=hint),
                             node.pos, node.end)

    def enum_value(self, path: Path, lit: Literal):
        values = getattr(path, "field", None) and path.field.values
        if values and lit.value not in values:
            close = difflib.get_close_matches(lit.value, values, n=1, cutoff=0.5)
            hint = M("did_you_mean", suggestion=close[0]) if close else ""
            raise ConditionError(M("not_enum_value", value=lit.value, path=path.text, hint=hint,
                                   allowed=list(values)), lit.pos, lit.end)

    # -- paths ---------------------------------------------------------------------------
    def resolve(self, path: Path, item: FieldType | None, allow_list: bool = False) -> FieldType:
        parts = path.parts
        if parts[0] == "item":
            if item is None:
                raise ConditionError(M("item_outside"), path.pos, path.pos + 4)
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
                raise ConditionError(M("field_of_scalar", where=where, kind=Term(ftype.kind),
                                       name=name), path.pos, path.end)
            if name not in ftype.fields:
                options = list(ftype.fields) + (list(BUILTIN_PATHS) + list(self.constants)
                                                if not names and scope == "root" else [])
                close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
                owner = ".".join(parts[:len(names) + (scope == "item")])
                hint = M("did_you_mean", suggestion=close[0]) if close else \
                    M("known_names", names=sorted(options))
                raise ConditionError(M("unknown_field", name=name, hint=hint,
                                       owner=M("in_owner", owner=owner) if owner else ""),
                                     path.pos, path.end)
            ftype = ftype.fields[name]
            optional = optional or ftype.optional
            names.append(name)
        if ftype.kind == OBJECT:
            example = next(iter(ftype.fields), "field")
            raise ConditionError(M("object_path", path=path.text, example=f"{path.text}.{example}"),
                                 path.pos, path.end)
        if ftype.kind == LIST and not allow_list:
            raise ConditionError(M("list_path", path=path.text), path.pos, path.end)
        path.scope = scope
        path.key = ".".join(names) if scope == "root" else ".".join(["$i", *names]) if names else "$i"
        path.optional = optional
        path.field = ftype
        return ftype
