"""Reading the input file row by row, never whole: JSONL, CSV or .xlsx (by its extension).

Each format gives raw rows that a worker turns into facts (so the parsing is spread over
the worker processes too): a JSONL line as text, a CSV or spreadsheet row as its cells
under the header of the first row. Blank lines and empty spreadsheet rows are skipped;
rows are numbered from 1 in the order read (the header is not a row).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from ..messages import Message, UserError

KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".xlsx": "xlsx"}


class FormatError(UserError):
    """An input or output file the bulk mode cannot handle."""


def kind_of(path) -> str:
    kind = KINDS.get(Path(str(path)).suffix.lower())
    if kind is None:
        raise FormatError(Message("bulk_format", path=str(path)))
    return kind


class InputFile:
    """An open input file: ``kind``, ``header`` (None for JSONL) and ``rows()``."""

    def __init__(self, path):
        self.path = Path(path)
        self.kind = kind_of(path)
        self.header = None
        self._file = self._book = None
        if self.kind == "jsonl":
            self._file = open(self.path, encoding="utf-8-sig")
        elif self.kind == "csv":
            self._file = open(self.path, encoding="utf-8-sig", newline="")
            self._reader = csv.reader(self._file)
            self.header = next(self._reader, None)
        else:
            import openpyxl
            self._book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
            self._cells = self._book.active.iter_rows(values_only=True)
            first = next(self._cells, None)
            self.header = None if first is None else [
                "" if c is None else str(c) for c in first]
        if self.kind != "jsonl" and not any(self.header or ()):
            self.close()
            raise FormatError(Message("bulk_no_header", path=str(self.path)))

    def rows(self):
        """The raw rows, in file order."""
        if self.kind == "jsonl":
            return (line for line in self._file if line.strip())
        if self.kind == "csv":
            return (cells for cells in self._reader if any(cells))
        return (cells for cells in self._cells
                if any(c is not None and c != "" for c in cells))

    def estimate(self) -> int | None:
        """About how many rows there are (for a progress bar): lines counted in binary for
        text files, the sheet's dimension for a workbook."""
        if self.kind == "xlsx":
            rows = self._book.active.max_row
            return None if rows is None else max(rows - 1, 0)
        count = 0
        with open(self.path, "rb") as raw:
            while block := raw.read(1 << 20):
                count += block.count(b"\n")
        return max(count - (self.kind == "csv"), 0)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        if self._book is not None:
            self._book.close()


def csv_field_limit() -> None:
    """Let a CSV cell hold a long JSON list (the csv module's default limit is 128 KB)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
