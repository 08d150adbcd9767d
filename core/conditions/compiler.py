"""Compile a checked condition into durable-rules' JSON condition form.

The output keeps to the small set of shapes whose behaviour the engine tests pin down
(tests/core/test_engine_edges.py): a rule is a list of *terms* (its condition in
disjunctive normal form, one durable-rules rule each, so an ``or`` can never fire a rule
twice), each term a conjunction of leaves:

- ``{"customer.tier": "gold"}``, ``{"$gt": {"order.labour_amount": 500.0}}``
- ``{"$ex": {"a": 1}}`` / ``{"$nex": {"a": 1}}`` (present / missing)
- ``{"$or": [{"a": 1}, {"a": 2}]}`` (``in``, outside any()/all(): one branch can match)
- ``{"$iany": {"list": ...}}`` / ``{"$iall": {"list": ...}}`` over items (``$i.`` paths),
  with no ``$or`` inside (see ``_Lowering.quantifier``)

What the matcher cannot do exactly is computed before matching by the interpreter and
handed to it as a *computed value* (``_v1``): arithmetic (exact Decimal; durable-rules
divides integers and crashes on a division by zero), text tests (durable-rules' own
pattern language corrupts memory on some patterns) and a fact compared with another fact
(durable-rules misreads a missing right-hand field).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..encoding import encode_value
from .closures import condition_function, value_function
from .interpreter import Env, path_value, truth
from .render import render
from ..messages import Message as M
from .syntax import (Arith, BoolOp, Compare, ConditionError, Constant, Exists, In, Literal,
                     Node, Not, Path, Quantifier, Text)

MAX_TERMS = 32
ALWAYS = {"$ex": {"_now": 1}}
_NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_FLIP = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_DURABLE_OP = {"!=": "$neq", "<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte"}


@dataclass
class Computed:
    """A value (or a yes/no) worked out in Python before matching, stored under ``key``.

    ``list_path`` is set for values computed per item of a list (inside any()/all()).
    """
    key: str
    node: Node
    is_condition: bool
    list_path: Path | None = None
    #: ``f(env)``: the node as a Python closure (core.conditions.closures), built once
    fn: object = None

    def __post_init__(self):
        self.fn = condition_function(self.node) if self.is_condition else value_function(self.node)


@dataclass
class ComputedValues:
    """The computed values of one ruleset, shared by its rules (computed once each)."""
    items: list = field(default_factory=list)
    _by_signature: dict = field(default_factory=dict)

    def add(self, node: Node, is_condition: bool, list_path: Path | None) -> str:
        signature = (list_path.key if list_path else "", is_condition, render(node))
        key = self._by_signature.get(signature)
        if key is None:
            key = f"_v{len(self.items) + 1}"
            self._by_signature[signature] = key
            self.items.append(Computed(key, node, is_condition, list_path))
        return key


    def snapshot(self) -> int:
        return len(self.items)

    def restore(self, mark: int) -> None:
        """Forget the values added since ``snapshot()`` returned ``mark``."""
        for item in self.items[mark:]:
            signature = next(s for s, k in self._by_signature.items() if k == item.key)
            del self._by_signature[signature]
        del self.items[mark:]

    def fill(self, encoded: dict, env: "Env", tz: dt.tzinfo) -> None:
        """Work out every computed value for one evaluation and add it to the matcher's
        facts dict (``encoded``, from core.encoding.encode_facts); a missing value is left
        out, so a comparison with it is false, as for any missing fact."""
        for item in self.items:
            if item.list_path is None:
                result = item.fn(env)
                if result is not None:
                    encoded[item.key] = encode_value(result, tz)
                continue
            models = path_value(item.list_path, env)
            target = encoded
            for part in item.list_path.parts:
                target = target.get(part) if isinstance(target, dict) else None
            if not models or not target:
                continue
            for model, out in zip(models, target):
                result = item.fn(env.with_item(model))
                if result is not None:
                    out[item.key] = encode_value(result, tz)


@dataclass
class CompiledCondition:
    """A rule's condition as matcher terms; no terms means it can never be true."""
    terms: list


def compile_condition(node: Node, computed: ComputedValues, tz: dt.tzinfo) -> CompiledCondition:
    tree = _Lowering(computed, tz).lower(node, neg=False, quantifier=None)
    terms = _dnf(tree)
    if len(terms) > MAX_TERMS:
        raise ConditionError(M("too_many_terms", count=len(terms), max=MAX_TERMS), node.pos, node.end)
    return CompiledCondition([t if t else [ALWAYS] for t in terms])


# A lowered condition is a leaf (dict), True, False, or ("and"|"or", [children]).

def _and(items):
    out = []
    for item in items:
        if item is False:
            return False
        if item is True:
            continue
        if isinstance(item, tuple) and item[0] == "and":
            out.extend(item[1])
        else:
            out.append(item)
    if not out:
        return True
    return out[0] if len(out) == 1 else ("and", out)


def _or(items):
    out = []
    for item in items:
        if item is True:
            return True
        if item is False:
            continue
        if isinstance(item, tuple) and item[0] == "or":
            out.extend(item[1])
        else:
            out.append(item)
    if not out:
        return False
    return out[0] if len(out) == 1 else ("or", out)


def _dnf(tree) -> list:
    if tree is True:
        return [[]]
    if tree is False:
        return []
    if isinstance(tree, dict):
        return [[tree]]
    op, children = tree
    if op == "or":
        terms = []
        for child in children:
            terms.extend(_dnf(child))
            if len(terms) > MAX_TERMS * 4:
                break
        return terms
    terms = [[]]
    for child in children:
        terms = [a + b for a in terms for b in _dnf(child)]
        if len(terms) > MAX_TERMS * 4:
            break
    return terms


def _json(tree):
    """A lowered tree as one durable-rules expression (used inside any()/all())."""
    if isinstance(tree, dict):
        return tree
    op, children = tree
    return {"$and" if op == "and" else "$or": [_json(c) for c in children]}


class _Lowering:
    def __init__(self, computed: ComputedValues, tz):
        self.computed = computed
        self.tz = tz

    def lower(self, node: Node, neg: bool, quantifier: Quantifier | None):
        if isinstance(node, BoolOp):
            items = [self.lower(n, neg, quantifier) for n in node.items]
            return _or(items) if (node.op == "or") != neg else _and(items)
        if isinstance(node, Not):
            return self.lower(node.item, not neg, quantifier)
        if isinstance(node, Constant):
            return node.value != neg
        if isinstance(node, Compare):
            return self.compare(node, neg, quantifier)
        if isinstance(node, In):
            return self.in_list(node, neg, quantifier)
        if isinstance(node, Text):
            return self.computed_test(node, neg, quantifier)
        if isinstance(node, Exists):
            self.require_item(node.path, node, quantifier)
            present = node.negated == neg
            return {"$ex" if present else "$nex": {node.path.key: 1}}
        if isinstance(node, Quantifier):
            return self.quantifier(node, neg)
        raise TypeError(f"not a checked condition: {type(node).__name__}")  # pragma: no cover

    # -- leaves ----------------------------------------------------------------------------
    def compare(self, node: Compare, neg: bool, quantifier):
        op = _NEGATE[node.op] if neg else node.op
        left, right = node.left, node.right
        if isinstance(left, Literal) and isinstance(right, Literal):
            return truth(node, Env(None, dt.datetime.now(self.tz))) != neg
        if quantifier is not None and not (_uses_item(left) or _uses_item(right)):
            self.require_item(None, node, quantifier)
        if not isinstance(left, Literal) and not isinstance(right, Literal):
            # A fact against a fact: durable-rules reads an uninitialised result when the
            # right-hand field is missing (tests/core/test_conditions_differential.py), so
            # the yes/no is computed exactly in Python instead.
            return self.computed_test(node, neg, quantifier)
        left = self.as_path(left, quantifier)
        right = self.as_path(right, quantifier)
        if isinstance(left, Literal):
            left, right, op = right, left, _FLIP[op]
        if quantifier is not None:
            self.require_item(left, node, quantifier)
        operand = encode_value(right.value, self.tz)
        leaf = {left.key: operand} if op == "==" else {_DURABLE_OP[op]: {left.key: operand}}
        if not neg or not left.optional:
            return leaf
        return _or([leaf, {"$nex": {left.key: 1}}])

    def in_list(self, node: In, neg: bool, quantifier):
        left = self.as_path(node.left, quantifier)
        self.require_item(left, node, quantifier)
        values, seen = [], set()
        for lit in node.values:
            encoded = encode_value(lit.value, self.tz)
            if encoded not in seen:
                seen.add(encoded)
                values.append(encoded)
        if len(values) == 1 or quantifier is None:
            one_of = {left.key: values[0]} if len(values) == 1 else {"$or": [{left.key: v} for v in values]}
        else:
            # never an $or inside any()/all(): see quantifier()
            one_of = _or([{left.key: v} for v in values])
        none_of = _and([{"$neq": {left.key: v}} for v in values])
        missing = {"$nex": {left.key: 1}} if left.optional else False
        if not node.negated and not neg:
            return one_of
        if node.negated and not neg:
            return none_of
        if not node.negated and neg:
            return _or([none_of, missing])
        return _or([one_of, missing])

    def computed_test(self, node: Node, neg: bool, quantifier):
        list_path = quantifier.list_path if quantifier else None
        key = self.computed.add(node, True, list_path)
        return {("$i." + key) if quantifier else key: not neg}

    def quantifier(self, node: Quantifier, neg: bool):
        """any()/all() over a list. durable-rules mishandles an $or inside $iany/$iall (it
        keeps only the last tested field's result, and may refuse the ruleset on
        uninitialised memory), so no $or ever goes inside: any(L, a or b) becomes
        any(L, a) or any(L, b); an all() whose item test needs an "or" is computed per item.
        Items that are plain values (a list of texts) cannot carry a computed value, so
        there the whole any()/all() is computed when any part of it needs computing."""
        mark = self.computed.snapshot()
        inner = self.lower(node.condition, neg, node)
        list_key = node.list_path.key
        item_type = getattr(node.list_path, "field", None)
        scalar_items = item_type is not None and item_type.item is not None \
            and item_type.item.kind != "object"
        per_item = any(c.list_path is node.list_path for c in self.computed.items[mark:])
        if scalar_items and (per_item or (_has_or(inner) and (node.op == "any") == neg)):
            self.computed.restore(mark)
            return {self.computed.add(node, True, None): not neg}
        is_any = (node.op == "any") != neg
        if inner is False:
            test = False
        elif inner is True:
            test = {"$ex": {list_key: 1}}
        elif not _has_or(inner):
            test = {"$iany" if is_any else "$iall": {list_key: _json(inner)}}
        elif is_any:
            test = _or([{"$iany": {list_key: term[0] if len(term) == 1 else {"$and": term}}}
                        for term in _dnf(inner)])
        else:
            key = self.computed.add(node.condition, True, node.list_path)
            test = {"$iall": {list_key: {"$i." + key: not neg}}}
        if not neg:
            return test
        return _or([test, {"$nex": {list_key: 1}}])

    # -- helpers ---------------------------------------------------------------------------
    def as_path(self, node: Node, quantifier):
        """A literal or a path as is; arithmetic becomes a computed value's path."""
        if isinstance(node, (Literal, Path)):
            return node
        list_path = quantifier.list_path if quantifier and _uses_item(node) else None
        key = self.computed.add(node, False, list_path)
        path = Path(node.pos, node.end, (key,))
        path.scope = "item" if list_path else "root"
        path.key = ("$i." + key) if list_path else key
        path.optional = True
        path.type = node.type
        return path

    @staticmethod
    def require_item(path, node: Node, quantifier):
        if quantifier is not None and (path is None or isinstance(path, Path) and path.scope != "item"):
            raise ConditionError(M("item_test_outside", fn=quantifier.op,
                                   list=quantifier.list_path.text), node.pos, node.end)


_TESTS = ("$neq", "$lt", "$lte", "$gt", "$gte", "$ex", "$nex")


def used_keys(terms_of_rules) -> set:
    """Every fact key the compiled terms look at (``vehicle.repairs.km`` for an item field
    of the list ``vehicle.repairs``), so only those are encoded and sent to the matcher."""
    keys: set = set()
    for _, terms in terms_of_rules:
        for term in terms:
            for leaf in term:
                _collect(leaf, None, keys)
    return keys


def _collect(leaf: dict, list_key: str | None, keys: set) -> None:
    for op, body in leaf.items():
        if op in ("$and", "$or"):
            for child in body:
                _collect(child, list_key, keys)
        elif op in ("$iany", "$iall"):
            for inner_list, inner in body.items():
                keys.add(inner_list)
                _collect(inner, inner_list, keys)
        elif op in _TESTS:
            for key in body:
                keys.add(_item_key(key, list_key))
        else:
            keys.add(_item_key(op, list_key))


def _item_key(key: str, list_key: str | None) -> str:
    if list_key is None or not key.startswith("$i"):
        return key
    return list_key if key == "$i" else list_key + key[2:]


def _has_or(tree) -> bool:
    if isinstance(tree, dict):
        return "$or" in tree
    if isinstance(tree, tuple):
        return tree[0] == "or" or any(_has_or(child) for child in tree[1])
    return False


def _uses_item(node: Node) -> bool:
    if isinstance(node, Path):
        return node.parts[0] == "item"
    if isinstance(node, Arith):
        return _uses_item(node.left) or (node.right is not None and _uses_item(node.right))
    return False
