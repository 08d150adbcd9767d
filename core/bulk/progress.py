"""The progress bar of a bulk run: on a terminal only (rich, on standard error); a run whose
standard error is piped or redirected stays quiet until its summary."""
from __future__ import annotations

import sys


class TerminalProgress:
    """``start(total)``, ``advance(rows)``, then ``close()``; total may be None (unknown)."""

    def __init__(self, label: str):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TimeElapsedColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True),
                                  transient=False)
        self._label, self._task = label, None
        self.started = False

    def start(self, total: int | None) -> None:
        self.started = True
        self._progress.start()
        self._task = self._progress.add_task(self._label, total=total)

    def advance(self, rows: int) -> None:
        self._progress.advance(self._task, rows)

    def close(self) -> None:
        if self._task is not None:
            task = self._progress.tasks[0]
            self._progress.update(self._task, total=task.completed)
        if self.started:
            self._progress.stop()


def progress_for_terminal(label: str, stream=None):
    """A TerminalProgress if ``stream`` (default: standard error) is a terminal, else None."""
    stream = stream or sys.stderr
    return TerminalProgress(label) if stream.isatty() else None
