"""The bulk mode of ``dealer-rules evaluate`` (``--input`` / ``--output``), kept out of
core/cli.py: the ruleset is compiled once here so a problem with it is reported before any
row is read; then the run, the progress bar and the summary on standard error."""
from __future__ import annotations

import click

from .progress import progress_for_terminal
from .run import BulkRun, write_summary


def run_bulk(obj, source, opened, at, input_path, output_path, jobs: int,
             explain: bool = False) -> None:
    """Evaluate every row of ``input_path`` into ``output_path`` (exit 0 even when rows
    had errors: they are in the output and counted in the summary)."""
    bulk = BulkRun(source, input_path, output_path, at=at, jobs=jobs, lang=obj.lang,
                   explain=explain)
    progress = progress_for_terminal(f"{source.group}/{source.domain}")
    try:
        summary = bulk.run(opened, obj.pm, progress)
    finally:
        if progress is not None:
            progress.close()
    write_summary(summary, obj.lang, echo=lambda text: click.echo(text, err=True))
