"""Evaluating one chunk of rows: raw rows in, finished output and counts out.

``start(job)`` prepares this process once (plugins, the compiled ruleset); then
``evaluate_lines`` (JSONL: the bytes of whole lines), ``evaluate_range`` (JSONL: the same
read from the input file by offset, in a worker process) or ``evaluate_chunk`` (CSV and
spreadsheet rows as cells) turn raw rows into facts, evaluate them and format each answer
for the output, so the parent process only moves bytes and cells. The same functions run
in the parent for ``--jobs 1`` and in each worker process otherwise. A row that fails (bad
JSON, facts that do not fit the domain, an action or a plugin that raises) becomes an error
row naming the row and saying why, in the chosen language; the chunk goes on.
"""
from __future__ import annotations

import gc
import json
import os
from collections import Counter
from dataclasses import dataclass

import orjson

from ..messages import Message, UserError
from .answer_lines import AnswerLines
from .columns import decision_cells, error_cells, facts_from_cells, parse_header
from .jsonl_chunks import as_text, rows_of

_state: dict = {}
#: JSONL answers: this many rows are evaluated, then their lines made, then the next ones.
#: Evaluating and serialising each run through a lot of code; in turns of a few rows each
#: keeps its own code in the CPU's caches while the few decisions waiting stay there too
#: (measured: 4-16 rows about 5% faster per row than row by row; 64 slower again).
BATCH = 8


@dataclass(frozen=True)
class Job:
    """Everything a process needs to evaluate rows of one run (picklable)."""
    source: object              # RulesetSource
    at: object                  # the evaluation time of the whole file (aware datetime)
    lang: str
    explain: bool               # also list the rules that did not apply, and why
    input_kind: str             # jsonl, csv, xlsx
    header: tuple | None        # the input's column names (csv, xlsx)
    output_kind: str
    result_fields: tuple        # the result's top-level fields (tabular output)
    input_path: str | None = None   # read by offset (evaluate_range)


def start(job: Job, opened=None, pm=None) -> None:
    """Get this process ready to evaluate rows of ``job`` (``opened`` and ``pm``: a ruleset
    the caller already compiled and its plugin manager, instead of building them again).
    ``job`` None: this process was forked from one that started already.

    The long-lived objects (compiled ruleset, models, modules) are then frozen out of the
    garbage collector's reach, as ``dealer-rules serve`` does in its workers: otherwise its
    full collections scan them again and again while the rows go by."""
    if job is None:
        gc.freeze()
        return
    from ..evaluate import Evaluator
    from ..plugins import get_plugin_manager
    from ..registry import Registry
    if opened is None:
        pm = get_plugin_manager()
        opened = job.source.open(Registry.from_plugin_manager(pm))
        _state["close"] = opened.close
    _state.update(job=job, ruleset=opened.ruleset, evaluator=Evaluator(pm),
                  paths=parse_header(job.header) if job.header else None,
                  lines=AnswerLines(), at=in_zone(job.at, opened.ruleset.tz))
    gc.freeze()


def in_zone(at, tz):
    """The run's evaluation time in the ruleset's zone, as ``Evaluator.evaluate`` puts it
    (naive: that zone's wall time), once for the run instead of once per row."""
    return at.replace(tzinfo=tz) if at.tzinfo is None else \
        at if at.tzinfo is tz else at.astimezone(tz)


def stop() -> None:
    gc.unfreeze()
    close = _state.pop("close", None)
    if close is not None:
        close()
    fd = _state.pop("input_fd", None)
    if fd is not None:
        os.close(fd)
    _state.clear()


def evaluate_range(first: int, offset: int, length: int):
    """``evaluate_lines`` of the ``length`` bytes at ``offset`` of the input file (a worker
    process reads its chunk itself: the parent sends only where it is)."""
    fd = _state.get("input_fd")
    if fd is None:
        fd = _state["input_fd"] = os.open(_state["job"].input_path, os.O_RDONLY)
    return evaluate_lines(first, os.pread(fd, length, offset))


def evaluate_lines(first: int, data: bytes):
    """Evaluate the JSONL rows in ``data`` (whole lines; jsonl_chunks.rows_of), numbered
    from ``first``; returns what evaluate_chunk returns."""
    return _evaluate(first, rows_of(data), _facts_of_line)


def evaluate_chunk(first: int, rows: list):
    """Evaluate ``rows`` (cells under the job's header) numbered from ``first``; returns
    (block, ok, errors, hits): the output of the chunk (JSONL: a list of lines as UTF-8
    bytes; CSV and .xlsx: a list of rows of cells), the counts and the rules applied."""
    header, paths = _state["job"].header, _state["paths"]
    return _evaluate(first, rows, lambda cells: facts_from_cells(header, paths, cells))


def _evaluate(first: int, rows: list, facts_of):
    job: Job = _state["job"]
    if job.output_kind == "jsonl":
        return _as_lines(first, rows, facts_of)
    ruleset, evaluate = _state["ruleset"], _state["evaluator"].evaluate
    at, explain, lang = _state["at"], job.explain, job.lang
    fields = list(job.result_fields)
    out: list = []
    hits: Counter = Counter()
    errors = 0
    for number, raw in enumerate(rows, first):
        try:
            decision = evaluate(ruleset, facts_of(raw), at=at, explain=explain)
            out.append(decision_cells(number, decision.model_dump(mode="json"), fields))
        except Exception as exc:           # noqa: BLE001 - a bad row never stops the run
            errors += 1
            out.append(_error_row(number, exc, lang, False, fields))
            continue
        for rule in decision.fired:
            hits[rule.id] += 1
    return out, len(rows) - errors, errors, hits


def _as_lines(first: int, rows: list, facts_of):
    """The JSONL output of ``rows``: BATCH rows evaluated, then their lines made."""
    job: Job = _state["job"]
    ruleset, evaluate = _state["ruleset"], _state["evaluator"].evaluate
    at, explain = _state["at"], job.explain
    lines = _state["lines"]
    line = lines.line
    out: list = []
    errors = 0
    for start in range(0, len(rows), BATCH):
        decided = []
        for number, raw in enumerate(rows[start:start + BATCH], first + start):
            try:
                decided.append((number, evaluate(ruleset, facts_of(raw), at=at,
                                                 explain=explain)))
            except Exception as exc:       # noqa: BLE001 - a bad row never stops the run
                decided.append((number, exc))
        for number, decision in decided:
            if not isinstance(decision, Exception):
                try:
                    # made here too: a result a plugin filled with what JSON cannot hold
                    # is this row's error, not the run's
                    out.append(line(number, decision))
                    continue
                except Exception as exc:   # noqa: BLE001 - a bad row never stops the run
                    decision = exc
            errors += 1
            out.append(_error_row(number, decision, job.lang, True, ()))
    return out, len(rows) - errors, errors, lines.take_hits()


def _facts_of_line(line) -> dict:
    """The facts of one JSONL line (bytes from jsonl_chunks, or text)."""
    try:
        facts = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise UserError(Message("bulk_bad_json", detail=_json_error(line, exc))) from None
    if not isinstance(facts, dict):
        raise UserError(Message("bulk_not_object", kind=type(facts).__name__))
    return facts


def _json_error(line, exc) -> str:
    """orjson's words for a bad line, as for the line read as text (its positions count
    characters up to a ``\n`` line end); for bytes that are not UTF-8, its words for them."""
    if isinstance(line, bytes):
        try:
            orjson.loads(as_text(line))
        except UnicodeDecodeError:
            pass
        except orjson.JSONDecodeError as as_text_exc:
            return str(as_text_exc)
    return str(exc)


def _error_row(number: int, exc: Exception, lang: str, jsonl: bool, fields: list):
    if isinstance(exc, UserError):
        text = exc.render(lang)
    else:
        text = Message("bulk_failed", detail=f"{type(exc).__name__}: {exc}").render(lang)
    if not jsonl:
        return error_cells(number, text, fields)
    record = {"row": number, "ok": False, "error": text}
    problems = getattr(exc, "problems", None)
    if problems:
        record["problems"] = [{"path": p["path"], "message": p["message"].render(lang)}
                              for p in problems]
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
