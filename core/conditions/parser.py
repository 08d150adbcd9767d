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

from .syntax import (Arith, BoolOp, Compare, ConditionError, Constant, Duration, Exists, In,
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
_HINTS = {"&&": "use 'and' instead of '&&'", "||": "use 'or' instead of '||'",
          "&": "use 'and' instead of '&'", "|": "use 'or' instead of '|'",
          "!": "use 'not' or '!=' instead of '!'", "=": "use '==' to compare (a single '=' is not allowed)",
          "<>": "use '!=' for 'not equal'"}
_UNIT_SECONDS = {"days": 86400, "hours": 3600, "minutes": 60}


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
            raise ConditionError(f"unexpected character {ch!r}", i)
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
    raise ConditionError("this text has no closing quote", start, len(source))


def parse(text: str) -> Node:
    """Parse a condition; raises ConditionError with the offending position."""
    if not isinstance(text, str) or not text.strip():
        raise ConditionError("the condition is empty", 0)
    parser = _Parser(tokenize(text))
    node = parser.condition()
    tok = parser.peek()
    if tok.kind != "eof":
        hint = ""
        if tok.kind == "name" and tok.value.lower() in ("and", "or", "not") and tok.value not in KEYWORDS:
            hint = f" (write '{tok.value.lower()}' in lower case)"
        raise ConditionError(f"unexpected {_describe(tok)}; expected 'and', 'or' or the end of "
                             f"the condition{hint}", tok.pos, tok.end)
    return node


def _describe(tok: Token) -> str:
    if tok.kind == "eof":
        return "end of the condition"
    if tok.kind == "str":
        return f"text {tok.value!r}"
    return repr(tok.value)


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def next(self) -> Token:
        tok = self.peek()
        self.i += 1
        return tok

    def at(self, kind, value=None) -> bool:
        tok = self.peek()
        return tok.kind == kind and (value is None or tok.value == value)

    def expect(self, kind, value, what: str) -> Token:
        if not self.at(kind, value):
            tok = self.peek()
            raise ConditionError(f"expected {what} but found {_describe(tok)}", tok.pos, tok.end)
        return self.next()

    # -- boolean structure -------------------------------------------------------------
    def condition(self) -> Node:
        items = [self.and_expr()]
        while self.at("name", "or"):
            self.next()
            items.append(self.and_expr())
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
            item = self.not_expr()
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
                raise ConditionError(f"'{tok.value}' needs a quoted text after it", pat.pos, pat.end)
            self.next()
            lit = Literal(pat.pos, pat.end, pat.value, "string")
            return Text(left.pos, pat.end, tok.value, left, lit)
        return left

    def in_list(self, left: Node, negated: bool) -> Node:
        self.next()  # 'in'
        self.expect("op", "[", "'[' to start the list of values")
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
        close = self.expect("op", "]", "',' or ']' in the list of values")
        if not values:
            raise ConditionError("the list of values is empty", left.pos, close.end)
        return In(left.pos, close.end, left, values, negated)

    def literal(self) -> Literal:
        node = self.unary()
        if not isinstance(node, Literal):
            raise ConditionError("a list may only hold fixed values (numbers, texts, dates)",
                                 node.pos, node.end)
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
            operand = self.unary()
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
                raise ConditionError(f"{tok.value!r} is not a number", tok.pos, tok.end)
        if tok.kind == "str":
            self.next()
            return Literal(tok.pos, tok.end, tok.value, "string")
        if tok.kind == "op" and tok.value == "(":
            self.next()
            inner = self.condition()
            close = self.expect("op", ")", "')'")
            inner.pos, inner.end = tok.pos, close.end
            return inner
        if tok.kind == "name":
            if tok.value in ("true", "false"):
                self.next()
                return Literal(tok.pos, tok.end, tok.value == "true", "bool")
            if self.peek(1).kind == "op" and self.peek(1).value == "(":
                return self.call()
            if tok.value in KEYWORDS:
                raise ConditionError(f"expected a value but found the word {tok.value!r}",
                                     tok.pos, tok.end)
            return self.path()
        if tok.kind == "eof":
            raise ConditionError("the condition ends too early; a value is missing", tok.pos, tok.end)
        raise ConditionError(f"expected a value but found {_describe(tok)}", tok.pos, tok.end)

    def path(self) -> Path:
        first = self.next()
        parts, end = [first.value], first.end
        while self.at("op", "."):
            self.next()
            name = self.peek()
            if name.kind != "name":
                raise ConditionError("expected a field name after '.'", name.pos, name.end)
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
            hint = f" (did you mean '{close[0]}'?)" if close else \
                f" (known functions: {', '.join(FUNCTIONS)})"
            raise ConditionError(f"unknown function '{fn}'{hint}", name.pos, name.end)
        if fn in ("any", "all"):
            if not self.at("name"):
                tok = self.peek()
                raise ConditionError(f"{fn}() needs a list field first, e.g. "
                                     f"{fn}(vehicle.repairs, item.part == \"brake_pads\")",
                                     tok.pos, tok.end)
            list_path = self.path()
            self.expect("op", ",", f"',' and then the condition each item is tested with")
            cond = self.condition()
            close = self.expect("op", ")", "')' to close " + fn + "(")
            return Quantifier(name.pos, close.end, fn, list_path, cond)
        if fn == "exists":
            if not self.at("name"):
                tok = self.peek()
                raise ConditionError("exists() needs a field, e.g. exists(customer.referrer_id)",
                                     tok.pos, tok.end)
            path = self.path()
            close = self.expect("op", ")", "')' to close exists(")
            return Exists(name.pos, close.end, path)
        arg = self.peek()
        if fn in ("date", "datetime"):
            if arg.kind != "str":
                raise ConditionError(f'{fn}() needs a quoted value, e.g. {fn}("2026-01-31")',
                                     arg.pos, arg.end)
            self.next()
            close = self.expect("op", ")", f"')' to close {fn}(")
            return Literal(name.pos, close.end, _parse_when(fn, arg), fn)
        # days / hours / minutes
        number = self.unary()
        if not (isinstance(number, Literal) and number.kind == "number"):
            raise ConditionError(f"{fn}() needs a number, e.g. {fn}(3)", number.pos, number.end)
        close = self.expect("op", ")", f"')' to close {fn}(")
        return Literal(name.pos, close.end, Duration(number.value * _UNIT_SECONDS[fn]), "duration")


def _parse_when(fn: str, tok: Token):
    try:
        if fn == "date":
            return dt.date.fromisoformat(tok.value)
        return dt.datetime.fromisoformat(tok.value)
    except ValueError:
        example = "2026-01-31" if fn == "date" else "2026-01-31T09:30"
        raise ConditionError(f"{tok.value!r} is not a valid {fn}; write it like {example!r}",
                             tok.pos, tok.end) from None
