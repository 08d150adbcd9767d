"""Writing the output file as rows arrive, in input order: JSONL, CSV or .xlsx.

JSONL gets one object per row: ``{"row": 1, "ok": true, "result": {...}, "fired": [ids],
"ruleset": {...}, "at": ..., "next_change_at": ...}`` (answer_lines.py) or
``{"row": 7, "ok": false, "error": "...", "problems": [...]}``. CSV and .xlsx get the
columns of columns.output_header; a workbook is written in openpyxl's write-only mode, so
its rows go to disk as they come instead of being held until the end.

The rows go to ``NAME.partial`` beside the output, which takes the output's name only when
the run is complete: a run that fails or is stopped leaves an existing output as it was.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

from .rows_in import kind_of

WRITE_BUFFER = 1 << 20      # JSONL lines are gathered into 1 MB writes


class OutputFile:
    """An open output file: ``write(block)`` takes what a worker made of one chunk."""

    def __init__(self, path, header: list[str] | None):
        self.path = Path(path)
        self.kind = kind_of(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self._book = None
        if self.kind == "xlsx":
            import openpyxl
            self._book = openpyxl.Workbook(write_only=True)
            self._sheet = self._book.create_sheet("decisions")
            self._sheet.append(header)
        elif self.kind == "jsonl":
            self._file = open(self.partial, "wb", buffering=WRITE_BUFFER)
        else:
            self._file = open(self.partial, "w", encoding="utf-8", newline="")
            if self.kind == "csv":
                self._writer = csv.writer(self._file)
                self._writer.writerow(header)

    def write(self, block) -> None:
        """JSONL: finished lines (UTF-8), as a list of lines or one buffer; CSV and .xlsx:
        a list of rows of cells."""
        if self.kind == "jsonl":
            if isinstance(block, list):
                self._file.writelines(block)      # into the buffer: no joined copy first
            else:
                self._file.write(block)
        elif self.kind == "csv":
            self._writer.writerows(block)
        else:
            for cells in block:
                self._sheet.append(cells)

    def close(self) -> None:
        """Finish the file and give it the output's name."""
        self._finish()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Drop what was written; an existing output stays as it was."""
        try:
            self._finish()
        finally:
            self.partial.unlink(missing_ok=True)

    def _finish(self) -> None:
        if self._book is not None:
            self._book.save(self.partial)
            self._book.close()
        else:
            self._file.close()
