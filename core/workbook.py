"""A ruleset's parameters as an Excel workbook (.xlsx), and a workbook read back as changes.

For staff who live in Excel: ``export_workbook(text, registry, lang)`` writes one sheet of
constants and settings, one of rule parameters and one per decision table (parameters
addressed ``table:<id>/row_<n>/<column>``), headers in the reader's language, each value a
typed cell (numbers stay numbers, texts stay text) with its unit beside it, and a hidden
column of addresses (docs/parameters.md) that ties each row to the YAML. ``read_workbook``
checks every cell of an edited workbook against its parameter (kind, the action's model
and constraints) and returns the changed values; if any cell is wrong it raises
``WorkbookError`` listing every one by sheet, row, column and address, so nothing is saved
until all are right. A workbook exported and read back without edits changes nothing.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal

from .messages import Message, UserError
from .parameter_changes import ParameterChangeError, coerce, patch, same_value
from .parameters import Parameter, by_address, parameters_of, read_document
from .registry import Registry
from .translations import core_text

#: the sheets and their columns, (key, English, width): the Chinese is in core's catalog under
#: the context "workbook" (core/translations.py; a column's "Value" is not a parameter's)
CONTEXT = "workbook"
SETTINGS_SHEET = "Constants and settings"
RULES_SHEET = "Rule parameters"
ABOUT_SHEET = "about"
HEADERS = {
    "rule": ("Rule", 34), "rule_id": ("Rule id", 22),
    "action": ("Action", 18), "name": ("Parameter", 26),
    "value": ("Value", 16), "unit": ("Unit", 8),
    "description": ("Description", 60), "address": ("Address", 40),
}


def _word(text: str, lang: str) -> str:
    return core_text(text, lang, CONTEXT)
_SETTINGS_COLUMNS = ("name", "value", "unit", "description", "address")
_RULES_COLUMNS = ("rule", "rule_id", "action", "name", "value", "unit", "description", "address")
_TABLE_ADDRESS = re.compile(r"^table:([^/]+)/row_(\d+)/(.+)$")


@dataclass
class CellProblem:
    """A wrong cell: where it is and what is wrong."""
    sheet: str
    row: int
    column: str            # the column's letter
    address: str
    message: Message

    def render(self, lang: str) -> str:
        return Message("workbook_cell", sheet=self.sheet, row=self.row, column=self.column,
                       address=self.address, problem=self.message).render(lang)


class WorkbookError(UserError):
    """The workbook cannot be read into the ruleset: ``problems`` lists every wrong cell
    (empty when the file itself is not a workbook of this ruleset: see ``msg``)."""

    def __init__(self, message: Message, problems: list[CellProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


# -- export -------------------------------------------------------------------------------------

def export_workbook(text: str, registry: Registry, lang: str = "en", title: str = "") -> bytes:
    """The .xlsx bytes of the ruleset ``text``'s parameters, headers in ``lang`` (en, zh)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    data, positions, domain = read_document(text, registry)
    parameters = parameters_of(data, positions, domain, registry)
    zh = lang == "zh"
    book = Workbook()
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")

    def sheet(name: str, columns: tuple, rows: list[dict], first: bool = False):
        ws = book.active if first else book.create_sheet()
        ws.title = name
        ws.append([_word(HEADERS[c][0], lang) for c in columns])
        for cell in ws[1]:
            cell.font, cell.fill = bold, shade
        for row in rows:
            ws.append([_cell_value(row[c]) if c == "value" else row.get(c, "") for c in columns])
            value_cell = ws.cell(ws.max_row, columns.index("value") + 1)
            if isinstance(row["value"], str):
                value_cell.number_format = "@"       # Excel keeps 09:30 or 001 as text
        for i, c in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = HEADERS[c][1]
        ws.column_dimensions[get_column_letter(columns.index("address") + 1)].hidden = True
        ws.freeze_panes = "A2"
        return ws

    def row_of(p: Parameter) -> dict:
        return {"rule": p.rule_title or p.rule_id or "", "rule_id": p.rule_id or "",
                "action": (p.action_title_zh if zh else p.action_title_en) or "",
                "name": p.name(lang), "value": p.value, "unit": p.unit_in(lang),
                "description": p.description_zh if zh else p.description_en,
                "address": p.address}

    sheet(_word(SETTINGS_SHEET, lang), _SETTINGS_COLUMNS,
          [row_of(p) for p in parameters if p.section in ("constant", "setting")], first=True)
    sheet(_word(RULES_SHEET, lang), _RULES_COLUMNS, [row_of(p) for p in parameters if p.section == "rule"])
    for table, cells in _tables(parameters).items():
        _table_sheet(book, table, cells, lang, bold, shade)
    about = book.create_sheet(ABOUT_SHEET)
    about.append(["domain", domain.name])
    about.append(["group", str(data.get("group", ""))])
    about.append(["title", title or str(data.get("title", ""))])
    about.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _tables(parameters) -> dict[str, dict]:
    """{table id: {(row, column): Parameter}} of the decision tables' cells."""
    out: dict[str, dict] = {}
    for p in parameters:
        found = _TABLE_ADDRESS.match(p.address)
        if found:
            out.setdefault(found.group(1), {})[(int(found.group(2)), found.group(3))] = p
    return out


def _table_sheet(book, table: str, cells: dict, lang: str, bold, shade) -> None:
    """One sheet per decision table: a row per table row, a column per table column; row 2
    (hidden) holds the column keys and column A (hidden) each row's address prefix."""
    from openpyxl.utils import get_column_letter
    ws = book.create_sheet()
    ws.title = _sheet_title(table)
    columns = list(dict.fromkeys(column for _, column in cells))   # the table's own order
    first = {column: next(p for (r, c), p in sorted(cells.items()) if c == column) for column in columns}
    names = [f"{first[c].name(lang)}" + (f" ({first[c].unit_in(lang)})" if first[c].unit_in(lang) else "")
             for c in columns]
    ws.append(["" if lang != "zh" else _word(HEADERS["address"][0], lang), *names])
    ws.append(["address", *columns])
    for cell in ws[1]:
        cell.font, cell.fill = bold, shade
    for row in sorted({r for r, _ in cells}):
        values = []
        for column in columns:
            p = cells.get((row, column))
            values.append(_cell_value(p.value) if p is not None else None)
        ws.append([f"table:{table}/row_{row}", *values])
    ws.row_dimensions[2].hidden = True
    ws.column_dimensions["A"].hidden = True
    for i in range(2, len(columns) + 2):
        ws.column_dimensions[get_column_letter(i)].width = 18
    ws.freeze_panes = "B3"


def _sheet_title(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31]


def _cell_value(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.isoformat()        # Excel has no time zones: keep the offset as text
    return value


# -- import -------------------------------------------------------------------------------------

def read_workbook(data: bytes, text: str, registry: Registry) -> list[tuple[str, object]]:
    """The (address, value) changes an edited workbook makes to the ruleset ``text``: only
    cells whose value differs. Every cell is checked first, with the action models too.

    :raises WorkbookError: the file is not a workbook of this ruleset, or cells are wrong
        (all of them listed, by sheet, row, column and address).
    """
    document, positions, domain = read_document(text, registry)
    parameters = by_address(parameters_of(document, positions, domain, registry))
    book = _open(data)
    if ABOUT_SHEET in book.sheetnames:
        about = {row[0]: row[1] for row in book[ABOUT_SHEET].iter_rows(values_only=True) if row and row[0]}
        if about.get("domain") not in (None, domain.name):
            raise WorkbookError(Message("workbook_other_ruleset", found=about.get("domain"),
                                        expected=domain.name))
    problems: list[CellProblem] = []
    changes: list[tuple[str, object]] = []
    where: dict[str, CellProblem] = {}
    for ws in book.worksheets:
        if ws.title == ABOUT_SHEET:
            continue
        for address, cell, value in _cells(ws):
            spot = CellProblem(ws.title, cell.row, cell.column_letter, address, Message("required"))
            parameter = parameters.get(address)
            if parameter is None and _blank(value):
                continue
            if parameter is None:
                spot.message = Message("unknown_parameter", address=address)
                problems.append(spot)
                continue
            if _blank(value) and (parameter.value is None or parameter.kind == "text" and parameter.value == ""):
                continue
            try:
                new = coerce(parameter, value)
            except UserError as exc:
                spot.message = exc.msg
                problems.append(spot)
                continue
            where[address] = spot
            if not same_value(parameter.value, new):
                changes.append((address, new))
    if changes:
        try:
            patch(text, changes, registry)
        except ParameterChangeError as exc:
            for problem in exc.problems:
                spot = where[problem.address]
                spot.message = problem.message
                problems.append(spot)
    if problems:
        order = {name: i for i, name in enumerate(book.sheetnames)}
        problems.sort(key=lambda p: (order.get(p.sheet, 0), p.row, len(p.column), p.column))
        raise WorkbookError(Message("workbook_cells_invalid", count=len(problems)), problems)
    return changes


def _open(data: bytes):
    from openpyxl import load_workbook
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise WorkbookError(Message("workbook_unreadable", detail=type(exc).__name__)) from None


def _cells(ws):
    """(address, cell, value) of each value cell of a sheet this module wrote: a sheet with
    an Address column (one value per row), or a table sheet (row 2 holds column keys)."""
    rows = list(ws.iter_rows())
    if not rows:
        return
    headers = [c.value for c in rows[0]]
    address_column = next((i for i, h in enumerate(headers) if h in (
        HEADERS["address"][0], _word(HEADERS["address"][0], "zh"))), None)
    value_column = next((i for i, h in enumerate(headers) if h in (
        HEADERS["value"][0], _word(HEADERS["value"][0], "zh"))), None)
    if address_column is not None and value_column is not None:
        for row in rows[1:]:
            address = row[address_column].value if address_column < len(row) else None
            if isinstance(address, str) and address.strip():
                cell = row[value_column]
                yield address.strip(), cell, cell.value
        return
    if len(rows) > 1 and rows[1] and rows[1][0].value == "address":
        keys = [c.value for c in rows[1]]
        for row in rows[2:]:
            prefix = row[0].value
            if not isinstance(prefix, str) or not prefix.strip():
                continue
            for i, cell in enumerate(row[1:], start=1):
                if i < len(keys) and isinstance(keys[i], str):
                    yield f"{prefix.strip()}/{keys[i]}", cell, cell.value


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
