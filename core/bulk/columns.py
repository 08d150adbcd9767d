"""Spreadsheet columns as dotted fact paths, both ways.

In: each column header is a fact path, ``customer.id``, ``order.labour_amount``. A list is
given either whole, as JSON in one cell (``customer.car_purchases`` =
``[{"purchased_on": "2024-05-01"}]``), or item by item in indexed columns
(``customer.car_purchases.0.purchased_on`` or ``customer.car_purchases[0].purchased_on``).
An empty cell is a fact not given; a cell starting with ``[`` or ``{`` is read as JSON;
everything else is passed as text and the domain's facts model reads it ("1200.00" as
money, "true" as yes, "2024-05-01" as a date), so a bad value is reported with its path.

Out: a row per decision with fixed columns: ``row``, ``status`` (ok / error), ``error``,
``next_change_at``, ``fired`` (the ids of the rules that applied) and one ``result.<field>``
column per top-level field of the domain's result: plain values as they are, lists and
groups of fields as JSON.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from ..messages import Message, UserError

_INDEX = re.compile(r"\[(\d+)\]")
FIXED_COLUMNS = ("row", "status", "error", "next_change_at", "fired")


class CellError(UserError):
    """A cell that cannot be read (bad JSON, a path that clashes with another column)."""


def parse_header(header) -> list[tuple]:
    """Each column name as a path: ``a.b[0].c`` and ``a.b.0.c`` -> ("a", "b", 0, "c")."""
    paths = []
    for name in header:
        text = _INDEX.sub(r".\1", str(name or "").strip())
        paths.append(tuple(int(p) if p.isdigit() else p for p in text.split(".") if p))
    return paths


def facts_from_cells(header: list[str], paths: list[tuple], cells) -> dict:
    """The nested facts of one row (CellError naming the column)."""
    facts: dict = {}
    for name, path, value in zip(header, paths, cells):
        if value is None or value == "" or not path:
            continue
        if isinstance(value, str):
            stripped = value.strip()
            if stripped[:1] in ("[", "{"):
                try:
                    value = json.loads(stripped)
                except json.JSONDecodeError as exc:
                    raise CellError(Message("bulk_bad_cell", column=name, detail=str(exc)))
        elif isinstance(value, dt.datetime):       # a date or time cell of a spreadsheet
            value = value.date().isoformat() if value.time() == dt.time() and \
                value.tzinfo is None else value.isoformat()
        elif isinstance(value, (dt.date, dt.time)):
            value = value.isoformat()
        _put(facts, path, value, name)
    return _compact(facts)


def _put(node, path: tuple, value, column: str) -> None:
    for step, following in zip(path, path[1:]):
        child = {} if isinstance(following, str) else []
        node = _child(node, step, child, column)
    last = path[-1]
    if isinstance(last, int):
        if not isinstance(node, list):
            raise CellError(Message("bulk_bad_column", column=column,
                                    detail="an index under a field that is not a list"))
        node.extend([None] * (last + 1 - len(node)))
        node[last] = value
    elif isinstance(node, dict):
        node[last] = value
    else:
        raise CellError(Message("bulk_bad_column", column=column,
                                detail="a field name where another column has a list index"))


def _child(node, step, empty, column: str):
    if isinstance(step, int):
        if not isinstance(node, list):
            raise CellError(Message("bulk_bad_column", column=column,
                                    detail="an index under a field that is not a list"))
        node.extend([None] * (step + 1 - len(node)))
        if node[step] is None:
            node[step] = empty
        return node[step]
    if not isinstance(node, dict):
        raise CellError(Message("bulk_bad_column", column=column,
                                detail="a field name where another column has a list index"))
    found = node.get(step)
    if found is None:
        found = node[step] = empty
    elif type(found) is not type(empty):
        raise CellError(Message("bulk_bad_column", column=column, detail=(
            "another column gives this field whole (JSON); use one or the other")))
    return found


def _compact(value):
    """Lists without the holes left by empty indexed columns."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_compact(v) for v in value if v is not None]
    return value


def output_header(result_model) -> list[str]:
    """The columns of a tabular output: the fixed ones, then ``result.<field>``."""
    return list(FIXED_COLUMNS) + [f"result.{name}" for name in result_model.model_fields]


def decision_cells(row: int, shown: dict, fields: list[str]) -> list:
    """One output row from a decision dumped as JSON-ready values."""
    result = shown["result"]
    cells = [row, "ok", "", shown.get("next_change_at") or "",
             ", ".join(rule["id"] for rule in shown["fired"])]
    for name in fields:
        value = result.get(name)
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        cells.append("" if value is None else value)
    return cells


def error_cells(row: int, error: str, fields: list[str]) -> list:
    return [row, "error", error, "", ""] + [""] * len(fields)
