"""Edit a decision table in a ruleset's YAML text and keep everything else as written.

The admin's grid (and the parameters API) changes one cell, or adds, removes or moves a
row; the YAML stays the single source of truth, so each edit changes only the lines of
that row and leaves every comment, key order, quoting and flow list elsewhere byte for
byte. ruamel.yaml (round trip) finds where a row and a cell stand and writes the new
values; the text is spliced there rather than dumped whole, because a whole dump
re-flows long flow lists the author wrapped. Cells are addressed as
``table:<table_id>/row_<n>/<column>`` (n from 1), the scheme the parameters API shares.
"""
from __future__ import annotations

import io
import json
import re

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .decision_tables import ROW_FIELDS, column_hint
from .messages import Message, UserError

ADDRESS = re.compile(r"^table:([a-z][a-z0-9_]*)/row_([1-9][0-9]*)/([a-z][a-z0-9_]*)$")


class TableEditError(UserError):
    """The edit cannot be made (no such table, row or column, or a layout these edits do
    not handle); nothing was changed."""


def parse_address(address: str) -> tuple[str, int, str]:
    """``table:tier_ladder/row_3/percent`` -> ("tier_ladder", 3, "percent")."""
    match = ADDRESS.match(address or "")
    if not match:
        raise TableEditError(Message("bad_cell_address", address=address))
    return match.group(1), int(match.group(2)), match.group(3)


def cell_address(table_id: str, row: int, column: str) -> str:
    return f"table:{table_id}/row_{row}/{column}"


def set_cell(text: str, address: str, value) -> str:
    """Set one cell (``None``: clear it, meaning "any" for an input column)."""
    table_id, n, column = parse_address(address)
    table, rows = _rows(_load(text), table_id)
    _known_column(table, column)
    row = _row(rows, table_id, n)
    lines = text.splitlines(keepends=True)
    if not isinstance(row, CommentedMap) or row.fa.flow_style():
        row = CommentedMap(row)
        if value is None:
            row.pop(column, None)
        else:
            row[column] = value
        return _replace_row(lines, rows, n - 1, _flow(row))
    if column in row:
        line, col = row.lc.value(column)
        end = _value_end(lines, row, column)
        if value is None:
            key_line = row.lc.key(column)[0]
            del lines[key_line:max(end[0], key_line) + 1]
            return "".join(lines)
        first = lines[line]
        new = _scalar(value, quote=first[col:col + 1])
        if end[0] == line:
            rest = first[end[1]:]
            lines[line] = first[:col] + new + rest
        else:
            tail = lines[end[0]][end[1]:] if end[0] < len(lines) else "\n"
            lines[line:end[0] + 1] = [first[:col] + new + (tail if tail.strip() else "\n")]
        return "".join(lines)
    if value is None:
        return text
    keys = list(row)
    last = keys[-1]
    after = _value_end(lines, row, last)[0] + 1
    indent = row.lc.key(keys[0])[1]
    lines.insert(after, " " * indent + f"{column}: {_scalar(value)}\n")
    return "".join(lines)


def add_row(text: str, table_id: str, cells: dict, at: int | None = None) -> str:
    """Add a row with ``cells`` (column -> value) before row ``at`` (1-based; default: at
    the end)."""
    table, rows = _rows(_load(text), table_id)
    for column in cells:
        _known_column(table, column)
    lines = text.splitlines(keepends=True)
    if not rows:
        raise TableEditError(Message("no_such_row", table=table_id, row=1, count=0))
    dash = rows.lc.item(0)[1] - 2
    block = _block(dict(cells), dash)
    if at is None or at > len(rows):
        end = _row_span(lines, rows, len(rows) - 1)[1]
        lines[end:end] = block
    else:
        _row(rows, table_id, at)
        start = _row_span(lines, rows, at - 1)[0]
        lines[start:start] = block
    return "".join(lines)


def remove_row(text: str, table_id: str, n: int) -> str:
    """Remove row ``n`` (1-based) and its lines."""
    _, rows = _rows(_load(text), table_id)
    _row(rows, table_id, n)
    lines = text.splitlines(keepends=True)
    start, end = _row_span(lines, rows, n - 1)
    del lines[start:end]
    return "".join(lines)


def move_row(text: str, table_id: str, n: int, to: int) -> str:
    """Move row ``n`` so that it becomes row ``to`` (both 1-based), lines and comments
    with it."""
    _, rows = _rows(_load(text), table_id)
    _row(rows, table_id, n)
    _row(rows, table_id, to)
    if n == to:
        return text
    lines = text.splitlines(keepends=True)
    spans = [_row_span(lines, rows, i) for i in range(len(rows))]
    chunks = [lines[s:e] for s, e in spans]
    chunk = chunks.pop(n - 1)
    chunks.insert(to - 1, chunk)
    first, last = spans[0][0], spans[-1][1]
    lines[first:last] = [line for c in chunks for line in _ending(c)]
    return "".join(lines)


# -- where things stand ----------------------------------------------------------------------

def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def _load(text: str):
    data = _yaml().load(text)
    if not isinstance(data, CommentedMap):
        raise TableEditError(Message("not_a_ruleset"))
    return data


def _rows(data, table_id: str):
    for table in data.get("tables") or []:
        if isinstance(table, CommentedMap) and table.get("id") == table_id:
            rows = table.get("rows")
            if rows is None:
                rows = CommentedSeq()
            if not isinstance(rows, CommentedSeq):
                raise TableEditError(Message("no_such_table", id=table_id))
            return table, rows
    raise TableEditError(Message("no_such_table", id=table_id))


def _known_column(table, column: str) -> None:
    names = [c.get("name") for c in [*(table.get("inputs") or []), *(table.get("outputs") or [])]
             if isinstance(c, dict)]
    if column not in names and column not in ROW_FIELDS:
        raise TableEditError(Message("table_unknown_column", name=column,
                                     hint=column_hint(column, names)))


def _row(rows, table_id: str, n: int):
    if not 1 <= n <= len(rows):
        raise TableEditError(Message("no_such_row", table=table_id, row=n, count=len(rows)))
    return rows[n - 1]


def _row_span(lines: list, rows, i: int) -> tuple[int, int]:
    """Lines [start, end) of row ``i``: from its ``-`` to the line before the next line as
    little indented as the ``-`` (comments indented under the row go with it; trailing
    blank lines stay where they are)."""
    start, col = rows.lc.item(i)
    dash = col - 2
    if i + 1 < len(rows):
        end = rows.lc.item(i + 1)[0]
    else:
        end = start + 1
        while end < len(lines):
            stripped = lines[end].strip()
            if stripped and len(lines[end]) - len(lines[end].lstrip()) <= dash:
                break
            end += 1
    while end - 1 > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _value_end(lines: list, row, key) -> tuple[int, int]:
    """(line, column) just after the value of ``key`` in the block mapping ``row``."""
    keys = list(row)
    line, col = row.lc.value(key)
    after = keys.index(key) + 1
    if after < len(keys):
        next_line = row.lc.key(keys[after])[0]
    else:
        next_line = line + 1
        indent = row.lc.key(keys[0])[1]
        while next_line < len(lines) and (not lines[next_line].strip() or
                                          len(lines[next_line]) - len(lines[next_line].lstrip())
                                          > indent):
            next_line += 1
    while next_line - 1 > line and not lines[next_line - 1].strip():
        next_line -= 1
    if next_line - 1 == line:
        text = lines[line]
        return line, col + _scalar_length(text[col:])
    return next_line - 1, len(lines[next_line - 1].rstrip("\n"))


def _scalar_length(rest: str) -> int:
    """How much of ``rest`` (a line from a value on) is the value, not a ``# comment``."""
    body = rest.rstrip("\n")
    if body[:1] in ("'", '"'):
        quote, i = body[0], 1
        while i < len(body):
            if body[i] == "\\" and quote == '"':
                i += 2
                continue
            if body[i] == quote:
                if quote == "'" and body[i + 1:i + 2] == "'":
                    i += 2
                    continue
                return i + 1
            i += 1
        return len(body)
    match = re.search(r"\s+#", body)
    end = match.start() if match else len(body)
    return len(body[:end].rstrip())


def _scalar(value, quote: str = "") -> str:
    """``value`` as it would be written after ``key: `` (flow style, one line); a text
    keeps the double quotes the old value had."""
    if quote == '"' and isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    out = io.StringIO()
    yaml = _yaml()
    yaml.default_flow_style = True
    yaml.dump({"k": value}, out)
    text = out.getvalue().strip()
    text = text[1:-1].strip() if text.startswith("{") else text
    return text.split(":", 1)[1].strip()


def _flow(row) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in row.items()) + "}"


def _replace_row(lines, rows, i, flow: str) -> str:
    start, end = _row_span(lines, rows, i)
    dash = rows.lc.item(i)[1] - 2
    lines[start:end] = [" " * dash + "- " + flow + "\n"]
    return "".join(lines)


def _block(cells: dict, dash: int) -> list[str]:
    if not cells:
        return [" " * dash + "- {}\n"]
    out = []
    for k, (key, value) in enumerate(cells.items()):
        lead = " " * dash + ("- " if k == 0 else "  ")
        out.append(f"{lead}{key}: {_scalar(value)}\n")
    return out


def _ending(chunk: list) -> list:
    if chunk and not chunk[-1].endswith("\n"):
        chunk = chunk[:-1] + [chunk[-1] + "\n"]
    return chunk
