"""The customers an impact report replays from a file: JSONL, CSV or .xlsx, read with the
bulk evaluation's readers and column names (core/bulk/rows_in.py, core/bulk/columns.py), so
a file that ``dealer-rules evaluate --input`` reads is a file the impact report reads."""
from __future__ import annotations

import datetime as dt
import itertools

import orjson

from .bulk.columns import CellError, facts_from_cells, parse_header
from .bulk.rows_in import InputFile, csv_field_limit
from .messages import Message, UserError


def read_customers(path, at, limit: int) -> list:
    """The first ``limit`` customers of the file, as a list (see ``customers_of``)."""
    return list(itertools.islice(customers_of(InputFile(path), at), limit))


def customers_of(source: InputFile, at):
    """(facts, at) of each row of an open JSONL, CSV or .xlsx file (closed at the end);
    a JSONL line may be ``{"facts": ..., "at": ...}`` or the facts themselves.

    :raises UserError: a row that cannot be read (with its number)."""
    csv_field_limit()
    try:
        paths = parse_header(source.header) if source.header is not None else None
        for number, raw in enumerate(source.rows(), 1):
            if paths is None:
                try:
                    facts = orjson.loads(raw)
                except orjson.JSONDecodeError as exc:
                    raise UserError(Message("impact_bad_row", row=number,
                                            detail=str(exc))) from None
                if not isinstance(facts, dict):
                    raise UserError(Message("impact_bad_row", row=number,
                                            detail=type(facts).__name__))
                when = at
                if set(facts) <= {"facts", "at"} and isinstance(facts.get("facts"), dict):
                    when = _instant(facts.get("at"), number) or at
                    facts = facts["facts"]
            else:
                try:
                    facts = facts_from_cells(source.header, paths, raw)
                except CellError as exc:
                    raise UserError(Message("impact_bad_row", row=number + 1,
                                            detail=exc.render("en"))) from None
                when = at
            yield facts, when
    finally:
        source.close()


def _instant(value, number):
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise UserError(Message("impact_bad_row", row=number, detail=f"at: {value}")) from None
