"""Decision tables: rows over the same facts, each row compiled to one ordinary rule.

When a policy is a ladder of thresholds or a choice among values (which package at which
mileage and age, which price for which tier), a grid reads better than separate rules, and
a dealer-group manager edits a cell rather than a condition. A ruleset's ``tables:`` hold
them (docs/rulesets.md). Each row becomes a rule before anything else looks at the ruleset
(``table_rules``), id ``<table>.row_<n>`` unless the row names its own, so explanations,
test cases, hit counts, diffs and the parameters API see rows as rules. ``table_findings``
says where the rows leave a gap or overlap, row by row, in the reader's language.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .messages import Message, UserError

ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: a row's own keys; every other key of a row is a column's cell
ROW_FIELDS = ("id", "title", "description", "notes", "priority", "enabled")
#: a cell that tests nothing (matches any value)
ANY = ("-", "", "*", "任意")
_RANGE = re.compile(r"^\s*([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])\s*$")
_COMPARE = re.compile(r"^\s*(>=|<=|>|<|=|≥|≤)\s*(\S+)\s*$")
_OPEN = ("", "..", "inf", "∞", "-inf", "-∞")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _id(value: str) -> str:
    if not isinstance(value, str) or not ID.match(value):
        raise UserError(Message("id_format", value=value))
    return value


class InputColumn(BaseModel):
    """A column that tests a fact: ``equals`` one value, ``one_of`` a list, or is in a
    ``range`` (``[10000, 30000)``, ``>= 10000``; a constant's name may stand for a number)."""
    model_config = ConfigDict(extra="forbid")
    name: str
    fact: str = Field(min_length=1)
    test: Literal["equals", "one_of", "range"] = "equals"
    title: str = ""
    unit: str = ""
    #: every value the fact can take (equals / one_of): values no row covers are a gap
    values: list[Any] | None = None

    _name = field_validator("name")(lambda cls, v: _id(v))


class OutputColumn(BaseModel):
    """A column whose cell is one parameter of one action (``grant_benefit#2``: the table's
    second call of that action)."""
    model_config = ConfigDict(extra="forbid")
    name: str
    action: str = Field(pattern=r"^[a-z][a-z0-9_]*(#[1-9][0-9]?)?$")
    param: str = Field(min_length=1)
    title: str = ""
    unit: str = ""

    _name = field_validator("name")(lambda cls, v: _id(v))


class DecisionTable(BaseModel):
    """One decision table of a ruleset (docs/rulesets.md, "Decision tables")."""
    model_config = ConfigDict(extra="forbid")
    id: str
    title: str = Field(min_length=1)
    description: str = ""
    #: for developers (the admin does not show it to staff)
    notes: str = ""
    #: ``first``: of the rows that match, only the first applies; ``collect``: all apply
    hit_policy: Literal["first", "collect"] = "collect"
    priority: int = 0
    #: a condition every row also needs (optional)
    when: str | None = None
    #: the actions every row calls, with the parameters fixed for the whole table
    then: list[Any] = Field(default_factory=list)
    inputs: list[InputColumn] = Field(default_factory=list)
    outputs: list[OutputColumn] = Field(default_factory=list)
    rows: list[dict[str, Any]] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _table_id(cls, value):
        """At most 48 characters, so that ``<id>.row_<n>`` fits where rule ids are stored
        (hit counts keep 64)."""
        _id(value)
        if len(value) > 48:
            raise UserError(Message("table_id_length", limit=48))
        return value

    @field_validator("when", mode="before")
    @classmethod
    def _when_text(cls, value):
        return ("true" if value else "false") if isinstance(value, bool) else value

    @model_validator(mode="after")
    def _columns(self):
        seen = set()
        for column in [*self.inputs, *self.outputs]:
            if column.name in ROW_FIELDS:
                raise UserError(Message("table_reserved_column", name=column.name,
                                        reserved=list(ROW_FIELDS)))
            if column.name in seen:
                raise UserError(Message("table_duplicate_column", name=column.name))
            seen.add(column.name)
        return self

    def column(self, name: str):
        for column in [*self.inputs, *self.outputs]:
            if column.name == name:
                return column
        return None


# -- cells ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Interval:
    """A numeric range; a bound is a number, a constant's name, or None (unbounded)."""
    low: Decimal | str | None
    low_closed: bool
    high: Decimal | str | None
    high_closed: bool


def is_any(cell) -> bool:
    return cell is None or (isinstance(cell, str) and cell.strip() in ANY)


def parse_range(cell) -> Interval:
    """``[a, b)`` / ``(a, b]`` / ``>= a`` / ``< b`` / a number; raises UserError."""
    if isinstance(cell, bool):
        raise UserError(Message("table_bad_range", value=str(cell)))
    if isinstance(cell, (int, float, Decimal)):
        number = Decimal(str(cell))
        return Interval(number, True, number, True)
    text = str(cell)
    match = _RANGE.match(text)
    if match:
        opening, low, high, closing = match.groups()
        low_b, high_b = _bound(low, text), _bound(high, text)
        return Interval(low_b, opening == "[" and low_b is not None,
                        high_b, closing == "]" and high_b is not None)
    match = _COMPARE.match(text)
    if match:
        op, value = match.groups()
        bound = _bound(value, text)
        if bound is None:
            raise UserError(Message("table_bad_range", value=text))
        op = {"≥": ">=", "≤": "<="}.get(op, op)
        if op == "=":
            return Interval(bound, True, bound, True)
        if op.startswith(">"):
            return Interval(bound, op == ">=", None, False)
        return Interval(None, False, bound, op == "<=")
    bound = _bound(text.strip(), text)
    if bound is None:
        raise UserError(Message("table_bad_range", value=text))
    return Interval(bound, True, bound, True)


def _bound(text: str, cell: str):
    text = text.strip().replace(",", "")
    if text in _OPEN:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if _NAME.match(text):
        return text
    raise UserError(Message("table_bad_range", value=cell))


def _literal(value) -> str:
    """A cell value written in the condition language."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _bound_text(bound) -> str:
    return str(bound)


def cell_condition(column: InputColumn, cell) -> str | None:
    """The condition one input cell stands for (None: any value); raises UserError."""
    if is_any(cell):
        return None
    fact = column.fact
    if column.test == "equals":
        if isinstance(cell, (list, dict)):
            raise UserError(Message("table_equals_value"))
        if cell is True:
            return fact
        if cell is False:
            return f"not {fact}"
        return f"{fact} == {_literal(cell)}"
    if column.test == "one_of":
        values = cell if isinstance(cell, list) else None
        if not values:
            raise UserError(Message("table_one_of_list"))
        return f"{fact} in [{', '.join(_literal(v) for v in values)}]"
    interval = parse_range(cell)
    parts = []
    if interval.low is not None and interval.low == interval.high:
        return f"{fact} == {_bound_text(interval.low)}"
    if interval.low is not None:
        parts.append(f"{fact} {'>=' if interval.low_closed else '>'} {_bound_text(interval.low)}")
    if interval.high is not None:
        parts.append(f"{fact} {'<=' if interval.high_closed else '<'} {_bound_text(interval.high)}")
    if not parts:
        return None
    return " and ".join(parts)


# -- rows as rules -------------------------------------------------------------------------

@dataclass
class TableRule:
    """A rule made of one row, with where that row is written."""
    rule_data: dict
    loc: tuple                      # ("tables", t, "rows", r)
    table: str
    row: int                        # 1-based
    #: {(index of the call in ``then``, parameter): the output column that set it}
    cells: dict = None


def row_rule_id(table: DecisionTable, row: dict, n: int) -> str:
    own = row.get("id")
    return own if isinstance(own, str) and own else f"{table.id}.row_{n}"


def row_rules(table: DecisionTable, t: int) -> tuple[list[TableRule], list[tuple]]:
    """One rule (as rule data) per row of ``table`` (the ``t``-th table of its ruleset).
    Returns (rules, problems) where a problem is (loc, Message)."""
    out, problems = [], []
    names = {c.name for c in [*table.inputs, *table.outputs]}
    for r, row in enumerate(table.rows):
        loc = ("tables", t, "rows", r)
        n = r + 1
        bad = False
        for key in row:
            if key not in names and key not in ROW_FIELDS:
                problems.append((loc + (key,), Message("table_unknown_column", name=key,
                                                       hint=column_hint(key, names))))
                bad = True
        if isinstance(row.get("id"), str):
            try:
                _id(row["id"])
            except UserError as exc:
                problems.append((loc + ("id",), exc.msg))
                bad = True
        parts = [f"({table.when})"] if table.when and table.when.strip() != "true" else []
        for column in table.inputs:
            try:
                part = cell_condition(column, row.get(column.name))
            except UserError as exc:
                problems.append((loc + (column.name,), exc.msg))
                bad = True
                continue
            if part:
                parts.append(part)
        if bad:
            continue
        then, cells = _calls(table, row)
        data = {"id": row_rule_id(table, row, n),
                "title": row.get("title") or f"{table.title} · 第{n}行",
                "description": row.get("description") or table.description,
                "notes": row.get("notes") or table.notes,
                "priority": row.get("priority", table.priority),
                "enabled": row.get("enabled", True),
                "when": " and ".join(parts) if parts else "true",
                "then": then,
                "exclusive": table.id if table.hit_policy == "first" else None}
        out.append(TableRule(data, loc, table.id, n, cells))
    return out, problems


def _calls(table: DecisionTable, row: dict) -> tuple[list[dict], dict]:
    """The row's actions: the table's fixed calls with the row's output cells filled in,
    then any action only the output columns name (called when a cell of it is filled);
    and which output column set which (call index, parameter)."""
    calls = []
    for item in table.then:
        if isinstance(item, str):
            calls.append([item, {}])
        elif isinstance(item, dict) and len(item) == 1:
            (name, params), = item.items()
            calls.append([name, dict(params or {})])
        else:
            calls.append([str(item), {}])
    cells = {}
    for column in table.outputs:
        value = row.get(column.name)
        if value is None:
            continue
        name, _, nth = column.action.partition("#")
        nth = int(nth or 1)
        same = [c for c in calls if c[0] == name]
        while len(same) < nth:
            calls.append([name, {}])
            same = [c for c in calls if c[0] == name]
        same[nth - 1][1][column.param] = value
        cells[(next(j for j, c in enumerate(calls) if c is same[nth - 1]), column.param)] = column.name
    return [{"action": name, "params": params} for name, params in calls], cells


def column_hint(name, names):
    """"Did you mean" (or the known names) for a column name that is not one."""
    import difflib
    close = difflib.get_close_matches(str(name), sorted(names), n=1, cutoff=0.6)
    return Message("did_you_mean", suggestion=close[0]) if close else \
        Message("known_names", names=sorted(names))


# -- gaps and overlaps ---------------------------------------------------------------------

@dataclass
class Finding:
    """A gap or an overlap between rows: ``severity`` warning or error, ``loc`` the row."""
    severity: str
    message: Message
    loc: tuple
    table: str
    rows: tuple


def table_findings(table: DecisionTable, t: int, constants: dict) -> list[Finding]:
    """Gaps (warnings) and overlaps of ``table``'s enabled rows. With hit policy ``first``
    a row that an earlier one covers entirely is an error (it can never apply), and two
    rows whose different cells of one column share values (``[0, 12000)`` and ``[10000,
    30000)``) are a warning (the first wins); rows that test different facts are the usual
    "this first, else that" and are not reported. With ``collect`` overlapping rows all
    apply by design and are not reported. Cells that do not parse are left to
    ``row_rules``."""
    cells = {}
    for r, row in enumerate(table.rows):
        if row.get("enabled", True) is False:
            continue
        try:
            cells[r] = [_cell_set(c, row.get(c.name), constants) for c in table.inputs]
        except (UserError, _Unknown):
            continue
    out = []
    if table.hit_policy == "first":
        order = sorted(cells, key=lambda r: (-int(table.rows[r].get("priority", table.priority)
                                                  or 0), r))
        for j_pos, j in enumerate(order):
            for i in order[:j_pos]:
                both = [_intersect(a, b) for a, b in zip(cells[i], cells[j])]
                if any(x is _EMPTY for x in both):
                    continue
                if all(_covers(a, b) for a, b in zip(cells[i], cells[j])):
                    out.append(Finding("error", Message("table_shadowed", a=i + 1, b=j + 1),
                                       ("tables", t, "rows", j), table.id, (i + 1, j + 1)))
                    break
                if not any(a is not _ALL and b is not _ALL and a != b
                           for a, b in zip(cells[i], cells[j])):
                    continue  # rows that test different facts: the order decides, by design
                where = _where(table, both, cells[i], cells[j])
                out.append(Finding("warning", Message("table_overlap", a=i + 1, b=j + 1,
                                                      where=where),
                                   ("tables", t, "rows", j), table.id, (i + 1, j + 1)))
    out += _gaps(table, t, cells)
    return out


class _Unknown(Exception):
    """A bound names a constant this ruleset does not define (left to compile)."""


_EMPTY = object()
_ALL = None


def _cell_set(column: InputColumn, cell, constants):
    """A cell as a set: None (any), a frozenset of values, or an Interval of Decimals."""
    if is_any(cell):
        return _ALL
    if column.test == "range":
        interval = parse_range(cell)
        return Interval(_number(interval.low, constants), interval.low_closed,
                        _number(interval.high, constants), interval.high_closed)
    if column.test == "one_of":
        if not isinstance(cell, list):
            raise UserError(Message("table_one_of_list"))
        return frozenset(_key(v) for v in cell)
    return frozenset([_key(cell)])


def _key(value):
    return json.dumps(value, sort_keys=True, default=str) if isinstance(value, (list, dict)) \
        else (str(Decimal(str(value)).normalize()) if isinstance(value, (int, float, Decimal))
              and not isinstance(value, bool) else value)


def _number(bound, constants):
    if bound is None or isinstance(bound, Decimal):
        return bound
    value = constants.get(bound)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise _Unknown(bound)
    return Decimal(str(value))


def _intersect(a, b):
    if a is _ALL:
        return b
    if b is _ALL:
        return a
    if isinstance(a, frozenset):
        both = a & b
        return both if both else _EMPTY
    low, low_closed = _max_low(a, b)
    high, high_closed = _min_high(a, b)
    if low is not None and high is not None and \
            (low > high or (low == high and not (low_closed and high_closed))):
        return _EMPTY
    return Interval(low, low_closed, high, high_closed)


def _max_low(a: Interval, b: Interval):
    if a.low is None:
        return b.low, b.low_closed
    if b.low is None or a.low > b.low:
        return a.low, a.low_closed
    if b.low > a.low:
        return b.low, b.low_closed
    return a.low, a.low_closed and b.low_closed


def _min_high(a: Interval, b: Interval):
    if a.high is None:
        return b.high, b.high_closed
    if b.high is None or a.high < b.high:
        return a.high, a.high_closed
    if b.high < a.high:
        return b.high, b.high_closed
    return a.high, a.high_closed and b.high_closed


def _covers(a, b) -> bool:
    """Does cell ``a`` match every value cell ``b`` matches?"""
    if a is _ALL:
        return True
    if b is _ALL:
        return False
    if isinstance(a, frozenset):
        return b <= a
    return _intersect(a, b) == b


def _where(table, both, a_cells, b_cells) -> list[str]:
    """The overlap in words: each column where both rows test something."""
    out = []
    for column, cell, a, b in zip(table.inputs, both, a_cells, b_cells):
        if a is _ALL and b is _ALL:
            continue
        out.append(f"{column.title or column.name} {_describe(cell, column.unit)}")
    return out or [Message("table_every_case")]


def describe_interval(interval: Interval, unit: str = "") -> str:
    """``10,000–12,000 元``, ``≥ 30,000 元``, ``< 5,000 公里``, ``(10,000, 12,000]``."""
    unit = f" {unit}" if unit else ""
    low, high = interval.low, interval.high
    if low is not None and low == high:
        return f"{low:,}{unit}"
    if low is None and high is None:
        return "任意" if not unit else f"任意{unit}"
    if low is None:
        return f"{'≤' if interval.high_closed else '<'} {high:,}{unit}"
    if high is None:
        return f"{'≥' if interval.low_closed else '>'} {low:,}{unit}"
    if interval.low_closed and not interval.high_closed:
        return f"{low:,}–{high:,}{unit}"
    return f"{'[' if interval.low_closed else '('}{low:,}, {high:,}{']' if interval.high_closed else ')'}{unit}"


def _describe(cell, unit) -> str:
    if isinstance(cell, Interval):
        return describe_interval(cell, unit)
    return "、".join(str(v) for v in sorted(cell, key=str))


def _gaps(table: DecisionTable, t: int, cells: dict) -> list[Finding]:
    """For each input column, rows alike in every other column should leave no hole
    between their ranges, and cover every value the column lists."""
    out = []
    for c, column in enumerate(table.inputs):
        groups: dict = {}
        for r, row_cells in cells.items():
            if row_cells[c] is _ALL:
                continue
            others = tuple(repr(x) for k, x in enumerate(row_cells) if k != c)
            groups.setdefault(others, []).append(r)
        for rows in groups.values():
            if column.test == "range":
                out += _range_gaps(table, t, column, [(r, cells[r][c]) for r in rows])
            elif column.values:
                covered = set().union(*(cells[r][c] for r in rows))
                missing = [v for v in column.values if _key(v) not in covered]
                if missing:
                    out.append(Finding("warning", Message(
                        "table_value_gap", column=column.title or column.name,
                        values=[str(v) for v in missing], rows=[str(r + 1) for r in rows]),
                        ("tables", t, "inputs", c), table.id, tuple(r + 1 for r in rows)))
    return out


def _range_gaps(table, t, column, rows) -> list[Finding]:
    def low_key(item):
        iv = item[1]
        return (iv.low is not None, iv.low if iv.low is not None else 0, not iv.low_closed)
    rows = sorted(rows, key=low_key)
    out = []
    reach, reach_closed, reach_row = None, False, None   # the covered range's upper end
    started = False
    for r, iv in rows:
        if started and reach is not None and iv.low is not None:
            gap_low, gap_high = reach, iv.low
            if gap_low < gap_high or (gap_low == gap_high and not reach_closed
                                      and not iv.low_closed):
                gap = Interval(gap_low, not reach_closed, gap_high, not iv.low_closed)
                out.append(Finding("warning", Message(
                    "table_gap", a=reach_row + 1, b=r + 1, column=column.title or column.name,
                    values=describe_interval(gap, column.unit)),
                    ("tables", t, "rows", r), table.id, (reach_row + 1, r + 1)))
        if not started:
            reach, reach_closed, reach_row, started = iv.high, iv.high_closed, r, True
            continue
        if reach is None:
            continue
        if iv.high is None or iv.high > reach or (iv.high == reach and iv.high_closed):
            reach, reach_closed, reach_row = iv.high, iv.high_closed, r
    return out


