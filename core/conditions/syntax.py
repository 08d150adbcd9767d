"""The nodes of a parsed condition, each carrying where it stands in the source text.

Positions (``pos``, ``end``) are character offsets into the condition's text; the ruleset
loader turns them into file lines and columns for error messages.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import Message, UserError


class ConditionError(UserError):
    """A condition that cannot be parsed, checked or compiled, and where the problem is."""

    def __init__(self, message: Message, pos: int = 0, end: int | None = None):
        super().__init__(message)
        self.pos = pos
        self.end = pos + 1 if end is None else end


@dataclass(eq=False)
class Node:
    pos: int
    end: int
    #: set by the checker: the FieldType-like kind of a value (number, string, ...)
    type: object = field(default=None, kw_only=True)


@dataclass(eq=False)
class Literal(Node):
    value: object  # Decimal, str, bool, date, datetime, or a Duration
    kind: str      # number, string, bool, date, datetime, duration


@dataclass(frozen=True)
class Duration:
    """A length of time written as days(n), hours(n) or minutes(n); held in seconds."""
    seconds: object  # Decimal

    def __str__(self):
        return f"{self.seconds}s"


@dataclass(eq=False)
class Path(Node):
    parts: tuple  # ("customer", "tier"); ("item", "km") inside any()/all(); ("now",)
    #: set by the checker
    scope: str = field(default="root", kw_only=True)   # root or item
    key: str = field(default="", kw_only=True)         # the matcher's dotted key
    optional: bool = field(default=False, kw_only=True)

    @property
    def text(self) -> str:
        return ".".join(self.parts)


@dataclass(eq=False)
class Arith(Node):
    op: str  # + - * / and "neg" for unary minus (right is None)
    left: Node
    right: Node | None


@dataclass(eq=False)
class Compare(Node):
    op: str  # == != < <= > >=
    left: Node
    right: Node


@dataclass(eq=False)
class In(Node):
    left: Node
    values: list  # of Literal
    negated: bool = False


@dataclass(eq=False)
class Text(Node):
    """A string test: matches (a regular expression), startswith, endswith, contains."""
    op: str
    left: Node
    pattern: Literal


@dataclass(eq=False)
class Exists(Node):
    path: Path
    negated: bool = False


@dataclass(eq=False)
class BoolOp(Node):
    op: str  # and / or
    items: list


@dataclass(eq=False)
class Not(Node):
    item: Node


@dataclass(eq=False)
class Quantifier(Node):
    op: str  # any / all
    list_path: Path
    condition: Node


@dataclass(eq=False)
class Constant(Node):
    """``true`` or ``false`` used as a whole condition (e.g. ``when: true``)."""
    value: bool
