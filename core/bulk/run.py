"""A bulk run: read rows, evaluate them in bounded chunks, write the answers in input order.

Memory stays flat whatever the file's size: the input is read as it goes, at most
``jobs x IN_FLIGHT_PER_JOB`` chunks are being evaluated at a time, and each finished chunk
is written before the next is read past that limit. With one job the rows are evaluated in
this process (no copying between processes); with more, by that many worker processes
forked once the ruleset is compiled, the chunks handed out in order and their answers
written back in the same order.

A JSONL input (where the speed matters) goes by byte ranges: this process only finds where
chunks of about 128 KB of whole lines end and counts their rows (jsonl_chunks.py); each
worker reads its chunk from the file itself and sends back finished lines as raw bytes
(pool.py), which this process writes. CSV and spreadsheet input take the simpler path:
this process reads the rows and sends chunks of CHUNK_ROWS rows of cells to
concurrent.futures' process pool.
"""
from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from . import jsonl_chunks, worker
from .columns import output_header
from .pool import WorkerPool
from .rows_in import InputFile, csv_field_limit, kind_of
from .rows_out import OutputFile

CHUNK_ROWS = 256
IN_FLIGHT_PER_JOB = 4


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:       # not on Linux
        return os.cpu_count() or 1


@dataclass
class Summary:
    rows: int = 0
    ok: int = 0
    errors: int = 0
    seconds: float = 0.0
    jobs: int = 1
    hits: Counter = field(default_factory=Counter)


class BulkRun:
    """One file evaluated against one ruleset.

    :param source: a RulesetSource (the same rulesets one evaluation would use).
    :param at: the evaluation time for every row (aware; naive means the group's zone).
    :param progress: a callable(rows_done) called after each chunk, and ``total`` hint.
    """

    def __init__(self, source, input_path, output_path, at: dt.datetime, jobs: int,
                 lang: str = "en", explain: bool = False):
        self.source, self.input_path, self.output_path = source, input_path, output_path
        self.at, self.jobs, self.lang, self.explain = at, max(1, jobs), lang, explain
        kind_of(output_path)                 # an unknown output type fails before any work

    def run(self, opened, pm, progress=None) -> Summary:
        """Evaluate every row. ``opened``: the ruleset compiled by the caller (it reported
        any problem with it already); ``progress``: an object with ``start(total)`` and
        ``advance(rows)``, or None."""
        started = time.perf_counter()
        csv_field_limit()
        source = InputFile(self.input_path)
        try:
            fields = tuple(opened.ruleset.domain.result.model_fields)
            out_kind = kind_of(self.output_path)
            job = worker.Job(source=self.source, at=self.at, lang=self.lang,
                             explain=self.explain, input_kind=source.kind,
                             header=tuple(source.header) if source.header else None,
                             output_kind=out_kind, result_fields=fields,
                             input_path=os.path.abspath(self.input_path))
            total = source.estimate() if progress is not None else None
            output = OutputFile(self.output_path, output_header(opened.ruleset.domain.result)
                                if out_kind != "jsonl" else None)
            try:
                summary = self._evaluate(job, source, output, opened, pm, progress, total)
            except BaseException:
                output.abort()
                raise
            output.close()
        finally:
            source.close()
        summary.seconds = time.perf_counter() - started
        return summary

    def _evaluate(self, job, source, output, opened, pm, progress, total) -> Summary:
        summary = Summary(jobs=self.jobs)

        def take(result):
            if progress is not None and not progress.started:
                progress.start(total)   # after the workers were forked: the bar has a thread
            block, ok, errors, hits = result
            output.write(block)
            summary.ok += ok
            summary.errors += errors
            summary.hits.update(hits)
            if progress is not None:
                progress.advance(ok + errors)

        context = initargs = None
        if self.jobs == 1:
            worker.start(job, opened, pm)
        else:
            context, initargs = _context(), (job,)
            if context.get_start_method() == "fork":     # the workers inherit the ruleset
                worker.start(job, opened, pm)
                initargs = (None,)
        try:
            if source.kind == "jsonl":
                self._jsonl(take, context, initargs)
            else:
                self._rows(source.rows(), take, context, initargs)
        finally:
            worker.stop()
        summary.rows = summary.ok + summary.errors
        return summary

    def _jsonl(self, take, context, initargs) -> None:
        """A JSONL input: chunks of whole lines; workers read theirs from the file."""
        if self.jobs == 1:
            for chunk in jsonl_chunks.chunks(self.input_path):
                take(worker.evaluate_lines(chunk.first, chunk.data))
            return
        with WorkerPool(self.jobs, context, worker.evaluate_range, worker.start, initargs,
                        window=self.jobs * IN_FLIGHT_PER_JOB,
                        raw=kind_of(self.output_path) == "jsonl") as pool:
            for result in pool.ordered((chunk.first, chunk.offset, chunk.length) for chunk
                                       in jsonl_chunks.chunks(self.input_path, self.jobs)):
                take(result)

    def _rows(self, rows, take, context, initargs) -> None:
        """A CSV or spreadsheet input: chunks of CHUNK_ROWS rows of cells, sent to the
        workers (the simpler path: JSONL is where the speed matters)."""
        chunks = _chunks(rows)
        if self.jobs == 1:
            for first, chunk in chunks:
                take(worker.evaluate_chunk(first, chunk))
            return
        with ProcessPoolExecutor(self.jobs, mp_context=context, initializer=worker.start,
                                 initargs=initargs) as pool:
            pending: deque = deque()
            for first, chunk in chunks:
                pending.append(pool.submit(worker.evaluate_chunk, first, chunk))
                if len(pending) >= self.jobs * IN_FLIGHT_PER_JOB:
                    take(pending.popleft().result())
            while pending:
                take(pending.popleft().result())


def _chunks(rows):
    """(first row number, list of raw rows) of at most CHUNK_ROWS rows, in order."""
    first = 1
    while chunk := list(itertools.islice(rows, CHUNK_ROWS)):
        yield first, chunk
        first += len(chunk)


def _context():
    """fork when this process has no other thread (the workers start at once and share the
    compiled ruleset and loaded modules, copy on write); otherwise forkserver (a clean
    process, modules loaded once), or spawn where neither exists."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["dealer_rules.core.bulk.worker"])
        return context
    return multiprocessing.get_context("spawn")


def write_summary(summary: Summary, lang: str, echo=None) -> None:
    """The end-of-run summary on standard error: rows, ok, errors, time, rules applied."""
    from ..messages import Message
    echo = echo or (lambda text: print(text, file=sys.stderr))
    rate = summary.rows / summary.seconds if summary.seconds else 0
    echo(Message("bulk_summary", rows=summary.rows, ok=summary.ok, errors=summary.errors,
                 seconds=f"{summary.seconds:.2f}", rate=f"{rate:,.0f}",
                 jobs=summary.jobs).render(lang))
    if not summary.hits:
        echo(Message("bulk_no_hits").render(lang))
        return
    echo(Message("bulk_hits").render(lang))
    width = max(len(rule) for rule in summary.hits)
    for rule, count in sorted(summary.hits.items(), key=lambda item: (-item[1], item[0])):
        echo(f"  {rule:<{width}}  {count}")
