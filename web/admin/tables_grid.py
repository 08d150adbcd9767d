"""Decision tables as grids on the ruleset page: what each column tests or gives, each row's
cells as text a manager types (``[10000, 30000)``, ``>= 12``, 是/否), and the grid the
form sends back (rows added, removed, moved, cells changed) written into the YAML through
core/table_edits.py, so only the rows that changed are touched. Problems, gaps and
overlaps come back by row (and column when known), before anything is saved.

The form carries each table as ``rows:<table>`` (the rows' keys in their new order: the
original row number, or ``new1``, ``new2`` for added rows) and one field per cell,
``cell:<table>:<key>:<column>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from dealer_rules.core.table_edits import add_row, move_row, remove_row, set_cell

NUMBER_TYPES = (int, float, Decimal)
_PATH = re.compile(r"^tables\[(\d+)\]\.rows\[(\d+)\](?:\.(\w+))?")


@dataclass
class Column:
    name: str
    title: str
    role: str              # equals, one_of, range (inputs) or output
    kind: str = "text"     # text, number or boolean: what a cell must be
    unit: str = ""


@dataclass
class GridRow:
    key: str               # the original row number, as text
    n: int
    id: str
    title: str
    cells: dict            # column -> text shown


@dataclass
class Grid:
    index: int
    id: str
    title: str
    description: str
    hit_policy: str
    columns: list
    rows: list
    editable: bool
    problems: dict = field(default_factory=dict)   # row number -> [messages]


def grids(document, registry, domain_name: str, facts_schema, editable: bool) -> list[Grid]:
    """The grids of ``document``'s decision tables."""
    out = []
    for t, table in enumerate(document.tables):
        columns = [Column("title", "", "title")]
        for c in table.inputs:
            columns.append(Column(c.name, c.title or c.name, c.test, _fact_kind(facts_schema, c.fact),
                                  c.unit))
        for c in table.outputs:
            action = registry.actions.get((domain_name, c.action.split("#")[0]))
            columns.append(Column(c.name, c.title or c.name, "output",
                                  _param_kind(action, c.param), c.unit))
        rows = [GridRow(str(n), n, str(row.get("id") or ""), str(row.get("title") or ""),
                        {c.name: cell_text(row.get(c.name)) for c in columns})
                for n, row in enumerate(table.rows, start=1)]
        out.append(Grid(t, table.id, table.title, table.description, table.hit_policy, columns,
                        rows, editable))
    return out


def _fact_kind(schema, path: str) -> str:
    node = schema
    for part in path.split("."):
        fields = getattr(node, "fields", None) or {}
        node = fields.get(part)
        if node is None:
            return "text"
        if node.kind == "list" and node.item is not None:
            node = node.item
    return {"bool": "boolean", "number": "number"}.get(node.kind, "text")


def _param_kind(action, param: str) -> str:
    if action is None or param not in action.params.model_fields:
        return "text"
    annotation = str(action.params.model_fields[param].annotation)
    if "bool" in annotation:
        return "boolean"
    if any(word in annotation for word in ("int", "Decimal", "float", "Money")):
        return "number"
    return "text"


def cell_text(value) -> str:
    """A cell as the grid shows it: nothing for "any", lists joined with 、, numbers plain."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "、".join(cell_text(v) for v in value)
    if isinstance(value, NUMBER_TYPES):
        number = Decimal(str(value))
        return str(int(number)) if number == number.to_integral_value() else f"{number.normalize():f}"
    return str(value)


def cell_value(column: Column, raw: str):
    """What a typed cell means in the YAML: None for an empty cell ("any"), true/false,
    numbers as numbers, a list for "one of", a range as written."""
    text = (raw or "").strip()
    if text == "":
        return None
    if column.role == "one_of":
        return [_scalar(part.strip(), column.kind) for part in re.split(r"[,，、]", text)
                if part.strip()]
    if column.role in ("title",):
        return text
    if column.role == "range":
        try:
            return _number(text)
        except InvalidOperation:
            return text
    return _scalar(text, column.kind)


def _scalar(text: str, kind: str):
    if kind == "boolean":
        return {"true": True, "是": True, "yes": True, "false": False, "否": False,
                "no": False}.get(text.lower(), text)
    if kind == "number":
        try:
            return _number(text)
        except InvalidOperation:
            return text
    return text


def _number(text: str):
    cleaned = text.replace(",", "").replace("，", "")
    number = Decimal(cleaned)
    if not number.is_finite():
        raise InvalidOperation(text)
    return int(number) if number == number.to_integral_value() and "." not in cleaned else number


# -- the grid the form sent back ----------------------------------------------------------------

def submitted(grid: Grid, form) -> list[tuple[str, dict]] | None:
    """[(row key, {column: typed text})] in the new order, or None when the form did not
    send this table."""
    order = form.get(f"rows:{grid.id}")
    if order is None:
        return None
    out = []
    for key in [k for k in order.split(",") if k]:
        cells = {c.name: form.get(f"cell:{grid.id}:{key}:{c.name}", "") for c in grid.columns}
        out.append((key, cells))
    return out


def apply_grid(text: str, grid: Grid, rows: list[tuple[str, dict]]) -> tuple[str, int]:
    """``text`` with the table ``grid`` made like ``rows``; (new text, number of edits)."""
    edits = 0
    originals = {r.key: r for r in grid.rows}
    kept = [key for key, _ in rows if key in originals]
    # rows removed: from the last, so the numbers of the others stay right
    for row in sorted(grid.rows, key=lambda r: -r.n):
        if row.key not in kept:
            text, edits = remove_row(text, grid.id, row.n), edits + 1
    current = [r.key for r in grid.rows if r.key in kept]
    # rows added, at the end for now
    columns = {c.name: c for c in grid.columns}
    for key, cells in rows:
        if key not in originals:
            values = {name: cell_value(columns[name], raw) for name, raw in cells.items()}
            values = {k: v for k, v in values.items() if v is not None}
            text, edits = add_row(text, grid.id, values), edits + 1
            current.append(key)
    # the order
    for position, (key, _) in enumerate(rows, start=1):
        at = current.index(key) + 1
        if at != position:
            text, edits = move_row(text, grid.id, at, position), edits + 1
            current.insert(position - 1, current.pop(at - 1))
    # the cells of the rows that were there
    for position, (key, cells) in enumerate(rows, start=1):
        if key not in originals:
            continue
        before = originals[key].cells
        for name, raw in cells.items():
            if (raw or "").strip() == before.get(name, ""):
                continue
            address = f"table:{grid.id}/row_{position}/{name}"
            text, edits = set_cell(text, address, cell_value(columns[name], raw)), edits + 1
    return text, edits


def problems_by_row(problems, grids_: list[Grid], orders: dict) -> list[dict]:
    """The problems that stand in a table, as {table, row (key), column, message}; ``orders``
    maps a table id to its rows' keys in the checked order."""
    out = []
    by_index = {g.index: g for g in grids_}
    for problem, message in problems:
        found = _PATH.match(problem.path or "")
        if not found or int(found.group(1)) not in by_index:
            continue
        grid = by_index[int(found.group(1))]
        order = orders.get(grid.id) or [r.key for r in grid.rows]
        r = int(found.group(2))
        out.append({"table": grid.id, "row": order[r] if r < len(order) else None,
                    "column": found.group(3), "message": message,
                    "severity": getattr(problem, "severity", "error")})
    return out
