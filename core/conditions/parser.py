"""Parse a condition's text into syntax nodes. Never evaluates the text.

The grammar, lowest precedence first (the reference is docs/conditions.md)::

    condition  := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | predicate
    predicate  := sum [ ("==" | "!=" | "<" | "<=" | ">" | ">=") sum
                      | ["not"] "in" "[" literal ("," literal)* "]"
                      | ("matches" | "startswith" | "endswith" | "contains") STRING ]
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | atom
    atom       := NUMBER | STRING | "true" | "false" | path | "(" condition ")"
                | any(path, condition) | all(path, condition) | exists(path)
                | date("2026-01-31") | datetime("2026-01-31T09:00") | days(n) | hours(n) | minutes(n)
    path       := NAME ("." NAME)*

Full-width brackets, commas and quotes typed with a Chinese input method are accepted.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from decimal import Decimal, InvalidOperation

from .. import limits
from ..messages import Message as M, Term
from .syntax import (Arith, BoolOp, Compare, ConditionError, Duration, Exists, In,
                     Literal, Node, Not, Path, Quantifier, Text)

_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "，": ",", "［": "[", "］": "]",
                             "＞": ">", "＜": "<", "＝": "=", "！": "!", "．": "."})
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "「": "」"}
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d[\d_]*(?:\.\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|<>|&&|\|\||[<>()\[\],.+\-*/=!&|])
""", re.VERBOSE)

KEYWORDS = {"and", "or", "not", "in", "true", "false", "matches", "startswith", "endswith",
            "contains"}
TEXT_OPS = ("matches", "startswith", "endswith", "contains")
FUNCTIONS = ("any", "all", "exists", "date", "datetime", "days", "hours", "minutes")
_HINTS = {"&&": M("use_instead", good="and", bad="&&"), "||": M("use_instead", good="or", bad="||"),
          "&": M("use_instead", good="and", bad="&"), "|": M("use_instead", good="or", bad="|"),
          "!": M("bang"), "=": M("single_equals"), "<>": M("use_instead", good="!=", bad="<>")}
_UNIT_SECONDS = {"days": 86400, "hours": 3600, "minutes": 60}
_EXAMPLES = {"date": "2026-01-31", "datetime": "2026-01-31T09:30"}


class Token:
    __slots__ = ("kind", "value", "pos", "end")

    def __init__(self, kind, value, pos, end):
        self.kind, self.value, self.pos, self.end = kind, value, pos, end

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.pos})"


def tokenize(text: str) -> list[Token]:
    """Split a condition into tokens; raises ConditionError at the first stray character."""
    source = text.translate(_FULL_WIDTH)
    tokens, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch in _QUOTES:
            tokens.append(_read_string(source, i))
            i = tokens[-1].end
            continue
        m = _TOKEN.match(source, i)
        if not m:
            raise ConditionError(M("unexpected_char", char=repr(ch)), i)
        kind = m.lastgroup
        if kind == "num":
            tokens.append(Token("num", m.group().replace("_", ""), i, m.end()))
        elif kind == "name":
            tokens.append(Token("name", m.group(), i, m.end()))
        elif kind == "op":
            if m.group() in _HINTS:
                raise ConditionError(_HINTS[m.group()], i, m.end())
            tokens.append(Token("op", m.group(), i, m.end()))
        i = m.end()
    tokens.append(Token("eof", None, len(source), len(source)))
    return tokens


def _read_string(source: str, start: int) -> Token:
    close = _QUOTES[source[start]]
    out, i = [], start + 1
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            i += 2
            continue
        if ch == close:
            return Token("str", "".join(out), start, i + 1)
        out.append(ch)
        i += 1
    raise ConditionError(M("unclosed_text"), start, len(source))


def parse(text: str) -> Node:
    """Parse a condition; raises ConditionError with the offending position."""
    if not isinstance(text, str) or not text.strip():
        raise ConditionError(M("empty_condition"), 0)
    limits.refuse_over("condition_chars", len(text))
    parser = _Parser(tokenize(text))
    node = parser.condition()
    limits.refuse_over("condition_depth", depth_of(node))
    tok = parser.peek()
    if tok.kind != "eof":
        if tok.kind == "name" and tok.value.lower() in ("and", "or", "not") and tok.value not in KEYWORDS:
            raise ConditionError(M("keyword_case", found=_describe(tok), word=tok.value.lower()),
                                 tok.pos, tok.end)
        raise ConditionError(M("unexpected_token", found=_describe(tok)), tok.pos, tok.end)
    return node


def depth_of(node: Node) -> int:
    """How deeply a parsed condition nests (``a + b + c`` is two levels of sums), measured
    without recursion: the checker and the compiler recurse once per level."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        for value in vars(item).values():
            children = value if isinstance(value, list) else [value]
            stack.extend((child, depth + 1) for child in children if isinstance(child, Node))
    return deepest


def _describe(tok: Token):
    if tok.kind == "eof":
        return Term("end")
    if tok.kind == "str":
        return f'"{tok.value}"'
    return repr(tok.value)


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0
        self.depth = 0
        self.max_depth = limits.current().condition_depth

    def deeper(self, by: int = 1) -> None:
        """One more level of brackets, 'not' or '-': refused past MAX_CONDITION_DEPTH
        before Python's own recursion limit is reached."""
        self.depth += by
        if self.max_depth and self.depth > self.max_depth:
            raise limits.LimitExceeded("condition_depth", self.depth)

    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def next(self) -> Token:
        tok = self.peek()
        self.i += 1
        return tok

    def at(self, kind, value=None) -> bool:
        tok = self.peek()
        return tok.kind == kind and (value is None or tok.value == value)

    def expect(self, kind, value) -> Token:
        if not self.at(kind, value):
            tok = self.peek()
            raise ConditionError(M("expected_token", token=repr(value), found=_describe(tok)),
                                 tok.pos, tok.end)
        return self.next()

    # -- boolean structure -------------------------------------------------------------
    def condition(self) -> Node:
        self.deeper()
        items = [self.and_expr()]
        while self.at("name", "or"):
            self.next()
            items.append(self.and_expr())
        self.depth -= 1
        return items[0] if len(items) == 1 else BoolOp(items[0].pos, items[-1].end, "or", items)

    def and_expr(self) -> Node:
        items = [self.not_expr()]
        while self.at("name", "and"):
            self.next()
            items.append(self.not_expr())
        return items[0] if len(items) == 1 else BoolOp(items[0].pos, items[-1].end, "and", items)

    def not_expr(self) -> Node:
        if self.at("name", "not"):
            tok = self.next()
            self.deeper()
            item = self.not_expr()
            self.depth -= 1
            return Not(tok.pos, item.end, item)
        return self.predicate()

    def predicate(self) -> Node:
        left = self.sum()
        tok = self.peek()
        if tok.kind == "op" and tok.value in ("==", "!=", "<", "<=", ">", ">="):
            self.next()
            right = self.sum()
            return Compare(left.pos, right.end, tok.value, left, right)
        if tok.kind == "name" and tok.value == "in":
            return self.in_list(left, negated=False)
        if tok.kind == "name" and tok.value == "not" and self.peek(1).kind == "name" and self.peek(1).value == "in":
            self.next()
            return self.in_list(left, negated=True)
        if tok.kind == "name" and tok.value in TEXT_OPS:
            self.next()
            pat = self.peek()
            if pat.kind != "str":
                raise ConditionError(M("text_op_needs_text", op=tok.value), pat.pos, pat.end)
            self.next()
            lit = Literal(pat.pos, pat.end, pat.value, "string")
            return Text(left.pos, pat.end, tok.value, left, lit)
        return left

    def in_list(self, left: Node, negated: bool) -> Node:
        self.next()  # 'in'
        self.expect("op", "[")
        values = []
        if not self.at("op", "]"):
            while True:
                values.append(self.literal())
                if self.at("op", ","):
                    self.next()
                    if self.at("op", "]"):
                        break
                    continue
                break
        close = self.expect("op", "]")
        if not values:
            raise ConditionError(M("empty_list"), left.pos, close.end)
        return In(left.pos, close.end, left, values, negated)

    def literal(self) -> Literal:
        node = self.unary()
        if not isinstance(node, Literal):
            raise ConditionError(M("list_literals_only"), node.pos, node.end)
        return node

    # -- values --------------------------------------------------------------------------
    def sum(self) -> Node:
        left = self.product()
        while self.peek().kind == "op" and self.peek().value in ("+", "-"):
            op = self.next().value
            right = self.product()
            left = Arith(left.pos, right.end, op, left, right)
        return left

    def product(self) -> Node:
        left = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/"):
            op = self.next().value
            right = self.unary()
            left = Arith(left.pos, right.end, op, left, right)
        return left

    def unary(self) -> Node:
        if self.at("op", "-"):
            tok = self.next()
            self.deeper()
            operand = self.unary()
            self.depth -= 1
            if isinstance(operand, Literal) and operand.kind == "number":
                return Literal(tok.pos, operand.end, -operand.value, "number")
            return Arith(tok.pos, operand.end, "neg", operand, None)
        return self.atom()

    def atom(self) -> Node:
        tok = self.peek()
        if tok.kind == "num":
            self.next()
            try:
                return Literal(tok.pos, tok.end, Decimal(tok.value), "number")
            except InvalidOperation:  # pragma: no cover - the token pattern admits only digits
                raise ConditionError(M("expected_value", found=repr(tok.value)), tok.pos, tok.end)
        if tok.kind == "str":
            self.next()
            return Literal(tok.pos, tok.end, tok.value, "string")
        if tok.kind == "op" and tok.value == "(":
            self.next()
            inner = self.condition()
            close = self.expect("op", ")")
            inner.pos, inner.end = tok.pos, close.end
            return inner
        if tok.kind == "name":
            if tok.value in ("true", "false"):
                self.next()
                return Literal(tok.pos, tok.end, tok.value == "true", "bool")
            if self.peek(1).kind == "op" and self.peek(1).value == "(":
                return self.call()
            if tok.value in KEYWORDS:
                raise ConditionError(M("keyword_as_value", word=tok.value), tok.pos, tok.end)
            return self.path()
        if tok.kind == "eof":
            raise ConditionError(M("ends_early"), tok.pos, tok.end)
        raise ConditionError(M("expected_value", found=_describe(tok)), tok.pos, tok.end)

    def path(self) -> Path:
        first = self.next()
        parts, end = [first.value], first.end
        while self.at("op", "."):
            self.next()
            name = self.peek()
            if name.kind != "name":
                raise ConditionError(M("field_after_dot"), name.pos, name.end)
            self.next()
            parts.append(name.value)
            end = name.end
        return Path(first.pos, end, tuple(parts))

    def call(self) -> Node:
        name = self.next()
        self.next()  # '('
        fn = name.value
        if fn not in FUNCTIONS:
            close = difflib.get_close_matches(fn, FUNCTIONS, n=1)
            hint = M("did_you_mean", suggestion=close[0]) if close else \
                M("known_names", names=list(FUNCTIONS))
            raise ConditionError(M("unknown_function", name=fn, hint=hint), name.pos, name.end)
        if fn in ("any", "all"):
            if not self.at("name"):
                tok = self.peek()
                raise ConditionError(M("quantifier_needs_list", fn=fn), tok.pos, tok.end)
            list_path = self.path()
            self.expect("op", ",")
            cond = self.condition()
            close = self.expect("op", ")")
            return Quantifier(name.pos, close.end, fn, list_path, cond)
        if fn == "exists":
            if not self.at("name"):
                tok = self.peek()
                raise ConditionError(M("exists_needs_field"), tok.pos, tok.end)
            path = self.path()
            close = self.expect("op", ")")
            return Exists(name.pos, close.end, path)
        arg = self.peek()
        if fn in ("date", "datetime"):
            if arg.kind != "str":
                raise ConditionError(M("when_needs_text", fn=fn, example=_EXAMPLES[fn]),
                                     arg.pos, arg.end)
            self.next()
            close = self.expect("op", ")")
            return Literal(name.pos, close.end, _parse_when(fn, arg), fn)
        # days / hours / minutes
        number = self.unary()
        if not (isinstance(number, Literal) and number.kind == "number"):
            raise ConditionError(M("duration_needs_number", fn=fn), number.pos, number.end)
        close = self.expect("op", ")")
        return Literal(name.pos, close.end, Duration(number.value * _UNIT_SECONDS[fn]), "duration")


def _parse_when(fn: str, tok: Token):
    try:
        if fn == "date":
            return dt.date.fromisoformat(tok.value)
        return dt.datetime.fromisoformat(tok.value)
    except ValueError:
        raise ConditionError(M("invalid_when", value=tok.value, fn=Term(fn), example=_EXAMPLES[fn]),
                             tok.pos, tok.end) from None
