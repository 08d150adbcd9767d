"""Say which part of a condition failed, and with what values; judge it part by part.

Only used when a caller asks for an explanation (``explain=True``): it re-evaluates the
checked condition in Python and descends to the smallest part that is false
(``why_false``), and ``Judge`` gives every part its fact, actual and expected values and
whether it held, in plain words (``Decision.explanation``).
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from .. import explain_words as words
from ..domain_texts import constant_title
from ..decision import ConditionPart, construct
from ..value_names import value_names
from .interpreter import Env, comparable, truth, value
from .render import render
from .syntax import (Arith, BoolOp, Compare, Constant, Exists, In, Literal, Node, Not, Path,
                     Quantifier, Text)


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


class Judge:
    """Judges a condition part by part for an explanation (``Decision.explanation``):
    every part with its fact, actual value, operator, expected value (a constant by value
    and by name) and whether it held, in the words of ``lang``.

    :param domain: the ruleset's domain (field names and money come from its models).
    :param constant_titles: the ruleset's ``constant_titles`` (gold_min_spend: 金卡门槛).
    """

    def __init__(self, domain, lang: str, constant_titles: dict):
        self.domain, self.lang, self.titles = domain, lang, constant_titles
        #: (fact path, code) -> the code's name in the plugin's catalog (维修 for repair);
        #: empty in English, where the code is the word
        self.names = value_names(domain, lang) if domain is not None else {}

    def part(self, node: Node, env: Env, list_parts: tuple = ()):
        if isinstance(node, BoolOp):
            items = [self.part(n, env, list_parts) for n in node.items]
            met = all(i.met for i in items) if node.op == "and" else any(i.met for i in items)
            return self._make(ConditionPart, construct, node, node.op, met,
                              self._joined(node.op, met), items=items)
        if isinstance(node, Not):
            inner = self.part(node.item, env, list_parts)
            return self._make(ConditionPart, construct, node, "not", not inner.met,
                              self._joined("not", not inner.met), items=[inner])
        if isinstance(node, Quantifier):
            found = value(node.list_path, env) or []
            items = []
            for i, item in enumerate(found):
                inner = self.part(node.condition, env.with_item(item), node.list_path.parts)
                said = words.word("item", self.lang, n=i + 1) + self._verdict(inner.met)
                items.append(self._make(ConditionPart, construct, node.condition, "item",
                                        inner.met, said, index=i + 1, items=[inner]))
            met = bool(found) and (all if node.op == "all" else any)(i.met for i in items)
            label = words.field_label(self.domain, node.list_path.parts, self.lang)
            said = words.word(node.op, self.lang, label=label, n=len(found))
            return self._make(ConditionPart, construct, node, node.op, met,
                              said + self._verdict(met), path=node.list_path.text, label=label,
                              actual=len(found), items=items)
        if isinstance(node, Constant):
            return self._make(ConditionPart, construct, node, "constant", node.value,
                              words.word("always" if node.value else "never", self.lang))
        met = truth(node, env)
        if isinstance(node, Compare):
            return self._compare(node, env, met, list_parts, ConditionPart, construct)
        left = node.path if isinstance(node, Exists) else node.left
        label, money = self._name(left, list_parts)
        actual = value(left, env)
        key = self._key(left, list_parts)
        if isinstance(node, In):
            op = "not in" if node.negated else "in"
            expected = [_plain(v.value) for v in node.values]
            shown = "、".join(self._say(v.value, key, money) for v in node.values) \
                if self.lang == "zh" else ", ".join(words.say(v.value, self.lang, money)
                                                   for v in node.values)
            said = f"{label} {self._say(actual, key, money)} {words.word(op, self.lang)} [{shown}]"
        elif isinstance(node, Text):
            op, expected = node.op, node.pattern.value
            # a code the catalog names by its name (客户偏好 2 项 包含 静音); a pattern as written
            named = self.names.get((key, expected)) if op != "matches" else None
            said = f"{label} {self._say(actual, key)} {words.word(op, self.lang)} " + \
                (named or f"\"{expected}\"")
        else:
            op, expected = ("not exists" if node.negated else "exists"), None
            said = f"{label} {words.word(op, self.lang)}"
        return self._make(ConditionPart, construct, node, node.__class__.__name__.lower(), met,
                          said + self._verdict(met), path=_path_text(left, list_parts),
                          label=label, actual=_plain(actual), operator=op, expected=expected)

    def _compare(self, node: Compare, env, met, list_parts, ConditionPart, construct):
        left, right = node.left, node.right
        label, money = self._name(left, list_parts)
        actual, expected = value(left, env), value(right, env)
        expected_name = expected_label = None
        if getattr(right, "constant", None):
            expected_name = right.constant
            title = constant_title(self.domain, self.titles, right.constant, self.lang)
            # a Chinese reader gets the title alone (金卡门槛): the id is in expected_name
            expected_label = title if title == right.constant or self.lang == "zh" else \
                f"{title} {right.constant}"
        elif isinstance(right, (Path, Arith)):
            expected_name = render(right)
            expected_label, right_money = self._name(right, list_parts)
            money = money or right_money
        if isinstance(right, Literal) and right.kind == "bool" and right.pos == right.end:
            # a yes/no fact written alone (``customer.has_bought_car``)
            said = f"{label}：{words.say(actual, self.lang)}" if self.lang == "zh" else \
                f"{label}: {words.say(actual, self.lang)}"
        else:
            key = self._key(left, list_parts)
            shown_expected = self._say(expected, key, money)
            if expected_label:
                shown_expected = f"{expected_label} {shown_expected}"
            relation = _relation(actual, expected) if node.op not in ("==", "!=") or \
                actual is None or expected is None else ("=" if comparable(actual) ==
                                                         comparable(expected) else "≠")
            said = f"{label} {self._say(actual, key, money)} {relation or words.op_text(node.op)} " \
                   f"{shown_expected}"
            if not met and relation:
                said += f"（{words.word('needs', self.lang)} {words.op_text(node.op)}）" \
                    if self.lang == "zh" else f" ({words.word('needs', self.lang)} " \
                                              f"{words.op_text(node.op)})"
        return self._make(ConditionPart, construct, node, "compare", met, said + self._verdict(met),
                          path=_path_text(left, list_parts), label=label, actual=_plain(actual),
                          operator=node.op, expected=_plain(expected),
                          expected_name=expected_name, expected_label=expected_label)

    @staticmethod
    def _key(node: Node, list_parts: tuple) -> str | None:
        """The fact path ``node`` stands for, as value names are kept (a list's item through
        the list: ``repair.jobs.kind``); None for anything but a fact."""
        if not isinstance(node, Path):
            return None
        parts = node.parts
        if parts[0] == "item":
            parts = list_parts + parts[1:]
        return ".".join(parts)

    def _say(self, shown, key: str | None, money: bool = False) -> str:
        """A value in words (core/explain_words.py ``say``); a code of the fact at ``key``
        by the name the plugin's catalog gives it (常规保养, not maintenance)."""
        code = shown.value if isinstance(shown, enum.Enum) else shown
        if key is not None and isinstance(code, str):
            named = self.names.get((key, code))
            if named:
                return named
        return words.say(shown, self.lang, money)

    def _name(self, node: Node, list_parts: tuple):
        """(the name of a value in the reader's words, whether it is money)."""
        if isinstance(node, Path):
            parts = node.parts
            if parts[0] == "item":
                parts = list_parts + parts[1:]
            return (words.field_label(self.domain, parts, self.lang),
                    words.is_money(self.domain, parts))
        if isinstance(node, Arith):
            left, money = self._name(node.left, list_parts)
            if node.op == "neg":
                return f"-{left}", money
            right, right_money = self._name(node.right, list_parts)
            return f"({left} {node.op} {right})", money or (right_money and node.op in "+-")
        if isinstance(node, Literal):
            return getattr(node, "constant", None) or words.say(node.value, self.lang), False
        return render(node), False

    def _verdict(self, met: bool) -> str:
        text = words.word("met" if met else "not_met", self.lang)
        return f"：{text}" if self.lang == "zh" else f": {text}"

    def _joined(self, op: str, met: bool) -> str:
        return words.word(op, self.lang) + self._verdict(met)

    @staticmethod
    def _make(ConditionPart, construct, node, kind, met, said, path=None, label=None,
              actual=None, operator=None, expected=None, expected_name=None,
              expected_label=None, index=None, items=None):
        said = said[:1].upper() + said[1:]      # a sentence (English names are lower-case)
        return construct(ConditionPart, kind=kind, condition=render(node), met=bool(met),
                         said=said, path=path, label=label, actual=actual, operator=operator,
                         expected=expected, expected_name=expected_name,
                         expected_label=expected_label, index=index, items=items or [])


def _path_text(node: Node, list_parts: tuple) -> str:
    if isinstance(node, Path) and node.parts[0] == "item" and list_parts:
        return ".".join(list_parts) + "[]." + ".".join(node.parts[1:])
    return render(node)


def _relation(actual, expected) -> str | None:
    """How the actual value stands to the expected one (<, =, >), or None (missing)."""
    if actual is None or expected is None:
        return None
    a, b = comparable(actual), comparable(expected)
    try:
        return "<" if a < b else ">" if a > b else "="
    except TypeError:
        return None
